//! `commonPin` (§2.3): a short list of PINs that published studies of real PIN choice rank among
//! the most chosen. Many also have a shape another check refuses; the list stands alone
//! so that `commonPin` is useful on its own.
//!
//! Sources: the `DataGenetics` analysis of 3.4 million four-digit PINs (2012), Bonneau,
//! Preibusch & Anderson, "A birthday present every eleven wallets?" (FC 2012), and Wang
//! et al., "Understanding Human-chosen PINs" (2017, six-digit PINs of Chinese and English
//! users).

use super::{Check, Examples, Needs, Shape};
use crate::{Context, Locale};

/// The list, sorted by length and then by digits (so that a look-up is a binary search; a
/// test keeps it sorted). Why people choose each PIN is a comment beside it in the source,
/// not data: a test checks that each has one, and the WebAssembly builds stay smaller.
pub const COMMON_PINS: &[&str] = &[
    // 4 digits.
    "0000", // top 20 of 3.4 million PINs; factory default
    "0007", // James Bond
    "0101", // a repeated pair, a favourite shape in the 3.4 million study
    "0123", // the first digits from 0
    "0520", // sounds like 'I love you' (wo ai ni) in Chinese
    "0852", // straight up the middle column of a keypad
    "1001", // a palindrome, a favourite shape in the 3.4 million study
    "1004", // top 20 of 3.4 million PINs; sounds like 'angel' (cheon-sa) in Korean
    "1010", // top 20 of 3.4 million PINs
    "1111", // top 20 of 3.4 million PINs
    "1122", // top 20 of 3.4 million PINs
    "1212", // top 20 of 3.4 million PINs
    "1234", // most chosen four-digit PIN
    "1313", // top 20 of 3.4 million PINs
    "1314", // sounds like 'for a lifetime' (yi sheng yi shi) in Chinese
    "1357", // every other digit: odd numbers
    "1379", // the four corners of a keypad
    "1414", // a repeated pair, a favourite shape in the 3.4 million study
    "1470", // the left column of a keypad, then 0
    "1986", // a year; years fill much of the study's top 200
    "2000", // top 20 of 3.4 million PINs; a year
    "2001", // top 20 of 3.4 million PINs; a year
    "2112", // a palindrome, a favourite shape in the 3.4 million study
    "2222", // top 20 of 3.4 million PINs
    "2468", // every other digit: even numbers
    "2525", // a repeated pair, a favourite shape in the 3.4 million study
    "2580", // straight down the middle column of a keypad
    "3333", // top 20 of 3.4 million PINs
    "3690", // the right column of a keypad, then 0
    "4321", // top 20 of 3.4 million PINs
    "4444", // top 20 of 3.4 million PINs
    "5555", // top 20 of 3.4 million PINs
    "5683", // spells LOVE on a keypad
    "6666", // top 20 of 3.4 million PINs
    "6789", // counting up to 9
    "6969", // top 20 of 3.4 million PINs
    "7777", // top 20 of 3.4 million PINs; lucky sevens
    "8888", // top 20 of 3.4 million PINs; lucky in Chinese culture
    "9876", // counting down
    "9999", // top 20 of 3.4 million PINs
    // 6 digits.
    "000000", // factory default
    "007007", // James Bond, twice
    "012345", // counting up from 0
    "098765", // counting down from 0
    "101010", // a repeated pair
    "111111", // one digit six times
    "112233", // doubled counting
    "121212", // a repeated pair
    "123123", // a repeated triple
    "123321", // counting up and back
    "123456", // most chosen six-digit PIN
    "123654", // a hook on a keypad
    "131313", // a repeated pair
    "131420", // sounds like 'for a lifetime, love' in Chinese
    "147258", // the first two columns of a keypad
    "147369", // the outer columns of a keypad
    "159357", // both diagonals of a keypad
    "159753", // both diagonals of a keypad
    "168168", // sounds like 'prosper all the way' in Chinese, twice
    "258369", // the last two columns of a keypad
    "518518", // sounds like 'I will prosper' in Chinese, twice
    "520131", // sounds like 'I love you for a lifetime' in Chinese
    "520520", // sounds like 'I love you' in Chinese, twice
    "654321", // counting down
    "666666", // lucky in Chinese culture ('smooth')
    "696969", // a repeated pair
    "741852", // the columns of a keypad, upwards
    "789456", // the bottom rows of a keypad, upwards
    "888888", // lucky in Chinese culture ('prosper')
    "963852", // the columns of a keypad, from the right
    // 8 digits.
    "11223344", // doubled counting
    "12341234", // the most chosen PIN, twice
    "12345678", // counting up
    "52013141", // sounds like 'I love you for a lifetime' in Chinese
    "87654321", // counting down
];

/// The longest PIN of [`COMMON_PINS`]: `commonPin` refuses no longer one.
const fn longest_common_pin() -> usize {
    let mut longest = 0;
    let mut index = 0;
    while index < COMMON_PINS.len() {
        if COMMON_PINS[index].len() > longest {
            longest = COMMON_PINS[index].len();
        }
        index += 1;
    }
    longest
}

pub(crate) struct CommonPin;

impl Check for CommonPin {
    const NAME: &'static str = "commonPin";
    const NEEDS: Needs = Needs::Nothing;
    const SHAPE: Shape = Shape::Horizon(longest_common_pin());
    const EXAMPLES: Examples = Examples {
        refused: &["1004", "5683", "2580", "0007", "520131", "147258", "159753"],
        accepted: &["4829"],
        ..Examples::NONE
    };

    fn refuses(digits: &[u8], _: &Context<'_>) -> bool {
        refuses(digits)
    }

    fn message(locale: Locale) -> String {
        match locale {
            Locale::En => "This PIN is one of the most common: choose a less obvious one.",
            Locale::Fr => "Ce code PIN est l’un des plus courants : choisissez-en un moins évident.",
        }
        .into()
    }

    fn label(locale: Locale) -> String {
        match locale {
            Locale::En => "Not one of the most common PINs",
            Locale::Fr => "Pas l’un des codes PIN les plus courants",
        }
        .into()
    }
}

fn refuses(digits: &[u8]) -> bool {
    digits.len() <= longest_common_pin() && KEYS.binary_search(&key(digits.iter())).is_ok()
}

/// A PIN of at most 17 digits as one number: its length (bits 60 and up), then the value
/// its digits write (`"0007"` and `"007"` differ). Ordered as [`COMMON_PINS`] is: by
/// length, then by digits.
const fn key_of(digits: &[u8]) -> u64 {
    let mut value = 0;
    let mut index = 0;
    while index < digits.len() {
        value = value * 10 + (digits[index] - b'0') as u64;
        index += 1;
    }
    value | (digits.len() as u64) << 60
}

/// [`key_of`] at run time, over the digits of a PIN.
fn key<'a>(digits: impl ExactSizeIterator<Item = &'a u8>) -> u64 {
    let length = digits.len() as u64;
    let value = digits.fold(0, |value, digit| value * 10 + u64::from(digit - b'0'));
    value | length << 60
}

/// [`COMMON_PINS`] as keys, for a binary search of numbers rather than strings.
const KEYS: [u64; COMMON_PINS.len()] = {
    let mut keys = [0; COMMON_PINS.len()];
    let mut index = 0;
    while index < COMMON_PINS.len() {
        keys[index] = key_of(COMMON_PINS[index].as_bytes());
        index += 1;
    }
    keys
};

#[cfg(test)]
mod tests {
    use super::{COMMON_PINS, refuses};

    #[test]
    fn length_counts() {
        assert!(
            !refuses(b"007") && !refuses(b"00007"),
            "length counts"
        );
        assert!(!refuses(b"1234567890123456789012"));
    }

    #[test]
    fn list_is_short_digits_only_explained_and_without_duplicates() {
        assert!(
            COMMON_PINS.len() <= 100,
            "SPEC §2.3 allows at most 100 entries"
        );
        let source = include_str!("common_pin.rs");
        for pin in COMMON_PINS {
            assert!(
                pin.bytes().all(|b| b.is_ascii_digit()) && pin.len() >= 4,
                "{pin}"
            );
            let explained = source.lines().any(|line| {
                line.trim()
                    .strip_prefix(&format!("\"{pin}\", // "))
                    .is_some_and(|reason| !reason.trim().is_empty())
            });
            assert!(explained, "{pin} needs a reason: `\"{pin}\", // why`");
        }
        let sorted = COMMON_PINS
            .windows(2)
            .all(|pair| (pair[0].len(), pair[0]) < (pair[1].len(), pair[1]));
        assert!(
            sorted,
            "the list must stay sorted by length, then digits, without duplicates"
        );
        assert!(
            super::KEYS.windows(2).all(|pair| pair[0] < pair[1]),
            "the keys keep the order of the list"
        );
    }
}
