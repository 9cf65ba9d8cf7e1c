//! Every failure becomes an ordinary JavaScript `Error` with a `name` (the kind of
//! failure), a stable `code`, and for policy errors the `field` (SPEC §8).

use js_sys::{Error, Reflect};
#[cfg(feature = "history")]
use pinwarden::{AccountError, HistoryError};
use pinwarden::{GenerateError, PolicyError, UnsupportedLocale};
use wasm_bindgen::JsValue;

/// Builds `new Error(message)` with `name`, `code` and, when given, `field`.
pub fn js_error(name: &str, code: &str, message: &str, field: Option<&str>) -> JsValue {
    let error = Error::new(message);
    error.set_name(name);
    // Setting a property on a fresh Error cannot fail; were it to, the error stays usable.
    let _ = Reflect::set(&error, &"code".into(), &code.into());
    if let Some(field) = field {
        let _ = Reflect::set(&error, &"field".into(), &field.into());
    }
    error.into()
}

/// An argument of the wrong JavaScript type (`TypeError`, code `wrongType`).
pub fn wrong_type(argument: &str, expected: &str) -> JsValue {
    js_error(
        "TypeError",
        "wrongType",
        &format!("{argument} must be {expected}"),
        Some(argument),
    )
}

pub fn policy_error(error: &PolicyError) -> JsValue {
    js_error(
        "PolicyError",
        error.code(),
        &error.to_string(),
        error.field(),
    )
}

pub fn generate_error(error: &GenerateError) -> JsValue {
    js_error("GenerateError", error.code(), &error.to_string(), None)
}

#[cfg(feature = "history")]
pub fn history_error(error: &HistoryError) -> JsValue {
    js_error("HistoryError", error.code(), &error.to_string(), None)
}

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
            let _ = Reflect::set(&error, &"allowedAt".into(), &allowed_at.into());
            error
        }
        other => js_error("AccountError", other.code(), &other.to_string(), None),
    }
}

pub fn locale_error(error: &UnsupportedLocale) -> JsValue {
    js_error(
        "TypeError",
        "unsupportedLocale",
        &error.to_string(),
        Some("locale"),
    )
}

/// A context with a `history` given to `pinwarden/checks` (the build without the `history`
/// feature).
#[cfg(not(feature = "history"))]
pub fn history_unavailable() -> JsValue {
    js_error(
        "HistoryError",
        "historyUnavailable",
        "pinwarden/checks has no PIN history (it leaves Argon2id out to stay small): import \"pinwarden\" to check a PIN against a history",
        Some("history"),
    )
}
