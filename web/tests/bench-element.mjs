// Benchmark (not a test): keystroke → updated checklist latency of <pin-field> in headless
// Chromium, over 200 keystrokes, printed as p50/p95 (target p95 ≤ 16 ms). Measured in the
// page: from dispatching the input event until Yew's render has run (the next task).
// With a history, keystrokes at or beyond minLength pay one Argon2id check each.
// Usage: node bench-element.mjs <web/pkg dir>
import { resolve } from "node:path";
import { chromium, importDev, serve, CHROMIUM } from "../../npm/scripts/serve.mjs";

const packageDir = resolve(process.argv[2]);
const page = (history) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,">
<script type="module" src="/pin-field.js"></script></head><body>
<pin-field id="f" policy="strict" extensions="36697" ${history ? `history='${history}'` : ""}></pin-field>
<script type="module">
  await customElements.whenDefined("pin-field");
  const field = document.getElementById("f");
  while (!field.shadowRoot?.querySelector("input")) await new Promise((r) => setTimeout(r, 10));
  const input = field.shadowRoot.querySelector("input");
  const times = [];
  let value = "";
  for (let key = 0; key < 200; key++) {
    value = value.length >= 8 ? "" : value + String((key * 7) % 10);
    const start = performance.now();
    input.value = value;
    input.dispatchEvent(new Event("input", { bubbles: true }));
    await new Promise((r) => setTimeout(r, 0));
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  window.result = { p50: times[99], p95: times[189], max: times[199] };
</script></body></html>`;

// A history of one 8-digit PIN (made with the npm package, run `cargo xtask npm` first).
const { PinHistory } = await importDev("pinwarden");
const history = new PinHistory("strict");
history.add("48013799");
const historyText = history.serialize();
const server = await serve(packageDir, { "/bench.html": page(null), "/bench-history.html": page(historyText) });
const browser = await chromium.launch(CHROMIUM);
try {
  for (const [name, path] of [["no history", "/bench.html"], ["with a history", "/bench-history.html"]]) {
    const tab = await browser.newPage();
    await tab.goto(server.url + path);
    await tab.waitForFunction(() => window.result, null, { timeout: 120_000 });
    const r = await tab.evaluate(() => window.result);
    console.log(`<pin-field> keystroke → checklist, strict, ${name}: p50 ${r.p50.toFixed(1)} ms, p95 ${r.p95.toFixed(1)} ms, max ${r.max.toFixed(1)} ms over 200 keystrokes (target p95 ≤ 16 ms)`);
    await tab.close();
  }
} finally {
  await browser.close();
  server.close();
}
