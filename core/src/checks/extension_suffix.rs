//! `extensionSuffix` (§2.2): one of the person's extensions ends with the PIN (equality
//! included). An extension keeps its digits only; one with no digit is skipped.

use super::{Check, Examples, Needs, Shape, any_extension};
use crate::{Context, Locale};

pub(crate) struct ExtensionSuffix;

impl Check for ExtensionSuffix {
    const NAME: &'static str = "extensionSuffix";
    const NEEDS: Needs = Needs::Extensions;
    const SHAPE: Shape = Shape::EndsOfNumbers { reversed: false };
    const EXAMPLES: Examples = Examples {
        extensions: &["36697", "+1 425 555 0123"],
        refused: &["6697", "36697", "697", "5550123"],
        accepted: &["3669", "66970", "366970"],
        ..Examples::NONE
    };

    fn refuses(digits: &[u8], context: &Context<'_>) -> bool {
        any_extension(context, |number| number.ends_with(digits))
    }

    fn message(locale: Locale) -> String {
        match locale {
            Locale::En => "Don’t use the end of your phone number or extension.",
            Locale::Fr => "N’utilisez pas la fin de votre numéro de téléphone ou de poste.",
        }
        .into()
    }

    fn label(locale: Locale) -> String {
        match locale {
            Locale::En => "Not the end of your phone number or extension",
            Locale::Fr => "Pas la fin de votre numéro de téléphone ou de poste",
        }
        .into()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_number_with_no_digit_is_skipped() {
        let context = Context::new().with_extensions(["36697", "+1 425 555 0123", "n/a"]);
        assert_eq!(context.extensions().len(), 2);
        assert!(!ExtensionSuffix::refuses(b"1", &Context::new().with_extension("n/a")));
    }
}
