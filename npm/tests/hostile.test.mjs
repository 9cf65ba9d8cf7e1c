// Any value of any type: every export returns or throws an ordinary Error with a `code`,
// and the module keeps working right after (SPEC §8).
import { test } from "node:test";
import assert from "node:assert/strict";
import { parsePolicy, validatePin, generatePin, PinHistory, PinAccount } from "pinwarden";
import checks from "./checks-build.mjs";

const throwingGetter = Object.defineProperty({}, "minLength", { enumerable: true, get() { throw new Error("getter"); } });
const throwingProxy = new Proxy({}, {
  ownKeys() { throw new Error("ownKeys"); },
  getPrototypeOf() { throw new Error("getPrototypeOf"); },
  get() { throw new Error("get"); },
});
const revoked = Proxy.revocable({}, {});
revoked.revoke();
const cyclic = {};
cyclic.self = cyclic;
let deep = {};
for (let i = 0; i < 10_000; i++) deep = { minLength: deep };
let deepArray = [];
for (let i = 0; i < 100; i++) deepArray = [deepArray];
const tenMegabytes = "1".repeat(10 * 1024 * 1024);
const tenMegabyteName = "Amos".repeat(2.5 * 1024 * 1024);

/** Values of every type, each with a name for the test report. */
const hostile = {
  undefined: undefined,
  null: null,
  NaN: NaN,
  Infinity: Infinity,
  "-0": -0,
  "1.5": 1.5,
  "2**64": 2 ** 64,
  "-1": -1,
  true: true,
  bigint: 12n,
  symbol: Symbol("pin"),
  function: () => "1234",
  "empty array": [],
  "array of junk": [1, "a", null, {}],
  "empty object": {},
  "Date": new Date(0),
  "Map": new Map([["minLength", 6]]),
  "RegExp": /1234/,
  "Uint8Array": new Uint8Array([1, 2, 3]),
  "String object": new String("1234"),
  "getter that throws": throwingGetter,
  "proxy that throws": throwingProxy,
  "revoked proxy": revoked.proxy,
  "cyclic object": cyclic,
  "deep object": deep,
  "deep array": deepArray,
  "__proto__ key": JSON.parse('{"__proto__": {"minLength": 4}}'),
  "constructor key": { constructor: 4 },
  "10 MB string": tenMegabytes,
  "lone surrogate": "12\uD800456",
  "lone low surrogate": "\uDC00123456",
  "Arabic-Indic digits": "١٢٣٤٥٦",
  "full-width digits": "１２３４５６",
  "NUL": "1234\u000056",
  "emoji": "12🙂3456",
  "policy, every field out of range": {
    minLength: 99, maxLength: -1, lifetimeDays: 1e9, failuresBeforeReset: 0,
    failuresBeforeLockout: 0, historyCount: 21, allowCommonPatterns: "yes", applyToExistingPins: 2, extraChecks: "all",
  },
  "policy, NaN field": { minLength: NaN },
  "policy, bigint field": { minLength: 6n },
  "policy, Infinity field": { lifetimeDays: Infinity },
  "policy, huge key": { ["k".repeat(1_000_000)]: 1 },
  "context, junk fields": { extensions: [1, 2], history: 5, locale: 7, length: -3 },
  "context, bad history": { history: "{\"format\":\"pinwarden-history\",\"version\":99}" },
  "context, huge length": { length: 1e12 },
  // The shapes of #18: names, an entry's max and severity.
  "context, names null": { names: null },
  "context, names numbers": { names: [1, 2] },
  "context, names a number": { names: 5 },
  "context, names a string": { names: "Amos Marble" },
  "context, names 10 MB of digits": { names: [tenMegabytes] },
  "context, names 10 MB of letters": { names: [tenMegabyteName] },
  "context, names with lone surrogates": { names: ["Am\uD800os", "\uDC00Marble", "\uD800"] },
  "context, names past 1,000": { names: Array.from({ length: 1001 }, () => "Amos") },
  "context, names from a throwing getter": Object.defineProperty({}, "names", { enumerable: true, get() { throw new Error("names"); } }),
  "policy, max -1": { extraChecks: [{ check: "sequenceRun", max: -1 }] },
  "policy, max 1e30": { extraChecks: [{ check: "repeatRun", max: 1e30 }] },
  "policy, max \"3\"": { extraChecks: [{ check: "sequenceRun", max: "3" }] },
  "policy, max 2.5": { extraChecks: [{ check: "repeatRun", max: 2.5 }] },
  "policy, max NaN": { extraChecks: [{ check: "repeatRun", max: NaN }] },
  "policy, max on a check without one": { extraChecks: [{ check: "date", max: 3 }] },
  "policy, severity WARN": { extraChecks: [{ check: "date", severity: "WARN" }] },
  "policy, severity null": { extraChecks: [{ check: "date", severity: null }] },
  "policy, minAgeDays -1": { minAgeDays: -1 },
  "policy, expiryWarningDays 1e30": { expiryWarningDays: 1e30 },
};

function checkOutcome(name, call, module) {
  let threw = null;
  try {
    call();
  } catch (error) {
    threw = error;
  }
  if (threw !== null) {
    assert.ok(threw instanceof Error, `${name}: threw a non-Error ${String(threw)}`);
    assert.equal(typeof threw.code, "string", `${name}: error without a code: ${threw.message}`);
    assert.equal(typeof threw.name, "string");
    assert.ok(threw.message.length < 2000, `${name}: a ${threw.message.length}-character message`);
  }
  // The module still works right after.
  assert.deepEqual(module.validatePin("480137", "exchange"), { ok: true, violations: [], warnings: [] }, `${name}: module broken`);
}

const calls = {
  "parsePolicy(x)": (x) => parsePolicy(x),
  "validatePin(x)": (x) => validatePin(x),
  "validatePin(pin, x)": (x) => validatePin("480137", x),
  "validatePin(pin, p, x)": (x) => validatePin("480137", "exchange", x),
  "generatePin(x)": (x) => generatePin(x),
  "generatePin(p, x)": (x) => generatePin("exchange", x),
  "new PinHistory(x)": (x) => new PinHistory(x),
  "PinHistory.parse(x)": (x) => PinHistory.parse(x),
  "history.add(x)": (x) => new PinHistory({ historyCount: 1 }).add(x),
  "PinAccount.create(x)": (x) => PinAccount.create(x),
  "PinAccount.parse(x)": (x) => PinAccount.parse(x),
};
// The same through the `pinwarden/checks` browser build (its own wasm, without the history).
const checksCalls = {
  "checks: parsePolicy(x)": (x) => checks.parsePolicy(x),
  "checks: validatePin(x)": (x) => checks.validatePin(x),
  "checks: validatePin(pin, x)": (x) => checks.validatePin("480137", x),
  "checks: validatePin(pin, p, x)": (x) => checks.validatePin("480137", "exchange", x),
  "checks: generatePin(x)": (x) => checks.generatePin(x),
  "checks: generatePin(p, x)": (x) => checks.generatePin("exchange", x),
};

let count = 0;
for (const [module, table] of [[{ validatePin }, calls], [checks, checksCalls]]) {
  for (const [callName, call] of Object.entries(table)) {
    test(callName, () => {
      for (const [valueName, value] of Object.entries(hostile)) {
        checkOutcome(`${callName} with ${valueName}`, () => call(value), module);
        count += 1;
      }
    });
  }
}

test("at least 200 hostile calls were made", () => {
  assert.ok(count >= 200, `${count} calls`);
  console.log(`${count} hostile calls, each answered or refused with a coded Error`);
});

test("specific answers to hostile input", () => {
  assert.throws(() => validatePin(1234), { name: "TypeError", code: "wrongType", field: "pin" });
  assert.throws(() => parsePolicy({ minLength: NaN }), { code: "wrongType", field: "policy" });
  assert.throws(() => parsePolicy({ minLength: 6n }), { code: "wrongType" });
  assert.throws(() => parsePolicy(throwingGetter), { code: "wrongType" });
  assert.throws(() => parsePolicy(cyclic), { code: "wrongType" });
  assert.throws(() => parsePolicy(new Map()), { code: "wrongType" });
  assert.throws(() => parsePolicy(JSON.parse('{"__proto__": {}}')), { name: "PolicyError", code: "unknownField", field: "__proto__" });
  assert.deepEqual(validatePin(tenMegabytes).violations.map((v) => v.code), ["tooLong", "repeated"]);
  assert.deepEqual(validatePin("12\uD800456").violations.map((v) => v.code), ["notDigits"]);
  assert.deepEqual(validatePin("١٢٣٤٥٦").violations.map((v) => v.code), ["notDigits"]);
  const error = (() => { try { parsePolicy({ minLength: tenMegabytes }); } catch (e) { return e; } })();
  assert.ok(error.message.length < 200, "a 10 MB value is not echoed back");
});

test("specific answers to hostile names, max and severity (#18)", () => {
  const spelling = { minLength: 4, extraChecks: ["nameOnKeypad"] };
  for (const module of [{ validatePin, generatePin }, checks]) {
    for (const names of [[1, 2], 5, "Amos Marble", [null], Array.from({ length: 1001 }, () => "Amos")]) {
      assert.throws(() => module.validatePin("2667", spelling, { names }), { name: "TypeError", code: "wrongType", field: "names" }, JSON.stringify(names).slice(0, 40));
      assert.throws(() => module.generatePin(spelling, { names }), { name: "TypeError", code: "wrongType", field: "names" });
    }
    assert.equal(module.validatePin("2667", spelling, { names: null }).ok, true, "null names: none");
    // A 10 MB name is read, and a PIN is still checked against it (it contains no 4-digit PIN).
    assert.equal(module.validatePin("2667", spelling, { names: [tenMegabytes] }).ok, true);
    assert.equal(module.validatePin("2667", spelling, { names: [tenMegabyteName] }).ok, true, "a name longer than the PIN is not in it");
    assert.match(module.generatePin(spelling, { names: [tenMegabyteName] }), /^\d{4}$/);
    // A lone surrogate splits words like a space: "Am\uD800os" is "Am os", whose whole name is AMOS.
    assert.deepEqual(module.validatePin("2667", spelling, { names: ["Am\uD800os"] }), module.validatePin("2667", spelling, { names: ["Am os"] }));
    assert.deepEqual(module.validatePin("2667", spelling, { names: ["Am\uD800os"] }).violations.map((v) => v.code), ["nameOnKeypad"]);
    assert.equal(module.validatePin("2667", spelling, { names: ["\uD800", "\uDC00"] }).ok, true);
    assert.deepEqual(module.validatePin("2667", spelling, { names: ["\uDC00Amos\uD800"] }).violations.map((v) => v.code), ["nameOnKeypad"]);
    for (const [entry, what] of [
      [{ check: "sequenceRun", max: -1 }, "max -1"],
      [{ check: "sequenceRun", max: 1 }, "max below sequenceRun's 2"],
      [{ check: "repeatRun", max: 7 }, "max above repeatRun's 6"],
      [{ check: "repeatRun", max: 1e30 }, "max 1e30"],
      [{ check: "sequenceRun", max: "3" }, "max \"3\""],
      [{ check: "repeatRun", max: 2.5 }, "max 2.5"],
      [{ check: "repeatRun", max: null }, "max null"],
      [{ check: "date", max: 3 }, "max on a check without one"],
      [{ check: "date", severity: "WARN" }, "severity WARN"],
      [{ check: "date", severity: null }, "severity null"],
      [{ check: "date", severity: true }, "severity true"],
      [{ check: "date", level: "warn" }, "an unknown key"],
    ]) {
      assert.throws(() => module.validatePin("1984", { minLength: 4, extraChecks: [entry] }), { name: "PolicyError", code: "wrongType", field: "extraChecks" }, what);
    }
    assert.throws(() => module.validatePin("1984", { extraChecks: [{ check: "sequenceRun", max: NaN }] }), { name: "TypeError", code: "wrongType", field: "policy" });
    assert.throws(() => module.validatePin("1984", { minAgeDays: -1 }), { name: "PolicyError", code: "outOfRange", field: "minAgeDays" });
    assert.throws(() => module.validatePin("1984", { minAgeDays: 1000 }), { name: "PolicyError", code: "outOfRange", field: "minAgeDays" });
    assert.throws(() => module.validatePin("1984", { expiryWarningDays: 1e30 }), { name: "PolicyError", code: "outOfRange", field: "expiryWarningDays" });
    assert.throws(() => module.validatePin("1984", { expiryWarningDays: "7" }), { name: "PolicyError", code: "wrongType", field: "expiryWarningDays" });
    assert.deepEqual(module.validatePin("480137", "exchange"), { ok: true, violations: [], warnings: [] }, "still working");
  }
});
