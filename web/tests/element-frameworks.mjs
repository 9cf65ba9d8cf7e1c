// <pin-field> in React 19 and Vue 3 pages built with Vite 7: the packed element package
// is installed into each page, built, and typed into in headless Chromium; the page sees
// the `pin-change` reports. Usage: node element-frameworks.mjs <web/pkg dir> <work dir>
import assert from "node:assert/strict";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium, devBin, serve, watchErrors, CHROMIUM } from "../../npm/scripts/serve.mjs";
import { packInto, run } from "../../npm/scripts/pack.mjs";

const [packageDir, work] = process.argv.slice(2).map((path) => resolve(path));
const here = dirname(fileURLToPath(import.meta.url));
const tarball = packInto(packageDir, work);

const browser = await chromium.launch(CHROMIUM);
try {
  for (const framework of ["react", "vue"]) {
    // Built in place; React and Vue come from the lock-file install of the JavaScript test
    // workspace (npm/), named by fixtures/vite.config.mjs.
    const app = join(here, "fixtures", framework);
    run("npm", ["install", "--no-save", "--no-package-lock", "--no-audit", "--no-fund", "--loglevel=error", tarball], app);
    const dist = join(work, framework);
    run(devBin("vite"), ["build", "--config", join(here, "fixtures", "vite.config.mjs"), "--logLevel", "warn", "--outDir", dist, "--emptyOutDir"], app);
    const server = await serve(dist);
    const page = await browser.newPage();
    const errors = watchErrors(page);
    try {
      await page.goto(`${server.url}/`);
      const input = page.locator("pin-field input");
      await input.waitFor();
      await input.fill("123456");
      await page.waitForFunction(() => document.getElementById("result").textContent === "sequential");
      const states = await page.locator("pin-field li").evaluateAll((items) => items.map((li) => li.dataset.state));
      assert.deepEqual(states, ["met", "met", "notMet", "met", "met"], framework);
      assert.equal(await page.evaluate(() => document.querySelector("form").checkValidity()), false);
      await input.fill("480137");
      await page.waitForFunction(() => document.getElementById("result").textContent === "ok");
      assert.equal(await page.evaluate(() => document.querySelector("form").checkValidity()), true);
      assert.deepEqual(errors, [], framework);
      console.log(`ok: <pin-field> in a ${framework === "react" ? "React 19" : "Vue 3"} page built with Vite 7`);
    } finally {
      await page.close();
      server.close();
    }
  }
} finally {
  await browser.close();
}
