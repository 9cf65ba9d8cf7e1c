// <pin-field>: a form-associated custom element over the Yew PinField (SPEC §7).
// wasm-bindgen cannot subclass HTMLElement, so this small class does what only
// JavaScript can: it reads the attributes, joins the <form> through ElementInternals
// (form value and validity, both decided in Rust at every change), and mounts the Rust
// component in its shadow root.
import init, { Attributes, mount } from "./pinwarden_yew.js";

let ready = null;
const load = () => (ready ??= init());

const STYLE = `
:host { display: block; max-width: 100%; overflow-wrap: anywhere; }
:host([hidden]) { display: none; }
[hidden] { display: none !important; }
.pinwarden-control { display: flex; flex-wrap: wrap; gap: var(--pin-field-gap, 0.5em); max-width: 100%; }
input { font: inherit; letter-spacing: 0.2em; border: var(--pin-field-border, 1px solid #767676); padding: var(--pin-field-padding, 0.4em); flex: 1 1 9em; min-width: 0; max-width: 100%; box-sizing: border-box; }
input[aria-invalid="true"] { border-color: var(--pin-field-invalid-color, #b3261e); }
button { font: inherit; flex: 0 0 auto; max-width: 100%; }
.pinwarden-rules { list-style: none; padding: 0; margin: 0.25em 0; }
.pinwarden-rule.met { color: var(--pin-field-met-color, #1a7f37); }
.pinwarden-rule.notMet { color: var(--pin-field-unmet-color, #b3261e); }
.pinwarden-rule.pending { color: var(--pin-field-pending-color, inherit); }
.pinwarden-rule.advice { color: var(--pin-field-advice-color, #8a5a00); }
.pinwarden-mark { display: inline-block; width: 1.2em; }
.pinwarden-refused, .pinwarden-custom-error, .pinwarden-error { color: var(--pin-field-unmet-color, #b3261e); }
.pinwarden-status { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
`;

export class PinFieldElement extends HTMLElement {
  static formAssociated = true;
  static observedAttributes = ["policy", "extensions", "names", "history", "lang", "name", "required", "disabled", "label", "pause"];

  #internals = this.attachInternals();
  #handle = null;
  #root = null;
  #errorBox = null;
  #error = null;
  #custom = "";
  #validated = false;
  #formDisabled = false;
  #form = null;

  constructor() {
    super();
    // A submit attempt validates the field: the browser's `invalid` event when the form
    // refuses it, the form's `submit` event when it takes it.
    this.addEventListener("invalid", () => this.#markValidated());
  }

  async connectedCallback() {
    await load();
    if (!this.isConnected) return;
    if (!this.#root) this.#build();
    this.#watchForm(this.#internals.form);
    if (!this.#handle) this.#render();
  }

  disconnectedCallback() {
    this.#watchForm(null);
    // Removed (not just moved): free the component.
    queueMicrotask(() => {
      if (this.isConnected) return;
      this.#handle?.destroy();
      this.#handle = null;
    });
  }

  attributeChangedCallback() {
    this.#render();
  }

  formAssociatedCallback(form) {
    this.#watchForm(form);
  }

  formResetCallback() {
    this.#handle?.destroy();
    this.#handle = null;
    this.#validated = false;
    this.#render();
  }

  formDisabledCallback(disabled) {
    this.#formDisabled = disabled;
    this.#render();
  }

  /** The PIN entered (ASCII digits). */
  get value() { return this.#handle?.value ?? ""; }
  get form() { return this.#internals.form; }
  get validity() { return this.#internals.validity; }
  get validationMessage() { return this.#internals.validationMessage; }
  get willValidate() { return this.#internals.willValidate; }
  get labels() { return this.#internals.labels; }
  /** The error of a broken attribute (`name`, `code`, `attribute`, `field`, `message`), or null. */
  get error() { return this.#error; }
  checkValidity() { return this.#internals.checkValidity(); }
  reportValidity() { return this.#internals.reportValidity(); }

  /** Puts the page's message on the field (e.g. the server refused the PIN) until the next edit; "" clears it. */
  setCustomValidity(message) {
    this.#custom = String(message ?? "");
    this.#render();
  }

  #build() {
    const shadow = this.shadowRoot ?? this.attachShadow({ mode: "open", delegatesFocus: true });
    shadow.innerHTML = `<style>${STYLE}</style><div part="root"></div><p class="pinwarden-error" part="error" role="alert" tabindex="-1" hidden></p>`;
    this.#root = shadow.querySelector("div");
    this.#errorBox = shadow.querySelector("p");
    // Enter in the field submits its form, as in a native text field.
    shadow.addEventListener("keydown", (event) => {
      if (event.key === "Enter" && event.target.localName === "input" && !event.isComposing) {
        event.preventDefault();
        this.#internals.form?.requestSubmit();
      }
    });
  }

  #watchForm(form) {
    this.#form?.removeEventListener("submit", this.#onSubmit, true);
    this.#form = form;
    form?.addEventListener("submit", this.#onSubmit, true);
  }

  #onSubmit = () => this.#markValidated();

  #markValidated() {
    // A disabled field is not validated (the form skips it).
    if (this.#validated || this.matches(":disabled")) return;
    this.#validated = true;
    this.#render();
  }

  /** Mounts or updates the field with the current attributes, or shows why they are broken. */
  #render() {
    if (!this.#root) return;
    const attributes = this.#attributes();
    try {
      if (this.#handle) this.#handle.update(attributes);
      else this.#handle = mount(this.#root, attributes, this.#changed);
      this.#error = null;
    } catch (error) {
      this.#error = error;
    }
    this.#root.hidden = this.#error !== null;
    this.#errorBox.hidden = this.#error === null;
    this.#errorBox.textContent = this.#error ? `pin-field (${this.#error.attribute ?? "policy"}): ${this.#error.message}` : "";
    this.#refresh();
    // Once the field has rendered, its input is where the browser points when it refuses.
    queueMicrotask(() => this.#refresh());
  }

  #attributes() {
    const attributes = new Attributes();
    attributes.policy = this.getAttribute("policy") ?? "";
    attributes.extensions = this.getAttribute("extensions") ?? "";
    attributes.names = this.getAttribute("names") ?? "";
    attributes.history = this.getAttribute("history") ?? undefined;
    attributes.lang = this.getAttribute("lang") ?? this.closest("[lang]")?.getAttribute("lang") ?? "en";
    attributes.name = this.getAttribute("name") ?? "pin";
    attributes.label = this.getAttribute("label") ?? undefined;
    attributes.id = "input";
    attributes.required = this.hasAttribute("required");
    attributes.disabled = this.hasAttribute("disabled") || this.#formDisabled;
    attributes.validated = this.#validated;
    attributes.customError = this.#custom || undefined;
    const pause = Number.parseInt(this.getAttribute("pause") ?? "", 10);
    attributes.pause = Number.isFinite(pause) && pause >= 0 ? pause : undefined;
    return attributes;
  }

  #changed = (value, ok, message, report, edited) => {
    if (edited && this.#custom) {
      this.#custom = "";
      this.#render();
    } else {
      this.#refresh(ok, message);
    }
    this.dispatchEvent(new CustomEvent("pin-change", { detail: report, bubbles: true, composed: true }));
  };

  /** The form value and validity: the field's verdict, the page's message, or the attribute's error. */
  #refresh(ok, message) {
    this.#internals.setFormValue(this.value);
    const anchor = this.#root?.querySelector("input:not([disabled])") ?? undefined;
    if (this.#error) {
      this.#internals.setValidity({ customError: true }, this.#error.message, this.#errorBox);
    } else if (this.#custom) {
      this.#internals.setValidity({ customError: true }, this.#custom, anchor);
    } else {
      if (ok === undefined) [ok, message] = this.#handle.validity();
      if (ok) this.#internals.setValidity({});
      else this.#internals.setValidity({ customError: true }, message, anchor);
    }
  }
}

// Properties that reflect the attributes, so that frameworks which set properties (React 19,
// Vue) and scripts work as with attributes. `policy` may be an object (written as JSON),
// `extensions` an array of numbers and `names` an array of names.
for (const name of ["policy", "extensions", "names", "history", "name", "label", "pause"]) {
  Object.defineProperty(PinFieldElement.prototype, name, {
    configurable: true,
    enumerable: true,
    get() { return this.getAttribute(name); },
    set(value) {
      if (value === null || value === undefined) this.removeAttribute(name);
      else if ((name === "extensions" || name === "names") && Array.isArray(value)) this.setAttribute(name, value.join("\n"));
      else if (name === "policy" && typeof value === "object") this.setAttribute(name, JSON.stringify(value));
      else this.setAttribute(name, String(value));
    },
  });
}
for (const name of ["required", "disabled"]) {
  Object.defineProperty(PinFieldElement.prototype, name, {
    configurable: true,
    enumerable: true,
    get() { return this.hasAttribute(name); },
    set(value) { this.toggleAttribute(name, Boolean(value)); },
  });
}

if (!customElements.get("pin-field")) customElements.define("pin-field", PinFieldElement);
