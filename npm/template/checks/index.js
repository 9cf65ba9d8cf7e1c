// The `pinwarden/checks` entry for browsers and bundlers: the checks and generation alone,
// built without the PIN history (Argon2id), for pages that give live feedback and want the
// smallest download. `await init()` first, in a page without a bundler.
import * as wasm from "./pinwarden.js";
import { fastValidatePin } from "../validate.js";

export { default, parsePolicy, generatePin } from "./pinwarden.js";

export const validatePin = fastValidatePin(wasm);
