//! One broken rule with the parameters that explain it (SPEC §2).

use serde::ser::{Serialize, SerializeMap, Serializer};

use crate::{Code, Locale, PatternCode, messages};

/// One broken rule: its code and the parameters that explain it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Violation {
    /// `required`.
    Required,
    /// `notDigits`.
    NotDigits,
    /// `tooShort`: fewer than `min` digits; the PIN has `actual` characters.
    TooShort {
        /// The policy's `minLength`.
        min: u8,
        /// The PIN's length in characters.
        actual: usize,
    },
    /// `tooLong`: more than `max` digits; the PIN has `actual` characters.
    TooLong {
        /// The policy's `maxLength`.
        max: u8,
        /// The PIN's length in characters.
        actual: usize,
    },
    /// `recycled`: one of the last `history_count` PINs.
    Recycled {
        /// The policy's `historyCount`.
        history_count: u8,
    },
    /// A pattern rule (§2.2 and §2.3) without parameters.
    Pattern(PatternCode),
    /// A pattern rule with the parameter `max` (`sequenceRun`, `repeatRun`): more than
    /// `max` digits in a row.
    Run {
        /// The check.
        code: PatternCode,
        /// The policy's `max` for it.
        max: u8,
    },
}

impl Violation {
    /// The stable code.
    pub fn code(&self) -> Code {
        match self {
            Violation::Required => Code::Required,
            Violation::NotDigits => Code::NotDigits,
            Violation::TooShort { .. } => Code::TooShort,
            Violation::TooLong { .. } => Code::TooLong,
            Violation::Recycled { .. } => Code::Recycled,
            Violation::Pattern(pattern) | Violation::Run { code: pattern, .. } => pattern.code(),
        }
    }

    /// The parameters, as (camelCase name, value) pairs in a fixed order.
    pub fn params(&self) -> impl Iterator<Item = (&'static str, usize)> {
        let pairs: [Option<(&'static str, usize)>; 2] = match *self {
            Violation::TooShort { min, actual } => {
                [Some(("min", min.into())), Some(("actual", actual))]
            }
            Violation::TooLong { max, actual } => {
                [Some(("max", max.into())), Some(("actual", actual))]
            }
            Violation::Recycled { history_count } => {
                [Some(("historyCount", history_count.into())), None]
            }
            Violation::Run { max, .. } => [Some(("max", max.into())), None],
            Violation::Required | Violation::NotDigits | Violation::Pattern(_) => [None, None],
        };
        pairs.into_iter().flatten()
    }

    /// The message in `locale`, built from the parameters; it never contains the PIN.
    pub fn message(&self, locale: Locale) -> String {
        messages::message(self, locale)
    }

    /// This violation with its message in `locale`, to serialize as
    /// `{ code, ...params, message }`.
    pub fn localized(&self, locale: Locale) -> LocalizedViolation {
        self.with_locale(Some(locale))
    }

    pub(crate) fn with_locale(&self, locale: Option<Locale>) -> LocalizedViolation {
        LocalizedViolation {
            violation: *self,
            locale,
        }
    }
}

impl Serialize for Violation {
    /// `{ "code": …, ...params }`.
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        self.with_locale(None).serialize(serializer)
    }
}

/// A violation and the locale of its message; serializes as `{ code, ...params, message }`
/// (without `message` when there is no locale).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct LocalizedViolation {
    violation: Violation,
    locale: Option<Locale>,
}

impl LocalizedViolation {
    /// The violation.
    pub fn violation(&self) -> Violation {
        self.violation
    }
    /// The message, in the locale given (English when none was).
    pub fn message(&self) -> String {
        self.violation.message(self.locale.unwrap_or_default())
    }
}

impl Serialize for LocalizedViolation {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("code", self.violation.code().as_str())?;
        for (name, value) in self.violation.params() {
            map.serialize_entry(name, &value)?;
        }
        if let Some(locale) = self.locale {
            map.serialize_entry("message", &self.violation.message(locale))?;
        }
        map.end()
    }
}
