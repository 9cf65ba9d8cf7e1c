//! `reversedExtension` (§2.3): the PIN is the end of one of the person's extensions read
//! backwards (36697 → 79663: 79663, 9663, …).

use super::{Check, Examples, Needs, Shape, any_extension};
use crate::{Context, Locale};

pub(crate) struct ReversedExtension;

impl Check for ReversedExtension {
    const NAME: &'static str = "reversedExtension";
    const NEEDS: Needs = Needs::Extensions;
    const SHAPE: Shape = Shape::EndsOfNumbers { reversed: true };
    const EXAMPLES: Examples = Examples {
        extensions: &["36697"],
        refused: &["79663", "9663"],
        accepted: &["7966"],
        ..Examples::NONE
    };

    fn refuses(digits: &[u8], context: &Context<'_>) -> bool {
        // The reversed number ends with the PIN exactly when the number starts with the
        // reversed PIN.
        any_extension(context, |number| {
            digits.len() <= number.len() && digits.iter().rev().eq(&number[..digits.len()])
        })
    }

    fn message(locale: Locale) -> String {
        match locale {
            Locale::En => "Don’t use your phone number or extension backwards.",
            Locale::Fr => "N’utilisez pas votre numéro de téléphone ou de poste à l’envers.",
        }
        .into()
    }

    fn label(locale: Locale) -> String {
        match locale {
            Locale::En => "Not your phone number or extension backwards",
            Locale::Fr => "Pas votre numéro de téléphone ou de poste à l’envers",
        }
        .into()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn any_end_of_the_reversed_number_and_nothing_longer() {
        let ext = Context::new().with_extension("36697");
        assert!(ReversedExtension::refuses(b"663", &ext));
        for pin in ["36697", "979663"] {
            assert!(!ReversedExtension::refuses(pin.as_bytes(), &ext), "{pin}");
        }
    }
}
