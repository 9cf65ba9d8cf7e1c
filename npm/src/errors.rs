//! Every failure becomes an ordinary JavaScript `Error` with a `name` (the kind of
//! failure), a stable `code`, and for policy errors the `field` (SPEC §8): the mapping of
//! `pinwarden-js` (`js/`), which the `<pin-field>` element shares. (One crate holds every
//! error's words: split between two, the checks wasm kept two copies of the ones they
//! share.)

#[cfg(not(feature = "history"))]
pub use pinwarden_js::history_unavailable;
#[cfg(feature = "history")]
pub use pinwarden_js::{account_error, history_error};
pub use pinwarden_js::{generate_error, internal_error, locale_error, policy_error, wrong_type};
