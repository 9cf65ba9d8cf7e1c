//! The Yew `PinField` component (SPEC §7): a PIN input with a live checklist, for Yew
//! apps; and the `<pin-field>` custom element for any page, over the same component. The
//! checklist, its states and its rules come from [`pinwarden`]; this crate decides only
//! presentation.
//!
//! The `oracle` feature adds the `assess` and `normalizeDigits` exports (the core's own
//! judgement of a PIN, for tests); the element package is built without it.

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
