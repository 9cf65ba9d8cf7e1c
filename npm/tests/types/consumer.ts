// Uses every export of `pinwarden` with the types of SPEC §8. `tsc --strict` must accept
// this file; each `@ts-expect-error` line must be an error (tsc fails if it is not).
import init, {
  parsePolicy,
  validatePin,
  generatePin,
  PinHistory,
  PinAccount,
  type PresetName,
  type PolicyInput,
  type Policy,
  type Context,
  type Report,
  type Violation,
  type ViolationCode,
  type Verification,
  type Status,
  type MustChange,
  type PinwardenError,
  type TooSoonError,
  type ExtraCheckEntry,
  type ExtraCheckOptions,
  type ExtraCheckWithMax,
  type Severity,
} from "pinwarden";

export async function everything(): Promise<void> {
  const ready: Promise<void> = init();
  await ready;
  await init(new URL("https://example.invalid/pinwarden_bg.wasm"));

  const preset: PresetName = "strict";
  const input: PolicyInput = { minLength: 4, failuresBeforeReset: null, extraChecks: ["date", { check: "date", lengths: [4] }] };
  const pasted: PolicyInput = { MinPINLength: "6", PINLifetime: "Unlimited" };
  const policy: Policy = parsePolicy(input);
  const defaults: Policy = parsePolicy();
  const n: number = policy.minLength + defaults.maxLength;
  const reset: number | null = parsePolicy(pasted).failuresBeforeReset;

  const history = new PinHistory(preset);
  history.add("480137");
  const has: boolean = history.contains("480137");
  const text: string = history.serialize();
  const again: PinHistory = PinHistory.parse(text);
  const sizes: number = again.length + again.keep;

  const context: Context = { extensions: ["36697"], history, locale: "fr" };
  const report: Report = validatePin("1234", policy, context);
  const first: Violation | undefined = report.violations[0];
  const code: ViolationCode | undefined = first?.code;
  const message: string | undefined = first?.message;
  const param: unknown = first?.["min"];
  const ok: boolean = validatePin("480137").ok && validatePin("480137", "teams").ok;
  validatePin("1", undefined, { history: text });

  const pin: string = generatePin("teams", { length: 6, extensions: ["1"] });
  generatePin();

  const created: { account: PinAccount; pin: string } = PinAccount.create(Date.now(), "exchange", context);
  const account: PinAccount = PinAccount.parse(created.account.serialize(), "exchange");
  const set: Report = account.setPin("480137", new Date());
  const outcome: Verification = account.verify(pin, Date.now());
  if (outcome.outcome === "failure") {
    const left: number = outcome.attemptsBeforeLockout;
    const newPin: string | null = outcome.newPin;
    const before: number | null = outcome.attemptsBeforeReset;
    void [left, newPin, before];
  } else if (outcome.outcome === "success") {
    const why: MustChange | null = outcome.mustChange;
    void why;
  }
  const status: Status = account.status(Date.now());
  const expires: number | null = status.expiresAt;
  const admin: string = account.adminReset(Date.now());
  account.unlock(new Date());
  account.setPolicy("teams", { extensions: [] });
  const h: string = account.historyText();
  account.free();

  try {
    parsePolicy({ minLength: 3 });
  } catch (error) {
    const e = error as PinwardenError;
    const field: string | undefined = e.field;
    const name: "PolicyError" | "GenerateError" | "HistoryError" | "AccountError" | "TypeError" = e.name;
    void [field, name, e.code];
  }

  void [n, reset, has, sizes, code, message, param, ok, set, expires, admin, h, status];

  // The rules of #18: names, entries with max and severity, warnings, the account's new fields.
  const severity: Severity = "warn";
  const run: ExtraCheckWithMax = "repeatRun";
  const entries: ExtraCheckEntry[] = [
    "nameOnKeypad",
    { check: "sequenceRun", max: 3 },
    { check: run, max: 2, severity, lengths: [6] },
    { check: "keypadPattern", severity: "refuse" },
    { check: "date" },
  ];
  const options: ExtraCheckOptions = { check: "reversedHistory", severity: "warn" };
  const aged: Policy = parsePolicy({ minLength: 4, minAgeDays: 1, expiryWarningDays: 14, extraChecks: [...entries, options] });
  const days: number = aged.minAgeDays + aged.expiryWarningDays;
  const named: Context = { names: ["Amos Marble"], extensions: ["36697"], history, locale: "fr" };
  const warned: Report = validatePin("2667", aged, named);
  const warning: Violation | undefined = warned.warnings[0];
  const warningCode: ViolationCode | undefined = warning?.code;
  const max: unknown = warned.violations.find((v) => v.code === "sequenceRun")?.["max"];
  const logon: Verification = account.verify(pin, Date.now());
  if (logon.outcome === "success") {
    const soon: number | undefined = logon.expiresInDays;
    void soon;
  }
  const left: number | undefined = account.status(Date.now()).expiresInDays;
  try {
    account.setPin("480137", Date.now());
  } catch (error) {
    const e = error as PinwardenError;
    if (e.code === "tooSoon") {
      const allowedAt: number = (e as TooSoonError).allowedAt;
      const when = new Date(allowedAt);
      void when;
    }
  }
  void [days, warningCode, max, left];

  // Lines that must not type-check:
  // @ts-expect-error: not a preset
  parsePolicy("lenient");
  // @ts-expect-error: minLength is a number
  parsePolicy({ minLength: true });
  // @ts-expect-error: the PIN is a string
  validatePin(1234);
  // @ts-expect-error: only en and fr
  validatePin("1234", "exchange", { locale: "de" });
  // @ts-expect-error: extensions are strings
  validatePin("1234", "exchange", { extensions: [36697] });
  // @ts-expect-error: not a violation code
  const wrong: ViolationCode = "tooEasy";
  // @ts-expect-error: a report has no `valid`
  report.valid;
  // @ts-expect-error: PinAccount has no public constructor
  new PinAccount();
  // @ts-expect-error: verify needs the time
  account.verify("1234");
  // @ts-expect-error: names are strings
  validatePin("1234", "exchange", { names: [42] });
  // @ts-expect-error: only "refuse" and "warn"
  parsePolicy({ extraChecks: [{ check: "date", severity: "WARN" }] });
  // @ts-expect-error: date takes no max
  parsePolicy({ extraChecks: [{ check: "date", max: 3 }] });
  // @ts-expect-error: max is a number
  parsePolicy({ extraChecks: [{ check: "sequenceRun", max: "3" }] });
  // @ts-expect-error: not a check
  parsePolicy({ extraChecks: [{ check: "nameOnKeyboard" }] });
  // @ts-expect-error: warnings hold violations, not strings
  const notText: string = warned.warnings[0];
  // @ts-expect-error: minAgeDays is a number
  parsePolicy({ minAgeDays: "2" });
  void [wrong, notText];
}
