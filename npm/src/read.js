// Reading JavaScript values for the Rust side: any value becomes JSON text or an Error
// with a clear message. Everything that could run caller code (getters, proxies, toJSON)
// runs here, inside try/catch, never across the WebAssembly boundary.

const objectPrototype = Object.getPrototypeOf({});

function describe(value) {
  try {
    if (value === null) return "null";
    if (Array.isArray(value)) return "an array";
    const proto = Object.getPrototypeOf(value);
    const name = proto && proto.constructor && proto.constructor.name;
    return typeof value === "object" ? `an object of class ${name || "unknown"}` : `a ${typeof value}`;
  } catch {
    return "an unreadable value";
  }
}

function failure(what, reason) {
  const error = new Error(`${what}: ${reason}`);
  error.name = "TypeError";
  error.code = "wrongType";
  error.field = what;
  return error;
}

/** JSON text of `value` (a policy), or throws a TypeError with a code. */
export function toJsonText(value, what) {
  let problem = null;
  const replacer = function (key, item) {
    switch (typeof item) {
      case "string":
      case "boolean":
      case "undefined":
        return item;
      case "number":
        if (!Number.isFinite(item)) {
          problem = `${key ? `\`${key}\` is ` : ""}${item}, which is not a number a policy can hold`;
          throw problem;
        }
        return item;
      case "bigint":
        problem = `${key ? `\`${key}\` is ` : ""}a bigint; use a number`;
        throw problem;
      case "object": {
        if (item === null || Array.isArray(item)) return item;
        const proto = Object.getPrototypeOf(item);
        if (proto === objectPrototype || proto === null) return item;
        problem = `${key ? `\`${key}\` is ` : ""}${describe(item)}, not plain data`;
        throw problem;
      }
      default:
        problem = `${key ? `\`${key}\` is ` : ""}${describe(item)}, not data`;
        throw problem;
    }
  };
  try {
    const text = JSON.stringify(value, replacer);
    return text === undefined ? "null" : text;
  } catch (error) {
    if (problem !== null) throw failure(what, problem);
    let reason = "reading it threw an error (a getter or a proxy)";
    try {
      if (error instanceof RangeError) reason = "it is nested too deeply";
      else if (error instanceof TypeError) reason = "it cannot be read as data (a cycle, a getter or a proxy)";
    } catch {}
    throw failure(what, reason);
  }
}

/** JSON text as plain data, for the Rust side to walk (the module has no JSON parser). */
export function fromJsonText(text) {
  return JSON.parse(text);
}

/** Milliseconds since the epoch from a number or a Date, or throws a TypeError. */
export function toMillis(value, what) {
  let millis = NaN;
  try {
    if (typeof value === "number") millis = value;
    else if (value instanceof Date) millis = value.getTime();
  } catch {}
  if (!Number.isFinite(millis) || !Number.isInteger(millis) || Math.abs(millis) > 8.64e15) {
    throw failure(what, "expected a Date or a whole number of milliseconds since 1970");
  }
  return millis;
}

const CONTEXT_FIELDS = new Set(["extensions", "history", "locale", "length"]);
const CONTEXT_SHAPE = "{ extensions?: string[], history?: PinHistory | string, locale?: \"en\" | \"fr\", length?: number }";

function short(text) {
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}

/**
 * The context argument as `[extensions, historyText, locale, length]` (each null when
 * absent), or null for no context; throws a TypeError with a code for anything else.
 * A PinHistory arrives as its text (its `toJSON`).
 */
export function readContext(value) {
  if (value === undefined || value === null) return null;
  try {
    if (typeof value !== "object" || Array.isArray(value)) throw failure("context", `expected ${CONTEXT_SHAPE}`);
    const proto = Object.getPrototypeOf(value);
    if (proto !== objectPrototype && proto !== null) throw failure("context", `${describe(value)}, not ${CONTEXT_SHAPE}`);
    for (const key of Object.keys(value)) {
      if (!CONTEXT_FIELDS.has(key)) throw failure("context", `unknown field \`${short(key)}\`; expected ${CONTEXT_SHAPE}`);
    }
    const { extensions, history, locale, length } = value;
    let numbers = null;
    if (extensions !== undefined && extensions !== null) {
      if (!Array.isArray(extensions) || extensions.length > 1000 || !extensions.every((e) => typeof e === "string")) {
        throw failure("extensions", "expected an array of strings");
      }
      numbers = extensions.slice();
    }
    let historyText = null;
    if (typeof history === "string") historyText = history;
    else if (history !== undefined && history !== null) {
      const text = typeof history.toJSON === "function" ? history.toJSON() : undefined;
      if (typeof text !== "string") throw failure("history", "expected a PinHistory or its serialized text");
      historyText = text;
    }
    if (locale !== undefined && locale !== null && typeof locale !== "string") throw failure("locale", "expected \"en\" or \"fr\"");
    if (length !== undefined && length !== null && !(Number.isSafeInteger(length) && length >= 0)) {
      throw failure("length", "expected a whole number of digits");
    }
    return [numbers, historyText, locale ?? null, length ?? null];
  } catch (error) {
    if (error !== null && typeof error === "object" && typeof error.code === "string" && error.name === "TypeError") throw error;
    throw failure("context", "reading it threw an error (a getter or a proxy)");
  }
}
