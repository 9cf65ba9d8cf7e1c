//! The widget's own words (labels and buttons), in every locale. Rule labels and
//! violation messages come from the core.

use pinwarden::{Assessment, ChecklistItem, Locale, RuleState};

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

/// How a checklist line is shown: the core's state, except that a rule of severity `warn`
/// that is not met is advice (the form still takes the PIN).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Shown {
    /// The rule is met.
    Met,
    /// The rule is not met, and the form refuses the PIN for it.
    NotMet,
    /// Not known yet.
    Pending,
    /// A warn-severity rule that is not met: advice, not a refusal.
    Advice,
}

impl Shown {
    /// How `item` is shown.
    pub fn of(item: ChecklistItem) -> Shown {
        match (item.state, item.advisory) {
            (RuleState::Met, _) => Shown::Met,
            (RuleState::Pending, _) => Shown::Pending,
            (RuleState::NotMet, false) => Shown::NotMet,
            (RuleState::NotMet, true) => Shown::Advice,
        }
    }

    /// Its name in classes and parts: `met`, `notMet`, `pending` or `advice`.
    pub fn as_str(self) -> &'static str {
        match self {
            Shown::Met => "met",
            Shown::NotMet => "notMet",
            Shown::Pending => "pending",
            Shown::Advice => "advice",
        }
    }
}

/// Spoken before a rule's label, so that its state is never shown by colour alone.
pub fn state_prefix(shown: Shown, locale: Locale) -> &'static str {
    match (shown, locale) {
        (Shown::Met, Locale::En) => "Met:",
        (Shown::NotMet, Locale::En) => "Not met:",
        (Shown::Pending, Locale::En) => "Not yet known:",
        (Shown::Advice, Locale::En) => "Advice:",
        (Shown::Met, Locale::Fr) => "Respectée :",
        (Shown::NotMet, Locale::Fr) => "Non respectée :",
        (Shown::Pending, Locale::Fr) => "Pas encore connue :",
        (Shown::Advice, Locale::Fr) => "Conseil :",
    }
}

/// The visible mark of a rule's state (next to the words above, not instead of them).
pub fn state_mark(shown: Shown) -> &'static str {
    match shown {
        Shown::Met => "✓",
        Shown::NotMet => "✗",
        Shown::Pending => "•",
        Shown::Advice => "!",
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
/// are typed); else the rules not known yet; else that all are met. Advice (rules of
/// severity `warn` not met) is counted apart, after the rest: it never counts as a rule
/// not met.
pub fn outcome(assessment: &Assessment, locale: Locale) -> String {
    let count = |wanted: Shown| {
        assessment
            .items
            .iter()
            .filter(|item| Shown::of(**item) == wanted)
            .count()
    };
    let (unmet, advice) = (count(Shown::NotMet), count(Shown::Advice));
    let pending = count(Shown::Pending);
    let required_pending = assessment
        .items
        .iter()
        .filter(|item| item.state == RuleState::Pending && !item.advisory)
        .count();
    let usable = assessment.report.ok();
    let main = match (unmet, pending, locale) {
        (0, 0, Locale::En) => "The PIN meets every rule".to_owned(),
        (0, _, Locale::En) if usable => "The PIN can be used".to_owned(),
        (0, _, Locale::En) if required_pending == 1 => "1 rule is still to be met".to_owned(),
        (0, _, Locale::En) => format!("{required_pending} rules are still to be met"),
        (1, _, Locale::En) => "1 rule is not met".to_owned(),
        (n, _, Locale::En) => format!("{n} rules are not met"),
        (0, 0, Locale::Fr) => "Le code PIN respecte toutes les règles".to_owned(),
        (0, _, Locale::Fr) if usable => "Le code PIN peut être utilisé".to_owned(),
        (0, _, Locale::Fr) if required_pending == 1 => "Encore 1 règle à respecter".to_owned(),
        (0, _, Locale::Fr) => format!("Encore {required_pending} règles à respecter"),
        (1, _, Locale::Fr) => "1 règle n’est pas respectée".to_owned(),
        (n, _, Locale::Fr) => format!("{n} règles ne sont pas respectées"),
    };
    match (advice, locale) {
        (0, _) => format!("{main}."),
        (1, Locale::En) => format!("{main}, with 1 piece of advice."),
        (n, Locale::En) => format!("{main}, with {n} pieces of advice."),
        (1, Locale::Fr) => format!("{main}, avec 1 conseil."),
        (n, Locale::Fr) => format!("{main}, avec {n} conseils."),
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

    /// `pin` under Exchange with `repeatRun` as advice only.
    fn advised(pin: &str) -> Assessment {
        assess(pin, &advised_policy(), &Context::new())
    }

    #[test]
    fn advice_is_its_own_state_and_never_a_rule_not_met() {
        let assessment = advised("400097");
        assert!(assessment.report.ok(), "a warning does not refuse");
        let shown: Vec<Shown> = assessment.items.iter().copied().map(Shown::of).collect();
        assert_eq!(
            shown.iter().filter(|s| **s == Shown::Advice).count(),
            1,
            "{shown:?}"
        );
        assert!(!shown.contains(&Shown::NotMet), "{shown:?}");
        assert_eq!(state_prefix(Shown::Advice, Locale::En), "Advice:");
        assert_eq!(state_prefix(Shown::Advice, Locale::Fr), "Conseil :");
        assert_ne!(state_mark(Shown::Advice), state_mark(Shown::NotMet));
        // A refused rule of the same check is not advice.
        let refused = Policy::from_json_str(r#"{"extraChecks":["repeatRun"]}"#).unwrap();
        let items = assess("400097", &refused, &Context::new()).items;
        assert!(items.iter().any(|item| Shown::of(*item) == Shown::NotMet));
        assert!(items.iter().all(|item| Shown::of(*item) != Shown::Advice));
    }

    #[test]
    fn advice_is_announced_apart_with_its_number_in_both_languages() {
        assert_eq!(
            outcome(&advised("400097"), Locale::En),
            "The PIN meets every rule, with 1 piece of advice."
        );
        assert_eq!(
            outcome(&advised("400097"), Locale::Fr),
            "Le code PIN respecte toutes les règles, avec 1 conseil."
        );
        let two = Policy::from_json_str(
            r#"{"minLength":4,"extraChecks":[{"check":"repeatRun","severity":"warn"},{"check":"palindrome","severity":"warn"}]}"#,
        )
        .unwrap();
        let assessment = assess("4000004", &two, &Context::new());
        assert_eq!(
            outcome(&assessment, Locale::En),
            "The PIN meets every rule, with 2 pieces of advice."
        );
        assert_eq!(
            outcome(&assessment, Locale::Fr),
            "Le code PIN respecte toutes les règles, avec 2 conseils."
        );
        // Rules not met and advice together: the advice is not counted as a rule.
        let mixed = Policy::from_json_str(
            r#"{"minLength":4,"extraChecks":["palindrome",{"check":"repeatRun","severity":"warn"}]}"#,
        )
        .unwrap();
        let assessment = assess("4000004", &mixed, &Context::new());
        assert_eq!(
            outcome(&assessment, Locale::En),
            "1 rule is not met, with 1 piece of advice."
        );
        assert_eq!(
            outcome(&assessment, Locale::Fr),
            "1 règle n’est pas respectée, avec 1 conseil."
        );
        // Still typing: only the rules the form needs are still to be met.
        let assessment = assess("4000", &advised_policy(), &Context::new());
        assert_eq!(
            outcome(&assessment, Locale::En),
            "1 rule is still to be met, with 1 piece of advice."
        );
        assert_eq!(
            outcome(&assessment, Locale::Fr),
            "Encore 1 règle à respecter, avec 1 conseil."
        );
    }

    fn advised_policy() -> Policy {
        Policy::from_json_str(r#"{"extraChecks":[{"check":"repeatRun","severity":"warn"}]}"#)
            .unwrap()
    }

    #[test]
    fn french_words_hold_no_english() {
        let french = [
            field_label(Locale::Fr).to_owned(),
            toggle(false, Locale::Fr).to_owned(),
            toggle(true, Locale::Fr).to_owned(),
            rules_heading(Locale::Fr).to_owned(),
            refused(&['a'], Locale::Fr),
            state_prefix(Shown::Met, Locale::Fr).to_owned(),
            state_prefix(Shown::NotMet, Locale::Fr).to_owned(),
            state_prefix(Shown::Pending, Locale::Fr).to_owned(),
            state_prefix(Shown::Advice, Locale::Fr).to_owned(),
            outcome(&advised("400097"), Locale::Fr),
        ];
        for text in french {
            for english in [
                "Show", "Hide", "New", "rule", "Met", "digit", "Only", "known", "Advice", "advice",
                "with",
            ] {
                assert!(!text.contains(english), "{text:?} holds {english:?}");
            }
        }
    }
}
