//! The one definition of "invalid" in this crate: what a form makes of the PIN typed. The
//! field's `aria-invalid`, the element's form validity and the `assess` export all ask here.
//! Warnings (checks of severity `warn`) never refuse: they are advice.

use pinwarden::{Locale, Report, Violation};

/// Why a form refuses `value` (the first violation's message in `locale`), or `None` when
/// it takes it. An empty field is refused only when `required`, as in HTML; a non-empty
/// one exactly when the core's report has a violation (its warnings do not count).
pub fn refusal(report: &Report, value: &str, required: bool, locale: Locale) -> Option<String> {
    if value.is_empty() {
        required.then(|| Violation::Required.message(locale))
    } else {
        report
            .violations()
            .next()
            .map(|violation| violation.message(locale))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use pinwarden::{Context, Policy, validate_pin};

    #[test]
    fn empty_is_refused_only_when_required_and_otherwise_the_report_decides() {
        let none = Context::new();
        let empty = validate_pin("", &Policy::EXCHANGE, &none);
        assert_eq!(refusal(&empty, "", false, Locale::En), None);
        assert!(refusal(&empty, "", true, Locale::En).is_some());
        let optional = Policy::builder().min_length(0).build().unwrap();
        let report = validate_pin("", &optional, &none);
        assert!(
            refusal(&report, "", true, Locale::Fr).is_some(),
            "required wins"
        );
        let short = validate_pin("48013", &Policy::EXCHANGE, &none);
        assert_eq!(
            refusal(&short, "48013", false, Locale::En).as_deref(),
            Some("Use at least 6 digits.")
        );
        let good = validate_pin("480137", &Policy::EXCHANGE, &none);
        assert_eq!(refusal(&good, "480137", true, Locale::En), None);
    }

    #[test]
    fn warnings_never_refuse() {
        let none = Context::new();
        let warn =
            Policy::from_json_str(r#"{"extraChecks":[{"check":"repeatRun","severity":"warn"}]}"#)
                .unwrap();
        let report = validate_pin("400097", &warn, &none);
        assert!(report.warnings().next().is_some(), "400097 warns");
        for locale in Locale::ALL {
            assert_eq!(refusal(&report, "400097", true, locale), None);
        }
        let refuse = Policy::from_json_str(r#"{"extraChecks":["repeatRun"]}"#).unwrap();
        let report = validate_pin("400097", &refuse, &none);
        assert!(refusal(&report, "400097", true, Locale::En).is_some());
    }
}
