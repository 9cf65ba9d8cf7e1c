// The journeys of every page, through the real server, with the keyboard only, in English
// and in French: the administrator's calls, choosing a PIN, the logon simulator, the plain
// form and the policy editor.
import assert from "node:assert/strict";
import { join } from "node:path";
import { checkpoint, press, tabTo, typeInto } from "./browser.mjs";

/** What the pages say, in each language (only what the journeys look for). */
/** The English journeys run in a desktop window, the French ones on a 320 × 640 phone. */
const PHONE = { en: {}, fr: { width: 320, height: 640 } };

const SAYS = {
  en: {
    gone: /hidden for good/, wrongPin: /Wrong PIN\./, left: (n) => new RegExp(`\\b${n} attempts? left before lockout`),
    oneLeft: /\b1 attempt left before lockout/, autoReset: /the PIN was reset/, locked: /now locked/, lockedOut: /^Locked out/,
    firstTime: /must be changed now: it was set by a reset/, expired: /must be changed now: the PIN expired/, loggedOn: /^Logged on\./,
    changed: /^PIN changed\./, yourPinChanged: /^Your PIN was changed/, digitsOnly: /digits 0–9 only/, typePin: /^Type the PIN\./,
    notYet: /does not meet the policy yet/, wrongCurrent: /current PIN is wrong/, recycled: /recent PINs/, unlocked: /^Unlocked/,
    sent: /^Sent: the server accepted/, exists: /./, enterName: /Enter the account’s name/, no: "no",
  },
  fr: {
    gone: /masqué pour de bon/, wrongPin: /Code PIN erroné\./, left: (n) => new RegExp(`\\b${n} essais? avant le verrouillage`),
    oneLeft: /\b1 essai avant le verrouillage/, autoReset: /le code PIN a été réinitialisé/, locked: /maintenant verrouillé/, lockedOut: /^Verrouillé/,
    firstTime: /doit être changé maintenant\s: il a été fixé par une réinitialisation/, expired: /doit être changé maintenant\s: le code PIN a expiré/, loggedOn: /^Connecté\./,
    changed: /^Code PIN changé\./, yourPinChanged: /^Votre code PIN a été changé/, digitsOnly: /chiffres de 0 à 9/, typePin: /^Saisissez le code PIN\./,
    notYet: /ne respecte pas encore la stratégie/, wrongCurrent: /code PIN actuel est erroné/, recycled: /codes PIN récents/, unlocked: /^Déverrouillé/,
    sent: /^Envoyé\s: le serveur a accepté/, exists: /./, enterName: /Saisissez le nom du compte/, no: "non",
  },
};

const NEW_PIN = /^#(pin|newpin) (#input|input)$/;

/** How many times `pin` appears in the page's text and fields, shadow roots included. */
const occurrences = (page, pin) =>
  page.evaluate((pin) => {
    const texts = [];
    const walk = (root) => {
      for (const element of root.querySelectorAll("*")) {
        if (element.shadowRoot) walk(element.shadowRoot);
        // Not code: axe-core's injected source holds digits enough to contain any PIN.
        if (element.matches("script, style")) continue;
        for (const node of element.childNodes) if (node.nodeType === Node.TEXT_NODE) texts.push(node.textContent);
        if (element.matches("input, textarea") && element.value) texts.push(element.value);
      }
    };
    walk(document);
    return texts.join("\n").split(pin).length - 1;
  }, pin);

/** Switches the page's language with the keyboard. */
async function switchLanguage(page) {
  const before = await page.evaluate(() => document.documentElement.lang);
  await press(page, "#language");
  await page.waitForFunction((before) => document.documentElement.lang !== before, before);
}

/** Counts the requests to `path` the page makes while `action` runs. */
async function requestsTo(page, path, action) {
  let count = 0;
  const listener = (request) => new URL(request.url()).pathname === path && count++;
  page.on("request", listener);
  await action();
  await page.waitForTimeout(300);
  page.off("request", listener);
  return count;
}

/** Reads a PIN shown once, checks that a language switch neither repeats nor loses it, hides it, and checks it is gone for good. */
async function readShownOnce(run, page, container, says) {
  const output = page.locator(`#${container} .pin`);
  await output.waitFor();
  const pin = await output.textContent();
  assert.match(pin, /^\d{4,24}$/);
  run.pins.add(pin);
  const seen = await occurrences(page, pin);
  if (seen !== 1) console.error(await page.evaluate(() => document.body.innerText));
  assert.equal(seen, 1, "shown once");
  await switchLanguage(page);
  assert.equal(await occurrences(page, pin), 1, "a language switch does not show it again");
  await switchLanguage(page);
  await press(page, `#${container}-hide`);
  await page.locator(`#${container}`, { hasText: says.gone }).waitFor();
  assert.equal(await occurrences(page, pin), 0, "hidden for good");
  await switchLanguage(page);
  await switchLanguage(page);
  assert.equal(await occurrences(page, pin), 0, "not shown again after a language switch");
  return pin;
}

/** "Administrator": create an account, reset its PIN, unlock; refusals at the fields. */
async function administrator(run, language) {
  const says = SAYS[language];
  const page = await run.tab({ language, ...PHONE[language] });
  const name = `ana-${language}-${run.id}`;
  await checkpoint(page, `Administrator (${language})`);
  const refused = await requestsTo(page, "/api/users", () => press(page, "#create-submit"));
  assert.equal(refused, 0, "an empty name is refused in the page");
  assert.match(await page.textContent("#create-name-error"), says.enterName);
  assert.equal(await page.getAttribute("#create-name", "aria-invalid"), "true");
  await checkpoint(page, `Administrator showing an error (${language})`);
  await typeInto(page, "#create-name", name);
  await typeInto(page, "#create-extensions", "36697");
  await press(page, "#create-submit");
  const first = await readShownOnce(run, page, "created", says);
  assert.match(first, /^\d{6}$/, "an Exchange PIN");
  await press(page, "#create-submit");
  await page.locator("#outcome.error").waitFor();
  await typeInto(page, "#manage-name", name);
  await press(page, "#reset");
  const reset = await readShownOnce(run, page, "reset-pin", says);
  await press(page, "#unlock");
  await page.locator("#outcome.ok").waitFor();
  if (language === "en") {
    // The server's policy, chosen with the keyboard (type-ahead in the list), shown again on the next visit.
    for (const [letter, preset] of [["t", "teams"], ["e", "exchange"]]) {
      await tabTo(page, "#policy");
      await page.keyboard.press(letter);
      await press(page, "#policy-submit");
      await page.locator("#policy-form:not([aria-busy])").waitFor();
      assert.match(await page.getAttribute("#outcome", "class"), /ok/);
      assert.equal((await run.api("GET", "/api/policy")).body.minLength, preset === "teams" ? 5 : 6);
      await page.reload();
      await page.waitForFunction((preset) => document.getElementById("policy").value === preset, preset);
    }
  }
  await page.screenshot({ path: join(run.shots, `admin-${language}.png`), fullPage: true });
  await page.context().close();
  return { name, pin: reset };
}

/** "Choose your PIN": local refusals, the server's refusal at the field, a change. */
async function choose(run, language, account) {
  const says = SAYS[language];
  const page = await run.tab({ language, ...PHONE[language] });
  await page.goto(`${run.base}/index.html`);
  await page.locator("pin-field input").waitFor();
  await typeInto(page, "#name", account.name);
  await typeInto(page, "#current", "12ab");
  await typeInto(page, NEW_PIN, "480137");
  run.pins.add("480137");
  assert.equal(await requestsTo(page, "/api/pin", () => press(page, "#save")), 0, "letters in the current PIN: nothing sent");
  assert.match(await page.textContent("#current-error"), says.digitsOnly);
  await typeInto(page, "#current", account.pin);
  await typeInto(page, NEW_PIN, "123456");
  assert.equal(await requestsTo(page, "/api/pin", () => press(page, "#save")), 0, "a PIN the field refuses is not sent");
  assert.match(await page.textContent("#result"), says.notYet);
  await checkpoint(page, `Choose your PIN showing an error (${language})`);
  await typeInto(page, "#current", "000000");
  await typeInto(page, NEW_PIN, "480137");
  await press(page, "#save");
  await page.locator("#current-error", { hasText: says.wrongCurrent }).waitFor();
  await typeInto(page, "#current", account.pin);
  await typeInto(page, NEW_PIN, "480137");
  await press(page, "#save");
  await page.locator("#result.ok", { hasText: says.yourPinChanged }).waitFor();
  // The same PIN again: the page cannot know it is in the history; the server refuses it.
  await typeInto(page, "#current", "480137");
  await typeInto(page, NEW_PIN, "480137");
  await press(page, "#save");
  await page.locator("#result.error", { hasText: says.recycled }).waitFor();
  const atField = await page.evaluate(() => {
    const field = document.getElementById("pin");
    return typeof field.setCustomValidity === "function" ? field.validationMessage : null;
  });
  if (atField !== null) assert.match(atField, says.recycled, "the server's refusal is at the field");
  await checkpoint(page, `Choose your PIN showing the server's refusal (${language})`);
  await page.screenshot({ path: join(run.shots, `choose-${language}.png`), fullPage: true });
  await page.context().close();
  return { name: account.name, pin: "480137" };
}

/** "Logon simulator": automatic reset, must-change, expiry, lockout, unlock, reset. */
async function logon(run, language) {
  const says = SAYS[language];
  const page = await run.tab({ language, ...PHONE[language] });
  await run.api("PUT", "/api/demo/clock", { offsetDays: 0 });
  await page.goto(`${run.base}/logon.html`);
  await page.locator("#newpin input").waitFor();
  await page.locator("#token-state.ok").waitFor();
  const outcome = () => page.textContent("#outcome");
  const attempt = async (pin) => {
    await typeInto(page, "#attempt", pin);
    await press(page, "#logon-submit");
    await page.locator("#logon:not([aria-busy])").waitFor();
    return outcome();
  };
  await typeInto(page, "#name", `demo-${language}-${run.id}`);
  await press(page, "#account-submit");
  await readShownOnce(run, page, "first-pin", says);

  for (const [typed, message] of [["", says.typePin], ["12ab", says.digitsOnly]]) {
    const sent = await requestsTo(page, "/api/logon", async () => {
      await typeInto(page, "#attempt", typed);
      await press(page, "#logon-submit");
    });
    assert.equal(sent, 0, `${JSON.stringify(typed)} is refused in the page`);
    assert.match(await page.textContent("#attempt-error"), message);
    assert.equal(await page.getAttribute("#attempt", "aria-invalid"), "true");
  }
  await checkpoint(page, `Logon simulator showing an error (${language})`);
  assert.equal(await page.getAttribute("#attempt", "type"), "password", "the attempt is masked");
  // Masked, with a show/hide button that says what it will do.
  await tabTo(page, "#attempt");
  await page.keyboard.press("Tab");
  await page.keyboard.press("Enter");
  assert.equal(await page.getAttribute("#attempt", "type"), "text", "shown with the keyboard");
  assert.match(await page.textContent("button[data-reveal=attempt]"), language === "en" ? /^Hide PIN$/ : /^Masquer le code PIN$/);
  await page.keyboard.press("Enter");
  assert.equal(await page.getAttribute("#attempt", "type"), "password");
  for (let failure = 1; failure <= 4; failure++) {
    const said = await attempt("000000");
    assert.match(said, says.wrongPin);
    assert.match(said, says.left(15 - failure));
  }
  assert.match(await attempt("000000"), says.autoReset);
  const sent = await page.locator("#outbox li code").last().textContent();
  run.pins.add(sent);
  assert.match(await attempt(sent), says.firstTime);
  await typeInto(page, "#change-current", sent);
  await typeInto(page, NEW_PIN, "480137");
  await press(page, "#change-submit");
  await page.locator("#outcome.ok", { hasText: says.changed }).waitFor();
  for (const days of [30, 60]) {
    await press(page, "#advance");
    await page.waitForFunction((days) => document.getElementById("offset").dataset.days === String(days), days);
  }
  assert.match(await attempt("480137"), says.expired);
  for (let failure = 1; failure <= 13; failure++) await attempt("000000");
  const oneLeft = await attempt("000000");
  assert.match(oneLeft, says.oneLeft, "singular");
  assert.ok(!/\b1 (attempts|essais)\b/.test(oneLeft), oneLeft);
  assert.match(await attempt("000000"), says.locked);
  assert.match(await attempt("480137"), says.lockedOut);
  await press(page, "#unlock");
  await page.locator("#outcome", { hasText: says.unlocked }).waitFor();
  await page.waitForFunction((no) => document.querySelector("#status dd")?.textContent === no, says.no);
  await press(page, "#reset");
  await readShownOnce(run, page, "reset-pin", says);
  await checkpoint(page, `Logon simulator (${language})`);
  await page.screenshot({ path: join(run.shots, `logon-${language}.png`), fullPage: true });
  await page.context().close();
  await run.api("PUT", "/api/demo/clock", { offsetDays: 0 });
}

/** "Plain HTML form": an old `?pin=` address shows nothing; the browser refuses a bad PIN; a good one is POSTed. */
async function plainForm(run, language, account) {
  const says = SAYS[language];
  const page = await run.tab({ language, ...PHONE[language] });
  run.typed.add(`${run.base}/form.html?pin=1111`);
  await page.goto(`${run.base}/form.html?pin=1111`);
  await page.locator("pin-field input").waitFor();
  assert.equal((await page.textContent("#sent")).trim(), "", "nothing was sent");
  assert.ok(!page.url().includes("pin="), "the old address is cleaned up");
  await typeInto(page, "#form-name", account.name);
  await typeInto(page, "#form-current", account.pin);
  await typeInto(page, /^pin-field (#input|input)$/, "123456");
  assert.equal(await requestsTo(page, "/api/pin", () => press(page, "#form-submit")), 0, "the browser refuses 123456");
  const next = language === "en" ? "582914" : "692803";
  run.pins.add(next);
  await typeInto(page, /^pin-field (#input|input)$/, next);
  await press(page, "#form-submit");
  await page.locator("#sent.ok", { hasText: says.sent }).waitFor();
  await checkpoint(page, `Plain HTML form after sending (${language})`);
  await page.screenshot({ path: join(run.shots, `form-${language}.png`), fullPage: true });
  await page.context().close();
}

export async function journeys(run) {
  for (const language of ["en", "fr"]) {
    const account = await administrator(run, language);
    const changed = await choose(run, language, account);
    await logon(run, language);
    await plainForm(run, language, changed);
  }
  const { editor } = await import("./editor-journey.mjs");
  for (const language of ["en", "fr"]) await editor(run, language);
  const { rules } = await import("./rules-journey.mjs");
  for (const language of ["en", "fr"]) await rules(run, language);
}
