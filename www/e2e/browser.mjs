// What the demo's browser tests share: Playwright and axe-core from the one JavaScript
// test workspace (npm/, the project's one lock file, through npm/scripts/serve.mjs with
// Chromium kept off the network), and the checks run on every page: keyboard-only moves,
// axe, reflow at 320 px, French-only text and layout shift.
import assert from "node:assert/strict";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { requireDev, watchErrors as watchPageErrors } from "../../npm/scripts/serve.mjs";

/** The repository's root. */
export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..");
export { CHROMIUM, chromium, requireDev } from "../../npm/scripts/serve.mjs";
const AXE = requireDev.resolve("axe-core/axe.min.js");

/**
 * Pushes the page's uncaught errors and console errors into `errors`. A 4xx answer of the
 * API is an answer the page shows (a wrong PIN is 401), not an error: Chromium's
 * "Failed to load resource" line for it is left out; any other, a missing file included,
 * counts.
 */
export function watchErrors(page, errors) {
  const apiRefusal = (message) => {
    const at = message.location()?.url ?? "";
    return /status of 4\d\d/.test(message.text()) && new URL(at || "http://x/").pathname.startsWith("/api/");
  };
  return watchPageErrors(page, errors, { expected: apiRefusal });
}

/** Where screenshots go. */
export const SHOTS = join(ROOT, "target", "screenshots");

/** The deepest focused element's description: `#id` or `tag`, through shadow roots. */
export async function focused(page) {
  return page.evaluate(() => {
    let element = document.activeElement;
    while (element?.shadowRoot?.activeElement) element = element.shadowRoot.activeElement;
    if (!element) return "";
    const host = element.getRootNode().host;
    const self = element.id ? `#${element.id}` : element.tagName.toLowerCase();
    return host ? `${host.id ? `#${host.id}` : host.tagName.toLowerCase()} ${self}` : self;
  });
}

/**
 * Presses Tab (or Shift+Tab) until the focused element's description matches `target`
 * (a string, compared exactly, or a RegExp); fails after `limit` presses.
 */
export async function tabTo(page, target, { limit = 40, back = false } = {}) {
  const matches = (where) => (typeof target === "string" ? where === target : target.test(where));
  for (let press = 0; press <= limit; press++) {
    const where = await focused(page);
    if (matches(where)) return;
    await page.keyboard.press(back ? "Shift+Tab" : "Tab");
  }
  assert.fail(`Tab never reached ${target} (last: ${await focused(page)})`);
}

/** Moves to `target` with Tab, selects what it holds and types `text`. */
export async function typeInto(page, target, text) {
  await tabTo(page, target);
  await page.keyboard.press("ControlOrMeta+a");
  await page.keyboard.press("Delete");
  if (text) await page.keyboard.type(text);
}

/** Moves to `target` with Tab and presses Enter. */
export async function press(page, target) {
  await tabTo(page, target);
  await page.keyboard.press("Enter");
}

/** axe-core finds nothing on the page. */
export async function axe(page, label) {
  if (!(await page.evaluate(() => Boolean(window.axe)))) await page.addScriptTag({ path: AXE });
  const result = await page.evaluate(() => window.axe.run(document));
  const violations = result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
  assert.deepEqual(violations, [], `axe on ${label}`);
}

/**
 * What every state a journey reaches must be: axe-clean, no wider than the window, and —
 * on a French page — French only.
 */
export async function checkpoint(page, label) {
  await axe(page, label);
  await assertReflows(page, label);
  if ((await page.evaluate(() => document.documentElement.lang)) === "fr") await assertFrenchOnly(page, label);
}

/** No horizontal scrolling (WCAG 1.4.10): the page is no wider than the window. */
export async function assertReflows(page, label) {
  const { scrollWidth, innerWidth } = await page.evaluate(() => ({ scrollWidth: document.scrollingElement.scrollWidth, innerWidth }));
  if (scrollWidth <= innerWidth) return;
  const culprits = await page.evaluate(() => {
    const all = [];
    const walk = (root) => {
      for (const element of root.querySelectorAll("*")) {
        all.push(element);
        if (element.shadowRoot) walk(element.shadowRoot);
      }
    };
    walk(document.body);
    const texts = [];
    for (const element of all) {
      for (const node of element.childNodes) {
        if (node.nodeType !== Node.TEXT_NODE) continue;
        const range = document.createRange();
        range.selectNodeContents(node);
        const right = Math.max(0, ...[...range.getClientRects()].map((rect) => rect.right));
        if (right > innerWidth) texts.push(`text “${node.textContent.slice(0, 30)}” in ${element.localName}: ${Math.round(right)}`);
      }
    }
    return texts.concat(all
      .filter((element) => element.getBoundingClientRect().right > innerWidth)
      .slice(-5)
      .map((element) => `${element.localName}${element.id ? `#${element.id}` : ""}.${element.className}: ${Math.round(element.getBoundingClientRect().right)}`));
  });
  assert.fail(`${label}: ${scrollWidth} px wide in a ${innerWidth} px window (${culprits.join("; ")})`);
}

/**
 * Every string a person sees or hears on the page, shadow roots included: text nodes of
 * rendered elements, `aria-label`, `title`, `placeholder`, `alt`, and the tab title. Code
 * (`<code>`, `<pre>`), names (`translate="no"`) and text marked as another language are
 * left out.
 */
export async function uiText(page) {
  return page.evaluate(() => {
    const found = [document.title];
    const pageLang = document.documentElement.lang;
    const skip = (element) => {
      for (let at = element; at; at = at.parentElement ?? at.getRootNode().host) {
        if (at.matches?.("code, pre, script, style, [translate=no], [hidden]")) return true;
        const lang = at.getAttribute?.("lang");
        if (lang && at !== document.documentElement && at.localName !== "pin-field" && lang !== pageLang) return true;
      }
      return false;
    };
    const walk = (root) => {
      for (const element of root.querySelectorAll("*")) {
        if (skip(element)) continue;
        for (const name of ["aria-label", "title", "placeholder", "alt"]) {
          const value = element.getAttribute(name);
          if (value) found.push(value);
        }
        if (element.shadowRoot) walk(element.shadowRoot);
        const style = getComputedStyle(element);
        if (style.display === "none" || style.visibility === "hidden") continue;
        for (const node of element.childNodes) {
          if (node.nodeType === Node.TEXT_NODE && node.textContent.trim()) found.push(node.textContent.trim());
        }
      }
    };
    walk(document);
    return found;
  });
}

/** English words of the demo's UI that are no French word. */
const ENGLISH = /\b(the|and|your|you|must|with|before|after|attempts?|show|hide|log on|logged|policy|rules?|digits?|wrong|locked|unlock|create|account|save|sent|server|token|enter|type the|name|current|new|days?|never|yes|not|is|are|of|for|only|every|meets?|first|here|choose|demo pages|simulator|plain|editor|administrator|strict|expected|line|column|got)\b/i;

/** Nothing English on a French page: no English word, and no string of the English page. */
export async function assertFrenchOnly(page, label, englishStrings = []) {
  const texts = await uiText(page);
  const english = texts.filter((text) => ENGLISH.test(text));
  assert.deepEqual(english, [], `${label}: English text on the French page`);
  const same = new Set(englishStrings.filter((text) => /\p{L}{3}/u.test(text) && !/^(pinwarden|Exchange|Teams|JSON|PIN|null)$/.test(text)));
  const shared = texts.filter((text) => same.has(text));
  assert.deepEqual(shared, [], `${label}: the same text as on the English page`);
}

/**
 * The cumulative layout shift of loading `url` as a phone would (Chromium's mobile
 * emulation, 4× slower CPU, Lighthouse's slow 4G as DevTools applies it), with the visitor's language chosen
 * before the first visit. Waits until `ready` is shown and the page has settled.
 */
export async function layoutShift(browser, url, { language, ready, settle = 1500, width = 360, height = 640, jolt = false }) {
  const context = await browser.newContext({ viewport: { width, height }, deviceScaleFactor: 2, isMobile: true, hasTouch: true });
  // The meter's own check: a banner pushed in above the page once it has loaded must count.
  if (jolt) {
    await context.addInitScript(() => addEventListener("load", () => setTimeout(() => {
      const banner = document.createElement("div");
      banner.style.height = "120px";
      document.body.prepend(banner);
    }, 300)));
  }
  await context.addInitScript((lang) => {
    localStorage.setItem("pinwarden-demo-lang", lang);
    window.__cls = 0;
    window.__shifts = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        // No input is given while the page loads, yet Chromium's emulation marks shifts as
        // "after recent input" (the viewport override counts as input): all of them count.
        window.__cls += entry.value;
        window.__shifts.push({ value: entry.value, sources: (entry.sources ?? []).map((s) => s.node?.id || s.node?.className || s.node?.nodeName || "?") });
      }
    }).observe({ type: "layout-shift", buffered: true });
  }, language);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });
  await cdp.send("Network.enable");
  // Lighthouse's "slow 4G" as DevTools applies it: 562.5 ms round trips, 1.47 Mbit/s down.
  await cdp.send("Network.emulateNetworkConditions", { offline: false, latency: 562.5, downloadThroughput: (1474.56 * 1024) / 8, uploadThroughput: (675 * 1024) / 8 });
  await page.goto(url, { waitUntil: "load" });
  await page.locator(ready).first().waitFor({ timeout: 60_000 });
  await page.waitForTimeout(settle);
  const result = await page.evaluate(() => ({ cls: window.__cls, shifts: window.__shifts, lang: document.documentElement.lang }));
  await context.close();
  return result;
}
