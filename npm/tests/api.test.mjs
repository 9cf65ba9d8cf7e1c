// SPEC §8 through the built package, imported by name as users do.
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import init, { parsePolicy, validatePin, generatePin, PinHistory } from "pinwarden";

const root = fileURLToPath(new URL("../..", import.meta.url));
const codes = (report) => report.violations.map((v) => v.code);

test("init resolves at once in Node", async () => {
  assert.equal(await init(), undefined);
});

test("§1 presets and defaults", () => {
  assert.deepEqual(parsePolicy(), parsePolicy("exchange"));
  assert.deepEqual(parsePolicy({}), parsePolicy("exchange"));
  const teams = parsePolicy("teams");
  assert.equal(teams.minLength, 5);
  assert.equal(teams.failuresBeforeReset, null);
  assert.equal(teams.failuresBeforeLockout, 25);
  const strict = parsePolicy("strict");
  assert.ok(strict.extraChecks.some((c) => typeof c === "object" && c.check === "date"));
  assert.deepEqual(parsePolicy(parsePolicy("strict")), strict, "a parsed policy reads back unchanged");
});

test("§1 errors name the field, the rule and the value", () => {
  const cases = [
    [{ minLength: 3 }, "outOfRange", "minLength"],
    [{ maxLength: 8, minLength: 10 }, "crossField", "maxLength"],
    [{ failuresBeforeReset: 20 }, "crossField", "failuresBeforeReset"],
    [{ historyCount: 1.5 }, "notInteger", "historyCount"],
    [{ minLenght: 6 }, "unknownField", "minLenght"],
    [{ allowCommonPatterns: "no" }, "wrongType", "allowCommonPatterns"],
    [{ extraChecks: ["dates"] }, "unknownCheck", "extraChecks"],
  ];
  for (const [input, code, field] of cases) {
    assert.throws(
      () => parsePolicy(input),
      (error) => error instanceof Error && error.name === "PolicyError" && error.code === code && error.field === field,
      JSON.stringify(input),
    );
  }
  assert.throws(() => parsePolicy("lenient"), { name: "PolicyError", code: "unknownPreset" });
  assert.throws(() => parsePolicy({ minLength: 3 }), /minLength.*got 3/);
});

test("§1 Exchange cmdlet output pastes in", () => {
  const pasted = {
    Name: "Default Policy",
    MinPINLength: 8,
    PINLifetime: "Unlimited",
    LogonFailuresBeforePINReset: "Unlimited",
    MaxLogonAttempts: "20",
    AllowCommonPatterns: false,
    PINHistoryCount: 10,
    UMDialPlan: "Plan",
  };
  const policy = parsePolicy(pasted);
  assert.deepEqual(
    [policy.minLength, policy.lifetimeDays, policy.failuresBeforeReset, policy.failuresBeforeLockout, policy.historyCount],
    [8, 0, null, 20, 10],
  );
});

test("§2 examples of the tables", () => {
  const p = { minLength: 4 };
  for (const pin of ["1234", "65432", "7890", "8901", "0987", "2109", "0123456789"]) {
    assert.deepEqual(codes(validatePin(pin, p)), ["sequential"], pin);
  }
  for (const pin of ["11111", "22222", "0000"]) assert.deepEqual(codes(validatePin(pin, p)), ["repeated"], pin);
  for (const pin of ["1235", "1357", "1212", "1110", "1011"]) assert.equal(validatePin(pin, p).ok, true, pin);
  const ext = { extensions: ["36697"] };
  for (const pin of ["6697", "36697"]) assert.deepEqual(codes(validatePin(pin, p, ext)), ["extensionSuffix"], pin);
  for (const pin of ["3669", "66970", "366970"]) assert.equal(validatePin(pin, p, ext).ok, true, pin);
  assert.deepEqual(codes(validatePin("5550123", p, { extensions: ["+1 425 555 0123"] })), ["extensionSuffix"]);
  assert.deepEqual(codes(validatePin("", "exchange")), ["required"]);
  assert.deepEqual(codes(validatePin("١٢٣٤٥٦", "exchange")), ["notDigits"]);
  assert.deepEqual(codes(validatePin("1".repeat(25), "exchange")), ["tooLong", "repeated"]);
});

test("§2.4 the issue's strict examples", () => {
  assert.ok(codes(validatePin("2580", "strict")).includes("keypadPattern"));
  assert.ok(codes(validatePin("1984", "strict")).includes("date"));
  assert.ok(codes(validatePin("123321", "strict")).includes("palindrome"));
});

test("§5 messages in both locales, with parameters, never the PIN", () => {
  const en = validatePin("48", "exchange", { locale: "en" }).violations[0];
  const fr = validatePin("48", "exchange", { locale: "fr" }).violations[0];
  assert.deepEqual([en.code, en.min, en.actual], ["tooShort", 6, 2]);
  assert.equal(en.message, "Use at least 6 digits.");
  assert.equal(fr.message, "Utilisez au moins 6 chiffres.");
  assert.equal(validatePin("48", "exchange", { locale: "fr-CA" }).violations[0].message, fr.message);
  assert.throws(() => validatePin("48", "exchange", { locale: "de" }), { code: "unsupportedLocale" });
});

test("§3 generated PINs pass and have the asked length", () => {
  for (const [policy, context, length] of [
    ["exchange", { extensions: ["36697"] }, 6],
    ["teams", {}, 5],
    ["strict", {}, 6],
    [{ minLength: 4, maxLength: 4 }, {}, 4],
    ["exchange", { length: 12 }, 12],
  ]) {
    for (let i = 0; i < 50; i++) {
      const pin = generatePin(policy, context);
      assert.equal(pin.length, length);
      assert.equal(validatePin(pin, policy, context).ok, true, pin);
    }
  }
  assert.throws(() => generatePin("teams", { length: 4 }), { name: "GenerateError", code: "lengthOutsidePolicy" });
});

test("§4 a history is checked whether given as an object or as its text", () => {
  const history = new PinHistory({ historyCount: 2 });
  for (const pin of ["480137", "271828", "314159"]) history.add(pin);
  assert.equal(history.length, 2);
  assert.equal(history.keep, 2);
  for (const given of [history, history.serialize()]) {
    assert.deepEqual(codes(validatePin("314159", "exchange", { history: given })), ["recycled"]);
    assert.equal(validatePin("480137", "exchange", { history: given }).ok, true, "dropped beyond keep");
  }
  assert.throws(() => PinHistory.parse("{}"), { name: "HistoryError", code: "invalidHistory" });
  assert.throws(() => history.add("12a4"), { name: "HistoryError", code: "notDigits" });
});

test("parity with the Rust core on every 4-digit PIN under each preset", () => {
  const pins = Array.from({ length: 10_000 }, (_, n) => String(n).padStart(4, "0"));
  for (const preset of ["exchange", "teams", "strict"]) {
    const native = spawnSync(
      "cargo",
      ["run", "--quiet", "--locked", "-p", "pinwarden", "--example", "check", "--", "--policy", preset, "--extension", "36697"],
      { cwd: root, input: pins.join("\n") + "\n", encoding: "utf8", maxBuffer: 64 << 20 },
    );
    assert.equal(native.status, 0, native.stderr);
    const lines = native.stdout.trimEnd().split("\n");
    assert.equal(lines.length, pins.length);
    pins.forEach((pin, i) => {
      assert.deepEqual(validatePin(pin, preset, { extensions: ["36697"] }), JSON.parse(lines[i]), `${preset} ${pin}`);
    });
  }
});

test("validatePin's fast path (presets, extensions, locale) agrees with the general path", () => {
  // An object policy, a null-prototype context or a `length` key take the general path.
  const general = (pin, preset, context) =>
    validatePin(pin, parsePolicy(preset), context && Object.assign(Object.create(null), context));
  const contexts = [undefined, {}, { extensions: ["36697"] }, { extensions: ["555 1234", "36697"], locale: "fr" },
    { locale: "fr" }, { extensions: [] }, { extensions: ["36697"], locale: null }];
  for (let n = 0; n < 3_000; n++) {
    const pin = String((n * 7_919) % 1_000_000).padStart(n % 3 === 0 ? 4 : 6, "0");
    for (const preset of ["exchange", "teams", "strict"]) {
      const context = contexts[n % contexts.length];
      assert.deepEqual(validatePin(pin, preset, context), general(pin, preset, context), `${preset} ${pin}`);
    }
  }
  // The extensions kept in the wasm follow each call's own.
  const suffix = (extensions) => codes(validatePin("536697", "exchange", extensions && { extensions }));
  assert.deepEqual(suffix(["+1 425 553 6697"]), ["extensionSuffix"]);
  assert.deepEqual(suffix(["1234"]), []);
  assert.deepEqual(suffix(undefined), []);
  assert.deepEqual(suffix(["1234", "4255536697"]), ["extensionSuffix"]);
  // A newline inside an extension is one extension, as on the general path.
  assert.deepEqual(suffix(["55\n36697"]), ["extensionSuffix"], "read as 5536697, not as 55 and 36697");
  // Arguments the fast path does not take are still read and refused in full.
  const throwing = { get extensions() { throw new Error("boom"); } };
  assert.throws(() => validatePin("480137", "exchange", throwing), { name: "TypeError", code: "wrongType", field: "context" });
  assert.throws(() => validatePin("480137", "exchange", { locale: "de" }), { code: "unsupportedLocale" });
  const many = (n) => ({ extensions: Array.from({ length: n }, (_, i) => String(10_000 + i)) });
  assert.equal(validatePin("480137", "exchange", many(1000)).ok, true, "1,000 extensions are read");
  assert.throws(() => validatePin("480137", "exchange", many(1001)), { code: "wrongType", field: "extensions" });
  assert.throws(() => validatePin("480137", "lenient"), { name: "PolicyError", code: "unknownPreset" });
  assert.throws(() => validatePin(480137, "exchange"), { code: "wrongType", field: "pin" });
  assert.deepEqual(validatePin("480137", "exchange", { extensions: ["36697"] }), { ok: true, violations: [], warnings: [] });
});

test("the fast path agrees with the general path on every 4-digit PIN under the rules of #18", () => {
  // Each new check, with names, with `max` set, with severity "warn", and all together.
  // The general path: a fresh policy object each call and a null-prototype context.
  const policies = [
    { minLength: 4, extraChecks: ["nameOnKeypad"] },
    { minLength: 4, extraChecks: [{ check: "sequenceRun", max: 2 }] },
    { minLength: 4, extraChecks: ["sequenceRun", { check: "repeatRun", max: 1 }] },
    { minLength: 4, extraChecks: ["keypadPattern", "reversedHistory"] },
    { minLength: 4, extraChecks: [{ check: "keypadPattern", severity: "warn" }, { check: "nameOnKeypad", severity: "warn" }] },
    {
      minLength: 4,
      extraChecks: [
        { check: "sequenceRun", max: 2, severity: "warn" },
        { check: "repeatRun", max: 1, severity: "warn" },
        { check: "date", lengths: [4], severity: "warn" },
        "nameOnKeypad",
        "commonPin",
      ],
    },
    { ...parsePolicy("strict"), minLength: 4, extraChecks: [...parsePolicy("strict").extraChecks, { check: "repeatRun", severity: "warn" }] },
  ];
  const contexts = [
    undefined,
    { names: ["Amos Marble"] },
    { names: ["Amos Marble", "Zoë Lefèvre"], extensions: ["36697"], locale: "fr" },
    { names: [], locale: "en" },
    { names: ["Al Xu"], extensions: ["+1 425 555 0123"] },
  ];
  let warned = 0;
  for (const [p, policy] of policies.entries()) {
    for (let n = 0; n < 10_000; n++) {
      const pin = String(n).padStart(4, "0");
      const context = contexts[(n + p) % contexts.length];
      const fast = validatePin(pin, policy, context);
      const general = validatePin(pin, JSON.parse(JSON.stringify(policy)), context && Object.assign(Object.create(null), context));
      assert.deepEqual(fast, general, `${JSON.stringify(policy)} ${pin} ${JSON.stringify(context)}`);
      if (fast.warnings.length > 0) warned += 1;
    }
  }
  assert.ok(warned > 500, `${warned} reports with warnings`);
  // A report with warnings is never the fast path's "accepted, nothing to say", even asked twice.
  const warn = { minLength: 4, extraChecks: [{ check: "keypadPattern", severity: "warn" }] };
  for (let i = 0; i < 3; i++) {
    const report = validatePin("2580", warn);
    assert.deepEqual(report.warnings.map((w) => w.code), ["keypadPattern"]);
    assert.equal(report.ok, true);
    report.warnings.pop(); // a caller's change to one report is not seen in the next
  }
});

test("the names kept in the wasm for the fast path follow each call's own", () => {
  const policy = { minLength: 4, extraChecks: ["nameOnKeypad"] };
  const spelled = (names) => codes(validatePin("9262667", policy, names && { names }));
  assert.deepEqual(spelled(["Amos"]), ["nameOnKeypad"]);
  assert.deepEqual(spelled(["Zed"]), []);
  assert.deepEqual(spelled(undefined), []);
  assert.deepEqual(spelled(["Zed", "Amos"]), ["nameOnKeypad"]);
  assert.deepEqual(spelled(["Zed"]), []);
  // A newline inside a name is one name, as on the general path: "Al\nXu" spells ALXU.
  const alxu = (names) => codes(validatePin("2598", policy, { names }));
  assert.deepEqual(alxu(["Al\nXu"]), ["nameOnKeypad"]);
  assert.deepEqual(alxu(["Al", "Xu"]), []);
  // Extensions and names change independently.
  const both = { minLength: 4, extraChecks: ["nameOnKeypad"] };
  assert.deepEqual(codes(validatePin("6697", both, { extensions: ["36697"], names: ["Zed"] })), ["extensionSuffix"]);
  assert.deepEqual(codes(validatePin("2667", both, { extensions: ["36697"], names: ["Amos"] })), ["nameOnKeypad"]);
  assert.deepEqual(codes(validatePin("6697", both, { names: ["Amos"] })), []);
  // Names are checked like extensions: 1,000 at most, strings only, on both paths.
  const many = (n) => ({ names: Array.from({ length: n }, (_, i) => `Name${i}`) });
  assert.equal(validatePin("480137", "exchange", many(1000)).ok, true, "1,000 names are read");
  for (const context of [many(1001), { names: [1] }, { names: "Amos" }, { names: [null] }]) {
    for (const given of [context, Object.assign(Object.create(null), context)]) {
      assert.throws(() => validatePin("480137", "exchange", given), { name: "TypeError", code: "wrongType", field: "names" });
    }
  }
});

test("a policy object is read again whenever its JSON differs from the last one's", () => {
  const policy = { minLength: 6 };
  assert.equal(validatePin("48213", policy).ok, false, "too short under minLength 6");
  policy.minLength = 5; // the same object, changed: read afresh
  assert.equal(validatePin("48213", policy).ok, true);
  const strict = parsePolicy("strict");
  const other = { minLength: 8 };
  for (let n = 0; n < 4; n++) {
    assert.deepEqual(codes(validatePin("19870412", n % 2 ? strict : other)), n % 2 ? ["date"] : []);
  }
  // A refused policy is never kept: the one before it still reads, and the refused one
  // is refused again.
  assert.throws(() => validatePin("482913", { minLength: 3 }), { code: "outOfRange" });
  assert.equal(validatePin("482913", { minLength: 6 }).ok, true);
  assert.throws(() => validatePin("482913", { minLength: 3 }), { code: "outOfRange" });
});

test("numbers in a policy object read as their JSON text would", () => {
  assert.equal(parsePolicy({ minLength: 6.0 }).minLength, 6, "6.0 is 6 in JavaScript");
  assert.equal(parsePolicy({ minLength: -0 }).minLength, 0);
  assert.throws(() => parsePolicy({ minLength: 6.5 }), { code: "notInteger", message: /got 6\.5/ });
  assert.throws(() => parsePolicy({ minLength: 1e21 }), { code: "outOfRange", message: /got 1e\+21/ }); // as JavaScript writes it
  assert.throws(() => parsePolicy({ minLength: 2 ** 63 }), { code: "outOfRange" });
  assert.throws(() => parsePolicy({ minLength: -(2 ** 53) }), { code: "outOfRange", message: /-9007199254740992/ });
  assert.throws(() => parsePolicy({ MinPINLength: "1".repeat(30) }), { code: "outOfRange" });
  let nested = ["date"];
  for (let depth = 0; depth < 200; depth++) nested = [nested];
  assert.throws(() => parsePolicy({ extraChecks: nested }), { name: "TypeError", code: "wrongType", field: "policy" });
  assert.equal(validatePin("482913", "exchange").ok, true, "still working afterwards");
});
