//! SPEC §5: every violation's message, in every locale. Messages use the violation's
//! parameters and never the PIN. Their examples have four digits at most, so that no
//! message can spell out a PIN of the usual six or more digits. Codes never change;
//! wording may.

use crate::extra::CONTAINED_DIGITS;
use crate::{Code, Locale, Rule, Violation};

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
        Violation::Pattern(code) => match code {
            Code::Sequential => "Don’t use a run of digits such as 1234 or 9876.".into(),
            Code::Repeated => "Don’t repeat one digit, as in 1111.".into(),
            Code::ExtensionSuffix => "Don’t use the end of your phone number or extension.".into(),
            Code::Arithmetic => {
                "Don’t use digits that go up or down by the same step, as in 1357.".into()
            }
            Code::RepeatedGroup => "Don’t repeat a group of digits, as in 1212 or 4545.".into(),
            Code::FewDistinct => "Use more than two different digits.".into(),
            Code::Palindrome => "Don’t use digits that read the same backwards, as in 1221.".into(),
            Code::Date => "Don’t use a year or a date.".into(),
            Code::KeypadPattern => "Don’t use a line or a shape on the keypad, as in 2580.".into(),
            Code::ContainsExtension => format!(
                "Don’t include the last {CONTAINED_DIGITS} digits of your phone number or extension."
            ),
            Code::ReversedExtension => "Don’t use your phone number or extension backwards.".into(),
            Code::CommonPin => {
                "This PIN is one of the most common: choose a less obvious one.".into()
            }
            other => unreachable_pattern(other),
        },
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
        Violation::Pattern(code) => match code {
            Code::Sequential => "N’utilisez pas une suite de chiffres comme 1234 ou 9876.".into(),
            Code::Repeated => "Ne répétez pas un même chiffre, comme dans 1111.".into(),
            Code::ExtensionSuffix => {
                "N’utilisez pas la fin de votre numéro de téléphone ou de poste.".into()
            }
            Code::Arithmetic => {
                "N’utilisez pas des chiffres qui montent ou descendent d’un même pas, comme 1357."
                    .into()
            }
            Code::RepeatedGroup => {
                "Ne répétez pas un groupe de chiffres, comme 1212 ou 4545.".into()
            }
            Code::FewDistinct => "Utilisez plus de deux chiffres différents.".into(),
            Code::Palindrome => {
                "N’utilisez pas des chiffres qui se lisent de la même façon à l’envers, comme 1221."
                    .into()
            }
            Code::Date => "N’utilisez pas une année ou une date.".into(),
            Code::KeypadPattern => {
                "N’utilisez pas une ligne ou une forme du clavier, comme 2580.".into()
            }
            Code::ContainsExtension => format!(
                "N’incluez pas les {CONTAINED_DIGITS} derniers chiffres de votre numéro de téléphone ou de poste."
            ),
            Code::ReversedExtension => {
                "N’utilisez pas votre numéro de téléphone ou de poste à l’envers.".into()
            }
            Code::CommonPin => {
                "Ce code PIN est l’un des plus courants : choisissez-en un moins évident.".into()
            }
            other => unreachable_pattern(other),
        },
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
        Rule::Pattern(code) => match code {
            Code::Sequential => "No run like 1234 or 9876".into(),
            Code::Repeated => "No repeated digit like 1111".into(),
            Code::ExtensionSuffix => "Not the end of your phone number or extension".into(),
            Code::Arithmetic => "No even steps like 1357".into(),
            Code::RepeatedGroup => "No repeated group like 1212".into(),
            Code::FewDistinct => "At least three different digits".into(),
            Code::Palindrome => "Not the same backwards, like 1221".into(),
            Code::Date => "Not a year or a date".into(),
            Code::KeypadPattern => "No keypad line or shape like 2580".into(),
            Code::ContainsExtension => {
                format!("Not the last {CONTAINED_DIGITS} digits of your phone number or extension")
            }
            Code::ReversedExtension => "Not your phone number or extension backwards".into(),
            Code::CommonPin => "Not one of the most common PINs".into(),
            other => unreachable_pattern(other),
        },
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
        Rule::Pattern(code) => match code {
            Code::Sequential => "Pas de suite comme 1234 ou 9876".into(),
            Code::Repeated => "Pas de chiffre répété comme 1111".into(),
            Code::ExtensionSuffix => "Pas la fin de votre numéro de téléphone ou de poste".into(),
            Code::Arithmetic => "Pas de pas réguliers comme 1357".into(),
            Code::RepeatedGroup => "Pas de groupe répété comme 1212".into(),
            Code::FewDistinct => "Au moins trois chiffres différents".into(),
            Code::Palindrome => "Pas identique à l’envers, comme 1221".into(),
            Code::Date => "Pas une année ni une date".into(),
            Code::KeypadPattern => "Pas de ligne ni de forme du clavier comme 2580".into(),
            Code::ContainsExtension => {
                format!(
                    "Pas les {CONTAINED_DIGITS} derniers chiffres de votre numéro de téléphone ou de poste"
                )
            }
            Code::ReversedExtension => {
                "Pas votre numéro de téléphone ou de poste à l’envers".into()
            }
            Code::CommonPin => "Pas l’un des codes PIN les plus courants".into(),
            other => unreachable_pattern(other),
        },
    }
}

/// `Violation::Pattern` and `Rule::Pattern` only ever hold a pattern code (see
/// `Report::violations` and `checklist`); should one be built by hand with another code,
/// its code stands in for a message.
fn unreachable_pattern(code: Code) -> String {
    code.as_str().to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Code;

    /// One violation per code, with parameters.
    fn every_violation() -> Vec<Violation> {
        Code::ALL
            .into_iter()
            .map(|code| match code {
                Code::Required => Violation::Required,
                Code::NotDigits => Violation::NotDigits,
                Code::TooShort => Violation::TooShort { min: 6, actual: 3 },
                Code::TooLong => Violation::TooLong {
                    max: 12,
                    actual: 13,
                },
                Code::Recycled => Violation::Recycled { history_count: 5 },
                pattern => Violation::Pattern(pattern),
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
