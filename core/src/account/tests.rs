//! SPEC §6 transitions, with cheap Argon2 parameters so that thousands of operations run.

use proptest::prelude::*;

use super::*;
use crate::{Code, Context, Policy};

const DAY0: Timestamp = Timestamp::from_unix_millis(1_700_000_000_000);

fn new_account(policy: &Policy, context: &Context<'_>) -> (PinAccount, SecretPin) {
    PinAccount::create_with(
        PinHistory::for_tests(policy.history_count()),
        policy,
        context,
        DAY0,
    )
    .unwrap()
}

fn parse(text: &str) -> PinAccount {
    PinAccount::parse_for_tests(text).unwrap()
}

/// An account whose current PIN is 480137, chosen by the person (no must-change).
fn chosen(policy: &Policy) -> PinAccount {
    let context = Context::new();
    let (mut account, _) = new_account(policy, &context);
    account.set_pin(policy, &context, "480137", DAY0).unwrap();
    account
}

fn fail(account: &mut PinAccount, policy: &Policy) -> Verification {
    account
        .verify(policy, &Context::new(), "999998", DAY0)
        .unwrap()
}

#[test]
fn the_exchange_sequence() {
    let policy = Policy::EXCHANGE;
    let mut account = chosen(&policy);
    let mut current = "480137".to_owned();
    for failure in 1..=15u16 {
        match fail(&mut account, &policy) {
            Verification::Failure {
                attempts_before_reset,
                attempts_before_lockout,
                new_pin,
                locked_out,
            } => {
                assert_eq!(attempts_before_lockout, 15 - failure, "failure {failure}");
                assert_eq!(locked_out, failure == 15, "failure {failure}");
                let resets = failure == 5 || failure == 10;
                assert_eq!(new_pin.is_some(), resets, "failure {failure}");
                if let Some(pin) = new_pin {
                    assert!(
                        !account.history().is_current(&current),
                        "the old PIN no longer works"
                    );
                    current = pin.expose().to_owned();
                    assert!(account.status(&policy, DAY0).first_time_user);
                }
                let expected_reset = match failure {
                    1..=9 => Some(5 - failure % 5),
                    _ => None, // from 10 on the lockout comes first
                };
                assert_eq!(attempts_before_reset, expected_reset, "failure {failure}");
            }
            other => panic!("failure {failure}: {other:?}"),
        }
        assert_eq!(account.status(&policy, DAY0).failures, u32::from(failure));
    }
    assert!(account.status(&policy, DAY0).locked_out);
    // Locked: even the right PIN is not compared.
    let outcome = account
        .verify(&policy, &Context::new(), &current, DAY0)
        .unwrap();
    assert!(matches!(outcome, Verification::LockedOut));
    assert!(matches!(
        account.set_pin(&policy, &Context::new(), "271828", DAY0),
        Err(AccountError::LockedOut)
    ));

    account.unlock(DAY0);
    let status = account.status(&policy, DAY0);
    assert!(!status.locked_out && status.failures == 0);
    let outcome = account
        .verify(&policy, &Context::new(), &current, DAY0)
        .unwrap();
    assert!(matches!(
        outcome,
        Verification::Success {
            must_change: Some(MustChange::FirstTimeUser),
            ..
        }
    ));
}

#[test]
fn success_clears_the_failure_count() {
    let policy = Policy::EXCHANGE;
    let mut account = chosen(&policy);
    for _ in 0..4 {
        fail(&mut account, &policy);
    }
    let outcome = account
        .verify(&policy, &Context::new(), "480137", DAY0)
        .unwrap();
    assert!(matches!(
        outcome,
        Verification::Success {
            must_change: None,
            ..
        }
    ));
    assert_eq!(account.status(&policy, DAY0).failures, 0);
    // The count starts again: the next reset is five failures away.
    match fail(&mut account, &policy) {
        Verification::Failure {
            attempts_before_reset,
            new_pin,
            ..
        } => {
            assert_eq!(attempts_before_reset, Some(4));
            assert!(new_pin.is_none());
        }
        other => panic!("{other:?}"),
    }
}

#[test]
fn expiry_at_exactly_lifetime_days_and_never_with_0() {
    let policy = Policy::EXCHANGE;
    let mut account = chosen(&policy);
    let expiry = DAY0.plus_days(60);
    let just_before = Timestamp::from_unix_millis(expiry.unix_millis() - 1);
    assert_eq!(account.status(&policy, DAY0).expires_at, Some(expiry));
    assert!(!account.status(&policy, just_before).pin_expired);
    assert!(account.status(&policy, expiry).pin_expired);
    let outcome = account
        .verify(&policy, &Context::new(), "480137", expiry)
        .unwrap();
    assert!(matches!(
        outcome,
        Verification::Success {
            must_change: Some(MustChange::Expired),
            ..
        }
    ));

    let never = Policy::builder().lifetime_days(0).build().unwrap();
    let account = chosen(&never);
    let far = DAY0.plus_days(999).plus_days(999);
    assert_eq!(account.status(&never, far).expires_at, None);
    assert!(!account.status(&never, far).pin_expired);
}

#[test]
fn unlimited_resets_lock_only_at_the_lockout() {
    let policy = Policy::TEAMS;
    let context = Context::new();
    let (mut account, _) = new_account(&policy, &context);
    account.set_pin(&policy, &context, "48013", DAY0).unwrap();
    for failure in 1..=25u16 {
        match fail(&mut account, &policy) {
            Verification::Failure {
                attempts_before_reset,
                new_pin,
                locked_out,
                attempts_before_lockout,
            } => {
                assert!(new_pin.is_none() && attempts_before_reset.is_none());
                assert_eq!(locked_out, failure == 25);
                assert_eq!(attempts_before_lockout, 25 - failure);
            }
            other => panic!("{other:?}"),
        }
    }
}

#[test]
fn a_tightened_policy_applies_to_existing_pins_only_when_asked() {
    let old = Policy::EXCHANGE;
    let mut account = chosen(&old);
    let tighter = Policy::builder().min_length(8).build().unwrap();
    let outcome = account
        .verify(&tighter, &Context::new(), "480137", DAY0)
        .unwrap();
    assert!(matches!(
        outcome,
        Verification::Success {
            must_change: Some(MustChange::PolicyChanged),
            ..
        }
    ));

    let tighter_teams_style = Policy::builder()
        .min_length(8)
        .apply_to_existing_pins(false)
        .build()
        .unwrap();
    let outcome = account
        .verify(&tighter_teams_style, &Context::new(), "480137", DAY0)
        .unwrap();
    assert!(matches!(
        outcome,
        Verification::Success {
            must_change: None,
            ..
        }
    ));

    // A new extension also counts as a changed context for the pattern checks.
    let outcome = account
        .verify(
            &old,
            &Context::new().with_extension("55480137"),
            "480137",
            DAY0,
        )
        .unwrap();
    assert!(matches!(
        outcome,
        Verification::Success {
            must_change: Some(MustChange::PolicyChanged),
            ..
        }
    ));
}

#[test]
fn admin_reset_unlocks_and_must_change() {
    let policy = Policy::EXCHANGE;
    let mut account = chosen(&policy);
    for _ in 0..15 {
        fail(&mut account, &policy);
    }
    assert!(account.status(&policy, DAY0).locked_out);
    let pin = account.admin_reset(&policy, &Context::new(), DAY0).unwrap();
    let status = account.status(&policy, DAY0);
    assert!(!status.locked_out && status.first_time_user && status.failures == 0);
    let outcome = account
        .verify(&policy, &Context::new(), pin.expose(), DAY0)
        .unwrap();
    assert!(matches!(
        outcome,
        Verification::Success {
            must_change: Some(MustChange::FirstTimeUser),
            ..
        }
    ));
    account
        .set_pin(&policy, &Context::new(), "271828", DAY0)
        .unwrap();
    assert!(!account.status(&policy, DAY0).first_time_user);
}

#[test]
fn set_pin_checks_the_policy_and_the_history() {
    let policy = Policy::builder().history_count(3).build().unwrap();
    let context = Context::new().with_extension("+1 425 553 6697");
    let mut account = chosen(&policy);
    let mut refused = |pin: &str| match account.set_pin(&policy, &context, pin, DAY0) {
        Err(AccountError::Rejected(report)) => report.codes().collect::<Vec<_>>(),
        other => panic!("{pin}: {other:?}"),
    };
    assert_eq!(refused("480137"), [Code::Recycled]);
    assert_eq!(refused("123456"), [Code::Sequential]);
    assert_eq!(refused("536697"), [Code::ExtensionSuffix]);
    assert_eq!(refused("12a"), [Code::NotDigits, Code::TooShort]);

    // History 3: the current PIN and the two before it.
    account.set_pin(&policy, &context, "271828", DAY0).unwrap();
    account.set_pin(&policy, &context, "314159", DAY0).unwrap();
    account.set_pin(&policy, &context, "161803", DAY0).unwrap();
    assert!(matches!(
        account.set_pin(&policy, &context, "271828", DAY0),
        Err(AccountError::Rejected(_))
    ));
    account.set_pin(&policy, &context, "480137", DAY0).unwrap();
}

#[test]
fn serialized_accounts_round_trip_and_hold_no_pin() {
    let policy = Policy::EXCHANGE;
    let mut account = chosen(&policy);
    fail(&mut account, &policy);
    let text = account.serialize();
    assert!(
        !text.contains("480137") && !text.contains("999998"),
        "{text}"
    );
    assert_eq!(parse(&text), account);
    let debug = format!("{account:?}");
    assert!(!debug.contains("480137"), "{debug}");
    for bad in [
        "",
        "{}",
        "null",
        &text[..text.len() / 2],
        &text.replace("\"version\":3", "\"version\":9"),
        &text.replace("\"version\":3", "\"version\":1"), // version 1 has no revision
        &text.replace("\"version\":3", "\"version\":2"), // nor has 2 `policyChanged`
        &text.replace("\"revision\":", "\"revision\":-"),
    ] {
        let error = wire::parse(bad, PinHistory::parse_for_tests).unwrap_err();
        assert_eq!(error.code(), "invalidAccount", "{bad}");
    }
    let error = wire::parse(
        &text.replace("\"version\":3", "\"version\":4"),
        PinHistory::parse_for_tests,
    )
    .unwrap_err();
    assert!(
        error
            .to_string()
            .contains("reads version 3 and earlier ones from 1"),
        "{error}"
    );
    let error = PinAccount::parse(&text).unwrap_err();
    assert!(
        error.to_string().contains("memory"),
        "the public parser wants real parameters: {error}"
    );
}

/// The serialized state without its revision: what an operation may change.
fn without_revision(account: &PinAccount) -> serde_json::Value {
    let mut value: serde_json::Value = serde_json::from_str(&account.serialize()).unwrap();
    value.as_object_mut().unwrap().remove("revision");
    value
}

#[test]
fn every_change_increases_the_revision_and_nothing_else_does() {
    let policy = Policy::EXCHANGE;
    let context = Context::new();
    let (mut account, first) = new_account(&policy, &context);
    assert_eq!(account.revision(), 1, "creation is the first change");
    let mut expected = 1;
    // `changes`: how many changes the step made.
    let mut step = |account: &PinAccount, changes: u64, what: &str| {
        expected += changes;
        assert_eq!(account.revision(), expected, "{what}");
    };
    account
        .verify(&policy, &context, first.expose(), DAY0)
        .unwrap();
    step(&account, 0, "a right PIN with no failure to clear");
    account.set_pin(&policy, &context, "480137", DAY0).unwrap();
    step(&account, 1, "set_pin");
    assert!(account.set_pin(&policy, &context, "1234", DAY0).is_err());
    step(&account, 0, "a refused set_pin");
    fail(&mut account, &policy);
    step(&account, 1, "a failed logon");
    account.verify(&policy, &context, "480137", DAY0).unwrap();
    step(&account, 1, "a right PIN clearing a failure");
    account.unlock(DAY0);
    step(&account, 0, "unlocking an unlocked account");
    for _ in 0..15 {
        fail(&mut account, &policy);
    }
    step(&account, 15, "15 failures, two of them resetting the PIN");
    account.verify(&policy, &context, "480137", DAY0).unwrap();
    step(&account, 0, "a logon on a locked account");
    let _ = account.status(&policy, DAY0.plus_days(90));
    let _ = account.serialize();
    step(&account, 0, "reading the status and the text");
    account.unlock(DAY0);
    step(&account, 1, "unlocking a locked account");
    account.admin_reset(&policy, &context, DAY0).unwrap();
    step(&account, 1, "an administrator's reset");
    assert_eq!(
        parse(&account.serialize()).revision(),
        1 + 1 + 1 + 1 + 15 + 1 + 1
    );
}

#[test]
fn a_version_1_account_still_parses_as_revision_0() {
    let policy = Policy::EXCHANGE;
    let mut account = chosen(&policy);
    fail(&mut account, &policy);
    let mut value: serde_json::Value = serde_json::from_str(&account.serialize()).unwrap();
    let object = value.as_object_mut().unwrap();
    object.remove("revision");
    object.remove("policyChanged");
    object.insert("version".into(), 1.into());
    let old = parse(&serde_json::to_string(&value).unwrap());
    assert_eq!(old.revision(), 0);
    assert_eq!(without_revision(&old), without_revision(&account));
    assert_eq!(old.status(&policy, DAY0), account.status(&policy, DAY0));
    // Written again, it is version 3, and its next change is revision 1.
    assert!(old.serialize().contains("\"version\":3,\"revision\":0"));
    let mut old = old;
    fail(&mut old, &policy);
    assert_eq!(old.revision(), 1);
}

/// One step of a random logon history.
#[derive(Clone, Debug)]
enum Step {
    RightPin,
    WrongPin,
    SetPin(u32),
    AdminReset,
    Unlock,
    Wait(u16),
}

fn step() -> impl Strategy<Value = Step> {
    prop_oneof![
        3 => Just(Step::RightPin),
        6 => Just(Step::WrongPin),
        2 => (100_000u32..1_000_000).prop_map(Step::SetPin),
        1 => Just(Step::AdminReset),
        1 => Just(Step::Unlock),
        1 => (0u16..90).prop_map(Step::Wait),
    ]
}

fn small_policy() -> impl Strategy<Value = Policy> {
    (1u32..12, proptest::option::of(1u32..6), 0u32..5).prop_filter_map(
        "reset below lockout",
        |(lockout, reset, life)| {
            Policy::builder()
                .failures_before_lockout(lockout)
                .failures_before_reset(reset)
                .lifetime_days(life * 30)
                .build()
                .ok()
        },
    )
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, ..ProptestConfig::default() })]

    #[test]
    fn any_sequence_keeps_the_invariants(policy in small_policy(), steps in proptest::collection::vec(step(), 1..40)) {
        let context = Context::new();
        let (mut account, first) = new_account(&policy, &context);
        let mut current = first.expose().to_owned();
        let mut now = DAY0;
        let lockout = u32::from(policy.failures_before_lockout());
        for step in steps {
            let before = account.clone();
            let was_locked = account.status(&policy, now).locked_out;
            let failures_before = account.status(&policy, now).failures;
            match step {
                Step::RightPin | Step::WrongPin => {
                    let pin = if matches!(step, Step::RightPin) { current.clone() } else { "000001".to_owned() };
                    match account.verify(&policy, &context, &pin, now).unwrap() {
                        Verification::LockedOut => prop_assert!(was_locked),
                        Verification::Success { .. } => {
                            prop_assert!(!was_locked, "a locked account never succeeds");
                            prop_assert!(matches!(step, Step::RightPin));
                            prop_assert_eq!(account.status(&policy, now).failures, 0);
                        }
                        Verification::Failure { new_pin, locked_out, .. } => {
                            prop_assert!(!was_locked && matches!(step, Step::WrongPin));
                            let failures = account.status(&policy, now).failures;
                            prop_assert_eq!(failures, failures_before + 1);
                            prop_assert_eq!(locked_out, failures == lockout, "locks exactly at the lockout count");
                            if let Some(pin) = new_pin {
                                current = pin.expose().to_owned();
                            }
                        }
                    }
                }
                Step::SetPin(n) => {
                    let pin = n.to_string();
                    if account.set_pin(&policy, &context, &pin, now).is_ok() {
                        current = pin;
                    }
                }
                Step::AdminReset => current = account.admin_reset(&policy, &context, now).unwrap().expose().to_owned(),
                Step::Unlock => account.unlock(now),
                Step::Wait(days) => now = now.plus_days(days),
            }
            let status = account.status(&policy, now);
            prop_assert_eq!(status.locked_out, status.failures >= lockout);
            prop_assert!(status.failures <= lockout);
            prop_assert!(account.history().is_current(&current));
            prop_assert_eq!(parse(&account.serialize()), account.clone());
            // The revision moves by one exactly when the stored state changed.
            let changed = without_revision(&account) != without_revision(&before);
            prop_assert_eq!(account.revision(), before.revision() + u64::from(changed), "{:?}", step);
        }
    }
}

#[test]
fn min_age_days_holds_a_chosen_pin_back_and_never_a_required_change() {
    let policy = Policy::builder().min_age_days(2).build().unwrap();
    let context = Context::new();
    let mut account = chosen(&policy); // 480137, chosen on DAY0
    let revision = account.revision();
    let error = account
        .set_pin(&policy, &context, "592746", DAY0.plus_days(1))
        .unwrap_err();
    assert!(
        matches!(error, AccountError::TooSoon { allowed_at } if allowed_at == DAY0.plus_days(2)),
        "{error:?}"
    );
    assert_eq!(error.code(), "tooSoon");
    assert_eq!(
        account.revision(),
        revision,
        "a refused change changes nothing"
    );
    assert!(
        account
            .set_pin(&policy, &context, "592746", DAY0.plus_days(2))
            .is_ok()
    );

    // A required change is always allowed: first use (after a reset) …
    let pin = account
        .admin_reset(&policy, &context, DAY0.plus_days(2))
        .unwrap();
    assert!(
        account
            .verify(&policy, &context, pin.expose(), DAY0.plus_days(2))
            .is_ok()
    );
    assert!(
        account
            .set_pin(&policy, &context, "718293", DAY0.plus_days(2))
            .is_ok()
    );
    // … an expired PIN …
    let expiring = Policy::builder()
        .min_age_days(5)
        .lifetime_days(3)
        .build()
        .unwrap();
    let mut old = chosen(&expiring);
    assert!(
        old.set_pin(&expiring, &context, "592746", DAY0.plus_days(3))
            .is_ok()
    );
    // … and a PIN that a tightened policy no longer accepts, once a logon has said so.
    let mut loose = chosen(&policy);
    let tight = Policy::builder()
        .min_age_days(2)
        .extra_checks([crate::ExtraCheck::Date])
        .build()
        .unwrap();
    loose
        .set_pin(&policy, &context, "250684", DAY0.plus_days(2))
        .unwrap();
    let logon = loose
        .verify(&tight, &context, "250684", DAY0.plus_days(3))
        .unwrap();
    assert!(matches!(
        logon,
        Verification::Success {
            must_change: Some(MustChange::PolicyChanged),
            ..
        }
    ));
    assert!(
        loose
            .set_pin(&tight, &context, "592746", DAY0.plus_days(3))
            .is_ok()
    );
}

#[test]
fn min_age_days_0_never_refuses_even_when_the_clock_went_back() {
    let policy = Policy::EXCHANGE;
    let mut account = chosen(&policy);
    let earlier = Timestamp::from_unix_millis(DAY0.unix_millis() - 60_000);
    assert!(
        account
            .set_pin(&policy, &Context::new(), "592746", earlier)
            .is_ok()
    );
}

#[test]
fn expires_in_days_counts_whole_days_up_within_the_warning() {
    let policy = Policy::builder()
        .lifetime_days(10)
        .expiry_warning_days(3)
        .build()
        .unwrap();
    let account = chosen(&policy);
    let at = |millis: i64| Timestamp::from_unix_millis(DAY0.unix_millis() + millis);
    let day = 86_400_000;
    let warned = |now| account.status(&policy, now).expires_in_days;
    assert_eq!(warned(at(6 * day)), None, "4 days left: no warning yet");
    assert_eq!(warned(at(7 * day)), Some(3));
    assert_eq!(
        warned(at(7 * day + 1)),
        Some(3),
        "2 days and a bit: rounded up"
    );
    assert_eq!(warned(at(10 * day - 1)), Some(1));
    assert_eq!(warned(at(10 * day)), None, "expired: no warning");
    let quiet = Policy::builder().lifetime_days(10).build().unwrap();
    assert_eq!(account.status(&quiet, at(9 * day)).expires_in_days, None);
    let mut logon = account.clone();
    let outcome = logon
        .verify(&policy, &Context::new(), "480137", at(8 * day))
        .unwrap();
    assert!(matches!(
        outcome,
        Verification::Success {
            expires_in_days: Some(2),
            ..
        }
    ));
}
