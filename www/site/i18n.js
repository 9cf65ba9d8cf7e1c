// The demo's two languages: which one is in force, the words of the static pages, and
// plurals. Static text carries both languages on its element (`data-en` / `data-fr` for
// the text, `data-en-aria-label` / `data-fr-aria-label` … for attributes); text a page
// makes itself is a `{ en, fr }` pair (or a pair of functions) passed to `say`.

const STORAGE_KEY = "pinwarden-demo-lang";
const TRANSLATED_ATTRIBUTES = ["aria-label", "title", "placeholder"];
const PLURALS = { en: new Intl.PluralRules("en"), fr: new Intl.PluralRules("fr") };

/** The language the visitor chose last ("en" unless "fr" was chosen). */
export function storedLanguage() {
  try {
    return localStorage.getItem(STORAGE_KEY) === "fr" ? "fr" : "en";
  } catch {
    return "en";
  }
}

/** Remembers the visitor's choice. */
export function storeLanguage(language) {
  try {
    localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // Storage refused (private mode): the choice lasts for this page only.
  }
}

/** The page's language now. */
export function language() {
  return document.documentElement.lang === "fr" ? "fr" : "en";
}

/** `words` in the page's language; a function is called with `args`. */
export function say(words, ...args) {
  const chosen = words[language()];
  return typeof chosen === "function" ? chosen(...args) : chosen;
}

/**
 * `n` with the noun form its language's plural rules ask for (French counts 0 and 1 as
 * singular): `count(1, { en: ["attempt", "attempts"], fr: ["essai", "essais"] })` is
 * "1 attempt" / "1 essai".
 */
export function count(n, forms) {
  const lang = language();
  const [one, other] = forms[lang];
  return `${n.toLocaleString(lang)} ${PLURALS[lang].select(n) === "one" ? one : other}`;
}

/** A date in the page's language, e.g. "1 January 2026" / "1 janvier 2026". */
export function formatDate(value) {
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return String(value);
  return new Intl.DateTimeFormat(language() === "fr" ? "fr-FR" : "en-GB", { dateStyle: "long", timeZone: "UTC" }).format(date);
}

/** A date and time in the page's language and the visitor's time zone, e.g. "25 November 2026 at 09:12" / "25 novembre 2026 à 09:12". */
export function formatDateTime(value) {
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return String(value);
  return new Intl.DateTimeFormat(language() === "fr" ? "fr-FR" : "en-GB", { dateStyle: "long", timeStyle: "short" }).format(date);
}

/** Puts every static text of `root` into `lang`. */
export function translate(root, lang) {
  for (const element of root.querySelectorAll(`[data-${lang}]`)) {
    element.textContent = element.dataset[lang];
  }
  for (const attribute of TRANSLATED_ATTRIBUTES) {
    for (const element of root.querySelectorAll(`[data-${lang}-${attribute}]`)) {
      element.setAttribute(attribute, element.getAttribute(`data-${lang}-${attribute}`));
    }
  }
}
