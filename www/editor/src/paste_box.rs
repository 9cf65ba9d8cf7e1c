//! `PasteBox`: a box for `Get-UMMailboxPolicy | ConvertTo-Json` output, its "Load" button,
//! and what the load did — loaded, refused with a clear reason in the page's language, or,
//! for several policies, a button per policy to pick the one to load.

use pinwarden::Locale;
use web_sys::HtmlTextAreaElement;
use yew::prelude::*;

use crate::code_spans::code_spans;
use crate::state::{Action, PasteOutcome, PasteProblem};
use crate::text;

/// The paste box's properties.
#[derive(Clone, Debug, PartialEq, Properties)]
pub struct PasteBoxProps {
    /// The text in the box.
    pub text: AttrValue,
    /// What the last load did.
    pub outcome: PasteOutcome,
    /// The language of its words.
    pub locale: Locale,
    /// Where its actions go.
    pub on_action: Callback<Action>,
}

/// The paste box (see the module documentation).
#[function_component]
pub fn PasteBox(props: &PasteBoxProps) -> Html {
    let locale = props.locale;
    let on_input = {
        let on_action = props.on_action.clone();
        move |event: InputEvent| {
            let area: HtmlTextAreaElement = event.target_unchecked_into();
            on_action.emit(Action::EditPaste(area.value()));
        }
    };
    let load = {
        let on_action = props.on_action.clone();
        move |_| on_action.emit(Action::LoadPaste)
    };
    let refused = matches!(props.outcome, PasteOutcome::Refused(_));
    html! {
        <>
            <h2>{text::PASTE_HEADING.get(locale)}</h2>
            <label for="paste">{text::PASTE_LABEL.get(locale)}{" "}<code>{"Get-UMMailboxPolicy | ConvertTo-Json"}</code></label>
            <textarea id="paste" rows="8" spellcheck="false" value={props.text.clone()}
                aria-describedby="paste-result" aria-invalid={refused.to_string()}
                oninput={on_input} />
            <div class="row">
                <button type="button" id="load-paste" onclick={load}>{text::LOAD.get(locale)}</button>
            </div>
            {outcome(&props.outcome, locale, &props.on_action)}
        </>
    }
}

fn outcome(outcome: &PasteOutcome, locale: Locale, on_action: &Callback<Action>) -> Html {
    match outcome {
        PasteOutcome::None => html! { <p id="paste-result" role="status"></p> },
        PasteOutcome::Loaded(name) => {
            let said = match name {
                Some(name) => text::loaded_named(name, locale),
                None => text::LOADED.get(locale).to_owned(),
            };
            html! { <p id="paste-result" role="status" class="ok">{said}</p> }
        }
        PasteOutcome::Refused(problem) => {
            let said = match problem {
                PasteProblem::Empty => html! { {text::EMPTY_PASTE.get(locale)} },
                PasteProblem::EmptyList => html! { {text::EMPTY_LIST.get(locale)} },
                PasteProblem::NotJson {
                    line,
                    column,
                    ended_early,
                } => html! { {text::not_json(*line, *column, *ended_early, locale)} },
                PasteProblem::Policy(error) => code_spans(&error.message(locale)),
            };
            html! { <p id="paste-result" role="status" class="error">{said}</p> }
        }
        PasteOutcome::Choose {
            candidates,
            refused,
        } => {
            let buttons = candidates.iter().enumerate().map(|(index, candidate)| {
                let on_action = on_action.clone();
                html! {
                    <li>
                        <button type="button" id={format!("paste-pick-{index}")}
                            onclick={move |_| on_action.emit(Action::PickPasted(index))}>
                            {text::load_one(candidate.name.as_deref(), index + 1, locale)}
                        </button>
                    </li>
                }
            });
            let refusal = refused
                .as_ref()
                .map(|(index, error)| {
                    html! {
                        <p class="error" id="paste-pick-error" role="status">
                            {text::refused_one(index + 1, locale)}{" "}{code_spans(&error.message(locale))}
                        </p>
                    }
                })
                .unwrap_or_default();
            html! {
                <div id="paste-choice">
                    <p id="paste-result" role="status">{text::several(candidates.len(), locale)}</p>
                    <ul class="choices" aria-labelledby="paste-result">{for buttons}</ul>
                    {refusal}
                </div>
            }
        }
    }
}
