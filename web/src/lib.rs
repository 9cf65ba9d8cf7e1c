//! The Yew `PinField` component and the `<pin-field>` custom element (SPEC §7).
//!
//! Not built yet: the component arrives with the widget issue. This crate exists so that
//! the workspace has its final shape; it exports nothing.
