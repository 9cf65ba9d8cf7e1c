// `pinwarden/checks` in Node (import): the full module's checks and generation. Size does
// not matter on a server, and one instance serves both entries.
import { createRequire } from "node:module";

const wasm = createRequire(import.meta.url)("./index.cjs");

export const { parsePolicy, validatePin, generatePin } = wasm;
export default wasm.init;
