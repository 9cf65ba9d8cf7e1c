//! The JavaScript errors of pinwarden's WebAssembly bindings, in one place for both: the npm
//! package `pinwarden` (`npm/`) and the `<pin-field>` element of `pinwarden-yew` (`web/`).
//!
//! Every failure becomes an ordinary JavaScript `Error` (SPEC §8) with
//! - `name`, the kind of failure: `PolicyError`, `GenerateError`, `HistoryError`,
//!   `AccountError`, or `TypeError` for an argument of the wrong kind;
//! - `code`, stable and camelCase (`outOfRange`, `unknownField`, `invalidHistory`…), the
//!   core's own `code()`;
//! - `field`, for a policy error that names a key (and `locale` for an unsupported one);
//! - `message`, the core's words (English, or the element's language for a policy error).
//!
//! One function per core error type maps it; an element adds the attribute at fault with
//! [`attribute_error`]. The functions build no object they do not return, and nothing here
//! is generic, so a size-budgeted build (the npm package's `pinwarden/checks`, 40 KB gzip)
//! carries only the functions it calls.
//!
//! ```no_run
//! // (no_run: `js_sys` works only in a JavaScript engine; the npm and element tests run it.)
//! use pinwarden::Policy;
//! use wasm_bindgen::JsValue;
//!
//! fn parse(text: &str) -> Result<Policy, JsValue> {
//!     Policy::from_json_str(text).map_err(|error| pinwarden_js::policy_error(&error))
//! }
//! // parse(r#"{"minLength": 3}"#) throws, in JavaScript, an Error with name "PolicyError",
//! // code "outOfRange", field "minLength" and the message "`minLength` must be 0 (no PIN
//! // required) or between 4 and 24; got 3".
//! ```

#[cfg(feature = "history")]
use pinwarden::{AccountError, HistoryError};
use pinwarden::{GenerateError, Locale, PolicyError, UnsupportedLocale};
use wasm_bindgen::JsValue;

/// `new Error(message)` with `name`, `code` and, when given, `field`: what every function of
/// this crate builds.
pub fn js_error(name: &str, code: &str, message: &str, field: Option<&str>) -> JsValue {
    let error = js_sys::Error::new(message);
    error.set_name(name);
    // Setting a property on a fresh Error cannot fail; were it to, the error stays usable.
    let _ = js_sys::Reflect::set(&error, &"code".into(), &code.into());
    if let Some(field) = field {
        let _ = js_sys::Reflect::set(&error, &"field".into(), &field.into());
    }
    error.into()
}

/// A failure of the bindings themselves, not of the caller's input (a value that cannot
/// cross to JavaScript, a handle that names nothing): `Error` with code `internal`.
pub fn internal_error(message: &str) -> JsValue {
    js_error("Error", "internal", message, None)
}

/// An argument of the wrong JavaScript type: a `TypeError` with code `wrongType` and the
/// argument's name as `field` (`"pin must be a string"`).
pub fn wrong_type(argument: &str, expected: &str) -> JsValue {
    js_error(
        "TypeError",
        "wrongType",
        &format!("{argument} must be {expected}"),
        Some(argument),
    )
}

/// A context with a `history` given to the npm package's `pinwarden/checks`, the build
/// without the PIN history: `HistoryError`, code `historyUnavailable`, field `history`.
pub fn history_unavailable() -> JsValue {
    js_error(
        "HistoryError",
        "historyUnavailable",
        "pinwarden/checks has no PIN history (it leaves Argon2id out to stay small): import \"pinwarden\" to check a PIN against a history",
        Some("history"),
    )
}

/// A policy that cannot be made (SPEC §1, §8): `PolicyError`, the error's code, its
/// `field` when it names one, and the English message.
pub fn policy_error(error: &PolicyError) -> JsValue {
    js_error(
        "PolicyError",
        error.code(),
        &error.to_string(),
        error.field(),
    )
}

/// [`policy_error`] with its message in `locale` (the element speaks the page's language).
/// A build that calls only [`policy_error`] carries no French.
pub fn localized_policy_error(error: &PolicyError, locale: Locale) -> JsValue {
    js_error(
        "PolicyError",
        error.code(),
        &error.message(locale),
        error.field(),
    )
}

/// A PIN that cannot be generated (SPEC §3): `GenerateError` and its code.
pub fn generate_error(error: &GenerateError) -> JsValue {
    js_error("GenerateError", error.code(), &error.to_string(), None)
}

/// A PIN history that cannot be read or used (SPEC §4): `HistoryError` and its code.
#[cfg(feature = "history")]
pub fn history_error(error: &HistoryError) -> JsValue {
    js_error("HistoryError", error.code(), &error.to_string(), None)
}

/// An account operation refused (SPEC §6): `AccountError` and its code (with `allowedAt`,
/// milliseconds since 1970, for `tooSoon`), or the generation or history error it wraps,
/// as [`generate_error`] and [`history_error`] make them.
#[cfg(feature = "history")]
pub fn account_error(error: &AccountError) -> JsValue {
    match error {
        AccountError::Generate(error) => generate_error(error),
        AccountError::History(error) => history_error(error),
        AccountError::TooSoon { allowed_at } => {
            let error = js_error("AccountError", "tooSoon", &error.to_string(), None);
            // When a change is allowed, in milliseconds since 1970 (exact below 2⁵³).
            #[allow(clippy::cast_precision_loss)]
            let allowed_at = allowed_at.unix_millis() as f64;
            let _ = js_sys::Reflect::set(&error, &"allowedAt".into(), &allowed_at.into());
            error
        }
        other => js_error("AccountError", other.code(), &other.to_string(), None),
    }
}

/// A language tag other than `en` and `fr` where a locale was asked for (SPEC §5): a
/// `TypeError` with code `unsupportedLocale` and field `locale`.
pub fn locale_error(error: &UnsupportedLocale) -> JsValue {
    js_error(
        "TypeError",
        "unsupportedLocale",
        &error.to_string(),
        Some("locale"),
    )
}

/// The error of one of an element's attributes (SPEC §7): `error` (made by a function
/// above) with `attribute`, the attribute at fault (`policy`, `history`), and `field` always
/// present — the policy field it is about, or `null` when it names none — so that a page
/// can read both without asking whether they exist.
pub fn attribute_error(error: JsValue, attribute: &str) -> JsValue {
    let _ = js_sys::Reflect::set(&error, &"attribute".into(), &attribute.into());
    if !js_sys::Reflect::has(&error, &"field".into()).unwrap_or(true) {
        let _ = js_sys::Reflect::set(&error, &"field".into(), &JsValue::NULL);
    }
    error
}
