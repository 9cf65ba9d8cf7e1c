//! `assess`: the core's own judgement of a PIN for live feedback, exported for pages and
//! tests that want to know what the field must show (the checklist, the report, the
//! form's verdict and the announcement) without reading it from the field.
#![allow(clippy::needless_pass_by_value)] // wasm-bindgen takes owned values
#![allow(clippy::too_many_arguments)] // one argument per attribute of the element

use pinwarden::LocalizedReport;
use pinwarden::{Rule, assess as core_assess, assess_without_history, normalize_digits};
use serde::Serialize;
use wasm_bindgen::prelude::*;

use crate::element::{history_of, locale_of, policy_of, to_js};
use crate::{text, validity};

/// What the core makes of `value` typed under `policy` (preset name or JSON; empty for
/// the Exchange defaults) with these `extensions` (one number each), `names` (one name
/// each), `history` (serialized, SPEC §4) and language: `{ items: [{ rule, label, state,
/// advisory }], report, ok, message, outcome }` (`advisory`: the rule only warns, and
/// not met it is shown as advice), where `ok` is whether a form may submit it (an empty optional
/// field may) and `message` the first violation's message. With `consultHistory` false
/// the history is not looked up (what the field shows until typing pauses).
///
/// # Errors
/// The element's error for a broken `policy` or `history` (a JavaScript `Error` with
/// `name`, `code`, `attribute` and `field`).
#[wasm_bindgen]
pub fn assess(
    policy: &str,
    extensions: Vec<String>,
    names: Vec<String>,
    history: Option<String>,
    lang: &str,
    required: bool,
    value: &str,
    consult_history: bool,
) -> Result<JsValue, JsValue> {
    let locale = locale_of(lang);
    let policy = policy_of(policy, locale)?;
    let history = history.as_deref().map(history_of).transpose()?;
    let mut context = pinwarden::Context::new()
        .with_extensions(extensions.iter().map(String::as_str))
        .with_names(names.iter().map(String::as_str));
    if let Some(history) = history.as_ref() {
        context = context.with_history(history);
    }
    let assessment = if consult_history {
        core_assess(value, &policy, &context)
    } else {
        assess_without_history(value, &policy, &context)
    };
    let report = &assessment.report;
    let refusal = validity::refusal(report, value, required, locale);
    Ok(to_js(&Judgement {
        items: assessment
            .items
            .iter()
            .map(|item| Line {
                rule: match item.rule {
                    Rule::Length { .. } => "length",
                    Rule::DigitsOnly => "digitsOnly",
                    Rule::NotRecent { .. } => "notRecent",
                    rule => rule
                        .pattern()
                        .map_or("other", |pattern| pattern.code().as_str()),
                },
                label: item.label(locale),
                state: item.state.as_str(),
                advisory: item.advisory,
            })
            .collect(),
        report: report.localized(locale),
        ok: refusal.is_none(),
        message: refusal.unwrap_or_default(),
        outcome: text::outcome(&assessment, locale),
        min_length: policy.min_length(),
        locale: locale.tag(),
    }))
}

/// What [`assess`] returns.
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Judgement<'a> {
    items: Vec<Line>,
    report: LocalizedReport<'a>,
    ok: bool,
    message: String,
    outcome: String,
    min_length: u8,
    locale: &'static str,
}

/// One checklist line of [`Judgement`].
#[derive(Serialize)]
struct Line {
    rule: &'static str,
    label: String,
    state: &'static str,
    advisory: bool,
}

/// The digits the field keeps of typed text (other scripts' digits converted, SPEC §7).
#[wasm_bindgen(js_name = normalizeDigits)]
pub fn normalize(text: &str) -> String {
    normalize_digits(text).digits
}
