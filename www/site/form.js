// "Plain HTML form": a <pin-field> in a <form method="post">. The browser itself refuses
// to submit while the PIN breaks the policy (the element joins the form's validation);
// once it lets the form go, this script sends the form's fields to `POST /api/pin` as JSON
// in the request body — never a PIN in the address — and says what the server answered.
import { call, whileBusy } from "./api.js";
import { say } from "./i18n.js";
import { checkName, checkTypedPin } from "./form-errors.js";
import { describeFailure } from "./messages.js";
import { adviceOf, refusalMessage, setFieldRefusal } from "./server-refusal.js";

const form = document.getElementById("form");
const field = form.querySelector("pin-field");
const sent = document.getElementById("sent");
let said = null;

// An address from an older version of this page (`form.html?pin=…`) is cleaned up, and
// nothing in it is ever shown as sent.
if (location.search) history.replaceState(history.state, "", location.pathname);

function show(words, kind = "") {
  said = words;
  sent.className = `status ${kind}`;
  sent.textContent = words ? words() : "";
}
document.addEventListener("demo-language", () => show(said, sent.classList.contains("ok") ? "ok" : sent.classList.contains("error") ? "error" : ""));
field.addEventListener("pin-change", () => show(null));

// The browser's own refusal of the other fields, in the page's language (not the browser's).
const checks = [[form.elements.name, (value) => checkName(value)], [form.elements.currentPin, checkTypedPin]];
function localizeValidity() {
  for (const [input, check] of checks) {
    const problem = check(input.value);
    input.setCustomValidity(problem ? say(problem) : "");
  }
}
form.addEventListener("input", localizeValidity);
form.addEventListener("reset", () => setTimeout(localizeValidity));
document.addEventListener("demo-language", localizeValidity);
localizeValidity();

form.addEventListener("submit", (event) => whileBusy(event.currentTarget, async () => {
  event.preventDefault();
  const data = new FormData(form);
  const answer = await call("POST", form.getAttribute("action"), {
    name: String(data.get("name") ?? "").trim(),
    currentPin: String(data.get("currentPin") ?? ""),
    newPin: String(data.get("newPin") ?? ""),
  });
  if (answer.status === 200) {
    form.reset();
    show(() => say({ en: "Sent: the server accepted the new PIN.", fr: "Envoyé : le serveur a accepté le nouveau code PIN." }) + adviceOf(answer.body?.report), "ok");
  } else if (answer.status === 422) {
    const report = answer.body?.report;
    setFieldRefusal(field, refusalMessage(report));
    show(() => refusalMessage(report), "error");
  } else if (answer.status === 401) {
    form.elements.currentPin.value = "";
    show(() => say({ en: "The name or the current PIN is wrong. This counts as a failed logon.", fr: "Le nom ou le code PIN actuel est erroné. Cela compte comme un échec de connexion." }), "error");
  } else {
    show(() => describeFailure(answer), "error");
  }
}));
