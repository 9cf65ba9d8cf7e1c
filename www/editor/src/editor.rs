//! `PolicyEditor`: every field of SPEC §1 with its meaning, valid values, Exchange default
//! and Exchange name; the core's error, live, at the field it names; the policy as JSON to
//! copy; and a box that loads `Get-UMMailboxPolicy | ConvertTo-Json` output. Small
//! components ([`PresetBar`], [`FieldRow`], [`JsonView`], [`PasteBox`]) over one reducer
//! ([`EditorState`], changed only by named [`Action`]s).
//!
//! [`Action`]: crate::state::Action

use pinwarden::{Field, Locale, Policy, PolicyError};
use yew::prelude::*;

use crate::code_spans::code_spans;
use crate::draft::Draft;
use crate::field_row::FieldRow;
use crate::json_view::JsonView;
use crate::paste_box::PasteBox;
use crate::preset_bar::PresetBar;
use crate::state::EditorState;
use crate::text;

/// The editor's properties.
#[derive(Clone, Debug, PartialEq, Properties)]
pub struct PolicyEditorProps {
    /// The language of every word on the editor.
    pub locale: Locale,
    /// The policy shown first.
    #[prop_or(Policy::EXCHANGE)]
    pub initial: Policy,
}

/// The policy editor (see the module documentation).
#[function_component]
pub fn PolicyEditor(props: &PolicyEditorProps) -> Html {
    let locale = props.locale;
    let state = use_reducer(|| EditorState::new(&props.initial));
    let on_action: Callback<_> = state.dispatcher().to_callback();
    let outcome = state.draft.check();
    let refused = outcome
        .as_ref()
        .err()
        .map(|error| (error, refusal(&state.draft, error, locale)));

    let fields = Field::ALL.into_iter().map(|field| {
        let error = refused
            .as_ref()
            .filter(|(error, _)| error.field() == Some(field.name()))
            .map(|(_, message)| AttrValue::from(message.clone()));
        html! {
            <FieldRow {field} draft={state.draft.clone()} {error} {locale}
                on_action={on_action.clone()} />
        }
    });
    let status = match &refused {
        None => html! {
            <p id="policy-status" role="status" class="ok">{text::VALID_POLICY.get(locale)}</p>
        },
        Some((_, message)) => html! {
            <p id="policy-status" role="status" class="error">
                {text::REFUSED.get(locale)}{" "}{code_spans(message)}
            </p>
        },
    };
    let json = outcome
        .as_ref()
        .ok()
        .map(|policy| AttrValue::from(serde_json::to_string_pretty(policy).unwrap_or_default()));

    html! {
        <div class="policy-editor">
            <PresetBar {locale} on_action={on_action.clone()} />
            <form id="policy-form" onsubmit={|event: SubmitEvent| event.prevent_default()}>
                {for fields}
            </form>
            {status}
            <h2>{text::JSON_HEADING.get(locale)}</h2>
            <JsonView {json} notice={state.notice} {locale} on_action={on_action.clone()} />
            <PasteBox text={AttrValue::from(state.pasted.clone())} outcome={state.paste.clone()}
                {locale} {on_action} />
        </div>
    }
}

/// What the editor says about a refused form: the core's message, except for an empty
/// number field, which is asked for by the values it takes.
fn refusal(draft: &Draft, error: &PolicyError, locale: Locale) -> String {
    let empty = Field::ALL.into_iter().find(|field| {
        error.field() == Some(field.name())
            && field.bounds().is_some()
            && draft.text(*field).trim().is_empty()
            && !(*field == Field::FailuresBeforeReset && draft.unlimited_resets())
    });
    match empty {
        Some(field) => format!(
            "`{}`: {} {}",
            field.name(),
            text::EMPTY_FIELD.get(locale),
            field.valid_values(locale)
        ),
        None => error.message(locale),
    }
}
