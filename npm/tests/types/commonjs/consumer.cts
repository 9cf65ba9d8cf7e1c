// A TypeScript CommonJS consumer (module node16): `require` must get declarations for the
// CommonJS entry (pinwarden.d.cts). Were it handed the ES module declarations, tsc would
// refuse every import below (TS1479: an ES module cannot be required). `tsc --strict` must
// accept this file; each `@ts-expect-error` line must be an error.
import pinwarden = require("pinwarden");
import checks = require("pinwarden/checks");
import init, { validatePin, PinAccount, PinHistory, type Report, type PinwardenError } from "pinwarden";
import checksInit, { generatePin, type Context } from "pinwarden/checks";

export async function commonjs(): Promise<void> {
  const ready: Promise<void> = pinwarden.default();
  await ready;
  await init();
  await checksInit();
  await checks.default();

  const report: Report = validatePin("6697", "exchange", { extensions: ["36697"], locale: "fr" });
  const same: pinwarden.Report = pinwarden.validatePin("6697", pinwarden.parsePolicy("teams"));
  const code: pinwarden.ViolationCode | undefined = report.violations[0]?.code;
  const history = new PinHistory("exchange");
  history.add("480137");
  const { account, pin } = PinAccount.create(Date.now(), "exchange", { history });
  const outcome: pinwarden.Verification = account.verify(pin, Date.now());
  const context: Context = { extensions: ["36697"] };
  const generated: string = generatePin("strict", { ...context, length: 8 });
  const small: checks.Report = checks.validatePin(generated, "strict", context);
  try {
    checks.parsePolicy({ minLength: 3 });
  } catch (error) {
    const field: string | undefined = (error as PinwardenError).field;
    void field;
  }
  void [same, code, outcome, small];

  // Lines that must not type-check:
  // @ts-expect-error: pinwarden/checks has no PIN history
  checks.validatePin("1234", "exchange", { history: "[]" });
  // @ts-expect-error: nor a PinHistory class
  new checks.PinHistory();
  // @ts-expect-error: the PIN is a string
  pinwarden.validatePin(1234);
  // @ts-expect-error: not a preset
  pinwarden.parsePolicy("lenient");
}
