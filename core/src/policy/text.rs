//! The words of policy fields and policy errors, in every locale (SPEC §1, §5): what each
//! field means, which values it takes, and why a policy was refused.

use super::{CrossRule, Expected, Field, PRESET_NAMES, PolicyError};
use crate::locale::one_of;
use crate::{ExtraCheck, Locale};

impl Field {
    /// What the field means, in `locale` (the "meaning" column of SPEC §1).
    pub const fn meaning(self, locale: Locale) -> &'static str {
        match locale {
            Locale::En => match self {
                Field::MinLength => "Fewest digits; 0 means no PIN is required.",
                Field::MaxLength => "Most digits.",
                Field::LifetimeDays => {
                    "Days before a PIN must be changed; 0 means it never expires."
                }
                Field::FailuresBeforeReset => {
                    "Consecutive failed logons after which the PIN is reset automatically; lower than failuresBeforeLockout, or unlimited."
                }
                Field::FailuresBeforeLockout => {
                    "Consecutive failed logons after which the account is locked until an administrator unlocks it."
                }
                Field::AllowCommonPatterns => {
                    "When off, PINs with common patterns (runs, repeated digits, the end of the extension) are refused."
                }
                Field::HistoryCount => {
                    "How many previous PINs, the current one included, a new PIN must differ from."
                }
                Field::ApplyToExistingPins => {
                    "When on, a PIN that no longer meets a changed policy must be changed at the next logon (Exchange); when off, the change only affects new PINs (Teams)."
                }
                Field::ExtraChecks => {
                    "Checks beyond Exchange, for PINs harder to guess; they apply only when common patterns are refused."
                }
                Field::MinAgeDays => {
                    "Days a person must keep a PIN before choosing another one; 0 means any time. A required change is always allowed."
                }
                Field::ExpiryWarningDays => {
                    "How many days before expiry a logon warns that the PIN will soon expire; 0 means no warning."
                }
            },
            Locale::Fr => match self {
                Field::MinLength => {
                    "Nombre minimal de chiffres ; 0 signifie qu’aucun code PIN n’est exigé."
                }
                Field::MaxLength => "Nombre maximal de chiffres.",
                Field::LifetimeDays => {
                    "Jours avant qu’un code PIN doive être changé ; 0 signifie qu’il n’expire jamais."
                }
                Field::FailuresBeforeReset => {
                    "Échecs de connexion consécutifs après lesquels le code PIN est réinitialisé automatiquement ; inférieur à failuresBeforeLockout, ou illimité."
                }
                Field::FailuresBeforeLockout => {
                    "Échecs de connexion consécutifs après lesquels le compte est verrouillé jusqu’à ce qu’un administrateur le déverrouille."
                }
                Field::AllowCommonPatterns => {
                    "Désactivé : les codes PIN aux motifs courants (suites, chiffres répétés, fin du numéro de poste) sont refusés."
                }
                Field::HistoryCount => {
                    "Nombre de codes PIN précédents, l’actuel compris, dont un nouveau code PIN doit différer."
                }
                Field::ApplyToExistingPins => {
                    "Activé : un code PIN qui ne respecte plus la stratégie modifiée doit être changé à la prochaine connexion (Exchange) ; désactivé : la modification ne concerne que les nouveaux codes PIN (Teams)."
                }
                Field::ExtraChecks => {
                    "Contrôles au-delà d’Exchange, pour des codes PIN plus difficiles à deviner ; ils ne s’appliquent que si les motifs courants sont refusés."
                }
                Field::MinAgeDays => {
                    "Jours pendant lesquels un code PIN doit être gardé avant d’en choisir un autre ; 0 signifie à tout moment. Un changement exigé est toujours permis."
                }
                Field::ExpiryWarningDays => {
                    "Combien de jours avant l’expiration une connexion prévient que le code PIN va bientôt expirer ; 0 signifie aucun avertissement."
                }
            },
        }
    }

    /// The values the field takes, in `locale` (the "valid values" column of SPEC §1).
    ///
    /// ```
    /// use pinwarden::{Field, Locale};
    /// assert_eq!(Field::HistoryCount.valid_values(Locale::En), "between 1 and 20");
    /// assert_eq!(Field::HistoryCount.valid_values(Locale::Fr), "entre 1 et 20");
    /// ```
    pub const fn valid_values(self, locale: Locale) -> &'static str {
        match locale {
            Locale::En => self.valid_values_en(),
            Locale::Fr => self.valid_values_fr(),
        }
    }

    // One function per locale, so that a build that asks for one keeps only its words.
    const fn valid_values_en(self) -> &'static str {
        match self {
            Field::MinLength => "0 (no PIN required) or between 4 and 24",
            Field::MaxLength => "between 4 and 24",
            Field::LifetimeDays => "between 0 (never expires) and 999",
            Field::FailuresBeforeReset => "between 1 and 998, or null (unlimited)",
            Field::FailuresBeforeLockout => "between 1 and 999",
            Field::HistoryCount => "between 1 and 20",
            Field::AllowCommonPatterns | Field::ApplyToExistingPins => "true or false",
            Field::ExtraChecks => "a list of extra check names",
            Field::MinAgeDays => "between 0 (any time) and 999",
            Field::ExpiryWarningDays => "between 0 (no warning) and 90",
        }
    }

    const fn valid_values_fr(self) -> &'static str {
        match self {
            Field::MinLength => "0 (aucun code PIN exigé) ou entre 4 et 24",
            Field::MaxLength => "entre 4 et 24",
            Field::LifetimeDays => "entre 0 (n’expire jamais) et 999",
            Field::FailuresBeforeReset => "entre 1 et 998, ou null (illimité)",
            Field::FailuresBeforeLockout => "entre 1 et 999",
            Field::HistoryCount => "entre 1 et 20",
            Field::AllowCommonPatterns | Field::ApplyToExistingPins => "true ou false",
            Field::ExtraChecks => "une liste de noms de contrôles supplémentaires",
            Field::MinAgeDays => "entre 0 (à tout moment) et 999",
            Field::ExpiryWarningDays => "entre 0 (aucun avertissement) et 90",
        }
    }
}

impl Expected {
    /// What was expected, in words, in `locale`.
    pub const fn describe(self, locale: Locale) -> &'static str {
        match locale {
            Locale::En => self.describe_en(),
            Locale::Fr => self.describe_fr(),
        }
    }

    // One function per locale, so that a build that asks for one keeps only its words.
    const fn describe_en(self) -> &'static str {
        match self {
            Expected::PresetOrObject => "a preset name or an object",
            Expected::WholeNumber => "a whole number",
            Expected::WholeNumberOrNull => "a whole number or null",
            Expected::WholeNumberOrNumericString => "a whole number or a numeric string",
            Expected::WholeNumberOrUnlimited => "a whole number, a numeric string or \"Unlimited\"",
            Expected::Boolean => "true or false",
            Expected::CheckList => {
                "a list of check names or {\"check\", \"lengths\"?, \"max\"?, \"severity\"?} objects"
            }
            Expected::CheckLengths => "lengths: a non-empty list of whole numbers from 1 to 24",
            Expected::CheckMax => {
                "max: a whole number, from 2 to 10 for sequenceRun and from 1 to 6 for repeatRun (no other check takes one)"
            }
            Expected::CheckSeverity => "severity: \"refuse\" or \"warn\"",
        }
    }

    const fn describe_fr(self) -> &'static str {
        match self {
            Expected::PresetOrObject => "un nom de préréglage ou un objet",
            Expected::WholeNumber => "un nombre entier",
            Expected::WholeNumberOrNull => "un nombre entier ou null",
            Expected::WholeNumberOrNumericString => "un nombre entier ou une chaîne de chiffres",
            Expected::WholeNumberOrUnlimited => {
                "un nombre entier, une chaîne de chiffres ou \"Unlimited\""
            }
            Expected::Boolean => "true ou false",
            Expected::CheckList => {
                "une liste de noms de contrôles ou d’objets {\"check\", \"lengths\"?, \"max\"?, \"severity\"?}"
            }
            Expected::CheckLengths => "lengths : une liste non vide de nombres entiers de 1 à 24",
            Expected::CheckMax => {
                "max : un nombre entier, de 2 à 10 pour sequenceRun et de 1 à 6 pour repeatRun (aucun autre contrôle n’en prend)"
            }
            Expected::CheckSeverity => "severity : \"refuse\" ou \"warn\"",
        }
    }
}

/// The message of a policy error in `locale`.
pub(super) fn error_message(error: &PolicyError, locale: Locale) -> String {
    match locale {
        Locale::En => english(error),
        Locale::Fr => french(error),
    }
}

fn known_checks() -> String {
    crate::locale::comma_separated(&ExtraCheck::ALL.map(ExtraCheck::name))
}

/// The message of a policy error in English (its `Display`).
pub(super) fn english(error: &PolicyError) -> String {
    match error {
        PolicyError::UnknownField { key, suggestion } => match suggestion {
            Some(name) => format!("unknown policy field `{key}` (did you mean `{name}`?)"),
            None => format!("unknown policy field `{key}`"),
        },
        PolicyError::WrongType {
            key,
            expected,
            value,
        } => format!("`{key}` must be {}; got {value}", expected.describe_en()),
        PolicyError::NotInteger { key, value } => {
            format!("`{key}` must be a whole number; got {value}")
        }
        PolicyError::OutOfRange { key, field, value } => {
            format!("`{key}` must be {}; got {value}", field.valid_values_en())
        }
        PolicyError::CrossField { field, rule, value } => {
            let rule = match rule {
                CrossRule::AtLeastMinLength { min_length } => {
                    format!("at least minLength ({min_length})")
                }
                CrossRule::LowerThanLockout {
                    failures_before_lockout,
                } => format!("lower than failuresBeforeLockout ({failures_before_lockout})"),
            };
            format!("`{field}` must be {rule}; got {value}")
        }
        PolicyError::DuplicateField { key, other } => {
            format!("`{key}` is given twice (also as `{other}`)")
        }
        PolicyError::UnknownCheck { value } => format!(
            "`extraChecks` has an unknown check {value}; known checks: {}",
            known_checks()
        ),
        PolicyError::UnknownPreset { name } => {
            format!(
                "unknown preset {name}; expected {}",
                one_of(&PRESET_NAMES, "or")
            )
        }
        PolicyError::InvalidJson { detail } => format!("the policy is not valid JSON: {detail}"),
    }
}

fn french(error: &PolicyError) -> String {
    match error {
        PolicyError::UnknownField { key, suggestion } => match suggestion {
            Some(name) => {
                format!("champ de stratégie inconnu `{key}` (vouliez-vous dire `{name}` ?)")
            }
            None => format!("champ de stratégie inconnu `{key}`"),
        },
        PolicyError::WrongType {
            key,
            expected,
            value,
        } => format!(
            "`{key}` doit être {} ; reçu {value}",
            expected.describe_fr()
        ),
        PolicyError::NotInteger { key, value } => {
            format!("`{key}` doit être un nombre entier ; reçu {value}")
        }
        PolicyError::OutOfRange { key, field, value } => {
            format!(
                "`{key}` doit être {} ; reçu {value}",
                field.valid_values_fr()
            )
        }
        PolicyError::CrossField { field, rule, value } => {
            let rule = match rule {
                CrossRule::AtLeastMinLength { min_length } => {
                    format!("au moins égal à minLength ({min_length})")
                }
                CrossRule::LowerThanLockout {
                    failures_before_lockout,
                } => format!("inférieur à failuresBeforeLockout ({failures_before_lockout})"),
            };
            format!("`{field}` doit être {rule} ; reçu {value}")
        }
        PolicyError::DuplicateField { key, other } => {
            format!("`{key}` est donné deux fois (aussi sous le nom `{other}`)")
        }
        PolicyError::UnknownCheck { value } => format!(
            "`extraChecks` contient un contrôle inconnu {value} ; contrôles connus : {}",
            known_checks()
        ),
        PolicyError::UnknownPreset { name } => {
            format!(
                "préréglage inconnu {name} ; attendu : {}",
                one_of(&PRESET_NAMES, "ou")
            )
        }
        PolicyError::InvalidJson { detail } => {
            format!("la stratégie n’est pas du JSON valide : {detail}")
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Policy;

    /// One refused policy per error code.
    const REFUSED: [&str; 9] = [
        r#"{"minLenght": 6}"#,
        r#"{"minLength": "six"}"#,
        r#"{"minLength": 6.5}"#,
        r#"{"historyCount": 21}"#,
        r#"{"minLength": 8, "maxLength": 6}"#,
        r#"{"PINHistoryCount": 5, "historyCount": 5}"#,
        r#"{"extraChecks": ["palindrom"]}"#,
        r#""lenient""#,
        "{",
    ];

    #[test]
    fn every_error_code_has_a_distinct_message_in_every_locale() {
        let errors: Vec<PolicyError> = REFUSED
            .iter()
            .map(|text| Policy::from_json_str(text).unwrap_err())
            .collect();
        let mut codes: Vec<&str> = errors.iter().map(PolicyError::code).collect();
        codes.sort_unstable();
        codes.dedup();
        assert_eq!(codes.len(), REFUSED.len(), "one error per code: {codes:?}");
        for error in &errors {
            let english = error.message(Locale::En);
            let french = error.message(Locale::Fr);
            assert_eq!(english, error.to_string());
            assert_ne!(english, french, "{}", error.code());
            assert!(
                !french.contains(" must ") && !french.contains("got "),
                "{french}"
            );
        }
    }

    #[test]
    fn an_unknown_preset_names_every_preset() {
        let error = Policy::from_json_str(r#""lenient""#).unwrap_err();
        assert_eq!(
            error.to_string(),
            "unknown preset \"lenient\"; expected exchange, teams or strict"
        );
        assert!(
            error
                .message(Locale::Fr)
                .ends_with("attendu : exchange, teams ou strict")
        );
    }

    #[test]
    fn cross_field_messages_name_both_fields_and_the_limit() {
        let error = Policy::from_json_str(r#"{"failuresBeforeReset": 20}"#).unwrap_err();
        assert_eq!(error.field(), Some("failuresBeforeReset"));
        assert_eq!(
            error.message(Locale::Fr),
            "`failuresBeforeReset` doit être inférieur à failuresBeforeLockout (15) ; reçu 20"
        );
        assert_eq!(
            error.to_string(),
            "`failuresBeforeReset` must be lower than failuresBeforeLockout (15); got 20"
        );
    }

    #[test]
    fn every_field_is_described_in_every_locale() {
        for field in Field::ALL {
            let [en, fr] = Locale::ALL.map(|locale| field.meaning(locale));
            assert_ne!(en, fr, "{field}");
            let [en, fr] = Locale::ALL.map(|locale| field.valid_values(locale));
            assert_ne!(en, fr, "{field}");
        }
    }

    #[test]
    fn bounds_agree_with_the_range_check() {
        for field in Field::ALL {
            match field.bounds() {
                Some((low, high)) => {
                    assert!(field.accepts(i64::from(low)) && field.accepts(i64::from(high)));
                    assert!(!field.accepts(i64::from(low) - 1));
                    assert!(!field.accepts(i64::from(high) + 1));
                }
                None => assert!(!field.accepts(0)),
            }
        }
        assert!(!Field::MinLength.accepts(3) && Field::MinLength.accepts(0));
    }
}
