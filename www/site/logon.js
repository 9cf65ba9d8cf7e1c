// "Logon simulator": one account on the server, seen from both sides. The person logs on
// (`POST /api/logon`) and changes the PIN (`POST /api/pin`); the administrator (with the
// token) creates the account, sees its status and outbox, unlocks, resets, and moves the
// demo clock. The server decides everything; this page only says what it answered.
import { call, userPath, whileBusy } from "./api.js";
import { formatDate, say } from "./i18n.js";
import { checkName, checkTypedPin, clearErrors, fieldError, focusFirstError } from "./form-errors.js";
import { attempts, days, describeFailure } from "./messages.js";
import { adviceOf, refusalMessage, setFieldRefusal } from "./server-refusal.js";
import { showOnce } from "./shown-once.js";
import { showTokenState } from "./token.js";

const $ = (id) => document.getElementById(id);
const YES_NO = [{ en: "yes", fr: "oui" }, { en: "no", fr: "non" }];
const MUST_CHANGE = {
  expired: { en: "the PIN expired", fr: "le code PIN a expiré" },
  firstTimeUser: { en: "it was set by a reset", fr: "il a été fixé par une réinitialisation" },
  policyChanged: { en: "the policy changed", fr: "la stratégie a changé" },
};
const REASONS = {
  automaticReset: { en: "automatic reset after failed logons", fr: "réinitialisation automatique après des échecs de connexion" },
  adminReset: { en: "reset by an administrator", fr: "réinitialisation par un administrateur" },
  created: { en: "account created", fr: "compte créé" },
};

showTokenState($("token-state"));
const name = () => $("name").value.trim();
let said = null; // a function giving the last outcome in the page's language
let outboxBefore = 0;

function tell(words, kind = "") {
  said = words;
  $("outcome").className = `status ${kind}`;
  $("outcome").textContent = words ? words() : "";
}

/** The account's status and outbox, fetched again (nothing about it is kept in the page). */
async function refresh() {
  const [status, outbox, policy] = await Promise.all([
    call("GET", userPath(name()), undefined, { admin: true }),
    call("GET", userPath(name(), "outbox"), undefined, { admin: true }),
    call("GET", "/api/policy"),
  ]);
  const list = $("status");
  list.replaceChildren();
  const mail = $("outbox");
  mail.replaceChildren();
  if (status.status !== 200 || !status.body) {
    const line = document.createElement("dd");
    line.textContent = status.status === 404 ? say({ en: "No such account yet: create it above.", fr: "Ce compte n’existe pas encore : créez-le ci-dessus." }) : describeFailure(status);
    const term = document.createElement("dt");
    term.textContent = say({ en: "Account", fr: "Compte" });
    list.append(term, line);
    return { failures: 0, messages: 0 };
  }
  const s = status.body;
  const lockout = policy.body?.failuresBeforeLockout;
  const rows = [
    [{ en: "Locked out", fr: "Verrouillé" }, say(YES_NO[s.lockedOut ? 0 : 1])],
    [{ en: "Must change the PIN (first-time user)", fr: "Doit changer le code PIN (premier usage)" }, say(YES_NO[s.firstTimeUser ? 0 : 1])],
    [{ en: "PIN expired", fr: "Code PIN expiré" }, say(YES_NO[s.pinExpired ? 0 : 1])],
    [{ en: "Consecutive failed logons", fr: "Échecs de connexion consécutifs" }, String(s.failures)],
    [{ en: "Left before lockout", fr: "Restant avant le verrouillage" }, Number.isInteger(lockout) ? attempts(Math.max(0, lockout - s.failures)) : "?"],
    [{ en: "PIN expires on", fr: "Le code PIN expire le" }, s.expiresAt == null ? say({ en: "never", fr: "jamais" }) : formatDate(s.expiresAt)],
    [{ en: "Revision", fr: "Révision" }, String(s.revision ?? "")],
  ];
  for (const [term, value] of rows) {
    const dt = document.createElement("dt");
    dt.textContent = say(term);
    const dd = document.createElement("dd");
    dd.textContent = value;
    list.append(dt, dd);
  }
  const messages = Array.isArray(outbox.body) ? outbox.body : (outbox.body?.messages ?? []);
  for (const message of messages) {
    const item = document.createElement("li");
    const reason = REASONS[message.reason] ? say(REASONS[message.reason]) : message.reason;
    const pin = document.createElement("code");
    pin.textContent = message.pin;
    item.append(`${formatDate(message.at)} — ${reason} — ${say({ en: "new PIN:", fr: "nouveau code PIN :" })} `, pin);
    mail.append(item);
  }
  if (messages.length === 0) {
    const item = document.createElement("li");
    item.textContent = say({ en: "No message yet.", fr: "Aucun message pour l’instant." });
    mail.append(item);
  }
  return { failures: s.failures, messages: messages.length, lockout };
}

async function showClock() {
  const clock = await call("GET", "/api/demo/clock", undefined, { admin: true });
  // The line stays in place either way (nothing below it moves): only its words change.
  $("advance").disabled = clock.status !== 200;
  if (clock.status !== 200) {
    // Short, so that the line keeps its height; the token line above says what is missing.
    $("offset").textContent = say({ en: "unavailable", fr: "indisponible" });
    delete $("offset").dataset.days;
  } else {
    const offset = clock.body?.offsetDays ?? 0;
    $("offset").textContent = offset === 0 ? say({ en: "today", fr: "aujourd’hui" }) : say({ en: (d) => `${d} ahead`, fr: (d) => `en avance de ${d}` }, days(offset));
    $("offset").dataset.days = offset;
  }
}

document.addEventListener("demo-language", () => {
  $("outcome").textContent = said ? said() : "";
  refresh();
  showClock();
});

$("account").addEventListener("submit", (event) => whileBusy(event.currentTarget, async () => {
  event.preventDefault();
  clearErrors(event.target);
  const problem = checkName(name());
  if (problem) {
    fieldError("name", problem);
    focusFirstError(event.target);
    return;
  }
  const who = name();
  const answer = await call("POST", "/api/users", { name: who }, { admin: true });
  if (answer.status === 201 && answer.body?.pin) {
    tell(() => say({ en: `Account “${who}” created.`, fr: `Compte « ${who} » créé.` }), "ok");
    showOnce($("first-pin"), { en: "Its first PIN, shown once:", fr: "Son premier code PIN, montré une fois :" }, answer.body.pin);
  } else {
    tell(() => describeFailure(answer), "error");
  }
  await refresh();
}));

$("advance").addEventListener("click", async () => {
  const offset = Number($("offset").dataset.days ?? 0) + 30;
  const answer = await call("PUT", "/api/demo/clock", { offsetDays: offset }, { admin: true });
  if (answer.status !== 200 && answer.status !== 204) tell(() => describeFailure(answer), "error");
  await showClock();
  await refresh();
});

$("logon").addEventListener("submit", (event) => whileBusy(event.currentTarget, async () => {
  event.preventDefault();
  clearErrors(event.target);
  const attempt = $("attempt").value;
  const problem = checkTypedPin(attempt);
  if (problem) {
    // Refused here: an empty attempt or letters never reach the server, and count nothing.
    fieldError("attempt", problem);
    focusFirstError(event.target);
    return;
  }
  $("attempt").value = "";
  const who = name();
  const answer = await call("POST", "/api/logon", { name: who, pin: attempt });
  const after = await refresh();
  const body = answer.body ?? {};
  if (answer.status === 200 && body.outcome === "success") {
    const why = MUST_CHANGE[body.mustChange];
    const expires = body.expiresInDays;
    tell(() => {
      let text = why ? say({ en: (w) => `Logged on. The PIN must be changed now: ${w}.`, fr: (w) => `Connecté. Le code PIN doit être changé maintenant : ${w}.` }, say(why)) : say({ en: "Logged on.", fr: "Connecté." });
      if (Number.isInteger(expires)) text += ` ${say({ en: (d) => `The PIN expires in ${d}.`, fr: (d) => `Le code PIN expire dans ${d}.` }, days(expires))}`;
      return text;
    }, "ok");
  } else if (answer.status === 423) {
    tell(() => say({ en: "Locked out: the PIN was not even checked. An administrator must unlock the account.", fr: "Verrouillé : le code PIN n’a même pas été vérifié. Un administrateur doit déverrouiller le compte." }), "error");
  } else if (answer.status === 401) {
    const reset = after.messages > outboxBefore && after.failures > 0;
    const left = Number.isInteger(after.lockout) ? Math.max(0, after.lockout - after.failures) : null;
    tell(() => {
      if (body.lockedOut) return say({ en: "Wrong PIN. The account is now locked.", fr: "Code PIN erroné. Le compte est maintenant verrouillé." });
      let text = say({ en: "Wrong PIN.", fr: "Code PIN erroné." });
      if (reset) text += ` ${say({ en: "Too many failures: the PIN was reset, and the new one sent to the person (see the messages below).", fr: "Trop d’échecs : le code PIN a été réinitialisé, et le nouveau envoyé à la personne (voir les messages ci-dessous)." })}`;
      if (left !== null) text += ` ${say({ en: (n) => `${n} left before lockout.`, fr: (n) => `${n} avant le verrouillage.` }, attempts(left))}`;
      return text;
    }, "error");
  } else {
    tell(() => describeFailure(answer), "error");
  }
  outboxBefore = after.messages;
}));

$("change").addEventListener("submit", (event) => whileBusy(event.currentTarget, async () => {
  event.preventDefault();
  clearErrors(event.target);
  const current = $("change-current").value;
  const field = $("newpin");
  const problem = checkTypedPin(current);
  if (problem) fieldError("change-current", problem);
  const fieldOk = field.checkValidity();
  if (problem || !fieldOk) {
    if (!fieldOk) tell(() => say({ en: "The new PIN does not meet the policy yet: ", fr: "Le nouveau code PIN ne respecte pas encore la stratégie : " }) + field.validationMessage, "error");
    if (!focusFirstError(event.target)) field.focus();
    return;
  }
  const answer = await call("POST", "/api/pin", { name: name(), currentPin: current, newPin: field.value });
  if (answer.status === 200) {
    event.target.reset();
    const report = answer.body?.report;
    tell(() => say({ en: "PIN changed.", fr: "Code PIN changé." }) + adviceOf(report), "ok");
  } else if (answer.status === 422) {
    const report = answer.body?.report;
    setFieldRefusal(field, refusalMessage(report));
    tell(() => refusalMessage(report), "error");
  } else if (answer.status === 401) {
    $("change-current").value = "";
    fieldError("change-current", { en: "The current PIN is wrong. This counts as a failed logon.", fr: "Le code PIN actuel est erroné. Cela compte comme un échec de connexion." });
    tell(null);
  } else {
    tell(() => describeFailure(answer), "error");
  }
  const after = await refresh();
  outboxBefore = after.messages;
}));

$("unlock").addEventListener("click", async () => {
  const answer = await call("POST", userPath(name(), "unlock"), undefined, { admin: true });
  tell(answer.status === 204 || answer.status === 200 ? () => say({ en: "Unlocked by the administrator.", fr: "Déverrouillé par l’administrateur." }) : () => describeFailure(answer), answer.status < 300 ? "ok" : "error");
  outboxBefore = (await refresh()).messages;
});

$("reset").addEventListener("click", async () => {
  const answer = await call("POST", userPath(name(), "reset"), undefined, { admin: true });
  if (answer.status === 200 && answer.body?.pin) {
    tell(() => say({ en: "The PIN was reset by the administrator, and the account unlocked.", fr: "Le code PIN a été réinitialisé par l’administrateur, et le compte déverrouillé." }), "ok");
    showOnce($("reset-pin"), { en: "The new PIN, shown once:", fr: "Le nouveau code PIN, montré une fois :" }, answer.body.pin);
  } else {
    tell(() => describeFailure(answer), "error");
  }
  outboxBefore = (await refresh()).messages;
});

$("refresh").addEventListener("click", async () => {
  outboxBefore = (await refresh()).messages;
});

// The live check of the new PIN follows the server's policy.
const policy = await call("GET", "/api/policy");
if (policy.status === 200 && policy.body) $("newpin").setAttribute("policy", JSON.stringify(policy.body));
await showClock();
outboxBefore = (await refresh()).messages;
