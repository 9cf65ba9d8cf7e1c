//! Checking any string under any valid policy and context: never a panic, `ok` exactly
//! when there is no violation, codes in table order and once each, messages that never
//! show a PIN of six or more digits.
#![no_main]

use arbitrary::Arbitrary;
use libfuzzer_sys::fuzz_target;
use pinwarden::{Context, ExtraCheck, Locale, Policy, validate_pin};

#[derive(Arbitrary, Debug)]
struct Input {
    min_length: u8,
    extra_length: u8,
    allow_common_patterns: bool,
    history_count: u8,
    extra_checks: u16,
    pin: String,
    extensions: Vec<String>,
    history: Vec<String>,
}

fuzz_target!(|input: Input| {
    let min = match input.min_length % 22 {
        0 => 0,
        n => u32::from(n) + 3,
    };
    let checks = ExtraCheck::ALL
        .into_iter()
        .enumerate()
        .filter(|(i, _)| input.extra_checks & (1 << i) != 0);
    let Ok(policy) = Policy::builder()
        .min_length(min)
        .max_length(min.max(4) + u32::from(input.extra_length) % 21)
        .allow_common_patterns(input.allow_common_patterns)
        .history_count(u32::from(input.history_count % 20) + 1)
        .extra_checks(checks.map(|(_, check)| check))
        .build()
    else {
        return;
    };
    let context = Context::new()
        .with_extensions(&input.extensions)
        .with_history(&input.history);
    let report = validate_pin(&input.pin, &policy, &context);
    assert_eq!(report.ok(), report.violations().next().is_none());
    let codes: Vec<_> = report.codes().collect();
    assert!(codes.windows(2).all(|pair| pair[0] < pair[1]), "{codes:?}");
    let secret = input.pin.len() >= 6 && input.pin.bytes().all(|b| b.is_ascii_digit());
    for violation in report.violations() {
        for locale in Locale::ALL {
            let message = violation.message(locale);
            assert!(!message.is_empty());
            assert!(!secret || !message.contains(&input.pin), "{message}");
        }
    }
    let json = serde_json::to_string(&report.localized(Locale::Fr)).unwrap();
    assert!(!secret || !json.contains(&input.pin));
});
