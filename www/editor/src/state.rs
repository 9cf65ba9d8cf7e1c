//! The editor's state and the named actions that change it: a Yew reducer, in the manner
//! of yew's `function_todomvc`. Components dispatch an [`Action`]; only [`reduce`] changes
//! the state, so every change can be tested without a browser.
//!
//! [`reduce`]: yew::Reducible::reduce

use std::rc::Rc;

use pinwarden::{ExtraCheck, Field, Policy, PolicyError};

use crate::draft::Draft;
use crate::paste::{self, Candidate, Pasted};

/// What the last copy of the JSON said.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Notice {
    /// Nothing (no copy yet, or the form changed since).
    None,
    /// The JSON is on the clipboard.
    Copied,
    /// The browser refused the clipboard.
    CopyFailed,
}

/// What the paste box's last load did.
#[derive(Clone, Debug, PartialEq)]
pub enum PasteOutcome {
    /// No load yet, or the pasted text changed since.
    None,
    /// The form now shows the pasted policy (named, when it had a name).
    Loaded(Option<String>),
    /// Nothing was loaded, and why.
    Refused(PasteProblem),
    /// The text holds several policies: the person picks one. `refused` is the core's
    /// error for the one picked last, when it was refused.
    Choose {
        /// The policies, in the pasted order.
        candidates: Vec<Candidate>,
        /// The index and error of the last one refused.
        refused: Option<(usize, PolicyError)>,
    },
}

/// Why a paste loaded nothing.
#[derive(Clone, Debug, PartialEq)]
pub enum PasteProblem {
    /// The box was empty.
    Empty,
    /// Not JSON (where, and whether it ended early).
    NotJson {
        /// The line (from 1).
        line: usize,
        /// The column (from 1).
        column: usize,
        /// The text ended before the JSON did.
        ended_early: bool,
    },
    /// An empty list.
    EmptyList,
    /// The core refused the policy.
    Policy(PolicyError),
}

/// Everything the editor shows.
#[derive(Clone, Debug, PartialEq)]
pub struct EditorState {
    /// The form.
    pub draft: Draft,
    /// What the last copy said.
    pub notice: Notice,
    /// The paste box's text.
    pub pasted: String,
    /// What the last load of the paste box did.
    pub paste: PasteOutcome,
}

impl EditorState {
    /// The editor showing `policy`, nothing pasted.
    pub fn new(policy: &Policy) -> EditorState {
        EditorState {
            draft: Draft::from_policy(policy),
            notice: Notice::None,
            pasted: String::new(),
            paste: PasteOutcome::None,
        }
    }
}

/// A change to the editor.
#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    /// A number field's text, as typed.
    SetText(Field, String),
    /// `allowCommonPatterns` or `applyToExistingPins` on or off.
    SetSwitch(Field, bool),
    /// `failuresBeforeReset` unlimited (`null`) or a number.
    SetUnlimitedResets(bool),
    /// An extra check on or off.
    SetExtraCheck(ExtraCheck, bool),
    /// An extra check's parameter `max`, as typed (empty: its default).
    SetExtraMax(ExtraCheck, String),
    /// An extra check only warns (`true`) or refuses.
    SetExtraWarns(ExtraCheck, bool),
    /// The form shows a preset.
    LoadPreset(Policy),
    /// The copy finished: whether the clipboard took the JSON.
    CopyDone(bool),
    /// The paste box's text changed.
    EditPaste(String),
    /// Load what the paste box holds.
    LoadPaste,
    /// Load the `n`th of several pasted policies.
    PickPasted(usize),
}

impl yew::Reducible for EditorState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = (*self).clone();
        match action {
            Action::SetText(field, text) => next.edit(|draft| draft.set_text(field, text)),
            Action::SetSwitch(field, on) => next.edit(|draft| draft.set_switch(field, on)),
            Action::SetUnlimitedResets(on) => next.edit(|draft| draft.set_unlimited_resets(on)),
            Action::SetExtraCheck(check, on) => {
                next.edit(|draft| draft.set_extra_check(check, on));
            }
            Action::SetExtraMax(check, text) => {
                next.edit(|draft| draft.set_extra_max(check, &text));
            }
            Action::SetExtraWarns(check, warns) => {
                next.edit(|draft| draft.set_extra_warns(check, warns));
            }
            Action::LoadPreset(policy) => next.edit(|draft| *draft = Draft::from_policy(&policy)),
            Action::CopyDone(ok) => {
                next.notice = if ok {
                    Notice::Copied
                } else {
                    Notice::CopyFailed
                };
            }
            Action::EditPaste(text) => {
                next.pasted = text;
                next.paste = PasteOutcome::None;
            }
            Action::LoadPaste => next.load_paste(),
            Action::PickPasted(index) => next.pick(index),
        }
        next.into()
    }
}

impl EditorState {
    fn edit(&mut self, change: impl FnOnce(&mut Draft)) {
        change(&mut self.draft);
        self.notice = Notice::None;
    }

    fn load(&mut self, policy: &Policy, name: Option<String>) {
        self.edit(|draft| *draft = Draft::from_policy(policy));
        self.paste = PasteOutcome::Loaded(name);
    }

    fn load_paste(&mut self) {
        self.paste = match paste::read(&self.pasted) {
            Pasted::Empty => PasteOutcome::Refused(PasteProblem::Empty),
            Pasted::EmptyList => PasteOutcome::Refused(PasteProblem::EmptyList),
            Pasted::NotJson {
                line,
                column,
                ended_early,
            } => PasteOutcome::Refused(PasteProblem::NotJson {
                line,
                column,
                ended_early,
            }),
            Pasted::One(Ok(policy)) => return self.load(&policy, None),
            Pasted::One(Err(error)) => PasteOutcome::Refused(PasteProblem::Policy(error)),
            Pasted::Several(candidates) => PasteOutcome::Choose {
                candidates,
                refused: None,
            },
        };
    }

    fn pick(&mut self, index: usize) {
        let PasteOutcome::Choose {
            candidates,
            refused,
        } = &mut self.paste
        else {
            return;
        };
        let Some(candidate) = candidates.get(index) else {
            return;
        };
        match candidate.policy() {
            Ok(policy) => {
                let name = candidate.name.clone();
                self.load(&policy, name);
            }
            Err(error) => *refused = Some((index, error)),
        }
    }
}

#[cfg(test)]
mod tests {
    use yew::Reducible;

    use super::*;

    fn after(actions: impl IntoIterator<Item = Action>) -> Rc<EditorState> {
        actions.into_iter().fold(
            Rc::new(EditorState::new(&Policy::EXCHANGE)),
            Reducible::reduce,
        )
    }

    #[test]
    fn an_edit_clears_the_copy_notice() {
        let state = after([Action::CopyDone(true)]);
        assert_eq!(state.notice, Notice::Copied);
        let state = state.reduce(Action::SetText(Field::MinLength, "8".into()));
        assert_eq!(state.notice, Notice::None);
        assert_eq!(state.draft.check().map(|p| p.min_length()), Ok(8));
    }

    #[test]
    fn a_refused_paste_changes_nothing_and_says_why() {
        for (text, problem) in [
            ("", PasteProblem::Empty),
            ("[]", PasteProblem::EmptyList),
            (
                "{",
                PasteProblem::NotJson {
                    line: 1,
                    column: 1,
                    ended_early: true,
                },
            ),
        ] {
            let state = after([
                Action::SetText(Field::MinLength, "9".into()),
                Action::EditPaste(text.into()),
                Action::LoadPaste,
            ]);
            assert_eq!(state.paste, PasteOutcome::Refused(problem), "{text:?}");
            assert_eq!(state.draft.text(Field::MinLength), "9");
        }
    }

    #[test]
    fn several_policies_wait_for_a_choice() {
        let state = after([
            Action::EditPaste(
                r#"[{"Name": "A", "MinPINLength": 3}, {"Name": "B", "MinPINLength": 8}]"#.into(),
            ),
            Action::LoadPaste,
        ]);
        assert!(
            matches!(&state.paste, PasteOutcome::Choose { candidates, refused: None } if candidates.len() == 2)
        );
        assert_eq!(
            state.draft.text(Field::MinLength),
            "6",
            "nothing loaded yet"
        );
        let state = state.reduce(Action::PickPasted(0));
        assert!(matches!(
            &state.paste,
            PasteOutcome::Choose {
                refused: Some((0, _)),
                ..
            }
        ));
        let state = state.reduce(Action::PickPasted(1));
        assert_eq!(state.paste, PasteOutcome::Loaded(Some("B".into())));
        assert_eq!(state.draft.text(Field::MinLength), "8");
        let state = state.reduce(Action::PickPasted(0));
        assert_eq!(
            state.paste,
            PasteOutcome::Loaded(Some("B".into())),
            "no choice left"
        );
    }

    #[test]
    fn a_pasted_max_severity_and_minimum_age_show_in_the_form_and_come_back() {
        let pasted =
            r#"{"extraChecks":[{"check":"sequenceRun","max":4,"severity":"warn"}],"minAgeDays":1}"#;
        let state = after([Action::EditPaste(pasted.into()), Action::LoadPaste]);
        assert_eq!(state.paste, PasteOutcome::Loaded(None));
        assert_eq!(state.draft.extra_max(ExtraCheck::SequenceRun), "4");
        assert!(state.draft.extra_warns(ExtraCheck::SequenceRun));
        assert_eq!(state.draft.text(Field::MinAgeDays), "1");
        let policy = state.draft.check().unwrap();
        let json = serde_json::to_value(policy).unwrap();
        assert_eq!(
            json["extraChecks"],
            serde_json::json!([{"check": "sequenceRun", "max": 4, "severity": "warn"}])
        );
        assert_eq!(json["minAgeDays"], 1);

        // Edited through the form: refuse again, the default max.
        let state = state
            .reduce(Action::SetExtraWarns(ExtraCheck::SequenceRun, false))
            .reduce(Action::SetExtraMax(ExtraCheck::SequenceRun, String::new()));
        let json = serde_json::to_value(state.draft.check().unwrap()).unwrap();
        assert_eq!(json["extraChecks"], serde_json::json!(["sequenceRun"]));
    }

    #[test]
    fn editing_the_paste_forgets_the_last_outcome() {
        let state = after([Action::EditPaste("teams".into()), Action::LoadPaste]);
        assert_eq!(state.paste, PasteOutcome::Loaded(None));
        assert_eq!(state.draft.check(), Ok(Policy::TEAMS));
        let state = state.reduce(Action::EditPaste("x".into()));
        assert_eq!(state.paste, PasteOutcome::None);
    }
}
