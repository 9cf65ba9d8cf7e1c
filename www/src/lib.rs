//! The demo site served by `cargo xtask demo`.
//!
//! So far the site is static pages in `www/site/` around the `<pin-field>` element and the
//! npm package: "Choose your PIN", "Administrator reset", "Logon simulator" and "Plain HTML
//! form". The policy editor arrives with the rest of the demo issue; this crate exports
//! nothing until a page needs Rust of its own.
