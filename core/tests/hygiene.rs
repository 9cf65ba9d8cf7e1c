//! Secret hygiene (SPEC: PINs are secrets): no output path shows a PIN that went in.
//! These fail if anyone adds a `Debug` derive, a message or a serialized field that
//! prints a PIN.

use pinwarden::{
    AccountError, Context, Locale, PinAccount, PinHistory, Policy, SecretPin, Timestamp,
    generate_pin, validate_pin,
};
use proptest::prelude::*;

/// Every text pinwarden produces about a check of `pin`.
fn check_outputs(pin: &str, policy: &Policy) -> Vec<String> {
    let context = Context::new().with_extension("36697");
    let report = validate_pin(pin, policy, &context);
    let mut outputs = vec![
        format!("{report:?}"),
        serde_json::to_string(&report).unwrap(),
    ];
    for locale in Locale::ALL {
        outputs.push(serde_json::to_string(&report.localized(locale)).unwrap());
        outputs.extend(report.violations().map(|v| v.message(locale)));
    }
    outputs.extend(report.violations().map(|v| format!("{v:?}")));
    outputs.push(format!("{context:?}"));
    outputs
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn no_check_output_shows_the_pin(pin in "[0-9]{6,16}|[0-9a-z]{6,12}", strict in any::<bool>()) {
        let policy = if strict { Policy::STRICT } else { Policy::EXCHANGE };
        for output in check_outputs(&pin, &policy) {
            prop_assert!(!output.contains(&pin), "{}", output);
        }
    }

    #[test]
    fn secret_pins_do_not_show_their_digits(pin in "[0-9]{4,24}") {
        let secret = SecretPin::from_digits(pin.clone());
        let shown = format!("{secret:?}");
        prop_assert!(!shown.contains(&pin), "{}", shown);
        prop_assert_eq!(secret.expose(), pin.as_str());
    }
}

#[test]
fn generated_pins_are_not_in_debug_or_errors() {
    let policy = Policy::builder().min_length(10).build().unwrap();
    for _ in 0..50 {
        let pin = generate_pin(&policy, &Context::new(), None).unwrap();
        assert!(!format!("{pin:?}").contains(pin.expose()));
    }
}

/// Histories and accounts: 10-digit PINs, so that no base64 digest can contain one by chance
/// (about 10^-15 per history).
#[test]
fn histories_and_accounts_never_show_a_pin() {
    let policy = Policy::builder()
        .min_length(10)
        .history_count(3)
        .build()
        .unwrap();
    let context = Context::new();
    let now = Timestamp::from_unix_millis(1_700_000_000_000);
    let (mut account, first) = PinAccount::create(&policy, &context, now).unwrap();
    let mut used = vec![first.expose().to_owned()];
    for pin in ["4801372915", "2718281828", "3141592653"] {
        account.set_pin(&policy, &context, pin, now).unwrap();
        used.push(pin.to_owned());
    }
    let wrong = "9988776655";
    let _ = account.verify(&policy, &context, wrong, now).unwrap();
    used.push(wrong.to_owned());
    let rejected = account
        .set_pin(&policy, &context, "3141592653", now)
        .unwrap_err();
    assert!(matches!(rejected, AccountError::Rejected(_)));

    let mut history = PinHistory::new(3).unwrap();
    for pin in &used[1..4] {
        history.add(pin).unwrap();
    }
    let outputs = [
        account.serialize(),
        format!("{account:?}"),
        history.serialize(),
        format!("{history:?}"),
        account.history().serialize(),
        rejected.to_string(),
        format!("{rejected:?}"),
        format!("{:?}", account.status(&policy, now)),
    ];
    for output in &outputs {
        for pin in &used {
            assert!(!output.contains(pin.as_str()), "{pin} in {output}");
        }
    }
}

#[test]
fn secret_pins_are_wiped_on_drop() {
    // Checked by type: `SecretPin` is `ZeroizeOnDrop`, which the compiler enforces.
    fn wiped_on_drop<T: zeroize::ZeroizeOnDrop>() {}
    wiped_on_drop::<SecretPin>();
}
