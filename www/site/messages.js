// What the pages say about the server's answers, in both languages. Errors are told by
// their stable `code` (SPEC §10), so that a French page never shows English server text.
import { count, formatDateTime, say } from "./i18n.js";

const ERRORS = {
  unauthorized: { en: "The administrator token is missing or wrong: open the address the server printed at start, or paste the token above.", fr: "Le jeton d’administrateur manque ou est erroné : ouvrez l’adresse affichée par le serveur au démarrage, ou collez le jeton ci-dessus." },
  forbidden: { en: "The administrator token is missing or wrong: open the address the server printed at start, or paste the token above.", fr: "Le jeton d’administrateur manque ou est erroné : ouvrez l’adresse affichée par le serveur au démarrage, ou collez le jeton ci-dessus." },
  userExists: { en: "An account with this name already exists.", fr: "Un compte porte déjà ce nom." },
  userNotFound: { en: "There is no account with this name.", fr: "Aucun compte ne porte ce nom." },
  invalidName: { en: "This name cannot be used: use letters, digits, dots, dashes or underscores.", fr: "Ce nom ne peut pas être utilisé : utilisez des lettres, des chiffres, des points, des tirets ou des soulignés." },
  invalidExtension: { en: "An extension must be a phone number.", fr: "Un numéro de poste doit être un numéro de téléphone." },
  tooSoon: { en: (at) => `The PIN was changed too recently: a new change is allowed from ${at}.`, fr: (at) => `Le code PIN a été changé trop récemment : un nouveau changement est permis à partir du ${at}.` },
  lockedOut: { en: "The account is locked: an administrator must unlock it.", fr: "Le compte est verrouillé : un administrateur doit le déverrouiller." },
  wrongPin: { en: "The current PIN is wrong. This counts as a failed logon.", fr: "Le code PIN actuel est erroné. Cela compte comme un échec de connexion." },
  network: { en: "The server could not be reached. Is it running?", fr: "Le serveur est injoignable. Est-il démarré ?" },
};

/** What a failed answer means, in the page's language. */
export function describeFailure({ status, body }) {
  if (status === 0) return say(ERRORS.network);
  const code = body?.error?.code ?? body?.outcome ?? "";
  if (code === "tooSoon") {
    const at = body.error.allowedAt ?? body.allowedAt;
    return say(ERRORS.tooSoon, at == null ? "?" : formatDateTime(at));
  }
  if (status === 401 || status === 403 || code === "unauthorized") return say(ERRORS.unauthorized);
  if (status === 423) return say(ERRORS.lockedOut);
  // The server speaks the page's language (the calls send Accept-Language).
  if (typeof body?.error?.message === "string" && body.error.message) return body.error.message;
  if (ERRORS[code]) return say(ERRORS[code]);
  const field = body?.error?.field ? ` (${body.error.field})` : "";
  return say({
    en: `The server refused the request (error ${status}${code ? `, ${code}` : ""}${field}).`,
    fr: `Le serveur a refusé la demande (erreur ${status}${code ? `, ${code}` : ""}${field}).`,
  });
}

/** "3 attempts" / "3 essais", with the right plural. */
export const attempts = (n) => count(n, { en: ["attempt", "attempts"], fr: ["essai", "essais"] });

/** "30 days" / "30 jours". */
export const days = (n) => count(n, { en: ["day", "days"], fr: ["jour", "jours"] });
