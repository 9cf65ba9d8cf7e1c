// `pinwarden/checks` in Node (require): the full module's checks and generation. Size does
// not matter on a server, and one instance serves both entries.
"use strict";
const { parsePolicy, validatePin, generatePin, init } = require("./index.cjs");

module.exports = { parsePolicy, validatePin, generatePin, init, default: init };
// Marks `default` as the ES default export, as TypeScript's CommonJS output does, so that
// `import init from "pinwarden"` compiled to CommonJS gets `init` (see ../pinwarden.d.cts).
Object.defineProperty(module.exports, "__esModule", { value: true });
