// "Logon simulator": a PinAccount (npm package) with a clock the person advances. The
// account decides everything; this page only shows what it says.
import init, { PinAccount } from "./npm/pinwarden.js";

await init();
const DAY = 86_400_000;
let now = Date.UTC(2026, 0, 1);
let account = null;
const $ = (id) => document.getElementById(id);
const fr = () => document.documentElement.lang === "fr";
let said = ["", ""];
const say = (en, french) => {
  said = [en, french];
  $("outcome").textContent = fr() ? french : en;
};

function show() {
  $("today").textContent = new Date(now).toISOString().slice(0, 10);
  const list = $("status");
  list.replaceChildren();
  if (!account) return;
  const status = account.status(now);
  const rows = [
    [fr() ? "Verrouillé" : "Locked out", status.lockedOut],
    [fr() ? "Premier usage (à changer)" : "First-time user (must change)", status.firstTimeUser],
    [fr() ? "Code PIN expiré" : "PIN expired", status.pinExpired],
    [fr() ? "Échecs consécutifs" : "Consecutive failures", status.failures],
    [fr() ? "Expire le" : "Expires on", status.expiresAt === null ? (fr() ? "jamais" : "never") : new Date(status.expiresAt).toISOString().slice(0, 10)],
  ];
  for (const [term, value] of rows) {
    const dt = document.createElement("dt");
    dt.textContent = term;
    const dd = document.createElement("dd");
    dd.textContent = typeof value === "boolean" ? (value ? (fr() ? "oui" : "yes") : (fr() ? "non" : "no")) : String(value);
    list.append(dt, dd);
  }
}

$("create").addEventListener("submit", (event) => {
  event.preventDefault();
  const created = PinAccount.create(now, $("policy").value);
  account = created.account;
  say(`Account created. Its first PIN, shown once: ${created.pin}`, `Compte créé. Son premier code PIN, montré une fois : ${created.pin}`);
  show();
});

$("advance").addEventListener("click", () => {
  now += 30 * DAY;
  show();
});

$("logon").addEventListener("submit", (event) => {
  event.preventDefault();
  if (!account) return say("Create the account first.", "Créez d’abord le compte.");
  const result = account.verify($("attempt").value, now);
  $("attempt").value = "";
  if (result.outcome === "lockedOut") {
    say("Locked out: the PIN was not even checked. An administrator must unlock.", "Verrouillé : le code PIN n’a même pas été vérifié. Un administrateur doit déverrouiller.");
  } else if (result.outcome === "success") {
    const why = { expired: ["the PIN expired", "le code PIN a expiré"], firstTimeUser: ["it was set by a reset", "il a été fixé par une réinitialisation"], policyChanged: ["the policy changed", "la stratégie a changé"] }[result.mustChange];
    say(why ? `Logged on. The PIN must be changed now: ${why[0]}.` : "Logged on.", why ? `Connecté. Le code PIN doit être changé maintenant : ${why[1]}.` : "Connecté.");
  } else if (result.lockedOut) {
    say("Wrong PIN. The account is now locked.", "Code PIN erroné. Le compte est maintenant verrouillé.");
  } else if (result.newPin) {
    say(`Wrong PIN. Too many failures: the PIN was reset. New PIN sent to the user: ${result.newPin}. ${result.attemptsBeforeLockout} attempts before lockout.`, `Code PIN erroné. Trop d’échecs : le code PIN a été réinitialisé. Nouveau code PIN envoyé à l’utilisateur : ${result.newPin}. ${result.attemptsBeforeLockout} essais avant le verrouillage.`);
  } else {
    const reset = result.attemptsBeforeReset === null ? "" : ` ${result.attemptsBeforeReset}`;
    say(`Wrong PIN.${reset ? `${reset} attempts before an automatic reset,` : ""} ${result.attemptsBeforeLockout} before lockout.`, `Code PIN erroné.${reset ? `${reset} essais avant une réinitialisation automatique,` : ""} ${result.attemptsBeforeLockout} avant le verrouillage.`);
  }
  show();
});

$("change").addEventListener("submit", (event) => {
  event.preventDefault();
  if (!account) return say("Create the account first.", "Créez d’abord le compte.");
  try {
    const report = account.setPin($("newpin").value, now);
    $("newpin").value = "";
    say(report.ok ? "PIN changed." : `Refused: ${report.violations.map((v) => v.message).join(" ")}`, report.ok ? "Code PIN changé." : `Refusé : ${report.violations.map((v) => v.message).join(" ")}`);
  } catch (error) {
    say(`Refused: ${error.message}`, `Refusé : ${error.message}`);
  }
  show();
});

$("unlock").addEventListener("click", () => {
  if (!account) return;
  account.unlock(now);
  say("Unlocked by the administrator.", "Déverrouillé par l’administrateur.");
  show();
});

// When demo.js switches the language: say the last outcome again in the new one.
document.addEventListener("demo-language", () => {
  $("outcome").textContent = fr() ? said[1] : said[0];
  show();
});
show();
