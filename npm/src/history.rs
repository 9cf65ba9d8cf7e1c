//! `PinHistory` for JavaScript (SPEC §4, §8).

use pinwarden::PinHistory;
use wasm_bindgen::prelude::*;

use crate::{args, errors};

/// The last PINs of one person, as Argon2id digests; serializes to a string that holds
/// no PIN.
#[wasm_bindgen(js_name = PinHistory)]
pub struct JsPinHistory {
    inner: PinHistory,
}

#[wasm_bindgen(js_class = PinHistory)]
impl JsPinHistory {
    /// An empty history keeping the policy's `historyCount` PINs.
    #[wasm_bindgen(constructor)]
    pub fn new(
        #[wasm_bindgen(unchecked_param_type = "PresetName | PolicyInput")] policy: Option<JsValue>,
    ) -> Result<JsPinHistory, JsValue> {
        let policy = args::policy(policy.as_ref())?;
        let inner = PinHistory::new(policy.history_count())
            .map_err(|error| errors::history_error(&error))?;
        Ok(JsPinHistory { inner })
    }

    /// Reads what `serialize()` wrote; throws a `HistoryError` (`invalidHistory`) for
    /// anything else.
    pub fn parse(
        #[wasm_bindgen(unchecked_param_type = "string")] text: &JsValue,
    ) -> Result<JsPinHistory, JsValue> {
        let text = args::string(text, "text")?;
        let inner = PinHistory::parse(&text).map_err(|error| errors::history_error(&error))?;
        Ok(JsPinHistory { inner })
    }

    /// Adds a PIN as the newest entry, dropping the oldest beyond `keep`.
    pub fn add(
        &mut self,
        #[wasm_bindgen(unchecked_param_type = "string")] pin: &JsValue,
    ) -> Result<(), JsValue> {
        let pin = args::pin(pin)?;
        self.inner
            .add(&pin)
            .map_err(|error| errors::history_error(&error))
    }

    /// Whether the PIN is in the history (one key derivation).
    pub fn contains(
        &self,
        #[wasm_bindgen(unchecked_param_type = "string")] pin: &JsValue,
    ) -> Result<bool, JsValue> {
        Ok(self.inner.contains(&args::pin(pin)?))
    }

    /// The versioned JSON text, which holds no PIN.
    pub fn serialize(&self) -> String {
        self.inner.serialize()
    }

    /// Same as `serialize()`, so that `JSON.stringify` and contexts take a history as is.
    #[wasm_bindgen(js_name = toJSON)]
    pub fn to_json(&self) -> String {
        self.inner.serialize()
    }

    /// How many PINs it holds.
    #[wasm_bindgen(getter)]
    pub fn length(&self) -> usize {
        self.inner.len()
    }

    /// How many PINs it keeps.
    #[wasm_bindgen(getter)]
    pub fn keep(&self) -> u8 {
        self.inner.keep()
    }
}
