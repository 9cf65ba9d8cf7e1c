//! SPEC §2: checking a PIN against a policy, in the order of the tables.

use crate::code::{Code, CodeSet};
use crate::{Context, PatternCode, Policy, Report};

/// Checks `pin` against `policy` in `context` (SPEC §2). PIN problems are data in the
/// report, never errors; the PIN itself is not kept.
///
/// ```
/// use pinwarden::{Context, Policy, validate_pin};
///
/// let context = Context::new().with_extension("36697");
/// let report = validate_pin("6697", &Policy::EXCHANGE, &context);
/// let codes: Vec<&str> = report.codes().map(|code| code.as_str()).collect();
/// assert_eq!(codes, ["tooShort", "extensionSuffix"]);
/// assert!(validate_pin("480137", &Policy::EXCHANGE, &context).ok());
/// ```
pub fn validate_pin(pin: &str, policy: &Policy, context: &Context<'_>) -> Report {
    let digits = pin.as_bytes();
    let all_digits = digits.iter().all(u8::is_ascii_digit);
    let length = if all_digits {
        digits.len()
    } else {
        pin.chars().count()
    };
    let mut found = CodeSet::EMPTY;
    let mut warnings = CodeSet::EMPTY;

    if pin.is_empty() {
        if policy.min_length() > 0 {
            found.insert(Code::Required);
        }
    } else {
        if !all_digits {
            found.insert(Code::NotDigits);
        }
        if length < usize::from(policy.min_length()) {
            found.insert(Code::TooShort);
        }
        if length > usize::from(policy.max_length()) {
            found.insert(Code::TooLong);
        }
        // A history only ever holds all-digit PINs, so nothing else can be recycled (and
        // a hashed history need not spend a key derivation on it).
        if all_digits
            && context
                .history()
                .is_some_and(|history| history.contains_pin(pin))
        {
            found.insert(Code::Recycled);
        }
        if all_digits && policy.checks_patterns() {
            for common in PatternCode::COMMON {
                // The checks of §2.2 take no `max`.
                if common.refuses_with(digits, context, 0) {
                    found.insert(common.code());
                }
            }
            policy
                .extra_check_set()
                .check(digits, context, &mut found, &mut warnings);
        }
    }
    Report::new(found, warnings, length, policy)
}
