// Node entry (require): the module is compiled and instantiated synchronously on load,
// so no init step is needed. `init()` is kept so that the same code runs everywhere.
"use strict";
const wasm = require("./pinwarden.js");
const { fastValidatePin } = require("./validate.cjs");

function init() {
  return Promise.resolve();
}

module.exports = {
  parsePolicy: wasm.parsePolicy,
  validatePin: fastValidatePin(wasm),
  generatePin: wasm.generatePin,
  PinHistory: wasm.PinHistory,
  PinAccount: wasm.PinAccount,
  init,
  default: init,
};
// Marks `default` as the ES default export, as TypeScript's CommonJS output does, so that
// `import init from "pinwarden"` compiled to CommonJS gets `init` (see ../pinwarden.d.cts).
Object.defineProperty(module.exports, "__esModule", { value: true });
