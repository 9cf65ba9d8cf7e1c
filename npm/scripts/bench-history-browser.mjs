// Benchmark (not a test): one PinHistory check in headless Chromium with the default
// Argon2id parameters (m = 19 MiB, t = 2, p = 1), for histories of 1 and 20 PINs.
// Target: ≤ 150 ms whatever the length. Usage: node bench-history-browser.mjs <package dir>
import { chromium } from "playwright-core";
import { resolve } from "node:path";
import { serve, CHROMIUM } from "./serve.mjs";

const packageDir = resolve(process.argv[2]);
const page = `<!doctype html><link rel="icon" href="data:,"><script type="module">
import init, { PinHistory } from "/web/pinwarden.js";
await init();
const results = {};
for (const size of [1, 20]) {
  const history = new PinHistory({ historyCount: size });
  for (let i = 0; i < size; i++) history.add(String(480137 + i * 7));
  history.contains("271828"); // warm up
  const times = [];
  for (let i = 0; i < 9; i++) {
    const start = performance.now();
    history.contains("271828");
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  results[size] = { median: times[4], min: times[0], max: times[8] };
}
window.results = results;
</script>`;

const server = await serve(packageDir, { "/bench.html": page });
const browser = await chromium.launch(CHROMIUM);
try {
  const tab = await browser.newPage();
  await tab.goto(`${server.url}/bench.html`);
  await tab.waitForFunction(() => window.results, null, { timeout: 120_000 });
  const results = await tab.evaluate(() => window.results);
  for (const [size, r] of Object.entries(results)) {
    console.log(`history check in Chromium (wasm), ${size.padStart(2)} PIN(s): median ${r.median.toFixed(1)} ms (min ${r.min.toFixed(1)}, max ${r.max.toFixed(1)}, 9 runs); target ≤ 150 ms`);
  }
} finally {
  await browser.close();
  server.close();
}
