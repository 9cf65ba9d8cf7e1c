// A PIN shown once (a first PIN, an administrator reset): shown in its own box until the
// person says they have noted it, then gone for good. The PIN is written into the page
// once and kept in no variable, so nothing — a language switch included — can show it
// again.
import { say } from "./i18n.js";

const NOTED = { en: "I have noted it: hide it", fr: "Je l’ai noté : le masquer" };
const GONE = { en: "The PIN is hidden for good: it cannot be shown again.", fr: "Le code PIN est masqué pour de bon : il ne peut plus être affiché." };

/** A text element that follows the language switch. */
function words(tag, pair) {
  const element = document.createElement(tag);
  element.dataset.en = pair.en;
  element.dataset.fr = pair.fr;
  element.textContent = say(pair);
  return element;
}

/**
 * Shows `pin` in `container` (replacing what it held) under `caption` (`{ en, fr }`), with
 * a button that hides it for good. Focus moves to the box, then back to the box's place.
 */
export function showOnce(container, caption, pin) {
  const box = document.createElement("div");
  box.className = "shown-once";
  box.setAttribute("role", "group");
  box.tabIndex = -1;
  const id = `${container.id}-caption`;
  const line = document.createElement("p");
  const label = words("span", caption);
  label.id = id;
  box.setAttribute("aria-labelledby", id);
  const output = document.createElement("output");
  output.className = "pin";
  output.textContent = pin;
  line.append(label, " ", output);
  const hide = words("button", NOTED);
  hide.type = "button";
  hide.id = `${container.id}-hide`;
  hide.addEventListener("click", () => {
    const gone = words("p", GONE);
    gone.tabIndex = -1;
    container.replaceChildren(gone);
    gone.focus();
  });
  box.append(line, hide);
  container.replaceChildren(box);
  box.focus();
}
