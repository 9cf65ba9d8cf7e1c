//! SPEC §2.2: the common patterns Exchange refuses (`sequential`, `repeated`,
//! `extensionSuffix`), checked on a non-empty, all-digit PIN of any length.

use crate::code::{Code, CodeSet};
use crate::{Context, Extension};

/// The step shared by every pair of neighbouring digits (mod 10), if there is one and
/// the PIN has at least two digits: 1 for 1234 and 8901, 9 for 4321, 0 for 1111, 2 for 1357.
pub(crate) fn constant_step(digits: &[u8]) -> Option<u8> {
    let step = |pair: &[u8]| (pair[1] + 10 - pair[0]) % 10;
    let mut pairs = digits.windows(2);
    let first = step(pairs.next()?);
    pairs.all(|pair| step(pair) == first).then_some(first)
}

/// `sequential`: every next digit is the previous +1, or every next digit is the previous
/// −1 (mod 10).
pub(crate) fn is_sequential(digits: &[u8]) -> bool {
    matches!(constant_step(digits), Some(1 | 9))
}

/// `repeated`: two or more digits, all the same.
pub(crate) fn is_repeated(digits: &[u8]) -> bool {
    constant_step(digits) == Some(0)
}

/// `extensionSuffix`: one of the extensions ends with the PIN.
pub(crate) fn is_extension_suffix(digits: &[u8], extensions: &[Extension]) -> bool {
    extensions
        .iter()
        .any(|extension| extension.digits().as_bytes().ends_with(digits))
}

/// Adds the §2.2 codes `digits` (non-empty, all ASCII digits) breaks.
pub(crate) fn check(digits: &[u8], context: &Context<'_>, found: &mut CodeSet) {
    if is_sequential(digits) {
        found.insert(Code::Sequential);
    }
    if is_repeated(digits) {
        found.insert(Code::Repeated);
    }
    if is_extension_suffix(digits, context.extensions()) {
        found.insert(Code::ExtensionSuffix);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sequential_spec_examples() {
        for pin in [
            "1234",
            "65432",
            "7890",
            "8901",
            "0987",
            "2109",
            "0123456789",
            "12",
            "90",
        ] {
            assert!(is_sequential(pin.as_bytes()), "{pin}");
        }
        for pin in ["1235", "1357", "1212", "1", "1111"] {
            assert!(!is_sequential(pin.as_bytes()), "{pin}");
        }
    }

    #[test]
    fn repeated_spec_examples() {
        for pin in ["11111", "22222", "0000", "99"] {
            assert!(is_repeated(pin.as_bytes()), "{pin}");
        }
        for pin in ["1110", "1011", "7"] {
            assert!(!is_repeated(pin.as_bytes()), "{pin}");
        }
    }

    #[test]
    fn extension_suffix_spec_examples() {
        let ext: Vec<Extension> = ["36697", "+1 425 555 0123", "n/a"]
            .iter()
            .filter_map(|n| Extension::new(n))
            .collect();
        assert_eq!(ext.len(), 2, "a number with no digit is skipped");
        for pin in ["6697", "36697", "697", "5550123"] {
            assert!(is_extension_suffix(pin.as_bytes(), &ext), "{pin}");
        }
        for pin in ["3669", "66970", "366970"] {
            assert!(!is_extension_suffix(pin.as_bytes(), &ext), "{pin}");
        }
    }
}
