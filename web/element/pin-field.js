// <pin-field>: a form-associated custom element over the Yew PinField (SPEC §7).
// wasm-bindgen cannot subclass HTMLElement, so this small class does what only
// JavaScript can: it reads the attributes, joins the <form> through ElementInternals
// (form value and validity), and mounts the Rust component in its shadow root.
import init, { Attributes, check, mount } from "./pinwarden_yew.js";

let ready = null;
const load = () => (ready ??= init());

const STYLE = `
:host { display: block; }
:host([hidden]) { display: none; }
.pinwarden-control { display: flex; gap: var(--pin-field-gap, 0.5em); }
input { font: inherit; letter-spacing: 0.2em; border: var(--pin-field-border, 1px solid #767676); padding: var(--pin-field-padding, 0.4em); }
input[aria-invalid="true"] { border-color: var(--pin-field-invalid-color, #b3261e); }
button { font: inherit; }
.pinwarden-rules { list-style: none; padding: 0; margin: 0.25em 0; }
.pinwarden-rule.met { color: var(--pin-field-met-color, #1a7f37); }
.pinwarden-rule.notMet { color: var(--pin-field-unmet-color, #b3261e); }
.pinwarden-rule.pending { color: var(--pin-field-pending-color, inherit); }
.pinwarden-mark { display: inline-block; width: 1.2em; }
.pinwarden-refused { color: var(--pin-field-unmet-color, #b3261e); }
.pinwarden-status { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
.pinwarden-error { color: var(--pin-field-unmet-color, #b3261e); }
`;

export class PinFieldElement extends HTMLElement {
  static formAssociated = true;
  static observedAttributes = ["policy", "extensions", "history", "lang", "name", "required", "disabled", "label"];

  #internals = this.attachInternals();
  #handle = null;
  #value = "";
  #formDisabled = false;

  async connectedCallback() {
    await load();
    if (!this.isConnected || this.#handle) return;
    const shadow = this.shadowRoot ?? this.attachShadow({ mode: "open", delegatesFocus: true });
    this.#mountInto(shadow);
  }

  disconnectedCallback() {
    this.#handle?.destroy();
    this.#handle = null;
  }

  attributeChangedCallback() {
    if (!this.#handle) return;
    try {
      this.#handle.update(this.#attributes());
      this.#refreshValidity();
    } catch (error) {
      this.#showError(error);
    }
  }

  formResetCallback() {
    if (this.shadowRoot && this.#handle) {
      this.#handle.destroy();
      this.#handle = null;
      this.#mountInto(this.shadowRoot);
    }
  }

  formDisabledCallback(disabled) {
    this.#formDisabled = disabled;
    this.attributeChangedCallback();
  }

  /** The PIN entered (ASCII digits). */
  get value() { return this.#value; }
  get form() { return this.#internals.form; }
  get validity() { return this.#internals.validity; }
  get validationMessage() { return this.#internals.validationMessage; }
  checkValidity() { return this.#internals.checkValidity(); }
  reportValidity() { return this.#internals.reportValidity(); }

  #mountInto(shadow) {
    shadow.innerHTML = `<style>${STYLE}</style><div part="root"></div>`;
    this.#value = "";
    this.#internals.setFormValue("");
    try {
      this.#handle = mount(shadow.querySelector("div"), this.#attributes(), this.#changed);
      this.#refreshValidity();
    } catch (error) {
      this.#showError(error);
    }
  }

  #attributes() {
    const attributes = new Attributes();
    attributes.policy = this.getAttribute("policy") ?? "";
    attributes.extensions = this.getAttribute("extensions") ?? "";
    attributes.history = this.getAttribute("history") ?? undefined;
    attributes.lang = this.getAttribute("lang") ?? this.closest("[lang]")?.getAttribute("lang") ?? "en";
    attributes.name = this.getAttribute("name") ?? "pin";
    attributes.label = this.getAttribute("label") ?? undefined;
    attributes.id = "input";
    attributes.required = this.hasAttribute("required");
    attributes.disabled = this.hasAttribute("disabled") || this.#formDisabled;
    return attributes;
  }

  #changed = (value, ok, message, report) => {
    this.#value = value;
    this.#internals.setFormValue(value);
    this.#setValidity(ok, message);
    this.dispatchEvent(new CustomEvent("pin-change", { detail: report, bubbles: true, composed: true }));
  };

  #refreshValidity() {
    const [ok, message] = check(this.#attributes(), this.#value);
    this.#setValidity(ok, message);
  }

  #setValidity(ok, message) {
    if (ok) {
      this.#internals.setValidity({});
    } else {
      const anchor = this.shadowRoot?.querySelector("input") ?? undefined;
      this.#internals.setValidity({ customError: true }, message, anchor);
    }
  }

  #showError(error) {
    const shadow = this.shadowRoot;
    if (shadow) {
      shadow.innerHTML = `<style>${STYLE}</style><p class="pinwarden-error" part="error" role="alert"></p>`;
      shadow.querySelector("p").textContent = `pin-field: ${error?.message ?? error}`;
    }
    this.#internals.setValidity({ customError: true }, String(error?.message ?? error));
  }
}

if (!customElements.get("pin-field")) customElements.define("pin-field", PinFieldElement);
