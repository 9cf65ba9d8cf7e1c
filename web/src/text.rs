//! The widget's own words (labels and buttons), in every locale. Rule labels and
//! violation messages come from the core.

use pinwarden::{Locale, RuleState};

/// The default label of the field.
pub fn field_label(locale: Locale) -> &'static str {
    match locale {
        Locale::En => "New PIN",
        Locale::Fr => "Nouveau code PIN",
    }
}

/// The show/hide button's text; `aria-pressed` says which state it is in.
pub fn show_pin(locale: Locale) -> &'static str {
    match locale {
        Locale::En => "Show PIN",
        Locale::Fr => "Afficher le code PIN",
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

/// Why typed characters were not entered.
pub fn refused(characters: &[char], locale: Locale) -> String {
    let list: String = characters
        .iter()
        .map(|c| format!("“{c}”"))
        .collect::<Vec<_>>()
        .join(", ");
    match locale {
        Locale::En => format!("Only digits can be typed: {list} was not entered."),
        Locale::Fr => format!("Seuls les chiffres peuvent être saisis : {list} n’a pas été saisi."),
    }
}

/// What the live region says once typing pauses: the rules not met, else the rules not
/// known yet, else that all are met.
pub fn outcome(unmet: usize, pending: usize, locale: Locale) -> String {
    match (unmet, pending, locale) {
        (1, _, Locale::En) => "1 rule is not met.".into(),
        (0, 1, Locale::En) => "1 rule is still to be met.".into(),
        (0, 0, Locale::En) => "The PIN meets every rule.".into(),
        (0, n, Locale::En) => format!("{n} rules are still to be met."),
        (n, _, Locale::En) => format!("{n} rules are not met."),
        (1, _, Locale::Fr) => "1 règle n’est pas respectée.".into(),
        (0, 1, Locale::Fr) => "Encore 1 règle à respecter.".into(),
        (0, 0, Locale::Fr) => "Le code PIN respecte toutes les règles.".into(),
        (0, n, Locale::Fr) => format!("Encore {n} règles à respecter."),
        (n, _, Locale::Fr) => format!("{n} règles ne sont pas respectées."),
    }
}
