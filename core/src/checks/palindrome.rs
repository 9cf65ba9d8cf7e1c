//! `palindrome` (§2.3): four or more digits that read the same backwards.

use super::{Check, Examples, Needs};
use crate::{Context, Locale};

pub(crate) struct Palindrome;

impl Check for Palindrome {
    const NAME: &'static str = "palindrome";
    const NEEDS: Needs = Needs::Nothing;
    const EXAMPLES: Examples = Examples {
        refused: &["1221", "123321", "12321"],
        accepted: &["1231"],
        ..Examples::NONE
    };

    fn refuses(digits: &[u8], _: &Context<'_>) -> bool {
        digits.len() >= 4 && digits.iter().eq(digits.iter().rev())
    }

    fn message(locale: Locale) -> String {
        match locale {
            Locale::En => "Don’t use digits that read the same backwards, as in 1221.",
            Locale::Fr => {
                "N’utilisez pas des chiffres qui se lisent de la même façon à l’envers, comme 1221."
            }
        }
        .into()
    }

    fn label(locale: Locale) -> String {
        match locale {
            Locale::En => "Not the same backwards, like 1221",
            Locale::Fr => "Pas identique à l’envers, comme 1221",
        }
        .into()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::checks::refused_by;

    #[test]
    fn three_digits_are_too_short() {
        assert!(!refused_by::<Palindrome>("121") && !refused_by::<Palindrome>("123421"));
    }
}
