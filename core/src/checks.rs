//! The check registry: every code of SPEC §2, and every pattern check (§2.2, §2.3) as one
//! file of `checks/` that holds its logic, its examples, its messages and checklist labels
//! in every language, and what of the context it reads.
//!
//! The list below is the only place that names them all. From it, [`registry!`] makes
//! [`Code`], [`PatternCode`] and [`ExtraCheck`], their `ALL` lists and every dispatch, as
//! exhaustive matches: a check left out of one of them does not compile. `cargo xtask
//! codegen` writes the lists other languages need from these types.
//!
//! Adding a check: write `checks/<name>.rs` with a unit struct implementing [`Check`], add
//! one line below, run `cargo xtask codegen`. ARCHITECTURE.md walks through it.
//!
//! [`registry!`]: registry

#[macro_use]
mod registry;

use crate::{Context, Locale};

registry! {
    // SPEC §2.1, always checked: `validate_pin` decides them and `messages.rs` words them,
    // with the policy's numbers.
    always {
        /// §2.1: the PIN is empty and the policy requires one.
        Required = "required",
        /// §2.1: a character other than ASCII `0`–`9`.
        NotDigits = "notDigits",
        /// §2.1: fewer digits than `minLength`.
        TooShort = "tooShort",
        /// §2.1: more digits than `maxLength`.
        TooLong = "tooLong",
        /// §2.1: one of the PINs in the history.
        Recycled = "recycled",
    }
    // SPEC §2.2, checked when `allowCommonPatterns` is false.
    common {
        /// §2.2: every digit is the previous one +1, or every digit the previous −1 (mod 10).
        Sequential in sequential,
        /// §2.2: one digit repeated.
        Repeated in repeated,
        /// §2.2: the end of one of the user's extensions.
        ExtensionSuffix in extension_suffix,
    }
    // SPEC §2.3, opt-in through `extraChecks` (and `allowCommonPatterns` false).
    extra {
        /// §2.3: a constant step other than 0 and ±1 (1357).
        Arithmetic in arithmetic,
        /// §2.3: a block of two or more digits written two or more times (1212).
        RepeatedGroup in repeated_group,
        /// §2.3: four or more digits using at most two distinct digits (1122).
        FewDistinct in few_distinct,
        /// §2.3: four or more digits that read the same backwards (1221).
        Palindrome in palindrome,
        /// §2.3: a plausible year (1940–2039) or a real calendar date (3112, 19840625).
        Date in date,
        /// §2.3: a line or a common shape on a phone keypad (2580, 1397).
        KeypadPattern in keypad_pattern,
        /// §2.3: contains the last four digits of an extension.
        ContainsExtension in contains_extension,
        /// §2.3: the end of an extension written backwards.
        ReversedExtension in reversed_extension,
        /// §2.3: one of the most chosen PINs ([`COMMON_PINS`](crate::COMMON_PINS)).
        CommonPin in common_pin,
        /// §2.3: one of the person's names spelled on the keypad (Cisco Unity Connection).
        NameOnKeypad in name_on_keypad,
        /// §2.3: more than `max` digits in a row going up or down by one (Webex Calling).
        SequenceRun in sequence_run,
        /// §2.3: the same digit more than `max` times in a row (Webex Calling).
        RepeatRun in repeat_run,
        /// §2.3: an old PIN read backwards (Webex Calling).
        ReversedHistory in reversed_history,
    }
}

pub use common_pin::COMMON_PINS;

/// One pattern check (SPEC §2.2, §2.3): a unit struct in its own file of `checks/`,
/// listed once in the registry.
pub(crate) trait Check {
    /// The published code, which is also the name in `extraChecks` (camelCase; it never
    /// changes once published).
    const NAME: &'static str;
    /// What of the person's context the check reads; the checklist lists the rule only
    /// when the context has it.
    const NEEDS: Needs;
    /// What the live checklist may know of the rule's shape, to mark it before the PIN is
    /// complete (SPEC §7, monotone marks); [`Shape::Unknown`] when nothing.
    const SHAPE: Shape = Shape::Unknown;
    /// Examples, the SPEC's first; one table-driven test runs them all.
    const EXAMPLES: Examples;
    /// The range and default of the check's parameter `max` (SPEC §2.3), for the checks
    /// that take one.
    const MAX: Option<MaxRange> = None;
    /// Whether the PIN (non-empty, all ASCII digits) breaks the rule, at the default `max`.
    fn refuses(digits: &[u8], context: &Context<'_>) -> bool;
    /// Whether the PIN breaks the rule with the parameter `max` (checks without one
    /// ignore it).
    fn refuses_with(digits: &[u8], context: &Context<'_>, max: u8) -> bool {
        let _ = max;
        Self::refuses(digits, context)
    }
    /// The message of a violation in `locale`; it never shows the PIN, nor more than four
    /// digits in a row.
    fn message(locale: Locale) -> String;
    /// The message with the parameter `max` (checks without one ignore it).
    fn message_with(locale: Locale, max: u8) -> String {
        let _ = max;
        Self::message(locale)
    }
    /// The checklist line in `locale` (SPEC §7), said as what a good PIN has.
    fn label(locale: Locale) -> String;
    /// The checklist line with the parameter `max` (checks without one ignore it).
    fn label_with(locale: Locale, max: u8) -> String {
        let _ = max;
        Self::label(locale)
    }
}

/// What is known of a pattern rule's shape, so that the live checklist can judge a PIN
/// typed so far without trying every continuation (`checklist/lookahead.rs`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Shape {
    /// Nothing: the checklist tries continuations, a few digits deep.
    Unknown,
    /// From this length on, a PIN that keeps the rule cannot break it by growing: every
    /// prefix (this long or longer) of a PIN that breaks it breaks it too (`sequential`
    /// from 2 digits).
    PrefixClosedFrom(usize),
    /// A PIN that breaks the rule breaks it whatever follows (it is *contained* in the PIN).
    UpwardClosed,
    /// The longest PIN the rule can refuse.
    Horizon(usize),
    /// The rule refuses exactly the ends of the person's numbers (read backwards when
    /// `reversed`).
    EndsOfNumbers {
        /// Whether the numbers are read backwards.
        reversed: bool,
    },
}

/// The range and default of a check's parameter `max` (SPEC §2.3).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct MaxRange {
    /// The smallest value.
    pub min: u8,
    /// The largest value.
    pub max: u8,
    /// The value when a policy gives none.
    pub default: u8,
}

impl MaxRange {
    /// Whether `value` is in the range.
    pub const fn accepts(self, value: i64) -> bool {
        value >= self.min as i64 && value <= self.max as i64
    }
}

/// What of the person's context a check reads (SPEC §2).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Needs {
    /// The digits alone.
    Nothing,
    /// The person's extensions and other numbers (`extensions`).
    Extensions,
    /// The person's names (`names`).
    Names,
    /// The person's previous PINs (`history`).
    History,
}

impl Needs {
    /// Every kind of need.
    pub const ALL: [Needs; 4] = [
        Needs::Nothing,
        Needs::Extensions,
        Needs::Names,
        Needs::History,
    ];

    /// The field of the context it reads (camelCase, as in the npm `Context`); `None` for
    /// the digits alone.
    pub const fn context_field(self) -> Option<&'static str> {
        match self {
            Needs::Nothing => None,
            Needs::Extensions => Some("extensions"),
            Needs::Names => Some("names"),
            Needs::History => Some("history"),
        }
    }

    /// Whether `context` gives the check something to look at.
    pub fn met_by(self, context: &Context<'_>) -> bool {
        match self {
            Needs::Nothing => true,
            Needs::Extensions => !context.extensions().is_empty(),
            Needs::Names => !context.names().is_empty(),
            Needs::History => context.history().is_some(),
        }
    }
}

/// Examples of one check, in the context they need: PINs it refuses and PINs it accepts
/// (the SPEC's first). The check runs alone, under a policy that asks for it with
/// `minLength` 0. New kinds of context may add fields.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct Examples {
    /// The person's extensions (`extensions` of the context).
    pub extensions: &'static [&'static str],
    /// The person's names (`names` of the context).
    pub names: &'static [&'static str],
    /// The person's previous PINs (`history` of the context).
    pub history: &'static [&'static str],
    /// PINs the check refuses.
    pub refused: &'static [&'static str],
    /// PINs the check accepts.
    pub accepted: &'static [&'static str],
}

impl Examples {
    /// No context and no PIN; complete it with `..Examples::NONE`.
    pub const NONE: Examples = Examples {
        extensions: &[],
        names: &[],
        history: &[],
        refused: &[],
        accepted: &[],
    };
}

impl PatternCode {
    /// The §2.2 checks, which every policy with `allowCommonPatterns` false applies.
    pub const COMMON: [PatternCode; COMMON_COUNT] = COMMON;
}

impl ExtraCheck {
    /// The check with this name.
    pub fn from_name(name: &str) -> Option<ExtraCheck> {
        ExtraCheck::ALL
            .into_iter()
            .find(|check| check.name() == name)
    }

    /// Whether an all-digit PIN fails this check.
    pub fn refuses(self, digits: &[u8], context: &Context<'_>) -> bool {
        self.code().refuses(digits, context)
    }

    /// The checklist label of this check in `locale` (SPEC §7), at its default `max`.
    pub fn label(self, locale: Locale) -> String {
        self.code().label(locale)
    }

    /// The range and default of the check's parameter `max`, for the checks that take
    /// one (`sequenceRun`, `repeatRun`).
    ///
    /// ```
    /// use pinwarden::ExtraCheck;
    /// assert_eq!(ExtraCheck::SequenceRun.max_range().map(|range| range.default), Some(3));
    /// assert_eq!(ExtraCheck::Date.max_range(), None);
    /// ```
    pub const fn max_range(self) -> Option<MaxRange> {
        self.code().max_range()
    }
}

impl std::fmt::Display for ExtraCheck {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.name())
    }
}

impl std::fmt::Display for PatternCode {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.name())
    }
}

impl From<PatternCode> for crate::Code {
    fn from(pattern: PatternCode) -> Self {
        pattern.code()
    }
}

impl From<ExtraCheck> for crate::Code {
    fn from(check: ExtraCheck) -> Self {
        check.code().code()
    }
}

/// The step shared by every pair of neighbouring digits (mod 10), if there is one and
/// the PIN has at least two digits: 1 for 1234 and 8901, 9 for 4321, 0 for 1111, 2 for 1357.
pub(crate) fn constant_step(digits: &[u8]) -> Option<u8> {
    let step = |pair: &[u8]| match *pair {
        [from, to] => (to + 10 - from) % 10,
        _ => 0,
    };
    let mut pairs = digits.windows(2);
    let first = step(pairs.next()?);
    pairs.all(|pair| step(pair) == first).then_some(first)
}

/// The longest run in `digits` of neighbours each `step` more than the previous, as bytes
/// (not mod 10: 9 then 0 is no step of 1; `1234` has a run of four digits with step 1;
/// step `u8::MAX` is −1, step 0 the same digit). One step rather than a closure: one copy of the loop in the wasm.
pub(crate) fn longest_run(digits: &[u8], step: u8) -> usize {
    let mut longest = usize::from(!digits.is_empty());
    let mut current = longest;
    for pair in digits.windows(2) {
        current = if matches!(*pair, [a, b] if b.wrapping_sub(a) == step) {
            current + 1
        } else {
            1
        };
        longest = longest.max(current);
    }
    longest
}

/// Whether one of the person's numbers (its digits only) passes `test`.
fn any_extension(context: &Context<'_>, test: impl Fn(&[u8]) -> bool) -> bool {
    context
        .extensions()
        .iter()
        .any(|extension| test(extension.digits().as_bytes()))
}

/// Whether the check `C` refuses `pin` in no context (for the checks' own tests).
#[cfg(test)]
fn refused_by<C: Check>(pin: &str) -> bool {
    C::refuses(pin.as_bytes(), &Context::new())
}

/// Digits as numbers (`b'7'` → 7).
fn value(digit: u8) -> u8 {
    digit - b'0'
}

/// Two ASCII digits as a number (`b"07"` → 7); 0 for a slice of another length.
fn two_digit(pair: &[u8]) -> u16 {
    match *pair {
        [tens, units] => u16::from(value(tens)) * 10 + u16::from(value(units)),
        _ => 0,
    }
}

#[cfg(test)]
mod tests;
