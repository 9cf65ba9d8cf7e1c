// Says whether this tab holds the administrator's token, in the page's language.
import { adminToken } from "./api.js";
import { say } from "./i18n.js";

const HELD = { en: "Administrator token: held by this tab (from the address the server printed at start).", fr: "Jeton d’administrateur : conservé par cet onglet (depuis l’adresse affichée par le serveur au démarrage)." };
const MISSING = { en: "No administrator token: open the administrator address the server printed at start (…/reset.html#token=…), or paste the token on the Administrator page.", fr: "Aucun jeton d’administrateur : ouvrez l’adresse d’administration affichée par le serveur au démarrage (…/reset.html#token=…), ou collez le jeton sur la page Administration." };

let render = null;

/**
 * Keeps `element` saying whether the token is held; returns the function that says it
 * again (after the token changed). demo.js calls it before the first paint, so that the
 * line's height is settled before anything is shown; the page's script gets the same one.
 */
export function showTokenState(element) {
  if (render) return render;
  render = () => {
    const held = adminToken() !== "";
    element.textContent = say(held ? HELD : MISSING);
    element.className = `status ${held ? "ok" : "error"}`;
  };
  render();
  document.addEventListener("demo-language", render);
  return render;
}
