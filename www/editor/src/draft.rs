//! The policy as the editor's form holds it: what was typed in each field, before the core
//! has said whether it is a policy. Every rule is the core's: a draft becomes JSON exactly
//! as typed and [`Policy::from_json`] decides.

use pinwarden::{ExtraCheck, Field, Policy, PolicyError};
use serde_json::{Map, Value};

/// The form's values. Number fields keep their text, so that `3`, `6.5` or nothing reach
/// the core as given and come back as the core's error.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Draft {
    /// The text of each number field, by field.
    numbers: Vec<(Field, String)>,
    /// `failuresBeforeReset` is unlimited (`null`), whatever its text says.
    unlimited_resets: bool,
    /// The two switches.
    allow_common_patterns: bool,
    apply_to_existing_pins: bool,
    /// The `extraChecks` entries as the policy writes them: a name, or a
    /// `{"check", "lengths"?, "max"?, "severity"?}` object for a check scoped to some
    /// lengths (as in `strict`), with a parameter `max`, or that only warns.
    extra_checks: Vec<Value>,
}

impl Draft {
    /// The form showing `policy`.
    pub fn from_policy(policy: &Policy) -> Draft {
        let json = serde_json::to_value(policy).unwrap_or(Value::Null);
        let number = |field: Field| {
            json.get(field.name())
                .and_then(Value::as_u64)
                .map_or_else(String::new, |n| n.to_string())
        };
        Draft {
            numbers: Field::ALL
                .into_iter()
                .filter(|field| field.bounds().is_some())
                .map(|field| (field, number(field)))
                .collect(),
            unlimited_resets: policy.failures_before_reset().is_none(),
            allow_common_patterns: policy.allow_common_patterns(),
            apply_to_existing_pins: policy.apply_to_existing_pins(),
            extra_checks: json
                .get(Field::ExtraChecks.name())
                .and_then(Value::as_array)
                .cloned()
                .unwrap_or_default(),
        }
    }

    /// The text of a number field (empty for other fields).
    pub fn text(&self, field: Field) -> &str {
        self.numbers
            .iter()
            .find(|(f, _)| *f == field)
            .map_or("", |(_, text)| text)
    }

    /// Sets the text of a number field.
    pub fn set_text(&mut self, field: Field, text: String) {
        if let Some(slot) = self.numbers.iter_mut().find(|(f, _)| *f == field) {
            slot.1 = text;
        }
    }

    /// Whether `failuresBeforeReset` is unlimited.
    pub fn unlimited_resets(&self) -> bool {
        self.unlimited_resets
    }

    /// Makes `failuresBeforeReset` unlimited, or a number again.
    pub fn set_unlimited_resets(&mut self, unlimited: bool) {
        self.unlimited_resets = unlimited;
    }

    /// The value of a switch (`allowCommonPatterns`, `applyToExistingPins`).
    pub fn switch(&self, field: Field) -> bool {
        match field {
            Field::AllowCommonPatterns => self.allow_common_patterns,
            Field::ApplyToExistingPins => self.apply_to_existing_pins,
            _ => false,
        }
    }

    /// Turns a switch on or off.
    pub fn set_switch(&mut self, field: Field, on: bool) {
        match field {
            Field::AllowCommonPatterns => self.allow_common_patterns = on,
            Field::ApplyToExistingPins => self.apply_to_existing_pins = on,
            _ => {}
        }
    }

    /// The entry naming `check` in `extraChecks`, if the check is on.
    pub fn extra_check(&self, check: ExtraCheck) -> Option<&Value> {
        self.extra_checks
            .iter()
            .find(|entry| entry_names(entry, check))
    }

    /// Turns an extra check on (for every length) or off.
    pub fn set_extra_check(&mut self, check: ExtraCheck, on: bool) {
        self.extra_checks.retain(|entry| !entry_names(entry, check));
        if on {
            self.extra_checks.push(Value::from(check.name()));
        }
    }

    /// The text of `check`'s parameter `max` as typed (empty for its default, or when the
    /// check is off or takes none).
    pub fn extra_max(&self, check: ExtraCheck) -> String {
        match self.extra_check(check).and_then(|entry| entry.get("max")) {
            Some(Value::String(text)) => text.clone(),
            Some(value) => value.to_string(),
            None => String::new(),
        }
    }

    /// Sets `check`'s parameter `max` as typed (empty: its default). Nothing happens while
    /// the check is off.
    pub fn set_extra_max(&mut self, check: ExtraCheck, text: &str) {
        let value = (!text.trim().is_empty()).then(|| number_or_text(text));
        self.edit_entry(check, "max", value);
    }

    /// Whether `check` only warns (severity `warn`) rather than refuses.
    pub fn extra_warns(&self, check: ExtraCheck) -> bool {
        self.extra_check(check)
            .and_then(|entry| entry.get("severity"))
            .and_then(Value::as_str)
            == Some("warn")
    }

    /// Makes `check` warn only, or refuse again. Nothing happens while the check is off.
    pub fn set_extra_warns(&mut self, check: ExtraCheck, warns: bool) {
        self.edit_entry(check, "severity", warns.then(|| Value::from("warn")));
    }

    /// Sets (or, with `None`, removes) the member `key` of `check`'s entry, keeping its
    /// place in the list; an entry left with its name alone is written as the name.
    fn edit_entry(&mut self, check: ExtraCheck, key: &str, value: Option<Value>) {
        let Some(entry) = self
            .extra_checks
            .iter_mut()
            .find(|entry| entry_names(entry, check))
        else {
            return;
        };
        let mut object = match entry.take() {
            Value::Object(object) => object,
            _ => Map::from_iter([("check".to_owned(), Value::from(check.name()))]),
        };
        match value {
            Some(value) => object.insert(key.to_owned(), value),
            None => object.remove(key),
        };
        *entry = if object.len() == 1 {
            Value::from(check.name())
        } else {
            Value::Object(object)
        };
    }

    /// The draft as a policy object, each number field as typed: a whole or decimal
    /// number when the text is one, the text itself otherwise.
    pub fn to_json(&self) -> Value {
        let mut object = Map::new();
        for (field, text) in &self.numbers {
            let value = if *field == Field::FailuresBeforeReset && self.unlimited_resets {
                Value::Null
            } else {
                number_or_text(text)
            };
            object.insert(field.name().to_owned(), value);
        }
        object.insert(
            Field::AllowCommonPatterns.name().to_owned(),
            self.allow_common_patterns.into(),
        );
        object.insert(
            Field::ApplyToExistingPins.name().to_owned(),
            self.apply_to_existing_pins.into(),
        );
        object.insert(
            Field::ExtraChecks.name().to_owned(),
            Value::Array(self.extra_checks.clone()),
        );
        Value::Object(object)
    }

    /// What the core makes of the draft.
    ///
    /// # Errors
    /// The core's [`PolicyError`] for the first field it refuses.
    pub fn check(&self) -> Result<Policy, PolicyError> {
        Policy::from_json(&self.to_json())
    }
}

fn entry_names(entry: &Value, check: ExtraCheck) -> bool {
    let name = entry
        .as_str()
        .or_else(|| entry.get("check").and_then(Value::as_str));
    name == Some(check.name())
}

fn number_or_text(text: &str) -> Value {
    let text = text.trim();
    if let Ok(n) = text.parse::<i64>() {
        Value::from(n)
    } else if let Some(n) = text
        .parse::<f64>()
        .ok()
        .and_then(serde_json::Number::from_f64)
    {
        Value::Number(n)
    } else {
        Value::from(text)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_preset_survives_the_form_unchanged() {
        for policy in [Policy::EXCHANGE, Policy::TEAMS, Policy::STRICT] {
            assert_eq!(Draft::from_policy(&policy).check(), Ok(policy));
        }
    }

    #[test]
    fn typed_values_reach_the_core_as_typed() {
        let mut draft = Draft::from_policy(&Policy::EXCHANGE);
        draft.set_text(Field::MinLength, "3".into());
        assert_eq!(draft.check().unwrap_err().code(), "outOfRange");
        draft.set_text(Field::MinLength, "6.5".into());
        assert_eq!(draft.check().unwrap_err().code(), "notInteger");
        draft.set_text(Field::MinLength, String::new());
        let error = draft.check().unwrap_err();
        assert_eq!(
            (error.code(), error.field()),
            ("wrongType", Some("minLength"))
        );
        draft.set_text(Field::MinLength, " 8 ".into());
        assert_eq!(draft.check().map(|p| p.min_length()), Ok(8));
    }

    #[test]
    fn cross_field_rules_are_the_cores() {
        let mut draft = Draft::from_policy(&Policy::EXCHANGE);
        draft.set_text(Field::FailuresBeforeReset, "15".into());
        assert_eq!(draft.check().unwrap_err().code(), "crossField");
        draft.set_unlimited_resets(true);
        assert_eq!(draft.check().map(|p| p.failures_before_reset()), Ok(None));
        assert_eq!(draft.to_json()["failuresBeforeReset"], Value::Null);
    }

    #[test]
    fn extra_checks_keep_their_scope_until_turned_off() {
        let mut draft = Draft::from_policy(&Policy::STRICT);
        let date = draft.extra_check(ExtraCheck::Date).cloned();
        assert_eq!(
            date.as_ref().and_then(|d| d.get("lengths")),
            Some(&serde_json::json!([4, 8]))
        );
        draft.set_extra_check(ExtraCheck::Date, false);
        assert_eq!(draft.extra_check(ExtraCheck::Date), None);
        draft.set_extra_check(ExtraCheck::Date, true);
        assert_eq!(
            draft.extra_check(ExtraCheck::Date),
            Some(&Value::from("date"))
        );
        let policy = draft.check().unwrap();
        assert!(policy.extra_check_applies(ExtraCheck::Date, 6));
    }

    #[test]
    fn a_checks_max_and_severity_reach_the_core_as_typed() {
        let mut draft = Draft::from_policy(&Policy::EXCHANGE);
        draft.set_extra_max(ExtraCheck::SequenceRun, "4");
        assert_eq!(
            draft.extra_check(ExtraCheck::SequenceRun),
            None,
            "off: nothing"
        );
        draft.set_extra_check(ExtraCheck::SequenceRun, true);
        draft.set_extra_max(ExtraCheck::SequenceRun, "4");
        draft.set_extra_warns(ExtraCheck::SequenceRun, true);
        assert_eq!(draft.extra_max(ExtraCheck::SequenceRun), "4");
        assert!(draft.extra_warns(ExtraCheck::SequenceRun));
        let policy = draft.check().unwrap();
        assert_eq!(policy.extra_check_max(ExtraCheck::SequenceRun), Some(4));
        assert!(policy.extra_check_warns(ExtraCheck::SequenceRun));
        assert_eq!(
            Draft::from_policy(&policy),
            draft,
            "the policy shows as it was typed"
        );

        let range = ExtraCheck::SequenceRun.max_range().unwrap();
        draft.set_extra_max(ExtraCheck::SequenceRun, &(range.max + 1).to_string());
        assert_eq!(draft.check().unwrap_err().field(), Some("extraChecks"));
        draft.set_extra_max(ExtraCheck::SequenceRun, "x");
        assert_eq!(draft.check().unwrap_err().field(), Some("extraChecks"));
        draft.set_extra_max(ExtraCheck::SequenceRun, "");
        draft.set_extra_warns(ExtraCheck::SequenceRun, false);
        assert_eq!(
            draft.extra_check(ExtraCheck::SequenceRun),
            Some(&Value::from("sequenceRun")),
            "back to a plain name"
        );
        assert_eq!(
            draft
                .check()
                .unwrap()
                .extra_check_max(ExtraCheck::SequenceRun),
            Some(range.default)
        );
    }

    #[test]
    fn a_scoped_check_keeps_its_lengths_when_it_warns() {
        let mut draft = Draft::from_policy(&Policy::STRICT);
        draft.set_extra_warns(ExtraCheck::Date, true);
        let policy = draft.check().unwrap();
        assert!(policy.extra_check_warns(ExtraCheck::Date));
        assert!(policy.extra_check_applies(ExtraCheck::Date, 4));
        assert!(!policy.extra_check_applies(ExtraCheck::Date, 6));
    }

    #[test]
    fn the_minimum_age_and_the_expiry_warning_are_number_fields() {
        let mut draft = Draft::from_policy(&Policy::EXCHANGE);
        assert_eq!(draft.text(Field::MinAgeDays), "0");
        assert_eq!(draft.text(Field::ExpiryWarningDays), "0");
        draft.set_text(Field::MinAgeDays, "1".into());
        draft.set_text(Field::ExpiryWarningDays, "14".into());
        let policy = draft.check().unwrap();
        assert_eq!(
            (policy.min_age_days(), policy.expiry_warning_days()),
            (1, 14)
        );
        draft.set_text(Field::ExpiryWarningDays, "91".into());
        let error = draft.check().unwrap_err();
        assert_eq!(
            (error.code(), error.field()),
            ("outOfRange", Some("expiryWarningDays"))
        );
    }

    #[test]
    fn switches() {
        let mut draft = Draft::from_policy(&Policy::EXCHANGE);
        draft.set_switch(Field::ApplyToExistingPins, false);
        draft.set_switch(Field::AllowCommonPatterns, true);
        let policy = draft.check().unwrap();
        assert!(!policy.apply_to_existing_pins() && policy.allow_common_patterns());
    }
}
