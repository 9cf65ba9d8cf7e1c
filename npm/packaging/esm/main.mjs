import init, { validatePin, generatePin, PinAccount } from "pinwarden";
import { validatePin as checkPin } from "pinwarden/checks";
await init();
const report = validatePin("6697", "exchange", { extensions: ["36697"], locale: "fr" });
const pin = generatePin("teams");
const { account } = PinAccount.create(Date.now());
console.log(JSON.stringify({ codes: report.violations.map((v) => v.code), message: report.violations[0].message, pinLength: pin.length, failures: account.status(Date.now()).failures, checksCodes: checkPin("6697", "exchange", { extensions: ["36697"] }).violations.map((v) => v.code) }));
