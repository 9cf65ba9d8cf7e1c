//! `PinField`: a labelled PIN input with a show/hide button, a live checklist and a polite
//! live region (SPEC §7). Its behaviour is the hook [`hook::use_pin_field`] over a reducer
//! ([`state`]); its parts are small components ([`parts`]).

mod hook;
mod parts;
mod state;

use pinwarden::{Context, Locale, PinHistory, Policy, Report};
use yew::prelude::*;

use crate::text;
use hook::use_pin_field;
use parts::{Checklist, LiveRegion, PinInput};

/// How long typing must pause before the history is looked up and the outcome announced.
pub const DEFAULT_PAUSE_MS: u32 = 750;

/// What `onchange` receives: after every edit (without the history), and once typing
/// pauses when the history was looked up.
#[derive(Clone, Debug, PartialEq)]
pub struct PinChange {
    /// The PIN as entered (ASCII digits only; other scripts' digits converted).
    pub value: String,
    /// The SPEC §2 report for it.
    pub report: Report,
    /// Whether the person's edit caused it (`false`: the history was looked up).
    pub edited: bool,
}

/// `PinField`'s properties.
#[derive(Properties, Clone, PartialEq)]
pub struct PinFieldProps {
    /// The policy (default: the Exchange defaults).
    #[prop_or_default]
    pub policy: Policy,
    /// The person's extensions and other numbers, one number each.
    #[prop_or_default]
    pub extensions: Vec<AttrValue>,
    /// The person's names as a directory holds them (`"Amos Marble"`), one name each, for
    /// the `nameOnKeypad` rule (listed when the policy has it and a name is given).
    #[prop_or_default]
    pub names: Vec<AttrValue>,
    /// A serialized PIN history (SPEC §4), for the "not one of your last N PINs" rule.
    #[prop_or_default]
    pub history: Option<AttrValue>,
    /// The language of every text.
    #[prop_or_default]
    pub locale: Locale,
    /// The form field name.
    #[prop_or(AttrValue::Static("pin"))]
    pub name: AttrValue,
    /// The input's `id`; the label, rules and status ids derive from it.
    #[prop_or(AttrValue::Static("pin"))]
    pub id: AttrValue,
    /// The label (default: "New PIN" in the locale).
    #[prop_or_default]
    pub label: Option<AttrValue>,
    /// The value to start with.
    #[prop_or_default]
    pub value: AttrValue,
    /// Whether a PIN must be entered.
    #[prop_or_default]
    pub required: bool,
    /// Whether the field is disabled.
    #[prop_or_default]
    pub disabled: bool,
    /// Whether the page attempted a submit (the field then shows `aria-invalid` when the
    /// form refuses it, as after leaving the field).
    #[prop_or_default]
    pub validated: bool,
    /// An error the page puts on the field (e.g. the server refused the PIN); shown, and
    /// counted as invalid, until the person's next edit.
    #[prop_or_default]
    pub custom_error: Option<AttrValue>,
    /// How long typing must pause before the history is looked up and the live region
    /// speaks, in milliseconds.
    #[prop_or(DEFAULT_PAUSE_MS)]
    pub pause_ms: u32,
    /// Called after every edit, and once typing pauses when the history was looked up.
    #[prop_or_default]
    pub onchange: Callback<PinChange>,
}

/// The PIN input of SPEC §7.
#[component]
pub fn PinField(props: &PinFieldProps) -> Html {
    let field = use_pin_field(props);
    let locale = props.locale;
    let id = props.id.clone();
    let rules_id = AttrValue::from(format!("{id}-rules"));
    let refused_id = format!("{id}-refused");
    let error_id = format!("{id}-error");
    let state = &*field.state;
    let mut described_by = rules_id.to_string();
    if !state.refused.is_empty() {
        described_by = format!("{described_by} {refused_id}");
    }
    if field.custom_error.is_some() {
        described_by = format!("{described_by} {error_id}");
    }
    let label = props
        .label
        .clone()
        .unwrap_or(AttrValue::Static(text::field_label(locale)));

    html! {
        <div class="pinwarden-field" part="field" lang={locale.tag()}>
            <label for={id.clone()} part="label">{ label }</label>
            <PinInput
                id={id.clone()}
                name={props.name.clone()}
                value={AttrValue::from(state.value.clone())}
                shown={state.shown}
                required={props.required}
                disabled={props.disabled}
                invalid={field.invalid}
                described_by={AttrValue::from(described_by)}
                {locale}
                oninput={field.oninput.clone()}
                onblur={field.onblur.clone()}
                oninvalid={field.oninvalid.clone()}
                ontoggle={field.ontoggle.clone()}
            />
            if !state.refused.is_empty() {
                <p id={refused_id} class="pinwarden-refused" part="refused" role="alert">
                    { text::refused(&state.refused, locale) }
                </p>
            }
            if let Some(error) = field.custom_error.clone() {
                <p id={error_id} class="pinwarden-custom-error" part="custom-error" role="alert">{ error }</p>
            }
            <Checklist id={rules_id} items={field.assessment.items.clone()} {locale} />
            <LiveRegion id={AttrValue::from(format!("{id}-status"))} text={AttrValue::from(field.announcement.clone())} />
        </div>
    }
}

/// The core's context for the field's extensions, names and history.
pub(crate) fn context<'h>(
    extensions: &[AttrValue],
    names: &[AttrValue],
    history: Option<&'h PinHistory>,
) -> Context<'h> {
    let context = Context::new()
        .with_extensions(extensions.iter().map(AttrValue::as_str))
        .with_names(names.iter().map(AttrValue::as_str));
    match history {
        Some(history) => context.with_history(history),
        None => context,
    }
}
