// The demo pages' own behaviour: the language switch, the policy and extension controls,
// and what the form page shows after a submit. Every PIN rule is the element's.
const params = new URLSearchParams(location.search);

/** Every page of the demo, in the order of the navigation. */
const PAGES = [
  ["index.html", "Choose your PIN", "Choisir son code PIN"],
  ["editor.html", "Policy editor", "Éditeur de stratégie"],
  ["reset.html", "Administrator reset", "Réinitialisation par l’administrateur"],
  ["logon.html", "Logon simulator", "Simulateur de connexion"],
  ["form.html", "Plain HTML form", "Formulaire HTML simple"],
];

/** The header every page shares: the name, the pages, the language switch. */
function header() {
  const current = location.pathname.split("/").pop() || "index.html";
  const brand = document.createElement("p");
  brand.className = "brand";
  brand.textContent = "pinwarden";
  const nav = document.createElement("nav");
  nav.setAttribute("aria-label", "Pages");
  for (const [href, en, fr] of PAGES) {
    const link = document.createElement("a");
    link.href = href;
    Object.assign(link.dataset, { en, fr });
    if (href === current) link.setAttribute("aria-current", "page");
    nav.append(link);
  }
  const language = document.createElement("button");
  language.id = "language";
  language.type = "button";
  Object.assign(language.dataset, { en: "Français", fr: "English" });
  document.getElementById("site-header").replaceChildren(brand, nav, language);
}
header();
let language = localStorage.getItem("pinwarden-demo-lang") === "fr" ? "fr" : "en";

function apply() {
  document.documentElement.lang = language;
  for (const element of document.querySelectorAll("[data-en]")) {
    element.textContent = element.dataset[language];
  }
  for (const field of document.querySelectorAll("pin-field")) field.setAttribute("lang", language);
  // Pages with text of their own say it again in the new language.
  document.dispatchEvent(new CustomEvent("demo-language", { detail: language }));
  const sent = document.getElementById("sent");
  if (sent && params.has("pin")) {
    sent.textContent = language === "fr" ? "Le formulaire a été envoyé : le code PIN respecte la stratégie." : "The form was sent: the PIN meets the policy.";
  }
}

document.getElementById("language").addEventListener("click", () => {
  language = language === "en" ? "fr" : "en";
  localStorage.setItem("pinwarden-demo-lang", language);
  apply();
});

const field = document.getElementById("pin");
document.getElementById("preset")?.addEventListener("change", (event) => field.setAttribute("policy", event.target.value));
document.getElementById("extension")?.addEventListener("input", (event) => field.setAttribute("extensions", event.target.value));
document.getElementById("settings")?.addEventListener("submit", (event) => event.preventDefault());

apply();
