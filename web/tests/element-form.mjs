// <pin-field> in a plain HTML <form> in headless Chromium (Playwright): live French
// feedback, the browser refusing to submit a PIN that breaks the policy (123456, 36697),
// submitting a good one under its name, form.reset(), a disabled fieldset, attribute
// changes re-validating, several elements on one page; then each case of issue 13 with the
// real pause (stale checklist, aria-invalid, phone numbers, recovery, language, toggle,
// setCustomValidity), issue 18's names and advice (a check of severity "warn" shown and
// announced as advice while the form takes the PIN, in English and French), the README's
// snippet as a page of its own, in French, at 320 px.
// Usage: node element-form.mjs <web/pkg dir>
import assert from "node:assert/strict";
import { resolve, join } from "node:path";
import { mkdtempSync, symlinkSync, writeFileSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { chromium, serve, watchErrors, CHROMIUM } from "../../npm/scripts/serve.mjs";

const packageDir = resolve(process.argv[2]);
/** The widget's English words, none of which a French page may hold. */
const ENGLISH = ["Show PIN", "Hide PIN", "New PIN", "Your PIN", "Met:", "Not met", "Not yet known", "rule", "Only digits", "digits", "Use at", "Advice", "advice", "piece", "PIN meets"];
const page = `<!doctype html>
<html lang="fr"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>pin-field</title>
<script type="module" src="/pin-field.js"></script>
<style>
  pin-field::part(input) { outline-color: rgb(1, 2, 3); }
  #one { --pin-field-met-color: rgb(4, 5, 6); }
</style></head>
<body>
<form id="form" action="/submitted" method="get">
  <pin-field id="one" name="pin" policy="exchange" extensions="36697" lang="fr" required></pin-field>
  <fieldset id="set"><pin-field id="two" name="other" policy="teams"></pin-field></fieldset>
  <button id="send">Envoyer</button>
</form>
<p id="events">0</p>
<script>
  let events = 0;
  document.addEventListener("pin-change", () => { events += 1; document.getElementById("events").textContent = String(events); });
</script>
</body></html>`;

const issuePage = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>issue 13</title>
<script type="module" src="/pin-field.js"></script></head>
<body>
<form id="form" action="/submitted" method="get">
  <pin-field id="f" name="pin" policy="exchange"></pin-field>
  <button id="send">Send</button>
</form>
<input id="elsewhere" aria-label="elsewhere">
</body></html>`;
const server = await serve(packageDir, { "/form.html": page, "/issue.html": issuePage, "/submitted": "<!doctype html><title>sent</title>" });
const browser = await chromium.launch(CHROMIUM);
const failures = [];
try {
  const tab = await browser.newPage();
  watchErrors(tab, failures);
  await tab.goto(`${server.url}/form.html`);
  const one = tab.locator("#one input");
  await one.waitFor();

  // French labels and live feedback.
  assert.match(await tab.locator("#one label").textContent(), /Nouveau code PIN/);
  const valid = () => tab.evaluate(() => document.getElementById("form").checkValidity());
  const message = () => tab.evaluate(() => document.getElementById("one").validationMessage);
  assert.equal(await valid(), false, "required and empty");

  await one.fill("123456");
  assert.equal(await valid(), false, "123456 is sequential");
  assert.match(await message(), /suite de chiffres/);
  await tab.click("#send");
  assert.ok(tab.url().endsWith("/form.html"), "the browser refused to submit 123456");

  await one.fill("36697");
  assert.equal(await valid(), false, "36697 is short and the end of the extension");
  assert.match(await message(), /au moins 6 chiffres/);

  await one.fill("480137");
  assert.equal(await valid(), true);
  assert.ok(Number(await tab.textContent("#events")) >= 3, "pin-change fired");
  const states = await tab.locator("#one li").evaluateAll((items) => items.map((li) => li.dataset.state));
  assert.ok(states.every((state) => state === "met"), states.join());

  // Styling from the page: ::part and custom properties reach into the shadow root.
  assert.equal(await one.evaluate((input) => getComputedStyle(input).outlineColor), "rgb(1, 2, 3)");
  const metColor = await tab.locator("#one li.met").first().evaluate((li) => getComputedStyle(li).color);
  assert.equal(metColor, "rgb(4, 5, 6)");

  // Attribute changes re-validate: a longer minimum makes 480137 too short.
  await tab.evaluate(() => document.getElementById("one").setAttribute("policy", '{"minLength": 8}'));
  assert.equal(await valid(), false);
  await tab.evaluate(() => document.getElementById("one").setAttribute("policy", "exchange"));
  assert.equal(await valid(), true);

  // A disabled fieldset disables the element; reset empties it.
  await tab.evaluate(() => { document.getElementById("set").disabled = true; });
  assert.equal(await tab.locator("#two input").isDisabled(), true);
  await tab.evaluate(() => { document.getElementById("set").disabled = false; });
  await tab.evaluate(() => document.getElementById("form").reset());
  assert.equal(await one.inputValue(), "");
  assert.equal(await valid(), false, "required again after reset");

  // A good PIN is submitted under its name.
  await one.fill("480137");
  await Promise.all([tab.waitForURL(/\/submitted/), tab.click("#send")]);
  const sent = new URL(tab.url()).searchParams;
  assert.equal(sent.get("pin"), "480137");
  assert.equal(sent.get("other"), "");
  assert.deepEqual(failures, []);
  console.log("ok: <pin-field> in a plain HTML form (French, submit blocked for 123456 and 36697, sent with 480137)");

  await issueThirteen(await browser.newPage());
  await namesAndAdvice(await browser.newPage());
  await readmeSnippet(browser);
} finally {
  await browser.close();
  server.close();
}

/** Each case of issue 13, with the element's real pause (no `pause` attribute). */
async function issueThirteen(tab) {
  const errors = watchErrors(tab);
  await tab.goto(`${server.url}/issue.html`);
  const field = tab.locator("#f");
  const input = tab.locator("#f input");
  await input.waitFor();
  const set = (name, value) => tab.evaluate(([name, value]) => {
    const f = document.getElementById("f");
    if (value === null) f.removeAttribute(name); else f.setAttribute(name, value);
  }, [name, value]);
  const rule = (text) => tab.locator("#f li", { hasText: text }).first().getAttribute("data-state");
  const status = () => tab.locator("#f [role=status]").textContent();
  const reset = async () => {
    await tab.evaluate(() => document.getElementById("form").reset());
    for (const name of ["extensions", "lang", "history"]) await set(name, null);
    await set("policy", "exchange");
  };
  const pause = () => tab.waitForTimeout(1_000);
  const validity = () => field.evaluate((f) => [f.validity.valid, f.validationMessage]);

  // 1. The checklist and the announcement follow a policy or extensions change after a pause.
  await input.fill("4029173");
  await pause();
  assert.equal(await status(), "The PIN meets every rule.");
  await set("policy", "strict");
  await set("extensions", "5551402917");
  assert.equal(await rule("last 4 digits of your phone number"), "notMet", "strict's containsExtension now applies");
  assert.notEqual(await status(), "The PIN meets every rule.", "no stale announcement");
  const [valid, message] = await validity();
  assert.equal(valid, false);
  assert.match(message, /extension|phone number/);
  await pause();
  assert.equal(await status(), "1 rule is not met.", "announced again for the new policy");
  await reset();
  await input.fill("1357");
  await pause();
  await set("policy", "strict");
  assert.equal(await rule("even steps"), "pending", "strict's arithmetic rule appears: 1357 breaks it, more digits may mend it");
  assert.equal(await status(), "", "the exchange outcome is not kept for strict");
  await pause();
  assert.match(await status(), /^\d+ rules are still to be met\.$/);
  console.log("ok: issue 13 item 1, the checklist follows policy and extensions after a pause");

  // 2. aria-invalid agrees with the form: after leaving, and after Enter / submit.
  await reset();
  await input.fill("48013");
  assert.equal(await input.getAttribute("aria-invalid"), null, "not before the first validation");
  await tab.locator("#elsewhere").focus();
  assert.equal(await input.getAttribute("aria-invalid"), "true", "48013 is too short and the field was left");
  await reset();
  await input.fill("1234");
  await input.press("Enter");
  assert.ok(tab.url().endsWith("/issue.html"), "Enter attempted a submit, which the browser refused");
  assert.equal(await input.getAttribute("aria-invalid"), "true", "after Enter");
  await reset();
  await input.fill("1234");
  await tab.evaluate(() => document.getElementById("form").requestSubmit());
  assert.equal(await input.getAttribute("aria-invalid"), "true", "after a submit attempt");
  console.log("ok: issue 13 item 2, aria-invalid after leaving, Enter and a submit attempt");

  // 3. A phone number with spaces is one number; commas and new lines separate numbers.
  await reset();
  await set("extensions", "+1 425 555 0123");
  await input.fill("550123");
  assert.equal(await rule("end of your phone number"), "notMet");
  assert.equal((await validity())[0], false);
  await set("extensions", "36697, +1 (425) 555-0123");
  assert.equal(await rule("end of your phone number"), "notMet", "the second number");
  await input.fill("366970");
  assert.equal(await rule("end of your phone number"), "met");
  await set("extensions", "1436697\n4029");
  await input.fill("436697");
  assert.equal(await rule("end of your phone number"), "notMet", "a new line separates numbers");
  // The same through properties (React 19 and Vue set properties on custom elements).
  await field.evaluate((f) => { f.extensions = ["36697", "+1 (425) 555-0123"]; f.policy = { minLength: 6 }; });
  await input.fill("550123");
  assert.equal(await rule("end of your phone number"), "notMet", "an array of numbers");
  assert.deepEqual(await field.evaluate((f) => [f.getAttribute("policy"), f.required, f.name]), ['{"minLength":6}', false, "pin"]);
  console.log("ok: issue 13 item 3, extensions split on commas and new lines only (attributes and properties)");

  // 4. A broken policy shows a clear error with its field, and the element recovers.
  await reset();
  await input.fill("480137");
  await set("policy", '{"minLenght":6}');
  const error = tab.locator("#f [part=error]");
  assert.match(await error.textContent(), /minLenght/);
  assert.equal(await input.isVisible(), false, "no stale checklist beside the error");
  assert.deepEqual(await field.evaluate((f) => [f.error.name, f.error.code, f.error.field]), ["PolicyError", "unknownField", "minLenght"]);
  assert.equal((await validity())[0], false, "a broken field blocks the form");
  await set("policy", "exchange");
  assert.equal(await error.isVisible(), false);
  assert.equal(await input.inputValue(), "480137", "the PIN typed survives");
  assert.deepEqual(await validity(), [true, ""]);
  assert.equal(await field.evaluate((f) => f.error), null);
  await set("history", "not a history");
  assert.equal(await field.evaluate((f) => [f.error.name, f.error.code, "field" in f.error].join()), "HistoryError,invalidHistory,true");
  await set("history", null);
  assert.equal(await input.isVisible(), true);
  console.log("ok: issue 13 item 4, a broken attribute shows its error and the element recovers");

  // 5. The live region speaks the current language and never outlives its value or policy.
  await reset();
  await input.fill("480137");
  await pause();
  assert.equal(await status(), "The PIN meets every rule.");
  await set("lang", "fr");
  assert.equal(await status(), "Le code PIN respecte toutes les règles.");
  await set("policy", "teams");
  assert.ok(["", "Le code PIN respecte toutes les règles."].includes(await status()));
  await set("policy", '{"minLength":8}');
  assert.equal(await status(), "", "nothing about the old policy");
  await pause();
  assert.equal(await status(), "Encore 1 règle à respecter.", "8 digits now: the length rule");
  console.log("ok: issue 13 item 5, the live region follows language, value and policy");

  // 6. The toggle says what it will do.
  await reset();
  const toggle = tab.locator("#f button[part=toggle]");
  assert.equal(await toggle.textContent(), "Show PIN");
  await toggle.click();
  assert.equal(await input.getAttribute("type"), "text");
  assert.equal(await toggle.textContent(), "Hide PIN");
  await set("lang", "fr");
  assert.equal(await toggle.textContent(), "Masquer le code PIN");
  await toggle.click();
  assert.equal(await toggle.textContent(), "Afficher le code PIN");
  console.log("ok: issue 13 item 6, the toggle says Show PIN / Hide PIN (and in French)");

  // 8. setCustomValidity: shown at the field, blocks submitting until the next edit.
  await reset();
  await input.fill("480137");
  await field.evaluate((f) => f.setCustomValidity("The server refused this PIN."));
  assert.deepEqual(await validity(), [false, "The server refused this PIN."]);
  assert.equal(await tab.locator("#f [part=custom-error]").textContent(), "The server refused this PIN.");
  await tab.click("#send");
  assert.ok(tab.url().endsWith("/issue.html"), "blocked");
  assert.equal(await input.getAttribute("aria-invalid"), "true");
  await input.press("End");
  await input.press("Backspace");
  await input.type("8");
  assert.deepEqual(await validity(), [true, ""], "the next edit clears it");
  assert.equal(await tab.locator("#f [part=custom-error]").count(), 0);
  console.log("ok: issue 13 item 8, setCustomValidity shows the message and blocks until the next edit");

  // Moved within the page, the field keeps its PIN; removed and added again, it starts afresh.
  await field.evaluate((f) => { const form = f.form; form.append(f); });
  await tab.waitForTimeout(50);
  assert.equal(await input.inputValue(), "480138", "moved: the PIN stays");
  await field.evaluate(async (f) => { const form = f.form; f.remove(); await new Promise((r) => setTimeout(r, 20)); form.prepend(f); });
  await input.waitFor();
  assert.equal(await input.inputValue(), "", "removed and added again: a fresh field");
  assert.equal(await tab.locator("#f li").count() > 0, true);
  assert.deepEqual(errors, []);
}

/** Issue 18: the `names` attribute and property, and warnings shown as advice the form takes. */
async function namesAndAdvice(tab) {
  const errors = watchErrors(tab);
  await tab.goto(`${server.url}/issue.html`);
  const field = tab.locator("#f");
  const input = tab.locator("#f input");
  await input.waitFor();
  const set = (name, value) => field.evaluate((f, [name, value]) => {
    if (value === null) f.removeAttribute(name); else f.setAttribute(name, value);
  }, [name, value]);
  const validity = () => field.evaluate((f) => [f.validity.valid, f.validationMessage]);
  const status = () => tab.locator("#f [role=status]").textContent();
  const nameRule = () => tab.locator("#f li", { hasText: "name" }).count();

  // names: the rule appears with a name, and a name typed on the keypad is refused.
  await set("policy", '{"extraChecks":["nameOnKeypad"]}');
  assert.equal(await nameRule(), 0, "no names, no name rule");
  await set("names", "Amos Marble, Zoë Lefèvre");
  assert.equal(await nameRule(), 1, "the name rule is listed once names are given");
  await input.fill("627253");
  assert.equal((await validity())[0], false, "MARBLE on the keypad is refused");
  await set("names", "Zoë Lefèvre");
  assert.deepEqual(await validity(), [true, ""], "re-validated at once when names change");
  await field.evaluate((f) => { f.names = ["Amos Marble", "Zoë Lefèvre"]; });
  assert.equal(await field.evaluate((f) => f.getAttribute("names")), "Amos Marble\nZoë Lefèvre", "an array of names");
  assert.equal((await validity())[0], false, "the names property");
  await field.evaluate((f) => { f.names = null; });
  assert.equal(await nameRule(), 0);
  console.log("ok: issue 18, names as an attribute and a property (nameOnKeypad, re-validated at once)");

  // Advice: 400097 under a warn-severity repeatRun is accepted, shown and announced as advice.
  await tab.evaluate(() => document.getElementById("form").reset());
  await set("policy", '{"extraChecks":[{"check":"repeatRun","severity":"warn"}]}');
  const advice = tab.locator("#f li[part~=rule-advice]");
  for (const [lang, words, announced] of [
    ["en", "Advice:", "The PIN meets every rule, with 1 piece of advice."],
    ["fr", "Conseil :", "Le code PIN respecte toutes les règles, avec 1 conseil."],
  ]) {
    await set("lang", lang);
    await input.fill("400097");
    await tab.locator("#elsewhere").focus();
    assert.deepEqual(await validity(), [true, ""], `advice does not block the form (${lang})`);
    assert.equal(await input.getAttribute("aria-invalid"), null, `not aria-invalid (${lang})`);
    assert.equal(await advice.count(), 1, `one rule shown as advice (${lang})`);
    assert.match(await advice.textContent(), new RegExp(words));
    assert.equal(await advice.getAttribute("data-state"), "notMet");
    await tab.waitForTimeout(1_000);
    assert.equal(await status(), announced, `announced after a pause (${lang})`);
    const detail = await tab.evaluate(() => new Promise((resolve) => {
      const f = document.getElementById("f");
      f.addEventListener("pin-change", (event) => resolve(event.detail), { once: true });
      const input = f.shadowRoot.querySelector("input");
      input.value = "400097";
      input.dispatchEvent(new Event("input", { bubbles: true }));
    }));
    assert.deepEqual([detail.ok, detail.violations.length, detail.warnings.map((w) => [w.code, w.max])], [true, 0, [["repeatRun", 2]]], "pin-change carries the warning");
  }
  const text = await field.evaluate((f) => [...f.shadowRoot.querySelectorAll("*:not(style)")].map((n) => n.textContent).join(" "));
  for (const english of ENGLISH) {
    assert.ok(!text.includes(english), `English "${english}" in the French field with advice shown: ${text}`);
  }
  await Promise.all([tab.waitForURL(/pin=400097/), tab.click("#send")]);
  assert.deepEqual(errors, []);
  console.log("ok: issue 18, a warning is advice: 400097 shown as advice, announced in English and French, and submitted");
}

/** The README's snippet as a page of its own: French, 320 × 640, submit refused then sent. */
async function readmeSnippet(browser) {
  const readme = readFileSync(resolve(packageDir, "..", "..", "README.md"), "utf8");
  const snippet = readme.match(/```html\n(<script type="module" src="pinwarden-element\/pin-field.js"><\/script>[\s\S]*?)```/)?.[1];
  assert.ok(snippet, "the README has the <pin-field> snippet");
  const site = mkdtempSync(join(tmpdir(), "pin-field-readme-"));
  symlinkSync(packageDir, join(site, "pinwarden-element"));
  writeFileSync(join(site, "index.html"), `<!doctype html><html lang="fr"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><link rel="icon" href="data:,"><title>PIN</title></head><body>${snippet}</body></html>`);
  const site_server = await serve(site);
  const context = await browser.newContext({ viewport: { width: 320, height: 640 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true });
  const tab = await context.newPage();
  const errors = watchErrors(tab);
  try {
    await tab.goto(`${site_server.url}/index.html`);
    const input = tab.locator("pin-field input");
    await input.waitFor();
    const fits = () => tab.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth
      && [...document.querySelector("pin-field").shadowRoot.querySelectorAll("*")].every((node) => node.getBoundingClientRect().right <= window.innerWidth + 0.5));
    assert.ok(await fits(), "reflows at 320 px");
    await input.fill("123456a");
    await tab.locator("pin-field button[part=toggle]").click();
    await tab.locator("pin-field").evaluate((f) => f.setCustomValidity("Ce code PIN a été refusé par le serveur pour une raison que la page ne pouvait pas connaître."));
    assert.ok(await fits(), "still no horizontal scrolling with the PIN shown, a refused character and a long message");
    // A French page holds no English words of the widget.
    await tab.waitForTimeout(1_000);
    const text = await tab.locator("pin-field").evaluate((f) => [...f.shadowRoot.querySelectorAll("*:not(style)")].map((n) => n.textContent).join(" ") + " " + f.validationMessage);
    for (const english of ENGLISH) {
      assert.ok(!text.includes(english), `English "${english}" on a French page: ${text}`);
    }
    // And with advice shown and announced (a check of severity "warn", issue 18).
    const element = tab.locator("pin-field");
    await element.evaluate((f) => f.setAttribute("policy", '{"extraChecks":[{"check":"repeatRun","severity":"warn"}]}'));
    await input.fill("400097");
    await tab.waitForTimeout(1_000);
    assert.equal(await tab.locator("pin-field li[part~=rule-advice]").count(), 1, "advice shown");
    assert.equal(await tab.locator("pin-field [role=status]").textContent(), "Le code PIN respecte toutes les règles, avec 1 conseil.");
    assert.ok(await fits(), "advice reflows at 320 px");
    const advised = await element.evaluate((f) => [...f.shadowRoot.querySelectorAll("*:not(style)")].map((n) => n.textContent).join(" ") + " " + f.validationMessage);
    for (const english of ENGLISH) {
      assert.ok(!advised.includes(english), `English "${english}" on a French page with advice: ${advised}`);
    }
    await element.evaluate((f) => f.setAttribute("policy", "exchange"));
    await input.fill("123456");
    await tab.locator("button", { hasText: "Envoyer" }).click();
    assert.ok(!tab.url().includes("pin="), "the browser refused 123456");
    await input.fill("480137");
    await Promise.all([tab.waitForURL(/pin=480137/), tab.locator("button", { hasText: "Envoyer" }).click()]);
    assert.deepEqual(errors, []);
    console.log("ok: the README's <pin-field> snippet as a page: French only, reflows at 320 px, refuses 123456, sends 480137");
  } finally {
    await context.close();
    site_server.close();
  }
}
