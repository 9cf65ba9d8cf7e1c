// "Policy editor" with the keyboard only: the core's errors at the field with names as
// code (no raw backticks), what was typed quoted back, presets, the JSON view and its copy,
// and the paste box — an Exchange policy, a list of several to pick from, an empty paste,
// text that is not JSON — each with a clear message in the page's language.
import assert from "node:assert/strict";
import { join } from "node:path";
import { checkpoint, press, requireDev, tabTo, typeInto } from "./browser.mjs";

/** The English journeys run in a desktop window, the French ones on a 320 × 640 phone. */
const PHONE = { en: {}, fr: { width: 320, height: 640 } };

const SAYS = {
  en: {
    valid: "The policy is valid.", refusedMin: /^The policy is refused: minLength must be 0 \(no PIN required\) or between 4 and 24; got 3$/,
    typed6e: /minLength must be a whole number; got "6e"/, empty: /Enter a value: 0 \(no PIN required\) or between 4 and 24/,
    copied: "Copied.", loaded: /^Loaded/, several: /holds 2 policies/, pickedB: /Loaded “Sales”/, refusedOne: /^Policy 1 cannot be loaded: MinPINLength/,
    emptyPaste: /The box is empty/, notJson: /not JSON \(line 1, column 2\)/, cutOff: /ends too early/, unknown: /^unknown policy field MinPINLenght \(did you mean MinPINLength\?\)$/,
  },
  fr: {
    valid: "La stratégie est valide.", refusedMin: /^La stratégie est refusée : minLength doit être 0 \(aucun code PIN exigé\) ou entre 4 et 24 ; reçu 3$/,
    typed6e: /minLength doit être un nombre entier ; reçu "6e"/, empty: /Saisissez une valeur : 0 \(aucun code PIN exigé\) ou entre 4 et 24/,
    copied: "Copié.", loaded: /^Chargée/, several: /contient 2 stratégies/, pickedB: /« Sales » est chargée/, refusedOne: /^La stratégie 1 ne peut pas être chargée : MinPINLength/,
    emptyPaste: /La zone est vide/, notJson: /n’est pas du JSON \(ligne 1, colonne 2\)/, cutOff: /s’arrête trop tôt/, unknown: /^champ de stratégie inconnu MinPINLenght \(vouliez-vous dire MinPINLength \?\)$/,
  },
};

/**
 * The text of `selector` once it matches `expected` (the editor renders after the event;
 * gives up after 5 s and returns what it holds), which must hold no raw backtick.
 */
async function said(page, selector, expected = /./) {
  let text = "";
  for (const deadline = Date.now() + 5000; Date.now() < deadline; await page.waitForTimeout(50)) {
    text = (await page.locator(selector).first().textContent({ timeout: 5000 })) ?? "";
    if (typeof expected === "string" ? text === expected : expected.test(text)) break;
  }
  assert.ok(!text.includes("`"), `${selector} shows raw backticks: ${text}`);
  return text;
}

async function paste(page, text) {
  await typeInto(page, "#paste", "");
  if (text) await page.keyboard.insertText(text);
  await press(page, "#load-paste");
}

export async function editor(run, language) {
  const says = SAYS[language];
  const page = await run.tab({ language, admin: false, ...PHONE[language] });
  await page.goto(`${run.base}/editor.html`);
  await page.locator("#policy-minLength").waitFor();
  await page.context().grantPermissions(["clipboard-read", "clipboard-write"], { origin: run.base });
  await checkpoint(page, `Policy editor (${language})`);
  assert.equal(await said(page, "#policy-status", says.valid), says.valid);

  await typeInto(page, "#policy-minLength", "3");
  await page.locator('#policy-minLength[aria-invalid="true"]').waitFor();
  assert.equal(await page.getAttribute("#policy-minLength", "aria-describedby"), "policy-minLength-help policy-minLength-error");
  assert.match(await said(page, "#policy-status", says.refusedMin), says.refusedMin);
  assert.equal(await page.locator("#policy-minLength-error code").first().textContent(), "minLength", "the name is set as code");
  assert.equal(await page.isVisible("#policy-json-missing"), true, "no JSON while refused");
  await checkpoint(page, `Policy editor showing an error (${language})`);
  await typeInto(page, "#policy-minLength", "6e");
  assert.match(await said(page, "#policy-minLength-error", says.typed6e), says.typed6e, "what was typed is quoted back");
  await typeInto(page, "#policy-minLength", "");
  assert.match(await said(page, "#policy-minLength-error", says.empty), says.empty);
  await typeInto(page, "#policy-minLength", "8");
  await page.locator('#policy-minLength[aria-invalid="false"]').waitFor();
  await press(page, "#preset-strict");
  assert.equal(await page.textContent("#preset-strict"), language === "en" ? "Strict" : "Stricte");
  // Back to the bar: each check strict turns on has options of its own to tab through.
  await tabTo(page, "#preset-exchange", { back: true });
  await press(page, "#preset-exchange");
  await page.waitForFunction(() => document.getElementById("policy-minLength").value === "6");
  await typeInto(page, "#policy-minLength", "8");
  assert.equal(await said(page, "#policy-status", says.valid), says.valid);
  const shown = JSON.parse(await page.textContent("#policy-json"));
  assert.equal(shown.minLength, 8);
  await press(page, "#copy-json");
  await page.locator("#copy-status", { hasText: says.copied }).waitFor();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  const { parsePolicy } = requireDev("pinwarden");
  assert.deepEqual(parsePolicy(JSON.parse(copied)), shown, "the copied JSON is the policy, for the npm package too");

  const exchange = { Identity: "Contoso Default Policy", MinPINLength: 4, PINLifetime: "30.00:00:00", LogonFailuresBeforePINReset: { IsUnlimited: true, Value: null }, MaxLogonAttempts: "10", AllowCommonPatterns: false, PINHistoryCount: 3 };
  await paste(page, JSON.stringify(exchange, null, 2));
  assert.match(await said(page, "#paste-result", says.loaded), says.loaded);
  assert.equal(await page.inputValue("#policy-minLength"), "4");
  assert.equal(await page.inputValue("#policy-lifetimeDays"), "30");
  assert.equal(await page.isChecked("#policy-unlimited-resets"), true);

  // What Get-UMMailboxPolicy | ConvertTo-Json prints for two policies: pick one.
  await paste(page, JSON.stringify([{ ...exchange, Identity: "Broken", MinPINLength: 3 }, { ...exchange, Identity: "Sales", MinPINLength: 7 }], null, 2));
  assert.match(await said(page, "#paste-result", says.several), says.several);
  assert.equal(await page.inputValue("#policy-minLength"), "4", "nothing loaded before the choice");
  await press(page, "#paste-pick-0");
  assert.match(await said(page, "#paste-pick-error", says.refusedOne), says.refusedOne);
  await checkpoint(page, `Policy editor, a list to pick from (${language})`);
  await press(page, "#paste-pick-1");
  assert.match(await said(page, "#paste-result", says.pickedB), says.pickedB);
  assert.equal(await page.inputValue("#policy-minLength"), "7");

  for (const [text, expected] of [["", says.emptyPaste], ["{MinPINLength: 4}", says.notJson], ['{"MinPINLength": 4', says.cutOff], ['{"MinPINLenght": 4}', says.unknown]]) {
    await paste(page, text);
    assert.match(await said(page, "#paste-result", expected), expected, JSON.stringify(text));
    assert.equal(await page.getAttribute("#paste", "aria-invalid"), "true");
    assert.equal(await page.inputValue("#policy-minLength"), "7", "a refused paste changes nothing");
  }
  await checkpoint(page, `Policy editor, a refused paste (${language})`);

  // A check's max and severity and the minimum age: pasted, shown in the fields, given back
  // by the JSON view; then edited with the keyboard.
  const webex = { extraChecks: [{ check: "sequenceRun", max: 4, severity: "warn" }], minAgeDays: 1 };
  await paste(page, JSON.stringify(webex));
  assert.match(await said(page, "#paste-result", says.loaded), says.loaded);
  assert.equal(await page.inputValue("#policy-minAgeDays"), "1");
  assert.equal(await page.inputValue("#policy-expiryWarningDays"), "0");
  assert.equal(await page.isChecked("#check-sequenceRun"), true);
  assert.equal(await page.inputValue("#check-sequenceRun-max"), "4");
  assert.equal(await page.inputValue("#check-sequenceRun-severity"), "warn");
  assert.equal(await page.locator("#check-date-max").count(), 0, "no max for a check that is off");
  const json = JSON.parse(await page.textContent("#policy-json"));
  assert.deepEqual(json.extraChecks, webex.extraChecks, "the JSON view gives the pasted entry back");
  assert.equal(json.minAgeDays, 1);
  assert.match(await page.textContent("#check-sequenceRun-max-help"), /2–10/);
  await checkpoint(page, `Policy editor, a check's options (${language})`);
  await tabTo(page, "#check-sequenceRun-max", { back: true });
  await typeInto(page, "#check-sequenceRun-max", "11");
  await page.locator('#check-sequenceRun-max[aria-invalid="true"]').waitFor();
  assert.match(await said(page, "#policy-status", /extraChecks/), /extraChecks/);
  await typeInto(page, "#check-sequenceRun-max", "5");
  assert.equal(await said(page, "#policy-status", says.valid), says.valid);
  await tabTo(page, "#check-sequenceRun-severity");
  await page.keyboard.press("r");
  await page.waitForFunction(() => !document.getElementById("policy-json")?.textContent.includes("severity"));
  assert.deepEqual(JSON.parse(await page.textContent("#policy-json")).extraChecks, [{ check: "sequenceRun", max: 5 }]);
  await page.screenshot({ path: join(run.shots, `editor-${language}.png`), fullPage: true });
  await page.context().close();
}
