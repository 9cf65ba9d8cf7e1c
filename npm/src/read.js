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

/** JSON text of `value` (a policy or a context), or throws a TypeError with a code. */
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
