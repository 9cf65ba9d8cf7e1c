//! `commonPin`: a short list of PINs that published studies of real PIN choice rank among
//! the most chosen. Many also have a shape another check refuses; the list stands alone
//! so that `commonPin` is useful on its own.
//!
//! Sources: the `DataGenetics` analysis of 3.4 million four-digit PINs (2012), Bonneau,
//! Preibusch & Anderson, "A birthday present every eleven wallets?" (FC 2012), and Wang
//! et al., "Understanding Human-chosen PINs" (2017, six-digit PINs of Chinese and English
//! users).

/// The list, each with why people choose it.
pub const COMMON_PINS: &[(&str, &str)] = &[
    // Four digits: the top 20 of the 3.4 million study, and well-known favourites.
    ("1234", "most chosen four-digit PIN"),
    ("1111", "top 20 of 3.4 million PINs"),
    ("0000", "top 20 of 3.4 million PINs; factory default"),
    ("1212", "top 20 of 3.4 million PINs"),
    ("7777", "top 20 of 3.4 million PINs; lucky sevens"),
    (
        "1004",
        "top 20 of 3.4 million PINs; sounds like 'angel' (cheon-sa) in Korean",
    ),
    ("2000", "top 20 of 3.4 million PINs; a year"),
    ("4444", "top 20 of 3.4 million PINs"),
    ("2222", "top 20 of 3.4 million PINs"),
    ("6969", "top 20 of 3.4 million PINs"),
    ("9999", "top 20 of 3.4 million PINs"),
    ("3333", "top 20 of 3.4 million PINs"),
    ("5555", "top 20 of 3.4 million PINs"),
    ("6666", "top 20 of 3.4 million PINs"),
    ("1122", "top 20 of 3.4 million PINs"),
    ("1313", "top 20 of 3.4 million PINs"),
    (
        "8888",
        "top 20 of 3.4 million PINs; lucky in Chinese culture",
    ),
    ("4321", "top 20 of 3.4 million PINs"),
    ("2001", "top 20 of 3.4 million PINs; a year"),
    ("1010", "top 20 of 3.4 million PINs"),
    ("2580", "straight down the middle column of a keypad"),
    ("0852", "straight up the middle column of a keypad"),
    ("5683", "spells LOVE on a keypad"),
    ("0007", "James Bond"),
    ("1986", "a year; years fill much of the study's top 200"),
    ("1357", "every other digit: odd numbers"),
    ("2468", "every other digit: even numbers"),
    ("1379", "the four corners of a keypad"),
    ("1470", "the left column of a keypad, then 0"),
    ("3690", "the right column of a keypad, then 0"),
    ("0123", "the first digits from 0"),
    ("9876", "counting down"),
    ("6789", "counting up to 9"),
    (
        "1314",
        "sounds like 'for a lifetime' (yi sheng yi shi) in Chinese",
    ),
    ("0520", "sounds like 'I love you' (wo ai ni) in Chinese"),
    (
        "2525",
        "a repeated pair, a favourite shape in the 3.4 million study",
    ),
    (
        "1414",
        "a repeated pair, a favourite shape in the 3.4 million study",
    ),
    (
        "1001",
        "a palindrome, a favourite shape in the 3.4 million study",
    ),
    (
        "0101",
        "a repeated pair, a favourite shape in the 3.4 million study",
    ),
    (
        "2112",
        "a palindrome, a favourite shape in the 3.4 million study",
    ),
    // Six digits: most chosen in Wang et al. (2017) and in six-digit leak analyses.
    ("123456", "most chosen six-digit PIN"),
    ("654321", "counting down"),
    ("111111", "one digit six times"),
    ("000000", "factory default"),
    ("123123", "a repeated triple"),
    ("666666", "lucky in Chinese culture ('smooth')"),
    ("888888", "lucky in Chinese culture ('prosper')"),
    ("121212", "a repeated pair"),
    ("112233", "doubled counting"),
    ("123321", "counting up and back"),
    (
        "520131",
        "sounds like 'I love you for a lifetime' in Chinese",
    ),
    ("520520", "sounds like 'I love you' in Chinese, twice"),
    ("131420", "sounds like 'for a lifetime, love' in Chinese"),
    ("147258", "the first two columns of a keypad"),
    ("159753", "both diagonals of a keypad"),
    ("159357", "both diagonals of a keypad"),
    ("147369", "the outer columns of a keypad"),
    ("258369", "the last two columns of a keypad"),
    ("789456", "the bottom rows of a keypad, upwards"),
    ("741852", "the columns of a keypad, upwards"),
    ("963852", "the columns of a keypad, from the right"),
    (
        "168168",
        "sounds like 'prosper all the way' in Chinese, twice",
    ),
    ("518518", "sounds like 'I will prosper' in Chinese, twice"),
    ("123654", "a hook on a keypad"),
    ("101010", "a repeated pair"),
    ("007007", "James Bond, twice"),
    ("696969", "a repeated pair"),
    ("131313", "a repeated pair"),
    ("012345", "counting up from 0"),
    ("098765", "counting down from 0"),
    // Eight digits.
    ("12345678", "counting up"),
    ("87654321", "counting down"),
    ("11223344", "doubled counting"),
    ("12341234", "the most chosen PIN, twice"),
    (
        "52013141",
        "sounds like 'I love you for a lifetime' in Chinese",
    ),
];

pub(super) fn refuses(digits: &[u8]) -> bool {
    static KEYS: std::sync::OnceLock<Vec<u64>> = std::sync::OnceLock::new();
    let keys = KEYS.get_or_init(|| {
        let mut keys: Vec<u64> = COMMON_PINS
            .iter()
            .filter_map(|(pin, _)| key(pin.as_bytes()))
            .collect();
        keys.sort_unstable();
        keys
    });
    key(digits).is_some_and(|key| keys.binary_search(&key).is_ok())
}

/// A PIN of up to 12 digits as one number that keeps its length (so 0007 ≠ 007).
fn key(digits: &[u8]) -> Option<u64> {
    (digits.len() <= 12).then(|| {
        digits.iter().fold(digits.len() as u64, |key, digit| {
            key * 10 + u64::from(digit - b'0')
        })
    })
}

#[cfg(test)]
mod tests {
    use super::{COMMON_PINS, refuses};

    #[test]
    fn spec_examples() {
        for pin in ["1004", "5683", "2580", "0007", "520131", "147258", "159753"] {
            assert!(refuses(pin.as_bytes()), "{pin}");
        }
        assert!(
            !refuses(b"4829") && !refuses(b"007") && !refuses(b"00007"),
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
        let mut pins: Vec<&str> = COMMON_PINS.iter().map(|(pin, _)| *pin).collect();
        for (pin, reason) in COMMON_PINS {
            assert!(
                pin.bytes().all(|b| b.is_ascii_digit()) && pin.len() >= 4,
                "{pin}"
            );
            assert!(!reason.is_empty(), "{pin} needs a reason");
        }
        pins.sort_unstable();
        pins.dedup();
        assert_eq!(pins.len(), COMMON_PINS.len(), "duplicate entries");
    }
}
