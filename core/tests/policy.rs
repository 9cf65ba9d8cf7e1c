//! SPEC §1: fields, ranges, defaults, presets, Exchange aliases and errors.

#![allow(clippy::needless_pass_by_value)] // `json!` values are built inline at each call

use pinwarden::{ExtraCheck, Policy, PolicyError};
use serde_json::json;

fn parse(value: serde_json::Value) -> Result<Policy, PolicyError> {
    Policy::from_json(&value)
}

fn error(value: serde_json::Value) -> PolicyError {
    parse(value).expect_err("should be refused")
}

#[test]
fn empty_and_null_give_the_exchange_defaults() {
    for value in [json!({}), json!(null), json!("exchange")] {
        let policy = parse(value).unwrap();
        assert_eq!(policy, Policy::EXCHANGE);
    }
    let p = Policy::EXCHANGE;
    assert_eq!(
        (
            p.min_length(),
            p.max_length(),
            p.lifetime_days(),
            p.failures_before_reset(),
            p.failures_before_lockout()
        ),
        (6, 24, 60, Some(5), 15)
    );
    assert!(!p.allow_common_patterns() && p.apply_to_existing_pins());
    assert_eq!(p.history_count(), 5);
    assert_eq!(p.extra_checks().count(), 0);
}

#[test]
fn teams_preset() {
    let p = parse(json!("teams")).unwrap();
    assert_eq!(
        (p.min_length(), p.max_length(), p.lifetime_days()),
        (5, 12, 0)
    );
    assert_eq!(
        (p.failures_before_reset(), p.failures_before_lockout()),
        (None, 25)
    );
    assert_eq!(p.history_count(), 1);
    assert!(!p.allow_common_patterns() && !p.apply_to_existing_pins());
}

#[test]
fn strict_is_exchange_with_extra_checks() {
    let p = parse(json!("strict")).unwrap();
    assert_eq!(p.min_length(), 6);
    // Every check but the two that do not fit (README, "The strict preset").
    let left_out = [ExtraCheck::RepeatRun, ExtraCheck::ReversedHistory];
    for check in ExtraCheck::ALL {
        assert_eq!(
            p.has_extra_check(check),
            !left_out.contains(&check),
            "{check}"
        );
    }
    assert!(
        p.extra_check_applies(ExtraCheck::Date, 4) && !p.extra_check_applies(ExtraCheck::Date, 6)
    );
}

#[test]
fn partial_objects_are_completed() {
    let p = parse(
        json!({"minLength": 4, "failuresBeforeReset": null, "extraChecks": ["date", "palindrome"]}),
    )
    .unwrap();
    assert_eq!(
        (p.min_length(), p.max_length(), p.failures_before_reset()),
        (4, 24, None)
    );
    assert_eq!(
        p.extra_checks().collect::<Vec<_>>(),
        [ExtraCheck::Palindrome, ExtraCheck::Date]
    );
    assert_eq!(parse(json!({"minLength": 0})).unwrap().min_length(), 0);
    assert_eq!(
        parse(json!({"minLength": 6.0})).unwrap().min_length(),
        6,
        "JavaScript cannot tell 6.0 from 6"
    );
}

#[test]
fn every_range_edge() {
    let cases = [
        ("minLength", [0, 4, 24], [3, 25, -1]),
        ("maxLength", [6, 12, 24], [3, 25, 0]),
        ("lifetimeDays", [0, 1, 999], [-1, 1000, 100_000]),
        ("failuresBeforeReset", [1, 5, 14], [0, 999, -5]),
        ("failuresBeforeLockout", [6, 15, 999], [0, 1000, -1]),
        ("historyCount", [1, 5, 20], [0, 21, 100]),
    ];
    for (field, good, bad) in cases {
        for value in good {
            assert!(parse(json!({ field: value })).is_ok(), "{field} = {value}");
        }
        for value in bad {
            let e = error(json!({ field: value }));
            assert_eq!(
                (e.code(), e.field()),
                ("outOfRange", Some(field)),
                "{field} = {value}"
            );
            let message = e.to_string();
            assert!(
                message.contains(field) && message.contains(&value.to_string()),
                "{message}"
            );
        }
    }
    assert!(parse(json!({"failuresBeforeReset": 998, "failuresBeforeLockout": 999})).is_ok());
}

#[test]
fn huge_values_are_out_of_range_and_quoted_as_given() {
    for (key, value) in [
        ("minLength", json!(u64::MAX)),
        ("minLength", json!(-1e300)),
        ("historyCount", json!(1e30)),
        ("MinPINLength", json!("99999999999999999999999999")),
        ("MinPINLength", json!("-99999999999999999999999999")),
        ("PINLifetime", json!("99999999999999999999999.00:00:00")),
    ] {
        let e = error(json!({ key: value.clone() }));
        assert_eq!(
            (e.code(), e.field()),
            ("outOfRange", Some(key)),
            "{key} = {value}"
        );
        let quoted = value.to_string();
        assert!(e.to_string().contains(quoted.trim_matches('"')), "{e}");
    }
}

#[test]
fn cross_field_rules() {
    let e = error(json!({"failuresBeforeReset": 15}));
    assert_eq!(
        (e.code(), e.field()),
        ("crossField", Some("failuresBeforeReset"))
    );
    assert!(e.to_string().contains("failuresBeforeLockout (15)"), "{e}");
    let e = error(json!({"minLength": 10, "maxLength": 8}));
    assert_eq!((e.code(), e.field()), ("crossField", Some("maxLength")));
    assert!(
        e.to_string().contains("minLength (10)") && e.to_string().contains('8'),
        "{e}"
    );
    assert!(parse(json!({"failuresBeforeReset": null, "failuresBeforeLockout": 1})).is_ok());
}

#[test]
fn wrong_types_and_non_integers() {
    for (value, code) in [
        (json!({"minLength": "6"}), "wrongType"),
        (json!({"minLength": true}), "wrongType"),
        (json!({"minLength": null}), "wrongType"),
        (json!({"minLength": 6.5}), "notInteger"),
        (json!({"allowCommonPatterns": 1}), "wrongType"),
        (json!({"extraChecks": "date"}), "wrongType"),
        (json!({"extraChecks": [1]}), "wrongType"),
        (json!({"extraChecks": ["dates"]}), "unknownCheck"),
        (json!([]), "wrongType"),
        (json!(42), "wrongType"),
        (json!("lenient"), "unknownPreset"),
    ] {
        assert_eq!(error(value.clone()).code(), code, "{value}");
    }
}

#[test]
fn unknown_fields_are_errors_with_a_suggestion() {
    let e = error(json!({"minLenght": 6}));
    assert_eq!((e.code(), e.field()), ("unknownField", Some("minLenght")));
    assert!(e.to_string().contains("did you mean `minLength`?"), "{e}");
    let e = error(json!({"colour": "blue"}));
    assert!(!e.to_string().contains("did you mean"), "{e}");
}

#[test]
fn exchange_aliases_and_their_value_forms() {
    let p = parse(json!({
        "MinPINLength": "8",
        "PINLifetime": "Unlimited",
        "LogonFailuresBeforePINReset": "Unlimited",
        "MaxLogonAttempts": 10,
        "AllowCommonPatterns": "False",
        "PINHistoryCount": 3,
    }))
    .unwrap();
    assert_eq!(
        (p.min_length(), p.lifetime_days(), p.failures_before_reset()),
        (8, 0, None)
    );
    assert_eq!((p.failures_before_lockout(), p.history_count()), (10, 3));
    let p = parse(json!({"PINLifetime": "30.00:00:00", "LogonFailuresBeforePINReset": {"IsUnlimited": false, "Value": 3}})).unwrap();
    assert_eq!(
        (p.lifetime_days(), p.failures_before_reset()),
        (30, Some(3))
    );
    let e = error(json!({"MinPINLength": 3}));
    assert_eq!((e.code(), e.field()), ("outOfRange", Some("MinPINLength")));
    assert_eq!(
        error(json!({"MaxLogonAttempts": "Unlimited"})).code(),
        "outOfRange"
    );
    assert_eq!(
        error(json!({"minLength": 6, "MinPINLength": 6})).code(),
        "duplicateField"
    );
    assert_eq!(
        error(json!({"lifetimeDays": "Unlimited"})).code(),
        "wrongType",
        "camelCase names take JSON values only"
    );
}

#[test]
fn get_ummailboxpolicy_output_pastes_in() {
    let pasted = r#"{
        "Name": "Default Policy", "MaxGreetingDuration": 5, "MaxLogonAttempts": 15,
        "AllowCommonPatterns": false, "PINLifetime": "60.00:00:00", "PINHistoryCount": 5,
        "AllowSMSNotification": true, "ProtectUnauthenticatedVoiceMail": "None",
        "MinPINLength": 6, "LogonFailuresBeforePINReset": 5, "UMDialPlan": "MyDialPlan",
        "Identity": "Default Policy", "IsValid": true, "WhenChanged": "2024-01-01T00:00:00"
    }"#;
    assert_eq!(Policy::from_json_str(pasted).unwrap(), Policy::EXCHANGE);
}

#[test]
fn long_values_are_shortened_in_errors() {
    let huge = "9".repeat(1_000_000);
    let e = error(json!({ "minLength": huge }));
    assert!(e.to_string().len() < 200, "{} bytes", e.to_string().len());
    let e = error(json!({ huge.clone(): 1 }));
    assert!(e.to_string().len() < 200);
}

#[test]
fn serialize_round_trips_every_preset() {
    for name in pinwarden::PRESET_NAMES {
        let policy = Policy::preset(name).unwrap();
        let json = serde_json::to_value(policy).unwrap();
        assert_eq!(Policy::from_json(&json).unwrap(), policy, "{name}: {json}");
    }
    let json = serde_json::to_value(Policy::TEAMS).unwrap();
    assert_eq!(json["failuresBeforeReset"], json!(null));
    let strict = serde_json::to_value(Policy::STRICT).unwrap();
    assert!(
        strict["extraChecks"]
            .as_array()
            .unwrap()
            .contains(&json!({"check": "date", "lengths": [4, 8]}))
    );
}

#[test]
fn builder_validates_like_json() {
    assert_eq!(Policy::builder().build().unwrap(), Policy::EXCHANGE);
    let e = Policy::builder()
        .failures_before_lockout(3)
        .build()
        .unwrap_err();
    assert_eq!(e.code(), "crossField");
    let p = Policy::builder()
        .extra_check_for_lengths(ExtraCheck::Date, [4])
        .build()
        .unwrap();
    assert!(
        p.extra_check_applies(ExtraCheck::Date, 4) && !p.extra_check_applies(ExtraCheck::Date, 8)
    );
}

#[test]
fn text_input() {
    assert_eq!(Policy::from_json_str(" teams ").unwrap(), Policy::TEAMS);
    assert_eq!(
        Policy::from_json_str("{").unwrap_err().code(),
        "invalidJson"
    );
    assert_eq!("strict".parse::<Policy>().unwrap(), Policy::STRICT);
}

#[test]
fn an_entry_with_the_default_max_is_the_plain_name_and_a_name_again_refuses_again() {
    let plain = parse(json!({"extraChecks": ["sequenceRun"]})).unwrap();
    let explicit = parse(json!({"extraChecks": [{"check": "sequenceRun", "max": 3}]})).unwrap();
    assert_eq!(plain, explicit, "max 3 is sequenceRun's default");
    let again = parse(json!({"extraChecks": [
        {"check": "repeatRun", "severity": "warn", "max": 4},
        "repeatRun"
    ]}))
    .unwrap();
    assert!(!again.extra_check_warns(ExtraCheck::RepeatRun));
    let round_trip = parse(serde_json::to_value(again).unwrap()).unwrap();
    assert_eq!(round_trip, again);
}
