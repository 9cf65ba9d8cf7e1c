// "Choose your PIN": the person gives their name and current PIN and types a new one in
// <pin-field>, which checks it live under the server's policy. Once the field's checks
// pass the new PIN goes to `POST /api/pin`; the server decides, and a refusal is shown at
// the field and in the status line.
import { call, whileBusy } from "./api.js";
import { say } from "./i18n.js";
import { checkName, checkTypedPin, clearErrors, fieldError, focusFirstError } from "./form-errors.js";
import { describeFailure } from "./messages.js";
import { adviceOf, refusalMessage, setFieldRefusal } from "./server-refusal.js";

const $ = (id) => document.getElementById(id);
const form = $("choose");
const field = $("pin");
const result = $("result");
let said = null; // what the status line says, as { en, fr } or a function giving it

function show(words, kind) {
  said = words;
  result.className = `status ${kind ?? ""}`;
  result.textContent = words ? (typeof words === "function" ? words() : say(words)) : "";
}
document.addEventListener("demo-language", () => show(said, result.classList.contains("error") ? "error" : result.classList.contains("ok") ? "ok" : ""));

$("extension").addEventListener("input", (event) => field.setAttribute("extensions", event.target.value));
field.addEventListener("pin-change", () => {
  if (result.dataset.about === "newPin") show(null);
});

form.addEventListener("submit", (event) => whileBusy(event.currentTarget, async () => {
  event.preventDefault();
  clearErrors(form);
  const name = $("name").value.trim();
  const current = $("current").value;
  const nameError = checkName(name);
  if (nameError) fieldError("name", nameError);
  const pinError = checkTypedPin(current);
  if (pinError) fieldError("current", pinError);
  // Asking the element marks it validated (aria-invalid) when it would refuse.
  const fieldOk = field.checkValidity();
  if (!fieldOk) {
    result.dataset.about = "newPin";
    show(() => say({ en: "The new PIN does not meet the policy yet: ", fr: "Le nouveau code PIN ne respecte pas encore la stratégie : " }) + field.validationMessage, "error");
  }
  if (nameError || pinError || !fieldOk) {
    if (!focusFirstError(form) && !fieldOk) field.focus();
    return;
  }
  $("save").disabled = true;
  const answer = await call("POST", "/api/pin", { name, currentPin: current, newPin: field.value });
  $("save").disabled = false;
  result.dataset.about = "";
  if (answer.status === 200) {
    form.reset();
    $("name").value = name;
    const report = answer.body?.report;
    show(() => say({ en: "Your PIN was changed. Use it at your next logon.", fr: "Votre code PIN a été changé. Utilisez-le à votre prochaine connexion." }) + adviceOf(report), "ok");
  } else if (answer.status === 422) {
    const report = answer.body?.report;
    setFieldRefusal(field, refusalMessage(report));
    result.dataset.about = "newPin";
    show(() => refusalMessage(report), "error");
    field.focus();
  } else if (answer.status === 401) {
    $("current").value = "";
    fieldError("current", { en: "The name or the current PIN is wrong. This counts as a failed logon.", fr: "Le nom ou le code PIN actuel est erroné. Cela compte comme un échec de connexion." });
    show(null);
    $("current").focus();
  } else {
    show(() => describeFailure(answer), "error");
  }
}));

// The rules are the server's policy: the live check and the server agree.
const policy = await call("GET", "/api/policy");
if (policy.status === 200 && policy.body) field.setAttribute("policy", JSON.stringify(policy.body));
