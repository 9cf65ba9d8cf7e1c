//! `containsExtension` (§2.3): the PIN contains the last four (or more) digits of one of
//! the person's extensions.

use super::{Check, Examples, Needs, Shape, any_extension};
use crate::{Context, Locale};

/// How many final digits of an extension `containsExtension` looks for.
const CONTAINED_DIGITS: usize = 4;

pub(crate) struct ContainsExtension;

impl Check for ContainsExtension {
    const NAME: &'static str = "containsExtension";
    const NEEDS: Needs = Needs::Extensions;
    const SHAPE: Shape = Shape::UpwardClosed;
    const EXAMPLES: Examples = Examples {
        extensions: &["36697"],
        refused: &["366970", "136697"],
        accepted: &["3669"],
        ..Examples::NONE
    };

    fn refuses(digits: &[u8], context: &Context<'_>) -> bool {
        any_extension(context, |number| {
            let Some(end) = (number.len().checked_sub(CONTAINED_DIGITS)).and_then(|at| number.get(at..))
            else {
                return false;
            };
            digits.windows(CONTAINED_DIGITS).any(|window| window == end)
        })
    }

    fn message(locale: Locale) -> String {
        match locale {
            Locale::En => format!(
                "Don’t include the last {CONTAINED_DIGITS} digits of your phone number or extension."
            ),
            Locale::Fr => format!(
                "N’incluez pas les {CONTAINED_DIGITS} derniers chiffres de votre numéro de téléphone ou de poste."
            ),
        }
    }

    fn label(locale: Locale) -> String {
        match locale {
            Locale::En => {
                format!("Not the last {CONTAINED_DIGITS} digits of your phone number or extension")
            }
            Locale::Fr => format!(
                "Pas les {CONTAINED_DIGITS} derniers chiffres de votre numéro de téléphone ou de poste"
            ),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn anywhere_in_the_pin_and_never_for_short_extensions() {
        let ext = Context::new().with_extension("36697");
        for pin in ["6697", "66971234"] {
            assert!(ContainsExtension::refuses(pin.as_bytes(), &ext), "{pin}");
        }
        for pin in ["697", "669376"] {
            assert!(!ContainsExtension::refuses(pin.as_bytes(), &ext), "{pin}");
        }
        assert!(
            !ContainsExtension::refuses(b"1234", &Context::new().with_extension("234")),
            "short extensions are skipped"
        );
    }
}
