// The demo pages' own behaviour: the language switch, the policy and extension controls,
// and what the form page shows after a submit. Every PIN rule is the element's.
const params = new URLSearchParams(location.search);
let language = localStorage.getItem("pinwarden-demo-lang") === "fr" ? "fr" : "en";

function apply() {
  document.documentElement.lang = language;
  for (const element of document.querySelectorAll("[data-en]")) {
    element.textContent = element.dataset[language];
  }
  for (const field of document.querySelectorAll("pin-field")) field.setAttribute("lang", language);
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
