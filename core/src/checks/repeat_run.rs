//! `repeatRun` (§2.3, Webex Calling's "repeated digits"): the same digit more than `max`
//! times in a row anywhere in the PIN.

use super::{Check, Examples, MaxRange, Needs, Shape, longest_run};
use crate::{Context, Locale};

pub(crate) struct RepeatRun;

/// `max`: 1–6 times in a row, 2 when the policy gives none.
const RANGE: MaxRange = MaxRange {
    min: 1,
    max: 6,
    default: 2,
};

impl Check for RepeatRun {
    const NAME: &'static str = "repeatRun";
    const NEEDS: Needs = Needs::Nothing;
    const SHAPE: Shape = Shape::UpwardClosed;
    const EXAMPLES: Examples = Examples {
        refused: &["400097", "111843"],
        accepted: &["400907"],
        ..Examples::NONE
    };
    const MAX: Option<MaxRange> = Some(RANGE);

    fn refuses(digits: &[u8], context: &Context<'_>) -> bool {
        Self::refuses_with(digits, context, RANGE.default)
    }

    fn refuses_with(digits: &[u8], _: &Context<'_>, max: u8) -> bool {
        longest_run(digits, 0) > usize::from(max)
    }

    fn message(locale: Locale) -> String {
        Self::message_with(locale, RANGE.default)
    }

    fn message_with(locale: Locale, max: u8) -> String {
        match (locale, max) {
            (Locale::En, 1) => "Don’t type the same digit twice in a row.".into(),
            (Locale::En, _) => format!("Don’t type the same digit more than {max} times in a row."),
            (Locale::Fr, 1) => "Ne tapez pas deux fois de suite le même chiffre.".into(),
            (Locale::Fr, _) => {
                format!("Ne tapez pas le même chiffre plus de {max} fois de suite.")
            }
        }
    }

    fn label(locale: Locale) -> String {
        Self::label_with(locale, RANGE.default)
    }

    fn label_with(locale: Locale, max: u8) -> String {
        match (locale, max) {
            (Locale::En, 1) => "No digit twice in a row".into(),
            (Locale::En, _) => format!("No digit more than {max} times in a row"),
            (Locale::Fr, 1) => "Jamais deux fois de suite le même chiffre".into(),
            (Locale::Fr, _) => format!("Un même chiffre au plus {max} fois de suite"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn refused(pin: &str, max: u8) -> bool {
        RepeatRun::refuses_with(pin.as_bytes(), &Context::new(), max)
    }

    #[test]
    fn the_same_digit_more_than_max_times_in_a_row() {
        assert!(refused("1123", 1) && refused("1000", 2) && refused("9999999", 6));
        assert!(!refused("1213", 1) && !refused("100100", 2) && !refused("999999", 6));
    }

    #[test]
    fn once_is_said_without_a_number() {
        assert_eq!(
            RepeatRun::message_with(Locale::En, 1),
            "Don’t type the same digit twice in a row."
        );
        assert!(RepeatRun::label_with(Locale::Fr, 4).contains("au plus 4 fois"));
    }
}
