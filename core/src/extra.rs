//! SPEC §2.3: the set of opt-in checks a policy asks for, each with the PIN lengths it
//! applies to, its parameter `max` and its severity. The checks themselves are in
//! `checks/`.

use crate::code::CodeSet;
use crate::{Context, ExtraCheck};

/// The extra checks a policy asks for, each with the PIN lengths it applies to, its
/// parameter `max` and whether it only warns.
///
/// A check named in `extraChecks` applies at every length; the `strict` preset scopes
/// some checks to the lengths where they fit the budget of SPEC §2.4 (see the README).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub(crate) struct ExtraChecks {
    /// Per check (indexed by `ExtraCheck as usize`), a bit per length: bit `n` for `n`
    /// digits (1–24; longer PINs, already `tooLong`, count as 24). 0: the check is off.
    lengths: [u32; ExtraCheck::ALL.len()],
    /// Per check, its parameter `max`; 0 for its default (and for checks without one).
    max: [u8; ExtraCheck::ALL.len()],
    /// A bit per check (`1 << check as usize`): the check goes to `warnings` (severity
    /// `warn`) instead of `violations`.
    warn: u32,
}

// `warn` holds one bit per extra check.
const _: () = assert!(ExtraCheck::ALL.len() <= u32::BITS as usize);

/// Every length a PIN can have (bits 1 to 24).
pub(crate) const ALL_LENGTHS: u32 = lengths_from(1);

/// The lengths from `min` to 24 digits.
const fn lengths_from(min: u32) -> u32 {
    (1 << (MAX_DIGITS + 1)) - (1 << min)
}

/// A check's `max` as kept (0: its default) made the value it stands for; 0 for the checks
/// without one.
pub(crate) fn resolved_max(check: ExtraCheck, kept: u8) -> u8 {
    match (kept, check.max_range()) {
        (0, Some(range)) => range.default,
        (max, _) => max,
    }
}

/// The longest PIN a policy allows; longer PINs count as this long for the length scopes.
pub(crate) const MAX_DIGITS: u32 = 24;

impl ExtraChecks {
    pub(crate) const NONE: ExtraChecks = ExtraChecks {
        lengths: [0; ExtraCheck::ALL.len()],
        max: [0; ExtraCheck::ALL.len()],
        warn: 0,
    };

    /// `strict`: every check but `repeatRun` and `reversedHistory`, with `date` for 4- and
    /// 8-digit PINs only and `fewDistinct` from 5 digits on. See the README section "The
    /// strict preset" for the measurements.
    pub(crate) const STRICT: ExtraChecks = ExtraChecks {
        lengths: {
            let mut lengths = [ALL_LENGTHS; ExtraCheck::ALL.len()];
            lengths[ExtraCheck::Date as usize] = 1 << 4 | 1 << 8;
            lengths[ExtraCheck::FewDistinct as usize] = lengths_from(5);
            // `repeatRun` alone refuses 3.7 % of six-digit PINs (over the 2 % budget), and
            // `reversedHistory` costs a second key derivation per check: both stay opt-in.
            // `sequenceRun` and `nameOnKeypad` join (README, "The strict preset").
            lengths[ExtraCheck::RepeatRun as usize] = 0;
            lengths[ExtraCheck::ReversedHistory as usize] = 0;
            lengths
        },
        ..ExtraChecks::NONE
    };

    pub(crate) fn insert(&mut self, check: ExtraCheck, lengths: u32) {
        self.lengths[check as usize] |= lengths;
    }

    /// Sets the parameter `max` of a check that takes one.
    pub(crate) fn set_max(&mut self, check: ExtraCheck, max: u8) {
        // The default is kept as 0, so that a policy reads back equal to itself.
        let default = check.max_range().map_or(0, |range| range.default);
        self.max[check as usize] = if max == default { 0 } else { max };
    }

    /// The parameter `max` of `check` in this policy (its default when none was given);
    /// 0 for the checks without one.
    pub(crate) fn max(&self, check: ExtraCheck) -> u8 {
        resolved_max(check, self.max[check as usize])
    }

    /// Every check's `max` as given (0: its default).
    pub(crate) fn max_values(&self) -> [u8; ExtraCheck::ALL.len()] {
        self.max
    }

    /// Whether `max` was given (and differs from the default).
    pub(crate) fn max_given(&self, check: ExtraCheck) -> Option<u8> {
        let range = check.max_range()?;
        let max = self.max(check);
        (max != range.default).then_some(max)
    }

    /// Sets whether `check` only warns (severity `warn`).
    pub(crate) fn set_warn(&mut self, check: ExtraCheck, warn: bool) {
        let bit = 1 << check as usize;
        if warn {
            self.warn |= bit;
        } else {
            self.warn &= !bit;
        }
    }

    /// Whether `check` goes to `warnings` rather than `violations`.
    pub(crate) fn warns(&self, check: ExtraCheck) -> bool {
        self.warn & 1 << check as usize != 0
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

    /// Adds the code of every check in force at this length that refuses `digits`: to
    /// `found`, or to `warnings` for the checks of severity `warn`.
    pub(crate) fn check(
        &self,
        digits: &[u8],
        context: &Context<'_>,
        found: &mut CodeSet,
        warnings: &mut CodeSet,
    ) {
        for check in ExtraCheck::ALL {
            if self.applies(check, digits.len())
                && check.code().refuses_with(digits, context, self.max(check))
            {
                let set = if self.warns(check) {
                    &mut *warnings
                } else {
                    &mut *found
                };
                set.insert(check.into());
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
