// Uses every export of `pinwarden/checks`. `tsc --strict` must accept this file; each
// `@ts-expect-error` line must be an error (tsc fails if it is not).
import init, {
  parsePolicy,
  validatePin,
  generatePin,
  type Context,
  type Policy,
  type PolicyInput,
  type PresetName,
  type Report,
  type ViolationCode,
  type ExtraCheckEntry,
  type Severity,
} from "pinwarden/checks";
import type { Report as FullReport } from "pinwarden";

export async function checksOnly(): Promise<void> {
  await init();
  const preset: PresetName = "teams";
  const input: PolicyInput = { minLength: 6, extraChecks: ["date"] };
  const policy: Policy = parsePolicy(input);
  const context: Context = { extensions: ["36697"], locale: "fr" };
  const report: Report = validatePin("1234", policy, context);
  const same: FullReport = report;
  const code: ViolationCode | undefined = report.violations[0]?.code;
  const pin: string = generatePin(preset, { length: 6, ...context });
  void [same, code, pin, validatePin("480137").ok];
  const severity: Severity = "warn";
  const entry: ExtraCheckEntry = { check: "repeatRun", max: 2, severity };
  const named: Context = { names: ["Amos Marble"], locale: "en" };
  const warnings = validatePin("2667", { minLength: 4, extraChecks: [entry, { check: "nameOnKeypad", severity }] }, named).warnings;
  void warnings.map((warning) => warning.message);

  // Lines that must not type-check:
  // @ts-expect-error: this entry has no PIN history
  validatePin("1234", "exchange", { history: "[]" });
  // @ts-expect-error: nor a PinHistory class
  import("pinwarden/checks").then((module) => new module.PinHistory());
  // @ts-expect-error: only en and fr
  validatePin("1234", "exchange", { locale: "de" });
}
