//! SPEC §5: every violation's message, in every locale. Messages use the violation's
//! parameters and never the PIN. Their examples have four digits at most, so that no
//! message can spell out a PIN of the usual six or more digits. Codes never change;
//! wording may. A pattern check's words are in its own file of `checks/`.

use crate::{Locale, Rule, Violation};

/// The message of `violation` in `locale`.
pub(crate) fn message(violation: &Violation, locale: Locale) -> String {
    match locale {
        Locale::En => english(violation),
        Locale::Fr => french(violation),
    }
}

fn english(violation: &Violation) -> String {
    match *violation {
        Violation::Required => "Enter a PIN.".into(),
        Violation::NotDigits => "Use only the digits 0 to 9.".into(),
        Violation::TooShort { min, .. } => format!("Use at least {min} digits."),
        Violation::TooLong { max, .. } => format!("Use at most {max} digits."),
        Violation::Recycled { history_count: 1 } => {
            "Choose a PIN different from your current one.".into()
        }
        Violation::Recycled { history_count } => {
            format!("Choose a PIN different from your last {history_count} PINs.")
        }
        Violation::Pattern(pattern) => pattern.message(Locale::En),
        Violation::Run { code, max } => code.message_with(Locale::En, max),
    }
}

fn french(violation: &Violation) -> String {
    match *violation {
        Violation::Required => "Saisissez un code PIN.".into(),
        Violation::NotDigits => "Utilisez uniquement les chiffres 0 à 9.".into(),
        Violation::TooShort { min, .. } => format!("Utilisez au moins {min} chiffres."),
        Violation::TooLong { max, .. } => format!("Utilisez au plus {max} chiffres."),
        Violation::Recycled { history_count: 1 } => {
            "Choisissez un code PIN différent de l’actuel.".into()
        }
        Violation::Recycled { history_count } => {
            format!("Choisissez un code PIN différent de vos {history_count} derniers.")
        }
        Violation::Pattern(pattern) => pattern.message(Locale::Fr),
        Violation::Run { code, max } => code.message_with(Locale::Fr, max),
    }
}

/// The checklist label of `rule` in `locale` (SPEC §7).
pub(crate) fn rule_label(rule: Rule, locale: Locale) -> String {
    match locale {
        Locale::En => english_label(rule),
        Locale::Fr => french_label(rule),
    }
}

fn english_label(rule: Rule) -> String {
    match rule {
        Rule::Length { min: 0, max } => format!("At most {max} digits"),
        Rule::Length { min, max } if min == max => format!("{min} digits"),
        Rule::Length { min, max } => format!("{min} to {max} digits"),
        Rule::DigitsOnly => "Digits 0–9 only".into(),
        Rule::NotRecent { count: 1 } => "Not your current PIN".into(),
        Rule::NotRecent { count } => format!("Not one of your last {count} PINs"),
        Rule::Pattern(pattern) => pattern.label(Locale::En),
        Rule::Run { code, max } => code.label_with(Locale::En, max),
    }
}

fn french_label(rule: Rule) -> String {
    match rule {
        Rule::Length { min: 0, max } => format!("Au plus {max} chiffres"),
        Rule::Length { min, max } if min == max => format!("{min} chiffres"),
        Rule::Length { min, max } => format!("{min} à {max} chiffres"),
        Rule::DigitsOnly => "Chiffres 0 à 9 uniquement".into(),
        Rule::NotRecent { count: 1 } => "Pas votre code PIN actuel".into(),
        Rule::NotRecent { count } => format!("Pas l’un de vos {count} derniers codes PIN"),
        Rule::Pattern(pattern) => pattern.label(Locale::Fr),
        Rule::Run { code, max } => code.label_with(Locale::Fr, max),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Code;
    use crate::checks::Kind;

    /// One violation per code, with parameters.
    fn every_violation() -> Vec<Violation> {
        Code::ALL
            .into_iter()
            .map(|code| match code.kind() {
                Kind::Required => Violation::Required,
                Kind::NotDigits => Violation::NotDigits,
                Kind::TooShort => Violation::TooShort { min: 6, actual: 3 },
                Kind::TooLong => Violation::TooLong {
                    max: 12,
                    actual: 13,
                },
                Kind::Recycled => Violation::Recycled { history_count: 5 },
                Kind::Pattern(pattern) => Violation::Pattern(pattern),
            })
            .collect()
    }

    #[test]
    fn every_code_has_a_distinct_message_in_every_locale() {
        for locale in Locale::ALL {
            let messages: Vec<String> = every_violation()
                .iter()
                .map(|v| v.message(locale))
                .collect();
            for (violation, text) in every_violation().iter().zip(&messages) {
                assert!(!text.trim().is_empty(), "{violation:?} in {locale}");
                assert_ne!(
                    text,
                    violation.code().as_str(),
                    "{violation:?} in {locale} fell back to its code"
                );
            }
            let mut unique = messages.clone();
            unique.sort();
            unique.dedup();
            assert_eq!(
                unique.len(),
                messages.len(),
                "two codes share a message in {locale}"
            );
        }
        for violation in every_violation() {
            assert_ne!(
                violation.message(Locale::En),
                violation.message(Locale::Fr),
                "{violation:?} is not translated"
            );
        }
    }

    #[test]
    fn no_message_or_label_spells_a_pin_of_five_digits_or_more() {
        // Found by fuzzing: "as in … 123123" spelled out a PIN that a person might type.
        let longest_run = |text: &str| {
            text.split(|c: char| !c.is_ascii_digit())
                .map(str::len)
                .max()
                .unwrap_or(0)
        };
        for locale in Locale::ALL {
            for violation in every_violation() {
                let message = violation.message(locale);
                assert!(longest_run(&message) < 5, "{message}");
            }
            let items = crate::checklist(
                "",
                &crate::Policy::STRICT,
                &crate::Context::new().with_extension("1"),
            );
            for item in items {
                let label = item.label(locale);
                assert!(longest_run(&label) < 5, "{label}");
            }
        }
    }

    #[test]
    fn messages_use_their_parameters() {
        assert_eq!(
            Violation::TooShort { min: 6, actual: 4 }.message(Locale::En),
            "Use at least 6 digits."
        );
        assert_eq!(
            Violation::TooShort { min: 6, actual: 4 }.message(Locale::Fr),
            "Utilisez au moins 6 chiffres."
        );
        assert_eq!(
            Violation::TooLong { max: 8, actual: 9 }.message(Locale::Fr),
            "Utilisez au plus 8 chiffres."
        );
        assert!(
            Violation::Recycled { history_count: 7 }
                .message(Locale::En)
                .contains("last 7 PINs")
        );
        assert!(
            Violation::Recycled { history_count: 1 }
                .message(Locale::Fr)
                .contains("l’actuel")
        );
    }
}
