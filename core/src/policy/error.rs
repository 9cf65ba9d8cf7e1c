//! Why a policy was refused: one variant per failure, each with a stable code.

use super::Field;

/// A policy that breaks SPEC §1. The message names the field, the rule and the value
/// given; values are shown as JSON, shortened when long.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum PolicyError {
    /// A key that is neither a policy field nor one of its Exchange aliases.
    #[error("unknown policy field `{key}`{}", suggestion.map(|s| format!(" (did you mean `{s}`?)")).unwrap_or_default())]
    UnknownField {
        /// The key as given (shortened when long).
        key: String,
        /// The closest field name, when the key looks like a typo of it.
        suggestion: Option<&'static str>,
    },
    /// A value of the wrong JSON type.
    #[error("`{key}` must be {expected}; got {value}")]
    WrongType {
        /// The key as given (`policy` for the policy value itself).
        key: String,
        /// What was expected, in words.
        expected: &'static str,
        /// The value given, as JSON.
        value: String,
    },
    /// A number with a fractional part where a whole number is required.
    #[error("`{key}` must be a whole number; got {value}")]
    NotInteger {
        /// The key as given.
        key: String,
        /// The value given, as JSON.
        value: String,
    },
    /// A whole number outside the field's range.
    #[error("`{key}` must be {rule}; got {value}", rule = field.rule())]
    OutOfRange {
        /// The key as given.
        key: String,
        /// The field it names.
        field: Field,
        /// The value given, as JSON.
        value: String,
    },
    /// Two fields whose values break a rule that ties them together.
    #[error("`{key}` must be {rule}; got {value}")]
    CrossField {
        /// The field whose value breaks the rule.
        key: &'static str,
        /// The rule, naming the other field and its value.
        rule: String,
        /// The value given, as JSON.
        value: String,
    },
    /// The same field given twice, under its name and its Exchange alias.
    #[error("`{key}` is given twice (also as `{other}`)")]
    DuplicateField {
        /// The second key.
        key: String,
        /// The first key naming the same field.
        other: &'static str,
    },
    /// A name in `extraChecks` that is not a check of SPEC §2.3.
    #[error("`extraChecks` has an unknown check {value}; known checks: {known}", known = crate::ExtraCheck::ALL.map(crate::ExtraCheck::name).join(", "))]
    UnknownCheck {
        /// The name given, as JSON.
        value: String,
    },
    /// A string that is not the name of a preset.
    #[error("unknown preset {name}; expected exchange, teams or strict")]
    UnknownPreset {
        /// The name given, as JSON.
        name: String,
    },
    /// Text that is not JSON.
    #[error("the policy is not valid JSON: {detail}")]
    InvalidJson {
        /// What the JSON parser said.
        detail: String,
    },
}

impl PolicyError {
    /// The stable, camelCase code of this error (SPEC §8), e.g. `"outOfRange"`.
    pub fn code(&self) -> &'static str {
        match self {
            PolicyError::UnknownField { .. } => "unknownField",
            PolicyError::WrongType { .. } => "wrongType",
            PolicyError::NotInteger { .. } => "notInteger",
            PolicyError::OutOfRange { .. } => "outOfRange",
            PolicyError::CrossField { .. } => "crossField",
            PolicyError::DuplicateField { .. } => "duplicateField",
            PolicyError::UnknownCheck { .. } => "unknownCheck",
            PolicyError::UnknownPreset { .. } => "unknownPreset",
            PolicyError::InvalidJson { .. } => "invalidJson",
        }
    }

    /// The key the error is about, as the caller wrote it, when there is one.
    pub fn field(&self) -> Option<&str> {
        match self {
            PolicyError::UnknownField { key, .. }
            | PolicyError::WrongType { key, .. }
            | PolicyError::NotInteger { key, .. }
            | PolicyError::OutOfRange { key, .. }
            | PolicyError::DuplicateField { key, .. } => Some(key),
            PolicyError::CrossField { key, .. } => Some(key),
            PolicyError::UnknownCheck { .. } => Some(Field::ExtraChecks.name()),
            PolicyError::UnknownPreset { .. } | PolicyError::InvalidJson { .. } => None,
        }
    }
}

/// Longest value or key quoted back in an error, in characters.
const QUOTE_LIMIT: usize = 40;

/// A JSON value as error text: compact JSON, shortened to a few dozen characters so that
/// a 10-megabyte string never ends up in a message or a log.
pub(crate) fn describe(value: &serde_json::Value) -> String {
    match value {
        serde_json::Value::String(text) => describe_str(text),
        serde_json::Value::Array(items) if items.len() > 8 => {
            format!("an array of {} items", items.len())
        }
        serde_json::Value::Object(map) if map.len() > 8 => {
            format!("an object with {} keys", map.len())
        }
        other => shorten(&other.to_string()),
    }
}

/// A string as error text: quoted as JSON, shortened when long.
pub(crate) fn describe_str(text: &str) -> String {
    let head: String = text.chars().take(QUOTE_LIMIT).collect();
    let quoted = serde_json::Value::String(head).to_string();
    if text.chars().nth(QUOTE_LIMIT).is_some() {
        format!("{quoted}… ({} characters)", text.chars().count())
    } else {
        quoted
    }
}

/// A key as error text: as given, shortened when long.
pub(crate) fn describe_key(key: &str) -> String {
    shorten(key)
}

fn shorten(text: &str) -> String {
    if text.chars().nth(QUOTE_LIMIT).is_some() {
        let head: String = text.chars().take(QUOTE_LIMIT).collect();
        format!("{head}…")
    } else {
        text.to_owned()
    }
}
