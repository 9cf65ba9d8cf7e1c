// Packaging test: `npm pack` the package, install the tarball into fresh Node ESM, Node
// CommonJS and TypeScript CommonJS projects and into Vite 7 and webpack 5 projects (each
// bundler once importing `pinwarden`, once `pinwarden/checks`); run the Node ones (the
// TypeScript one after tsc), build the bundled ones and load them in headless Chromium.
// Usage: node packaging.mjs <package dir> <work dir>
import { copyFileSync, cpSync, readdirSync, readFileSync } from "node:fs";
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

/** Copies the fixture `name` (and the files `page` of another fixture) into the work
 * folder and installs the tarball there. */
function project(name, page = {}) {
  const dir = join(work, name);
  cpSync(join(here, "..", "packaging", name), dir, { recursive: true });
  for (const [file, from] of Object.entries(page)) copyFileSync(join(here, "..", "packaging", from, file), join(dir, file));
  run("npm", ["install", "--no-save", "--no-audit", "--no-fund", "--loglevel=error", tarball], dir);
  return dir;
}

const nodeExpected = { ...expected, failures: 0, checksCodes: expected.codes };
for (const [name, entry] of [["esm", "main.mjs"], ["cjs", "main.js"]]) {
  const output = JSON.parse(run(process.execPath, [entry], project(name)));
  assert.deepEqual(output, nodeExpected, name);
  console.log(`ok: Node ${name} project`);
}
{
  // The declarations for `require` (.d.cts) must compile and describe what runs.
  const dir = project("ts-cjs");
  run(join(tools, "tsc"), ["-p", "."], dir);
  assert.deepEqual(JSON.parse(run(process.execPath, [join("build", "main.cjs")], dir)), nodeExpected, "ts-cjs");
  console.log("ok: TypeScript CommonJS project (module node16), compiled by tsc and run");
}

/** Serves a built page from `dist`, loads it in headless Chromium and returns what it shows
 * and the wasm files the build emitted (under `assets`, where Vite puts them, or beside
 * the page, where webpack does). */
async function pageResult(browser, name, dist, assets) {
  const server = await serve(dist);
  try {
    const page = await browser.newPage();
    const errors = watchErrors(page);
    await page.goto(`${server.url}/`);
    await page.waitForFunction(() => document.getElementById("result").textContent !== "loading", null, { timeout: 30_000 });
    const result = JSON.parse(await page.textContent("#result"));
    assert.deepEqual(errors, [], name);
    const wasm = readdirSync(join(dist, assets)).filter((file) => file.endsWith(".wasm"));
    return { result, wasm: wasm.map((file) => readFileSync(join(dist, assets, file))) };
  } finally {
    server.close();
  }
}

/** Builds a Vite project and loads it. */
async function viteResult(browser, name) {
  const dir = project(name);
  run(join(tools, "vite"), ["build", "--logLevel", "warn"], dir);
  return pageResult(browser, name, join(dir, "dist"), "assets");
}

/** Builds the page of the Vite project `pageOf` with webpack 5 (the fixture `name` holds
 * only a plain webpack.config.js) and loads it. */
async function webpackResult(browser, name, pageOf) {
  const dir = project(name, { "index.html": pageOf, "main.js": pageOf });
  run(join(tools, "webpack"), ["--no-color"], dir);
  const dist = join(dir, "dist");
  copyFileSync(join(dir, "index.html"), join(dist, "index.html"));
  return pageResult(browser, name, dist, ".");
}

const fullWasm = readFileSync(join(packageDir, "web", "pinwarden_bg.wasm"));
const checksWasm = readFileSync(join(packageDir, "checks", "pinwarden_bg.wasm"));
const browser = await chromium.launch(CHROMIUM);
try {
  for (const [bundler, build, full, checks] of [
    ["Vite 7", viteResult, ["vite"], ["vite-checks"]],
    ["webpack 5", webpackResult, ["webpack", "vite"], ["webpack-checks", "vite-checks"]],
  ]) {
    const whole = await build(browser, ...full);
    assert.deepEqual(whole.result, { ...expected, recycled: ["recycled"] }, full[0]);
    assert.deepEqual(whole.wasm, [fullWasm], `${full[0]}: the full wasm, once`);
    console.log(`ok: ${bundler} build of pinwarden in headless Chromium`);
    const small = await build(browser, ...checks);
    assert.deepEqual(small.result, { ...expected, history: "historyUnavailable" }, checks[0]);
    assert.deepEqual(small.wasm, [checksWasm], `${checks[0]}: the checks wasm only`);
    console.log(`ok: ${bundler} build of pinwarden/checks in headless Chromium (ships a ${small.wasm[0].length}-byte wasm only)`);
  }
} finally {
  await browser.close();
}
