// Mounts the policy editor (the `www` crate, a Yew component over the core) and keeps it
// in the page's language.
import init, { mountPolicyEditor } from "./editor/pinwarden_www.js";

await init();
const editor = mountPolicyEditor(document.getElementById("policy-editor"), document.documentElement.lang);
document.addEventListener("demo-language", (event) => editor.setLanguage(event.detail));
