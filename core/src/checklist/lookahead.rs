//! SPEC §7, monotone marks: whether typing more digits can still break a pattern rule the
//! PIN keeps, or mend one it breaks. A rule is met only once no further digit can break
//! it, and (below `minLength`) not met only once no further digit can mend it; anything
//! this module cannot prove stays "not yet known". Every answer is exact or absent, so a
//! mark decided for a PIN stays decided for every PIN typed on from it.

use std::fmt::Write;

use crate::extra::COMMON_PINS;
use crate::{Code, Context, ExtraCheck, Policy, validate_pin};

/// How many digits ahead an exhaustive search may look (at most 1,110 continuations).
const EXHAUSTIVE_DEPTH: usize = 3;

/// What is known of a rule's shape: facts that let a PIN be judged without trying every
/// continuation.
struct Shape {
    /// From this length on, a PIN that keeps the rule cannot break it by growing: every
    /// prefix (this long or longer) of a PIN that breaks it breaks it too (`sequential`
    /// from 2 digits, `arithmetic` from 3).
    prefix_closed_from: Option<usize>,
    /// A PIN that breaks the rule breaks it whatever follows (`containsExtension`).
    upward_closed: bool,
    /// The longest PIN the rule can refuse.
    horizon: usize,
    /// The rule refuses exactly the ends of these numbers (`extensionSuffix`, and
    /// `reversedExtension` with the numbers reversed).
    suffixes_of: Option<Vec<Vec<u8>>>,
}

fn shape(code: Code, policy: &Policy, context: &Context<'_>) -> Shape {
    let max = usize::from(policy.max_length());
    let extra = ExtraCheck::ALL
        .into_iter()
        .find(|check| check.code() == code);
    // A check the policy scopes to some lengths keeps none of its shape: only its longest
    // length is known.
    let scoped_horizon = extra.and_then(|check| {
        let lengths: Vec<usize> = (1..=max)
            .filter(|&length| policy.extra_check_applies(check, length))
            .collect();
        (lengths.len() < max).then(|| lengths.last().copied().unwrap_or(0))
    });
    let numbers = || -> Vec<Vec<u8>> {
        context
            .extensions()
            .iter()
            .map(|extension| extension.digits().as_bytes().to_vec())
            .collect()
    };
    let longest_number = context
        .extensions()
        .iter()
        .map(|extension| extension.digits().len())
        .max()
        .unwrap_or(0);
    let mut shape = Shape {
        prefix_closed_from: None,
        upward_closed: false,
        horizon: max,
        suffixes_of: None,
    };
    if let Some(horizon) = scoped_horizon {
        shape.horizon = horizon.min(max);
        return shape;
    }
    match code {
        Code::Sequential | Code::Repeated => shape.prefix_closed_from = Some(2),
        Code::Arithmetic => shape.prefix_closed_from = Some(3),
        Code::FewDistinct => shape.prefix_closed_from = Some(4),
        Code::ContainsExtension => shape.upward_closed = true,
        Code::Date => shape.horizon = max.min(8),
        Code::CommonPin => {
            shape.horizon = max.min(COMMON_PINS.iter().map(|pin| pin.len()).max().unwrap_or(0));
        }
        Code::ExtensionSuffix => {
            shape.horizon = max.min(longest_number);
            shape.suffixes_of = Some(numbers());
        }
        Code::ReversedExtension => {
            shape.horizon = max.min(longest_number);
            shape.suffixes_of = Some(
                numbers()
                    .into_iter()
                    .map(|mut number| {
                        number.reverse();
                        number
                    })
                    .collect(),
            );
        }
        _ => {}
    }
    shape
}

/// Whether some PIN typed on from `pin` (which keeps the rule) breaks `code`: `Some` when
/// known, `None` when it cannot be told cheaply.
pub(super) fn can_be_broken(
    pin: &str,
    code: Code,
    policy: &Policy,
    context: &Context<'_>,
) -> Option<bool> {
    let shape = shape(code, policy, context);
    let max = usize::from(policy.max_length());
    let length = pin.len();
    if length >= shape.horizon {
        return Some(false);
    }
    if let Some(numbers) = &shape.suffixes_of {
        // pin + more is the end of a number exactly when the number holds pin at a place
        // from which its end is at most `max` digits away.
        return Some(numbers.iter().any(|number| {
            (0..number.len()).any(|start| {
                number[start..].starts_with(pin.as_bytes()) && number.len() - start <= max
            })
        }));
    }
    let search_to = match shape.prefix_closed_from {
        Some(from) if length >= from => return Some(false),
        Some(from) => from.min(shape.horizon),
        None => shape.horizon,
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
    code: Code,
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

fn refuses(candidate: &str, code: Code, policy: &Policy, context: &Context<'_>) -> bool {
    validate_pin(candidate, policy, context).has(code)
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
