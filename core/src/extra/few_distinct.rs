//! `fewDistinct`: four or more digits using at most two distinct digits.

pub(super) fn refuses(digits: &[u8]) -> bool {
    digits.len() >= 4 && {
        let seen = digits
            .iter()
            .fold(0u16, |seen, digit| seen | 1 << (digit - b'0'));
        seen.count_ones() <= 2
    }
}

#[cfg(test)]
mod tests {
    use super::refuses;

    #[test]
    fn spec_examples() {
        for pin in ["1122", "1211", "121121", "0000"] {
            assert!(refuses(pin.as_bytes()), "{pin}");
        }
        for pin in ["1123", "112", "123456"] {
            assert!(!refuses(pin.as_bytes()), "{pin}");
        }
    }
}
