//! `reversedHistory` (§2.3, Webex Calling's "reversed old PIN"): the PIN read backwards is
//! one of the previous PINs. It costs one more key derivation against a hashed history.

use zeroize::Zeroizing;

use super::{Check, Examples, Needs};
use crate::{Context, Locale};

pub(crate) struct ReversedHistory;

impl Check for ReversedHistory {
    const NAME: &'static str = "reversedHistory";
    const NEEDS: Needs = Needs::History;
    const EXAMPLES: Examples = Examples {
        history: &["480137"],
        refused: &["731084"],
        accepted: &["480137", "731085"],
        ..Examples::NONE
    };

    fn refuses(digits: &[u8], context: &Context<'_>) -> bool {
        let Some(history) = context.history() else {
            return false;
        };
        let reversed: Zeroizing<String> = Zeroizing::new(
            digits
                .iter()
                .rev()
                .map(|&digit| char::from(digit))
                .collect(),
        );
        history.contains_pin(&reversed)
    }

    fn message(locale: Locale) -> String {
        match locale {
            Locale::En => "Don’t use one of your previous PINs backwards.",
            Locale::Fr => "N’utilisez pas l’un de vos anciens codes PIN à l’envers.",
        }
        .into()
    }

    fn label(locale: Locale) -> String {
        match locale {
            Locale::En => "Not an old PIN backwards",
            Locale::Fr => "Pas un ancien code PIN à l’envers",
        }
        .into()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_with_a_history() {
        assert!(!ReversedHistory::refuses(b"731084", &Context::new()));
        let previous = ["480137", "1234"];
        let context = Context::new().with_history(&previous);
        assert!(ReversedHistory::refuses(b"4321", &context));
        assert!(!ReversedHistory::refuses(b"1234", &context), "the same PIN is `recycled`");
    }
}
