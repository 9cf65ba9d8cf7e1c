// "Administrator reset": generatePin under the Teams preset, shown once, then a mask of
// fixed width that does not reveal the PIN's length. The PIN is not kept anywhere.
import init, { generatePin } from "./npm/pinwarden.js";

await init();
const output = document.getElementById("pin");
const hide = document.getElementById("hide");
const MASK = "••••••••"; // always eight marks, whatever the length

document.getElementById("generate").addEventListener("click", () => {
  output.textContent = generatePin("teams");
  hide.hidden = false;
  hide.focus();
});
hide.addEventListener("click", () => {
  output.textContent = MASK;
  hide.hidden = true;
  document.getElementById("generate").focus();
});
