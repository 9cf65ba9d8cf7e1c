//! SPEC §7: what a person types, turned into what a keypad sends. Decimal digits of other
//! scripts (Arabic-Indic, Devanagari, full-width, …) become ASCII 0–9; spaces and dashes
//! that people type to group digits are dropped; anything else is refused, so that the
//! widget can say why.

/// The first code point (zero) of each run of ten decimal digits that is converted.
const ZEROS: &[u32] = &[
    0x0660, // Arabic-Indic
    0x06F0, // Extended Arabic-Indic (Persian, Urdu)
    0x07C0, // NKo
    0x0966, // Devanagari
    0x09E6, // Bengali
    0x0A66, // Gurmukhi
    0x0AE6, // Gujarati
    0x0B66, // Oriya
    0x0BE6, // Tamil
    0x0C66, // Telugu
    0x0CE6, // Kannada
    0x0D66, // Malayalam
    0x0E50, // Thai
    0x0ED0, // Lao
    0x0F20, // Tibetan
    0x1040, // Myanmar
    0x17E0, // Khmer
    0x1810, // Mongolian
    0xFF10, // Full-width
];

/// The result of [`normalize_digits`].
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct Normalized {
    /// The ASCII digits kept, in order.
    pub digits: String,
    /// The characters refused (neither a digit nor a separator), in order, each once.
    pub refused: Vec<char>,
}

/// Converts typed or pasted text to ASCII digits: digits of other scripts become 0–9,
/// spaces, dashes and dots between groups are dropped, and other characters are refused.
///
/// ```
/// use pinwarden::normalize_digits;
///
/// assert_eq!(normalize_digits("٤٨٠١٣٧").digits, "480137");
/// assert_eq!(normalize_digits("４８０ １３７").digits, "480137");
/// let typed = normalize_digits("48a0#");
/// assert_eq!((typed.digits.as_str(), typed.refused), ("480", vec!['a', '#']));
/// ```
pub fn normalize_digits(input: &str) -> Normalized {
    let mut normalized = Normalized::default();
    for c in input.chars() {
        if let Some(digit) = ascii_digit(c) {
            normalized.digits.push(digit);
        } else if !is_separator(c) && !normalized.refused.contains(&c) {
            normalized.refused.push(c);
        }
    }
    normalized
}

/// The ASCII digit for `c`, if `c` is a decimal digit of a script in [`ZEROS`].
fn ascii_digit(c: char) -> Option<char> {
    if c.is_ascii_digit() {
        return Some(c);
    }
    let code = u32::from(c);
    ZEROS
        .iter()
        .find(|&&zero| (zero..zero + 10).contains(&code))
        .and_then(|&zero| char::from_digit(code - zero, 10))
}

/// Characters people put between groups of digits: spaces, dashes, dots.
fn is_separator(c: char) -> bool {
    c.is_whitespace()
        || matches!(
            c,
            '-' | '.' | '\u{2010}'..='\u{2015}' | '\u{2212}' | '\u{30FC}'
        )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_script_converts_all_ten_digits() {
        for &zero in ZEROS {
            let text: String = (0..10).map(|d| char::from_u32(zero + d).unwrap()).collect();
            assert_eq!(normalize_digits(&text).digits, "0123456789", "U+{zero:04X}");
        }
    }

    #[test]
    fn separators_are_dropped_and_others_refused_once() {
        let result = normalize_digits("12-34 56.78\u{00A0}9");
        assert_eq!(result.digits, "123456789");
        assert!(result.refused.is_empty());
        let result = normalize_digits("1a2a3🙂");
        assert_eq!(result.digits, "123");
        assert_eq!(result.refused, vec!['a', '🙂']);
        assert_eq!(
            normalize_digits("²³").refused,
            vec!['²', '³'],
            "superscripts are not decimal digits"
        );
    }
}
