//! `containsExtension` and `reversedExtension`: the person's own numbers, hidden a little.

use crate::Extension;

/// How many final digits of an extension `containsExtension` looks for.
pub(crate) const CONTAINED_DIGITS: usize = 4;

/// The PIN contains the last four (or more) digits of an extension.
pub(super) fn contains_extension(digits: &[u8], extensions: &[Extension]) -> bool {
    extensions.iter().any(|extension| {
        let number = extension.digits().as_bytes();
        number.len() >= CONTAINED_DIGITS
            && digits
                .windows(CONTAINED_DIGITS)
                .any(|window| window == &number[number.len() - CONTAINED_DIGITS..])
    })
}

/// The PIN is the end of an extension read backwards (36697 → 79663: 79663, 9663, …).
pub(super) fn reversed_extension(digits: &[u8], extensions: &[Extension]) -> bool {
    extensions.iter().any(|extension| {
        let number = extension.digits().as_bytes();
        // The reversed number ends with the PIN exactly when the number starts with the
        // reversed PIN.
        digits.len() <= number.len() && digits.iter().rev().eq(number[..digits.len()].iter())
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn extensions(numbers: &[&str]) -> Vec<Extension> {
        numbers.iter().filter_map(|n| Extension::new(n)).collect()
    }

    #[test]
    fn contains_extension_spec_examples() {
        let ext = extensions(&["36697"]);
        for pin in ["366970", "136697", "6697", "66971234"] {
            assert!(contains_extension(pin.as_bytes(), &ext), "{pin}");
        }
        for pin in ["3669", "697", "669376"] {
            assert!(!contains_extension(pin.as_bytes(), &ext), "{pin}");
        }
        assert!(
            !contains_extension(b"1234", &extensions(&["234"])),
            "short extensions are skipped"
        );
    }

    #[test]
    fn reversed_extension_spec_examples() {
        let ext = extensions(&["36697"]);
        for pin in ["79663", "9663", "663"] {
            assert!(reversed_extension(pin.as_bytes(), &ext), "{pin}");
        }
        for pin in ["36697", "7966", "979663"] {
            assert!(!reversed_extension(pin.as_bytes(), &ext), "{pin}");
        }
    }
}
