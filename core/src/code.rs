//! The stable violation codes (SPEC §2; the list itself is the registry's, `checks.rs`)
//! and a small set of them.

pub use crate::checks::Code;

// A `CodeSet` holds one bit per code.
const _: () = assert!(
    Code::ALL.len() <= u32::BITS as usize,
    "CodeSet needs a wider integer"
);

impl Code {
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
