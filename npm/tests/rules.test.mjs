// Every SPEC §2.3 example of the rules of Cisco Unity Connection and Webex Calling (issue
// 18), through the package as users call it, in English and French: nameOnKeypad,
// sequenceRun and repeatRun with `max`, reversedHistory, keypadPattern on the number pad,
// and a check of severity "warn". Each answer is also compared with the general path (a
// context with a null prototype and a fresh policy object never take the fast path) and,
// where no history is needed, with the `pinwarden/checks` browser build.
import { test } from "node:test";
import assert from "node:assert/strict";
import { validatePin, generatePin, parsePolicy, PinHistory, PinAccount } from "pinwarden";
import checks from "./checks-build.mjs";

const LOCALES = ["en", "fr"];
const codes = (report) => report.violations.map((v) => v.code);

/** The same call on the general path: a fresh copy of the policy, a null-prototype context. */
function general(pin, policy, context) {
  const fresh = typeof policy === "object" ? JSON.parse(JSON.stringify(policy)) : policy;
  return validatePin(pin, fresh, context && Object.assign(Object.create(null), context));
}

/** `validatePin` on every path, which must agree; returns the report. */
function check(pin, policy, context, { history = false } = {}) {
  const report = validatePin(pin, policy, context);
  assert.deepEqual(general(pin, policy, context), report, `general path: ${pin}`);
  if (!history) assert.deepEqual(checks.validatePin(pin, policy, context), report, `pinwarden/checks: ${pin}`);
  assert.ok(Array.isArray(report.warnings), "warnings is always present");
  assert.equal(report.ok, report.violations.length === 0);
  return report;
}

/** The violation (or warning) `code` of `report` in `locale`, checked to have a real message. */
function found(report, code, where = "violations") {
  const item = report[where].find((v) => v.code === code);
  assert.ok(item, `${code} in ${where}: ${JSON.stringify(report)}`);
  assert.equal(typeof item.message, "string");
  assert.ok(item.message.length > 10, item.message);
  return item;
}

/** Messages of one code in English and in French: both present, and different. */
function bothLocales(pin, policy, context, code, options) {
  const [en, fr] = LOCALES.map((locale) => found(check(pin, policy, { ...context, locale }, options), code));
  assert.notEqual(en.message, fr.message, `${code}: French differs from English`);
  return [en, fr];
}

test("nameOnKeypad: names \"Amos Marble\" refuse 2667, 627253, 126672 and accept 2668", () => {
  const policy = { minLength: 4, extraChecks: ["nameOnKeypad"] };
  const context = { names: ["Amos Marble"] };
  for (const pin of ["2667", "627253", "126672"]) {
    for (const locale of LOCALES) {
      assert.deepEqual(codes(check(pin, policy, { ...context, locale })), ["nameOnKeypad"], `${pin} ${locale}`);
    }
    bothLocales(pin, policy, context, "nameOnKeypad");
  }
  for (const locale of LOCALES) assert.equal(check("2668", policy, { ...context, locale }).ok, true);
  // Without names, or with the check off, nothing is refused.
  assert.equal(check("2667", policy, {}).ok, true);
  assert.equal(check("2667", { minLength: 4 }, context).ok, true);
  // Accents dropped; any of several names; the whole name without spaces.
  assert.deepEqual(codes(check("2667", policy, { names: ["Ámos"] })), ["nameOnKeypad"]);
  assert.deepEqual(codes(check("73262667", policy, { names: ["Zoë Lefèvre", "Amos"] })), ["nameOnKeypad"]);
  assert.deepEqual(codes(check("2598", policy, { names: ["Al Xu"] })), ["nameOnKeypad"], "ALXU");
  assert.equal(check("2598", policy, { names: ["Al", "Xu"] }).ok, true, "two short names, not one");
});

test("sequenceRun, max 3: 901234 and 598765 refused, 123905 accepted; max travels in the violation", () => {
  const policy = { minLength: 4, extraChecks: [{ check: "sequenceRun", max: 3 }] };
  for (const pin of ["901234", "598765"]) {
    const [en] = bothLocales(pin, policy, {}, "sequenceRun");
    assert.equal(en.max, 3);
  }
  assert.equal(check("123905", policy).ok, true);
  // The default max is 3 too; another max is in the violation and its message.
  assert.equal(found(check("598765", { minLength: 4, extraChecks: ["sequenceRun"] }), "sequenceRun").max, 3);
  const four = { minLength: 4, extraChecks: [{ check: "sequenceRun", max: 4 }] };
  assert.equal(found(check("590123", policy), "sequenceRun").max, 3);
  assert.equal(check("590123", four).ok, true, "a run of 4 is allowed under max 4");
  const [en, fr] = bothLocales("598765", four, {}, "sequenceRun");
  assert.deepEqual([en.max, fr.max], [4, 4]);
  assert.match(en.message, /4/);
  assert.match(fr.message, /4/);
});

test("repeatRun, max 2: 400097 and 111843 refused, 400907 accepted", () => {
  const policy = { minLength: 4, extraChecks: [{ check: "repeatRun", max: 2 }] };
  for (const pin of ["400097", "111843"]) {
    const [en, fr] = bothLocales(pin, policy, {}, "repeatRun");
    assert.deepEqual([en.max, fr.max], [2, 2]);
  }
  assert.equal(check("400907", policy).ok, true);
  const one = { minLength: 4, extraChecks: [{ check: "repeatRun", max: 1 }] };
  assert.equal(found(check("400907", one), "repeatRun").max, 1);
});

test("reversedHistory: with 480137 in the history, 731084 is refused", () => {
  const policy = { minLength: 4, extraChecks: ["reversedHistory"] };
  const history = new PinHistory(policy);
  history.add("480137");
  for (const given of [history, history.serialize()]) {
    bothLocales("731084", policy, { history: given }, "reversedHistory", { history: true });
    assert.equal(check("731085", policy, { history: given }, { history: true }).ok, true);
    assert.deepEqual(codes(check("480137", policy, { history: given }, { history: true })), ["recycled"]);
  }
  // Without a history there is nothing to read backwards.
  assert.equal(check("731084", policy).ok, true);
  // An account checks the reversed PINs of its own history.
  const now = Date.UTC(2026, 0, 1);
  const { account } = PinAccount.create(now, policy, { locale: "fr" });
  assert.equal(account.setPin("480137", now).ok, true);
  const refused = account.setPin("731084", now + 86_400_000);
  assert.deepEqual(codes(refused), ["reversedHistory"]);
  assert.notEqual(refused.violations[0].message, found(check("731084", policy, { history: account.historyText(), locale: "en" }, { history: true }), "reversedHistory").message);
});

test("keypadPattern covers the number pad: 7410, 8520, 9630, 0258 and 147", () => {
  const policy = { minLength: 0, extraChecks: ["keypadPattern"] };
  for (const pin of ["7410", "8520", "9630", "0258", "147"]) bothLocales(pin, policy, {}, "keypadPattern");
  // And the phone keypad as before.
  for (const pin of ["2580", "0852", "1470", "3690", "1590", "7530"]) found(check(pin, policy), "keypadPattern");
  assert.equal(check("2581", policy).ok, true);
});

test("a check of severity warn lands in warnings, and the PIN passes", () => {
  const cases = [
    [{ check: "keypadPattern", severity: "warn" }, "2580", {}],
    [{ check: "nameOnKeypad", severity: "warn" }, "2667", { names: ["Amos Marble"] }],
    [{ check: "sequenceRun", max: 3, severity: "warn" }, "598765", {}],
    [{ check: "repeatRun", max: 2, severity: "warn" }, "400097", {}],
    [{ check: "date", lengths: [4], severity: "warn" }, "1984", {}],
  ];
  for (const [entry, pin, context] of cases) {
    const policy = { minLength: 4, extraChecks: [entry] };
    const messages = LOCALES.map((locale) => {
      const report = check(pin, policy, { ...context, locale });
      assert.equal(report.ok, true, `${entry.check}: a warning does not refuse`);
      assert.deepEqual(report.violations, []);
      assert.deepEqual(report.warnings.map((w) => w.code), [entry.check]);
      if (entry.max !== undefined) assert.equal(report.warnings[0].max, entry.max);
      return found(report, entry.check, "warnings").message;
    });
    assert.notEqual(messages[0], messages[1], `${entry.check}: French differs`);
    // "refuse" is the default, and says the same as no severity.
    const refused = check(pin, { minLength: 4, extraChecks: [{ ...entry, severity: "refuse" }] }, context);
    assert.deepEqual(codes(refused), [entry.check]);
    assert.deepEqual(refused.warnings, []);
  }
  // Violations and warnings together: too short is still refused, the pattern only warned about.
  const report = check("147", { minLength: 4, extraChecks: [{ check: "keypadPattern", severity: "warn" }] }, { locale: "fr" });
  assert.equal(report.ok, false);
  assert.deepEqual(codes(report), ["tooShort"]);
  assert.deepEqual(report.warnings.map((w) => w.code), ["keypadPattern"]);
  // The policy says so when read back.
  assert.deepEqual(parsePolicy({ extraChecks: [{ check: "repeatRun", max: 2, severity: "warn" }, { check: "sequenceRun", max: 4 }] }).extraChecks, [
    { check: "sequenceRun", max: 4 },
    { check: "repeatRun", severity: "warn" },
  ]);
});

test("every report has warnings, empty when none, on every path", () => {
  for (const [pin, policy, context] of [
    ["480137", undefined, undefined],
    ["480137", "strict", { extensions: ["36697"] }],
    ["1234", "exchange", { locale: "fr" }],
    ["12a4", { minLength: 4 }, {}],
    ["1".repeat(30), "teams", {}],
  ]) {
    assert.deepEqual(check(pin, policy, context).warnings, [], pin);
  }
});

test("generatePin avoids the person's names, in both builds", () => {
  // Every three keys from 2 to 9 spelled as a name (ADG = 234 …): more than half of all
  // four-digit PINs spell one of them, so a generator blind to names would be caught.
  const letters = "ADGJMPTW";
  const names = [];
  for (const a of letters) for (const b of letters) for (const c of letters) names.push(a + b + c);
  const policy = { minLength: 4, maxLength: 4, extraChecks: ["nameOnKeypad"] };
  let refused = 0;
  for (let n = 0; n < 10_000; n++) if (!validatePin(String(n).padStart(4, "0"), policy, { names }).ok) refused += 1;
  assert.ok(refused > 5_000, `${refused} of 10,000 PINs spell a name`);
  for (const module of [{ generatePin: (...args) => generatePin(...args) }, checks]) {
    for (let i = 0; i < 100; i++) {
      const pin = module.generatePin(policy, { names });
      assert.equal(validatePin(pin, policy, { names }).ok, true, pin);
    }
  }
});
