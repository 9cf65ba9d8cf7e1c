//! `arithmetic` (§2.3): three or more digits with one constant step other than 0 and ±1
//! (mod 10).

use super::{Check, Examples, Needs, Shape, constant_step};
use crate::{Context, Locale};

pub(crate) struct Arithmetic;

impl Check for Arithmetic {
    const NAME: &'static str = "arithmetic";
    const NEEDS: Needs = Needs::Nothing;
    const SHAPE: Shape = Shape::PrefixClosedFrom(3);
    const EXAMPLES: Examples = Examples {
        refused: &["1357", "2468", "9630", "7036"],
        accepted: &["1358"],
        ..Examples::NONE
    };

    fn refuses(digits: &[u8], _: &Context<'_>) -> bool {
        digits.len() >= 3
            && matches!(constant_step(digits), Some(step) if !matches!(step, 0 | 1 | 9))
    }

    fn message(locale: Locale) -> String {
        match locale {
            Locale::En => "Don’t use digits that go up or down by the same step, as in 1357.",
            Locale::Fr => {
                "N’utilisez pas des chiffres qui montent ou descendent d’un même pas, comme 1357."
            }
        }
        .into()
    }

    fn label(locale: Locale) -> String {
        match locale {
            Locale::En => "No even steps like 1357",
            Locale::Fr => "Pas de pas réguliers comme 1357",
        }
        .into()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::checks::refused_by;

    #[test]
    fn steps_of_zero_and_one_and_short_pins_are_left_to_others() {
        for pin in ["1234", "1111", "13", "9876"] {
            assert!(!refused_by::<Arithmetic>(pin), "{pin}");
        }
    }
}
