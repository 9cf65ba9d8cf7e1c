// The rules of Cisco Unity Connection and Webex Calling on the demo pages, through the real
// server, with the keyboard only, in English and in French: the administrator gives the
// person's names and a PIN spelling one is refused by the server (`nameOnKeypad`); a second
// change within `minAgeDays` is refused as too soon, with the date in the page's language;
// a logon near expiry says in how many days the PIN expires (plural right).
import assert from "node:assert/strict";
import { join } from "node:path";
import { checkpoint, press, typeInto } from "./browser.mjs";

/** The English journey runs in a desktop window, the French one on a 320 × 640 phone. */
const PHONE = { en: {}, fr: { width: 320, height: 640 } };

const NEW_PIN = /^#(pin|newpin) (#input|input)$/;

const SAYS = {
  en: {
    name: /The server refused the new PIN: Don’t spell your name on the keypad\./,
    changed: /^Your PIN was changed/,
    tooSoon: /^The PIN was changed too recently: a new change is allowed from \d{1,2} (January|February|March|April|May|June|July|August|September|October|November|December) \d{4}/,
    expires: (n) => new RegExp(`^Logged on\\. The PIN expires in ${n} days?\\.$`),
    one: /in 1 day\./,
    advice: /^Your PIN was changed\. Use it at your next logon\. Advice: Don’t type the same digit more than 2 times in a row\.$/,
  },
  fr: {
    name: /Le serveur a refusé le nouveau code PIN\s: N’épelez pas votre nom sur le clavier\./,
    changed: /^Votre code PIN a été changé/,
    tooSoon: /^Le code PIN a été changé trop récemment\s: un nouveau changement est permis à partir du \d{1,2} (janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre) \d{4}/,
    expires: (n) => new RegExp(`^Connecté\\. Le code PIN expire dans ${n} jours?\\.$`),
    one: /dans 1 jour\./,
    advice: /^Votre code PIN a été changé\. Utilisez-le à votre prochaine connexion\. Conseil\s: Ne tapez pas le même chiffre plus de 2 fois de suite\.$/,
  },
};

export async function rules(run, language) {
  const says = SAYS[language];
  await run.api("PUT", "/api/demo/clock", { offsetDays: 0 });
  const policy = await run.api("PUT", "/api/policy", { minAgeDays: 2, lifetimeDays: 10, expiryWarningDays: 3, extraChecks: ["nameOnKeypad"] });
  assert.equal(policy.status, 200, JSON.stringify(policy.body));
  const page = await run.tab({ language, ...PHONE[language] });
  try {
    // The administrator gives the person's names with the account.
    const name = `amos-${language}-${run.id}`;
    await typeInto(page, "#create-name", name);
    await typeInto(page, "#create-names", "Amos Marble");
    await press(page, "#create-submit");
    const shown = page.locator("#created .pin");
    await shown.waitFor();
    const first = await shown.textContent();
    run.pins.add(first);

    // MARBLE on a keypad is 627253: the page cannot know the names, the server refuses it.
    await page.goto(`${run.base}/index.html`);
    await page.locator("pin-field input").waitFor();
    await typeInto(page, "#name", name);
    await typeInto(page, "#current", first);
    await typeInto(page, NEW_PIN, "627253");
    run.pins.add("627253");
    await press(page, "#save");
    await page.locator("#result.error", { hasText: says.name }).waitFor();
    await typeInto(page, NEW_PIN, "480137");
    run.pins.add("480137");
    await press(page, "#save");
    await page.locator("#result.ok", { hasText: says.changed }).waitFor();

    // A second change the same day: too soon, until a date in the page's language.
    await typeInto(page, "#current", "480137");
    await typeInto(page, NEW_PIN, "592640");
    run.pins.add("592640");
    await press(page, "#save");
    await page.locator("#result.error", { hasText: says.tooSoon }).waitFor();
    const status = await run.api("GET", `/api/users/${name}`);
    assert.equal(status.body.failures, 0, "too soon is not a failed logon");
    await checkpoint(page, `Choose your PIN, too soon (${language})`);
    await page.screenshot({ path: join(run.shots, `too-soon-${language}.png`), fullPage: true });

    // Eight then nine days on: the logon says in how many days the PIN expires.
    await page.goto(`${run.base}/logon.html`);
    await page.locator("#newpin input").waitFor();
    await typeInto(page, "#name", name);
    for (const [offset, left] of [[8, 2], [9, 1]]) {
      await run.api("PUT", "/api/demo/clock", { offsetDays: offset });
      await typeInto(page, "#attempt", "480137");
      await press(page, "#logon-submit");
      await page.locator("#logon:not([aria-busy])").waitFor();
      await page.locator("#outcome.ok", { hasText: says.expires(left) }).waitFor();
    }
    assert.match(await page.textContent("#outcome"), says.one, "singular");
    await checkpoint(page, `Logon simulator, expiry warning (${language})`);

    // A check of severity warn: the server accepts the PIN, the page passes its advice on.
    await run.api("PUT", "/api/demo/clock", { offsetDays: 0 });
    await run.api("PUT", "/api/policy", { extraChecks: [{ check: "repeatRun", severity: "warn" }] });
    const created = await run.api("POST", "/api/users", { name: `warned-${language}-${run.id}` });
    run.pins.add(created.body.pin);
    await page.goto(`${run.base}/index.html`);
    await page.locator("pin-field input").waitFor();
    await typeInto(page, "#name", created.body.name);
    await typeInto(page, "#current", created.body.pin);
    await typeInto(page, NEW_PIN, "400097");
    run.pins.add("400097");
    await press(page, "#save");
    await page.locator("#result.ok", { hasText: says.advice }).waitFor();
    await checkpoint(page, `Choose your PIN, accepted with advice (${language})`);
  } finally {
    await page.context().close();
    await run.api("PUT", "/api/policy", "exchange");
    await run.api("PUT", "/api/demo/clock", { offsetDays: 0 });
  }
}
