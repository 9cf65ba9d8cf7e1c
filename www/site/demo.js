// What every page of the demo shares, run before the first paint (`blocking="render"`):
// the page's language (the visitor's last choice), the current page in the navigation,
// the language switch, and the show/hide buttons of masked PIN inputs. Every PIN rule is
// the <pin-field> element's or the server's.
import { language, say, storedLanguage, storeLanguage, translate } from "./i18n.js";
import { showTokenState } from "./token.js";

const SHOW = { en: "Show PIN", fr: "Afficher le code PIN" };
const HIDE = { en: "Hide PIN", fr: "Masquer le code PIN" };

/** Says the page in `lang`: static words, the elements' `lang`, then the pages' own text. */
function apply(lang) {
  document.documentElement.lang = lang;
  translate(document, lang);
  for (const field of document.querySelectorAll("pin-field")) field.setAttribute("lang", lang);
  const switcher = document.getElementById("language");
  switcher.lang = lang === "fr" ? "en" : "fr";
  for (const button of document.querySelectorAll("button[data-reveal]")) labelReveal(button);
  document.dispatchEvent(new CustomEvent("demo-language", { detail: lang }));
}

/** A show/hide button says what it will do next. */
function labelReveal(button) {
  const input = document.getElementById(button.dataset.reveal);
  button.textContent = say(input.type === "password" ? SHOW : HIDE);
}

const here = location.pathname.split("/").pop() || "index.html";
for (const link of document.querySelectorAll(".site-header a")) {
  if (link.getAttribute("href") === here) link.setAttribute("aria-current", "page");
}

document.getElementById("language").addEventListener("click", () => {
  const next = language() === "en" ? "fr" : "en";
  storeLanguage(next);
  apply(next);
});

for (const button of document.querySelectorAll("button[data-reveal]")) {
  const input = document.getElementById(button.dataset.reveal);
  button.setAttribute("aria-controls", input.id);
  button.addEventListener("click", () => {
    input.type = input.type === "password" ? "text" : "password";
    labelReveal(button);
  });
}

apply(storedLanguage());
// The administrator pages say whether the token is held, before the first paint too.
const tokenState = document.getElementById("token-state");
if (tokenState) showTokenState(tokenState);
