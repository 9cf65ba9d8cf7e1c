//! `fewDistinct` (§2.3): four or more digits using at most two distinct digits.

use super::{Check, Examples, Needs, Shape};
use crate::{Context, Locale};

pub(crate) struct FewDistinct;

impl Check for FewDistinct {
    const NAME: &'static str = "fewDistinct";
    const NEEDS: Needs = Needs::Nothing;
    const SHAPE: Shape = Shape::PrefixClosedFrom(4);
    const EXAMPLES: Examples = Examples {
        refused: &["1122", "1211", "121121"],
        accepted: &["1123"],
        ..Examples::NONE
    };

    fn refuses(digits: &[u8], _: &Context<'_>) -> bool {
        digits.len() >= 4 && {
            let seen = digits
                .iter()
                .fold(0u16, |seen, digit| seen | 1 << (digit - b'0'));
            seen.count_ones() <= 2
        }
    }

    fn message(locale: Locale) -> String {
        match locale {
            Locale::En => "Use more than two different digits.",
            Locale::Fr => "Utilisez plus de deux chiffres différents.",
        }
        .into()
    }

    fn label(locale: Locale) -> String {
        match locale {
            Locale::En => "At least three different digits",
            Locale::Fr => "Au moins trois chiffres différents",
        }
        .into()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::checks::refused_by;

    #[test]
    fn one_digit_counts_and_three_digits_are_too_short() {
        assert!(refused_by::<FewDistinct>("0000"));
        assert!(!refused_by::<FewDistinct>("112") && !refused_by::<FewDistinct>("123456"));
    }
}
