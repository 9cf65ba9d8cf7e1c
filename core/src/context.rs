//! What a check knows about the person: their extensions and their previous PINs.

use subtle::ConstantTimeEq;

/// One of the person's telephone numbers, reduced to its ASCII digits
/// (`"+1 425 555 0123"` becomes `14255550123`).
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Extension {
    digits: Box<str>,
}

impl Extension {
    /// Keeps the ASCII digits of `number`; `None` when no digit is left (SPEC §2.2 skips
    /// such an extension).
    ///
    /// ```
    /// use pinwarden::Extension;
    /// assert_eq!(Extension::new("+1 425 555 0123").unwrap().digits(), "14255550123");
    /// assert!(Extension::new("ext. n/a").is_none());
    /// ```
    pub fn new(number: &str) -> Option<Extension> {
        let digits: String = number.chars().filter(char::is_ascii_digit).collect();
        (!digits.is_empty()).then(|| Extension {
            digits: digits.into_boxed_str(),
        })
    }

    /// The digits of the number.
    pub fn digits(&self) -> &str {
        &self.digits
    }
}

/// Previous PINs a new PIN must differ from (SPEC §2.1 `recycled`).
///
/// Implemented for plain lists of PINs (compared in constant time) and by the hashed
/// history of SPEC §4.
pub trait PreviousPins: Sync {
    /// Whether `pin` is one of the previous PINs.
    fn contains_pin(&self, pin: &str) -> bool;
}

/// Whether `pin` is in `previous`, looking at every entry whatever matches, so that the
/// time taken does not tell which one did.
fn contains_in_constant_time<S: AsRef<str>>(previous: &[S], pin: &str) -> bool {
    previous
        .iter()
        .fold(subtle::Choice::from(0), |found, entry| {
            found | entry.as_ref().as_bytes().ct_eq(pin.as_bytes())
        })
        .into()
}

impl<S: AsRef<str> + Sync> PreviousPins for Vec<S> {
    fn contains_pin(&self, pin: &str) -> bool {
        contains_in_constant_time(self, pin)
    }
}

impl<S: AsRef<str> + Sync, const N: usize> PreviousPins for [S; N] {
    fn contains_pin(&self, pin: &str) -> bool {
        contains_in_constant_time(self, pin)
    }
}

/// The context of a check (SPEC §2): the person's extensions and previous PINs.
///
/// Build it once per person and reuse it: extensions are reduced to digits here, so that
/// each check stays cheap.
///
/// ```
/// use pinwarden::{Context, Policy, validate_pin};
///
/// let previous = ["482915"];
/// let context = Context::new().with_extension("36697").with_history(&previous);
/// let report = validate_pin("482915", &Policy::EXCHANGE, &context);
/// assert_eq!(report.codes().map(|code| code.as_str()).collect::<Vec<_>>(), ["recycled"]);
/// ```
#[derive(Clone, Default)]
pub struct Context<'h> {
    extensions: Vec<Extension>,
    history: Option<&'h dyn PreviousPins>,
}

impl<'h> Context<'h> {
    /// No extensions, no history.
    pub fn new() -> Context<'h> {
        Context::default()
    }

    /// Adds one of the person's numbers (skipped when it has no digit, see [`Extension::new`]).
    #[must_use]
    pub fn with_extension(mut self, number: &str) -> Context<'h> {
        self.extensions.extend(Extension::new(number));
        self
    }

    /// Adds several of the person's numbers.
    #[must_use]
    pub fn with_extensions<I, S>(mut self, numbers: I) -> Context<'h>
    where
        I: IntoIterator<Item = S>,
        S: AsRef<str>,
    {
        self.extensions.extend(
            numbers
                .into_iter()
                .filter_map(|number| Extension::new(number.as_ref())),
        );
        self
    }

    /// Checks `recycled` against these previous PINs.
    #[must_use]
    pub fn with_history(mut self, history: &'h dyn PreviousPins) -> Context<'h> {
        self.history = Some(history);
        self
    }

    /// The same extensions, with no history.
    #[must_use]
    pub fn without_history(&self) -> Context<'h> {
        Context {
            extensions: self.extensions.clone(),
            history: None,
        }
    }

    /// The extensions to check against (those with at least one digit).
    pub fn extensions(&self) -> &[Extension] {
        &self.extensions
    }

    /// The previous PINs, if any.
    pub fn history(&self) -> Option<&'h dyn PreviousPins> {
        self.history
    }
}

impl std::fmt::Debug for Context<'_> {
    /// Shows the extensions; never the previous PINs.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Context")
            .field("extensions", &self.extensions)
            .field("history", &self.history.map(|_| "<previous PINs>"))
            .finish()
    }
}
