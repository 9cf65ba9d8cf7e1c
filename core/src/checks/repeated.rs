//! `repeated` (§2.2): two or more digits, all the same.

use super::{Check, Examples, Needs, Shape, constant_step};
use crate::{Context, Locale};

pub(crate) struct Repeated;

impl Check for Repeated {
    const NAME: &'static str = "repeated";
    const NEEDS: Needs = Needs::Nothing;
    const SHAPE: Shape = Shape::PrefixClosedFrom(2);
    const EXAMPLES: Examples = Examples {
        refused: &["11111", "22222", "0000"],
        accepted: &["1110", "1011"],
        ..Examples::NONE
    };

    fn refuses(digits: &[u8], _: &Context<'_>) -> bool {
        constant_step(digits) == Some(0)
    }

    fn message(locale: Locale) -> String {
        match locale {
            Locale::En => "Don’t repeat one digit, as in 1111.",
            Locale::Fr => "Ne répétez pas un même chiffre, comme dans 1111.",
        }
        .into()
    }

    fn label(locale: Locale) -> String {
        match locale {
            Locale::En => "No repeated digit like 1111",
            Locale::Fr => "Pas de chiffre répété comme 1111",
        }
        .into()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::checks::refused_by;

    #[test]
    fn two_digits_are_enough_and_one_is_not() {
        assert!(refused_by::<Repeated>("99") && !refused_by::<Repeated>("7"));
    }
}
