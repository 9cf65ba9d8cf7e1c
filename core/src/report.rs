//! The outcome of a check: `{ ok, violations, warnings }` (SPEC §2).

use serde::ser::{Serialize, SerializeStruct, Serializer};

use crate::checks::Kind;
use crate::code::{Code, CodeSet};
use crate::{ExtraCheck, Locale, PatternCode, Policy, Violation};

/// The outcome of [`crate::validate_pin`]: the broken rules, in SPEC order, each once,
/// and the warnings (the checks of severity `warn` that fired, which do not make the PIN
/// fail).
///
/// It holds no PIN: only which codes were found and the numbers their messages need.
/// It costs no allocation, so checking millions of PINs allocates nothing.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Report {
    found: CodeSet,
    warnings: CodeSet,
    length: usize,
    min_length: u8,
    max_length: u8,
    history_count: u8,
    /// Each extra check's parameter `max` under the policy (0 for its default).
    max: [u8; ExtraCheck::ALL.len()],
}

impl Report {
    pub(crate) fn new(found: CodeSet, warnings: CodeSet, length: usize, policy: &Policy) -> Report {
        let extra = policy.extra_check_set();
        Report {
            found,
            warnings,
            length,
            min_length: policy.min_length(),
            max_length: policy.max_length(),
            history_count: policy.history_count(),
            max: extra.max_values(),
        }
    }

    /// Whether the PIN passes: true exactly when there is no violation.
    pub fn ok(&self) -> bool {
        self.found.is_empty()
    }

    /// Whether the PIN breaks the rule `code` (a [`Code`], or a
    /// [`PatternCode`](crate::PatternCode) or [`ExtraCheck`](crate::ExtraCheck)).
    pub fn has(&self, code: impl Into<Code>) -> bool {
        self.found.contains(code.into())
    }

    /// The codes of the broken rules, in SPEC order.
    pub fn codes(&self) -> impl Iterator<Item = Code> {
        self.found.iter()
    }

    /// The set of broken rules.
    pub fn code_set(&self) -> CodeSet {
        self.found
    }

    /// Whether the check `code` fired as a warning (severity `warn`).
    pub fn has_warning(&self, code: impl Into<Code>) -> bool {
        self.warnings.contains(code.into())
    }

    /// The codes of the warnings, in SPEC order.
    pub fn warning_codes(&self) -> impl Iterator<Item = Code> {
        self.warnings.iter()
    }

    /// The warnings with their parameters, in SPEC order: checks of severity `warn` that
    /// fired. They do not change [`Report::ok`].
    pub fn warnings(&self) -> impl Iterator<Item = Violation> + '_ {
        self.warnings.iter().map(|code| self.violation(code))
    }

    /// The broken rules with their parameters, in SPEC order.
    pub fn violations(&self) -> impl Iterator<Item = Violation> + '_ {
        self.found.iter().map(|code| self.violation(code))
    }

    /// The violation of `code`, with the numbers of this report.
    fn violation(&self, code: Code) -> Violation {
        match code.kind() {
            Kind::Required => Violation::Required,
            Kind::NotDigits => Violation::NotDigits,
            Kind::TooShort => Violation::TooShort {
                min: self.min_length,
                actual: self.length,
            },
            Kind::TooLong => Violation::TooLong {
                max: self.max_length,
                actual: self.length,
            },
            Kind::Recycled => Violation::Recycled {
                history_count: self.history_count,
            },
            Kind::Pattern(pattern) => self.pattern_violation(pattern),
        }
    }

    /// A pattern check's violation, with its parameter `max` when it takes one.
    fn pattern_violation(&self, pattern: PatternCode) -> Violation {
        match pattern.extra() {
            Some(check) if check.max_range().is_some() => Violation::Run {
                code: pattern,
                max: crate::extra::resolved_max(check, self.max[check as usize]),
            },
            _ => Violation::Pattern(pattern),
        }
    }

    /// The report with messages in `locale`; serializes as
    /// `{ "ok": …, "violations": [{ "code", …params, "message" }], "warnings": [ … ] }`.
    ///
    /// ```
    /// use pinwarden::{Context, Locale, Policy, validate_pin};
    ///
    /// let report = validate_pin("12", &Policy::EXCHANGE, &Context::new());
    /// let json = serde_json::to_string(&report.localized(Locale::Fr)).unwrap();
    /// assert_eq!(
    ///     json,
    ///     r#"{"ok":false,"violations":[{"code":"tooShort","min":6,"actual":2,"message":"Utilisez au moins 6 chiffres."},{"code":"sequential","message":"N’utilisez pas une suite de chiffres comme 1234 ou 9876."}],"warnings":[]}"#
    /// );
    /// ```
    pub fn localized(&self, locale: Locale) -> LocalizedReport<'_> {
        LocalizedReport {
            report: self,
            locale: Some(locale),
        }
    }
}

/// A report with its messages in one locale (see [`Report::localized`]).
#[derive(Clone, Copy, Debug)]
pub struct LocalizedReport<'a> {
    report: &'a Report,
    locale: Option<Locale>,
}

impl Serialize for LocalizedReport<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        /// The violations (or the warnings) with their messages.
        struct Violations<'a>(&'a LocalizedReport<'a>, CodeSet);
        impl Serialize for Violations<'_> {
            fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                let LocalizedReport { report, locale } = *self.0;
                serializer.collect_seq(
                    self.1
                        .iter()
                        .map(|code| report.violation(code).with_locale(locale)),
                )
            }
        }
        let mut object = serializer.serialize_struct("Report", 3)?;
        object.serialize_field("ok", &self.report.ok())?;
        object.serialize_field("violations", &Violations(self, self.report.found))?;
        object.serialize_field("warnings", &Violations(self, self.report.warnings))?;
        object.end()
    }
}

impl Serialize for Report {
    /// `{ "ok": …, "violations": [{ "code", …params }], "warnings": [ … ] }`, without
    /// messages.
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        LocalizedReport {
            report: self,
            locale: None,
        }
        .serialize(serializer)
    }
}
