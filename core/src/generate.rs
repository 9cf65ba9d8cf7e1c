//! SPEC §3: generating a PIN that passes the policy, uniformly over all such PINs.

use std::ops::ControlFlow;

use zeroize::Zeroizing;

use crate::random::{DigitDraw, OsRandom, RandomSource};
use crate::{Context, Policy, SecretPin, validate_pin};

/// Why no PIN was generated.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum GenerateError {
    /// The length asked for is not one the policy allows.
    #[error("a PIN of {length} digits is outside the policy, which allows {min} to {max} digits")]
    LengthOutsidePolicy {
        /// The length asked for.
        length: usize,
        /// The shortest length allowed.
        min: u8,
        /// The longest length allowed.
        max: u8,
    },
    /// Every PIN of that length breaks the policy in this context.
    #[error("no PIN of {length} digits passes the policy in this context")]
    NoValidPin {
        /// The length asked for.
        length: usize,
    },
    /// The operating system (or browser) gave no random bytes.
    #[error("the system's secure random number generator failed: {0}")]
    RandomUnavailable(getrandom::Error),
}

impl GenerateError {
    /// The stable, camelCase code of this error.
    pub fn code(&self) -> &'static str {
        match self {
            GenerateError::LengthOutsidePolicy { .. } => "lengthOutsidePolicy",
            GenerateError::NoValidPin { .. } => "noValidPin",
            GenerateError::RandomUnavailable(_) => "randomUnavailable",
        }
    }
}

impl From<getrandom::Error> for GenerateError {
    fn from(error: getrandom::Error) -> Self {
        GenerateError::RandomUnavailable(error)
    }
}

/// Random draws tried before looking at the whole space of PINs.
const QUICK_DRAWS: usize = 64;
/// Lengths whose whole space (10^7 PINs at most) is small enough to enumerate.
const ENUMERABLE_DIGITS: usize = 7;
/// Draws tried for longer PINs, where the rules refuse a tiny share of the space.
const LONG_DRAWS: usize = 100_000;

/// The length a generated PIN gets when none is asked for: the policy's `minLength`, or
/// 6 (at most `maxLength`) when no PIN is required.
pub fn default_length(policy: &Policy) -> usize {
    match policy.min_length() {
        0 => 6.min(usize::from(policy.max_length())),
        min => usize::from(min),
    }
}

/// A fresh PIN of `length` digits (default: [`default_length`]) that passes
/// [`validate_pin`] for the same policy and context, history included (SPEC §3).
///
/// Digits come from the system CSPRNG with rejection sampling; every valid PIN of that
/// length is equally likely.
///
/// ```
/// use pinwarden::{Context, Policy, generate_pin, validate_pin};
///
/// let context = Context::new().with_extension("36697");
/// let pin = generate_pin(&Policy::EXCHANGE, &context, None)?;
/// assert_eq!(pin.expose().len(), 6);
/// assert!(validate_pin(pin.expose(), &Policy::EXCHANGE, &context).ok());
/// # Ok::<(), pinwarden::GenerateError>(())
/// ```
///
/// # Errors
/// [`GenerateError::LengthOutsidePolicy`], [`GenerateError::NoValidPin`] when the policy
/// and context leave no valid PIN, or [`GenerateError::RandomUnavailable`].
pub fn generate_pin(
    policy: &Policy,
    context: &Context<'_>,
    length: Option<usize>,
) -> Result<SecretPin, GenerateError> {
    generate_with(&mut OsRandom, policy, context, length)
}

pub(crate) fn generate_with<R: RandomSource>(
    source: &mut R,
    policy: &Policy,
    context: &Context<'_>,
    length: Option<usize>,
) -> Result<SecretPin, GenerateError> {
    let length = length.unwrap_or_else(|| default_length(policy));
    let shortest = policy.min_length().max(1);
    if length < usize::from(shortest) || length > usize::from(policy.max_length()) {
        return Err(GenerateError::LengthOutsidePolicy {
            length,
            min: shortest,
            max: policy.max_length(),
        });
    }
    let candidates = Candidates::new(policy, context);
    let mut draw = DigitDraw::new(source);
    let mut pin = Zeroizing::new(String::with_capacity(length));

    // Uniform draws over all 10^length strings, kept only when valid: uniform over the
    // valid ones. Nearly always the first or second draw is kept.
    let draws = if length <= ENUMERABLE_DIGITS {
        QUICK_DRAWS
    } else {
        LONG_DRAWS
    };
    for _ in 0..draws {
        pin.clear();
        for _ in 0..length {
            pin.push(char::from(draw.digit()?));
        }
        if candidates.passes(&pin) {
            return Ok(SecretPin::from_digits(std::mem::take(&mut *pin)));
        }
    }
    if length > ENUMERABLE_DIGITS {
        return Err(GenerateError::NoValidPin { length });
    }
    // Valid PINs are rare here (or absent): count those that pass the rules, then pick
    // among them uniformly. The history is left for last because a hashed history costs a
    // key derivation per look-up (two with `reversedHistory`), and it refuses at most a
    // handful of PINs.
    let valid_by_rules = candidates.count_by_rules(length);
    if valid_by_rules <= 2 * HISTORY_LOOKUP_LIMIT {
        let valid: Vec<Zeroizing<String>> = candidates
            .all_by_rules(length)
            .into_iter()
            .filter(|pin| !candidates.refused_by_history(pin))
            .collect();
        let count = u64::try_from(valid.len()).unwrap_or(u64::MAX);
        if count == 0 {
            return Err(GenerateError::NoValidPin { length });
        }
        let index = usize::try_from(draw.below(count)?).unwrap_or(0);
        // Always there (`index` < `count`); `get`, so that the wasm holds no panic path.
        let Some(pin) = valid.get(index) else {
            return Err(GenerateError::NoValidPin { length });
        };
        return Ok(SecretPin::from_digits(pin.to_string()));
    }
    // More than the history can refuse (20 PINs, and their 20 reversals under
    // `reversedHistory`): each pick passes with odds above 1/3.
    loop {
        let index = draw.below(valid_by_rules)?;
        let pin = candidates.nth_by_rules(length, index);
        if !candidates.refused_by_history(&pin) {
            return Ok(SecretPin::from_digits(pin.to_string()));
        }
    }
}

/// Above this many rule-valid PINs the history is sampled, not checked for each.
const HISTORY_LOOKUP_LIMIT: u64 = 32;

/// Validation split into the rules and the history, so that enumeration stays cheap.
struct Candidates<'c, 'h> {
    policy: &'c Policy,
    context: &'c Context<'h>,
    rules_only: Context<'h>,
}

impl<'c, 'h> Candidates<'c, 'h> {
    fn new(policy: &'c Policy, context: &'c Context<'h>) -> Self {
        Candidates {
            policy,
            context,
            rules_only: context.without_history(),
        }
    }

    fn passes_rules(&self, pin: &str) -> bool {
        validate_pin(pin, self.policy, &self.rules_only).ok()
    }

    /// Whether the history refuses a PIN the rules accept: `recycled`, and
    /// `reversedHistory` when the policy asks for it (one key derivation each).
    fn refused_by_history(&self, pin: &str) -> bool {
        self.context.history().is_some() && !validate_pin(pin, self.policy, self.context).ok()
    }

    fn passes(&self, pin: &str) -> bool {
        self.passes_rules(pin) && !self.refused_by_history(pin)
    }

    fn count_by_rules(&self, length: usize) -> u64 {
        let mut count = 0;
        for_each_pin(length, |pin| {
            if self.passes_rules(pin) {
                count += 1;
            }
            ControlFlow::Continue(())
        });
        count
    }

    /// The rule-valid PIN of rank `index` in numeric order.
    fn nth_by_rules(&self, length: usize, mut index: u64) -> Zeroizing<String> {
        let mut found = Zeroizing::new(String::new());
        for_each_pin(length, |pin| {
            if self.passes_rules(pin) {
                if index == 0 {
                    found.push_str(pin);
                    return ControlFlow::Break(());
                }
                index -= 1;
            }
            ControlFlow::Continue(())
        });
        found
    }

    /// Every rule-valid PIN (only called when there are few).
    fn all_by_rules(&self, length: usize) -> Vec<Zeroizing<String>> {
        let mut all = Vec::new();
        for_each_pin(length, |pin| {
            if self.passes_rules(pin) {
                all.push(Zeroizing::new(pin.to_owned()));
            }
            ControlFlow::Continue(())
        });
        all
    }
}

/// Calls `visit` with every string of `length` ASCII digits, in numeric order.
fn for_each_pin(length: usize, mut visit: impl FnMut(&str) -> ControlFlow<()>) {
    let mut digits = Zeroizing::new(vec![b'0'; length]);
    'pins: loop {
        // The buffer only ever holds ASCII digits.
        let pin = std::str::from_utf8(&digits).unwrap_or_default();
        if visit(pin).is_break() {
            return;
        }
        // Odometer increment; done when every digit rolled over.
        for digit in digits.iter_mut().rev() {
            if *digit == b'9' {
                *digit = b'0';
            } else {
                *digit += 1;
                continue 'pins;
            }
        }
        return;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use rand_chacha::ChaCha8Rng;
    use rand_chacha::rand_core::{Rng, SeedableRng};

    /// A seeded `ChaCha8` stream: deterministic, so the statistical test cannot flake.
    struct Seeded(ChaCha8Rng);

    impl RandomSource for Seeded {
        fn fill(&mut self, buffer: &mut [u8]) -> Result<(), getrandom::Error> {
            self.0.fill_bytes(buffer);
            Ok(())
        }
    }

    fn seeded(seed: u64) -> Seeded {
        Seeded(ChaCha8Rng::seed_from_u64(seed))
    }

    /// Pearson's χ² of observed counts against a uniform expectation.
    #[allow(clippy::cast_precision_loss)]
    fn chi_squared(counts: &[u64]) -> (f64, f64) {
        let total: u64 = counts.iter().sum();
        let expected = total as f64 / counts.len() as f64;
        let chi2 = counts
            .iter()
            .map(|&c| (c as f64 - expected).powi(2) / expected)
            .sum();
        (chi2, (counts.len() - 1) as f64)
    }

    fn exchange_4() -> Policy {
        Policy::builder().min_length(4).build().unwrap()
    }

    #[test]
    fn uniform_over_every_valid_four_digit_pin() {
        let policy = exchange_4();
        let context = Context::new().with_extension("36697");
        let valid: Vec<usize> = (0..10_000)
            .filter(|n| validate_pin(&format!("{n:04}"), &policy, &context).ok())
            .collect();
        let mut index = vec![usize::MAX; 10_000];
        for (i, &n) in valid.iter().enumerate() {
            index[n] = i;
        }
        let mut counts = vec![0u64; valid.len()];
        let mut source = seeded(7);
        for _ in 0..valid.len() * 50 {
            let pin = generate_with(&mut source, &policy, &context, Some(4)).unwrap();
            let n: usize = pin.expose().parse().unwrap();
            assert_ne!(index[n], usize::MAX, "generated an invalid PIN");
            counts[index[n]] += 1;
        }
        let (chi2, df) = chi_squared(&counts);
        // χ² with df ≈ 9,968 has mean df and standard deviation √(2·df) ≈ 141: accept
        // within 4 standard deviations.
        let bound = 4.0 * (2.0 * df).sqrt();
        assert!(
            (chi2 - df).abs() < bound,
            "χ² = {chi2:.0} for {df} degrees of freedom"
        );
    }

    #[test]
    fn a_generated_pin_is_never_an_old_pin_backwards() {
        let policy = Policy::builder()
            .min_length(4)
            .extra_checks([crate::ExtraCheck::ReversedHistory])
            .build()
            .unwrap();
        let previous = ["4829", "7316"];
        let context = Context::new().with_history(&previous);
        // Every path of generation (random draws, the enumerated few, the sampled many)
        // asks `passes`: the old PINs and their reversals fail it.
        let candidates = Candidates::new(&policy, &context);
        for pin in ["4829", "9284", "7316", "6137"] {
            assert!(!candidates.passes(pin), "{pin}");
        }
        assert!(candidates.passes("4830"));
        let mut source = seeded(11);
        for _ in 0..500 {
            let pin = generate_with(&mut source, &policy, &context, Some(4)).unwrap();
            assert!(validate_pin(pin.expose(), &policy, &context).ok());
        }
    }

    #[test]
    fn the_uniformity_test_catches_modulo_bias() {
        // Digits made with `byte % 10` and no rejection favour 0–5: the same statistic
        // must reject that.
        let mut source = seeded(7);
        let mut counts = vec![0u64; 10_000];
        for _ in 0..500_000 {
            let mut bytes = [0u8; 4];
            source.fill(&mut bytes).unwrap();
            let n = bytes
                .iter()
                .fold(0usize, |n, b| n * 10 + usize::from(b % 10));
            counts[n] += 1;
        }
        let (chi2, df) = chi_squared(&counts);
        assert!(
            chi2 - df > 4.0 * (2.0 * df).sqrt(),
            "χ² = {chi2:.0} did not show the bias"
        );
    }

    #[test]
    fn rare_valid_pins_are_found_and_none_is_an_error() {
        let policy = Policy::builder()
            .min_length(0)
            .max_length(4)
            .history_count(20)
            .build()
            .unwrap();
        // One-digit PINs: the extension ends in 9 and the history holds 0–7, leaving "8".
        let history: Vec<String> = (0..8).map(|d| d.to_string()).collect();
        let context = Context::new().with_extension("9").with_history(&history);
        for seed in 0..20 {
            let pin = generate_with(&mut seeded(seed), &policy, &context, Some(1)).unwrap();
            assert_eq!(pin.expose(), "8");
        }
        let all: Vec<String> = (0..9).map(|d| d.to_string()).collect();
        let context = Context::new().with_extension("9").with_history(&all);
        let error = generate_with(&mut seeded(1), &policy, &context, Some(1)).unwrap_err();
        assert_eq!(error.code(), "noValidPin");
    }

    #[test]
    fn lengths_outside_the_policy_are_errors() {
        let policy = Policy::TEAMS;
        for length in [0, 4, 13] {
            let error =
                generate_with(&mut seeded(1), &policy, &Context::new(), Some(length)).unwrap_err();
            assert_eq!(error.code(), "lengthOutsidePolicy", "{length}");
            assert!(error.to_string().contains("5 to 12"), "{error}");
        }
        assert_eq!(default_length(&policy), 5);
        assert_eq!(
            default_length(&Policy::builder().min_length(0).build().unwrap()),
            6
        );
    }

    #[test]
    fn the_operating_system_source_works() {
        let pin = generate_pin(&Policy::EXCHANGE, &Context::new(), Some(12)).unwrap();
        assert_eq!(pin.expose().len(), 12);
        assert!(pin.expose().bytes().all(|b| b.is_ascii_digit()));
    }
}
