//! `use_pin_field`: the behaviour of `PinField` — its reducer, what it derives from its
//! state and props at each render (the assessment, the verdict, the announcement), the
//! pause after typing, and the callbacks of its parts.

use std::rc::Rc;

use gloo_timers::callback::Timeout;
use pinwarden::{Assessment, PinHistory, assess, assess_without_history, normalize_digits};
use web_sys::HtmlInputElement;
use yew::prelude::*;

use super::state::{FieldAction, FieldState, Inputs};
use super::{PinChange, PinFieldProps, context};
use crate::{text, validity};

/// What `PinField` renders, derived from its state and props.
pub struct FieldModel {
    /// The reducer's state.
    pub state: UseReducerHandle<FieldState>,
    /// The assessment shown: with the history looked up once typing paused on exactly the
    /// current value, policy, extensions, names and history; without it until then.
    pub assessment: Rc<Assessment>,
    /// The page's custom error, unless the person edited since it was set.
    pub custom_error: Option<AttrValue>,
    /// Whether `aria-invalid` is set: validated, enabled, and the form would refuse it.
    pub invalid: bool,
    /// What the live region holds: the outcome for the current inputs in the current
    /// language once typing paused on them, else nothing.
    pub announcement: String,
    /// Input events: the digits kept, the characters refused.
    pub oninput: Callback<InputEvent>,
    /// Leaving the field validates it.
    pub onblur: Callback<FocusEvent>,
    /// A submit attempt validates it.
    pub oninvalid: Callback<Event>,
    /// The show/hide button.
    pub ontoggle: Callback<MouseEvent>,
}

/// The state and behaviour of a `PinField` with these props.
#[hook]
pub fn use_pin_field(props: &PinFieldProps) -> FieldModel {
    let state = use_reducer(|| FieldState::new(normalize_digits(&props.value).digits));
    let history: Rc<Option<PinHistory>> = use_memo(props.history.clone(), |history| {
        history
            .as_ref()
            .and_then(|text| PinHistory::parse(text).ok())
    });
    let inputs = Rc::new(Inputs {
        value: state.value.clone(),
        policy: props.policy,
        extensions: props.extensions.clone(),
        names: props.names.clone(),
        history: props.history.clone(),
    });
    let paused = state.paused_on.as_deref() == Some(&*inputs);
    let assessment: Rc<Assessment> = {
        let history = history.clone();
        use_memo(((*inputs).clone(), paused), move |(inputs, paused)| {
            let context = context(&inputs.extensions, &inputs.names, history.as_ref().as_ref());
            if *paused {
                assess(&inputs.value, &inputs.policy, &context)
            } else {
                assess_without_history(&inputs.value, &inputs.policy, &context)
            }
        })
    };
    use_pause(&state, &inputs, paused, props.pause_ms);
    {
        let dispatcher = state.dispatcher();
        use_effect_with(props.custom_error.clone(), move |_| {
            dispatcher.dispatch(FieldAction::CustomErrorChanged);
        });
    }
    {
        // Once the history was looked up, the report may have changed: say so.
        let (onchange, value) = (props.onchange.clone(), state.value.clone());
        let consulted = paused && history.is_some();
        use_effect_with(
            (consulted, assessment.clone()),
            move |(consulted, assessment)| {
                if *consulted {
                    onchange.emit(PinChange {
                        value,
                        report: assessment.report,
                        edited: false,
                    });
                }
            },
        );
    }

    let locale = props.locale;
    let custom_error = props
        .custom_error
        .clone()
        .filter(|error| state.dismissed_error.as_ref() != Some(error));
    let refused = validity::refusal(&assessment.report, &state.value, props.required, locale)
        .is_some()
        || custom_error.is_some();
    let invalid = (state.validated || props.validated) && !props.disabled && refused;
    let announcement = if paused && state.edited {
        text::outcome(&assessment, locale)
    } else {
        String::new()
    };

    let oninput = {
        let dispatcher = state.dispatcher();
        let (onchange, policy, extensions, names) = (
            props.onchange.clone(),
            props.policy,
            props.extensions.clone(),
            props.names.clone(),
        );
        // The page's error as given (shown or already dismissed): an edit dismisses it.
        let custom_error = props.custom_error.clone();
        Callback::from(move |event: InputEvent| {
            let input: HtmlInputElement = event.target_unchecked_into();
            let typed = normalize_digits(&input.value());
            // Keep the field to what was accepted (the refused characters disappear).
            if typed.digits != input.value() {
                input.set_value(&typed.digits);
            }
            let quick = assess_without_history(
                &typed.digits,
                &policy,
                &context(&extensions, &names, history.as_ref().as_ref()),
            );
            onchange.emit(PinChange {
                value: typed.digits.clone(),
                report: quick.report,
                edited: true,
            });
            dispatcher.dispatch(FieldAction::Edited(typed, custom_error.clone()));
        })
    };
    let on = |action: fn() -> FieldAction| {
        let dispatcher = state.dispatcher();
        move || dispatcher.dispatch(action())
    };
    let (left, attempted, toggled) = (
        on(|| FieldAction::Left),
        on(|| FieldAction::SubmitAttempted),
        on(|| FieldAction::Toggled),
    );
    FieldModel {
        state,
        assessment,
        custom_error,
        invalid,
        announcement,
        oninput,
        onblur: Callback::from(move |_| left()),
        oninvalid: Callback::from(move |_| attempted()),
        ontoggle: Callback::from(move |_| toggled()),
    }
}

/// Once the person has typed, a pause of `pause_ms` on the same inputs dispatches
/// `Paused`; any change of value, policy, extensions, names or history starts it again.
#[hook]
fn use_pause(
    state: &UseReducerHandle<FieldState>,
    inputs: &Rc<Inputs>,
    paused: bool,
    pause_ms: u32,
) {
    let dispatcher = state.dispatcher();
    use_effect_with(
        (inputs.clone(), state.edited, paused),
        move |(inputs, edited, paused)| {
            let timer = (*edited && !*paused).then(|| {
                let inputs = inputs.clone();
                Timeout::new(pause_ms, move || {
                    dispatcher.dispatch(FieldAction::Paused(inputs));
                })
            });
            move || drop(timer)
        },
    );
}
