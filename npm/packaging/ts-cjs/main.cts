// A TypeScript CommonJS project (module node16) that requires the package in both ways
// TypeScript offers, compiled with tsc and run: the declarations it gets for `require`
// must match what the CommonJS entry does at run time.
import pinwarden = require("pinwarden");
import init, { validatePin as checkPin, type Report } from "pinwarden/checks";

async function main(): Promise<void> {
  await init();
  const report: pinwarden.Report = pinwarden.validatePin("6697", "exchange", { extensions: ["36697"], locale: "fr" });
  const { account } = pinwarden.PinAccount.create(Date.now());
  const checks: Report = checkPin("6697", "exchange", { extensions: ["36697"] });
  console.log(JSON.stringify({
    codes: report.violations.map((v) => v.code),
    message: report.violations[0]?.message,
    pinLength: pinwarden.generatePin("teams").length,
    failures: account.status(Date.now()).failures,
    checksCodes: checks.violations.map((v) => v.code),
  }));
}

pinwarden.default().then(main);
