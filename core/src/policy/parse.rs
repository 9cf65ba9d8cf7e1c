//! Reading a policy from JSON (camelCase names or Exchange cmdlet names) and checking it.

use std::num::IntErrorKind;

use serde_json::Value;

use super::error::{describe, describe_key};
use super::field::{IGNORED_EXCHANGE_PROPERTIES, Spelling};
use super::{CrossRule, Expected, Field, Policy, PolicyError};
use crate::ExtraCheck;
use crate::extra::{ALL_LENGTHS, ExtraChecks};

/// A policy being assembled: `None` means "not given, use the Exchange default".
/// Integers too large for `i64` saturate: they are out of every field's range either way,
/// and errors quote the value as it was given.
#[derive(Clone, Debug, Default)]
pub(crate) struct Draft {
    pub min_length: Option<i64>,
    pub max_length: Option<i64>,
    pub lifetime_days: Option<i64>,
    pub failures_before_reset: Option<Count>,
    pub failures_before_lockout: Option<i64>,
    pub allow_common_patterns: Option<bool>,
    pub history_count: Option<i64>,
    pub apply_to_existing_pins: Option<bool>,
    pub extra_checks: Option<ExtraChecks>,
    pub min_age_days: Option<i64>,
    pub expiry_warning_days: Option<i64>,
}

pub(super) fn from_value(value: &Value) -> Result<Policy, PolicyError> {
    match value {
        Value::Null => Ok(Policy::EXCHANGE),
        Value::String(name) => Policy::preset(name),
        Value::Object(map) => {
            let mut draft = Draft::default();
            let mut seen: [Option<&'static str>; Field::ALL.len()] = Default::default();
            for (key, value) in map {
                let Some((field, spelling)) = Field::from_key(key) else {
                    if IGNORED_EXCHANGE_PROPERTIES.contains(&key.as_str()) {
                        continue;
                    }
                    return Err(PolicyError::UnknownField {
                        key: describe_key(key),
                        suggestion: suggest(key),
                    });
                };
                let slot = &mut seen[field as usize];
                if let Some(other) = *slot {
                    return Err(PolicyError::DuplicateField {
                        key: key.clone(),
                        other,
                    });
                }
                *slot = Some(match spelling {
                    Spelling::Canonical => field.name(),
                    Spelling::Exchange => field.exchange_name().unwrap_or(field.name()),
                });
                draft.set(field, spelling, key, value)?;
            }
            // A JSON policy gives `max` in `extraChecks`, already set.
            draft.build(|_| Ok(()))
        }
        other => Err(PolicyError::WrongType {
            key: "policy".to_owned(),
            expected: Expected::PresetOrObject,
            value: describe(other),
        }),
    }
}

/// The field name closest to a mistyped key, if it is close enough to be a typo.
fn suggest(key: &str) -> Option<&'static str> {
    // Field names are under 30 characters; a longer key is no typo of one (and comparing
    // a 10-megabyte key would cost seconds).
    if key.len() > 40 {
        return None;
    }
    let key = key.to_ascii_lowercase();
    Field::ALL
        .into_iter()
        .flat_map(|field| [Some(field.name()), field.exchange_name()])
        .flatten()
        .map(|name| (strsim::levenshtein(&key, &name.to_ascii_lowercase()), name))
        .filter(|(distance, _)| *distance <= 2)
        .min_by_key(|(distance, _)| *distance)
        .map(|(_, name)| name)
}

/// An integer field's value, before its range is checked.
#[derive(Clone, Copy, Debug)]
pub(crate) enum Count {
    Finite(i64),
    Unlimited,
}

impl Draft {
    fn set(
        &mut self,
        field: Field,
        spelling: Spelling,
        key: &str,
        value: &Value,
    ) -> Result<(), PolicyError> {
        match field {
            Field::AllowCommonPatterns => {
                self.allow_common_patterns = Some(boolean(key, value, spelling)?);
            }
            Field::ApplyToExistingPins => {
                self.apply_to_existing_pins = Some(boolean(key, value, spelling)?);
            }
            Field::ExtraChecks => self.extra_checks = Some(extra_checks(key, value)?),
            Field::FailuresBeforeReset => {
                self.failures_before_reset = Some(match count(field, key, value, spelling)? {
                    Count::Unlimited => Count::Unlimited,
                    Count::Finite(n) => Count::Finite(in_range(field, key, value, n)?),
                });
            }
            Field::LifetimeDays => {
                let days = match count(field, key, value, spelling)? {
                    // Exchange's `PINLifetime Unlimited`: the PIN never expires.
                    Count::Unlimited => 0,
                    Count::Finite(n) => in_range(field, key, value, n)?,
                };
                self.lifetime_days = Some(days);
            }
            Field::MinLength
            | Field::MaxLength
            | Field::FailuresBeforeLockout
            | Field::HistoryCount
            | Field::MinAgeDays
            | Field::ExpiryWarningDays => {
                let Count::Finite(n) = count(field, key, value, spelling)? else {
                    return Err(out_of_range(field, key, value));
                };
                let n = in_range(field, key, value, n)?;
                let slot = match field {
                    Field::MinLength => &mut self.min_length,
                    Field::MaxLength => &mut self.max_length,
                    Field::FailuresBeforeLockout => &mut self.failures_before_lockout,
                    Field::MinAgeDays => &mut self.min_age_days,
                    Field::ExpiryWarningDays => &mut self.expiry_warning_days,
                    _ => &mut self.history_count,
                };
                *slot = Some(n);
            }
        }
        Ok(())
    }

    /// Completes the draft with the Exchange defaults and checks every rule; `set_max`
    /// sets the `max` of extra checks given apart (by
    /// [`super::PolicyBuilder::extra_check_max`]), in the order of the checks. (A closure
    /// rather than a list, so that JSON parsing, which has none, compiles without it.)
    pub(crate) fn build(
        &self,
        set_max: impl FnOnce(&mut ExtraChecks) -> Result<(), PolicyError>,
    ) -> Result<Policy, PolicyError> {
        let defaults = Policy::EXCHANGE;
        let min_length = checked(Field::MinLength, self.min_length, defaults.min_length)?;
        let max_length = checked(Field::MaxLength, self.max_length, defaults.max_length)?;
        let lifetime_days = checked(
            Field::LifetimeDays,
            self.lifetime_days,
            defaults.lifetime_days,
        )?;
        let failures_before_lockout = checked(
            Field::FailuresBeforeLockout,
            self.failures_before_lockout,
            defaults.failures_before_lockout,
        )?;
        let history_count = checked(
            Field::HistoryCount,
            self.history_count,
            defaults.history_count,
        )?;
        let min_age_days = checked(Field::MinAgeDays, self.min_age_days, defaults.min_age_days)?;
        let expiry_warning_days = checked(
            Field::ExpiryWarningDays,
            self.expiry_warning_days,
            defaults.expiry_warning_days,
        )?;
        let mut extra_checks = self.extra_checks.unwrap_or(defaults.extra_checks);
        set_max(&mut extra_checks)?;
        let failures_before_reset = match self.failures_before_reset {
            None => defaults.failures_before_reset,
            Some(Count::Unlimited) => None,
            Some(Count::Finite(n)) => Some(checked(Field::FailuresBeforeReset, Some(n), 0)?),
        };

        if max_length < min_length {
            return Err(PolicyError::CrossField {
                field: Field::MaxLength,
                rule: CrossRule::AtLeastMinLength { min_length },
                value: max_length.to_string(),
            });
        }
        if let Some(reset) = failures_before_reset
            && reset >= failures_before_lockout
        {
            return Err(PolicyError::CrossField {
                field: Field::FailuresBeforeReset,
                rule: CrossRule::LowerThanLockout {
                    failures_before_lockout,
                },
                value: reset.to_string(),
            });
        }

        Ok(Policy {
            min_length,
            max_length,
            lifetime_days,
            failures_before_reset,
            failures_before_lockout,
            allow_common_patterns: self
                .allow_common_patterns
                .unwrap_or(defaults.allow_common_patterns),
            history_count,
            apply_to_existing_pins: self
                .apply_to_existing_pins
                .unwrap_or(defaults.apply_to_existing_pins),
            extra_checks,
            min_age_days,
            expiry_warning_days,
        })
    }
}

/// A field's value, or its default, checked against its range and narrowed.
fn checked<T: TryFrom<i64> + Copy>(
    field: Field,
    given: Option<i64>,
    default: T,
) -> Result<T, PolicyError> {
    let Some(n) = given else { return Ok(default) };
    if field.accepts(n)
        && let Ok(narrow) = T::try_from(n)
    {
        return Ok(narrow);
    }
    Err(PolicyError::OutOfRange {
        key: field.name().to_owned(),
        field,
        value: n.to_string(),
    })
}

fn in_range(field: Field, key: &str, value: &Value, n: i64) -> Result<i64, PolicyError> {
    if field.accepts(n) {
        Ok(n)
    } else {
        Err(out_of_range(field, key, value))
    }
}

fn out_of_range(field: Field, key: &str, value: &Value) -> PolicyError {
    PolicyError::OutOfRange {
        key: key.to_owned(),
        field,
        value: describe(value),
    }
}

fn wrong_type(key: &str, expected: Expected, value: &Value) -> PolicyError {
    PolicyError::WrongType {
        key: key.to_owned(),
        expected,
        value: describe(value),
    }
}

/// An integer field's value. Exchange aliases also take what `ConvertTo-Json` prints for
/// Exchange's `Unlimited<T>` and `TimeSpan` types: numeric strings, `"Unlimited"`,
/// `"60.00:00:00"`, `{"IsUnlimited": …, "Value": …}` and `{"Days": …}`.
fn count(field: Field, key: &str, value: &Value, spelling: Spelling) -> Result<Count, PolicyError> {
    let exchange = spelling == Spelling::Exchange;
    let expected = match (field, exchange) {
        (Field::FailuresBeforeReset, false) => Expected::WholeNumberOrNull,
        (Field::FailuresBeforeReset | Field::LifetimeDays, true) => {
            Expected::WholeNumberOrUnlimited
        }
        (_, true) => Expected::WholeNumberOrNumericString,
        (_, false) => Expected::WholeNumber,
    };
    match value {
        Value::Number(number) => {
            if let Some(n) = number.as_i64() {
                Ok(Count::Finite(n))
            } else if number.is_u64() {
                Ok(Count::Finite(i64::MAX)) // above i64::MAX
            } else {
                whole_float(number.as_f64().unwrap_or(f64::NAN))
                    .map(Count::Finite)
                    .ok_or_else(|| PolicyError::NotInteger {
                        key: key.to_owned(),
                        value: describe(value),
                    })
            }
        }
        Value::Null if field == Field::FailuresBeforeReset => Ok(Count::Unlimited),
        Value::String(text) if exchange => {
            let text = text.trim();
            if text.eq_ignore_ascii_case("unlimited") {
                Ok(Count::Unlimited)
            } else if let Some(n) = integer(text) {
                Ok(Count::Finite(n))
            } else if let Some(days) = whole_days(text).filter(|_| field == Field::LifetimeDays) {
                Ok(Count::Finite(days))
            } else {
                Err(wrong_type(key, expected, value))
            }
        }
        Value::Object(map) if exchange => {
            if let Some(unlimited) = map.get("IsUnlimited").and_then(Value::as_bool) {
                match (unlimited, map.get("Value")) {
                    (true, _) => Ok(Count::Unlimited),
                    (false, Some(inner)) => count(field, key, inner, spelling),
                    (false, None) => Err(wrong_type(key, expected, value)),
                }
            } else if let (Field::LifetimeDays, Some(days)) = (field, map.get("Days")) {
                count(field, key, days, spelling)
            } else {
                Err(wrong_type(key, expected, value))
            }
        }
        _ => Err(wrong_type(key, expected, value)),
    }
}

/// A float that is a whole number (JavaScript cannot tell `6.0` from `6`); beyond `i64`
/// it saturates (`as` does).
#[allow(clippy::cast_possible_truncation)] // checked: finite and whole
fn whole_float(x: f64) -> Option<i64> {
    (x.is_finite() && x.fract() == 0.0).then_some(x as i64)
}

/// A numeric string as an integer, saturating beyond `i64`.
fn integer(text: &str) -> Option<i64> {
    match text.parse::<i64>() {
        Ok(n) => Some(n),
        Err(error) => match error.kind() {
            IntErrorKind::PosOverflow => Some(i64::MAX),
            IntErrorKind::NegOverflow => Some(i64::MIN),
            _ => None,
        },
    }
}

/// `"60.00:00:00"` (a .NET `TimeSpan` of whole days) as 60.
fn whole_days(text: &str) -> Option<i64> {
    let (days, rest) = text.split_once('.')?;
    (rest == "00:00:00" && !days.is_empty() && days.bytes().all(|b| b.is_ascii_digit()))
        .then(|| integer(days))
        .flatten()
}

fn boolean(key: &str, value: &Value, spelling: Spelling) -> Result<bool, PolicyError> {
    match value {
        Value::Bool(b) => Ok(*b),
        Value::String(text) if spelling == Spelling::Exchange => match text.trim() {
            t if t.eq_ignore_ascii_case("true") => Ok(true),
            t if t.eq_ignore_ascii_case("false") => Ok(false),
            _ => Err(wrong_type(key, Expected::Boolean, value)),
        },
        _ => Err(wrong_type(key, Expected::Boolean, value)),
    }
}

/// `extraChecks`: check names, or objects `{"check": name, "lengths"?: [4, 8], "max"?: n,
/// "severity"?: "refuse" | "warn"}` for a check that applies to some PIN lengths only (as
/// in the `strict` preset), takes another `max`, or only warns.
fn extra_checks(key: &str, value: &Value) -> Result<ExtraChecks, PolicyError> {
    let Value::Array(items) = value else {
        return Err(wrong_type(key, Expected::CheckList, value));
    };
    let mut checks = ExtraChecks::NONE;
    for item in items {
        match item {
            Value::String(name) => {
                // A check named again refuses again, as an entry without `severity` does.
                let check = known_check(name)?;
                checks.insert(check, ALL_LENGTHS);
                checks.set_warn(check, false);
            }
            Value::Object(entry) => extra_check_entry(key, item, entry, &mut checks)?,
            other => return Err(wrong_type(key, Expected::CheckList, other)),
        }
    }
    Ok(checks)
}

/// One `{"check", "lengths"?, "max"?, "severity"?}` entry of `extraChecks`.
fn extra_check_entry(
    key: &str,
    item: &Value,
    entry: &serde_json::Map<String, Value>,
    checks: &mut ExtraChecks,
) -> Result<(), PolicyError> {
    let Some(Value::String(name)) = entry.get("check") else {
        return Err(wrong_type(key, Expected::CheckList, item));
    };
    let check = known_check(name)?;
    entry_options(check, entry, checks).map_err(|expected| wrong_type(key, expected, item))
}

/// The options of an entry of `extraChecks` for `check`, set in `checks`; the first
/// wrong one (in the order of the keys) says what was expected. (One error path for
/// all, which keeps the wasm smaller.)
fn entry_options(
    check: ExtraCheck,
    entry: &serde_json::Map<String, Value>,
    checks: &mut ExtraChecks,
) -> Result<(), Expected> {
    let mut lengths = ALL_LENGTHS;
    let mut warn = false;
    for (option, value) in entry {
        match option.as_str() {
            "check" => {}
            "lengths" => {
                lengths = value
                    .as_array()
                    .and_then(|given| {
                        ExtraChecks::mask_of(given.iter().map(|length| {
                            length
                                .as_u64()
                                .and_then(|n| usize::try_from(n).ok())
                                .unwrap_or(0)
                        }))
                    })
                    .filter(|mask| *mask != 0)
                    .ok_or(Expected::CheckLengths)?;
            }
            "max" => {
                let max = value
                    .as_i64()
                    .or_else(|| value.as_f64().and_then(whole_float))
                    .and_then(|max| check_max(check, max))
                    .ok_or(Expected::CheckMax)?;
                checks.set_max(check, max);
            }
            "severity" => {
                warn = match value.as_str() {
                    Some("refuse") => false,
                    Some("warn") => true,
                    _ => return Err(Expected::CheckSeverity),
                };
            }
            _ => return Err(Expected::CheckList),
        }
    }
    checks.insert(check, lengths);
    checks.set_warn(check, warn);
    Ok(())
}

/// The check named `name` in `extraChecks`.
fn known_check(name: &str) -> Result<ExtraCheck, PolicyError> {
    ExtraCheck::from_name(name).ok_or_else(|| PolicyError::UnknownCheck {
        value: super::describe_str(name),
    })
}

/// `max` for `check`, when the check takes one and `max` is in its range.
fn check_max(check: ExtraCheck, max: i64) -> Option<u8> {
    let range = check.max_range()?;
    range.accepts(max).then(|| u8::try_from(max).ok()).flatten()
}

/// Sets the `max` of each check of `extra_check_max` (from
/// [`super::PolicyBuilder::extra_check_max`]) in `checks`, asking for the check; refuses a
/// value out of the check's range, or for a check that takes none.
pub(crate) fn set_max(
    checks: &mut ExtraChecks,
    extra_check_max: &[(ExtraCheck, i64)],
) -> Result<(), PolicyError> {
    for &(check, max) in extra_check_max {
        let max = check_max(check, max).ok_or_else(|| PolicyError::WrongType {
            key: Field::ExtraChecks.name().to_owned(),
            expected: Expected::CheckMax,
            value: max.to_string(),
        })?;
        if !checks.contains(check) {
            checks.insert(check, ALL_LENGTHS);
        }
        checks.set_max(check, max);
    }
    Ok(())
}
