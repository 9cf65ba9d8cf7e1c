//! The demo site served by `cargo xtask demo`.
//!
//! So far the site is static pages in `www/site/` around the `<pin-field>` element:
//! "Choose your PIN" and "Plain HTML form". The pages that need Rust of their own (the
//! policy editor, the administrator reset, the logon simulator) arrive with the rest of
//! the demo issue; this crate exports nothing until then.
