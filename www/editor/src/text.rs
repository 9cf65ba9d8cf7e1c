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
