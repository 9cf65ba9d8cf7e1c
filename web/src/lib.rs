//! A PIN input with live feedback for [Yew](https://yew.rs) applications: [`PinField`]
//! shows, while a person types a new PIN, a checklist of the rules of the PIN policy
//! (Exchange UM / Outlook Voice Access, Teams audio conferencing, or your own) — length,
//! digits only, no run like 1234, not the end of your extension, not one of your last N
//! PINs… — each met, not met or not yet known, in English or French.
//!
//! The rules, the checklist and its states come from the [`pinwarden`] crate, so the page
//! and the server that checks the PIN again apply exactly the same policy; this crate
//! decides only presentation. It is accessible (a real `<label>`, `inputmode="numeric"`,
//! `autocomplete="new-password"`, masked with a show/hide button, `aria-invalid` only after
//! the first validation, a polite live region that speaks when typing pauses) and converts
//! digits typed in other scripts (Arabic-Indic, full-width) as they are typed.
//!
//! # Example
//!
//! A form whose button waits for a PIN that meets the policy:
//!
//! ```
//! use pinwarden::{Locale, Policy};
//! use pinwarden_yew::{PinChange, PinField};
//! use yew::prelude::*;
//!
//! #[component]
//! fn ChoosePin() -> Html {
//!     let accepted = use_state(|| false);
//!     let onchange = {
//!         let accepted = accepted.clone();
//!         // After every edit: the PIN (ASCII digits) and its report (codes, messages).
//!         Callback::from(move |change: PinChange| accepted.set(change.report.ok()))
//!     };
//!     html! {
//!         <form method="post">
//!             <PinField
//!                 policy={Policy::EXCHANGE}
//!                 extensions={vec![AttrValue::from("36697")]}
//!                 locale={Locale::Fr}
//!                 name="pin"
//!                 required=true
//!                 {onchange}
//!             />
//!             <button disabled={!*accepted}>{ "Enregistrer" }</button>
//!         </form>
//!     }
//! }
//!
//! // In a browser: `yew::Renderer::<ChoosePin>::with_root(element).render();`.
//! // Here, rendered to HTML by Yew's server renderer:
//! let html = tokio::runtime::Builder::new_current_thread()
//!     .build()?
//!     .block_on(yew::ServerRenderer::<ChoosePin>::new().hydratable(false).render());
//! assert!(html.contains("Nouveau code PIN")); // the label, in French
//! assert!(html.contains(r#"inputmode="numeric""#));
//! assert!(html.contains(r#"autocomplete="new-password""#));
//! assert!(html.contains("6 à 24 chiffres")); // the Exchange policy's length rule
//! # Ok::<(), std::io::Error>(())
//! ```
//!
//! A complete application (a policy switch, a language switch, a form) is the example
//! `choose_pin` in the repository's `web/examples/`, built with
//! `cargo build -p pinwarden-yew --example choose_pin --target wasm32-unknown-unknown`.
//!
//! # The `<pin-field>` custom element
//!
//! The same component is the form-associated custom element `<pin-field>` for any page or
//! framework (plain HTML, React, Vue): [`mount`], [`Attributes`] and [`Handle`] are the
//! exports its small JavaScript class (`element/pin-field.js`) calls; a Yew application
//! does not need them. `cargo xtask web` builds the element package. The `oracle` feature
//! adds the `assess` and `normalizeDigits` exports (the core's own judgement of a PIN, for
//! tests); the element package is built without it.
//!
//! # Documentation
//!
//! The widget's behaviour, attributes, events and styling are described in
//! [§7 of the repository's documentation](https://example.invalid/pinwarden/tree/main/docs/element.md)
//! (the § numbers in this crate refer to its sections), the policy in
//! [§1](https://example.invalid/pinwarden/tree/main/docs/policy.md) and the checks in
//! [§2](https://example.invalid/pinwarden/tree/main/docs/checks.md).

mod element;
mod field;
#[cfg(feature = "oracle")]
mod oracle;
mod text;
mod validity;

pub use element::{Attributes, Handle, extension_list, mount};
pub use field::{DEFAULT_PAUSE_MS, PinChange, PinField, PinFieldProps};
#[cfg(feature = "oracle")]
pub use oracle::{assess, normalize};
pub use text::outcome;
