//! The Yew `PinField` component (SPEC §7): a PIN input with a live checklist, for Yew
//! apps; and the `<pin-field>` custom element for any page, over the same component. The
//! checklist, its states and its rules come from [`pinwarden`]; this crate decides only
//! presentation.

mod element;
mod pin_field;
mod text;

pub use element::{Attributes, Handle, check, mount};
pub use pin_field::{PinChange, PinField, PinFieldProps};
