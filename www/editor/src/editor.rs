//! `PolicyEditor`: every field of SPEC §1 with its meaning, valid values, Exchange default
//! and Exchange name; the core's error, live, at the field it names; the policy as JSON to
//! copy; and a box that loads `Get-UMMailboxPolicy | ConvertTo-Json` output.

use pinwarden::{ExtraCheck, Field, Locale, Policy, PolicyError, Rule};
use serde_json::Value;
use web_sys::{HtmlInputElement, HtmlTextAreaElement};
use yew::prelude::*;

use crate::draft::Draft;
use crate::text::{self, Text};

/// The editor's properties.
#[derive(Clone, Debug, PartialEq, Properties)]
pub struct PolicyEditorProps {
    /// The language of every word on the editor.
    pub locale: Locale,
    /// The policy shown first.
    #[prop_or(Policy::EXCHANGE)]
    pub initial: Policy,
}

/// What the last copy said.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Notice {
    None,
    Copied,
    CopyFailed,
}

/// The form and what the last copy said; every edit clears the notice.
#[derive(Clone, Debug, PartialEq)]
struct State {
    draft: Draft,
    notice: Notice,
}

/// A change to the form, or the outcome of a copy.
enum Action {
    Edit(Box<dyn Fn(&mut Draft)>),
    Notice(Notice),
}

impl Reducible for State {
    type Action = Action;

    fn reduce(self: std::rc::Rc<Self>, action: Action) -> std::rc::Rc<Self> {
        let mut next = (*self).clone();
        match action {
            Action::Edit(change) => {
                change(&mut next.draft);
                next.notice = Notice::None;
            }
            Action::Notice(notice) => next.notice = notice,
        }
        next.into()
    }
}

/// Makes callbacks that edit the form.
#[derive(Clone)]
struct Editing(UseReducerDispatcher<State>);

impl Editing {
    fn on<E: 'static>(&self, change: impl Fn(&mut Draft, &E) + Clone + 'static) -> Callback<E> {
        let dispatch = self.0.clone();
        Callback::from(move |event: E| {
            let change = change.clone();
            dispatch.dispatch(Action::Edit(Box::new(move |draft| change(draft, &event))));
        })
    }
}

/// The policy editor (see the module documentation).
#[function_component]
pub fn PolicyEditor(props: &PolicyEditorProps) -> Html {
    let locale = props.locale;
    let state = use_reducer(|| State {
        draft: Draft::from_policy(&props.initial),
        notice: Notice::None,
    });
    let pasted = use_state(String::new);
    let loaded = use_state(|| None::<Result<(), PolicyError>>);
    let editing = Editing(state.dispatcher());
    let draft = &state.draft;
    let outcome = draft.check();
    let refused = outcome.as_ref().err().and_then(PolicyError::field);

    let presets = [
        ("exchange", "Exchange", Policy::EXCHANGE),
        ("teams", "Teams", Policy::TEAMS),
        ("strict", "Strict", Policy::STRICT),
    ]
    .map(|(id, name, policy)| {
        let apply =
            editing.on(move |d: &mut Draft, _: &MouseEvent| *d = Draft::from_policy(&policy));
        html! {
            <button type="button" id={format!("preset-{id}")} onclick={apply}>{name}</button>
        }
    });

    let defaults = serde_json::to_value(Policy::EXCHANGE).unwrap_or(Value::Null);
    let fields = Field::ALL.into_iter().map(|field| {
        let error = outcome
            .as_ref()
            .err()
            .filter(|_| refused == Some(field.name()))
            .map(|error| error.message(locale));
        let control = match field {
            Field::AllowCommonPatterns | Field::ApplyToExistingPins => {
                let toggle = editing
                    .on(move |d: &mut Draft, _: &Event| d.set_switch(field, !d.switch(field)));
                html! {
                    <input type="checkbox" id={control_id(field)} checked={draft.switch(field)}
                        aria-describedby={described_by(field, error.is_some())}
                        aria-invalid={error.is_some().to_string()}
                        onchange={toggle} />
                }
            }
            Field::ExtraChecks => extra_checks(draft, locale, &editing),
            _ => number_input(field, draft, error.is_some(), &editing, locale),
        };
        let label = html! { <code>{field.name()}</code> };
        if field == Field::ExtraChecks {
            html! {
                <fieldset class="field" aria-describedby={described_by(field, error.is_some())}>
                    <legend>{label}</legend>
                    {help(field, &defaults, locale)}
                    {control}
                    {error_line(field, error.as_deref())}
                </fieldset>
            }
        } else {
            html! {
                <div class="field">
                    <label for={control_id(field)}>{label}</label>
                    {control}
                    {help(field, &defaults, locale)}
                    {error_line(field, error.as_deref())}
                </div>
            }
        }
    });

    let status = match &outcome {
        Ok(_) => {
            html! { <p id="policy-status" role="status" class="ok">{text::VALID_POLICY.get(locale)}</p> }
        }
        Err(error) => html! {
            <p id="policy-status" role="status" class="error">
                {text::REFUSED.get(locale)}{" "}{error.message(locale)}
            </p>
        },
    };

    let json = outcome.as_ref().ok().map(pretty_json);
    let copy = {
        let dispatch = state.dispatcher();
        let json = json.clone().unwrap_or_default();
        move |_| {
            let (dispatch, json) = (dispatch.clone(), json.clone());
            wasm_bindgen_futures::spawn_local(async move {
                dispatch.dispatch(Action::Notice(if copy_to_clipboard(&json).await {
                    Notice::Copied
                } else {
                    Notice::CopyFailed
                }));
            });
        }
    };
    let notice_text = match state.notice {
        Notice::None => "",
        Notice::Copied => text::COPIED.get(locale),
        Notice::CopyFailed => text::COPY_FAILED.get(locale),
    };

    let on_paste_input = {
        let pasted = pasted.clone();
        move |event: InputEvent| {
            let area: HtmlTextAreaElement = event.target_unchecked_into();
            pasted.set(area.value());
        }
    };
    let load = {
        let (dispatch, pasted, loaded) = (state.dispatcher(), pasted.clone(), loaded.clone());
        move |_| match Policy::from_json_str(&pasted) {
            Ok(policy) => {
                dispatch.dispatch(Action::Edit(Box::new(move |d| {
                    *d = Draft::from_policy(&policy);
                })));
                loaded.set(Some(Ok(())));
            }
            Err(error) => loaded.set(Some(Err(error))),
        }
    };
    let paste_refused = matches!(*loaded, Some(Err(_)));
    let paste_result = match &*loaded {
        None => html! { <p id="paste-result" role="status"></p> },
        Some(Ok(())) => {
            html! { <p id="paste-result" role="status" class="ok">{text::LOADED.get(locale)}</p> }
        }
        Some(Err(error)) => {
            html! { <p id="paste-result" role="status" class="error">{error.message(locale)}</p> }
        }
    };

    html! {
        <div class="policy-editor">
            <div role="group" aria-label={text::START_FROM.get(locale)} class="row">
                <span aria-hidden="true">{text::START_FROM.get(locale)}</span>
                {for presets}
            </div>
            <form id="policy-form" onsubmit={|event: SubmitEvent| event.prevent_default()}>
                {for fields}
            </form>
            {status}
            <h2>{text::JSON_HEADING.get(locale)}</h2>
            if let Some(json) = json {
                <pre id="policy-json" tabindex="0"><code>{json}</code></pre>
                <div class="row">
                    <button type="button" id="copy-json" onclick={copy}>{text::COPY.get(locale)}</button>
                    <span id="copy-status" role="status">{notice_text}</span>
                </div>
            } else {
                <p id="policy-json-missing">{text::NO_JSON.get(locale)}</p>
            }
            <h2>{text::PASTE_HEADING.get(locale)}</h2>
            <label for="paste">{text::PASTE_LABEL.get(locale)}{" "}<code>{"Get-UMMailboxPolicy | ConvertTo-Json"}</code></label>
            <textarea id="paste" rows="8" spellcheck="false" value={(*pasted).clone()}
                aria-describedby="paste-result" aria-invalid={paste_refused.to_string()}
                oninput={on_paste_input} />
            <div class="row">
                <button type="button" id="load-paste" onclick={load}>{text::LOAD.get(locale)}</button>
            </div>
            {paste_result}
        </div>
    }
}

/// The id of a field's control.
fn control_id(field: Field) -> String {
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

/// The field's meaning, valid values, Exchange default (from `defaults`, the Exchange preset
/// as JSON) and Exchange name, all from the core.
fn help(field: Field, defaults: &Value, locale: Locale) -> Html {
    let default = defaults
        .get(field.name())
        .map(Value::to_string)
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

fn error_line(field: Field, message: Option<&str>) -> Html {
    match message {
        Some(message) => html! {
            <p class="error" id={format!("{}-error", control_id(field))}>{message.to_owned()}</p>
        },
        None => html! {},
    }
}

fn number_input(
    field: Field,
    draft: &Draft,
    refused: bool,
    editing: &Editing,
    locale: Locale,
) -> Html {
    let (min, max) = field.bounds().unwrap_or_default();
    let unlimited = field == Field::FailuresBeforeReset && draft.unlimited_resets();
    let on_input = {
        let edit =
            editing.on(move |d: &mut Draft, value: &String| d.set_text(field, value.clone()));
        move |event: InputEvent| {
            let input: HtmlInputElement = event.target_unchecked_into();
            edit.emit(input.value());
        }
    };
    let input = html! {
        <input type="number" id={control_id(field)} min={min.to_string()} max={max.to_string()}
            step="1" inputmode="numeric" value={draft.text(field).to_owned()} disabled={unlimited}
            aria-describedby={described_by(field, refused)} aria-invalid={refused.to_string()}
            oninput={on_input} />
    };
    if field != Field::FailuresBeforeReset {
        return input;
    }
    let toggle =
        editing.on(|d: &mut Draft, _: &Event| d.set_unlimited_resets(!d.unlimited_resets()));
    html! {
        <span class="row">
            {input}
            <span>
                <input type="checkbox" id="policy-unlimited-resets" checked={unlimited}
                    onchange={toggle} />
                <label for="policy-unlimited-resets">{text::UNLIMITED.get(locale)}</label>
            </span>
        </span>
    }
}

/// A checkbox per extra check of SPEC §2.3, labelled with the core's rule label; a check
/// scoped to some lengths says so.
fn extra_checks(draft: &Draft, locale: Locale, editing: &Editing) -> Html {
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
        let toggle = editing.on(move |d: &mut Draft, _: &Event| d.set_extra_check(check, !on));
        html! {
            <li>
                <input type="checkbox" id={id.clone()} checked={on} onchange={toggle} />
                <label for={id}>
                    <code>{check.name()}</code>{" — "}{Rule::Pattern(check.code()).label(locale)}
                    {scope.unwrap_or_default()}
                </label>
            </li>
        }
    });
    html! { <ul class="checks">{for boxes}</ul> }
}

/// The policy as indented JSON.
fn pretty_json(policy: &Policy) -> String {
    serde_json::to_string_pretty(policy).unwrap_or_default()
}

/// Puts `text` on the clipboard; `false` when the browser refuses.
async fn copy_to_clipboard(text: &str) -> bool {
    let Some(window) = web_sys::window() else {
        return false;
    };
    let promise = window.navigator().clipboard().write_text(text);
    wasm_bindgen_futures::JsFuture::from(promise).await.is_ok()
}
