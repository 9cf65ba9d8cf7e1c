// What every page must be, in both languages: axe-clean, reflowing at 320 × 640 CSS px with
// no horizontal scrolling (WCAG 1.4.10), French from the tab title to the live regions on
// a French page, and steady while it loads on a throttled phone (CLS ≤ 0.05).
import assert from "node:assert/strict";
import { join } from "node:path";
import { assertFrenchOnly, assertReflows, axe, layoutShift, uiText } from "./browser.mjs";

/** Every page, and what shows once it has loaded. */
export const PAGES = [
  ["index.html", "pin-field input"],
  ["editor.html", "#policy-minLength"],
  ["reset.html", "#token-state:not(:empty)"],
  ["logon.html", "#newpin input"],
  ["form.html", "pin-field input"],
];

/** Widths tested for reflow, in CSS px. */
export const WIDTHS = [320, 375];

/** The windows layout shift is measured in: a phone, and a desktop window (CSS px). */
const SCREENS = { phone: { width: 360, height: 640 }, desktop: { width: 1280, height: 1000 } };

/** The largest layout shift allowed while a page loads. */
const CLS_BUDGET = 0.05;

async function open(run, path, ready, options) {
  const page = await run.tab(options);
  await page.goto(`${run.base}/${path}`);
  await page.locator(ready).first().waitFor();
  await page.waitForTimeout(300);
  return page;
}

export async function pageChecks(run) {
  for (const [path, ready] of PAGES) {
    const english = await open(run, path, ready, { language: "en" });
    const englishText = await uiText(english);
    const englishTitle = await english.title();
    await axe(english, `${path} (en)`);
    await english.context().close();
    const french = await open(run, path, ready, { language: "fr" });
    assert.equal(await french.evaluate(() => document.documentElement.lang), "fr");
    assert.notEqual(await french.title(), englishTitle, `${path}: the tab title is French`);
    await assertFrenchOnly(french, path, englishText);
    await axe(french, `${path} (fr)`);
    await french.context().close();
    for (const width of WIDTHS) {
      for (const language of ["en", "fr"]) {
        const phone = await open(run, path, ready, { language, width, height: 640 });
        await assertReflows(phone, `${path} (${language}) at ${width} px`);
        if (width === 320) await phone.screenshot({ path: join(run.shots, `${path.replace(".html", "")}-${language}-320.png`), fullPage: true });
        await phone.context().close();
      }
    }
  }
}

/** CLS of every page in both languages; fails above the budget. */
export async function shiftChecks(run) {
  const control = await layoutShift(run.browser, `${run.base}/index.html`, { language: "en", ready: PAGES[0][1], jolt: true });
  assert.ok(control.cls > CLS_BUDGET, `the meter sees a banner pushing the page down (CLS ${control.cls})`);
  const measured = {};
  for (const [path, ready] of PAGES) {
    for (const [screen, size] of Object.entries(SCREENS)) {
      const row = (measured[`${path} ${screen}`] = {});
      for (const language of ["en", "fr"]) {
        const { cls, shifts, lang } = await layoutShift(run.browser, `${run.base}/${path}`, { language, ready, ...size });
        assert.equal(lang, language);
        row[language] = cls;
        assert.ok(cls <= CLS_BUDGET, `${path} (${language}, ${screen}): CLS ${cls.toFixed(4)} > ${CLS_BUDGET}: ${JSON.stringify(shifts)}`);
      }
    }
  }
  return measured;
}
