// The Yew example application of pinwarden-yew (web/examples/choose_pin/) in headless
// Chromium, as its README says to run it: the form's button waits for a PIN that meets the
// policy, and the policy and language switches reach PinField.
// Usage: node yew-example.mjs <folder with index.html and the wasm-bindgen output>
import { resolve } from "node:path";
import assert from "node:assert/strict";
import { chromium, serve, watchErrors, CHROMIUM } from "../../npm/scripts/serve.mjs";

const server = await serve(resolve(process.argv[2]));
const browser = await chromium.launch(CHROMIUM);
try {
  const page = await browser.newPage();
  const errors = watchErrors(page);
  await page.goto(`${server.url}/`);
  const input = page.getByLabel("New PIN");
  const save = page.getByRole("button", { name: "Save" });
  await input.fill("123456");
  await page.waitForTimeout(200);
  assert.equal(await save.isDisabled(), true, "a sequential PIN cannot be saved");
  await input.fill("480137");
  await page.waitForFunction(() => !document.querySelector("button[type=submit]").disabled);
  await save.click();
  await page.getByRole("status").filter({ hasText: "Saved." }).waitFor();

  await page.getByLabel("teams").check();
  await page.getByText("5 to 12 digits").waitFor();
  await page.getByRole("button", { name: "Français" }).click();
  await page.getByText("Choisissez votre code PIN").waitFor();
  await page.getByText("5 à 12 chiffres").waitFor();
  const champ = page.getByLabel("Nouveau code PIN");
  await champ.fill("36697");
  await page.waitForTimeout(200);
  assert.equal(await page.getByRole("button", { name: "Enregistrer" }).isDisabled(), true, "the extension's end cannot be saved");
  await champ.fill("48013");
  await page.waitForFunction(() => !document.querySelector("button[type=submit]").disabled);
  assert.deepEqual(errors, []);
  console.log("ok: the pinwarden-yew example application in headless Chromium (policy, language, form)");
} finally {
  await browser.close();
  server.close();
}
