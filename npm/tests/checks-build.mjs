// The `pinwarden/checks` browser build (checks/index.js, the wasm without the PIN history),
// loaded in Node as a page would load it, for the tests to compare with the full module.
// (Node's own `pinwarden/checks` is the full module; see node/checks.mjs.)
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { pathToFileURL } from "node:url";

const require = createRequire(import.meta.url);
const dir = require.resolve("pinwarden/package.json").replace(/package\.json$/, "checks/");
const checks = await import(pathToFileURL(dir + "index.js").href);
await checks.default({ module_or_path: readFileSync(dir + "pinwarden_bg.wasm") });

export default checks;
