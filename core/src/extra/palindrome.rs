//! `palindrome`: four or more digits that read the same backwards.

pub(super) fn refuses(digits: &[u8]) -> bool {
    digits.len() >= 4 && digits.iter().eq(digits.iter().rev())
}

#[cfg(test)]
mod tests {
    use super::refuses;

    #[test]
    fn spec_examples() {
        for pin in ["1221", "123321", "12321"] {
            assert!(refuses(pin.as_bytes()), "{pin}");
        }
        for pin in ["1231", "121", "123421"] {
            assert!(!refuses(pin.as_bytes()), "{pin}");
        }
    }
}
