//! WebAssembly bindings of [`pinwarden`], published as the npm package `pinwarden`
//! (SPEC §8). They translate JavaScript values to the core's types and back, and map each
//! failure to a JavaScript `Error` with a `name`, a `code` and, for policies, a `field`;
//! they decide nothing about PINs themselves.
//!
//! The package's TypeScript declarations are written by hand in
//! `template/pinwarden.d.ts` (wasm-bindgen cannot express optional `JsValue`
//! parameters); a test checks them against what wasm-bindgen generates.

// Every export throws JavaScript errors, documented in pinwarden.d.ts; wasm-bindgen takes
// optional JavaScript values as `Option<JsValue>` by value.
#![allow(clippy::missing_errors_doc, clippy::needless_pass_by_value)]

#[cfg(feature = "history")]
mod account;
mod args;
mod errors;
#[cfg(feature = "history")]
mod history;
mod quick;

use pinwarden::{Policy, generate_pin, validate_pin};
use wasm_bindgen::prelude::*;

#[cfg(feature = "history")]
pub use account::JsPinAccount;
#[cfg(feature = "history")]
pub use history::JsPinHistory;

/// Talc rather than Rust's default dlmalloc: a smaller module (3 KB gzip) that allocates faster.
#[cfg(all(target_family = "wasm", not(target_feature = "atomics")))]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

/// The complete, validated policy for `input` (a preset name, a partial policy, or
/// nothing for the Exchange defaults). Throws a `PolicyError` naming the field.
#[wasm_bindgen(js_name = parsePolicy, unchecked_return_type = "Policy")]
pub fn parse_policy(
    #[wasm_bindgen(unchecked_param_type = "PresetName | PolicyInput")] input: Option<JsValue>,
) -> Result<JsValue, JsValue> {
    let policy = args::policy(input.as_ref())?;
    args::to_js(&policy)
}

/// Checks a PIN (SPEC §2). PIN problems are data in the report, never thrown.
#[wasm_bindgen(js_name = validatePin, unchecked_return_type = "Report")]
pub fn validate_pin_js(
    #[wasm_bindgen(unchecked_param_type = "string")] pin: &JsValue,
    #[wasm_bindgen(unchecked_param_type = "PresetName | PolicyInput")] policy: Option<JsValue>,
    #[wasm_bindgen(unchecked_param_type = "Context")] context: Option<JsValue>,
) -> Result<JsValue, JsValue> {
    let pin = args::pin(pin)?;
    let policy = args::policy(policy.as_ref())?;
    let context = args::Context::read(context.as_ref())?;
    let history = context.history()?;
    let report = validate_pin(&pin, &policy, &context.core(history.as_ref()));
    args::report(&report, context.locale)
}

/// A fresh PIN that passes [`validate_pin_js`] for the same policy and context (SPEC §3),
/// from the browser's or Node's CSPRNG. Throws a `GenerateError` when none can be made.
#[wasm_bindgen(js_name = generatePin)]
pub fn generate_pin_js(
    #[wasm_bindgen(unchecked_param_type = "PresetName | PolicyInput")] policy: Option<JsValue>,
    #[wasm_bindgen(unchecked_param_type = "Context & { length?: number }")] context: Option<
        JsValue,
    >,
) -> Result<String, JsValue> {
    let policy: Policy = args::policy(policy.as_ref())?;
    let context = args::Context::read(context.as_ref())?;
    let history = context.history()?;
    let pin = generate_pin(&policy, &context.core(history.as_ref()), context.length)
        .map_err(|error| errors::generate_error(&error))?;
    Ok(pin.expose().to_owned())
}
