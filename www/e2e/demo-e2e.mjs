// End-to-end tests of the demo through the real server (SPEC §10), in headless Chromium:
// every page's journey in English and French with the keyboard only; axe-core on every
// page in both languages, with and without errors shown; reflow at 320 × 640 CSS px;
// French pages holding no English; layout shift on a throttled phone; no PIN in any
// address the browser loads or requests; PINs shown once never shown again.
// Usage: node www/e2e/demo-e2e.mjs <base-url> <admin-token>
import assert from "node:assert/strict";
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { SHOTS, CHROMIUM, chromium, watchErrors } from "./browser.mjs";
import { journeys } from "./journeys.mjs";
import { pageChecks, shiftChecks } from "./page-checks.mjs";

const [given, token] = process.argv.slice(2);
/** The server's address without its trailing slash (the server prints `…:port/`). */
const base = given?.replace(/\/+$/, "");
if (!base || !token) {
  console.error("usage: node www/e2e/demo-e2e.mjs <base-url> <admin-token>");
  process.exit(2);
}
mkdirSync(SHOTS, { recursive: true });

/** What every test shares: the server, the browser, and what the pages did. */
const run = {
  base,
  token,
  shots: SHOTS,
  /** Makes the accounts of this run new, whatever the database already holds. */
  id: Date.now().toString(36),
  errors: [],
  /** Every address the pages loaded or requested. */
  urls: [],
  /** Addresses the test itself typed (an old `form.html?pin=…` bookmark). */
  typed: new Set(),
  /** Every PIN the test saw or typed. */
  pins: new Set(),
  browser: await chromium.launch(CHROMIUM),
  /** A calls the API as the administrator, from Node. */
  async api(method, path, body) {
    const response = await fetch(`${base}${path}`, {
      method,
      headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    return { status: response.status, body: text ? JSON.parse(text) : null };
  },
  /** A tab of its own, `language` chosen, the administrator's address opened first. */
  async tab({ language = "en", width = 900, height = 900, admin = true } = {}) {
    const context = await this.browser.newContext({ viewport: { width, height } });
    await context.addInitScript((lang) => {
      if (!localStorage.getItem("pinwarden-demo-lang")) localStorage.setItem("pinwarden-demo-lang", lang);
    }, language);
    const page = await context.newPage();
    watchErrors(page, this.errors);
    page.on("request", (request) => this.urls.push(request.url()));
    page.on("framenavigated", (frame) => this.urls.push(frame.url()));
    if (admin) {
      await page.goto(`${base}/reset.html#token=${token}`);
      await page.locator("#token-state.ok").waitFor();
      assert.ok(!page.url().includes("token="), "the token leaves the address bar");
    }
    return page;
  },
};

try {
  await run.api("PUT", "/api/demo/clock", { offsetDays: 0 });
  await journeys(run);
  await pageChecks(run);
  const shifts = await shiftChecks(run);

  const leaked = run.urls.filter((url) => !run.typed.has(url)).filter((url) => /[?&#](pin|newPin|currentPin)=/i.test(url) || [...run.pins].some((pin) => url.includes(pin)));
  assert.deepEqual(leaked, [], "no PIN in any address");
  assert.ok(run.pins.size >= 10, `the journeys saw PINs (${run.pins.size})`);
  assert.deepEqual(run.errors, [], "no console errors");
  console.log(`ok: demo through the server — journeys (keyboard only; en at 900 px, fr on a 320 × 640 phone) with axe, reflow and French-only text at every checkpoint; every page at 320 and 375 px, no PIN in ${run.urls.length} addresses`);
  console.log("layout shift (CLS, mobile emulation, 4x CPU, slow 4G):");
  for (const [page, byLanguage] of Object.entries(shifts)) console.log(`  ${page.padEnd(20)} en ${byLanguage.en.toFixed(4)}  fr ${byLanguage.fr.toFixed(4)}`);
  console.log(`screenshots in ${join(SHOTS)}`);
} finally {
  await run.api("PUT", "/api/demo/clock", { offsetDays: 0 }).catch(() => {});
  await run.browser.close();
}
