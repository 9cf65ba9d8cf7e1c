// Packaging test: `npm pack` the package, install the tarball into fresh Node ESM, Node
// CommonJS and Vite 7 projects, run the Node ones, build the Vite one and load it in
// headless Chromium. Usage: node packaging.mjs <package dir> <work dir>
import { execFileSync } from "node:child_process";
import { cpSync, mkdirSync, rmSync, readdirSync } from "node:fs";
import { join, dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import assert from "node:assert/strict";
import { chromium } from "playwright-core";
import { serve, CHROMIUM } from "./serve.mjs";

const [packageDir, work] = process.argv.slice(2).map((path) => resolve(path));
const here = dirname(fileURLToPath(import.meta.url));
const tools = join(here, "..", "node_modules", ".bin");
const expected = {
  codes: ["tooShort", "extensionSuffix"],
  message: "Utilisez au moins 6 chiffres.",
  pinLength: 5,
};

rmSync(work, { recursive: true, force: true });
mkdirSync(work, { recursive: true });
const run = (cmd, args, cwd) => execFileSync(cmd, args, { cwd, encoding: "utf8", stdio: ["ignore", "pipe", "inherit"] });

run("npm", ["pack", "--pack-destination", work, "--loglevel=error", packageDir], work);
const tarball = join(work, readdirSync(work).find((f) => f.endsWith(".tgz")));
console.log(`packed ${tarball}`);

function project(name) {
  const dir = join(work, name);
  cpSync(join(here, "..", "packaging", name), dir, { recursive: true });
  run("npm", ["install", "--no-save", "--no-audit", "--no-fund", "--loglevel=error", tarball], dir);
  return dir;
}

for (const [name, entry] of [["esm", "main.mjs"], ["cjs", "main.js"]]) {
  const output = JSON.parse(run(process.execPath, [entry], project(name)));
  assert.deepEqual(output, { ...expected, failures: 0 }, name);
  console.log(`ok: Node ${name} project`);
}

const vite = project("vite");
run(join(tools, "vite"), ["build", "--logLevel", "warn"], vite);
const dist = join(vite, "dist");
const server = await serve(dist);
const url = `${server.url}/`;
const browser = await chromium.launch(CHROMIUM);
try {
  const page = await browser.newPage();
  const errors = [];
  page.on("console", (message) => message.type() === "error" && errors.push(message.text()));
  page.on("pageerror", (error) => errors.push(String(error)));
  await page.goto(url);
  await page.waitForFunction(() => document.getElementById("result").textContent !== "loading", null, { timeout: 30_000 });
  const result = JSON.parse(await page.textContent("#result"));
  assert.deepEqual(result, { ...expected, recycled: ["recycled"] });
  assert.deepEqual(errors, []);
  console.log("ok: Vite 7 build in headless Chromium");
} finally {
  await browser.close();
  server.close();
}
