//! The stable violation codes (SPEC §2) and a small set of them.

/// A stable violation code. The order of the variants is the order of the SPEC §2 tables,
/// which is the order violations are reported in.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[repr(u8)]
pub enum Code {
    /// §2.1: the PIN is empty and the policy requires one.
    Required,
    /// §2.1: a character other than ASCII `0`–`9`.
    NotDigits,
    /// §2.1: fewer digits than `minLength`.
    TooShort,
    /// §2.1: more digits than `maxLength`.
    TooLong,
    /// §2.1: one of the PINs in the history.
    Recycled,
    /// §2.2: every digit is the previous one +1, or every digit the previous −1 (mod 10).
    Sequential,
    /// §2.2: one digit repeated.
    Repeated,
    /// §2.2: the end of one of the user's extensions.
    ExtensionSuffix,
    /// §2.3: a constant step other than 0 and ±1.
    Arithmetic,
    /// §2.3: a block written two or more times.
    RepeatedGroup,
    /// §2.3: at most two distinct digits.
    FewDistinct,
    /// §2.3: reads the same backwards.
    Palindrome,
    /// §2.3: a year or a calendar date.
    Date,
    /// §2.3: a line or shape on a phone keypad.
    KeypadPattern,
    /// §2.3: contains the last four or more digits of an extension.
    ContainsExtension,
    /// §2.3: the end of a reversed extension.
    ReversedExtension,
    /// §2.3: one of the most chosen PINs.
    CommonPin,
}

impl Code {
    /// Every code, in report order.
    pub const ALL: [Code; 17] = [
        Code::Required,
        Code::NotDigits,
        Code::TooShort,
        Code::TooLong,
        Code::Recycled,
        Code::Sequential,
        Code::Repeated,
        Code::ExtensionSuffix,
        Code::Arithmetic,
        Code::RepeatedGroup,
        Code::FewDistinct,
        Code::Palindrome,
        Code::Date,
        Code::KeypadPattern,
        Code::ContainsExtension,
        Code::ReversedExtension,
        Code::CommonPin,
    ];

    /// The code as published (camelCase); it never changes.
    pub const fn as_str(self) -> &'static str {
        match self {
            Code::Required => "required",
            Code::NotDigits => "notDigits",
            Code::TooShort => "tooShort",
            Code::TooLong => "tooLong",
            Code::Recycled => "recycled",
            Code::Sequential => "sequential",
            Code::Repeated => "repeated",
            Code::ExtensionSuffix => "extensionSuffix",
            Code::Arithmetic => "arithmetic",
            Code::RepeatedGroup => "repeatedGroup",
            Code::FewDistinct => "fewDistinct",
            Code::Palindrome => "palindrome",
            Code::Date => "date",
            Code::KeypadPattern => "keypadPattern",
            Code::ContainsExtension => "containsExtension",
            Code::ReversedExtension => "reversedExtension",
            Code::CommonPin => "commonPin",
        }
    }

    /// The code with this published name.
    pub fn from_name(name: &str) -> Option<Code> {
        Code::ALL.into_iter().find(|code| code.as_str() == name)
    }

    const fn bit(self) -> u32 {
        1 << self as u8
    }
}

impl std::fmt::Display for Code {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for Code {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

/// A set of codes; iterating yields them in report order, each once.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct CodeSet(u32);

impl CodeSet {
    /// The empty set.
    pub const EMPTY: CodeSet = CodeSet(0);

    /// Adds a code.
    pub fn insert(&mut self, code: Code) {
        self.0 |= code.bit();
    }

    /// Whether the code is in the set.
    pub const fn contains(self, code: Code) -> bool {
        self.0 & code.bit() != 0
    }

    /// Whether the set is empty.
    pub const fn is_empty(self) -> bool {
        self.0 == 0
    }

    /// How many codes the set holds.
    pub const fn len(self) -> usize {
        self.0.count_ones() as usize
    }

    /// The codes, in report order.
    pub fn iter(self) -> impl Iterator<Item = Code> {
        Code::ALL
            .into_iter()
            .filter(move |code| self.contains(*code))
    }
}

impl FromIterator<Code> for CodeSet {
    fn from_iter<I: IntoIterator<Item = Code>>(codes: I) -> Self {
        let mut set = CodeSet::EMPTY;
        for code in codes {
            set.insert(code);
        }
        set
    }
}
