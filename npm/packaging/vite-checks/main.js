import init, { validatePin, generatePin } from "pinwarden/checks";

await init();
const report = validatePin("6697", "exchange", { extensions: ["36697"], locale: "fr" });
let history;
try {
  validatePin("480137", "exchange", { history: "[]" });
} catch (error) {
  history = error.code;
}
document.getElementById("result").textContent = JSON.stringify({
  codes: report.violations.map((v) => v.code),
  message: report.violations[0].message,
  pinLength: generatePin("teams").length,
  history,
});
