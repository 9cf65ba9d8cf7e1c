//! A PIN held by pinwarden: zeroized when dropped, never shown by `Debug` or `Display`.

use zeroize::Zeroizing;

/// A PIN that pinwarden made (SPEC §3) and hands over once. Its memory is wiped when it is
/// dropped, and `Debug` prints no digit.
///
/// ```
/// use pinwarden::SecretPin;
/// let pin = SecretPin::from_digits("482915".into());
/// assert_eq!(pin.expose(), "482915");
/// assert_eq!(format!("{pin:?}"), "SecretPin(<6 digits>)");
/// ```
#[derive(Clone, PartialEq, Eq)]
pub struct SecretPin(Zeroizing<String>);

/// The wrapped `Zeroizing<String>` wipes the digits when a `SecretPin` is dropped.
impl zeroize::ZeroizeOnDrop for SecretPin {}

impl SecretPin {
    /// Wraps a PIN; the string is wiped when the `SecretPin` is dropped.
    pub fn from_digits(pin: String) -> SecretPin {
        SecretPin(Zeroizing::new(pin))
    }

    /// The digits. Show them once, send them once, and let the `SecretPin` drop.
    pub fn expose(&self) -> &str {
        &self.0
    }
}

impl std::fmt::Debug for SecretPin {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "SecretPin(<{} digits>)", self.0.len())
    }
}
