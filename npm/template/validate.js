// validatePin's common case without the boundary's overhead. The policy — nothing, a preset
// name, or an object, read by read.js's `readPolicy`, which finds the policy compiled when
// the object last read the same — is read once per call, as on the general path, and
// becomes a handle (a number). When the PIN is a string of at most 15 ASCII digits and the
// context holds at most `extensions` (strings without a newline) and `locale` ("en" or
// "fr"), only numbers cross into the wasm: the PIN as the number its digits write and its
// length, the handle, the locale; and back 0 for an accepted PIN (its report is built here)
// or the index of a refused PIN's report among those made before (its JSON text crossed
// once; a copy is made here). The extensions cross, joined, only when they differ from the
// last call's. Any other PIN or context takes the general path, with the policy as read.
// No rule is decided here: every path ends in the core's validate_pin. (Turned into
// CommonJS for Node by `cargo xtask npm`: `export function` only.)

const PRESETS = new Map([["exchange", 0], ["teams", 1], ["strict", 2]]);
const LOCALES = new Map([["en", 0], ["fr", 1]]);
const objectPrototype = Object.getPrototypeOf({});
// The general path's limit (readContext in npm/src/read.js): a longer list goes there to be
// refused. api.test.mjs checks that both paths draw the line at the same place.
const MAX_EXTENSIONS = 1000;
const NO_EXTENSIONS = [];
// The most digits a PIN given as a number has (QUICK_DIGITS_MAX in npm/src/quick.rs).
const QUICK_DIGITS_MAX = 15;

/**
 * The package's `validatePin` over the wasm module's exports: `validatePin` (the general
 * path), `__policyReader` (read.js's `readPolicy`, and the state kept per wasm instance),
 * `__compilePolicy` (a policy's JSON text to a handle), `__useExtensions` (the fast path's
 * extensions, joined by newlines), `__validateQuick` and `__reportText` (see above).
 */
export function fastValidatePin(wasm) {
  // Set up at the first call: in a browser, the module is instantiated by `init()`.
  let policies = null;
  let locale = 0;

  function setUp() {
    policies = wasm.__policyReader();
  }

  /** Reads a context the fast path takes into `locale` and the wasm's extensions; false for any other. */
  function takeContext(context) {
    locale = 0;
    if (context === undefined || context === null) return useExtensions(NO_EXTENSIONS);
    try {
      if (typeof context !== "object" || Object.getPrototypeOf(context) !== objectPrototype) return false;
      let extensions = NO_EXTENSIONS;
      for (const key of Object.keys(context)) {
        if (key === "extensions") {
          const value = context.extensions;
          if (value === undefined || value === null) continue;
          if (!Array.isArray(value) || value.length > MAX_EXTENSIONS) return false;
          extensions = value;
        } else if (key === "locale") {
          const value = context.locale;
          if (value === undefined || value === null) continue;
          locale = LOCALES.get(value);
          if (locale === undefined) return false;
        } else {
          const value = context[key];
          if (value !== undefined && value !== null) return false;
        }
      }
      return useExtensions(extensions);
    } catch {
      return false;
    }
  }

  /** Gives the wasm `extensions` unless it holds the same already; false if one is not a plain string. */
  function useExtensions(extensions) {
    const inWasm = policies.state.extensions;
    const length = extensions.length;
    let same = length === inWasm.length;
    for (let i = 0; i < length && same; i++) {
      if (extensions[i] !== inWasm[i]) same = false;
    }
    if (same) return true;
    const copy = extensions.slice();
    for (const number of copy) {
      if (typeof number !== "string" || number.includes("\n")) return false;
    }
    wasm.__useExtensions(copy.join("\n"));
    policies.state.extensions = copy;
    return true;
  }

  /** The number a PIN of at most 15 ASCII digits writes (`"004821"`: 4821), or -1. */
  function digitsOf(pin) {
    if (pin.length > QUICK_DIGITS_MAX) return -1;
    let digits = 0;
    for (let i = 0; i < pin.length; i++) {
      const digit = pin.charCodeAt(i) - 48;
      if (digit < 0 || digit > 9) return -1;
      digits = digits * 10 + digit;
    }
    return digits;
  }

  /** The report of a refused PIN: a copy of the `n`-th the wasm remembers. */
  function refusedReport(n) {
    const reports = policies.state.reports;
    let kept = reports[Math.abs(n)];
    if (n < 0 || kept === undefined) {
      const text = wasm.__reportText(Math.abs(n));
      const { violations } = JSON.parse(text);
      const flat = violations.every((v) => Object.values(v).every((value) => value === null || typeof value !== "object"));
      kept = { text, violations, flat };
      reports[Math.abs(n)] = kept;
    }
    if (!kept.flat) return JSON.parse(kept.text);
    return { ok: false, violations: kept.violations.map((violation) => ({ ...violation })) };
  }

  /** The general path, taking the policy object as already read (to `handle`). */
  function general(pin, policy, context, handle) {
    if (handle < PRESETS.size) return wasm.validatePin(pin, policy, context); // nothing or a name
    policies.state.handed = { value: policy, handle };
    try {
      return wasm.validatePin(pin, policy, context);
    } finally {
      policies.state.handed = null;
    }
  }

  return function validatePin(pin, policy, context) {
    if (policies === null) setUp();
    if (typeof pin !== "string") return wasm.validatePin(pin, policy, context);
    // The policy's handle, or its JSON text to compile; read first, as the general path does.
    let read;
    if (policy === undefined || policy === null) read = 0;
    else if (typeof policy === "string") {
      read = PRESETS.get(policy);
      if (read === undefined) return wasm.validatePin(pin, policy, context);
    } else read = policies.readPolicy(policy);
    const forgotten = policies.state.forgotten;
    const quick = takeContext(context);
    let handle;
    if (typeof read === "string") handle = wasm.__compilePolicy(read);
    else if (read < PRESETS.size || policies.state.forgotten === forgotten) handle = read;
    // Reading the context ran a caller's code that made the wasm forget its compiled
    // policies (a thousand of them): the handle may name another policy now.
    else return wasm.validatePin(pin, policy, context);
    const digits = quick ? digitsOf(pin) : -1;
    if (digits < 0) return general(pin, policy, context, handle);
    const answer = wasm.__validateQuick(digits, pin.length, handle, locale);
    return answer === 0 ? { ok: true, violations: [] } : refusedReport(answer);
  };
}
