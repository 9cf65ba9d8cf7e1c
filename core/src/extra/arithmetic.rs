//! `arithmetic`: three or more digits with one constant step other than 0 and ±1 (mod 10).

use crate::patterns::constant_step;

pub(super) fn refuses(digits: &[u8]) -> bool {
    digits.len() >= 3 && matches!(constant_step(digits), Some(step) if !matches!(step, 0 | 1 | 9))
}

#[cfg(test)]
mod tests {
    use super::refuses;

    #[test]
    fn spec_examples() {
        for pin in ["1357", "2468", "9630", "7036"] {
            assert!(refuses(pin.as_bytes()), "{pin}");
        }
        for pin in ["1358", "1234", "1111", "13", "9876"] {
            assert!(!refuses(pin.as_bytes()), "{pin}");
        }
    }
}
