//! Why a policy was refused: one variant per failure, each with a stable code.

use super::Field;

/// A policy that breaks SPEC §1. The message names the field, the rule and the value
/// given; values are shown as JSON, shortened when long. `Display` gives the English
/// message; [`PolicyError::message`] gives it in any locale.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum PolicyError {
    /// A key that is neither a policy field nor one of its Exchange aliases.
    UnknownField {
        /// The key as given (shortened when long).
        key: String,
        /// The closest field name, when the key looks like a typo of it.
        suggestion: Option<&'static str>,
    },
    /// A value of the wrong JSON type.
    WrongType {
        /// The key as given (`policy` for the policy value itself).
        key: String,
        /// What was expected.
        expected: Expected,
        /// The value given, as JSON.
        value: String,
    },
    /// A number with a fractional part where a whole number is required.
    NotInteger {
        /// The key as given.
        key: String,
        /// The value given, as JSON.
        value: String,
    },
    /// A whole number outside the field's range.
    OutOfRange {
        /// The key as given.
        key: String,
        /// The field it names.
        field: Field,
        /// The value given, as JSON.
        value: String,
    },
    /// Two fields whose values break a rule that ties them together.
    CrossField {
        /// The field whose value breaks the rule.
        field: Field,
        /// The rule, with the other field's value.
        rule: CrossRule,
        /// The value given, as JSON.
        value: String,
    },
    /// The same field given twice, under its name and its Exchange alias.
    DuplicateField {
        /// The second key.
        key: String,
        /// The first key naming the same field.
        other: &'static str,
    },
    /// A name in `extraChecks` that is not a check of SPEC §2.3.
    UnknownCheck {
        /// The name given, as JSON.
        value: String,
    },
    /// A string that is not the name of a preset.
    UnknownPreset {
        /// The name given, as JSON.
        name: String,
    },
    /// Text that is not JSON.
    InvalidJson {
        /// What the JSON parser said.
        detail: String,
    },
}

/// What a value of the wrong type should have been.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Expected {
    /// The policy itself: a preset name or an object.
    PresetOrObject,
    /// A whole number.
    WholeNumber,
    /// A whole number or `null` (`failuresBeforeReset`).
    WholeNumberOrNull,
    /// A whole number or a numeric string (an Exchange alias).
    WholeNumberOrNumericString,
    /// A whole number, a numeric string or `"Unlimited"` (an Exchange alias that may be
    /// unlimited).
    WholeNumberOrUnlimited,
    /// `true` or `false`.
    Boolean,
    /// The `extraChecks` list.
    CheckList,
    /// The `lengths` of a scoped extra check.
    CheckLengths,
    /// The `max` of an extra check that takes one (`sequenceRun`, `repeatRun`).
    CheckMax,
    /// The `severity` of an extra check: `"refuse"` or `"warn"`.
    CheckSeverity,
}

/// A rule that ties two fields together (SPEC §1).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum CrossRule {
    /// `maxLength` must be at least `minLength`.
    AtLeastMinLength {
        /// The policy's `minLength`.
        min_length: u8,
    },
    /// `failuresBeforeReset` must be lower than `failuresBeforeLockout`.
    LowerThanLockout {
        /// The policy's `failuresBeforeLockout`.
        failures_before_lockout: u16,
    },
}

impl std::fmt::Display for PolicyError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // English directly, not through `message`: a build that never asks for French
        // (the npm package's errors) then leaves the French words out.
        f.write_str(&super::text::english(self))
    }
}

impl std::error::Error for PolicyError {}

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

    /// The message in `locale`.
    ///
    /// ```
    /// use pinwarden::{Locale, Policy};
    /// let error = Policy::from_json_str(r#"{"minLength": 3}"#).unwrap_err();
    /// assert_eq!(error.message(Locale::En), "`minLength` must be 0 (no PIN required) or between 4 and 24; got 3");
    /// assert_eq!(error.message(Locale::Fr), "`minLength` doit être 0 (aucun code PIN exigé) ou entre 4 et 24 ; reçu 3");
    /// ```
    pub fn message(&self, locale: crate::Locale) -> String {
        super::text::error_message(self, locale)
    }

    /// The key the error is about, as the caller wrote it, when there is one.
    pub fn field(&self) -> Option<&str> {
        match self {
            PolicyError::UnknownField { key, .. }
            | PolicyError::WrongType { key, .. }
            | PolicyError::NotInteger { key, .. }
            | PolicyError::OutOfRange { key, .. }
            | PolicyError::DuplicateField { key, .. } => Some(key),
            PolicyError::CrossField { field, .. } => Some(field.name()),
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
        other => {
            let mut text = String::new();
            write_json(other, &mut text);
            shorten(&text)
        }
    }
}

/// Enough bytes of JSON text to hold more than [`QUOTE_LIMIT`] characters (a character
/// is at most 4 bytes): past it, [`shorten`] cuts the text anyway.
const ENOUGH_BYTES: usize = 4 * QUOTE_LIMIT;

/// Writes `value` as `serde_json::to_string` would, up to a little past [`ENOUGH_BYTES`]
/// (what [`shorten`] then keeps is the same). Written here rather than by `Value`'s
/// `Serialize`, which costs the WebAssembly build 2 KB; and a long nested value is not
/// written out in full only to be cut.
fn write_json(value: &serde_json::Value, out: &mut String) {
    use serde_json::Value;
    match value {
        Value::Null => out.push_str("null"),
        Value::Bool(true) => out.push_str("true"),
        Value::Bool(false) => out.push_str("false"),
        Value::Number(number) => out.push_str(&to_json(number)),
        Value::String(text) => {
            // The JSON of the first characters starts as the whole string's does.
            let head: String = text.chars().take(QUOTE_LIMIT + 1).collect();
            out.push_str(&to_json(&head));
        }
        Value::Array(items) => {
            out.push('[');
            for (i, item) in items.iter().enumerate() {
                if out.len() > ENOUGH_BYTES {
                    return;
                }
                if i > 0 {
                    out.push(',');
                }
                write_json(item, out);
            }
            out.push(']');
        }
        Value::Object(map) => {
            out.push('{');
            for (i, (key, item)) in map.iter().enumerate() {
                if out.len() > ENOUGH_BYTES {
                    return;
                }
                if i > 0 {
                    out.push(',');
                }
                let head: String = key.chars().take(QUOTE_LIMIT + 1).collect();
                out.push_str(&to_json(&head));
                out.push(':');
                write_json(item, out);
            }
            out.push('}');
        }
    }
}

/// A string as error text: quoted as JSON, shortened when long.
pub(crate) fn describe_str(text: &str) -> String {
    let head: String = text.chars().take(QUOTE_LIMIT).collect();
    let quoted = to_json(&head);
    if text.chars().nth(QUOTE_LIMIT).is_some() {
        format!("{quoted}… ({} characters)", text.chars().count())
    } else {
        quoted
    }
}

/// Compact JSON text of a string or a number. (`serde_json::to_string`, not `Value`'s
/// `Display`: the latter goes through `std::io` adapters that cost the WebAssembly build
/// kilobytes.)
fn to_json<T: serde::Serialize + ?Sized>(value: &T) -> String {
    serde_json::to_string(value).unwrap_or_default()
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

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::{Value, json};

    /// What `describe` must give for a value other than a string or a long list: what
    /// `serde_json` writes, shortened.
    fn by_serde_json(value: &Value) -> String {
        shorten(&serde_json::to_string(value).unwrap())
    }

    #[test]
    fn a_value_is_described_as_serde_json_writes_it_shortened() {
        let long = "x".repeat(10_000);
        let values = [
            json!(null),
            json!(true),
            json!(false),
            json!(0),
            json!(-17),
            json!(18_446_744_073_709_551_615_u64),
            json!(6.5),
            json!(-1.0e-7),
            json!(1.0e300),
            json!([]),
            json!({}),
            json!([1, "a", null, {}]),
            json!({"b": [1, 2], "a": {"c": "é\"\n\u{1F600}"}}),
            json!(["\u{7}\u{1F600}\"", true]),
            json!([[[[[[[[1]]]]]]]]),
            json!([long, 1]),
            json!({long.clone(): 1}),
            json!([[long.clone()], [long]]),
            json!(["ééééééééééééééééééééééééééééééééééééééééééééééééé"]),
            json!([
                1.5,
                2.25,
                1e21,
                123_456_789.123,
                0.1,
                0.2,
                0.300_000_000_000_000_04
            ]),
            json!({"a": 1, "b": 2, "c": 3, "d": 4, "e": 5, "f": 6, "g": 7, "h": 8}),
        ];
        for value in &values {
            assert_eq!(describe(value), by_serde_json(value), "{value}");
        }
    }

    #[test]
    fn a_deep_or_wide_value_is_cut_without_being_written_out() {
        let mut deep = json!("end");
        for _ in 0..1_000 {
            deep = json!([deep, "x".repeat(100)]);
        }
        assert_eq!(describe(&deep), by_serde_json(&deep));
        let wide = json!([(0..8).map(|i| vec![i; 100_000]).collect::<Vec<_>>()]);
        assert_eq!(describe(&wide), by_serde_json(&wide));
    }

    #[test]
    fn long_lists_and_strings_are_counted() {
        assert_eq!(
            describe(&json!([1, 2, 3, 4, 5, 6, 7, 8, 9])),
            "an array of 9 items"
        );
        assert_eq!(
            describe(&json!("x".repeat(50))),
            format!("\"{}\"… (50 characters)", "x".repeat(40))
        );
    }
}
