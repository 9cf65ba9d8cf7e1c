//! `FieldRow`: one field of SPEC §1 — its control, what it means, the values it takes, its
//! Exchange default and name (all from the core), and the core's error when the form is
//! refused because of it.

use pinwarden::{ExtraCheck, Field, Locale, Policy};
use serde_json::Value;
use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::code_spans::code_spans;
use crate::draft::Draft;
use crate::state::Action;
use crate::text::{self, Text};

/// A field row's properties.
#[derive(Clone, Debug, PartialEq, Properties)]
pub struct FieldRowProps {
    /// The field.
    pub field: Field,
    /// The form, as typed.
    pub draft: Draft,
    /// The error to show at the field (already in `locale`), when it is the one refused.
    #[prop_or_default]
    pub error: Option<AttrValue>,
    /// The language of its words.
    pub locale: Locale,
    /// Where its actions go.
    pub on_action: Callback<Action>,
}

/// One field: label, control, help, error.
#[function_component]
pub fn FieldRow(props: &FieldRowProps) -> Html {
    let FieldRowProps {
        field,
        draft,
        error,
        locale,
        on_action,
    } = props;
    let (field, locale) = (*field, *locale);
    let refused = error.is_some();
    let described_by = described_by(field, refused);
    let control = match field {
        Field::AllowCommonPatterns | Field::ApplyToExistingPins => {
            let on = draft.switch(field);
            let on_action = on_action.clone();
            html! {
                <input type="checkbox" id={control_id(field)} checked={on}
                    aria-describedby={described_by.clone()} aria-invalid={refused.to_string()}
                    onchange={move |_| on_action.emit(Action::SetSwitch(field, !on))} />
            }
        }
        Field::ExtraChecks => extra_checks(draft, refused, locale, on_action),
        _ => number_input(field, draft, refused, on_action, locale),
    };
    let label = html! { <code>{field.name()}</code> };
    // Always one node (empty when there is no error): Yew pairs unkeyed children from the
    // end, so a child that comes and goes would re-create the input and lose its focus.
    let error_line = error
        .as_ref()
        .map(|message| {
            html! { <p class="error" id={format!("{}-error", control_id(field))}>{code_spans(message)}</p> }
        })
        .unwrap_or_default();
    if field == Field::ExtraChecks {
        html! {
            <fieldset class="field" aria-describedby={described_by}>
                <legend>{label}</legend>
                {help(field, locale)}
                {control}
                {error_line}
            </fieldset>
        }
    } else {
        html! {
            <div class="field">
                <label for={control_id(field)}>{label}</label>
                {control}
                {help(field, locale)}
                {error_line}
            </div>
        }
    }
}

/// The id of a field's control.
pub fn control_id(field: Field) -> String {
    format!("policy-{}", field.name())
}

fn described_by(field: Field, refused: bool) -> String {
    let help = format!("{}-help", control_id(field));
    if refused {
        format!("{help} {}-error", control_id(field))
    } else {
        help
    }
}

/// The field's meaning, valid values, Exchange default and Exchange name, all from the core.
fn help(field: Field, locale: Locale) -> Html {
    let default = serde_json::to_value(Policy::EXCHANGE)
        .ok()
        .and_then(|defaults| defaults.get(field.name()).map(Value::to_string))
        .unwrap_or_default();
    let exchange = match field.exchange_name() {
        Some(name) => html! { <code>{name}</code> },
        None => html! { {text::NO_EXCHANGE_NAME.get(locale)} },
    };
    html! {
        <p class="help" id={format!("{}-help", control_id(field))}>
            {field.meaning(locale)}<br />
            {labelled(&text::VALID, locale, html! { {field.valid_values(locale)} })}
            {" · "}
            {labelled(&text::DEFAULT, locale, html! { <code>{default}</code> })}
            {" · "}
            {labelled(&text::EXCHANGE_NAME, locale, exchange)}
        </p>
    }
}

fn labelled(label: &Text, locale: Locale, value: Html) -> Html {
    html! { <span>{label.get(locale)}{" "}{value}</span> }
}

/// A number field: a text input with a numeric keypad, so that what was typed (`6e`, `6.5`)
/// reaches the core as typed and comes back in its error.
fn number_input(
    field: Field,
    draft: &Draft,
    refused: bool,
    on_action: &Callback<Action>,
    locale: Locale,
) -> Html {
    let unlimited = field == Field::FailuresBeforeReset && draft.unlimited_resets();
    let on_input = {
        let on_action = on_action.clone();
        move |event: InputEvent| {
            let input: HtmlInputElement = event.target_unchecked_into();
            on_action.emit(Action::SetText(field, input.value()));
        }
    };
    let input = html! {
        <input type="text" id={control_id(field)} inputmode="numeric" autocomplete="off"
            spellcheck="false" value={draft.text(field).to_owned()} disabled={unlimited}
            aria-describedby={described_by(field, refused)} aria-invalid={refused.to_string()}
            oninput={on_input} />
    };
    if field != Field::FailuresBeforeReset {
        return input;
    }
    let on_action = on_action.clone();
    html! {
        <span class="row">
            {input}
            <span>
                <input type="checkbox" id="policy-unlimited-resets" checked={unlimited}
                    onchange={move |_| on_action.emit(Action::SetUnlimitedResets(!unlimited))} />
                <label for="policy-unlimited-resets">{text::UNLIMITED.get(locale)}</label>
            </span>
        </span>
    }
}

/// A checkbox per extra check of SPEC §2.3, labelled with the core's rule label; a check
/// scoped to some lengths says so. A check that is on also shows its options: its
/// parameter `max` (for the checks that take one, with the core's range and default) and
/// its severity (refuse, or warn only).
fn extra_checks(
    draft: &Draft,
    refused: bool,
    locale: Locale,
    on_action: &Callback<Action>,
) -> Html {
    let boxes = ExtraCheck::ALL.into_iter().map(|check| {
        let id = format!("check-{}", check.name());
        let entry = draft.extra_check(check);
        let scope = entry
            .and_then(|entry| entry.get("lengths"))
            .and_then(Value::as_array)
            .map(|lengths| {
                let mut lengths: Vec<String> = lengths.iter().map(Value::to_string).collect();
                let last = lengths.pop().unwrap_or_default();
                let listed = if lengths.is_empty() {
                    last
                } else {
                    format!("{} {} {last}", lengths.join(", "), text::OR.get(locale))
                };
                format!(
                    " ({} {listed} {})",
                    text::ONLY_FOR.get(locale),
                    text::DIGITS.get(locale)
                )
            });
        let on = entry.is_some();
        // The label at the max typed, when it is one the check takes; else at its default.
        let label = check
            .max_range()
            .zip(draft.extra_max(check).trim().parse::<u8>().ok())
            .filter(|(range, max)| range.accepts(i64::from(*max)))
            .map_or_else(
                || check.label(locale),
                |(_, max)| check.code().label_with(locale, max),
            );
        let options = if on {
            check_options(check, draft, refused, locale, on_action)
        } else {
            Html::default()
        };
        let on_action = on_action.clone();
        html! {
            <li>
                <input type="checkbox" id={id.clone()} checked={on}
                    onchange={move |_| on_action.emit(Action::SetExtraCheck(check, !on))} />
                <label for={id}>
                    <code>{check.name()}</code>{" — "}{label}
                    {scope.unwrap_or_default()}
                </label>
                // Always one node, so that the checkbox keeps its focus when it appears.
                <div class="check-options">{options}</div>
            </li>
        }
    });
    html! { <ul class="checks">{for boxes}</ul> }
}

/// The options of an extra check that is on: `max` as typed (its range and default from
/// the core), and the severity.
fn check_options(
    check: ExtraCheck,
    draft: &Draft,
    refused: bool,
    locale: Locale,
    on_action: &Callback<Action>,
) -> Html {
    let error = format!("{}-error", control_id(Field::ExtraChecks));
    let max = check.max_range().map(|range| {
        let id = format!("check-{}-max", check.name());
        let help = format!("{id}-help");
        let described_by = if refused {
            format!("{help} {error}")
        } else {
            help.clone()
        };
        let on_input = {
            let on_action = on_action.clone();
            move |event: InputEvent| {
                let input: HtmlInputElement = event.target_unchecked_into();
                on_action.emit(Action::SetExtraMax(check, input.value()));
            }
        };
        html! {
            <span class="option">
                <label for={id.clone()}>{text::PARAMETER.get(locale)}{" "}<code>{"max"}</code></label>
                <input type="text" id={id} inputmode="numeric" autocomplete="off"
                    spellcheck="false" size="3" value={draft.extra_max(check)}
                    placeholder={range.default.to_string()}
                    aria-describedby={described_by} aria-invalid={refused.to_string()}
                    oninput={on_input} />
                <span class="help" id={help}>
                    {labelled(&text::VALID, locale, html! { {format!("{}–{}", range.min, range.max)} })}
                    {" · "}
                    {labelled(&text::DEFAULT, locale, html! { <code>{range.default}</code> })}
                </span>
            </span>
        }
    });
    let warns = draft.extra_warns(check);
    let severity_id = format!("check-{}-severity", check.name());
    let on_change = {
        let on_action = on_action.clone();
        move |event: Event| {
            let select: web_sys::HtmlSelectElement = event.target_unchecked_into();
            on_action.emit(Action::SetExtraWarns(check, select.value() == "warn"));
        }
    };
    html! {
        <>
            {max.unwrap_or_default()}
            <span class="option">
                <label for={severity_id.clone()}>{text::SEVERITY.get(locale)}</label>
                <select id={severity_id} onchange={on_change}>
                    <option value="refuse" selected={!warns}>{text::REFUSE.get(locale)}</option>
                    <option value="warn" selected={warns}>{text::WARN.get(locale)}</option>
                </select>
            </span>
        </>
    }
}
