// Node entry (import): the same instance as `require("pinwarden")`, so that a program
// mixing both shares one module (no dual-package hazard).
import { createRequire } from "node:module";

const wasm = createRequire(import.meta.url)("./index.cjs");

export const { parsePolicy, validatePin, generatePin, PinHistory, PinAccount } = wasm;
export default wasm.init;
