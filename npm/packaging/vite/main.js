import init, { validatePin, generatePin, PinHistory } from "pinwarden";

await init();
const report = validatePin("6697", "exchange", { extensions: ["36697"], locale: "fr" });
const history = new PinHistory("exchange");
history.add("480137");
const recycled = validatePin("480137", "exchange", { history }).violations.map((v) => v.code);
document.getElementById("result").textContent = JSON.stringify({
  codes: report.violations.map((v) => v.code),
  message: report.violations[0].message,
  pinLength: generatePin("teams").length,
  recycled,
});
