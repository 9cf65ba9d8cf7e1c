// The entry for browsers and bundlers: wasm-bindgen's module, with validatePin's fast path
// (see ../validate.js). `await init()` first, in a page without a bundler.
import * as wasm from "./pinwarden.js";
import { fastValidatePin } from "../validate.js";

export { default, parsePolicy, generatePin, PinHistory, PinAccount } from "./pinwarden.js";

export const validatePin = fastValidatePin(wasm);
