// SPEC §8: a policy object passed call after call is read once per call and compiled once,
// and a policy object changed between two calls is never checked against its old copy.
// Every answer is compared with a reference that cannot be cached: the object's JSON as
// `JSON.stringify` writes it (with the documented rules of plain data), made into a fresh
// object with a `Name` no other call has (an Exchange property the policy skips), so that
// each reference call reads and compiles a policy never seen before.
import { test } from "node:test";
import assert from "node:assert/strict";
import * as full from "pinwarden";
import checks from "./checks-build.mjs";
import { random } from "./random.mjs";

const { parsePolicy, validatePin, generatePin, PinHistory, PinAccount } = full;
const objectPrototype = Object.prototype;

/** Returns `{ value }` or `{ error: { name, code, field, message } }`. */
function outcome(call) {
  try {
    return { value: call() };
  } catch (error) {
    return { error: { name: error.name, code: error.code, field: error.field, message: error.message } };
  }
}

/** The JSON text the general path reads a policy as, or the TypeError it throws for it. */
function referenceText(policy) {
  const replacer = (key, item) => {
    switch (typeof item) {
      case "string":
      case "boolean":
      case "undefined":
        return item;
      case "number":
        if (Number.isFinite(item)) return item;
        break;
      case "object": {
        if (item === null || Array.isArray(item)) return item;
        const proto = Object.getPrototypeOf(item);
        if (proto === objectPrototype || proto === null) return item;
        break;
      }
    }
    throw Object.assign(new Error("not plain data"), { name: "TypeError", code: "wrongType", field: "policy" });
  };
  let text;
  try {
    text = JSON.stringify(policy, replacer);
  } catch (error) {
    if (error.code === "wrongType") throw error;
    throw Object.assign(new Error("unreadable"), { name: "TypeError", code: "wrongType", field: "policy" });
  }
  return text === undefined ? "null" : text;
}

let unique = 0;
/** A policy argument with the meaning `policy` has now that no cache can know. */
function reference(policy) {
  if (policy === undefined || policy === null || typeof policy === "string") return policy;
  const data = JSON.parse(referenceText(policy));
  if (data === null || typeof data !== "object" || Array.isArray(data)) return data;
  return { ...data, Name: `reference ${(unique += 1)}` };
}

/** Both outcomes agree; a TypeError for unreadable data agrees on name, code and field. */
function assertSame(actual, expected, what) {
  if (actual.error && expected.error && actual.error.name === "TypeError" && expected.error.code === "wrongType") {
    assert.deepEqual(
      { name: actual.error.name, code: actual.error.code, field: actual.error.field },
      { name: expected.error.name, code: expected.error.code, field: expected.error.field },
      what,
    );
  } else {
    assert.deepEqual(actual, expected, what);
  }
}

/** `validatePin` of `module` with `policy` agrees with the reference, for each PIN. */
function agrees(policy, what, { module = full, pins = PINS, context = CONTEXTS[1] } = {}) {
  for (const pin of pins) {
    const expected = outcome(() => module.validatePin(pin, reference(policy), context));
    assertSame(outcome(() => module.validatePin(pin, policy, context)), expected, `${what}: validatePin ${pin}`);
  }
  const parsed = outcome(() => module.parsePolicy(policy));
  assertSame(parsed, outcome(() => module.parsePolicy(reference(policy))), `${what}: parsePolicy`);
  return parsed.value;
}

// PINs each policy below answers differently: lengths 4–8, dates, keypad lines, patterns.
const PINS = ["2580", "1984", "48213", "250684", "480137", "123456", "366970", "6697", "19870412", "7531", "1221", "914270"];
const CONTEXTS = [undefined, { extensions: ["36697"] }, { extensions: ["36697"], locale: "fr" }, { extensions: ["+1 425 555 0123"] },
  { names: ["Amos Marble"], extensions: ["36697"] }];
const codes = (report) => report.violations.map((v) => v.code);

test("a field changed between two calls is read anew", () => {
  const policy = { minLength: 6 };
  assert.deepEqual(codes(validatePin("48213", policy)), ["tooShort"]);
  policy.minLength = 5;
  assert.deepEqual(codes(validatePin("48213", policy)), []);
  policy.minLength = 4;
  agrees(policy, "minLength 4");
  policy.allowCommonPatterns = true;
  assert.deepEqual(codes(validatePin("1234", policy)), []);
  agrees(policy, "allowCommonPatterns");
  policy.minLength = 3; // now invalid: refused at every call
  for (let i = 0; i < 3; i++) assert.throws(() => validatePin("4821", policy), { name: "PolicyError", code: "outOfRange", field: "minLength" });
  policy.minLength = 8;
  assert.deepEqual(codes(validatePin("4821", policy)), ["tooShort"]);
});

test("what parsePolicy returned is fast and still a plain object one may change", () => {
  const policy = parsePolicy("exchange");
  assert.deepEqual(JSON.parse(JSON.stringify(policy)), policy, "serializes as it reads");
  assert.equal(Object.isFrozen(policy), false);
  agrees(policy, "parsePolicy(exchange)");
  policy.minLength = 4;
  assert.deepEqual(codes(validatePin("4821", policy)), []);
  policy.extraChecks.push("date");
  assert.deepEqual(codes(validatePin("1984", policy)), ["date"]);
  agrees(policy, "parsePolicy(exchange), changed");
  const strict = parsePolicy("strict");
  agrees(strict, "parsePolicy(strict)");
  strict.extraChecks.find((entry) => entry.check === "date").lengths.push(6);
  assert.deepEqual(codes(validatePin("250684", strict)), ["date"]);
  agrees(strict, "parsePolicy(strict) with date for 6 digits");
});

test("a nested extraChecks entry changed, added or removed is read anew", () => {
  const policy = { minLength: 4, extraChecks: ["keypadPattern", { check: "date", lengths: [8] }] };
  assert.deepEqual(codes(validatePin("1984", policy)), []);
  policy.extraChecks[1].lengths[0] = 4;
  assert.deepEqual(codes(validatePin("1984", policy)), ["date"]);
  policy.extraChecks[1].lengths = [6];
  assert.deepEqual(codes(validatePin("1984", policy)), []);
  policy.extraChecks[0] = "palindrome";
  assert.deepEqual(codes(validatePin("2580", policy)), []);
  assert.deepEqual(codes(validatePin("1221", policy)), ["palindrome"]);
  policy.extraChecks.length = 0;
  assert.deepEqual(codes(validatePin("1221", policy)), []);
  policy.extraChecks.push({ check: "date", lengths: [4] });
  agrees(policy, "an entry object pushed");
  policy.extraChecks[0].check = "dates";
  assert.throws(() => validatePin("1984", policy), { name: "PolicyError", code: "unknownCheck" });
  policy.extraChecks[0].check = "date";
  assert.deepEqual(codes(validatePin("1984", policy)), ["date"]);
});

test("a nested max or severity, or a new field of #18, changed between two calls is read anew", () => {
  const entry = { check: "sequenceRun", max: 3 };
  const policy = { minLength: 4, extraChecks: [entry] };
  const first = validatePin("598765", policy);
  assert.deepEqual(codes(first), ["sequenceRun"]);
  assert.equal(first.violations[0].max, 3);
  entry.max = 5;
  assert.deepEqual(validatePin("598765", policy), { ok: true, violations: [], warnings: [] }, "a run of 5 under max 5");
  entry.max = 4;
  assert.equal(validatePin("598765", policy).violations[0].max, 4);
  agrees(policy, "max 4");
  // severity: added, changed, removed.
  entry.severity = "warn";
  let report = validatePin("598765", policy);
  assert.equal(report.ok, true);
  assert.deepEqual(report.warnings.map((w) => [w.code, w.max]), [["sequenceRun", 4]]);
  agrees(policy, "severity warn");
  entry.severity = "refuse";
  assert.deepEqual(codes(validatePin("598765", policy)), ["sequenceRun"]);
  entry.severity = "WARN";
  for (let i = 0; i < 2; i++) assert.throws(() => validatePin("598765", policy), { name: "PolicyError", code: "wrongType", field: "extraChecks" });
  delete entry.severity;
  assert.deepEqual(codes(validatePin("598765", policy)), ["sequenceRun"]);
  // max out of range, then mended; max removed (the default, 3).
  entry.max = 11;
  assert.throws(() => validatePin("598765", policy), { name: "PolicyError", code: "wrongType", field: "extraChecks" });
  delete entry.max;
  assert.equal(validatePin("590123", policy).violations[0].max, 3);
  // A second entry object, and the check of an entry renamed.
  policy.extraChecks.push({ check: "repeatRun", max: 1, severity: "warn" });
  report = validatePin("400907", policy);
  assert.deepEqual([report.ok, report.warnings.map((w) => w.code)], [true, ["repeatRun"]]);
  policy.extraChecks[1].check = "nameOnKeypad";
  assert.throws(() => validatePin("400907", policy), { name: "PolicyError", code: "wrongType", field: "extraChecks" }, "max on a check that takes none");
  delete policy.extraChecks[1].max;
  report = validatePin("2667", policy, { names: ["Amos"] });
  assert.deepEqual([report.ok, report.warnings.map((w) => w.code)], [true, ["nameOnKeypad"]]);
  agrees(policy, "nameOnKeypad warns", { context: { names: ["Amos Marble"], extensions: ["36697"] }, pins: [...PINS, "2667", "627253", "598765"] });
  // minAgeDays and expiryWarningDays added, changed and refused.
  policy.minAgeDays = 2;
  assert.equal(parsePolicy(policy).minAgeDays, 2);
  policy.minAgeDays = 3;
  assert.equal(parsePolicy(policy).minAgeDays, 3);
  policy.expiryWarningDays = 91;
  for (let i = 0; i < 2; i++) assert.throws(() => validatePin("4821", policy), { name: "PolicyError", code: "outOfRange", field: "expiryWarningDays" });
  policy.expiryWarningDays = 14;
  assert.deepEqual([parsePolicy(policy).minAgeDays, parsePolicy(policy).expiryWarningDays], [3, 14]);
  agrees(policy, "minAgeDays and expiryWarningDays");
  // An account follows them too: the minimum age changed between two calls.
  const now = Date.UTC(2026, 0, 1);
  const { account } = PinAccount.create(now, "exchange");
  assert.equal(account.setPin("480137", now).ok, true, "a first change is always allowed");
  const saved = account.serialize();
  const live = { minAgeDays: 2 };
  assert.throws(() => PinAccount.parse(saved, live).setPin("271828", now + 86_400_000), { name: "AccountError", code: "tooSoon" });
  live.minAgeDays = 1;
  assert.equal(PinAccount.parse(saved, live).setPin("271828", now + 86_400_000).ok, true);
});

test("a property added or deleted is read anew; so is a key order that changes", () => {
  const policy = { minLength: 4 };
  assert.equal(validatePin("2580", policy).ok, true);
  policy.extraChecks = ["keypadPattern"];
  assert.deepEqual(codes(validatePin("2580", policy)), ["keypadPattern"]);
  delete policy.extraChecks;
  assert.equal(validatePin("2580", policy).ok, true);
  policy.minLenght = 4; // a typo, added: an error at every call
  assert.throws(() => validatePin("2580", policy), { code: "unknownField", field: "minLenght" });
  assert.throws(() => validatePin("2580", policy), { code: "unknownField", field: "minLenght" });
  delete policy.minLenght;
  policy.maxLength = 4;
  assert.deepEqual(codes(validatePin("25801", policy)), ["tooLong"]);
  // The same keys in another order, then a key set to undefined (which JSON leaves out).
  delete policy.minLength;
  policy.minLength = 4;
  agrees(policy, "keys reordered");
  policy.maxLength = undefined;
  assert.equal(validatePin("25801", policy).ok, true);
  agrees(policy, "a key set to undefined");
  // An Exchange alias added beside the field it names.
  policy.MinPINLength = "6";
  agrees(policy, "alias and field");
});

test("frozen objects are read like any other", () => {
  const deepFreeze = (value) => {
    if (value && typeof value === "object") Object.values(value).forEach(deepFreeze);
    return Object.freeze(value);
  };
  const frozen = deepFreeze({ minLength: 4, extraChecks: ["date", { check: "keypadPattern", lengths: [4] }] });
  agrees(frozen, "deep frozen");
  const parsed = deepFreeze(parsePolicy("strict"));
  assert.equal(JSON.stringify(parsed), JSON.stringify(parsePolicy("strict")));
  agrees(parsed, "frozen parsePolicy(strict)");
  assert.deepEqual(parsePolicy(parsed), parsePolicy("strict"));
  // Only the top frozen: its nested list still changes.
  const shallow = Object.freeze({ minLength: 4, extraChecks: ["date"] });
  assert.deepEqual(codes(validatePin("1984", shallow)), ["date"]);
  shallow.extraChecks[0] = "palindrome";
  assert.deepEqual(codes(validatePin("1984", shallow)), []);
});

test("getters are called at every call and their answer is the one checked", () => {
  const state = { min: 6, checks: ["date"] };
  const policy = {
    get minLength() { return state.min; },
    get extraChecks() { return state.checks; },
  };
  assert.deepEqual(codes(validatePin("1984", policy)), ["tooShort", "date"]);
  state.min = 4;
  assert.deepEqual(codes(validatePin("1984", policy)), ["date"]);
  state.checks = [];
  assert.deepEqual(codes(validatePin("1984", policy)), []);
  agrees(policy, "getters");
  state.checks = ["date", "dates"];
  assert.throws(() => validatePin("1984", policy), { name: "PolicyError", code: "unknownCheck" });
  // A getter that throws, then a value that is not data: refused at every call.
  state.min = NaN;
  for (let i = 0; i < 2; i++) assert.throws(() => validatePin("1984", policy), { name: "TypeError", code: "wrongType", field: "policy" });
  let calls = 0;
  const flaky = { get minLength() { calls += 1; if (calls > 2) throw new Error("gone"); return 4; } };
  assert.equal(validatePin("1984", flaky).ok, true);
  assert.equal(validatePin("1984", flaky).ok, true);
  assert.throws(() => validatePin("1984", flaky), { name: "TypeError", code: "wrongType", field: "policy" });
  assert.equal(calls, 3, "one read per call");
});

test("each read runs once per call, on every path", () => {
  let reads = 0;
  const policy = { get minLength() { reads += 1; return 4; } };
  const history = new PinHistory("exchange");
  const calls = [
    () => validatePin("2580", policy),
    () => validatePin("2580", policy, { extensions: ["36697"], locale: "fr" }),
    () => validatePin("2580", policy, { history }), // the general path
    () => validatePin("٢٥٨٠", policy), // not ASCII: the general path
    () => validatePin("1".repeat(20), policy), // too long for a number: the general path
    () => generatePin(policy),
    () => parsePolicy(policy),
    () => new PinHistory(policy),
  ];
  for (const [i, call] of calls.entries()) {
    for (let n = 0; n < 3; n++) {
      const before = reads;
      call();
      assert.equal(reads - before, 1, `call ${i}, time ${n}`);
    }
  }
});

test("proxies are asked at every call", () => {
  const target = { minLength: 6, extraChecks: ["date"] };
  const state = { min: 6 };
  const proxy = new Proxy(target, { get: (t, key) => (key === "minLength" ? state.min : t[key]) });
  assert.deepEqual(codes(validatePin("1984", proxy)), ["tooShort", "date"]);
  state.min = 4;
  assert.deepEqual(codes(validatePin("1984", proxy)), ["date"]);
  agrees(proxy, "proxy");
  // Keys the proxy lists change: a key it adds, then one it hides.
  const keys = { list: ["minLength", "extraChecks"] };
  const lister = new Proxy(target, {
    ownKeys: () => keys.list,
    getOwnPropertyDescriptor: (t, key) => ({ value: t[key] ?? 4, enumerable: true, configurable: true, writable: true }),
    get: (t, key) => t[key] ?? 4,
  });
  target.minLength = 4;
  assert.deepEqual(codes(validatePin("1984", lister)), ["date"]);
  keys.list = ["minLength", "extraChecks", "maxLength"];
  assert.deepEqual(codes(validatePin("19840", lister)), ["tooLong"]);
  keys.list = ["minLength"];
  assert.deepEqual(codes(validatePin("1984", lister)), []);
  // A proxy of the extraChecks list, and a proxy revoked after use.
  const list = { items: ["date"] };
  const policy = { minLength: 4, extraChecks: new Proxy([], { get: (t, key) => (key === "length" ? list.items.length : list.items[key]) }) };
  assert.deepEqual(codes(validatePin("1984", policy)), ["date"]);
  list.items = ["keypadPattern"];
  assert.deepEqual(codes(validatePin("1984", policy)), []);
  const revocable = Proxy.revocable({ minLength: 4 }, {});
  assert.equal(validatePin("1984", revocable.proxy).ok, true);
  revocable.revoke();
  for (let i = 0; i < 2; i++) assert.throws(() => validatePin("1984", revocable.proxy), { name: "TypeError", code: "wrongType", field: "policy" });
});

test("toJSON, own or inherited, is called at every call", () => {
  const answer = { policy: { minLength: 6 } };
  const policy = { toJSON: () => answer.policy };
  assert.deepEqual(codes(validatePin("4821", policy)), ["tooShort"]);
  answer.policy = { minLength: 4 };
  assert.deepEqual(codes(validatePin("4821", policy)), []);
  answer.policy = "teams";
  assert.deepEqual(codes(validatePin("4821", policy)), ["tooShort"], "a preset name from toJSON");
  answer.policy = undefined;
  assert.deepEqual(codes(validatePin("4821", policy)), ["tooShort"], "nothing: the Exchange defaults");
  agrees(policy, "toJSON");
  // A toJSON added to an object already read, then removed.
  const plain = { minLength: 4 };
  assert.equal(validatePin("4821", plain).ok, true);
  plain.toJSON = () => ({ minLength: 8 });
  assert.deepEqual(codes(validatePin("4821", plain)), ["tooShort"]);
  delete plain.toJSON;
  assert.equal(validatePin("4821", plain).ok, true);
  // Prototype tricks: a toJSON on Object.prototype or Array.prototype, for a while.
  const nested = { minLength: 4, extraChecks: ["date"] };
  assert.deepEqual(codes(validatePin("1984", nested)), ["date"]);
  try {
    Array.prototype.toJSON = function () { return []; };
    assert.deepEqual(codes(validatePin("1984", nested)), [], "the list as Array.prototype.toJSON writes it");
  } finally {
    delete Array.prototype.toJSON;
  }
  assert.deepEqual(codes(validatePin("1984", nested)), ["date"]);
  try {
    Object.prototype.toJSON = function () { return { minLength: 8 }; };
    assert.deepEqual(codes(validatePin("1984", nested)), ["tooShort"]);
  } finally {
    delete Object.prototype.toJSON;
  }
  assert.deepEqual(codes(validatePin("1984", nested)), ["date"]);
  // An inherited enumerable property is not part of the policy, as JSON.stringify says.
  try {
    Object.prototype.extraChecks = ["keypadPattern"];
    delete nested.extraChecks;
    assert.deepEqual(codes(validatePin("2580", nested)), []);
  } finally {
    delete Object.prototype.extraChecks;
  }
});

test("a prototype changed between calls is read anew", () => {
  const policy = { minLength: 4 };
  assert.equal(validatePin("4821", policy).ok, true);
  Object.setPrototypeOf(policy, Date.prototype);
  for (let i = 0; i < 2; i++) assert.throws(() => validatePin("4821", policy), { name: "TypeError", code: "wrongType", field: "policy" });
  Object.setPrototypeOf(policy, null);
  assert.equal(validatePin("4821", policy).ok, true, "a null prototype is plain data");
  Object.setPrototypeOf(policy, objectPrototype);
  const entry = { check: "date", lengths: [4] };
  policy.extraChecks = [entry];
  assert.deepEqual(codes(validatePin("1984", policy)), ["date"]);
  Object.setPrototypeOf(entry, Map.prototype);
  assert.throws(() => validatePin("1984", policy), { name: "TypeError", code: "wrongType", field: "policy" });
  Object.setPrototypeOf(entry, objectPrototype);
  assert.deepEqual(codes(validatePin("1984", policy)), ["date"]);
});

test("the same text in two objects, and one of them changed", () => {
  const a = { minLength: 4, extraChecks: ["date"] };
  const b = { minLength: 4, extraChecks: ["date"] };
  assert.deepEqual(validatePin("1984", a), validatePin("1984", b));
  b.extraChecks[0] = "keypadPattern";
  assert.deepEqual(codes(validatePin("1984", a)), ["date"]);
  assert.deepEqual(codes(validatePin("1984", b)), []);
  assert.deepEqual(codes(validatePin("2580", b)), ["keypadPattern"]);
  // A fresh literal at every call is read at every call too.
  for (const min of [4, 6, 4, 8]) assert.equal(validatePin("48213", { minLength: min }).ok, min <= 5, `minLength ${min}`);
});

test("many policies alternating, past the number the wasm keeps compiled", () => {
  // 1,200 valid policies (more than the 1,024 compiled policies the wasm keeps), each asked
  // about twice, round robin, with a few fixed ones in between.
  const policies = [];
  for (let min = 4; min <= 24 && policies.length < 1200; min++) {
    for (let max = Math.max(4, min); max <= 24 && policies.length < 1200; max++) {
      for (const extraChecks of [[], ["date"], ["keypadPattern", { check: "palindrome", lengths: [min] }]]) {
        policies.push({ minLength: min, maxLength: max, extraChecks });
      }
    }
  }
  for (let lockout = 2; policies.length < 1200; lockout++) policies.push({ failuresBeforeLockout: lockout, failuresBeforeReset: 1 });
  const fixed = [parsePolicy("exchange"), { minLength: 6, MaxLogonAttempts: "10", extraChecks: ["date", "keypadPattern"] }];
  for (let round = 0; round < 2; round++) {
    policies.forEach((policy, i) => {
      const pin = PINS[i % PINS.length];
      assert.deepEqual(validatePin(pin, policy), validatePin(pin, reference(policy)), `${JSON.stringify(policy)} ${pin}`);
      const other = fixed[i % 2];
      assert.deepEqual(validatePin(pin, other, CONTEXTS[1]), validatePin(pin, reference(other), CONTEXTS[1]));
    });
  }
});

test("a caller's code run while reading (getters that check PINs themselves) changes no answer", () => {
  // A getter of the policy checks a PIN against another policy; a getter of the context
  // compiles so many policies that the wasm forgets the ones it had.
  const inner = { minLength: 8 };
  const outer = { get minLength() { validatePin("12", inner, { extensions: ["99"] }); return 4; } };
  for (let i = 0; i < 3; i++) {
    assert.deepEqual(validatePin("4821", outer, { extensions: ["36697"] }), { ok: true, violations: [], warnings: [] });
    assert.deepEqual(codes(validatePin("6697", outer, { extensions: ["36697"] })), ["extensionSuffix"]);
  }
  const policy = { minLength: 4, extraChecks: ["date"] };
  assert.deepEqual(codes(validatePin("1984", policy)), ["date"]);
  let n = 0;
  const context = {
    get extensions() {
      for (let i = 0; i < 1100; i++, n++) validatePin("1", { minLength: 4 + (n % 2), failuresBeforeLockout: 2 + (n % 997), failuresBeforeReset: 1 });
      return ["36697"];
    },
  };
  assert.deepEqual(codes(validatePin("1984", policy, context)), ["date"]);
  assert.deepEqual(codes(validatePin("1985", policy, context)), ["date"]);
  assert.deepEqual(codes(validatePin("4821", policy, context)), []);
});

test("a long policy (its text past what is kept) is right at every call", () => {
  const policy = { minLength: 4, extraChecks: Array.from({ length: 600 }, () => "date") };
  assert.ok(JSON.stringify(policy).length > 4096);
  assert.deepEqual(codes(validatePin("1984", policy)), ["date"]);
  policy.extraChecks[599] = "keypadPattern";
  policy.extraChecks.fill("palindrome", 0, 599);
  assert.deepEqual(codes(validatePin("1984", policy)), []);
  assert.deepEqual(codes(validatePin("2580", policy)), ["keypadPattern"]);
  agrees(policy, "a long policy");
});

test("generatePin reads the policy as it is at each call", () => {
  const policy = { minLength: 4, maxLength: 4 };
  for (let i = 0; i < 20; i++) assert.equal(generatePin(policy).length, 4);
  policy.minLength = 8;
  assert.throws(() => generatePin(policy), { name: "PolicyError", code: "crossField" });
  policy.maxLength = 8;
  for (let i = 0; i < 20; i++) assert.equal(generatePin(policy).length, 8);
  assert.throws(() => generatePin(policy, { length: 6 }), { name: "GenerateError", code: "lengthOutsidePolicy" });
  policy.minLength = 6;
  assert.equal(generatePin(policy, { length: 6 }).length, 6);
  policy.extraChecks = ["date", "keypadPattern", "palindrome"];
  for (let i = 0; i < 50; i++) {
    const pin = generatePin(policy, { extensions: ["36697"] });
    assert.equal(validatePin(pin, reference(policy), { extensions: ["36697"] }).ok, true, pin);
  }
});

test("PinHistory and PinAccount read the policy as it is at each call", () => {
  const policy = { historyCount: 2 };
  assert.equal(new PinHistory(policy).keep, 2);
  policy.historyCount = 7;
  assert.equal(new PinHistory(policy).keep, 7);
  const now = Date.UTC(2026, 0, 1);
  const { account, pin } = PinAccount.create(now, "exchange");
  const saved = account.serialize();
  const live = { failuresBeforeReset: null, failuresBeforeLockout: 15, lifetimeDays: 60 };
  for (const [lockout, lifetime] of [[15, 60], [3, 10], [15, 0], [3, 10]]) {
    live.failuresBeforeLockout = lockout;
    live.lifetimeDays = lifetime;
    const parsed = PinAccount.parse(saved, live);
    const expected = PinAccount.parse(saved, reference(live));
    assert.deepEqual(parsed.status(now), expected.status(now), `lockout ${lockout}, lifetime ${lifetime}`);
    const wrong = parsed.verify("000000", now);
    assert.deepEqual(wrong, expected.verify("000000", now));
    assert.equal(wrong.attemptsBeforeLockout, lockout - 1);
    assert.deepEqual(parsed.verify(pin, now).outcome, "success");
  }
  live.failuresBeforeLockout = 0;
  assert.throws(() => PinAccount.parse(saved, live), { name: "PolicyError", code: "outOfRange" });
  assert.throws(() => PinAccount.parse(saved, live), { name: "PolicyError", code: "outOfRange" });
  live.failuresBeforeLockout = 5;
  const changed = PinAccount.parse(saved, "exchange");
  changed.setPolicy(live);
  assert.equal(changed.verify("000000", now).attemptsBeforeLockout, 4);
});

test("random, seeded sequences of changes agree with the reference after every step", () => {
  const seed = Number(process.env.PINWARDEN_SEED ?? 15);
  const next = random(seed);
  const pick = (list) => list[Math.floor(next() * list.length)];
  const VALUES = {
    minLength: [0, 4, 5, 6, 8, 3, 25, "6", 6.5, NaN],
    maxLength: [4, 6, 8, 12, 24, 2],
    allowCommonPatterns: [false, true, "no"],
    failuresBeforeReset: [null, 1, 5, 20],
    failuresBeforeLockout: [3, 15, 999, 0],
    historyCount: [1, 5, 20, 21],
    MinPINLength: ["4", "8", 7],
    MaxLogonAttempts: ["10", "Unlimited", 12],
    minLenght: [6],
    minAgeDays: [0, 1, 999, 1000],
    expiryWarningDays: [0, 14, 90, 91],
  };
  const CHECKS = ["date", "keypadPattern", "palindrome", "arithmetic", "repeatedGroup", "fewDistinct", "commonPin", "containsExtension", "reversedExtension", "dates",
    "nameOnKeypad", "sequenceRun", "repeatRun"];
  const entry = () => {
    if (next() < 0.4) return pick(CHECKS);
    const object = { check: pick(CHECKS) };
    if (next() < 0.5) object.lengths = [pick([4, 5, 6, 8])];
    if (next() < 0.4) object.max = pick([1, 2, 3, 4, 10, 11, "3"]);
    if (next() < 0.4) object.severity = pick(["warn", "refuse", "WARN"]);
    return object;
  };
  const policies = [
    { minLength: 4, extraChecks: ["date"] },
    parsePolicy("strict"),
    Object.assign(Object.create(null), { minLength: 5 }),
    { minLength: 6, MaxLogonAttempts: "10", extraChecks: ["date", "keypadPattern"] },
  ];
  const steps = [
    (p) => { const field = pick(Object.keys(VALUES)); p[field] = pick(VALUES[field]); },
    (p) => { const keys = Object.keys(p); if (keys.length) delete p[pick(keys)]; },
    (p) => { p.extraChecks = Array.isArray(p.extraChecks) ? p.extraChecks : []; p.extraChecks.push(entry()); },
    (p) => { if (Array.isArray(p.extraChecks) && p.extraChecks.length) p.extraChecks[Math.floor(next() * p.extraChecks.length)] = entry(); },
    (p) => { if (Array.isArray(p.extraChecks)) p.extraChecks.pop(); },
    (p) => {
      const objects = (p.extraChecks ?? []).filter((e) => e && typeof e === "object");
      if (objects.length) pick(objects).lengths = [pick([4, 6, 8, 30])];
    },
    (p) => {
      const objects = (p.extraChecks ?? []).filter((e) => e && typeof e === "object");
      if (!objects.length) return;
      const object = pick(objects);
      const field = pick(["max", "severity"]);
      if (next() < 0.3) delete object[field];
      else object[field] = field === "max" ? pick([1, 2, 3, 5, 10]) : pick(["warn", "refuse"]);
    },
    (p) => Object.setPrototypeOf(p, pick([objectPrototype, null, objectPrototype, Date.prototype])),
    (p) => { if (next() < 0.5) p.toJSON = () => ({ minLength: 4, extraChecks: ["palindrome"] }); else delete p.toJSON; },
  ];
  let checked = 0;
  for (let step = 0; step < 600; step++) {
    const index = Math.floor(next() * policies.length);
    const policy = policies[index];
    pick(steps)(policy);
    const what = `seed ${seed}, step ${step}, policy ${index}`;
    const pins = [pick(PINS), String(Math.floor(next() * 1e6)).padStart(6, "0")];
    const context = pick(CONTEXTS);
    for (const module of [full, checks]) {
      for (const pin of pins) {
        const expected = outcome(() => module.validatePin(pin, reference(policy), context));
        assertSame(outcome(() => module.validatePin(pin, policy, context)), expected, `${what}: ${pin}`);
        checked += 1;
      }
    }
    assertSame(outcome(() => parsePolicy(policy)), outcome(() => parsePolicy(reference(policy))), `${what}: parsePolicy`);
    const generated = outcome(() => generatePin(policy, { extensions: ["36697"] }));
    const reference_ = outcome(() => reference(policy));
    if (generated.error || reference_.error) {
      assertSame(generated, outcome(() => generatePin(reference(policy), { extensions: ["36697"] })), `${what}: generatePin`);
    } else {
      assert.equal(validatePin(generated.value, reference_.value, { extensions: ["36697"] }).ok, true, `${what}: generated ${generated.value.length} digits`);
    }
  }
  assert.ok(checked >= 2000, `${checked} checks`);
});
