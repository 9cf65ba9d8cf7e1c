//! Reading what was pasted into the editor's paste box: the output of
//! `Get-UMMailboxPolicy | ConvertTo-Json` (one policy, or a list when there are several), a
//! policy object, or a preset name. Whether a policy is valid is the core's to say; this
//! module only tells the cases apart, so that each gets a clear message in the page's
//! language instead of the JSON parser's English.

use pinwarden::{Policy, PolicyError};
use serde_json::Value;

/// What the paste box held.
#[derive(Clone, Debug, PartialEq)]
pub enum Pasted {
    /// Nothing but white space.
    Empty,
    /// Not JSON: where the parser stopped, and whether the text simply ended too early.
    NotJson {
        /// The line (from 1).
        line: usize,
        /// The column (from 1).
        column: usize,
        /// The text ended before the JSON did (cut off when copying).
        ended_early: bool,
    },
    /// One policy (or a list holding one): what the core made of it.
    One(Result<Policy, PolicyError>),
    /// A list of several policies, for the person to choose from.
    Several(Vec<Candidate>),
    /// An empty list.
    EmptyList,
}

/// One policy of a pasted list.
#[derive(Clone, Debug, PartialEq)]
pub struct Candidate {
    /// Its name (`Name`, or `Identity` when it is text), when it has one.
    pub name: Option<String>,
    /// The policy as pasted.
    pub value: Value,
}

impl Candidate {
    /// What the core makes of this policy.
    ///
    /// # Errors
    /// The core's [`PolicyError`].
    pub fn policy(&self) -> Result<Policy, PolicyError> {
        Policy::from_json(&self.value)
    }
}

/// Tells apart what `text` holds.
pub fn read(text: &str) -> Pasted {
    let text = text.trim_start_matches('\u{feff}').trim();
    if text.is_empty() {
        return Pasted::Empty;
    }
    match serde_json::from_str::<Value>(text) {
        Ok(Value::Array(items)) => match items.len() {
            0 => Pasted::EmptyList,
            1 => Pasted::One(Policy::from_json(&items[0])),
            _ => Pasted::Several(
                items
                    .into_iter()
                    .map(|value| Candidate {
                        name: name_of(&value),
                        value,
                    })
                    .collect(),
            ),
        },
        Ok(value) => Pasted::One(Policy::from_json(&value)),
        // A bare preset name (`teams`) is a policy too.
        Err(_) if Policy::preset(text).is_ok() => Pasted::One(Policy::preset(text)),
        Err(error) => Pasted::NotJson {
            line: error.line(),
            column: error.column(),
            ended_early: error.is_eof(),
        },
    }
}

/// The name Exchange gives a policy: `Name`, else `Identity` when it is text.
fn name_of(value: &Value) -> Option<String> {
    ["Name", "Identity", "name"]
        .iter()
        .find_map(|key| value.get(key).and_then(Value::as_str))
        .map(|name| name.chars().take(60).collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn empty_text_and_white_space_are_empty() {
        assert_eq!(read(""), Pasted::Empty);
        assert_eq!(read(" \n\t"), Pasted::Empty);
        assert_eq!(read("\u{feff}"), Pasted::Empty);
    }

    #[test]
    fn text_that_is_not_json_says_where() {
        assert_eq!(
            read("{\n  MinPINLength: 4\n}"),
            Pasted::NotJson {
                line: 2,
                column: 3,
                ended_early: false
            }
        );
        assert!(matches!(
            read(r#"{"MinPINLength": 4"#),
            Pasted::NotJson {
                ended_early: true,
                ..
            }
        ));
    }

    #[test]
    fn one_policy_alone_or_in_a_list_of_one() {
        let one = read(r#"{"MinPINLength": 8, "Identity": "Contoso"}"#);
        assert_eq!(
            one,
            Pasted::One(Ok(Policy::builder().min_length(8).build().unwrap()))
        );
        assert_eq!(read(r#"[{"MinPINLength": 8}]"#), one);
        assert_eq!(read("teams"), Pasted::One(Ok(Policy::TEAMS)));
        assert!(matches!(read(r#"{"minLength": 3}"#), Pasted::One(Err(_))));
    }

    #[test]
    fn several_policies_are_offered_by_name() {
        let Pasted::Several(candidates) = read(
            r#"[{"Name": "Default Policy", "MinPINLength": 6}, {"Identity": "Sales", "MinPINLength": 3}, {"MinPINLength": 10}]"#,
        ) else {
            panic!("several");
        };
        let names: Vec<_> = candidates.iter().map(|c| c.name.as_deref()).collect();
        assert_eq!(names, [Some("Default Policy"), Some("Sales"), None]);
        assert_eq!(candidates[0].policy().map(|p| p.min_length()), Ok(6));
        assert_eq!(
            candidates[1].policy().unwrap_err().field(),
            Some("MinPINLength")
        );
        assert_eq!(read("[]"), Pasted::EmptyList);
    }
}
