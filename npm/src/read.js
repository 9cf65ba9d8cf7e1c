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

// A policy object is read on every call, exactly once, in the order `JSON.stringify` reads
// it (its `toJSON`, then each own enumerable key, depth first), with the checks of plain
// data below. What was read is compared with what the same object held at its last call:
// while nothing differs, the policy compiled from it then is used again, without making
// its JSON text. A changed field, a nested entry, a key added or deleted, a getter or a
// proxy answering otherwise, a `toJSON` or a prototype returning something else: each is
// a difference, and the new text is compiled (or found among the texts compiled before).

/** What a plain object held: its own enumerable keys and their values, in order. */
class ObjectRead {
  constructor(keys, values) {
    this.keys = keys;
    this.values = values;
  }
}

/** What an array held: its items (`undefined` for a hole). */
class ArrayRead {
  constructor(items) {
    this.items = items;
  }
}

/** Plain data that is not a policy's: the reason, for a TypeError. */
class Problem {
  constructor(reason) {
    this.reason = reason;
  }
}

/** How deeply arrays and objects may nest in a policy (the Rust side's MAX_DEPTH). */
const MAX_DEPTH = 128;
/** The longest text kept among the compiled ones (a valid policy's is a few hundred bytes). */
const MAX_KEPT_TEXT = 4096;

function problem(key, what) {
  const name = String(key);
  return new Problem(`${name ? `\`${name}\` is ` : ""}${what}`);
}

/**
 * The value at `key` as `JSON.stringify` reads it, checked as a policy's data: a string,
 * boolean, finite number, `null`, `undefined`, or an ObjectRead / ArrayRead. Returns
 * `before` itself when the value reads the same as it (so that an unchanged policy
 * allocates nothing); throws a Problem, or what a getter or proxy threw.
 */
function readValue(key, value, before) {
  if ((typeof value === "object" && value !== null) || typeof value === "bigint") {
    const toJSON = value.toJSON;
    if (typeof toJSON === "function") value = toJSON.call(value, String(key));
  }
  switch (typeof value) {
    case "string":
    case "boolean":
    case "undefined":
      return value;
    case "number":
      if (!Number.isFinite(value)) throw problem(key, `${value}, which is not a number a policy can hold`);
      return value;
    case "bigint":
      throw problem(key, "a bigint; use a number");
    case "object": {
      if (value === null) return null;
      if (Array.isArray(value)) return readArray(value, before);
      const proto = Object.getPrototypeOf(value);
      if (proto === objectPrototype || proto === null) return readObject(value, before);
      throw problem(key, `${describe(value)}, not plain data`);
    }
    default:
      throw problem(key, `${describe(value)}, not data`);
  }
}

/**
 * Enters an array or object: a cycle is a TypeError, as in `JSON.stringify`. `ancestors`
 * is one stack for every reading under way (a getter may read another policy): this
 * reading's part starts at `ancestorsBase`.
 */
function enter(value) {
  if (ancestors.indexOf(value, ancestorsBase) !== -1) throw new TypeError("a cycle");
  if (ancestors.length - ancestorsBase >= MAX_DEPTH) throw TOO_DEEP;
  ancestors.push(value);
}

const TOO_DEEP = {};
// The arrays and objects being read (see `enter`).
const ancestors = [];
let ancestorsBase = 0;

/** Whether `JSON.stringify` writes `value` as it is, with nothing to check inside it. */
function isSimple(value) {
  const type = typeof value;
  return type === "string" || type === "boolean" || type === "undefined" || (type === "number" && value - value === 0);
}

function readObject(object, before) {
  enter(object);
  const keys = Object.keys(object);
  const old = before instanceof ObjectRead && sameKeys(keys, before.keys) ? before.values : null;
  let values = old === null ? new Array(keys.length) : null;
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    let value = object[key];
    if (!isSimple(value)) value = readValue(key, value, old === null ? undefined : old[i]);
    if (values !== null) values[i] = value;
    else if (value !== old[i]) {
      values = old.slice(0, i);
      values.push(value);
    }
  }
  ancestors.pop();
  return values === null ? before : new ObjectRead(keys, values);
}

function sameKeys(keys, before) {
  if (keys.length !== before.length) return false;
  for (let i = 0; i < keys.length; i++) if (keys[i] !== before[i]) return false;
  return true;
}

function readArray(array, before) {
  enter(array);
  const raw = array.length;
  const length = typeof raw === "number" && raw >>> 0 === raw ? raw : lengthOf(raw);
  const old = before instanceof ArrayRead && before.items.length === length ? before.items : null;
  let items = old === null ? new Array(length) : null;
  for (let i = 0; i < length; i++) {
    let item = array[i];
    if (!isSimple(item)) item = readValue(i, item, old === null ? undefined : old[i]);
    if (items !== null) items[i] = item;
    else if (item !== old[i]) {
      items = old.slice(0, i);
      items.push(item);
    }
  }
  ancestors.pop();
  return items === null ? before : new ArrayRead(items);
}

/** ToLength, as `JSON.stringify` applies it to an array's `length` (a proxy may lie). */
function lengthOf(raw) {
  const length = Math.trunc(+raw);
  return length > 0 ? Math.min(length, Number.MAX_SAFE_INTEGER) : 0;
}

/** The JSON text of what was read, as `JSON.stringify` writes it. */
function textOf(read) {
  if (read instanceof ObjectRead) {
    const members = [];
    read.keys.forEach((key, i) => {
      if (read.values[i] !== undefined) members.push(`${JSON.stringify(key)}:${textOf(read.values[i])}`);
    });
    return `{${members.join(",")}}`;
  }
  if (read instanceof ArrayRead) {
    return `[${read.items.map((item) => (item === undefined ? "null" : textOf(item))).join(",")}]`;
  }
  return read === undefined ? "null" : JSON.stringify(read);
}

/** The reading of a policy value, or the TypeError the package throws for it. */
function readPolicyValue(value, before) {
  const base = ancestorsBase;
  ancestorsBase = ancestors.length;
  try {
    return readValue("", value, before);
  } catch (error) {
    ancestors.length = ancestorsBase; // what the reading that threw had entered
    if (error instanceof Problem) throw failure("policy", error.reason);
    if (error === TOO_DEEP) {
      const deep = new Error("policy must be plain data (it is nested too deeply)");
      deep.name = "TypeError";
      deep.code = "wrongType";
      deep.field = "policy";
      throw deep;
    }
    let reason = "reading it threw an error (a getter or a proxy)";
    try {
      if (error instanceof RangeError) reason = "it is nested too deeply";
      else if (error instanceof TypeError) reason = "it cannot be read as data (a cycle, a getter or a proxy)";
    } catch {}
    throw failure("policy", reason);
  } finally {
    ancestorsBase = base;
  }
}

// Policy objects seen before: object → { read, handle } (handle: the compiled policy's
// index in the wasm's table, see args.rs); and the handles of the texts compiled.
let seenObjects = new WeakMap();
const compiledTexts = new Map();
// The policy read last that must be compiled: { value, read, text }; `keepPolicy` files it.
let pending = null;

/**
 * A policy object (or any value other than nothing or a string) read once: the handle of
 * its compiled policy when it reads as at its last call, or when its text was compiled
 * before; otherwise its JSON text, for the wasm to compile and then file with
 * `keepPolicy`. Throws the package's TypeError for a value that is not a policy's data.
 */
export function readPolicy(value) {
  const handed = policiesState.handed;
  if (handed !== null) {
    policiesState.handed = null;
    if (handed.value === value) return handed.handle;
  }
  const seen = seenObjects.get(value);
  const read = readPolicyValue(value, seen === undefined ? undefined : seen.read);
  if (seen !== undefined && read === seen.read) return seen.handle;
  const text = textOf(read);
  const handle = compiledTexts.get(text);
  if (handle !== undefined) {
    remember(value, read, handle);
    return handle;
  }
  pending = { value, read, text };
  return text;
}

// `forgotten`: how many times every compiled policy was forgotten (a handle read before a
// change of this count may name another policy since). `handed`: `{ value, handle }`, a
// policy validate.js has just read, for the wasm call it makes next to take as read
// (so that a policy is read once per call whichever path the call takes). `reports`:
// validate.js's copies of the refused reports (and those with warnings) the wasm remembers,
// and `extensions` and `names`: copies of the fast path's lists the wasm holds (see
// npm/src/quick.rs).
const policiesState = { forgotten: 0, handed: null, reports: [], extensions: [], names: [] };

/**
 * `readPolicy` for the package's JavaScript (validate.js), the same instance as the wasm's,
 * and the state it shares with it per wasm instance (`forgotten`, `handed`, `reports`,
 * `extensions`, `names`).
 */
export function policyReader() {
  return { readPolicy, state: policiesState };
}

function remember(value, read, handle) {
  if ((typeof value === "object" && value !== null) || typeof value === "function") {
    seenObjects.set(value, { read, handle });
  }
}

/**
 * Files `text`, which `readPolicy` returned last, as compiled to `handle`. Returns false
 * when it is not kept (too long to keep, or not the text read last): the caller then uses
 * the policy for this call only.
 */
export function keepPolicy(text, handle) {
  const kept = pending;
  pending = null;
  if (kept === null || kept.text !== text || text.length > MAX_KEPT_TEXT) return false;
  compiledTexts.set(kept.text, handle);
  remember(kept.value, kept.read, handle);
  return true;
}

/** Forgets every compiled policy (the wasm's table was emptied). */
export function forgetPolicies() {
  policiesState.forgotten += 1;
  policiesState.handed = null;
  seenObjects = new WeakMap();
  compiledTexts.clear();
  pending = null;
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

// @generated by `cargo xtask codegen` from the core's registry: do not edit.
const CONTEXT_FIELDS = new Set(["extensions", "names", "history", "locale", "length"]);
const CONTEXT_SHAPE = "{ extensions?: string[], names?: string[], history?: PinHistory | string, locale?: \"en\" | \"fr\", length?: number }";
const LOCALE_CHOICES = "\"en\" or \"fr\"";
// @generated end

function short(text) {
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}

/** At most this many extensions, and as many names, in a context. */
const MAX_CONTEXT_LIST = 1000;

/** A copy of a context's list of strings (`extensions`, `names`), or a TypeError for `what`. */
function stringList(list, what) {
  if (!Array.isArray(list) || list.length > MAX_CONTEXT_LIST || !list.every((item) => typeof item === "string")) {
    throw failure(what, "expected an array of strings");
  }
  return list.slice();
}

/**
 * The context argument as `[extensions, historyText, locale, length, names]` (each null
 * when absent), or null for no context; throws a TypeError with a code for anything else.
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
    const { extensions, names, history, locale, length } = value;
    const numbers = extensions === undefined || extensions === null ? null : stringList(extensions, "extensions");
    const spelled = names === undefined || names === null ? null : stringList(names, "names");
    let historyText = null;
    if (typeof history === "string") historyText = history;
    else if (history !== undefined && history !== null) {
      const text = typeof history.toJSON === "function" ? history.toJSON() : undefined;
      if (typeof text !== "string") throw failure("history", "expected a PinHistory or its serialized text");
      historyText = text;
    }
    if (locale !== undefined && locale !== null && typeof locale !== "string") throw failure("locale", `expected ${LOCALE_CHOICES}`);
    if (length !== undefined && length !== null && !(Number.isSafeInteger(length) && length >= 0)) {
      throw failure("length", "expected a whole number of digits");
    }
    return [numbers, historyText, locale ?? null, length ?? null, spelled];
  } catch (error) {
    if (error !== null && typeof error === "object" && typeof error.code === "string" && error.name === "TypeError") throw error;
    throw failure("context", "reading it threw an error (a getter or a proxy)");
  }
}
