//! `PinAccount` for JavaScript (SPEC §6, §8). The JavaScript object holds the policy and
//! the person's extensions with the account, since §8's methods take only the PIN and
//! the time.

use pinwarden::{Locale, MustChange, PinAccount, Policy, Verification};
use serde::Serialize;
use wasm_bindgen::prelude::*;

use crate::{args, errors};

/// One person's PIN state; serialize it into a string column and parse it back.
#[wasm_bindgen(js_name = PinAccount)]
pub struct JsPinAccount {
    inner: PinAccount,
    policy: Policy,
    context: args::Context,
}

#[derive(Serialize)]
#[serde(
    tag = "outcome",
    rename_all = "camelCase",
    rename_all_fields = "camelCase"
)]
enum VerificationWire {
    LockedOut,
    Success {
        must_change: Option<&'static str>,
        #[serde(skip_serializing_if = "Option::is_none")]
        expires_in_days: Option<u16>,
    },
    Failure {
        attempts_before_reset: Option<u16>,
        attempts_before_lockout: u16,
        new_pin: Option<String>,
        locked_out: bool,
    },
}

#[wasm_bindgen(js_class = PinAccount)]
impl JsPinAccount {
    /// A new account with a generated first PIN, which must change at the first logon:
    /// `{ account, pin }`; show the PIN once.
    #[wasm_bindgen(unchecked_return_type = "{ account: PinAccount; pin: string }")]
    pub fn create(
        #[wasm_bindgen(unchecked_param_type = "Date | number")] now: &JsValue,
        #[wasm_bindgen(unchecked_param_type = "PresetName | PolicyInput")] policy: Option<JsValue>,
        #[wasm_bindgen(unchecked_param_type = "Context")] context: Option<JsValue>,
    ) -> Result<JsValue, JsValue> {
        let policy = args::policy(policy.as_ref())?;
        let context = args::Context::read(context.as_ref())?;
        let now = args::now(now)?;
        let (inner, pin) = PinAccount::create(&policy, &context.core(None), now)
            .map_err(|e| errors::account_error(&e))?;
        let created = js_sys::Object::new();
        let account = JsValue::from(JsPinAccount {
            inner,
            policy,
            context,
        });
        // Setting properties on a fresh plain object cannot fail.
        let _ = js_sys::Reflect::set(&created, &"account".into(), &account);
        let _ = js_sys::Reflect::set(&created, &"pin".into(), &pin.expose().into());
        Ok(created.into())
    }

    /// Reads what `serialize()` wrote, under this policy and context.
    pub fn parse(
        #[wasm_bindgen(unchecked_param_type = "string")] text: &JsValue,
        #[wasm_bindgen(unchecked_param_type = "PresetName | PolicyInput")] policy: Option<JsValue>,
        #[wasm_bindgen(unchecked_param_type = "Context")] context: Option<JsValue>,
    ) -> Result<JsPinAccount, JsValue> {
        let text = args::string(text, "text")?;
        let policy = args::policy(policy.as_ref())?;
        let context = args::Context::read(context.as_ref())?;
        let inner = PinAccount::parse(&text).map_err(|e| errors::account_error(&e))?;
        Ok(JsPinAccount {
            inner,
            policy,
            context,
        })
    }

    /// The person chooses a PIN: the report says whether it was accepted (`ok`) and why
    /// not. Throws an `AccountError`: `lockedOut` when the account is locked, `tooSoon`
    /// (with `allowedAt`, milliseconds since 1970) before the policy's `minAgeDays` have
    /// passed since the last change, when no change is required.
    #[wasm_bindgen(js_name = setPin, unchecked_return_type = "Report")]
    pub fn set_pin(
        &mut self,
        #[wasm_bindgen(unchecked_param_type = "string")] pin: &JsValue,
        #[wasm_bindgen(unchecked_param_type = "Date | number")] now: &JsValue,
    ) -> Result<JsValue, JsValue> {
        let pin = args::pin(pin)?;
        let now = args::now(now)?;
        match self
            .inner
            .set_pin(&self.policy, &self.context.core(None), &pin, now)
        {
            Ok(report) | Err(pinwarden::AccountError::Rejected(report)) => {
                args::report(&report, self.locale())
            }
            Err(error) => Err(errors::account_error(&error)),
        }
    }

    /// An administrator resets the PIN: returns the new PIN, to be shown once.
    #[wasm_bindgen(js_name = adminReset)]
    pub fn admin_reset(
        &mut self,
        #[wasm_bindgen(unchecked_param_type = "Date | number")] now: &JsValue,
    ) -> Result<String, JsValue> {
        let now = args::now(now)?;
        let pin = self
            .inner
            .admin_reset(&self.policy, &self.context.core(None), now)
            .map_err(|e| errors::account_error(&e))?;
        Ok(pin.expose().to_owned())
    }

    /// A logon attempt.
    #[wasm_bindgen(unchecked_return_type = "Verification")]
    pub fn verify(
        &mut self,
        #[wasm_bindgen(unchecked_param_type = "string")] pin: &JsValue,
        #[wasm_bindgen(unchecked_param_type = "Date | number")] now: &JsValue,
    ) -> Result<JsValue, JsValue> {
        let pin = args::pin(pin)?;
        let now = args::now(now)?;
        let outcome = self
            .inner
            .verify(&self.policy, &self.context.core(None), &pin, now)
            .map_err(|e| errors::account_error(&e))?;
        let wire = match outcome {
            Verification::LockedOut => VerificationWire::LockedOut,
            Verification::Success {
                must_change,
                expires_in_days,
            } => VerificationWire::Success {
                must_change: must_change.map(MustChange::as_str),
                expires_in_days,
            },
            Verification::Failure {
                attempts_before_reset,
                attempts_before_lockout,
                new_pin,
                locked_out,
            } => VerificationWire::Failure {
                attempts_before_reset,
                attempts_before_lockout,
                new_pin: new_pin.map(|pin| pin.expose().to_owned()),
                locked_out,
            },
        };
        args::to_js(&wire)
    }

    /// An administrator unlocks the account without changing the PIN.
    pub fn unlock(
        &mut self,
        #[wasm_bindgen(unchecked_param_type = "Date | number")] now: &JsValue,
    ) -> Result<(), JsValue> {
        self.inner.unlock(args::now(now)?);
        Ok(())
    }

    /// `{ pinExpired, firstTimeUser, lockedOut, failures, expiresAt }` (`expiresAt` in
    /// milliseconds since the epoch, or `null`).
    #[wasm_bindgen(unchecked_return_type = "Status")]
    pub fn status(
        &self,
        #[wasm_bindgen(unchecked_param_type = "Date | number")] now: &JsValue,
    ) -> Result<JsValue, JsValue> {
        let now = args::now(now)?;
        args::to_js(&self.inner.status(&self.policy, now))
    }

    /// Applies another policy or context from now on (an administrator changed them).
    #[wasm_bindgen(js_name = setPolicy)]
    pub fn set_policy(
        &mut self,
        #[wasm_bindgen(unchecked_param_type = "PresetName | PolicyInput")] policy: Option<JsValue>,
        #[wasm_bindgen(unchecked_param_type = "Context")] context: Option<JsValue>,
    ) -> Result<(), JsValue> {
        let policy = args::policy(policy.as_ref())?;
        let context = args::Context::read(context.as_ref())?;
        self.policy = policy;
        self.context = context;
        Ok(())
    }

    /// The serialized history, to hand to a browser for live `recycled` feedback.
    #[wasm_bindgen(js_name = historyText)]
    pub fn history_text(&self) -> String {
        self.inner.history().serialize()
    }

    /// How many times the state has changed (SPEC §6): a server compares it before writing
    /// the text back (`UPDATE … WHERE revision = ?`).
    #[wasm_bindgen(getter)]
    #[allow(clippy::cast_precision_loss)] // exact below 2^53 changes
    pub fn revision(&self) -> f64 {
        self.inner.revision() as f64
    }

    /// The versioned JSON text, which holds no PIN (nor the policy).
    pub fn serialize(&self) -> String {
        self.inner.serialize()
    }

    /// Same as `serialize()`.
    #[wasm_bindgen(js_name = toJSON)]
    pub fn to_json(&self) -> String {
        self.inner.serialize()
    }
}

impl JsPinAccount {
    fn locale(&self) -> Locale {
        self.context.locale
    }
}
