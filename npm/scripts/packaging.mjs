// Packaging test: `npm pack` the package, install the tarball into fresh Node ESM, Node
// CommonJS and Vite 7 projects (one importing `pinwarden`, one `pinwarden/checks`), run
// the Node ones, build the Vite ones and load them in headless Chromium.
// Usage: node packaging.mjs <package dir> <work dir>
import { cpSync, readdirSync, readFileSync } from "node:fs";
import { join, dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import assert from "node:assert/strict";
import { chromium } from "playwright-core";
import { serve, watchErrors, CHROMIUM } from "./serve.mjs";
import { packInto, run } from "./pack.mjs";

const [packageDir, work] = process.argv.slice(2).map((path) => resolve(path));
const here = dirname(fileURLToPath(import.meta.url));
const tools = join(here, "..", "node_modules", ".bin");
const expected = {
  codes: ["tooShort", "extensionSuffix"],
  message: "Utilisez au moins 6 chiffres.",
  pinLength: 5,
};

const tarball = packInto(packageDir, work);
console.log(`packed ${tarball}`);

function project(name) {
  const dir = join(work, name);
  cpSync(join(here, "..", "packaging", name), dir, { recursive: true });
  run("npm", ["install", "--no-save", "--no-audit", "--no-fund", "--loglevel=error", tarball], dir);
  return dir;
}

for (const [name, entry] of [["esm", "main.mjs"], ["cjs", "main.js"]]) {
  const output = JSON.parse(run(process.execPath, [entry], project(name)));
  assert.deepEqual(output, { ...expected, failures: 0, checksCodes: expected.codes }, name);
  console.log(`ok: Node ${name} project`);
}

/** Builds a Vite project, loads it in headless Chromium and returns what the page shows. */
async function viteResult(browser, name) {
  const dir = project(name);
  run(join(tools, "vite"), ["build", "--logLevel", "warn"], dir);
  const dist = join(dir, "dist");
  const server = await serve(dist);
  try {
    const page = await browser.newPage();
    const errors = watchErrors(page);
    await page.goto(`${server.url}/`);
    await page.waitForFunction(() => document.getElementById("result").textContent !== "loading", null, { timeout: 30_000 });
    const result = JSON.parse(await page.textContent("#result"));
    assert.deepEqual(errors, [], name);
    const wasm = readdirSync(join(dist, "assets")).filter((file) => file.endsWith(".wasm"));
    return { result, wasm: wasm.map((file) => readFileSync(join(dist, "assets", file))) };
  } finally {
    server.close();
  }
}

const browser = await chromium.launch(CHROMIUM);
try {
  const full = await viteResult(browser, "vite");
  assert.deepEqual(full.result, { ...expected, recycled: ["recycled"] });
  assert.deepEqual(full.wasm, [readFileSync(join(packageDir, "web", "pinwarden_bg.wasm"))], "the full wasm, once");
  console.log("ok: Vite 7 build of pinwarden in headless Chromium");
  const checks = await viteResult(browser, "vite-checks");
  assert.deepEqual(checks.result, { ...expected, history: "historyUnavailable" });
  assert.deepEqual(checks.wasm, [readFileSync(join(packageDir, "checks", "pinwarden_bg.wasm"))], "the checks wasm only");
  console.log(`ok: Vite 7 build of pinwarden/checks in headless Chromium (ships a ${checks.wasm[0].length}-byte wasm only)`);
} finally {
  await browser.close();
}
