// A new PIN the server refused (SPEC §10 `POST /api/pin`): put on the <pin-field> with
// `setCustomValidity` (the field shows it and blocks submitting until the next edit) and
// said in the page's status line, so that the page works with an element that has no
// `setCustomValidity` too.
import { say } from "./i18n.js";

/** Page-side words for refusals the page cannot foresee (the server's own knowledge). */
const KNOWN = {
  recycled: { en: "This PIN was one of your recent PINs: choose another.", fr: "Ce code PIN fait partie de vos codes PIN récents : choisissez-en un autre." },
  extensionSuffix: { en: "This PIN ends like your extension, as the server knows it: choose another.", fr: "Ce code PIN se termine comme votre numéro de poste, tel que le serveur le connaît : choisissez-en un autre." },
};

/** The server's refusal of a report, in the page's language. */
export function refusalMessage(report) {
  const violations = report?.violations ?? [];
  const text = violations.map((violation) => (KNOWN[violation.code] ? say(KNOWN[violation.code]) : violation.message)).join(" ");
  return say({ en: `The server refused the new PIN: ${text}`, fr: `Le serveur a refusé le nouveau code PIN : ${text}` });
}

/**
 * The warnings of an accepted PIN's report (checks of severity `warn`), as advice to add
 * after "PIN changed": "" when there is none. The server wrote them in the page's language.
 */
export function adviceOf(report) {
  const warnings = report?.warnings ?? [];
  if (warnings.length === 0) return "";
  const text = warnings.map((warning) => warning.message).join(" ");
  return ` ${say({ en: `Advice: ${text}`, fr: `Conseil : ${text}` })}`;
}

/** Puts `message` on `field` (and clears it with ""), when the element can take it. */
export function setFieldRefusal(field, message) {
  if (typeof field.setCustomValidity === "function") field.setCustomValidity(message);
}
