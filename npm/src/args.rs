//! Arguments in, results out: policies, contexts, PINs and reports.

use std::cell::RefCell;

use pinwarden::{Locale, PRESET_NAMES, Policy, Report};
use serde::Serialize;
use serde_json::{Map, Value};
use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::*;

use crate::errors;

#[wasm_bindgen(module = "/src/read.js")]
extern "C" {
    #[wasm_bindgen(catch, js_name = readPolicy)]
    fn read_policy(value: &JsValue) -> Result<JsValue, JsValue>;

    #[wasm_bindgen(js_name = policyReader)]
    fn policy_reader() -> JsValue;

    #[wasm_bindgen(js_name = keepPolicy)]
    fn keep_policy(text: &str, handle: usize) -> bool;

    #[wasm_bindgen(js_name = forgetPolicies)]
    fn forget_policies();

    #[wasm_bindgen(js_name = fromJsonText)]
    fn from_json_text(text: &str) -> JsValue;

    #[cfg(feature = "history")]
    #[wasm_bindgen(catch, js_name = toMillis)]
    fn to_millis(value: &JsValue, what: &str) -> Result<f64, JsValue>;

    #[wasm_bindgen(catch, js_name = readContext)]
    fn read_context(value: &JsValue) -> Result<JsValue, JsValue>;
}

/// How deeply arrays and objects may nest in a policy (as `serde_json`'s parser allows).
const MAX_DEPTH: usize = 128;

/// JSON text (from [`to_json_text`], so valid) as a `Value`: parsed by the engine's
/// `JSON.parse` and walked here, so that the module needs no JSON parser of its own (it
/// would be a sixth of the checks-only wasm).
fn json_of_text(text: &str, what: &str) -> Result<Value, JsValue> {
    plain_data(&from_json_text(text), MAX_DEPTH)
        .ok_or_else(|| errors::wrong_type(what, "plain data (it is nested too deeply)"))
}

/// What `JSON.parse` returned as a `Value`; `None` when nested deeper than `depth`.
fn plain_data(data: &JsValue, depth: usize) -> Option<Value> {
    if let Some(text) = data.as_string() {
        return Some(Value::String(text));
    }
    if let Some(number) = data.as_f64() {
        return Some(json_number(number));
    }
    if let Some(boolean) = data.as_bool() {
        return Some(Value::Bool(boolean));
    }
    if data.is_null() {
        return Some(Value::Null);
    }
    let depth = depth.checked_sub(1)?;
    if let Some(array) = data.dyn_ref::<js_sys::Array>() {
        let items = array.iter().map(|item| plain_data(&item, depth));
        return items.collect::<Option<Vec<_>>>().map(Value::Array);
    }
    // Inserted one by one: collecting into a map sorts first, which costs kilobytes.
    let mut map = Map::new();
    for entry in js_sys::Object::entries(data.unchecked_ref()) {
        let entry: js_sys::Array = entry.unchecked_into();
        map.insert(entry.get(0).as_string()?, plain_data(&entry.get(1), depth)?);
    }
    Some(Value::Object(map))
}

/// A finite JavaScript number as `serde_json` reads the text `JSON.stringify` writes for it:
/// whole numbers below 2⁶³ in size as integers, anything else as a float.
#[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)] // whole and in range
fn json_number(number: f64) -> Value {
    const LIMIT: f64 = 9_223_372_036_854_775_808.0; // 2⁶³
    if number.fract() == 0.0 && number.abs() < LIMIT {
        if number >= 0.0 {
            Value::from(number as u64)
        } else {
            Value::from(number as i64)
        }
    } else {
        serde_json::Number::from_f64(number).map_or(Value::Null, Value::Number)
    }
}

/// The policy argument: nothing (Exchange defaults), a preset name, or a policy object.
pub fn policy(value: Option<&JsValue>) -> Result<Policy, JsValue> {
    let Some(value) = value.filter(|v| !v.is_undefined() && !v.is_null()) else {
        return Ok(Policy::EXCHANGE);
    };
    if let Some(name) = value.as_string() {
        return Policy::preset(&name).map_err(|error| errors::policy_error(&error));
    }
    let read = read_policy(value)?;
    let handle = match read.as_string() {
        Some(text) => compile(&text)?,
        #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)] // an index
        None => read.as_f64().unwrap_or_default() as usize,
    };
    compiled(handle)
}

/// The function that reads a policy object for [`policy`] (`readPolicy` in read.js), for
/// the package's JavaScript fast path, which must share its cache.
pub fn reader() -> JsValue {
    policy_reader()
}

thread_local! {
    /// The compiled policies, by handle: the presets in the order of [`PRESET_NAMES`],
    /// a slot for a policy used once, then the policies read.js keeps (by the policy
    /// object and by its JSON text) so that a policy passed call after call is read
    /// without being parsed again. Empty until first used (see [`fill_presets`]).
    static POLICIES: RefCell<Vec<Policy>> = const { RefCell::new(Vec::new()) };
}

/// Puts the presets in the table of compiled policies on first use; every function that
/// reads the table calls it first. (By hand rather than by a lazy thread-local, whose
/// initialization costs the wasm more.)
fn fill_presets() {
    POLICIES.with_borrow_mut(|table| {
        if table.is_empty() {
            *table = presets();
        }
    });
}

/// The handle of a policy compiled for one call only (see [`compile`]).
const USED_ONCE: usize = PRESET_NAMES.len();

/// How many compiled policies are kept at most; past it, all are forgotten and compiled
/// again as they come (a server has a handful; a caller making policies without end
/// must not make the table grow without end).
const MAX_POLICIES: usize = 1024;

/// The table's first entries: the presets in the order of [`PRESET_NAMES`], and the
/// [`USED_ONCE`] slot.
fn presets() -> Vec<Policy> {
    vec![
        Policy::EXCHANGE,
        Policy::TEAMS,
        Policy::STRICT,
        Policy::EXCHANGE,
    ]
}

/// Parses a policy's JSON text (from `readPolicy`) into the table; returns its handle.
/// Throws a `PolicyError` for a policy that breaks a rule (nothing is kept then).
pub fn compile(text: &str) -> Result<usize, JsValue> {
    let policy =
        Policy::from_json(&json_of_text(text, "policy")?).map_err(|e| errors::policy_error(&e))?;
    fill_presets();
    let full = POLICIES.with_borrow(|table| table.len() >= MAX_POLICIES);
    if full {
        forget_policies();
        POLICIES.with_borrow_mut(|table| table.truncate(USED_ONCE + 1));
    }
    let next = POLICIES.with_borrow(Vec::len);
    let handle = if keep_policy(text, next) {
        next
    } else {
        USED_ONCE
    };
    POLICIES.with_borrow_mut(|table| {
        if handle == next {
            table.push(policy);
        } else {
            // The slot is always there (the presets come first): no panic path.
            if let Some(slot) = table.get_mut(USED_ONCE) {
                *slot = policy;
            }
        }
    });
    Ok(handle)
}

/// The compiled policy of `handle` (a preset's index in [`PRESET_NAMES`], or what
/// [`compile`] returned).
pub fn compiled(handle: usize) -> Result<Policy, JsValue> {
    fill_presets();
    POLICIES
        .with_borrow(|table| table.get(handle).copied())
        .ok_or_else(|| errors::internal_error("an unknown policy handle"))
}

/// The PIN argument: a string.
pub fn pin(value: &JsValue) -> Result<String, JsValue> {
    string(value, "pin")
}

/// A string argument named `what`; a `TypeError` with code `wrongType` for anything else.
pub fn string(value: &JsValue, what: &str) -> Result<String, JsValue> {
    value
        .as_string()
        .ok_or_else(|| errors::wrong_type(what, "a string"))
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
    /// The person's names, for `nameOnKeypad`.
    pub names: Vec<String>,
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
        let extensions = strings(&fields.get(0));
        let names = strings(&fields.get(4));
        let locale = match fields.get(2).as_string() {
            None => Locale::En,
            Some(tag) => tag.parse().map_err(|error| errors::locale_error(&error))?,
        };
        #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
        // readContext checked: a safe integer ≥ 0
        let length = fields.get(3).as_f64().map(|n| n as usize);
        Ok(Context {
            extensions,
            names,
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

    /// In `pinwarden/checks` (no history feature), a history is an error that says where
    /// to find one.
    #[cfg(not(feature = "history"))]
    pub fn history(&self) -> Result<Option<History>, JsValue> {
        match self.history {
            Some(_) => Err(errors::history_unavailable()),
            None => Ok(None),
        }
    }

    /// The core's context, borrowing `history`.
    pub fn core<'h>(&self, history: Option<&'h History>) -> pinwarden::Context<'h> {
        let mut context = pinwarden::Context::new();
        for extension in &self.extensions {
            context = context.with_extension(extension);
        }
        for name in &self.names {
            context = context.with_name(name);
        }
        match history {
            #[cfg(feature = "history")]
            Some(history) => context.with_history(history),
            _ => context,
        }
    }
}

/// A list of strings `readContext` checked (`null` when absent) as strings.
fn strings(list: &JsValue) -> Vec<String> {
    let Some(list) = list.dyn_ref::<js_sys::Array>() else {
        return Vec::new();
    };
    list.iter().filter_map(|item| item.as_string()).collect()
}

/// Rust data as a plain JavaScript object: its JSON text, parsed by the engine's
/// `JSON.parse` (one crossing, and no object-building code in the wasm).
pub fn to_js<T: Serialize + ?Sized>(value: &T) -> Result<JsValue, JsValue> {
    serde_json::to_string(value)
        .ok()
        .and_then(|text| js_sys::JSON::parse(&text).ok())
        .ok_or_else(|| errors::internal_error("a result could not be converted"))
}

/// A report with its messages in `locale`.
pub fn report(report: &Report, locale: Locale) -> Result<JsValue, JsValue> {
    to_js(&report.localized(locale))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_table_starts_with_the_presets_in_the_order_of_their_names() {
        let table = presets();
        for (handle, name) in PRESET_NAMES.iter().enumerate() {
            assert_eq!(Policy::preset(name).ok(), Some(table[handle]), "{name}");
        }
        assert_eq!(table.len(), USED_ONCE + 1);
    }
}
