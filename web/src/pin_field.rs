//! `PinField`: a labelled PIN input with a show/hide button, a live checklist and a polite
//! live region (SPEC §7).

use std::rc::Rc;

use gloo_timers::callback::Timeout;
use pinwarden::{
    Assessment, ChecklistItem, Context, Locale, PinHistory, Policy, Report, assess,
    assess_without_history, normalize_digits,
};
use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::text;

/// How long typing must pause before the history is looked up.
const HISTORY_AFTER_MS: u32 = 300;
/// How long typing must pause before the live region announces the outcome.
const ANNOUNCE_AFTER_MS: u32 = 1_000;

/// The pending timers; replacing one cancels it.
#[derive(Default)]
struct Timers {
    history: Option<Timeout>,
    announcement: Option<Timeout>,
}

/// What happens after an edit: `onchange` at once, the history once typing pauses (with a
/// second `onchange` when it was consulted), and the announcement after a longer pause.
struct Pause {
    value: String,
    quick: Rc<Assessment>,
    policy: Policy,
    extensions: Vec<AttrValue>,
    history: Rc<Option<PinHistory>>,
    onchange: Callback<PinChange>,
    full: UseStateHandle<Option<(String, Rc<Assessment>)>>,
    announcement: UseStateHandle<String>,
    timers: Rc<std::cell::RefCell<Timers>>,
    locale: Locale,
}

impl Pause {
    fn after_edit(self) {
        self.onchange.emit(PinChange {
            value: self.value.clone(),
            report: self.quick.report,
        });
        self.announcement.set(String::new());
        let timers = self.timers.clone();
        let mut slots = timers.borrow_mut();
        slots.announcement = None;
        slots.history = Some(Timeout::new(HISTORY_AFTER_MS, move || self.after_pause()));
    }

    fn after_pause(self) {
        let has_history = self.history.is_some();
        // Without a history the full assessment is the quick one, already made.
        let assessment = if has_history {
            Rc::new(assess(
                &self.value,
                &self.policy,
                &context(&self.extensions, self.history.as_ref().as_ref()),
            ))
        } else {
            self.quick.clone()
        };
        if has_history {
            self.onchange.emit(PinChange {
                value: self.value.clone(),
                report: assessment.report,
            });
        }
        let (unmet, pending, locale) = (assessment.unmet(), assessment.pending(), self.locale);
        self.full.set(Some((self.value, assessment)));
        let announcement = self.announcement;
        self.timers.borrow_mut().announcement = Some(Timeout::new(
            ANNOUNCE_AFTER_MS - HISTORY_AFTER_MS,
            move || {
                announcement.set(text::outcome(unmet, pending, locale));
            },
        ));
    }
}

/// What `onchange` receives after every edit.
#[derive(Clone, Debug, PartialEq)]
pub struct PinChange {
    /// The PIN as entered (ASCII digits only; other scripts' digits converted).
    pub value: String,
    /// The SPEC §2 report for it.
    pub report: Report,
}

/// `PinField`'s properties.
#[derive(Properties, Clone, PartialEq)]
pub struct PinFieldProps {
    /// The policy (default: the Exchange defaults).
    #[prop_or_default]
    pub policy: Policy,
    /// The person's extensions and other numbers.
    #[prop_or_default]
    pub extensions: Vec<AttrValue>,
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
    /// Called after every edit with the value and its report.
    #[prop_or_default]
    pub onchange: Callback<PinChange>,
}

/// The PIN input of SPEC §7.
#[component]
pub fn PinField(props: &PinFieldProps) -> Html {
    let value = use_state(|| normalize_digits(&props.value).digits);
    let shown = use_state(|| false);
    let validated = use_state(|| false);
    let refused = use_state(Vec::<char>::new);
    let announcement = use_state(String::new);
    // Counts edits, so that `onchange` fires once per edit (not on the first render).
    let edits = use_state(|| 0u32);
    let timers = use_mut_ref(Timers::default);

    let history: Rc<Option<PinHistory>> = use_memo(props.history.clone(), |history| {
        history
            .as_ref()
            .and_then(|text| PinHistory::parse(text).ok())
    });
    // Every keystroke: the checks without the history (microseconds). Once typing pauses:
    // the history too (one Argon2id derivation, tens of milliseconds), for this value only.
    let quick: Rc<Assessment> = {
        let deps = (
            (*value).clone(),
            props.policy,
            props.extensions.clone(),
            history.clone(),
        );
        use_memo(deps, |(value, policy, extensions, history)| {
            assess_without_history(
                value,
                policy,
                &context(extensions, history.as_ref().as_ref()),
            )
        })
    };
    let full = use_state(|| None::<(String, Rc<Assessment>)>);
    let assessment = match &*full {
        Some((assessed, assessment)) if *assessed == *value => assessment.clone(),
        _ => quick.clone(),
    };
    let items = &assessment.items;
    {
        let pause = Pause {
            value: (*value).clone(),
            quick: quick.clone(),
            policy: props.policy,
            extensions: props.extensions.clone(),
            history: history.clone(),
            onchange: props.onchange.clone(),
            full: full.clone(),
            announcement: announcement.clone(),
            timers: timers.clone(),
            locale: props.locale,
        };
        use_effect_with(*edits, move |&edited| {
            if edited > 0 {
                pause.after_edit();
            }
        });
    }

    let locale = props.locale;
    let id = props.id.clone();
    let rules_id = format!("{id}-rules");
    let refused_id = format!("{id}-refused");
    let status_id = format!("{id}-status");
    let invalid = *validated && (assessment.unmet() > 0 || (props.required && value.is_empty()));

    let oninput = {
        let (value, refused, edits) = (value.clone(), refused.clone(), edits.clone());
        Callback::from(move |event: InputEvent| {
            let input: HtmlInputElement = event.target_unchecked_into();
            let typed = normalize_digits(&input.value());
            // Keep the field to what was accepted (the refused characters disappear).
            if typed.digits != input.value() {
                input.set_value(&typed.digits);
            }
            refused.set(typed.refused);
            value.set(typed.digits);
            edits.set(*edits + 1);
        })
    };
    let onblur = {
        let validated = validated.clone();
        Callback::from(move |_: FocusEvent| validated.set(true))
    };
    let toggle = {
        let shown = shown.clone();
        Callback::from(move |_: MouseEvent| shown.set(!*shown))
    };

    let described_by = if refused.is_empty() {
        rules_id.clone()
    } else {
        format!("{rules_id} {refused_id}")
    };
    let label = props
        .label
        .clone()
        .unwrap_or(AttrValue::Static(text::field_label(locale)));

    html! {
        <div class="pinwarden-field" part="field" lang={locale.tag()}>
            <label for={id.clone()} part="label">{ label }</label>
            <div class="pinwarden-control" part="control">
                <input
                    id={id.clone()}
                    part="input"
                    type={if *shown { "text" } else { "password" }}
                    name={props.name.clone()}
                    inputmode="numeric"
                    autocomplete="new-password"
                    value={(*value).clone()}
                    required={props.required}
                    disabled={props.disabled}
                    aria-invalid={invalid.then_some("true")}
                    aria-describedby={described_by}
                    {oninput}
                    {onblur}
                />
                <button
                    type="button"
                    part="toggle"
                    aria-controls={id.clone()}
                    aria-pressed={if *shown { "true" } else { "false" }}
                    disabled={props.disabled}
                    onclick={toggle}
                >
                    { text::show_pin(locale) }
                </button>
            </div>
            if !refused.is_empty() {
                <p id={refused_id} class="pinwarden-refused" part="refused" role="alert">
                    { text::refused(&refused, locale) }
                </p>
            }
            <p class="pinwarden-rules-heading" part="rules-heading">{ text::rules_heading(locale) }</p>
            <ul id={rules_id} class="pinwarden-rules" part="rules">
                { for items.iter().map(|item| rule_line(*item, locale)) }
            </ul>
            <div id={status_id} class="pinwarden-status" part="status" role="status" aria-live="polite">
                { (*announcement).clone() }
            </div>
        </div>
    }
}

fn rule_line(item: ChecklistItem, locale: Locale) -> Html {
    html! {
        <li class={classes!("pinwarden-rule", item.state.as_str())} data-state={item.state.as_str()} part={format!("rule rule-{}", item.state.as_str())}>
            <span class="pinwarden-mark" aria-hidden="true">{ text::state_mark(item.state) }</span>
            <span class="pinwarden-state">{ text::state_prefix(item.state, locale) }</span>
            { " " }
            { item.label(locale) }
        </li>
    }
}

/// The core's context for the field's extensions and history.
pub(crate) fn context<'h>(
    extensions: &[AttrValue],
    history: Option<&'h PinHistory>,
) -> Context<'h> {
    let context = Context::new().with_extensions(extensions.iter().map(AttrValue::as_str));
    match history {
        Some(history) => context.with_history(history),
        None => context,
    }
}
