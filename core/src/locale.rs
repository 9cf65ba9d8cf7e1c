//! The languages pinwarden speaks (SPEC §5).

/// A language for messages. English is the default.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Locale {
    /// English (`en`).
    #[default]
    En,
    /// French (`fr`).
    Fr,
}

impl Locale {
    /// Every supported locale.
    pub const ALL: [Locale; 2] = [Locale::En, Locale::Fr];

    /// The language tag: `"en"` or `"fr"`.
    pub const fn tag(self) -> &'static str {
        match self {
            Locale::En => "en",
            Locale::Fr => "fr",
        }
    }

    /// The locale of a BCP 47 language tag, by its language: `"fr"`, `"fr-CA"` and
    /// `"FR"` are French. `None` for a language pinwarden does not speak.
    ///
    /// ```
    /// use pinwarden::Locale;
    /// assert_eq!(Locale::from_tag("fr-CA"), Some(Locale::Fr));
    /// assert_eq!(Locale::from_tag("de"), None);
    /// ```
    pub fn from_tag(tag: &str) -> Option<Locale> {
        let language = tag.split(['-', '_']).next().unwrap_or_default();
        Locale::ALL
            .into_iter()
            .find(|locale| language.eq_ignore_ascii_case(locale.tag()))
    }
}

impl std::fmt::Display for Locale {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.tag())
    }
}

/// `"a, b or c"`: the words of a list, the last two joined by `or` (a word of the locale).
pub(crate) fn one_of(words: &[&str], or: &str) -> String {
    match words {
        [] => String::new(),
        [only] => (*only).to_owned(),
        [rest @ .., last] => format!("{} {or} {last}", comma_separated(rest)),
    }
}

/// `"a, b, c"`: the words separated by commas. (A loop: the standard library's
/// `[&str]::join` costs the `pinwarden/checks` wasm a kilobyte.)
pub(crate) fn comma_separated(words: &[&str]) -> String {
    let mut text = String::new();
    for (index, word) in words.iter().enumerate() {
        if index > 0 {
            text.push_str(", ");
        }
        text.push_str(word);
    }
    text
}

/// A language tag that names no supported language.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("unsupported locale {tag}; expected {}", one_of(&Locale::ALL.map(Locale::tag), "or"))]
pub struct UnsupportedLocale {
    /// The tag given, quoted and shortened.
    pub tag: String,
}

impl std::str::FromStr for Locale {
    type Err = UnsupportedLocale;
    /// Same as [`Locale::from_tag`], with an error for other languages.
    fn from_str(tag: &str) -> Result<Self, Self::Err> {
        Locale::from_tag(tag).ok_or_else(|| UnsupportedLocale {
            tag: crate::policy::describe_str(tag),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_unsupported_locale_names_every_supported_one() {
        let error = "de".parse::<Locale>().unwrap_err();
        assert_eq!(
            error.to_string(),
            "unsupported locale \"de\"; expected en or fr"
        );
        assert_eq!(one_of(&["a", "b", "c"], "ou"), "a, b ou c");
        assert_eq!(one_of(&["a"], "or"), "a");
    }
}
