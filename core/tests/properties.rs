//! Properties over arbitrary input (proptest): no panic, `ok` iff no violation, codes in
//! order and once each, generated PINs pass, any JSON policy parses or errors.

use pinwarden::{Context, ExtraCheck, Policy, generate_pin, validate_pin};
use proptest::prelude::*;
use serde_json::Value;

fn any_policy() -> impl Strategy<Value = Policy> {
    (
        prop_oneof![Just(0u32), 4u32..=12],
        0u32..=12,
        any::<bool>(),
        1u32..=20,
        proptest::collection::vec(0usize..ExtraCheck::ALL.len(), 0..4),
    )
        .prop_map(|(min, extra_max, allow, history, checks)| {
            Policy::builder()
                .min_length(min)
                .max_length(min.max(4) + extra_max)
                .allow_common_patterns(allow)
                .history_count(history)
                .extra_checks(checks.into_iter().map(|i| ExtraCheck::ALL[i]))
                .build()
                .expect("built within the ranges")
        })
}

fn any_json() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::from),
        any::<i64>().prop_map(Value::from),
        any::<f64>().prop_map(Value::from),
        "\\PC*".prop_map(Value::from),
        prop_oneof![
            Just("minLength"),
            Just("MinPINLength"),
            Just("Unlimited"),
            Just("date"),
            Just("6")
        ]
        .prop_map(Value::from),
    ];
    leaf.prop_recursive(3, 24, 6, |inner| {
        let keys = prop_oneof![
            Just("minLength".to_owned()),
            Just("maxLength".to_owned()),
            Just("failuresBeforeReset".to_owned()),
            Just("failuresBeforeLockout".to_owned()),
            Just("PINLifetime".to_owned()),
            Just("LogonFailuresBeforePINReset".to_owned()),
            Just("extraChecks".to_owned()),
            Just("check".to_owned()),
            Just("lengths".to_owned()),
            Just("IsUnlimited".to_owned()),
            Just("Value".to_owned()),
            "\\PC{0,8}",
        ];
        prop_oneof![
            proptest::collection::vec(inner.clone(), 0..5).prop_map(Value::Array),
            proptest::collection::btree_map(keys, inner, 0..5)
                .prop_map(|m| Value::Object(m.into_iter().collect())),
        ]
    })
}

proptest! {
    #[test]
    fn any_string_gives_a_consistent_report(pin in "\\PC{0,30}|[0-9]{0,30}", policy in any_policy(), ext in "[0-9+ ]{0,12}") {
        let context = Context::new().with_extension(&ext);
        let report = validate_pin(&pin, &policy, &context);
        prop_assert_eq!(report.ok(), report.violations().next().is_none());
        let codes: Vec<_> = report.codes().collect();
        prop_assert!(codes.windows(2).all(|pair| pair[0] < pair[1]), "in table order, each once");
        for violation in report.violations() {
            for locale in pinwarden::Locale::ALL {
                let message = violation.message(locale);
                prop_assert!(!message.is_empty());
                if pin.len() >= 4 { prop_assert!(!message.contains(&pin), "a message shows the PIN"); }
            }
        }
    }

    #[test]
    fn every_generated_pin_passes(policy in any_policy(), ext in "[0-9]{0,8}", extra in 0usize..4) {
        let context = Context::new().with_extension(&ext);
        let shortest = usize::from(policy.min_length()).max(4);
        let length = (shortest + extra).min(usize::from(policy.max_length()));
        match generate_pin(&policy, &context, Some(length)) {
            Ok(pin) => {
                prop_assert_eq!(pin.expose().len(), length);
                prop_assert!(validate_pin(pin.expose(), &policy, &context).ok());
            }
            Err(error) => prop_assert_eq!(error.code(), "noValidPin"),
        }
    }

    #[test]
    fn any_json_policy_parses_or_errors(value in any_json()) {
        match Policy::from_json(&value) {
            Ok(policy) => {
                let again = serde_json::to_value(policy).unwrap();
                prop_assert_eq!(Policy::from_json(&again).unwrap(), policy);
            }
            Err(error) => {
                prop_assert!(!error.code().is_empty());
                prop_assert!(error.to_string().len() < 400);
            }
        }
    }
}
