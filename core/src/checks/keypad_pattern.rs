//! `keypadPattern` (§2.3): lines and shapes on the two keypads people type PINs on: a
//! telephone keypad, where 0 sits under 8, and a computer's number pad, where 7 8 9 are on
//! top and the wide 0 sits under 1 and 2:
//!
//! ```text
//! phone      number pad
//! 1 2 3      7 8 9
//! 4 5 6      4 5 6
//! 7 8 9      1 2 3
//!   0        0 0
//! ```
//!
//! Refused: (a) one or more straight lines of at least three keys, one after another, on
//! either keypad (2580, 159, 147258, 159357; 0258 and 620 on the number pad); (b) such a
//! line with 0 added at either end (1470, 3690, 1590, 7530); (c) a four-key loop: a 2×2
//! square, the four corners or the diamond around 5, from any key in either direction
//! (1254, 1397, 2684; the number pad mirrors the phone's rows, so its loops are the same).

use super::{Check, Examples, Needs};
use crate::{Context, Locale};

pub(crate) struct KeypadPattern;

impl Check for KeypadPattern {
    const NAME: &'static str = "keypadPattern";
    const NEEDS: Needs = Needs::Nothing;
    const EXAMPLES: Examples = Examples {
        refused: &[
            "2580", "0852", "1470", "3690", "1590", "7530", "159", "357", "753", "7410", "8520",
            "9630", "0258", "147",
        ],
        accepted: &["2581"],
        ..Examples::NONE
    };

    fn refuses(digits: &[u8], _: &Context<'_>) -> bool {
        refuses(digits)
    }

    fn message(locale: Locale) -> String {
        match locale {
            Locale::En => "Don’t use a line or a shape on the keypad, as in 2580.",
            Locale::Fr => "N’utilisez pas une ligne ou une forme du clavier, comme 2580.",
        }
        .into()
    }

    fn label(locale: Locale) -> String {
        match locale {
            Locale::En => "No keypad line or shape like 2580",
            Locale::Fr => "Pas de ligne ni de forme du clavier comme 2580",
        }
        .into()
    }
}

/// Row and column of each digit's key on one keypad.
type Layout = [(i8, i8); 10];

/// The telephone keypad: 1 2 3 on top, 0 under 8.
const PHONE: Layout = [
    (3, 1),
    (0, 0),
    (0, 1),
    (0, 2),
    (1, 0),
    (1, 1),
    (1, 2),
    (2, 0),
    (2, 1),
    (2, 2),
];

/// The number pad (7 8 9 on top) with its wide 0 seen as the key under 1 …
const NUMBER_PAD_UNDER_1: Layout = [
    (3, 0),
    (2, 0),
    (2, 1),
    (2, 2),
    (1, 0),
    (1, 1),
    (1, 2),
    (0, 0),
    (0, 1),
    (0, 2),
];

/// … and as the key under 2.
const NUMBER_PAD_UNDER_2: Layout = {
    let mut layout = NUMBER_PAD_UNDER_1;
    layout[0] = (3, 1);
    layout
};

/// Every keypad a line is looked for on.
const LAYOUTS: [&Layout; 3] = [&PHONE, &NUMBER_PAD_UNDER_1, &NUMBER_PAD_UNDER_2];

/// The four-key loops, each in one direction.
const LOOPS: [[u8; 4]; 6] = [
    *b"1254", *b"2365", *b"4587", *b"5698", // the 2×2 squares
    *b"1397", // the corners
    *b"2684", // the diamond around 5
];

fn refuses(digits: &[u8]) -> bool {
    // The keypads differ only in where 0 is: without a 0, the phone's lines are all.
    let layouts = if digits.contains(&b'0') { &LAYOUTS[..] } else { &LAYOUTS[..1] };
    layouts.iter().any(|layout| is_lines(digits, layout))
        || is_line_and_zero(digits)
        || is_loop(digits)
}

/// The offset from one key to the next.
fn step(layout: &Layout, from: u8, to: u8) -> (i8, i8) {
    // `% 10` keeps the index in the layout for the compiler (the digits are ASCII digits).
    let key = |digit: u8| layout[usize::from((digit - b'0') % 10)];
    let (a, b) = (key(from), key(to));
    (b.0 - a.0, b.1 - a.1)
}

/// At least three keys in one straight line of neighbouring keys.
fn is_line(keys: &[u8], layout: &Layout) -> bool {
    keys.len() >= 3 && {
        let first = step(layout, keys[0], keys[1]);
        let neighbour = first != (0, 0) && first.0.abs() <= 1 && first.1.abs() <= 1;
        neighbour
            && keys
                .windows(2)
                .all(|pair| matches!(*pair, [from, to] if step(layout, from, to) == first))
    }
}

/// The whole PIN splits into straight lines of at least three keys.
fn is_lines(digits: &[u8], layout: &Layout) -> bool {
    // splits[i % 5]: whether the first i digits split into lines. A line has 3 or 4 keys
    // (the keypad is 4 rows high), so only the last four answers are needed.
    let mut splits = [false; 5];
    splits[0] = true;
    for end in 1..=digits.len() {
        splits[end % 5] =
            (3..=4.min(end)).any(|len| {
                splits[(end - len) % 5]
                    && digits
                        .get(end - len..end)
                        .is_some_and(|keys| is_line(keys, layout))
            });
    }
    !digits.is_empty() && splits[digits.len() % 5]
}

/// A line of keys other than 0, with 0 added before or after it.
fn is_line_and_zero(digits: &[u8]) -> bool {
    let line_without_zero = |line: &[u8]| !line.contains(&b'0') && is_line(line, &PHONE);
    let after_zero = digits.strip_prefix(b"0").is_some_and(line_without_zero);
    let before_zero = digits.strip_suffix(b"0").is_some_and(line_without_zero);
    after_zero || before_zero
}

fn is_loop(digits: &[u8]) -> bool {
    digits.len() == 4
        && LOOPS.iter().any(|cycle| {
            (0..4).any(|start| {
                let forward = (0..4).all(|i| digits[i] == cycle[(start + i) % 4]);
                let backward = (0..4).all(|i| digits[i] == cycle[(start + 4 - i) % 4]);
                forward || backward
            })
        })
}

#[cfg(test)]
mod tests {
    use super::refuses;

    #[test]
    fn lines_shapes_and_non_patterns() {
        for pin in [
            "147258369",
            "159357",
            "1397",
            "7931",
            "2684",
            "4862",
            "1254",
            "5412",
            "0147",
            "852",
            "620",
            "026",
            "0258741",
        ] {
            assert!(refuses(pin.as_bytes()), "{pin}");
        }
        // Not neighbours (1 to 3 jumps over 2), not straight, or too short.
        for pin in [
            "13", "1379", "1593", "2468", "1245", "5", "1111", "1110", "5800", "0085", "6203",
            "0269",
        ] {
            assert!(!refuses(pin.as_bytes()), "{pin}");
        }
    }
}
