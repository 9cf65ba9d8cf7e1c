//! The small components `PinField` is made of: the input with its show/hide button, the
//! checklist, and the live region.

use pinwarden::{ChecklistItem, Locale};
use yew::prelude::*;

use crate::text::{self, Shown};

/// Props of [`PinInput`] (its flags mirror the input's HTML attributes).
#[derive(Properties, Clone, PartialEq)]
#[allow(clippy::struct_excessive_bools)]
pub struct PinInputProps {
    pub id: AttrValue,
    pub name: AttrValue,
    pub value: AttrValue,
    pub shown: bool,
    pub required: bool,
    pub disabled: bool,
    pub invalid: bool,
    pub described_by: AttrValue,
    pub locale: Locale,
    pub oninput: Callback<InputEvent>,
    pub onblur: Callback<FocusEvent>,
    pub oninvalid: Callback<Event>,
    pub ontoggle: Callback<MouseEvent>,
}

/// The masked input and the button whose text says what it will do.
#[component]
pub fn PinInput(props: &PinInputProps) -> Html {
    html! {
        <div class="pinwarden-control" part="control">
            <input
                id={props.id.clone()}
                part="input"
                type={if props.shown { "text" } else { "password" }}
                name={props.name.clone()}
                inputmode="numeric"
                autocomplete="new-password"
                value={props.value.clone()}
                required={props.required}
                disabled={props.disabled}
                aria-invalid={props.invalid.then_some("true")}
                aria-describedby={props.described_by.clone()}
                oninput={props.oninput.clone()}
                onblur={props.onblur.clone()}
                oninvalid={props.oninvalid.clone()}
            />
            <button
                type="button"
                part="toggle"
                aria-controls={props.id.clone()}
                disabled={props.disabled}
                onclick={props.ontoggle.clone()}
            >
                { text::toggle(props.shown, props.locale) }
            </button>
        </div>
    }
}

/// Props of [`Checklist`].
#[derive(Properties, Clone, PartialEq)]
pub struct ChecklistProps {
    pub id: AttrValue,
    pub items: Vec<ChecklistItem>,
    pub locale: Locale,
}

/// The rules in force, each with its state in words (never by colour alone). `data-state`
/// is the core's state; a rule of severity `warn` is marked `data-severity="warn"`, and
/// when it is not met it is shown as advice (class and part `advice`, "Advice:"), which
/// the form does not refuse.
#[component]
pub fn Checklist(props: &ChecklistProps) -> Html {
    let locale = props.locale;
    html! {
        <>
            <p class="pinwarden-rules-heading" part="rules-heading">{ text::rules_heading(locale) }</p>
            <ul id={props.id.clone()} class="pinwarden-rules" part="rules">
                { for props.items.iter().map(|item| {
                    let shown = Shown::of(*item);
                    let look = shown.as_str();
                    html! {
                        <li
                            class={classes!("pinwarden-rule", look)}
                            data-state={item.state.as_str()}
                            data-severity={item.advisory.then_some("warn")}
                            part={format!("rule rule-{look}")}
                        >
                            <span class="pinwarden-mark" aria-hidden="true">{ text::state_mark(shown) }</span>
                            <span class="pinwarden-state">{ text::state_prefix(shown, locale) }</span>
                            { " " }
                            { item.label(locale) }
                        </li>
                    }
                }) }
            </ul>
        </>
    }
}

/// Props of [`LiveRegion`].
#[derive(Properties, Clone, PartialEq)]
pub struct LiveRegionProps {
    pub id: AttrValue,
    pub text: AttrValue,
}

/// The polite live region that announces the outcome once typing pauses.
#[component]
pub fn LiveRegion(props: &LiveRegionProps) -> Html {
    html! {
        <div id={props.id.clone()} class="pinwarden-status" part="status" role="status" aria-live="polite">
            { props.text.clone() }
        </div>
    }
}
