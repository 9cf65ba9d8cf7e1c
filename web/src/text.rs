//! The widget's own words (labels and buttons), in every locale. Rule labels and
//! violation messages come from the core.

use pinwarden::{Assessment, Locale, RuleState};

/// The default label of the field.
pub fn field_label(locale: Locale) -> &'static str {
    match locale {
        Locale::En => "New PIN",
        Locale::Fr => "Nouveau code PIN",
    }
}

/// The show/hide button's text: what pressing it will do.
pub fn toggle(shown: bool, locale: Locale) -> &'static str {
    match (shown, locale) {
        (false, Locale::En) => "Show PIN",
        (true, Locale::En) => "Hide PIN",
        (false, Locale::Fr) => "Afficher le code PIN",
        (true, Locale::Fr) => "Masquer le code PIN",
    }
}

/// Spoken before a rule's label, so that its state is never shown by colour alone.
pub fn state_prefix(state: RuleState, locale: Locale) -> &'static str {
    match (state, locale) {
        (RuleState::Met, Locale::En) => "Met:",
        (RuleState::NotMet, Locale::En) => "Not met:",
        (RuleState::Pending, Locale::En) => "Not yet known:",
        (RuleState::Met, Locale::Fr) => "Respectée :",
        (RuleState::NotMet, Locale::Fr) => "Non respectée :",
        (RuleState::Pending, Locale::Fr) => "Pas encore connue :",
    }
}

/// The visible mark of a rule's state (next to the words above, not instead of them).
pub fn state_mark(state: RuleState) -> &'static str {
    match state {
        RuleState::Met => "✓",
        RuleState::NotMet => "✗",
        RuleState::Pending => "•",
    }
}

/// The heading of the checklist.
pub fn rules_heading(locale: Locale) -> &'static str {
    match locale {
        Locale::En => "Your PIN needs:",
        Locale::Fr => "Votre code PIN doit respecter :",
    }
}

/// Why typed characters were not entered (one or several).
pub fn refused(characters: &[char], locale: Locale) -> String {
    let list: String = characters
        .iter()
        .map(|c| format!("“{c}”"))
        .collect::<Vec<_>>()
        .join(", ");
    match (characters.len(), locale) {
        (1, Locale::En) => format!("Only digits can be typed: {list} was not entered."),
        (_, Locale::En) => format!("Only digits can be typed: {list} were not entered."),
        (1, Locale::Fr) => {
            format!("Seuls les chiffres peuvent être saisis : {list} n’a pas été saisi.")
        }
        (_, Locale::Fr) => {
            format!("Seuls les chiffres peuvent être saisis : {list} n’ont pas été saisis.")
        }
    }
}

/// What the live region says once typing pauses: the rules not met; else, when the form
/// would take the PIN, that it can be used (some rules may still change as more digits
/// are typed); else the rules not known yet; else that all are met.
pub fn outcome(assessment: &Assessment, locale: Locale) -> String {
    let (unmet, pending) = (assessment.unmet(), assessment.pending());
    let usable = assessment.report.ok();
    match (unmet, pending, locale) {
        (0, 0, Locale::En) => "The PIN meets every rule.".into(),
        (0, _, Locale::En) if usable => "The PIN can be used.".into(),
        (0, 1, Locale::En) => "1 rule is still to be met.".into(),
        (0, n, Locale::En) => format!("{n} rules are still to be met."),
        (1, _, Locale::En) => "1 rule is not met.".into(),
        (n, _, Locale::En) => format!("{n} rules are not met."),
        (0, 0, Locale::Fr) => "Le code PIN respecte toutes les règles.".into(),
        (0, _, Locale::Fr) if usable => "Le code PIN peut être utilisé.".into(),
        (0, 1, Locale::Fr) => "Encore 1 règle à respecter.".into(),
        (0, n, Locale::Fr) => format!("Encore {n} règles à respecter."),
        (1, _, Locale::Fr) => "1 règle n’est pas respectée.".into(),
        (n, _, Locale::Fr) => format!("{n} règles ne sont pas respectées."),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use pinwarden::{Context, Policy, assess};

    #[test]
    fn the_toggle_says_what_it_will_do() {
        assert_eq!(toggle(false, Locale::En), "Show PIN");
        assert_eq!(toggle(true, Locale::En), "Hide PIN");
        assert_eq!(toggle(false, Locale::Fr), "Afficher le code PIN");
        assert_eq!(toggle(true, Locale::Fr), "Masquer le code PIN");
    }

    #[test]
    fn refused_characters_agree_in_number() {
        assert_eq!(
            refused(&['a'], Locale::En),
            "Only digits can be typed: “a” was not entered."
        );
        assert_eq!(
            refused(&['a', '#'], Locale::En),
            "Only digits can be typed: “a”, “#” were not entered."
        );
        assert!(refused(&['a'], Locale::Fr).ends_with("n’a pas été saisi."));
        assert!(refused(&['a', '#'], Locale::Fr).ends_with("n’ont pas été saisis."));
    }

    #[test]
    fn outcomes_agree_in_number_in_both_languages() {
        let context = Context::new().with_extension("36697");
        let outcome_of =
            |pin: &str, policy: &Policy, locale| outcome(&assess(pin, policy, &context), locale);
        let exchange = Policy::EXCHANGE;
        // One rule not met / several.
        assert_eq!(
            outcome_of("123456", &exchange, Locale::En),
            "1 rule is not met."
        );
        assert_eq!(
            outcome_of("123456", &exchange, Locale::Fr),
            "1 règle n’est pas respectée."
        );
        let short =
            Policy::from_json_str(r#"{"minLength":4,"extraChecks":["palindrome"]}"#).unwrap();
        assert_eq!(
            outcome_of("1111", &short, Locale::En),
            "2 rules are not met."
        );
        assert_eq!(
            outcome_of("1111", &short, Locale::Fr),
            "2 règles ne sont pas respectées."
        );
        // Not known yet: one, several.
        assert_eq!(
            outcome_of("4", &exchange, Locale::En),
            "3 rules are still to be met."
        );
        assert_eq!(
            outcome_of("4", &exchange, Locale::Fr),
            "Encore 3 règles à respecter."
        );
        assert_eq!(
            outcome_of("48", &exchange, Locale::En),
            "1 rule is still to be met."
        );
        assert_eq!(
            outcome_of("48", &exchange, Locale::Fr),
            "Encore 1 règle à respecter."
        );
        assert_eq!(
            outcome_of("480137", &exchange, Locale::En),
            "The PIN meets every rule."
        );
        assert_eq!(
            outcome_of("480137", &exchange, Locale::Fr),
            "Le code PIN respecte toutes les règles."
        );
        // Usable now, though more digits could still break a rule.
        assert_eq!(
            outcome_of("480137", &Policy::STRICT, Locale::En),
            "The PIN can be used."
        );
        assert_eq!(
            outcome_of("480137", &Policy::STRICT, Locale::Fr),
            "Le code PIN peut être utilisé."
        );
    }

    #[test]
    fn french_words_hold_no_english() {
        let french = [
            field_label(Locale::Fr).to_owned(),
            toggle(false, Locale::Fr).to_owned(),
            toggle(true, Locale::Fr).to_owned(),
            rules_heading(Locale::Fr).to_owned(),
            refused(&['a'], Locale::Fr),
            state_prefix(RuleState::Met, Locale::Fr).to_owned(),
            state_prefix(RuleState::NotMet, Locale::Fr).to_owned(),
            state_prefix(RuleState::Pending, Locale::Fr).to_owned(),
        ];
        for text in french {
            for english in [
                "Show", "Hide", "New", "rule", "Met", "digit", "Only", "known",
            ] {
                assert!(!text.contains(english), "{text:?} holds {english:?}");
            }
        }
    }
}
