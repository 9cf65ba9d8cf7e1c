//! Arguments in, results out: policies, contexts, PINs and reports.

use pinwarden::{Locale, Policy, Report};
use serde::Serialize;
use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::*;

use crate::errors;

#[wasm_bindgen(module = "/src/read.js")]
extern "C" {
    #[wasm_bindgen(catch, js_name = toJsonText)]
    fn to_json_text(value: &JsValue, what: &str) -> Result<String, JsValue>;

    #[cfg(feature = "history")]
    #[wasm_bindgen(catch, js_name = toMillis)]
    fn to_millis(value: &JsValue, what: &str) -> Result<f64, JsValue>;

    #[wasm_bindgen(catch, js_name = readContext)]
    fn read_context(value: &JsValue) -> Result<JsValue, JsValue>;
}

/// A JavaScript value as JSON data; a `TypeError` with code `wrongType` for anything else.
pub fn json(value: &JsValue, what: &str) -> Result<serde_json::Value, JsValue> {
    let text = to_json_text(value, what)?;
    serde_json::from_str(&text)
        .map_err(|_| errors::wrong_type(what, "plain data (it is nested too deeply)"))
}

/// The policy argument: nothing (Exchange defaults), a preset name, or a policy object.
pub fn policy(value: Option<&JsValue>) -> Result<Policy, JsValue> {
    let Some(value) = value.filter(|v| !v.is_undefined() && !v.is_null()) else {
        return Ok(Policy::EXCHANGE);
    };
    let result = match value.as_string() {
        Some(name) => Policy::preset(&name),
        None => Policy::from_json(&json(value, "policy")?),
    };
    result.map_err(|error| errors::policy_error(&error))
}

/// The PIN argument: a string.
pub fn pin(value: &JsValue) -> Result<String, JsValue> {
    value
        .as_string()
        .ok_or_else(|| errors::wrong_type("pin", "a string"))
}

/// A time argument: a `Date` or milliseconds since the epoch.
#[cfg(feature = "history")]
#[allow(clippy::cast_possible_truncation)] // toMillis returns whole numbers within ±8.64e15
pub fn now(value: &JsValue) -> Result<pinwarden::Timestamp, JsValue> {
    let millis = to_millis(value, "now")?;
    Ok(pinwarden::Timestamp::from_unix_millis(millis as i64))
}

/// A PIN history, when the module has them.
#[cfg(feature = "history")]
pub type History = pinwarden::PinHistory;
/// No PIN history in this module: no value of this type exists.
#[cfg(not(feature = "history"))]
pub enum History {}

/// The context argument (SPEC §8 `Context`, plus `length` for `generatePin`).
#[derive(Default)]
pub struct Context {
    pub extensions: Vec<String>,
    pub history: Option<String>,
    pub locale: Locale,
    pub length: Option<usize>,
}

impl Context {
    /// Reads the context argument (its shape is checked on the JavaScript side, where a
    /// getter or proxy may throw, by `readContext` in read.js).
    pub fn read(value: Option<&JsValue>) -> Result<Context, JsValue> {
        let Some(value) = value else {
            return Ok(Context::default());
        };
        let fields = read_context(value)?;
        if fields.is_null() {
            return Ok(Context::default());
        }
        let fields: js_sys::Array = fields.unchecked_into();
        let extensions = fields.get(0);
        let extensions = if extensions.is_null() {
            Vec::new()
        } else {
            js_sys::Array::from(&extensions)
                .iter()
                .filter_map(|number| number.as_string())
                .collect()
        };
        let locale = match fields.get(2).as_string() {
            None => Locale::En,
            Some(tag) => tag.parse().map_err(|error| errors::locale_error(&error))?,
        };
        #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
        // readContext checked: a safe integer ≥ 0
        let length = fields.get(3).as_f64().map(|n| n as usize);
        Ok(Context {
            extensions,
            history: fields.get(1).as_string(),
            locale,
            length,
        })
    }

    /// The history given, parsed (a `PinHistory` arrives here serialized, by its `toJSON`).
    #[cfg(feature = "history")]
    pub fn history(&self) -> Result<Option<History>, JsValue> {
        self.history
            .as_deref()
            .map(History::parse)
            .transpose()
            .map_err(|error| errors::history_error(&error))
    }

    /// Without the history feature, a history is an error that says where to find one.
    #[cfg(not(feature = "history"))]
    pub fn history(&self) -> Result<Option<History>, JsValue> {
        match self.history {
            Some(_) => Err(errors::history_unavailable()),
            None => Ok(None),
        }
    }

    /// The core's context, borrowing `history`.
    pub fn core<'h>(&self, history: Option<&'h History>) -> pinwarden::Context<'h> {
        let context = pinwarden::Context::new().with_extensions(&self.extensions);
        match history {
            #[cfg(feature = "history")]
            Some(history) => context.with_history(history),
            _ => context,
        }
    }
}

/// Rust data as a plain JavaScript object: its JSON text, parsed by the engine's
/// `JSON.parse` (one crossing, and no object-building code in the wasm).
pub fn to_js<T: Serialize + ?Sized>(value: &T) -> Result<JsValue, JsValue> {
    serde_json::to_string(value)
        .ok()
        .and_then(|text| js_sys::JSON::parse(&text).ok())
        .ok_or_else(|| {
            errors::js_error("Error", "internal", "a result could not be converted", None)
        })
}

/// A report with its messages in `locale`.
pub fn report(report: &Report, locale: Locale) -> Result<JsValue, JsValue> {
    to_js(&report.localized(locale))
}
