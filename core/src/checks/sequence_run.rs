//! `sequenceRun` (§2.3, Webex Calling's "contiguous sequence", Android's
//! `maxLengthSequence`): more than `max` digits in a row anywhere in the PIN, each the
//! previous +1, or each the previous −1 (not mod 10: 9 then 0 ends a run).

use super::{Check, Examples, MaxRange, Needs, Shape, longest_run};
use crate::{Context, Locale};

pub(crate) struct SequenceRun;

/// `max`: 2–10 digits in a row, 3 when the policy gives none.
const RANGE: MaxRange = MaxRange {
    min: 2,
    max: 10,
    default: 3,
};

impl Check for SequenceRun {
    const NAME: &'static str = "sequenceRun";
    const NEEDS: Needs = Needs::Nothing;
    const SHAPE: Shape = Shape::UpwardClosed;
    const EXAMPLES: Examples = Examples {
        refused: &["901234", "598765"],
        accepted: &["123905"],
        ..Examples::NONE
    };
    const MAX: Option<MaxRange> = Some(RANGE);

    fn refuses(digits: &[u8], context: &Context<'_>) -> bool {
        Self::refuses_with(digits, context, RANGE.default)
    }

    fn refuses_with(digits: &[u8], _: &Context<'_>, max: u8) -> bool {
        let up = longest_run(digits, 1);
        let down = longest_run(digits, u8::MAX);
        up.max(down) > usize::from(max)
    }

    fn message(locale: Locale) -> String {
        Self::message_with(locale, RANGE.default)
    }

    fn message_with(locale: Locale, max: u8) -> String {
        match locale {
            Locale::En => format!("Don’t put more than {max} digits in a row going up or down."),
            Locale::Fr => format!(
                "Ne mettez pas plus de {max} chiffres à la suite en montant ou en descendant."
            ),
        }
    }

    fn label(locale: Locale) -> String {
        Self::label_with(locale, RANGE.default)
    }

    fn label_with(locale: Locale, max: u8) -> String {
        match locale {
            Locale::En => format!("At most {max} digits in a row going up or down"),
            Locale::Fr => format!("Au plus {max} chiffres à la suite en montant ou en descendant"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn refused(pin: &str, max: u8) -> bool {
        SequenceRun::refuses_with(pin.as_bytes(), &Context::new(), max)
    }

    #[test]
    fn runs_up_or_down_anywhere_longer_than_max() {
        assert!(refused("41234", 3) && refused("87654", 3) && refused("0123456789", 9));
        assert!(!refused("4123", 3) && !refused("9765", 3) && refused("8765", 3));
        assert!(!refused("123", 3) && !refused("0123456789", 10) && !refused("1243", 2));
        assert!(!refused("8901", 3), "not mod 10: 9 then 0 ends the run");
        assert!(refused("5123", 2) && !refused("5124", 2) && !refused("1242", 2));
        assert!(!refused("1357", 2), "steps of two are no run");
    }
}
