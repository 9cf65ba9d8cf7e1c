//! `sequential` (§2.2): two or more digits where every next digit is the previous +1, or
//! every next digit the previous −1 (mod 10).

use super::{Check, Examples, Needs, Shape, constant_step};
use crate::{Context, Locale};

pub(crate) struct Sequential;

impl Check for Sequential {
    const NAME: &'static str = "sequential";
    const NEEDS: Needs = Needs::Nothing;
    const SHAPE: Shape = Shape::PrefixClosedFrom(2);
    const EXAMPLES: Examples = Examples {
        refused: &[
            "1234",
            "65432",
            "7890",
            "8901",
            "0987",
            "2109",
            "0123456789",
        ],
        accepted: &["1235", "1357", "1212"],
        ..Examples::NONE
    };

    fn refuses(digits: &[u8], _: &Context<'_>) -> bool {
        matches!(constant_step(digits), Some(1 | 9))
    }

    fn message(locale: Locale) -> String {
        match locale {
            Locale::En => "Don’t use a run of digits such as 1234 or 9876.",
            Locale::Fr => "N’utilisez pas une suite de chiffres comme 1234 ou 9876.",
        }
        .into()
    }

    fn label(locale: Locale) -> String {
        match locale {
            Locale::En => "No run like 1234 or 9876",
            Locale::Fr => "Pas de suite comme 1234 ou 9876",
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
        assert!(refused_by::<Sequential>("12") && refused_by::<Sequential>("90"));
        assert!(!refused_by::<Sequential>("1") && !refused_by::<Sequential>("1111"));
    }
}
