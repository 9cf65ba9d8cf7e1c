// A model-based test of <pin-field> in headless Chromium (SPEC §7): seeded random sequences
// of what people and pages do to the field — typing digits, letters and other scripts'
// digits, deleting, pasting, short and long pauses, leaving the field, submit attempts,
// form.reset(), attribute changes (policy as a preset, as JSON and as broken JSON, with
// extra checks of severity "warn" and with "max"; extensions; names; a history made with
// the npm package; lang; required; disabled),
// setCustomValidity and the show/hide button — and after every step a check of every
// invariant of §7, with the core itself as the oracle: a separate build of the crate with
// the `oracle` feature (its own wasm instance in the page) computes the checklist, the
// report and the announcement for the same inputs.
//
// Usage: node element-model.mjs <web/pkg dir> <oracle dir> <npm/pkg dir> [--steps N]
//          [--seed S] [--pause-ms MS] [--report] [--ignore name,…]
// A failure prints its seed and steps; `--seed S --steps N` replays it. `--report` runs
// every sequence to its first failure and prints which invariants failed, by step kind,
// instead of stopping (used to measure what the test catches).
import assert from "node:assert/strict";
import { resolve, join } from "node:path";
import { readFileSync } from "node:fs";
import { pathToFileURL } from "node:url";
import { chromium, serve, watchErrors, CHROMIUM } from "../../npm/scripts/serve.mjs";

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : fallback;
};
const [elementDir, oracleDir, npmDir] = args.filter((arg, index) => !arg.startsWith("--") && !args[index - 1]?.startsWith("--")).map((path) => resolve(path));
const totalSteps = Number(option("--steps", "2000"));
const firstSeed = Number(option("--seed", String(Date.now() % 1_000_000)));
const pauseMs = Number(option("--pause-ms", "40"));
const reportOnly = args.includes("--report");
// `--ignore a,b`: invariants (by name, in part) not to check, to see what else fails.
const ignored = (option("--ignore", "") || "").split(",").filter(Boolean);
const STEPS_PER_SEQUENCE = 50;
/** In `--report` mode failures are collected here and the sequence goes on. */
let soft = null;

// Histories in the format of SPEC §4, made by the npm package.
const { PinHistory } = await import(pathToFileURL(join(npmDir, "node", "index.mjs")).href);
const history = (policy, pins) => {
  const made = new PinHistory(policy);
  for (const pin of pins) made.add(pin);
  const text = made.serialize();
  made.free();
  return text;
};
const HISTORIES = [history("exchange", ["480137", "13579246"]), history("teams", ["24680"])];

const POLICIES = [
  null, "exchange", "teams", "strict", " strict ",
  '{"minLength":4,"maxLength":8}', '{"minLength":0}', '{"allowCommonPatterns":true}',
  '{"minLength":4,"extraChecks":["palindrome","date","containsExtension","reversedExtension"]}',
  '{"MinPINLength":"5","extraChecks":[{"check":"date","lengths":[4,8]}]}',
  // SPEC §2.3: checks of severity "warn" (advice: the form still takes the PIN), "max".
  '{"extraChecks":[{"check":"repeatRun","severity":"warn"}]}',
  '{"extraChecks":["nameOnKeypad",{"check":"repeatRun","severity":"warn"}]}',
  '{"minLength":4,"extraChecks":["nameOnKeypad",{"check":"sequenceRun","max":2},{"check":"repeatRun","max":1,"severity":"warn"},{"check":"palindrome","severity":"warn"}]}',
  '{"extraChecks":[{"check":"nameOnKeypad","severity":"warn"},{"check":"sequenceRun","max":4},"reversedHistory",{"check":"keypadPattern","severity":"warn"}]}',
  '{"minLength":4,"extraChecks":[{"check":"repeatRun","max":9},"nameOnKeypad"]}',
  // Broken: each must show an error, and the element must work again once mended.
  '{"minLenght":6}', '{"minLength":', "bogus", '{"maxLength":3}', '{"failuresBeforeReset":20,"failuresBeforeLockout":10}',
];
const NAMES = [null, "", "Amos Marble", "Amos Marble, Zoë Lefèvre-Ångström", "Mo\nJo Lee", "Ōtsuka, 李"];
const EXTENSIONS = [null, "", "36697", "+1 425 555 0123", "36697, +1 (425) 555-0123", "5551402917", "36697\n4029", "12.34.56", "ext. n/a, 4801"];
const LANGS = [null, "en", "fr", "fr-CA", "de", "EN-gb"];
const TYPED = ["4", "8", "0", "1", "3", "7", "1234", "4029173", "1357", "36697", "0123", "a", "x7", "٤٨٠", "４８０１", "۱۲", "#", " ", "-", "9", "2667", "000", "7410"];
const PASTED = ["480 137", "48-01-37", "٤٨٠١٣٧", "４８０１３７", "+1 (425) 555-0123", "2468013", "abc", "11111111"];
const MESSAGES = ["The server refused this PIN.", "Ce code PIN a été refusé par le serveur.", ""];
const WORDS = { en: ["Show PIN", "Hide PIN"], fr: ["Afficher le code PIN", "Masquer le code PIN"] };

/** mulberry32: a small seeded generator, so that a sequence replays from its seed. */
function random(seed) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return { next, pick: (list) => list[Math.floor(next() * list.length)], chance: (p) => next() < p };
}

/** SPEC §7: `extensions` holds numbers separated by commas or new lines; `names` likewise. */
const extensionList = (text) => (text ?? "").split(/[,\n]/).map((number) => number.trim()).filter(Boolean);
/** Each checklist line's shown state: the core's, or advice for a warn-severity rule not met. */
const ADVICE = { en: "Advice:", fr: "Conseil :" };

const page = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>model</title>
<script type="module">
  import "/pin-field.js";
  import init, { assess, normalizeDigits } from "/oracle/pinwarden_yew.js";
  await init();
  window.oracle = { assess, normalizeDigits };
  window.events = [];
  document.addEventListener("pin-change", (event) => window.events.push(event.detail));
  document.getElementById("form").addEventListener("submit", (event) => { event.preventDefault(); window.submitted += 1; });
  window.submitted = 0;
  window.ready = true;
</script></head>
<body>
<form id="form" action="/submitted">
  <pin-field id="field" name="pin" pause="${pauseMs}"></pin-field>
  <button id="send">Send</button>
</form>
<input id="elsewhere" aria-label="elsewhere">
</body></html>`;

const server = await serve(elementDir, {
  "/model.html": page,
  "/oracle/pinwarden_yew.js": readFileSync(join(oracleDir, "pinwarden_yew.js")),
  "/oracle/pinwarden_yew_bg.wasm": readFileSync(join(oracleDir, "pinwarden_yew_bg.wasm")),
});
const browser = await chromium.launch(CHROMIUM);
const failures = [];
let stepsRun = 0;
let stepsDone = 0;
const started = Date.now();
try {
  const tab = await browser.newPage();
  // Generous: a busy machine (other builds) may take seconds to load a page or run a step.
  tab.setDefaultTimeout(30_000);
  for (let sequence = 0; stepsRun < totalSteps; sequence += 1) {
    const seed = firstSeed + sequence;
    const errors = [];
    const steps = Math.min(STEPS_PER_SEQUENCE, totalSteps - stepsRun);
    try {
      await runSequence(tab, seed, steps, errors);
    } catch (error) {
      if (!reportOnly) {
        console.error(error.message);
        console.error(`element-model: seed ${seed} failed (replay: node web/tests/element-model.mjs web/pkg target/web-oracle npm/pkg --seed ${seed} --steps ${steps} --pause-ms ${pauseMs})`);
        process.exit(1);
      }
      for (const one of error.found ?? [error]) {
        failures.push({ seed, invariant: one.invariant ?? "other", step: one.step ?? "?", message: String(one.message).split("\n").slice(0, 2).join(" / ") });
      }
    }
    stepsRun += steps;
  }
} finally {
  await browser.close();
  server.close();
}
const seconds = ((Date.now() - started) / 1000).toFixed(1);
if (reportOnly) {
  const byInvariant = new Map();
  for (const failure of failures) {
    const key = `${failure.invariant} after ${failure.step}`;
    byInvariant.set(key, [...(byInvariant.get(key) ?? []), failure]);
  }
  console.log(`element-model (report only): ${stepsDone} steps in ${seconds} s, seeds ${firstSeed}…, ${new Set(failures.map((f) => f.seed)).size} sequences with failures`);
  for (const [key, list] of [...byInvariant].sort((a, b) => b[1].length - a[1].length)) {
    console.log(`  ${list.length} × ${key} (first: seed ${list[0].seed}: ${list[0].message.slice(0, 1200)})`);
  }
} else {
  console.log(`ok: <pin-field> model-based test, ${stepsRun} steps (seeds ${firstSeed}…${firstSeed + Math.ceil(stepsRun / STEPS_PER_SEQUENCE) - 1}) in ${seconds} s, every §7 invariant after every step`);
}

async function runSequence(tab, seed, count, errors) {
  const rng = random(seed);
  watchErrors(tab, errors);
  await tab.goto(`${server.url}/model.html`);
  await tab.waitForFunction(() => window.ready === true);
  await tab.locator("#field input").waitFor();
  // The model: what the field must reflect. Attributes as set (null = absent).
  const fresh = () => ({
    attributes: { policy: null, extensions: null, names: null, history: null, lang: null, required: false, disabled: false },
    value: "", custom: "", validated: false, shown: false, focused: false,
    settled: false, editedSinceReset: false,
  });
  const model = fresh();
  const log = [];
  let previous = null;
  const found = new Map();
  for (let index = 0; index < count; index += 1) {
    soft = null;
    const step = chooseStep(rng, model);
    log.push(step.describe);
    const before = { value: model.value, attributes: { ...model.attributes } };
    try {
      await perform(tab, step, model).catch((error) => {
        throw Object.assign(error, { invariant: `the page can do it (${step.kind})` });
      });
      const seen = await observe(tab);
      previous = await check(tab, model, seen, step, before, previous);
      expect(errors.length === 0, "no page errors", () => errors.join("\n"));
    } catch (error) {
      error.invariant ??= errors.length ? "page errors" : "test error";
      error.step = step.kind;
      error.message = `${error.message}\n  seed ${seed}, step ${index + 1}: ${step.describe}\n  steps: ${log.join(" | ")}`;
      if (!reportOnly) throw error;
      const key = `${error.invariant} after ${error.step}`;
      if (!found.has(key)) found.set(key, error);
      // Start again from a fresh page, so that one fault is not counted again and again.
      await tab.goto(`${server.url}/model.html`);
      await tab.waitForFunction(() => window.ready === true);
      await tab.locator("#field input").waitFor();
      Object.assign(model, fresh());
      previous = null;
    }
    stepsDone += 1;
  }
  if (found.size) throw Object.assign(new Error("report"), { found: [...found.values()] });
}

function chooseStep(rng, model) {
  const enabled = !model.attributes.disabled;
  const kinds = [
    ["type", enabled ? 30 : 0], ["delete", enabled && model.value ? 8 : 0], ["paste", enabled ? 5 : 0],
    ["pause", 10], ["leave", 6], ["submit", 5], ["reset", 2], ["toggle", enabled ? 3 : 0],
    ["policy", 6], ["extensions", 4], ["names", 5], ["history", 3], ["lang", 4], ["required", 2], ["disabled", 2], ["custom", 3],
  ];
  const total = kinds.reduce((sum, [, weight]) => sum + weight, 0);
  let roll = rng.next() * total;
  const [kind] = kinds.find(([, weight]) => (roll -= weight) < 0) ?? kinds[0];
  switch (kind) {
    case "type": { const text = rng.pick(TYPED); return { kind, text, describe: `type ${JSON.stringify(text)}` }; }
    case "delete": { const count = 1 + Math.floor(rng.next() * 3); return { kind, count, describe: `backspace ×${count}` }; }
    case "paste": { const text = rng.pick(PASTED); return { kind, text, describe: `paste ${JSON.stringify(text)}` }; }
    case "pause": { const long = rng.chance(0.6); return { kind, long, describe: long ? "long pause" : "short pause" }; }
    case "leave": return { kind, describe: "leave the field" };
    case "submit": { const how = rng.pick(["click", "enter", "requestSubmit"]); return { kind, how, describe: `submit (${how})` }; }
    case "reset": return { kind, describe: "form.reset()" };
    case "toggle": return { kind, describe: "show/hide" };
    case "custom": { if (ignored.includes("custom")) return { kind: "pause", long: false, describe: "short pause" }; const message = rng.pick(MESSAGES); return { kind, message, describe: `setCustomValidity(${JSON.stringify(message)})` }; }
    case "required": return { kind, name: kind, value: !model.attributes.required, describe: `required=${!model.attributes.required}` };
    case "disabled": return { kind, name: kind, value: !model.attributes.disabled, describe: `disabled=${!model.attributes.disabled}` };
    default: {
      const choices = { policy: POLICIES, extensions: EXTENSIONS, names: NAMES, history: [null, ...HISTORIES, "{\"version\":1}"], lang: LANGS }[kind];
      const value = rng.pick(choices);
      return { kind, name: kind, value, describe: `${kind}=${JSON.stringify(value)?.slice(0, 60)}` };
    }
  }
}

async function perform(tab, step, model) {
  const input = tab.locator("#field input");
  // A field hidden behind a broken attribute's error cannot be typed into.
  const needsInput = ["type", "paste", "delete", "toggle"].includes(step.kind) || (step.kind === "submit" && step.how === "enter");
  if (needsInput && !(await input.isVisible())) {
    step.describe += " (not possible: the field is hidden)";
    return;
  }
  const edit = async (action) => {
    if (!model.focused) {
      await input.focus();
      model.focused = true;
    }
    await tab.keyboard.press("End");
    await action();
  };
  switch (step.kind) {
    case "type":
      await edit(() => tab.keyboard.type(step.text));
      model.value = await tab.evaluate((text) => window.oracle.normalizeDigits(text), model.value + step.text);
      model.custom = "";
      break;
    case "paste":
      await edit(() => tab.keyboard.insertText(step.text));
      model.value = await tab.evaluate((text) => window.oracle.normalizeDigits(text), model.value + step.text);
      model.custom = "";
      break;
    case "delete":
      await edit(async () => { for (let i = 0; i < step.count; i += 1) await tab.keyboard.press("Backspace"); });
      model.value = model.value.slice(0, Math.max(0, model.value.length - step.count));
      model.custom = "";
      break;
    case "pause":
      if (step.long) {
        await tab.waitForTimeout(pauseMs + 60);
        // A timer the page registers now runs after the field's pause timer, however late
        // a busy machine runs it (and Yew renders in the microtasks in between).
        await tab.evaluate(() => new Promise((resolve) => setTimeout(resolve, 0)));
      }
      break;
    case "leave":
      await tab.locator("#elsewhere").focus();
      if (model.focused && !model.attributes.disabled) model.validated = true;
      model.focused = false;
      break;
    case "submit":
      if (step.how === "click") {
        await tab.locator("#send").click();
        if (model.focused && !model.attributes.disabled) model.validated = true;
        model.focused = false;
      } else if (step.how === "enter") {
        if (model.attributes.disabled) return;
        if (!model.focused) { await input.focus(); model.focused = true; }
        await tab.keyboard.press("Enter");
      } else {
        await tab.evaluate(() => document.getElementById("form").requestSubmit());
      }
      if (!model.attributes.disabled) model.validated = true;
      break;
    case "reset":
      await tab.evaluate(() => document.getElementById("form").reset());
      Object.assign(model, { value: "", validated: false, shown: false, focused: false, editedSinceReset: false });
      break;
    case "toggle":
      await tab.locator("#field button[part=toggle]").click();
      if (model.focused) model.validated = true; // clicking the button leaves the input
      model.focused = false;
      model.shown = !model.shown;
      break;
    case "custom":
      await tab.evaluate((message) => document.getElementById("field").setCustomValidity(message), step.message);
      model.custom = step.message;
      break;
    default:
      if (model.focused && (step.name === "policy" || step.name === "history")) {
        // A broken attribute hides the field: leave it first (a hidden input loses focus
        // at a time of the browser's choosing).
        const a = { ...model.attributes, [step.name]: step.value };
        const broken = await tab.evaluate((inputs) => {
          try { window.oracle.assess(...inputs, false); return false; } catch { return true; }
        }, [a.policy ?? "", extensionList(a.extensions), extensionList(a.names), a.history ?? undefined, a.lang ?? "en", a.required, model.value]);
        if (broken) {
          await tab.locator("#elsewhere").focus();
          model.validated = true;
          model.focused = false;
        }
      }
      if (step.name === "disabled" && step.value && model.focused) {
        // Leave the field first: a focused input that becomes disabled loses focus at a
        // time of the browser's choosing.
        await tab.locator("#elsewhere").focus();
        model.validated = true;
        model.focused = false;
      }
      await tab.evaluate(({ name, value }) => {
        const field = document.getElementById("field");
        if (value === null || value === false) field.removeAttribute(name);
        else field.setAttribute(name, value === true ? "" : value);
      }, { name: step.name, value: step.value });
      model.attributes[step.name] = step.value;
  }
  if (["type", "paste", "delete"].includes(step.kind)) model.editedSinceReset = true;
  model.settled = step.kind === "pause" ? model.settled || step.long : ["leave", "submit", "toggle", "custom"].includes(step.kind) && model.settled;
}

async function observe(tab) {
  return tab.evaluate(async () => {
    // Yew renders in microtasks but yields to the browser (a 0 ms timer) when a render runs
    // long on a busy machine: let those timers run first.
    for (let tick = 0; tick < 3; tick += 1) await new Promise((resolve) => setTimeout(resolve, 0));
    const field = document.getElementById("field");
    const shadow = field.shadowRoot;
    const input = shadow?.querySelector("input");
    const visible = (node) => node && !node.closest("[hidden]") && node.getClientRects().length > 0;
    const rules = [...(shadow?.querySelectorAll("li") ?? [])].filter(visible).map((li) => ({ state: li.dataset.state, text: li.textContent, advice: li.part.contains("rule-advice") }));
    const error = shadow?.querySelector("[part~=error]");
    const status = shadow?.querySelector("[role=status]");
    const toggle = shadow?.querySelector("button[part~=toggle]");
    return {
      value: input?.value ?? null,
      inputVisible: visible(input),
      type: input?.type,
      ariaInvalid: input?.getAttribute("aria-invalid") ?? null,
      rules,
      error: visible(error) ? error.textContent : null,
      errorObject: field.error ? { name: field.error.name, code: field.error.code, attribute: field.error.attribute, field: field.error.field, hasField: "field" in field.error } : null,
      status: status?.textContent ?? null,
      toggle: toggle?.textContent.trim() ?? null,
      shadowText: shadow ? [...shadow.querySelectorAll("*")].filter((node) => visible(node) && node.children.length === 0).map((node) => node.textContent).join("\n") : "",
      valid: field.validity.valid,
      validationMessage: field.validationMessage,
      barred: field.matches(":disabled"),
      formValue: new FormData(document.getElementById("form")).get("pin"),
      lastEvent: window.events.at(-1) ?? null,
    };
  });
}

function fail(invariant, message) {
  const error = new assert.AssertionError({ message: `${invariant}: ${message}` });
  error.invariant = invariant;
  return error;
}
function expect(condition, invariant, message) {
  if (condition || ignored.some((name) => invariant.includes(name))) return;
  const error = fail(invariant, typeof message === "function" ? message() : message);
  if (!soft) throw error;
  soft.push(error);
}

async function check(tab, model, seen, step, before, previous) {
  const a = model.attributes;
  const lang = a.lang ?? "en";
  const inputs = [a.policy ?? "", extensionList(a.extensions), extensionList(a.names), a.history ?? undefined, lang, a.required, model.value];
  const oracle = await tab.evaluate(({ inputs }) => {
    const run = (consult) => {
      try {
        return window.oracle.assess(...inputs, consult);
      } catch (error) {
        return { error: String(error.message ?? error) };
      }
    };
    return { quick: run(false), full: run(true) };
  }, { inputs });

  if (oracle.full.error) {
    // A broken attribute: a clear error in the element, no stale field, and a form that refuses.
    expect(seen.error !== null && seen.error.includes(oracle.full.error), "broken attribute shows its error", () => `expected the error ${JSON.stringify(oracle.full.error)}, saw ${JSON.stringify(seen.error)}`);
    expect(seen.rules.length === 0 && !seen.inputVisible, "no stale field beside an error", "the checklist or input is still shown");
    expect(seen.barred || !seen.valid, "form refuses while broken", "the form would accept a broken field");
    expect(seen.errorObject?.hasField, "errors carry field", () => `error object ${JSON.stringify(seen.errorObject)}`);
    if (seen.errorObject?.name === "PolicyError" && /minLenght|maxLength|failures/.test(a.policy ?? "")) {
      expect(seen.errorObject.field, "policy errors name their field", () => `error object ${JSON.stringify(seen.errorObject)}`);
    }
    return null;
  }
  expect(seen.error === null, "mended attribute clears the error", () => `still showing ${JSON.stringify(seen.error)}`);
  expect(seen.value === model.value, "value", () => `input holds ${JSON.stringify(seen.value)}, expected ${JSON.stringify(model.value)}`);

  // Checklist: exactly the core's, with or without the history look-up (the latter only
  // until typing pauses); a rule is shown as advice (its part and words) exactly when the
  // core says it only warns and is not met.
  const adviceWords = ADVICE[oracle.full.locale] ?? ADVICE.en;
  const matches = (expected) => expected.items.length === seen.rules.length
    && expected.items.every((item, i) => {
      const line = seen.rules[i];
      const advice = item.advisory && item.state === "notMet";
      return line.state === item.state && line.text.endsWith(item.label) && line.advice === advice && line.text.includes(adviceWords) === advice;
    });
  const candidates = model.settled ? [oracle.full] : [oracle.full, oracle.quick];
  const shown = candidates.find(matches) ?? (soft ? oracle.full : undefined);
  expect(candidates.some(matches), "checklist is the core's", () => `saw ${JSON.stringify(seen.rules.map((r) => `${r.state}:${r.text}`))}, core says ${JSON.stringify(oracle.full.items.map((i) => `${i.state}:${i.label}`))}`);

  // Form validity: exactly the core's report (and the page's custom validity).
  const refuses = !seen.barred && (model.custom !== "" || !shown.ok);
  expect(seen.barred === a.disabled, "disabled", () => `barred ${seen.barred}, disabled ${a.disabled}`);
  expect(seen.barred || seen.valid === !refuses, "form validity is the core's report", () => `valid ${seen.valid}, core ok ${shown.ok}, custom ${JSON.stringify(model.custom)}`);
  // Warnings are advice: a report without violations never blocks the form, whatever it warns.
  const accepted = shown.report.violations.length === 0 && (model.value !== "" || !a.required);
  expect(seen.barred || model.custom !== "" || !accepted || seen.valid, "advice never blocks the form", () => `valid ${seen.valid} with warnings ${JSON.stringify(shown.report.warnings?.map((w) => w.code))}`);
  if (!seen.barred && refuses) {
    const message = model.custom || shown.message;
    expect(seen.validationMessage === message, "validationMessage is the core's", () => `${JSON.stringify(seen.validationMessage)} ≠ ${JSON.stringify(message)}`);
  }
  if (model.custom) {
    expect(seen.shadowText.includes(model.custom), "custom validity shown at the field", () => `${JSON.stringify(model.custom)} not shown`);
  }
  expect(seen.formValue === (a.disabled ? null : model.value), "form value", () => `form has ${JSON.stringify(seen.formValue)}`);

  // aria-invalid: "true" exactly when validated and the form would refuse it.
  const invalid = model.validated && refuses;
  expect((seen.ariaInvalid === "true") === invalid, "aria-invalid", () => `aria-invalid=${seen.ariaInvalid}, validated ${model.validated}, refuses ${refuses}`);

  // The live region: nothing, or the outcome for this value, policy and language.
  expect(seen.status === "" || seen.status === shown.outcome, "live region holds only current news", () => `live region says ${JSON.stringify(seen.status)}, current outcome ${JSON.stringify(shown.outcome)}`);
  if (model.settled && model.editedSinceReset && step.kind === "pause") {
    expect(seen.status === shown.outcome, "live region announces after a pause", () => `live region says ${JSON.stringify(seen.status)} after a pause`);
  }

  // The show/hide button says what it will do, in the field's language.
  const words = WORDS[shown.locale] ?? WORDS.en;
  expect(seen.toggle === words[model.shown ? 1 : 0], "toggle says what it will do", () => `button says ${JSON.stringify(seen.toggle)} with the PIN ${model.shown ? "shown" : "hidden"}`);
  expect(seen.type === (model.shown ? "text" : "password"), "toggle shows and hides", () => `input type ${seen.type}`);

  // pin-change: its detail is the core's report for the value shown.
  if (["type", "paste", "delete"].includes(step.kind) && before.value !== model.value) {
    expect(seen.lastEvent && [oracle.full.report, oracle.quick.report].some((report) => isDeepEqual(report, seen.lastEvent)), "pin-change detail is the core's report", () => `detail ${JSON.stringify(seen.lastEvent)}`);
  }

  // Marks never flip backwards while typing forward.
  const typedForward = ["type", "paste"].includes(step.kind) && model.value.startsWith(before.value) && previous;
  if (typedForward) {
    shown.items.forEach((item, i) => {
      const was = previous.items[i];
      // Rules decided by the history are known only once it is looked up, like notRecent.
      if (!was || was.rule !== item.rule || ["length", "digitsOnly", "notRecent", "reversedHistory"].includes(item.rule)) return;
      const backwards = (was.state === "met" && item.state !== "met")
        || (was.state === "notMet" && previous.length < shown.minLength && item.state !== "notMet");
      expect(!backwards, "marks never flip backwards", () => `${item.rule}: ${was.state} at ${previous.length} digits, ${item.state} at ${model.value.length}`);
    });
  }
  return { items: shown.items, length: model.value.length };
}

function isDeepEqual(a, b) {
  try {
    assert.deepStrictEqual(a, b);
    return true;
  } catch {
    return false;
  }
}
