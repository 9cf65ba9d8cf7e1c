// TypeScript declarations of the npm package `pinwarden` (SPEC §8).
// Written by hand; `npm/tests/types.test.mjs` checks them against the exports that
// wasm-bindgen generates, and `tsc --strict` against a consumer that uses every export.

/**
 * Loads the WebAssembly module. Browsers and bundlers: await it once before the first
 * call. Node: the module is ready on import; this resolves at once.
 */
export default function init(input?: unknown): Promise<void>;

/** The built-in presets (SPEC §1). */
export type PresetName = "exchange" | "teams" | "strict";

/** The opt-in checks of SPEC §2.3. */
export type ExtraCheckName =
  | "arithmetic"
  | "repeatedGroup"
  | "fewDistinct"
  | "palindrome"
  | "date"
  | "keypadPattern"
  | "containsExtension"
  | "reversedExtension"
  | "commonPin";

/** An extra check, for every PIN length or for some lengths only. */
export type ExtraCheckEntry = ExtraCheckName | { check: ExtraCheckName; lengths: number[] };

/** A complete policy (SPEC §1), as `parsePolicy` returns it. */
export interface Policy {
  minLength: number;
  maxLength: number;
  lifetimeDays: number;
  failuresBeforeReset: number | null;
  failuresBeforeLockout: number;
  allowCommonPatterns: boolean;
  historyCount: number;
  applyToExistingPins: boolean;
  extraChecks: ExtraCheckEntry[];
}

/** A partial policy, completed with the Exchange defaults. The Exchange cmdlet names are
 * accepted too, and the other properties `Get-UMMailboxPolicy | ConvertTo-Json` prints
 * are skipped, so the cmdlet's parsed output can be passed as is. */
export interface PolicyInput {
  minLength?: number;
  maxLength?: number;
  lifetimeDays?: number;
  failuresBeforeReset?: number | null;
  failuresBeforeLockout?: number;
  allowCommonPatterns?: boolean;
  historyCount?: number;
  applyToExistingPins?: boolean;
  extraChecks?: ExtraCheckEntry[];
  MinPINLength?: number | string;
  PINLifetime?: number | string;
  LogonFailuresBeforePINReset?: number | string;
  MaxLogonAttempts?: number | string;
  AllowCommonPatterns?: boolean | string;
  PINHistoryCount?: number | string;
}

/** What a check knows about the person (SPEC §2). */
export interface Context {
  extensions?: string[];
  history?: PinHistory | string;
  locale?: "en" | "fr";
}

/** Every violation code (SPEC §2.1–§2.3). Codes never change. */
export type ViolationCode =
  | "required"
  | "notDigits"
  | "tooShort"
  | "tooLong"
  | "recycled"
  | "sequential"
  | "repeated"
  | "extensionSuffix"
  | ExtraCheckName;

/** One broken rule: its code, its parameters (e.g. `min`, `actual`) and a message. */
export interface Violation {
  code: ViolationCode;
  message: string;
  [param: string]: unknown;
}

/** The outcome of `validatePin`: `ok` is true exactly when `violations` is empty. */
export interface Report {
  ok: boolean;
  violations: Violation[];
}

/** Why a successful logon must change the PIN now. */
export type MustChange = "expired" | "firstTimeUser" | "policyChanged";

/** The outcome of `PinAccount.verify` (SPEC §6). */
export type Verification =
  | { outcome: "lockedOut" }
  | { outcome: "success"; mustChange: MustChange | null }
  | {
      outcome: "failure";
      attemptsBeforeReset: number | null;
      attemptsBeforeLockout: number;
      newPin: string | null;
      lockedOut: boolean;
    };

/** `PinAccount.status`: the fields of `Get-UMMailboxPIN`, and when the PIN expires
 * (milliseconds since 1970, or null when it never does). */
export interface Status {
  pinExpired: boolean;
  firstTimeUser: boolean;
  lockedOut: boolean;
  failures: number;
  expiresAt: number | null;
}

/**
 * The complete, validated policy for `input` (a preset name, a partial policy, or nothing
 * for the Exchange defaults). Throws a `PolicyError` whose `field` names the problem.
 */
export function parsePolicy(input?: PresetName | PolicyInput): Policy;

/** Checks a PIN (SPEC §2). PIN problems are data in the report, never thrown. */
export function validatePin(pin: string, policy?: PresetName | PolicyInput, context?: Context): Report;

/**
 * A fresh PIN of `context.length` digits (default: the policy's `minLength`, or 6) that
 * passes `validatePin` for the same policy and context, from the platform's CSPRNG.
 */
export function generatePin(policy?: PresetName | PolicyInput, context?: Context & { length?: number }): string;

/** The last PINs of one person as Argon2id digests (SPEC §4); its text holds no PIN. */
export class PinHistory {
  /** An empty history keeping the policy's `historyCount` PINs. */
  constructor(policy?: PresetName | PolicyInput);
  /** Reads what `serialize()` wrote; throws a `HistoryError` (`invalidHistory`) otherwise. */
  static parse(text: string): PinHistory;
  /** Adds a PIN as the newest entry, dropping the oldest beyond `keep`. */
  add(pin: string): void;
  /** Whether the PIN is in the history (one key derivation, constant-time comparison). */
  contains(pin: string): boolean;
  /** The versioned JSON text, which holds no PIN. */
  serialize(): string;
  /** Same as `serialize()`, so that `JSON.stringify` and contexts take a history as is. */
  toJSON(): string;
  /** How many PINs it holds. */
  readonly length: number;
  /** How many PINs it keeps. */
  readonly keep: number;
  /** Frees the WebAssembly memory now rather than at garbage collection. */
  free(): void;
}

/** One person's PIN state as a server keeps it (SPEC §6); its text holds no PIN. */
export class PinAccount {
  private constructor();
  /** A new account with a generated first PIN (show it once), to be changed at first logon. */
  static create(now: Date | number, policy?: PresetName | PolicyInput, context?: Context): { account: PinAccount; pin: string };
  /** Reads what `serialize()` wrote, under this policy and context. */
  static parse(text: string, policy?: PresetName | PolicyInput, context?: Context): PinAccount;
  /** The person chooses a PIN; `ok` says whether it was accepted. Throws `lockedOut` when locked. */
  setPin(pin: string, now: Date | number): Report;
  /** An administrator resets the PIN: the new PIN, to be shown once; also unlocks. */
  adminReset(now: Date | number): string;
  /** A logon attempt. */
  verify(pin: string, now: Date | number): Verification;
  /** An administrator unlocks without changing the PIN. */
  unlock(now: Date | number): void;
  /** The state as `Get-UMMailboxPIN` shows it, plus when the PIN expires. */
  status(now: Date | number): Status;
  /** Applies another policy or context from now on. */
  setPolicy(policy?: PresetName | PolicyInput, context?: Context): void;
  /** The serialized history, for live `recycled` feedback in a browser. */
  historyText(): string;
  /** How many times the state has changed; compare it before writing the text back (`UPDATE … WHERE revision = ?`). */
  readonly revision: number;
  /** The versioned JSON text, which holds no PIN (nor the policy). */
  serialize(): string;
  /** Same as `serialize()`. */
  toJSON(): string;
  /** Frees the WebAssembly memory now rather than at garbage collection. */
  free(): void;
}

/** The `name` of the errors pinwarden throws; each also has a stable `code`. */
export type PinwardenErrorName = "PolicyError" | "GenerateError" | "HistoryError" | "AccountError" | "TypeError";

/** What every thrown error carries besides `message`. */
export interface PinwardenError extends Error {
  name: PinwardenErrorName;
  code: string;
  /** For policy errors and wrong arguments: the field or argument at fault. */
  field?: string;
}
