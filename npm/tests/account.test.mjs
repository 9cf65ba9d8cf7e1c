// PinAccount through the package: the minimum PIN age (`tooSoon` with `allowedAt`), the
// expiry warning (`expiresInDays` on a successful logon and in `status`), and the
// serialized form (version 3; earlier versions still read). SPEC §6, issue 18.
import { test } from "node:test";
import assert from "node:assert/strict";
import { PinAccount } from "pinwarden";
import { random } from "./random.mjs";

const DAY = 86_400_000;
const day0 = Date.UTC(2026, 0, 1);

/** The error `call` throws (fails when it returns). */
function thrown(call) {
  try {
    call();
  } catch (error) {
    return error;
  }
  assert.fail("expected an error");
}

test("setPin before minAgeDays throws AccountError tooSoon with allowedAt; a required change never does", () => {
  const policy = { minLength: 6, minAgeDays: 2 };
  const { account, pin } = PinAccount.create(day0, policy);
  assert.deepEqual(account.verify(pin, day0), { outcome: "success", mustChange: "firstTimeUser" });
  assert.equal(account.setPin("480137", day0).ok, true, "the first change is required: always allowed");
  const revision = account.revision;
  const saved = account.serialize();
  for (const now of [day0 + 1, new Date(day0 + DAY), day0 + 2 * DAY - 1]) {
    const error = thrown(() => account.setPin("271828", now));
    assert.ok(error instanceof Error);
    assert.equal(error.name, "AccountError");
    assert.equal(error.code, "tooSoon");
    assert.equal(typeof error.allowedAt, "number");
    assert.equal(error.allowedAt, day0 + 2 * DAY);
    assert.ok(error.message.length > 0);
    assert.ok(!error.message.includes("271828") && !error.message.includes("480137"), "no PIN in the message");
    assert.equal(account.revision, revision, "a refused change changes nothing");
    assert.equal(account.serialize(), saved);
  }
  assert.equal(account.setPin("271828", day0 + 2 * DAY).ok, true, "allowed from allowedAt on");
  // A refused PIN is a report, not an error, once the change is allowed.
  assert.deepEqual(account.setPin("123456", day0 + 4 * DAY).violations.map((v) => v.code), ["sequential"]);
  // A locked account says lockedOut first.
  const locked = PinAccount.create(day0, { ...policy, failuresBeforeReset: null, failuresBeforeLockout: 1 }).account;
  locked.verify("000000", day0);
  assert.equal(thrown(() => locked.setPin("480137", day0)).code, "lockedOut");
});

test("an expired PIN, an administrator's reset and a tightened policy may be changed at once", () => {
  const policy = { minLength: 4, minAgeDays: 30, lifetimeDays: 10 };
  const { account } = PinAccount.create(day0, policy);
  account.setPin("4821", day0);
  assert.equal(thrown(() => account.setPin("7395", day0 + 5 * DAY)).code, "tooSoon");
  assert.equal(account.setPin("7395", day0 + 10 * DAY).ok, true, "expired: the change is required");
  assert.equal(thrown(() => account.setPin("6150", day0 + 11 * DAY)).allowedAt, day0 + 40 * DAY);
  account.adminReset(day0 + 11 * DAY);
  assert.equal(account.setPin("6150", day0 + 11 * DAY).ok, true, "after a reset: required");
  // The policy now refuses the current PIN (applyToExistingPins): the next logon says so,
  // and the change it asks for is allowed at once.
  const { account: other } = PinAccount.create(day0, { minLength: 4, minAgeDays: 30 });
  other.setPin("2580", day0);
  other.setPolicy({ minLength: 4, minAgeDays: 30, extraChecks: ["keypadPattern"] });
  assert.equal(other.verify("2580", day0 + DAY).mustChange, "policyChanged");
  assert.equal(other.setPin("4821", day0 + DAY).ok, true);
  assert.equal(thrown(() => other.setPin("7395", day0 + 2 * DAY)).code, "tooSoon");
});

test("expiresInDays on a successful logon and in status, within expiryWarningDays only", () => {
  const policy = { minLength: 4, lifetimeDays: 10, expiryWarningDays: 3 };
  const { account } = PinAccount.create(day0, policy);
  account.setPin("4821", day0);
  const expiresAt = day0 + 10 * DAY;
  const cases = [
    [day0 + DAY, undefined],
    [expiresAt - 3 * DAY - 1, undefined],
    [expiresAt - 3 * DAY, 3],
    [expiresAt - 2 * DAY - 1, 3],
    [expiresAt - DAY, 1],
    [expiresAt - 1, 1],
  ];
  for (const [now, days] of cases) {
    const outcome = account.verify("4821", now);
    const status = account.status(now);
    assert.equal(status.expiresAt, expiresAt);
    if (days === undefined) {
      assert.deepEqual(outcome, { outcome: "success", mustChange: null }, `${(now - day0) / DAY} days: no warning`);
      assert.ok(!("expiresInDays" in status), "left out when none");
    } else {
      assert.deepEqual(outcome, { outcome: "success", mustChange: null, expiresInDays: days });
      assert.equal(status.expiresInDays, days);
    }
  }
  // Expired: a change is required, no warning.
  assert.deepEqual(account.verify("4821", expiresAt), { outcome: "success", mustChange: "expired" });
  assert.ok(!("expiresInDays" in account.status(expiresAt)));
  // No warning without expiryWarningDays, nor when the PIN never expires.
  for (const quiet of [{ minLength: 4, lifetimeDays: 10 }, { minLength: 4, lifetimeDays: 0, expiryWarningDays: 90 }]) {
    const { account: other } = PinAccount.create(day0, quiet);
    other.setPin("4821", day0);
    assert.deepEqual(other.verify("4821", day0 + 9 * DAY), { outcome: "success", mustChange: null });
    assert.ok(!("expiresInDays" in other.status(day0 + 9 * DAY)));
  }
});

test("accounts serialize as version 3 and still read versions 1 and 2", () => {
  const { account } = PinAccount.create(day0, "exchange");
  account.setPin("480137", day0);
  const text = account.serialize();
  const wire = JSON.parse(text);
  assert.equal(wire.version, 3);
  assert.equal(wire.policyChanged, false);
  assert.ok(!text.includes("480137"));
  const { policyChanged, ...older } = wire;
  void policyChanged;
  for (const version of [2, 1]) {
    const old = { ...older, version };
    if (version === 1) delete old.revision;
    const parsed = PinAccount.parse(JSON.stringify(old), "exchange");
    assert.deepEqual(parsed.status(day0), account.status(day0), `version ${version}`);
    assert.equal(parsed.verify("480137", day0).outcome, "success");
    assert.equal(JSON.parse(parsed.serialize()).version, 3, "written back as version 3");
  }
  assert.throws(() => PinAccount.parse(JSON.stringify({ ...older, version: 2, policyChanged: false }), "exchange"), { name: "AccountError", code: "invalidAccount" });
  assert.throws(() => PinAccount.parse(JSON.stringify({ ...wire, version: 4 }), "exchange"), { name: "AccountError" });
});

test("random, seeded sequences of operations keep minAgeDays and expiryWarningDays true after every step", () => {
  const seed = Number(process.env.PINWARDEN_SEED ?? 18);
  const next = random(seed);
  const pick = (list) => list[Math.floor(next() * list.length)];
  const policy = {
    minLength: 4,
    lifetimeDays: 6,
    expiryWarningDays: 3,
    minAgeDays: 2,
    failuresBeforeReset: 3,
    failuresBeforeLockout: 7,
    historyCount: 2,
  };
  const created = PinAccount.create(day0, policy, { names: ["Amos Marble"] });
  let account = created.account;
  // The model: the current PIN and when it last changed (the account hides both).
  let current = created.pin;
  let changedAt = day0;
  let now = day0;
  const expectedDays = () => {
    const left = changedAt + policy.lifetimeDays * DAY - now;
    const days = Math.ceil(left / DAY);
    return left > 0 && days <= policy.expiryWarningDays ? days : undefined;
  };
  const freshPin = () => String(1000 + Math.floor(next() * 9000)).padStart(4, "0");
  const counts = { tooSoon: 0, changed: 0, warned: 0, lockedOut: 0 };
  for (let step = 0; step < 80; step++) {
    const what = `seed ${seed}, step ${step}`;
    const status = account.status(now);
    const op = pick(["time", "time", "setPin", "setPin", "verify", "verify", "wrong", "reset", "unlock", "reload"]);
    if (op === "time") now += Math.floor(next() * 2.5 * DAY);
    else if (op === "setPin") {
      const pin = freshPin();
      const required = status.firstTimeUser || status.pinExpired;
      const allowedAt = changedAt + policy.minAgeDays * DAY;
      const revision = account.revision;
      let outcome;
      try {
        outcome = { report: account.setPin(pin, now) };
      } catch (error) {
        outcome = { error };
      }
      if (status.lockedOut) {
        assert.equal(outcome.error?.code, "lockedOut", what);
        counts.lockedOut += 1;
      } else if (!required && now < allowedAt) {
        assert.equal(outcome.error?.code, "tooSoon", `${what}: ${JSON.stringify(status)}`);
        assert.equal(outcome.error.allowedAt, allowedAt, what);
        assert.equal(account.revision, revision, `${what}: tooSoon changes nothing`);
        counts.tooSoon += 1;
      } else {
        assert.ok(outcome.report, `${what}: ${outcome.error?.code} (${JSON.stringify(status)})`);
        if (outcome.report.ok) {
          current = pin;
          changedAt = now;
          counts.changed += 1;
        }
      }
    } else if (op === "verify" || op === "wrong") {
      const outcome = account.verify(op === "verify" ? current : current === "0000" ? "0001" : "0000", now);
      if (outcome.outcome === "success") {
        assert.equal(op, "verify", what);
        assert.equal(outcome.expiresInDays, expectedDays(), `${what}: expiresInDays`);
        assert.equal("expiresInDays" in outcome, expectedDays() !== undefined);
        if (outcome.expiresInDays !== undefined) counts.warned += 1;
      } else if (outcome.outcome === "failure" && outcome.newPin !== null) {
        current = outcome.newPin;
        changedAt = now;
      }
    } else if (op === "reset") {
      current = account.adminReset(now);
      changedAt = now;
    } else if (op === "unlock") account.unlock(now);
    else account = PinAccount.parse(account.serialize(), policy, { names: ["Amos Marble"] });
    // After every step: status agrees with the model.
    const after = account.status(now);
    assert.equal(after.expiresAt, changedAt + policy.lifetimeDays * DAY, `${what}: expiresAt`);
    assert.equal(after.expiresInDays, expectedDays(), `${what}: status.expiresInDays`);
    if (after.expiresInDays !== undefined) counts.warned += 1;
    assert.equal(after.pinExpired, now >= changedAt + policy.lifetimeDays * DAY, `${what}: pinExpired`);
    assert.equal(JSON.parse(account.serialize()).version, 3);
  }
  assert.ok(counts.tooSoon > 0 && counts.changed > 0 && counts.warned > 0, JSON.stringify(counts));
});
