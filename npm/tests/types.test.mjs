// The hand-written declarations (pinwarden.d.ts) against what wasm-bindgen generates:
// every generated export and method is declared, so the two cannot drift apart.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const packageDir = require.resolve("pinwarden/package.json").replace(/package\.json$/, "");
const declared = readFileSync(packageDir + "pinwarden.d.ts", "utf8");
const generated = readFileSync(packageDir + "web/pinwarden.d.ts", "utf8");

function exportsAndMethods(dts) {
  const names = new Set();
  for (const [, name] of dts.matchAll(/^export (?:declare )?(?:function|class) (\w+)/gm)) names.add(name);
  let current = null;
  for (const line of dts.split("\n")) {
    const cls = line.match(/^export (?:declare )?class (\w+)/);
    if (cls) current = cls[1];
    else if (/^}/.test(line)) current = null;
    else if (current) {
      const member = line.match(/^\s+(?:static |readonly |private )*(\w+)[(:?]/);
      if (member) names.add(`${current}.${member[1]}`);
    }
  }
  return names;
}

test("every generated export is declared by hand", () => {
  const ours = exportsAndMethods(declared);
  const theirs = exportsAndMethods(generated);
  for (const name of theirs) {
    if (/^(initSync|__wbg_init)$/.test(name)) continue; // replaced by the spec's `init`
    assert.ok(ours.has(name), `${name} is exported but not declared in pinwarden.d.ts`);
  }
  for (const name of ours) {
    if (name.startsWith("PinwardenError")) continue;
    assert.ok(theirs.has(name) || name === "init", `${name} is declared but not exported`);
  }
});

test("the runtime exports are the declared ones", async () => {
  const module = await import("pinwarden");
  const runtime = Object.keys(module).sort();
  assert.deepEqual(runtime, ["PinAccount", "PinHistory", "default", "generatePin", "parsePolicy", "validatePin"]);
});

test("pinwarden/checks declares what its browser build exports", async () => {
  const { default: checks } = await import("./checks-build.mjs");
  const declaredChecks = readFileSync(packageDir + "checks/index.d.ts", "utf8");
  const names = [...exportsAndMethods(declaredChecks)];
  if (/^export default function init\(/m.test(declaredChecks)) names.push("default");
  assert.deepEqual(Object.keys(checks).sort(), names.sort());
});
