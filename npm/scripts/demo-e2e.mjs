// End-to-end tests of the demo site in headless Chromium (Playwright): a user journey on
// each page, in English and French, axe-core with no violation on every page in both
// languages, the "Choose your PIN" journey with the keyboard only, no console error, and a
// screenshot of each page under target/screenshots/. Usage: node demo-e2e.mjs <site dir>
import assert from "node:assert/strict";
import { mkdirSync } from "node:fs";
import { createRequire } from "node:module";
import { join, resolve } from "node:path";
import { chromium } from "playwright-core";
import { serve, watchErrors, CHROMIUM } from "./serve.mjs";

const site = resolve(process.argv[2]);
const shots = resolve(site, "..", "screenshots");
mkdirSync(shots, { recursive: true });
const axePath = createRequire(import.meta.url).resolve("axe-core/axe.min.js");
const server = await serve(site);
const browser = await chromium.launch(CHROMIUM);

async function open(path, errors, ready = "pin-field input") {
  const page = await browser.newPage({ viewport: { width: 900, height: 900 } });
  watchErrors(page, errors);
  await page.goto(`${server.url}/${path}`);
  await page.locator(ready).first().waitFor();
  const styled = await page.evaluate(() => getComputedStyle(document.querySelector("header")).display);
  assert.equal(styled, "flex", `${path}: the stylesheet applies`);
  return page;
}

async function axe(page, label) {
  await page.addScriptTag({ path: axePath });
  const result = await page.evaluate(() => window.axe.run(document));
  const violations = result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
  assert.deepEqual(violations, [], `axe on ${label}`);
}

async function setLanguage(page, language) {
  if ((await page.evaluate(() => document.documentElement.lang)) !== language) {
    await page.click("#language");
  }
  assert.equal(await page.evaluate(() => document.documentElement.lang), language);
}

const states = (page) => page.locator("pin-field li").evaluateAll((items) => items.map((li) => li.dataset.state));
const errors = [];
try {
  // "Choose your PIN": typing, the preset switch, the extension field, both languages.
  const choose = await open("index.html", errors);
  await setLanguage(choose, "en");
  await axe(choose, "Choose your PIN (en)");
  await choose.locator("pin-field input").fill("123456");
  assert.deepEqual(await states(choose), ["met", "met", "notMet", "met", "met"]);
  await choose.selectOption("#preset", "teams");
  assert.match(await choose.locator("pin-field li").first().textContent(), /5 to 12 digits/);
  await choose.fill("#extension", "555123456");
  await choose.locator("pin-field input").fill("23456");
  assert.ok((await states(choose)).includes("notMet"), "the end of the extension");
  await choose.screenshot({ path: join(shots, "choose-en.png"), fullPage: true });
  await setLanguage(choose, "fr");
  assert.match(await choose.locator("pin-field label").textContent(), /Nouveau code PIN/);
  assert.match(await choose.locator("h1").textContent(), /Choisissez votre code PIN/);
  await axe(choose, "Choose your PIN (fr)");
  await choose.screenshot({ path: join(shots, "choose-fr.png"), fullPage: true });
  await setLanguage(choose, "en");
  await choose.close();

  // The same journey with the keyboard only.
  const keyboard = await open("index.html", errors);
  await keyboard.keyboard.press("Tab"); // first link
  let focused = "";
  for (let step = 0; step < 12 && focused !== "pin"; step++) {
    await keyboard.keyboard.press("Tab");
    focused = await keyboard.evaluate(() => (document.activeElement?.id === "pin" ? "pin" : document.activeElement?.id ?? ""));
  }
  assert.equal(focused, "pin", "Tab reaches the PIN field");
  await keyboard.keyboard.type("480137");
  assert.deepEqual(await states(keyboard), ["met", "met", "met", "met", "met"]);
  await keyboard.keyboard.press("Tab"); // the show/hide button
  await keyboard.keyboard.press("Enter");
  assert.equal(await keyboard.locator("pin-field input").getAttribute("type"), "text", "shown with the keyboard");
  await keyboard.close();

  // "Policy editor": the core's errors live at the field, the JSON view and its copy, and
  // an Exchange policy pasted in.
  const editor = await open("editor.html", errors, "#policy-minLength");
  await editor.context().grantPermissions(["clipboard-read", "clipboard-write"], { origin: server.url });
  await setLanguage(editor, "en");
  await axe(editor, "Policy editor (en)");
  const status = () => editor.textContent("#policy-status");
  assert.equal(await status(), "The policy is valid.");
  await editor.fill("#policy-minLength", "3");
  assert.equal(await editor.getAttribute("#policy-minLength", "aria-invalid"), "true");
  assert.equal(await editor.getAttribute("#policy-minLength", "aria-describedby"), "policy-minLength-help policy-minLength-error");
  assert.equal(
    await editor.textContent("#policy-minLength-error"),
    "`minLength` must be 0 (no PIN required) or between 4 and 24; got 3",
  );
  assert.match(await status(), /^The policy is refused: `minLength` must be/);
  assert.equal(await editor.isVisible("#policy-json-missing"), true, "no JSON while refused");
  await axe(editor, "Policy editor showing an error (en)");
  await editor.fill("#policy-minLength", "8");
  assert.equal(await editor.getAttribute("#policy-minLength", "aria-invalid"), "false");
  await editor.fill("#policy-failuresBeforeReset", "20");
  assert.match(await editor.textContent("#policy-failuresBeforeReset-error"), /lower than failuresBeforeLockout \(15\); got 20/);
  await editor.check("#policy-unlimited-resets");
  assert.equal(await editor.isDisabled("#policy-failuresBeforeReset"), true);
  await editor.check("#check-palindrome");
  assert.equal(await status(), "The policy is valid.");
  const shownJson = JSON.parse(await editor.textContent("#policy-json"));
  assert.equal(shownJson.minLength, 8);
  assert.equal(shownJson.failuresBeforeReset, null);
  assert.deepEqual(shownJson.extraChecks, ["palindrome"]);
  await editor.click("#copy-json");
  await editor.locator("#copy-status", { hasText: "Copied." }).waitFor();
  const copied = await editor.evaluate(() => navigator.clipboard.readText());
  const { parsePolicy } = await import("pinwarden");
  assert.deepEqual(parsePolicy(JSON.parse(copied)), shownJson, "the copied JSON is the policy, for the npm package too");
  await editor.screenshot({ path: join(shots, "editor-en.png"), fullPage: true });
  const exchange = {
    Identity: "Contoso Default Policy",
    MinPINLength: 4,
    PINLifetime: "30.00:00:00",
    LogonFailuresBeforePINReset: { IsUnlimited: true, Value: null },
    MaxLogonAttempts: "10",
    AllowCommonPatterns: false,
    PINHistoryCount: 3,
    AllowPinlessVoiceMailAccess: false,
  };
  await editor.fill("#paste", JSON.stringify(exchange, null, 2));
  await editor.click("#load-paste");
  assert.match(await editor.textContent("#paste-result"), /^Loaded:/);
  assert.equal(await editor.inputValue("#policy-minLength"), "4");
  assert.equal(await editor.inputValue("#policy-lifetimeDays"), "30");
  assert.equal(await editor.inputValue("#policy-failuresBeforeLockout"), "10");
  assert.equal(await editor.isChecked("#policy-unlimited-resets"), true);
  assert.equal(await editor.isChecked("#check-palindrome"), false);
  await editor.fill("#paste", '{"MinPINLenght": 4}');
  await editor.click("#load-paste");
  assert.equal(
    await editor.textContent("#paste-result"),
    "unknown policy field `MinPINLenght` (did you mean `MinPINLength`?)",
  );
  assert.equal(await editor.getAttribute("#paste", "aria-invalid"), "true");
  assert.equal(await editor.inputValue("#policy-minLength"), "4", "a refused paste changes nothing");
  await setLanguage(editor, "fr");
  assert.match(await editor.textContent("#paste-result"), /^champ de stratégie inconnu `MinPINLenght`/);
  await editor.click("#preset-teams");
  assert.equal(await editor.inputValue("#policy-minLength"), "5");
  await editor.fill("#policy-historyCount", "21");
  assert.equal(await editor.textContent("#policy-historyCount-error"), "`historyCount` doit être entre 1 et 20 ; reçu 21");
  await axe(editor, "Policy editor showing an error (fr)");
  await editor.fill("#policy-historyCount", "1");
  assert.equal(await status(), "La stratégie est valide.");
  await axe(editor, "Policy editor (fr)");
  await editor.screenshot({ path: join(shots, "editor-fr.png"), fullPage: true });
  await editor.close();

  // "Administrator reset": a Teams PIN shown once, then a fixed-width mask.
  const reset = await open("reset.html", errors, "#generate");
  await setLanguage(reset, "en");
  await axe(reset, "Administrator reset (en)");
  await reset.click("#generate");
  const shown = await reset.textContent("#pin");
  assert.match(shown, /^\d{5}$/, "a 5-digit Teams PIN");
  const { validatePin } = await import("pinwarden");
  assert.equal(validatePin(shown, "teams").ok, true, "it passes the Teams policy");
  await reset.click("#hide");
  assert.equal(await reset.textContent("#pin"), "••••••••", "masked without its length");
  assert.equal(await reset.isVisible("#hide"), false);
  await reset.click("#generate");
  assert.notEqual(await reset.textContent("#pin"), "••••••••");
  await setLanguage(reset, "fr");
  await axe(reset, "Administrator reset (fr)");
  await reset.screenshot({ path: join(shots, "reset-fr.png"), fullPage: true });
  await reset.close();

  // "Logon simulator": automatic reset, must-change, expiry, lockout, unlock.
  const logon = await open("logon.html", errors, "#create button");
  await setLanguage(logon, "en");
  await axe(logon, "Logon simulator (en)");
  const outcome = () => logon.textContent("#outcome");
  const attempt = async (pin) => {
    await logon.fill("#attempt", pin);
    await logon.click("#logon button");
    return outcome();
  };
  await logon.click("#create button");
  const first = (await outcome()).match(/(\d{6})$/)[1];
  assert.match(await attempt("000000"), /4 attempts before an automatic reset, 14 before lockout/);
  for (let i = 2; i <= 4; i++) await attempt("000000");
  const sent = (await attempt("000000")).match(/New PIN sent to the user: (\d{6})/);
  assert.ok(sent && sent[1] !== first, "the 5th failure resets the PIN");
  assert.match(await attempt(sent[1]), /must be changed now: it was set by a reset/);
  await logon.fill("#newpin", "480137");
  await logon.click("#change button");
  assert.equal(await outcome(), "PIN changed.");
  await logon.click("#advance");
  await logon.click("#advance");
  assert.match(await attempt("480137"), /must be changed now: the PIN expired/);
  for (let i = 0; i < 15; i++) await attempt("000000");
  assert.match(await attempt("480137"), /Locked out/);
  await logon.click("#unlock");
  assert.match(await logon.textContent("#status"), /Locked outno/);
  await setLanguage(logon, "fr");
  assert.equal(await outcome(), "Déverrouillé par l’administrateur.", "the last outcome, said again in French");
  await axe(logon, "Logon simulator (fr)");
  await logon.screenshot({ path: join(shots, "logon-fr.png"), fullPage: true });
  await logon.close();

  // "Plain HTML form": submit refused, then accepted.
  const form = await open("form.html", errors);
  await setLanguage(form, "en");
  await axe(form, "Plain HTML form (en)");
  await form.locator("pin-field input").fill("123456");
  await form.click("form button");
  assert.ok(!form.url().includes("pin="), "the browser refused to submit 123456");
  await form.locator("pin-field input").fill("480137");
  await Promise.all([form.waitForURL(/pin=480137/), form.click("form button")]);
  await form.locator("#sent").waitFor();
  assert.match(await form.textContent("#sent"), /The form was sent/);
  await form.screenshot({ path: join(shots, "form-en.png"), fullPage: true });
  await setLanguage(form, "fr");
  await axe(form, "Plain HTML form (fr)");
  await form.close();

  assert.deepEqual(errors, [], "no console errors");
  console.log(`ok: demo pages (journeys, keyboard, axe in en and fr); screenshots in ${shots}`);
} finally {
  await browser.close();
  server.close();
}
