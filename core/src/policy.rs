//! SPEC §1: the PIN policy, its presets and its validation.
//!
//! A [`Policy`] is always complete and valid: the only ways to get one are the
//! presets, [`PolicyBuilder::build`] and [`Policy::from_json`], and all of them
//! check every range and cross-field rule.

mod error;
mod field;
mod parse;
mod text;

use serde::{
    Serialize, Serializer,
    ser::{SerializeMap, SerializeSeq},
};

pub(crate) use error::describe_str;
pub use error::{CrossRule, Expected, PolicyError};
pub use field::Field;

use crate::ExtraCheck;
use crate::extra::ExtraChecks;

/// A complete, validated PIN policy (SPEC §1).
///
/// ```
/// use pinwarden::Policy;
///
/// let policy = Policy::from_json_str(r#"{"minLength": 4, "historyCount": 10}"#)?;
/// assert_eq!(policy.min_length(), 4);
/// assert_eq!(policy.max_length(), 24); // completed with the Exchange default
/// assert_eq!(policy.history_count(), 10);
/// # Ok::<(), pinwarden::PolicyError>(())
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Policy {
    min_length: u8,
    max_length: u8,
    lifetime_days: u16,
    failures_before_reset: Option<u16>,
    failures_before_lockout: u16,
    allow_common_patterns: bool,
    history_count: u8,
    apply_to_existing_pins: bool,
    extra_checks: ExtraChecks,
    min_age_days: u16,
    expiry_warning_days: u8,
}

/// The names of the built-in presets, in the order they are documented.
pub const PRESET_NAMES: [&str; 3] = ["exchange", "teams", "strict"];

impl Policy {
    /// The Exchange Unified Messaging defaults (the `exchange` preset).
    pub const EXCHANGE: Policy = Policy {
        min_length: 6,
        max_length: 24,
        lifetime_days: 60,
        failures_before_reset: Some(5),
        failures_before_lockout: 15,
        allow_common_patterns: false,
        history_count: 5,
        apply_to_existing_pins: true,
        extra_checks: ExtraChecks::NONE,
        min_age_days: 0,
        expiry_warning_days: 0,
    };

    /// The Teams / Skype for Business audio-conferencing leader PIN (the `teams` preset).
    pub const TEAMS: Policy = Policy {
        min_length: 5,
        max_length: 12,
        lifetime_days: 0,
        failures_before_reset: None,
        failures_before_lockout: 25,
        allow_common_patterns: false,
        history_count: 1,
        apply_to_existing_pins: false,
        extra_checks: ExtraChecks::NONE,
        min_age_days: 0,
        expiry_warning_days: 0,
    };

    /// `exchange` with the extra checks of SPEC §2.3 chosen to meet the budgets of §2.4
    /// (the `strict` preset). The README explains the choice.
    pub const STRICT: Policy = Policy {
        extra_checks: ExtraChecks::STRICT,
        ..Policy::EXCHANGE
    };

    /// A preset by name: `exchange`, `teams` or `strict`.
    ///
    /// # Errors
    /// [`PolicyError::UnknownPreset`] for any other name.
    pub fn preset(name: &str) -> Result<Policy, PolicyError> {
        match name {
            "exchange" => Ok(Policy::EXCHANGE),
            "teams" => Ok(Policy::TEAMS),
            "strict" => Ok(Policy::STRICT),
            _ => Err(PolicyError::UnknownPreset {
                name: error::describe_str(name),
            }),
        }
    }

    /// Starts a policy from the Exchange defaults; set fields, then [`PolicyBuilder::build`].
    pub fn builder() -> PolicyBuilder {
        PolicyBuilder::default()
    }

    /// Parses a policy from a JSON value: `null` (Exchange defaults), a preset name, or a
    /// (partial) object with the fields of SPEC §1 or their Exchange cmdlet names.
    ///
    /// # Errors
    /// A [`PolicyError`] naming the field, the rule and the value given.
    pub fn from_json(value: &serde_json::Value) -> Result<Policy, PolicyError> {
        parse::from_value(value)
    }

    /// Parses a policy from JSON text; a bare preset name (`exchange`) is accepted too.
    ///
    /// # Errors
    /// [`PolicyError::InvalidJson`] for text that is neither JSON nor a preset name, and
    /// otherwise as [`Policy::from_json`].
    pub fn from_json_str(text: &str) -> Result<Policy, PolicyError> {
        let trimmed = text.trim();
        if PRESET_NAMES.contains(&trimmed) {
            return Policy::preset(trimmed);
        }
        let value: serde_json::Value =
            serde_json::from_str(trimmed).map_err(|error| PolicyError::InvalidJson {
                detail: error.to_string(),
            })?;
        Policy::from_json(&value)
    }

    /// Fewest digits; 0 means that no PIN is required.
    pub fn min_length(&self) -> u8 {
        self.min_length
    }
    /// Most digits.
    pub fn max_length(&self) -> u8 {
        self.max_length
    }
    /// Days before a PIN must be changed; 0 means it never expires.
    pub fn lifetime_days(&self) -> u16 {
        self.lifetime_days
    }
    /// Consecutive failed logons after which the PIN is reset; `None` means never.
    pub fn failures_before_reset(&self) -> Option<u16> {
        self.failures_before_reset
    }
    /// Consecutive failed logons after which the account is locked.
    pub fn failures_before_lockout(&self) -> u16 {
        self.failures_before_lockout
    }
    /// Whether the common-pattern checks of SPEC §2.2 (and §2.3) are switched off.
    pub fn allow_common_patterns(&self) -> bool {
        self.allow_common_patterns
    }
    /// How many previous PINs, the current one included, a new PIN must differ from.
    pub fn history_count(&self) -> u8 {
        self.history_count
    }
    /// Whether a PIN that breaks a tightened policy must change at the next logon.
    pub fn apply_to_existing_pins(&self) -> bool {
        self.apply_to_existing_pins
    }
    /// The opt-in checks of SPEC §2.3 this policy asks for, in SPEC order.
    pub fn extra_checks(&self) -> impl Iterator<Item = ExtraCheck> + '_ {
        self.extra_checks.iter()
    }
    /// Whether the check `check` of SPEC §2.3 is asked for (regardless of
    /// `allowCommonPatterns`, which switches every pattern check off).
    pub fn has_extra_check(&self, check: ExtraCheck) -> bool {
        self.extra_checks.contains(check)
    }
    /// Whether `check` is in force for PINs of `length` digits (the `strict` preset scopes
    /// some checks to some lengths, see the README).
    pub fn extra_check_applies(&self, check: ExtraCheck, length: usize) -> bool {
        !self.allow_common_patterns && self.extra_checks.applies(check, length)
    }
    /// Whether pattern checks (§2.2 and the extra checks of §2.3) run under this policy.
    pub fn checks_patterns(&self) -> bool {
        !self.allow_common_patterns
    }
    /// The parameter `max` of `check` under this policy, for the checks that take one
    /// (its default when the policy gives none).
    pub fn extra_check_max(&self, check: ExtraCheck) -> Option<u8> {
        check.max_range().map(|_| self.extra_checks.max(check))
    }
    /// Whether `check` is of severity `warn`: when it fires, it goes to the report's
    /// `warnings`, and the PIN still passes.
    pub fn extra_check_warns(&self, check: ExtraCheck) -> bool {
        self.extra_checks.warns(check)
    }
    /// Days a person must keep a PIN before choosing another one (0 = any time).
    pub fn min_age_days(&self) -> u16 {
        self.min_age_days
    }
    /// How many days before expiry a successful logon warns that the PIN will soon expire
    /// (0 = no warning).
    pub fn expiry_warning_days(&self) -> u8 {
        self.expiry_warning_days
    }
    pub(crate) fn extra_check_set(&self) -> ExtraChecks {
        self.extra_checks
    }
}

impl Default for Policy {
    /// The Exchange defaults.
    fn default() -> Self {
        Policy::EXCHANGE
    }
}

impl std::str::FromStr for Policy {
    type Err = PolicyError;
    /// Same as [`Policy::from_json_str`].
    fn from_str(text: &str) -> Result<Self, Self::Err> {
        Policy::from_json_str(text)
    }
}

impl Serialize for Policy {
    /// The complete policy as a camelCase JSON object (`failuresBeforeReset` is `null`
    /// when unlimited), which [`Policy::from_json`] reads back unchanged.
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        #[derive(Serialize)]
        #[serde(rename_all = "camelCase")]
        struct Wire<'a> {
            min_length: u8,
            max_length: u8,
            lifetime_days: u16,
            failures_before_reset: Option<u16>,
            failures_before_lockout: u16,
            allow_common_patterns: bool,
            history_count: u8,
            apply_to_existing_pins: bool,
            extra_checks: ExtraCheckList<'a>,
            min_age_days: u16,
            expiry_warning_days: u8,
        }
        /// Each check by name, or as `{"check", "lengths"?, "max"?, "severity"?}` when it
        /// is scoped to some lengths, has a `max` other than its default, or only warns.
        /// (A map, not a derived struct: it reuses the serializer code of violations,
        /// which keeps the wasm smaller.)
        struct Entry {
            check: ExtraCheck,
            lengths: Option<Vec<usize>>,
            max: Option<usize>,
            warns: bool,
        }
        impl Serialize for Entry {
            fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                let mut map = serializer.serialize_map(None)?;
                map.serialize_entry("check", self.check.name())?;
                if let Some(lengths) = &self.lengths {
                    map.serialize_entry("lengths", lengths)?;
                }
                if let Some(max) = &self.max {
                    map.serialize_entry("max", max)?;
                }
                if self.warns {
                    map.serialize_entry("severity", "warn")?;
                }
                map.end()
            }
        }
        struct ExtraCheckList<'a>(&'a ExtraChecks);
        impl Serialize for ExtraCheckList<'_> {
            fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                let mut seq = serializer.serialize_seq(None)?;
                for check in self.0.iter() {
                    let lengths = self.0.lengths(check).map(Iterator::collect::<Vec<usize>>);
                    let max = self.0.max_given(check).map(usize::from);
                    let warns = self.0.warns(check);
                    if lengths.is_none() && max.is_none() && !warns {
                        seq.serialize_element(check.name())?;
                    } else {
                        seq.serialize_element(&Entry {
                            check,
                            lengths,
                            max,
                            warns,
                        })?;
                    }
                }
                seq.end()
            }
        }
        Wire {
            min_length: self.min_length,
            max_length: self.max_length,
            lifetime_days: self.lifetime_days,
            failures_before_reset: self.failures_before_reset,
            failures_before_lockout: self.failures_before_lockout,
            allow_common_patterns: self.allow_common_patterns,
            history_count: self.history_count,
            apply_to_existing_pins: self.apply_to_existing_pins,
            extra_checks: ExtraCheckList(&self.extra_checks),
            min_age_days: self.min_age_days,
            expiry_warning_days: self.expiry_warning_days,
        }
        .serialize(serializer)
    }
}

impl<'de> serde::Deserialize<'de> for Policy {
    /// Reads what [`Policy::from_json`] reads, with the same validation.
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let value = serde_json::Value::deserialize(deserializer)?;
        Policy::from_json(&value).map_err(serde::de::Error::custom)
    }
}

/// Builds a [`Policy`] field by field from the Exchange defaults, checking every rule of
/// SPEC §1 in [`PolicyBuilder::build`].
///
/// ```
/// use pinwarden::Policy;
///
/// let policy = Policy::builder().min_length(8).lifetime_days(0).build()?;
/// assert_eq!(policy.min_length(), 8);
///
/// let error = Policy::builder().min_length(3).build().unwrap_err();
/// assert_eq!(error.code(), "outOfRange");
/// assert_eq!(error.field(), Some("minLength"));
/// # Ok::<(), pinwarden::PolicyError>(())
/// ```
#[derive(Clone, Debug, Default)]
pub struct PolicyBuilder {
    values: parse::Draft,
    /// `max` set through [`PolicyBuilder::extra_check_max`], checked by `build`.
    extra_check_max: Vec<(ExtraCheck, i64)>,
}

impl PolicyBuilder {
    /// Sets `minLength` (0, or 4–24).
    #[must_use]
    pub fn min_length(mut self, value: u32) -> Self {
        self.values.min_length = Some(i64::from(value));
        self
    }
    /// Sets `maxLength` (max(4, minLength)–24).
    #[must_use]
    pub fn max_length(mut self, value: u32) -> Self {
        self.values.max_length = Some(i64::from(value));
        self
    }
    /// Sets `lifetimeDays` (0–999; 0 = never expires).
    #[must_use]
    pub fn lifetime_days(mut self, value: u32) -> Self {
        self.values.lifetime_days = Some(i64::from(value));
        self
    }
    /// Sets `failuresBeforeReset` (1–998, or `None` for unlimited).
    #[must_use]
    pub fn failures_before_reset(mut self, value: Option<u32>) -> Self {
        self.values.failures_before_reset =
            Some(value.map_or(parse::Count::Unlimited, |n| parse::Count::Finite(n.into())));
        self
    }
    /// Sets `failuresBeforeLockout` (1–999).
    #[must_use]
    pub fn failures_before_lockout(mut self, value: u32) -> Self {
        self.values.failures_before_lockout = Some(i64::from(value));
        self
    }
    /// Sets `allowCommonPatterns`.
    #[must_use]
    pub fn allow_common_patterns(mut self, value: bool) -> Self {
        self.values.allow_common_patterns = Some(value);
        self
    }
    /// Sets `historyCount` (1–20).
    #[must_use]
    pub fn history_count(mut self, value: u32) -> Self {
        self.values.history_count = Some(i64::from(value));
        self
    }
    /// Sets `applyToExistingPins`.
    #[must_use]
    pub fn apply_to_existing_pins(mut self, value: bool) -> Self {
        self.values.apply_to_existing_pins = Some(value);
        self
    }
    /// Sets `minAgeDays` (0–999; 0 = a PIN may be changed any time).
    #[must_use]
    pub fn min_age_days(mut self, value: u32) -> Self {
        self.values.min_age_days = Some(i64::from(value));
        self
    }
    /// Sets `expiryWarningDays` (0–90; 0 = no warning).
    #[must_use]
    pub fn expiry_warning_days(mut self, value: u32) -> Self {
        self.values.expiry_warning_days = Some(i64::from(value));
        self
    }
    /// Sets the parameter `max` of an extra check that takes one (`sequenceRun`,
    /// `repeatRun`), and asks for the check; `build` refuses a value out of its range.
    #[must_use]
    pub fn extra_check_max(mut self, check: ExtraCheck, max: u32) -> Self {
        self.extra_check_max.push((check, i64::from(max)));
        self
    }
    /// Makes an extra check warn rather than refuse (severity `warn`), and asks for it.
    #[must_use]
    pub fn extra_check_warns(mut self, check: ExtraCheck) -> Self {
        let checks = self.values.extra_checks.get_or_insert_default();
        if !checks.contains(check) {
            checks.insert(check, crate::extra::ALL_LENGTHS);
        }
        checks.set_warn(check, true);
        self
    }
    /// Sets `extraChecks` (SPEC §2.3): these checks, at every length.
    #[must_use]
    pub fn extra_checks(mut self, checks: impl IntoIterator<Item = ExtraCheck>) -> Self {
        self.values.extra_checks = Some(checks.into_iter().collect());
        self
    }
    /// Adds one extra check for PINs of these lengths only (1–24; others are ignored).
    #[must_use]
    pub fn extra_check_for_lengths(
        mut self,
        check: ExtraCheck,
        lengths: impl IntoIterator<Item = usize>,
    ) -> Self {
        let mask = ExtraChecks::mask_of(
            lengths
                .into_iter()
                .filter(|length| (1..=24).contains(length)),
        );
        self.values
            .extra_checks
            .get_or_insert_default()
            .insert(check, mask.unwrap_or(0));
        self
    }

    /// Checks every range and cross-field rule of SPEC §1.
    ///
    /// # Errors
    /// The first broken rule, as a [`PolicyError`] that names the field.
    pub fn build(&self) -> Result<Policy, PolicyError> {
        self.values
            .build(|checks| parse::set_max(checks, &self.extra_check_max))
    }
}
