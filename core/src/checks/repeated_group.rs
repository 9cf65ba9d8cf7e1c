//! `repeatedGroup` (§2.3): a block of two or more digits written two or more times.

use super::{Check, Examples, Needs};
use crate::{Context, Locale};

pub(crate) struct RepeatedGroup;

impl Check for RepeatedGroup {
    const NAME: &'static str = "repeatedGroup";
    const NEEDS: Needs = Needs::Nothing;
    const EXAMPLES: Examples = Examples {
        refused: &["1212", "123123", "408408", "12341234"],
        accepted: &["12312"],
        ..Examples::NONE
    };

    fn refuses(digits: &[u8], _: &Context<'_>) -> bool {
        let len = digits.len();
        (2..=len / 2)
            .any(|block| len.is_multiple_of(block) && digits.get(block..) == digits.get(..len - block))
    }

    fn message(locale: Locale) -> String {
        match locale {
            Locale::En => "Don’t repeat a group of digits, as in 1212 or 4545.",
            Locale::Fr => "Ne répétez pas un groupe de chiffres, comme 1212 ou 4545.",
        }
        .into()
    }

    fn label(locale: Locale) -> String {
        match locale {
            Locale::En => "No repeated group like 1212",
            Locale::Fr => "Pas de groupe répété comme 1212",
        }
        .into()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::checks::refused_by;

    #[test]
    fn whole_blocks_only() {
        assert!(refused_by::<RepeatedGroup>("121212"));
        let refused = ["1213", "12", "123124"].map(refused_by::<RepeatedGroup>);
        assert_eq!(refused, [false; 3]);
    }
}
