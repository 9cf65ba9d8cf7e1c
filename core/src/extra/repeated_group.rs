//! `repeatedGroup`: a block of two or more digits written two or more times.

pub(super) fn refuses(digits: &[u8]) -> bool {
    let len = digits.len();
    (2..=len / 2).any(|block| len.is_multiple_of(block) && digits[block..] == digits[..len - block])
}

#[cfg(test)]
mod tests {
    use super::refuses;

    #[test]
    fn spec_examples() {
        for pin in ["1212", "123123", "408408", "12341234", "121212"] {
            assert!(refuses(pin.as_bytes()), "{pin}");
        }
        for pin in ["12312", "1213", "12", "123124"] {
            assert!(!refuses(pin.as_bytes()), "{pin}");
        }
    }
}
