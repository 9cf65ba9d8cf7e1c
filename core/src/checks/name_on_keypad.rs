//! `nameOnKeypad` (§2.3, Cisco Unity Connection): the PIN is, or contains, one of the
//! person's names spelled on a phone keypad (ABC = 2 … WXYZ = 9, accents dropped): each
//! word of three or more letters, and the whole name without spaces. The spellings are
//! made once, when the name joins the [`Context`] (see [`crate::Name`]).

use super::{Check, Examples, Needs, Shape};
use crate::{Context, Locale};

pub(crate) struct NameOnKeypad;

impl Check for NameOnKeypad {
    const NAME: &'static str = "nameOnKeypad";
    const NEEDS: Needs = Needs::Names;
    const SHAPE: Shape = Shape::UpwardClosed;
    const EXAMPLES: Examples = Examples {
        names: &["Amos Marble"],
        refused: &["2667", "627253", "126672", "26676272"],
        accepted: &["2668", "266"],
        ..Examples::NONE
    };

    fn refuses(digits: &[u8], context: &Context<'_>) -> bool {
        context.names().iter().any(|name| {
            name.spellings().any(|spelling| {
                let spelling = spelling.as_bytes();
                // Never empty (three digits or more); said here, so that `windows` needs no
                // panic in the wasm.
                !spelling.is_empty()
                    && digits.windows(spelling.len()).any(|window| window == spelling)
            })
        })
    }

    fn message(locale: Locale) -> String {
        match locale {
            Locale::En => "Don’t spell your name on the keypad.",
            Locale::Fr => "N’épelez pas votre nom sur le clavier.",
        }
        .into()
    }

    fn label(locale: Locale) -> String {
        match locale {
            Locale::En => "Not your name spelled on the keypad",
            Locale::Fr => "Pas votre nom épelé sur le clavier",
        }
        .into()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn refused(pin: &str, names: &[&str]) -> bool {
        NameOnKeypad::refuses(pin.as_bytes(), &Context::new().with_names(names))
    }

    #[test]
    fn words_of_three_letters_or_more_and_the_whole_name() {
        // "Al" is too short to be looked for alone, but it is in the whole name.
        assert!(!refused("25", &["Al Xu"]));
        assert!(refused("2598", &["Al Xu"]), "ALXU");
        assert!(refused("5326", &["Jean-Luc Picard"]), "JEAN");
        assert!(refused("742273", &["Jean-Luc Picard"]), "PICARD");
        assert!(!refused("74227", &["Jean-Luc Picard"]), "PICAR is no word");
        assert!(refused("53265820", &["Jean-Luc Picard"]), "JEANLUC…");
    }

    #[test]
    fn accents_are_dropped_and_ligatures_written_out() {
        // ZOË = ZOE = 963; LÆTITIA = LAETITIA = 52384842; ŁÓDŹ = LODZ = 5639.
        assert!(refused("963", &["Zoë"]));
        assert!(refused("963", &["Zoe\u{308}"]), "decomposed accents are dropped too");
        assert!(refused("52384842", &["Lætitia"]));
        assert!(!refused("5284842", &["Lætitia"]), "Æ is two letters");
        assert!(refused("5639", &["Łódź Sonia"]));
        assert!(refused("76642", &["Łódź Sonia"]));
    }

    #[test]
    fn names_the_keypad_cannot_spell_add_nothing() {
        assert!(Context::new().with_name("Алексей").names().is_empty());
        assert!(Context::new().with_name("  ").names().is_empty());
        assert!(!refused("2539", &["Алексей"]));
    }
}
