//! `PinField`'s state and the named actions that change it (a reducer, as in yew's
//! `function_todomvc`). What it shows is derived from this state and the props at render.

use std::rc::Rc;

use pinwarden::{Normalized, Policy};
use yew::{AttrValue, Reducible};

/// What the field's assessment depends on: when any of it changes, what was learnt at the
/// last pause (the history look-up, the announcement) no longer holds.
#[derive(Clone, Debug, PartialEq)]
pub struct Inputs {
    /// The PIN typed (ASCII digits).
    pub value: String,
    /// The policy.
    pub policy: Policy,
    /// The person's numbers.
    pub extensions: Vec<AttrValue>,
    /// The person's names.
    pub names: Vec<AttrValue>,
    /// The serialized history.
    pub history: Option<AttrValue>,
}

/// The field's own state.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct FieldState {
    /// The PIN typed (ASCII digits).
    pub value: String,
    /// The characters last refused, to say why they were not entered.
    pub refused: Vec<char>,
    /// Whether the PIN is shown.
    pub shown: bool,
    /// Whether the field has been validated (it lost focus, or a submit was attempted).
    pub validated: bool,
    /// Whether the person has typed since the field was created.
    pub edited: bool,
    /// The inputs typing last paused on (the history was looked up and the outcome
    /// announced for exactly these).
    pub paused_on: Option<Rc<Inputs>>,
    /// The page's custom error the person has edited since (no longer shown).
    pub dismissed_error: Option<AttrValue>,
}

/// Everything that can happen to the field.
pub enum FieldAction {
    /// The person typed, deleted or pasted: the digits kept and the characters refused.
    /// The page's custom error shown then is dismissed.
    Edited(Normalized, Option<AttrValue>),
    /// The field lost focus.
    Left,
    /// A submit was attempted (the input's `invalid` event).
    SubmitAttempted,
    /// The show/hide button was pressed.
    Toggled,
    /// Typing paused on these inputs.
    Paused(Rc<Inputs>),
    /// The page set (or cleared) its custom error: a new one is shown even if it says the
    /// same as one the person dismissed.
    CustomErrorChanged,
}

impl FieldState {
    /// The state of a new field holding `value` (already normalized).
    pub fn new(value: String) -> FieldState {
        FieldState {
            value,
            ..FieldState::default()
        }
    }
}

impl Reducible for FieldState {
    type Action = FieldAction;

    fn reduce(self: Rc<Self>, action: FieldAction) -> Rc<Self> {
        let mut next = (*self).clone();
        match action {
            FieldAction::Edited(typed, custom_error) => {
                next.value = typed.digits;
                next.refused = typed.refused;
                next.edited = true;
                next.dismissed_error = custom_error;
            }
            FieldAction::Left | FieldAction::SubmitAttempted => next.validated = true,
            FieldAction::Toggled => next.shown = !next.shown,
            FieldAction::CustomErrorChanged => {
                if next.dismissed_error.is_none() {
                    return self;
                }
                next.dismissed_error = None;
            }
            FieldAction::Paused(inputs) => {
                if inputs.value != next.value {
                    return self;
                }
                next.paused_on = Some(inputs);
            }
        }
        Rc::new(next)
    }
}
