// `pinwarden/checks`: the same answers as `pinwarden`, without the PIN history.
import { test } from "node:test";
import assert from "node:assert/strict";
import { createRequire } from "node:module";
import * as full from "pinwarden";
import * as nodeChecks from "pinwarden/checks";
import checks from "./checks-build.mjs";

const require = createRequire(import.meta.url);
const outcome = (call) => {
  try {
    return { value: call() };
  } catch (error) {
    return { error: { name: error.name, code: error.code, field: error.field, message: error.message } };
  }
};

test("in Node, pinwarden/checks is the full module's checks and generation", () => {
  const names = ["default", "generatePin", "parsePolicy", "validatePin"];
  assert.deepEqual(Object.keys(nodeChecks).sort(), names);
  const required = require("pinwarden/checks");
  assert.deepEqual(Object.keys(required).filter((name) => name !== "init").sort(), names);
  assert.equal(nodeChecks.validatePin, full.validatePin, "one instance for both entries");
  assert.equal(required.validatePin, require("pinwarden").validatePin);
});

test("the browser build exports the declared functions only", () => {
  assert.deepEqual(Object.keys(checks).sort(), ["default", "generatePin", "parsePolicy", "validatePin"]);
});

test("the browser build answers as the full module on every 4-digit PIN", () => {
  const contexts = [undefined, { extensions: ["36697"] }, { extensions: ["+1 425 555 1234"], locale: "fr" }];
  const policies = ["exchange", "teams", "strict", { minLength: 4, extraChecks: ["date", "keypadPattern"] }];
  for (let n = 0; n < 10_000; n++) {
    const pin = String(n).padStart(4, "0");
    for (const [i, policy] of policies.entries()) {
      const context = contexts[(n + i) % contexts.length];
      assert.deepEqual(checks.validatePin(pin, policy, context), full.validatePin(pin, policy, context), `${pin} ${JSON.stringify(policy)}`);
    }
  }
});

test("the browser build parses and refuses policies as the full module", () => {
  const inputs = [undefined, "exchange", "teams", "strict", "lenient", {}, { minLength: 3 }, { minLenght: 6 },
    { failuresBeforeReset: 20 }, { MinPINLength: "8", PINLifetime: "Unlimited", Name: "Default" },
    { extraChecks: [{ check: "date", lengths: [6, 8] }] }, { extraChecks: "date" }, [], 42, { minLength: 6.5 }];
  for (const input of inputs) {
    assert.deepEqual(outcome(() => checks.parsePolicy(input)), outcome(() => full.parsePolicy(input)), JSON.stringify(input));
  }
});

test("the browser build generates PINs the full module accepts", () => {
  for (const policy of ["exchange", "teams", "strict"]) {
    for (let n = 0; n < 200; n++) {
      const context = { extensions: ["36697"], length: 6 + (n % 3) };
      const pin = checks.generatePin(policy, context);
      assert.equal(pin.length, context.length);
      assert.deepEqual(full.validatePin(pin, policy, { extensions: ["36697"] }), { ok: true, violations: [], warnings: [] }, pin);
    }
  }
});

test("a history is refused with a clear error, and the module keeps working", () => {
  const history = new full.PinHistory("exchange");
  for (const call of [() => checks.validatePin("480137", "exchange", { history }), () => checks.generatePin("exchange", { history: history.toJSON() })]) {
    assert.throws(call, (error) => error instanceof Error && error.name === "HistoryError" && error.code === "historyUnavailable" && /import "pinwarden"/.test(error.message));
  }
  assert.deepEqual(checks.validatePin("480137", "exchange", {}), { ok: true, violations: [], warnings: [] });
});
