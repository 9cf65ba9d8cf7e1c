// "Administrator": the calls of SPEC §10 an administrator makes, with the token handed over
// in the address's fragment (kept in sessionStorage): create an account with the person's
// extensions and names (its first PIN shown once), reset a PIN (shown once), unlock, and choose the server's policy.
import { call, setAdminToken, userPath, whileBusy } from "./api.js";
import { say } from "./i18n.js";
import { checkName, clearErrors, fieldError, focusFirstError } from "./form-errors.js";
import { describeFailure } from "./messages.js";
import { showOnce } from "./shown-once.js";
import { showTokenState } from "./token.js";
import init, { parsePolicy } from "./npm/pinwarden.js";

const $ = (id) => document.getElementById(id);
const renderToken = showTokenState($("token-state"));
let said = null;

function show(words, kind = "") {
  said = words;
  $("outcome").className = `status ${kind}`;
  $("outcome").textContent = words ? words() : "";
}
document.addEventListener("demo-language", () => show(said, $("outcome").className.replace("status", "").trim()));

/** The extensions typed, separated by commas or new lines (SPEC §7). */
const extensionsOf = (text) => text.split(/[,\n]/).map((part) => part.trim()).filter(Boolean);

/** The person's names typed, separated by commas or new lines ("Amos Marble, Amos"). */
const namesOf = (text) => text.split(/[,\n]/).map((part) => part.trim()).filter(Boolean);

$("token-form").addEventListener("submit", (event) => {
  event.preventDefault();
  setAdminToken($("token").value.trim());
  $("token").value = "";
  renderToken();
});

$("create").addEventListener("submit", (event) => whileBusy(event.currentTarget, async () => {
  event.preventDefault();
  clearErrors(event.target);
  const name = $("create-name").value.trim();
  const problem = checkName(name);
  if (problem) {
    fieldError("create-name", problem);
    focusFirstError(event.target);
    return;
  }
  const extensions = extensionsOf($("create-extensions").value);
  const names = namesOf($("create-names").value);
  const body = { name };
  if (extensions.length) body.extensions = extensions;
  if (names.length) body.names = names;
  const answer = await call("POST", "/api/users", body, { admin: true });
  if (answer.status === 201 && answer.body?.pin) {
    show(() => say({ en: `Account “${name}” created.`, fr: `Compte « ${name} » créé.` }), "ok");
    showOnce($("created"), { en: "Its first PIN, shown once:", fr: "Son premier code PIN, montré une fois :" }, answer.body.pin);
  } else {
    show(() => describeFailure(answer), "error");
  }
}));

$("manage").addEventListener("submit", (event) => whileBusy(event.currentTarget, async () => {
  event.preventDefault();
  clearErrors(event.target);
  const action = event.submitter?.value ?? "reset";
  const name = $("manage-name").value.trim();
  const problem = checkName(name);
  if (problem) {
    fieldError("manage-name", problem);
    focusFirstError(event.target);
    return;
  }
  const answer = await call("POST", userPath(name, action), undefined, { admin: true });
  if (action === "reset" && answer.status === 200 && answer.body?.pin) {
    show(() => say({ en: `The PIN of “${name}” was reset and the account unlocked.`, fr: `Le code PIN de « ${name} » a été réinitialisé et le compte déverrouillé.` }), "ok");
    showOnce($("reset-pin"), { en: "The new PIN, shown once:", fr: "Le nouveau code PIN, montré une fois :" }, answer.body.pin);
  } else if (action === "unlock" && answer.status === 204) {
    show(() => say({ en: `“${name}” is unlocked.`, fr: `« ${name} » est déverrouillé.` }), "ok");
  } else {
    show(() => describeFailure(answer), "error");
  }
}));

/** `value` as JSON with every object's keys sorted, to compare policies. */
const canonical = (value) =>
  JSON.stringify(value, (_, v) => (v && typeof v === "object" && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : 1))) : v));

/** Selects the preset the server's policy is (the core says what each preset is), or "another". */
async function showServerPolicy() {
  const [answer] = await Promise.all([call("GET", "/api/policy"), init()]);
  if (answer.status !== 200 || !answer.body) return;
  const now = canonical(answer.body);
  const preset = ["exchange", "teams", "strict"].find((name) => canonical(parsePolicy(name)) === now);
  $("policy").value = preset ?? "custom";
}

$("policy-form").addEventListener("submit", (event) => whileBusy(event.currentTarget, async () => {
  event.preventDefault();
  const preset = $("policy").value;
  const answer = await call("PUT", "/api/policy", preset, { admin: true });
  if (answer.status === 200) {
    const label = $("policy").selectedOptions[0];
    show(() => say({ en: `The server’s policy is now ${label.textContent}.`, fr: `La stratégie du serveur est maintenant ${label.textContent}.` }), "ok");
  } else {
    show(() => describeFailure(answer), "error");
  }
}));

await showServerPolicy();
