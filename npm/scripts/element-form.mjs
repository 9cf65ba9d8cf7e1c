// <pin-field> in a plain HTML <form> in headless Chromium (Playwright): live French
// feedback, the browser refusing to submit a PIN that breaks the policy (123456, 36697),
// submitting a good one under its name, form.reset(), a disabled fieldset, attribute
// changes re-validating, several elements on one page.
// Usage: node element-form.mjs <web/pkg dir>
import assert from "node:assert/strict";
import { resolve } from "node:path";
import { chromium } from "playwright-core";
import { serve, watchErrors, CHROMIUM } from "./serve.mjs";

const packageDir = resolve(process.argv[2]);
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

const server = await serve(packageDir, { "/form.html": page, "/submitted": "<!doctype html><title>sent</title>" });
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
} finally {
  await browser.close();
  server.close();
}
