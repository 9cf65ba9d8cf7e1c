// Errors shown at a field: the message under it (`<id>-error`, which the field's
// `aria-describedby` names) and `aria-invalid`, both in the page's language and said again
// after a language switch; cleared when the person edits the field.
import { say } from "./i18n.js";

const shown = new Map();

/** Shows `words` (`{ en, fr }`) at the input `id`; `null` clears it. */
export function fieldError(id, words) {
  const input = document.getElementById(id);
  const line = document.getElementById(`${id}-error`);
  if (words) {
    shown.set(id, words);
    input.setAttribute("aria-invalid", "true");
    line.textContent = say(words);
  } else {
    shown.delete(id);
    input.removeAttribute("aria-invalid");
    line.textContent = "";
  }
}

/** Clears every error of `form`'s fields. */
export function clearErrors(form) {
  for (const id of [...shown.keys()]) if (form.contains(document.getElementById(id))) fieldError(id, null);
}

/** Focuses the first field of `form` showing an error; whether there was one. */
export function focusFirstError(form) {
  const first = form.querySelector('[aria-invalid="true"]');
  first?.focus();
  return Boolean(first);
}

document.addEventListener("input", (event) => {
  if (event.target.id && shown.has(event.target.id)) fieldError(event.target.id, null);
});
document.addEventListener("demo-language", () => {
  for (const [id, words] of shown) document.getElementById(`${id}-error`).textContent = say(words);
});

/** What the page says about a typed PIN before sending it anywhere, or null when it may go. */
export function checkTypedPin(value) {
  if (value === "") return { en: "Type the PIN.", fr: "Saisissez le code PIN." };
  if (!/^[0-9]+$/.test(value)) {
    // The text typed is not repeated: it may be most of a PIN.
    return {
      en: "A PIN has digits 0–9 only: remove the other characters. Nothing was sent.",
      fr: "Un code PIN ne contient que des chiffres de 0 à 9 : retirez les autres caractères. Rien n’a été envoyé.",
    };
  }
  return null;
}

/** Says "enter a name" when `value` is empty. */
export function checkName(value) {
  return value.trim() === "" ? { en: "Enter the account’s name.", fr: "Saisissez le nom du compte." } : null;
}
