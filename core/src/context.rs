//! What a check knows about the person: their extensions, their names and their previous
//! PINs.

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

/// One of the person's names as a phone keypad spells it (SPEC §2.3 `nameOnKeypad`): the
/// keys of each word of three or more letters, and of the whole name without spaces
/// (ABC = 2 … WXYZ = 9, accents dropped).
///
/// ```
/// use pinwarden::Name;
/// let name = Name::new("Amos Marble");
/// assert!(name.spellings().eq(["2667", "627253", "2667627253"]));
/// assert_eq!(Name::new("Zoë Lefèvre-Ångström").spellings().next(), Some("963"));
/// ```
#[derive(Clone, PartialEq, Eq, Hash)]
pub struct Name {
    spellings: Vec<Box<str>>,
}

/// The fewest letters a word of a name has to be looked for.
const NAME_WORD_MIN: usize = 3;

impl Name {
    /// The keypad spellings of `name`. A word with a letter no keypad key carries (a
    /// letter outside the Latin alphabet) is left out; so is the whole name then.
    pub fn new(name: &str) -> Name {
        let mut spellings: Vec<Box<str>> = Vec::new();
        let (mut whole, mut whole_spellable, mut words) = (String::new(), true, 0);
        let (mut word, mut word_spellable) = (String::new(), true);
        // One pass over the letters; a space at the end closes the last word.
        for c in name.chars().chain([' ']) {
            if !separates_words(c) {
                word_spellable &= push_keys(&mut word, c).is_some();
            } else if !word.is_empty() || !word_spellable {
                words += 1;
                if word_spellable && word.len() >= NAME_WORD_MIN {
                    spellings.push(word.as_str().into());
                }
                whole_spellable &= word_spellable;
                whole.push_str(&word);
                word.clear();
                word_spellable = true;
            }
        }
        if words > 1 && whole_spellable && whole.len() >= NAME_WORD_MIN {
            spellings.push(whole.into_boxed_str());
        }
        spellings.dedup();
        Name { spellings }
    }

    /// The digit strings a PIN must not contain, each of three digits or more.
    pub fn spellings(&self) -> impl ExactSizeIterator<Item = &str> + '_ {
        self.spellings.iter().map(AsRef::as_ref)
    }
}

impl std::fmt::Debug for Name {
    /// The number of spellings only: a name is personal data.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Name({} spellings)", self.spellings.len())
    }
}

/// Whether `c` separates the words of a name: ASCII characters other than letters (spaces,
/// hyphens, apostrophes, dots), their common typographic forms, and U+FFFD (what a lone
/// surrogate from JavaScript becomes). Any other character
/// belongs to a word, which the keypad spells only when every letter is Latin. (Not
/// `char::is_alphabetic`: its Unicode tables would cost the wasm kilobytes.)
fn separates_words(c: char) -> bool {
    if c.is_ascii() {
        !c.is_ascii_alphabetic()
    } else {
        matches!(
            c,
            '\u{a0}' | '\u{2010}'
                ..='\u{2015}' | '\u{2018}' | '\u{2019}' | '\u{202f}' | '\u{3000}' | '\u{fffd}'
        )
    }
}

/// Appends the keys of a letter on a phone keypad (ABC = 2 … WXYZ = 9), accents dropped
/// and ligatures written out (`æ` is AE, `ß` is SS); `None` for a letter outside the
/// Latin alphabet.
fn push_keys(keys: &mut String, letter: char) -> Option<()> {
    /// A to Z.
    const ASCII: &[u8; 26] = b"22233344455566677778889999";
    /// U+00C0–U+017F (Latin-1 letters and Latin Extended-A), each the key of its letter
    /// without accents ('.' for the signs × and ÷).
    const LATIN: &[u8; 192] = b"22222222333344443666666.6888898722222222333344443666666.6888898922222222222222333333333333334444444444444444444444445555555555555556666666666666666677777777777777888888888888888888999999999997";
    let ligature = match letter {
        'Æ' | 'æ' => "23",
        'Œ' | 'œ' => "63",
        'ß' => "77",
        'Ĳ' | 'ĳ' => "45",
        _ => "",
    };
    if !ligature.is_empty() {
        keys.push_str(ligature);
        return Some(());
    }
    let code = u32::from(letter);
    let key = match letter {
        'A'..='Z' | 'a'..='z' => {
            *ASCII.get(usize::from(letter.to_ascii_uppercase() as u8 - b'A'))?
        }
        '\u{c0}'..='\u{17f}' => *LATIN.get((code - 0xC0) as usize)?,
        // A combining accent (a name in decomposed form, "Zoe\u{308}"): dropped.
        '\u{300}'..='\u{36f}' => return Some(()),
        _ => return None,
    };
    (key != b'.').then(|| keys.push(char::from(key)))
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
    names: Vec<Name>,
    history: Option<&'h dyn PreviousPins>,
}

impl<'h> Context<'h> {
    /// No extensions, no history.
    pub const fn new() -> Context<'h> {
        Context {
            extensions: Vec::new(),
            names: Vec::new(),
            history: None,
        }
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

    /// Adds one of the person's names, as a directory holds it (`"Amos Marble"`), for
    /// `nameOnKeypad`; a name with no word the keypad can spell adds nothing.
    #[must_use]
    pub fn with_name(mut self, name: &str) -> Context<'h> {
        let name = Name::new(name);
        if !name.spellings.is_empty() {
            self.names.push(name);
        }
        self
    }

    /// Adds several of the person's names.
    #[must_use]
    pub fn with_names<I, S>(self, names: I) -> Context<'h>
    where
        I: IntoIterator<Item = S>,
        S: AsRef<str>,
    {
        names
            .into_iter()
            .fold(self, |context, name| context.with_name(name.as_ref()))
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
            names: self.names.clone(),
            history: None,
        }
    }

    /// The extensions to check against (those with at least one digit).
    pub fn extensions(&self) -> &[Extension] {
        &self.extensions
    }

    /// The person's names, as keypad spellings.
    pub fn names(&self) -> &[Name] {
        &self.names
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
            .field("names", &self.names)
            .field("history", &self.history.map(|_| "<previous PINs>"))
            .finish()
    }
}
