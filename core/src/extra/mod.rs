//! SPEC §2.3: the opt-in checks, one small module each, and the set a policy asks for.

mod arithmetic;
mod common_pin;
mod date;
mod extension;
mod few_distinct;
mod keypad;
mod palindrome;
mod repeated_group;

use crate::Context;
use crate::code::{Code, CodeSet};

pub use common_pin::COMMON_PINS;
pub(crate) use extension::CONTAINED_DIGITS;

/// One opt-in check of SPEC §2.3. Each also requires `allowCommonPatterns` false.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[repr(u8)]
pub enum ExtraCheck {
    /// `arithmetic`: three or more digits with one constant step other than 0 and ±1 (1357).
    Arithmetic,
    /// `repeatedGroup`: a block of two or more digits written two or more times (1212).
    RepeatedGroup,
    /// `fewDistinct`: four or more digits using at most two distinct digits (1122).
    FewDistinct,
    /// `palindrome`: four or more digits that read the same backwards (1221).
    Palindrome,
    /// `date`: a plausible year (1940–2039) or a real calendar date (3112, 19840625).
    Date,
    /// `keypadPattern`: a line or a common shape on a phone keypad (2580, 1397).
    KeypadPattern,
    /// `containsExtension`: contains the last four digits of an extension.
    ContainsExtension,
    /// `reversedExtension`: the end of an extension written backwards.
    ReversedExtension,
    /// `commonPin`: one of the most chosen PINs ([`COMMON_PINS`]).
    CommonPin,
}

impl ExtraCheck {
    /// Every extra check, in SPEC order.
    pub const ALL: [ExtraCheck; 9] = [
        ExtraCheck::Arithmetic,
        ExtraCheck::RepeatedGroup,
        ExtraCheck::FewDistinct,
        ExtraCheck::Palindrome,
        ExtraCheck::Date,
        ExtraCheck::KeypadPattern,
        ExtraCheck::ContainsExtension,
        ExtraCheck::ReversedExtension,
        ExtraCheck::CommonPin,
    ];

    /// The violation code this check reports; its name in `extraChecks` is the same.
    pub const fn code(self) -> Code {
        match self {
            ExtraCheck::Arithmetic => Code::Arithmetic,
            ExtraCheck::RepeatedGroup => Code::RepeatedGroup,
            ExtraCheck::FewDistinct => Code::FewDistinct,
            ExtraCheck::Palindrome => Code::Palindrome,
            ExtraCheck::Date => Code::Date,
            ExtraCheck::KeypadPattern => Code::KeypadPattern,
            ExtraCheck::ContainsExtension => Code::ContainsExtension,
            ExtraCheck::ReversedExtension => Code::ReversedExtension,
            ExtraCheck::CommonPin => Code::CommonPin,
        }
    }

    /// The name used in `extraChecks`.
    pub const fn name(self) -> &'static str {
        self.code().as_str()
    }

    /// The check with this name.
    pub fn from_name(name: &str) -> Option<ExtraCheck> {
        ExtraCheck::ALL
            .into_iter()
            .find(|check| check.name() == name)
    }

    /// Whether an all-digit PIN fails this check.
    pub fn refuses(self, digits: &[u8], context: &Context<'_>) -> bool {
        match self {
            ExtraCheck::Arithmetic => arithmetic::refuses(digits),
            ExtraCheck::RepeatedGroup => repeated_group::refuses(digits),
            ExtraCheck::FewDistinct => few_distinct::refuses(digits),
            ExtraCheck::Palindrome => palindrome::refuses(digits),
            ExtraCheck::Date => date::refuses(digits),
            ExtraCheck::KeypadPattern => keypad::refuses(digits),
            ExtraCheck::ContainsExtension => {
                extension::contains_extension(digits, context.extensions())
            }
            ExtraCheck::ReversedExtension => {
                extension::reversed_extension(digits, context.extensions())
            }
            ExtraCheck::CommonPin => common_pin::refuses(digits),
        }
    }
}

impl std::fmt::Display for ExtraCheck {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.name())
    }
}

/// The extra checks a policy asks for, each with the PIN lengths it applies to.
///
/// A check named in `extraChecks` applies at every length; the `strict` preset scopes
/// some checks to the lengths where they fit the budget of SPEC §2.4 (see the README).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub(crate) struct ExtraChecks {
    /// Per check (indexed by `ExtraCheck as usize`), a bit per length: bit `n` for `n`
    /// digits (1–24; longer PINs, already `tooLong`, count as 24). 0: the check is off.
    lengths: [u32; ExtraCheck::ALL.len()],
}

/// Every length a PIN can have (bits 1 to 24).
pub(crate) const ALL_LENGTHS: u32 = lengths_from(1);

/// The lengths from `min` to 24 digits.
const fn lengths_from(min: u32) -> u32 {
    (1 << (MAX_DIGITS + 1)) - (1 << min)
}

/// The longest PIN a policy allows; longer PINs count as this long for the length scopes.
pub(crate) const MAX_DIGITS: u32 = 24;

impl ExtraChecks {
    pub(crate) const NONE: ExtraChecks = ExtraChecks {
        lengths: [0; ExtraCheck::ALL.len()],
    };

    /// `strict`: every check, with `date` for 4- and 8-digit PINs only and `fewDistinct`
    /// from 5 digits on. See the README section "The strict preset" for the measurements.
    pub(crate) const STRICT: ExtraChecks = ExtraChecks {
        lengths: {
            let mut lengths = [ALL_LENGTHS; ExtraCheck::ALL.len()];
            lengths[ExtraCheck::Date as usize] = 1 << 4 | 1 << 8;
            lengths[ExtraCheck::FewDistinct as usize] = lengths_from(5);
            lengths
        },
    };

    pub(crate) fn insert(&mut self, check: ExtraCheck, lengths: u32) {
        self.lengths[check as usize] |= lengths;
    }

    pub(crate) fn contains(&self, check: ExtraCheck) -> bool {
        self.lengths[check as usize] != 0
    }

    /// The lengths a check applies to, in increasing order; `None` when it applies to all.
    pub(crate) fn lengths(&self, check: ExtraCheck) -> Option<impl Iterator<Item = usize> + use<>> {
        let mask = self.lengths[check as usize];
        (mask != ALL_LENGTHS)
            .then(|| (1..=MAX_DIGITS as usize).filter(move |length| mask & 1 << length != 0))
    }

    /// Whether `check` is in force for PINs of `length` digits.
    pub(crate) fn applies(&self, check: ExtraCheck, length: usize) -> bool {
        self.lengths[check as usize] & 1 << length.min(MAX_DIGITS as usize) != 0
    }

    /// The length bit set of some lengths; `None` if one is not 1–24.
    pub(crate) fn mask_of(lengths: impl IntoIterator<Item = usize>) -> Option<u32> {
        lengths.into_iter().try_fold(0u32, |mask, length| {
            (1..=MAX_DIGITS as usize)
                .contains(&length)
                .then_some(mask | 1 << length)
        })
    }

    pub(crate) fn iter(&self) -> impl Iterator<Item = ExtraCheck> + '_ {
        ExtraCheck::ALL
            .into_iter()
            .filter(|check| self.contains(*check))
    }

    /// Adds the code of every check in force at this length that refuses `digits`.
    pub(crate) fn check(&self, digits: &[u8], context: &Context<'_>, found: &mut CodeSet) {
        for check in ExtraCheck::ALL {
            if self.applies(check, digits.len()) && check.refuses(digits, context) {
                found.insert(check.code());
            }
        }
    }
}

impl FromIterator<ExtraCheck> for ExtraChecks {
    fn from_iter<I: IntoIterator<Item = ExtraCheck>>(checks: I) -> Self {
        let mut set = ExtraChecks::NONE;
        for check in checks {
            set.insert(check, ALL_LENGTHS);
        }
        set
    }
}

/// Digits as numbers (`b'7'` → 7).
fn value(digit: u8) -> u8 {
    digit - b'0'
}

/// Two ASCII digits as a number (`b"07"` → 7).
fn two_digit(pair: &[u8]) -> u16 {
    u16::from(value(pair[0])) * 10 + u16::from(value(pair[1]))
}
