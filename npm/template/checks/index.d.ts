// TypeScript declarations of `pinwarden/checks`: the checks and generation of `pinwarden`
// without the PIN history. The types are the package's own (../pinwarden.d.ts).
import type { Context as FullContext, Policy, PolicyInput, PresetName, Report } from "../pinwarden.js";

export type {
  ExtraCheckEntry,
  ExtraCheckName,
  Policy,
  PolicyInput,
  PresetName,
  Report,
  Violation,
  ViolationCode,
} from "../pinwarden.js";

/**
 * What a check knows about the person: as `pinwarden`'s `Context`, without `history`
 * (this entry has no PIN history; import `pinwarden` for one).
 */
export type Context = Omit<FullContext, "history">;

/**
 * Loads the WebAssembly module. Browsers and bundlers: await it once before the first
 * call. Node: the module is ready on import; this resolves at once.
 */
export default function init(input?: unknown): Promise<void>;

/** The complete, validated policy for `input`; see `pinwarden`'s `parsePolicy`. */
export function parsePolicy(input?: PresetName | PolicyInput): Policy;

/** Checks a PIN; see `pinwarden`'s `validatePin`. PIN problems are data, never thrown. */
export function validatePin(pin: string, policy?: PresetName | PolicyInput, context?: Context): Report;

/** A fresh PIN that `validatePin` accepts; see `pinwarden`'s `generatePin`. */
export function generatePin(policy?: PresetName | PolicyInput, context?: Context & { length?: number }): string;
