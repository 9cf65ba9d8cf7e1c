//! SPEC §7, monotone marks: whether typing more digits can still break a pattern rule the
//! PIN keeps, or mend one it breaks. A rule is met only once no further digit can break
//! it, and (below `minLength`) not met only once no further digit can mend it; anything
//! this module cannot prove stays "not yet known". Every answer is exact or absent, so a
//! mark decided for a PIN stays decided for every PIN typed on from it.

use std::fmt::Write;

use crate::checks::Shape;
use crate::{Context, ExtraCheck, PatternCode, Policy, validate_pin};

/// How many digits ahead an exhaustive search may look (at most 1,110 continuations).
const EXHAUSTIVE_DEPTH: usize = 3;

/// The longest length a policy scopes a check to; longer PINs count as this long.
const LONGEST: usize = 24;

/// What is known of a rule's shape ([`Shape`], from the check's file) in this context:
/// facts that let a PIN be judged without trying every continuation.
struct Known {
    /// From this length on, a PIN that keeps the rule cannot break it by growing: every
    /// prefix (this long or longer) of a PIN that breaks it breaks it too (`sequential`
    /// from 2 digits, `arithmetic` from 3).
    prefix_closed_from: Option<usize>,
    /// A PIN that breaks the rule breaks it whatever follows (`containsExtension`).
    upward_closed: bool,
    /// The longest PIN the rule can refuse, when there is one (a person can type past
    /// `maxLength`, so only the rule itself bounds it).
    horizon: Option<usize>,
    /// The rule refuses exactly the ends of these numbers (`extensionSuffix`, and
    /// `reversedExtension` with the numbers reversed).
    suffixes_of: Option<Vec<Vec<u8>>>,
}

fn shape(code: PatternCode, policy: &Policy, context: &Context<'_>) -> Known {
    let mut shape = Known {
        prefix_closed_from: None,
        upward_closed: false,
        horizon: None,
        suffixes_of: None,
    };
    // A check the policy scopes to some lengths keeps none of its shape: only its longest
    // length bounds it (nothing does when it applies at 24 digits, as longer PINs count).
    let scoped = ExtraCheck::ALL
        .into_iter()
        .find(|check| check.code() == code)
        .filter(|&check| (1..=LONGEST).any(|length| !policy.extra_check_applies(check, length)));
    if let Some(check) = scoped {
        shape.horizon = if policy.extra_check_applies(check, LONGEST) {
            None
        } else {
            Some(
                (1..LONGEST)
                    .rev()
                    .find(|&length| policy.extra_check_applies(check, length))
                    .unwrap_or(0),
            )
        };
        return shape;
    }
    let numbers = |reversed: bool| -> Vec<Vec<u8>> {
        context
            .extensions()
            .iter()
            .map(|extension| {
                let mut digits = extension.digits().as_bytes().to_vec();
                if reversed {
                    digits.reverse();
                }
                digits
            })
            .collect()
    };
    let longest_number = context
        .extensions()
        .iter()
        .map(|extension| extension.digits().len())
        .max()
        .unwrap_or(0);
    match code.shape() {
        Shape::Unknown => {}
        Shape::PrefixClosedFrom(length) => shape.prefix_closed_from = Some(length),
        Shape::UpwardClosed => shape.upward_closed = true,
        Shape::Horizon(length) => shape.horizon = Some(length),
        Shape::EndsOfNumbers { reversed } => {
            shape.horizon = Some(longest_number);
            shape.suffixes_of = Some(numbers(reversed));
        }
    }
    shape
}

/// Whether some PIN typed on from `pin` (which keeps the rule) breaks `code`: `Some` when
/// known, `None` when it cannot be told cheaply.
pub(super) fn can_be_broken(
    pin: &str,
    code: PatternCode,
    policy: &Policy,
    context: &Context<'_>,
) -> Option<bool> {
    let shape = shape(code, policy, context);
    let length = pin.len();
    if shape.horizon.is_some_and(|horizon| length >= horizon) {
        return Some(false);
    }
    if let Some(numbers) = &shape.suffixes_of {
        // pin + more is the end of a number exactly when the number holds pin somewhere.
        return Some(numbers.iter().any(|number| {
            (0..number.len()).any(|start| number[start..].starts_with(pin.as_bytes()))
        }));
    }
    let search_to = match (shape.prefix_closed_from, shape.horizon) {
        (Some(from), _) if length >= from => return Some(false),
        (Some(from), horizon) => horizon.map_or(from, |horizon| from.min(horizon)),
        (None, Some(horizon)) => horizon,
        (None, None) => return None,
    };
    (search_to - length <= EXHAUSTIVE_DEPTH).then(|| {
        any_continuation(pin, search_to - length, |candidate| {
            refuses(candidate, code, policy, context)
        })
    })
}

/// Whether some PIN typed on from `pin` (which breaks the rule) keeps `code`: `Some` when
/// known, `None` when it cannot be told cheaply.
pub(super) fn can_be_mended(
    pin: &str,
    code: PatternCode,
    policy: &Policy,
    context: &Context<'_>,
) -> Option<bool> {
    let shape = shape(code, policy, context);
    let room = usize::from(policy.max_length()).saturating_sub(pin.len());
    if room == 0 || shape.upward_closed {
        return Some(false);
    }
    let keeps = |candidate: &str| !refuses(candidate, code, policy, context);
    if room <= EXHAUSTIVE_DEPTH {
        return Some(any_continuation(pin, room, keeps));
    }
    // A continuation that mends it proves it can be mended; none found proves nothing.
    any_continuation(pin, 2, keeps).then_some(true)
}

fn refuses(candidate: &str, code: PatternCode, policy: &Policy, context: &Context<'_>) -> bool {
    let report = validate_pin(candidate, policy, context);
    report.has(code) || report.has_warning(code)
}

/// Whether `test` holds for `pin` followed by some 1 to `depth` digits.
fn any_continuation(pin: &str, depth: usize, mut test: impl FnMut(&str) -> bool) -> bool {
    let mut candidate = String::with_capacity(pin.len() + depth);
    (1..=depth).any(|extra| {
        let limit = 10u32.pow(u32::try_from(extra).unwrap_or(1));
        (0..limit).any(|n| {
            candidate.clear();
            candidate.push_str(pin);
            let _ = write!(candidate, "{n:0extra$}");
            test(&candidate)
        })
    })
}
