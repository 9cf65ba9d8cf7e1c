// validatePin's common case without the boundary's overhead. When the PIN is a string, the
// policy is nothing or a preset name, and the context holds at most `extensions` (strings
// without a newline) and `locale` ("en" or "fr"), only the PIN crosses into the wasm as a
// string (the extensions too, joined, when they differ from the last call's), and an
// accepted PIN's report is built here. Any other arguments — and any value that throws when
// read — take the general path, which reads and reports them fully. No rule is decided here: both paths end in the core's
// validate_pin. (Turned into CommonJS for Node by `cargo xtask npm`: `export function` only.)

const PRESETS = new Map([["exchange", 0], ["teams", 1], ["strict", 2]]);
const LOCALES = new Map([["en", 0], ["fr", 1]]);
const objectPrototype = Object.getPrototypeOf({});
// The general path's limit (readContext in npm/src/read.js): a longer list goes there to be
// refused. api.test.mjs checks that both paths draw the line at the same place.
const MAX_EXTENSIONS = 1000;

/** `[preset, extensions, locale]` for the fast path, or null for the general one. */
function quickArguments(pin, policy, context) {
  if (typeof pin !== "string") return null;
  const preset = policy === undefined || policy === null ? 0 : PRESETS.get(policy);
  if (preset === undefined) return null;
  if (context === undefined || context === null) return [preset, "", 0];
  try {
    if (typeof context !== "object" || Object.getPrototypeOf(context) !== objectPrototype) return null;
    let extensions = "";
    let locale = 0;
    for (const key of Object.keys(context)) {
      const value = context[key];
      if (value === undefined || value === null) continue;
      if (key === "extensions") {
        if (!Array.isArray(value) || value.length > MAX_EXTENSIONS) return null;
        for (const number of value) {
          if (typeof number !== "string" || number.includes("\n")) return null;
        }
        extensions = value.join("\n");
      } else if (key === "locale") {
        locale = LOCALES.get(value);
        if (locale === undefined) return null;
      } else {
        return null;
      }
    }
    return [preset, extensions, locale];
  } catch {
    return null;
  }
}

/**
 * The package's `validatePin` over the wasm module's exports: `validatePin` (the general
 * path), `__useExtensions` (sets the fast path's extensions, joined by newlines) and
 * `__validatePreset` (nothing for an accepted PIN, else the report as JSON text).
 */
export function fastValidatePin(wasm) {
  let extensionsInWasm = "";
  return function validatePin(pin, policy, context) {
    const quick = quickArguments(pin, policy, context);
    if (quick === null) return wasm.validatePin(pin, policy, context);
    if (quick[1] !== extensionsInWasm) {
      wasm.__useExtensions(quick[1]);
      extensionsInWasm = quick[1];
    }
    const refused = wasm.__validatePreset(pin, quick[0], quick[2]);
    return refused === undefined ? { ok: true, violations: [] } : JSON.parse(refused);
  };
}
