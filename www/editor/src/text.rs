//! The policy editor's own words, in every locale. What each field means, the values it
//! takes and every error come from the core.

use pinwarden::Locale;

/// A word or sentence of the editor, in English and in French.
pub struct Text {
    en: &'static str,
    fr: &'static str,
}

impl Text {
    /// The text in `locale`.
    pub const fn get(&self, locale: Locale) -> &'static str {
        match locale {
            Locale::En => self.en,
            Locale::Fr => self.fr,
        }
    }
}

const fn text(en: &'static str, fr: &'static str) -> Text {
    Text { en, fr }
}

/// The label of the preset buttons' group.
pub const START_FROM: Text = text("Start from a preset", "Partir d’un préréglage");
/// Before a field's valid values.
pub const VALID: Text = text("Valid:", "Valeurs valides :");
/// Before a field's Exchange default.
pub const DEFAULT: Text = text("Default:", "Par défaut :");
/// Before a field's `Set-UMMailboxPolicy` name.
pub const EXCHANGE_NAME: Text = text("Exchange name:", "Nom Exchange :");
/// For a field Exchange does not have.
pub const NO_EXCHANGE_NAME: Text = text("none (pinwarden only)", "aucun (pinwarden seulement)");
/// The switch that makes `failuresBeforeReset` unlimited.
pub const UNLIMITED: Text = text("Unlimited (null)", "Illimité (null)");
/// Said by the status line when the core accepts the policy.
pub const VALID_POLICY: Text = text("The policy is valid.", "La stratégie est valide.");
/// Before the core's error in the status line.
pub const REFUSED: Text = text("The policy is refused:", "La stratégie est refusée :");
/// The heading of the JSON view.
pub const JSON_HEADING: Text = text("The policy as JSON", "La stratégie en JSON");
/// Shown instead of the JSON while a field is refused.
pub const NO_JSON: Text = text(
    "Correct the refused field to see the JSON.",
    "Corrigez le champ refusé pour voir le JSON.",
);
/// The copy button.
pub const COPY: Text = text("Copy the JSON", "Copier le JSON");
/// Said once the JSON is on the clipboard.
pub const COPIED: Text = text("Copied.", "Copié.");
/// Said when the browser refused the clipboard.
pub const COPY_FAILED: Text = text(
    "The browser refused to copy: select the JSON and copy it.",
    "Le navigateur a refusé de copier : sélectionnez le JSON et copiez-le.",
);
/// The heading of the paste box.
pub const PASTE_HEADING: Text = text("Paste from Exchange", "Coller depuis Exchange");
/// The paste box's label, before the cmdlet.
pub const PASTE_LABEL: Text = text("The output of", "La sortie de");
/// The paste box's button.
pub const LOAD: Text = text("Load into the editor", "Charger dans l’éditeur");
/// Said when a pasted policy was loaded.
pub const LOADED: Text = text(
    "Loaded: the fields above show the pasted policy, completed with the Exchange defaults.",
    "Chargée : les champs ci-dessus montrent la stratégie collée, complétée par les valeurs par défaut d’Exchange.",
);
/// Said after an extra check scoped to some lengths.
pub const ONLY_FOR: Text = text("only for PINs of", "seulement pour les codes PIN de");
/// After the lengths of a scoped extra check.
pub const DIGITS: Text = text("digits", "chiffres");
/// Before the last of a list of lengths.
pub const OR: Text = text("or", "ou");
/// The label of an extra check's parameter `max`, before `max`.
pub const PARAMETER: Text = text("Parameter", "Paramètre");
/// The label of an extra check's severity choice.
pub const SEVERITY: Text = text("When a PIN breaks it", "Quand un code l’enfreint");
/// Severity `refuse`.
pub const REFUSE: Text = text("refuse the PIN", "refuser le code");
/// Severity `warn`.
pub const WARN: Text = text("warn, let it pass", "avertir, laisser passer");
/// Said when a number field is empty, before the values it takes.
pub const EMPTY_FIELD: Text = text("Enter a value:", "Saisissez une valeur :");
/// Said when "Load" finds the paste box empty.
pub const EMPTY_PASTE: Text = text(
    "The box is empty: paste the output of the command first.",
    "La zone est vide : collez d’abord la sortie de la commande.",
);
/// Said for a pasted empty list.
pub const EMPTY_LIST: Text = text(
    "The pasted list holds no policy.",
    "La liste collée ne contient aucune stratégie.",
);

/// Said when the pasted text is not JSON.
pub fn not_json(line: usize, column: usize, ended_early: bool, locale: Locale) -> String {
    match (ended_early, locale) {
        (true, Locale::En) => format!(
            "The pasted text ends too early (line {line}, column {column}): part of the output is missing. Paste all of it."
        ),
        (true, Locale::Fr) => format!(
            "Le texte collé s’arrête trop tôt (ligne {line}, colonne {column}) : une partie de la sortie manque. Collez-la en entier."
        ),
        (false, Locale::En) => format!(
            "The pasted text is not JSON (line {line}, column {column}). Paste the output of the command as it printed it."
        ),
        (false, Locale::Fr) => format!(
            "Le texte collé n’est pas du JSON (ligne {line}, colonne {column}). Collez la sortie de la commande telle qu’elle l’a affichée."
        ),
    }
}

/// The name shown on a preset's button (the preset's own name for one this editor does
/// not know yet).
pub fn preset_name(preset: &str, locale: Locale) -> String {
    match (preset, locale) {
        ("exchange", _) => "Exchange".to_owned(),
        ("teams", _) => "Teams".to_owned(),
        ("strict", Locale::En) => "Strict".to_owned(),
        ("strict", Locale::Fr) => "Stricte".to_owned(),
        (other, _) => other.to_owned(),
    }
}

/// Said when the pasted text holds several policies.
pub fn several(count: usize, locale: Locale) -> String {
    match locale {
        Locale::En => format!("The pasted text holds {count} policies: choose the one to load."),
        Locale::Fr => {
            format!("Le texte collé contient {count} stratégies : choisissez celle à charger.")
        }
    }
}

/// The button that loads one of several pasted policies (named, or by its place).
pub fn load_one(name: Option<&str>, position: usize, locale: Locale) -> String {
    match (name, locale) {
        (Some(name), Locale::En) => format!("Load “{name}”"),
        (Some(name), Locale::Fr) => format!("Charger « {name} »"),
        (None, Locale::En) => format!("Load policy {position}"),
        (None, Locale::Fr) => format!("Charger la stratégie {position}"),
    }
}

/// Said when a named pasted policy was loaded.
pub fn loaded_named(name: &str, locale: Locale) -> String {
    match locale {
        Locale::En => format!(
            "Loaded “{name}”: the fields above show it, completed with the Exchange defaults."
        ),
        Locale::Fr => format!(
            "« {name} » est chargée : les champs ci-dessus la montrent, complétée par les valeurs par défaut d’Exchange."
        ),
    }
}

/// Said when the picked pasted policy was refused.
pub fn refused_one(position: usize, locale: Locale) -> String {
    match locale {
        Locale::En => format!("Policy {position} cannot be loaded:"),
        Locale::Fr => format!("La stratégie {position} ne peut pas être chargée :"),
    }
}

#[cfg(test)]
mod tests {
    use pinwarden::PRESET_NAMES;

    use super::*;

    #[test]
    fn every_preset_of_the_core_has_a_name_in_every_locale() {
        for preset in PRESET_NAMES {
            for locale in Locale::ALL {
                let name = preset_name(preset, locale);
                assert!(
                    name != preset && name.starts_with(char::is_uppercase),
                    "{preset} in {locale:?}: {name}"
                );
            }
        }
    }
}
