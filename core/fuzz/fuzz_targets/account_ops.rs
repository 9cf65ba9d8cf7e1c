//! Parsing any text as an account, and applying any sequence of operations to an account
//! (with cheap Argon2 parameters), asserting SPEC §6's invariants after each step.
#![no_main]

use arbitrary::Arbitrary;
use libfuzzer_sys::fuzz_target;
use pinwarden::{Context, PinAccount, PinHistory, Policy, Timestamp, Verification};

#[derive(Arbitrary, Debug)]
enum Op {
    RightPin,
    WrongPin(u32),
    SetPin(String),
    AdminReset,
    Unlock,
    Wait(u16),
}

#[derive(Arbitrary, Debug)]
struct Input {
    text: String,
    lockout: u8,
    reset: Option<u8>,
    lifetime: u8,
    ops: Vec<Op>,
}

fuzz_target!(|input: Input| {
    if let Err(error) = PinAccount::parse_for_tests(&input.text) {
        assert_eq!(error.code(), "invalidAccount");
    }
    let lockout = u32::from(input.lockout % 30) + 1;
    let Ok(policy) = Policy::builder()
        .failures_before_lockout(lockout)
        .failures_before_reset(input.reset.map(|r| u32::from(r % 30) + 1))
        .lifetime_days(u32::from(input.lifetime))
        .build()
    else {
        return;
    };
    let context = Context::new().with_extension("36697");
    let mut now = Timestamp::from_unix_millis(1_700_000_000_000);
    let Ok((mut account, first)) = PinAccount::create_with(
        PinHistory::for_tests(policy.history_count()),
        &policy,
        &context,
        now,
    ) else {
        return;
    };
    let mut current = first.expose().to_owned();
    for op in input.ops.into_iter().take(64) {
        let before = account.clone();
        let locked = account.status(&policy, now).locked_out;
        match op {
            Op::RightPin | Op::WrongPin(_) => {
                let pin = match op {
                    Op::WrongPin(n) => format!("{:06}", n % 1_000_000),
                    _ => current.clone(),
                };
                let right = pin == current;
                match account.verify(&policy, &context, &pin, now).unwrap() {
                    Verification::LockedOut => assert!(locked),
                    Verification::Success { .. } => {
                        assert!(!locked && right, "a locked account never succeeds")
                    }
                    Verification::Failure {
                        new_pin,
                        locked_out,
                        ..
                    } => {
                        assert!(!locked && !right);
                        assert_eq!(locked_out, account.status(&policy, now).failures == lockout);
                        if let Some(pin) = new_pin {
                            current = pin.expose().to_owned();
                        }
                    }
                }
            }
            Op::SetPin(pin) => {
                if account.set_pin(&policy, &context, &pin, now).is_ok() {
                    current = pin;
                }
            }
            Op::AdminReset => {
                current = account
                    .admin_reset(&policy, &context, now)
                    .unwrap()
                    .expose()
                    .to_owned()
            }
            Op::Unlock => account.unlock(now),
            Op::Wait(days) => now = now.plus_days(days),
        }
        let status = account.status(&policy, now);
        assert_eq!(status.locked_out, status.failures >= lockout);
        assert!(status.failures <= lockout);
        assert!(account.history().is_current(&current));
        let text = account.serialize();
        assert_eq!(PinAccount::parse_for_tests(&text).unwrap(), account);
        // The revision moves by one exactly when the state changed (SPEC §6).
        let changed = without_revision(&text) != without_revision(&before.serialize());
        assert_eq!(account.revision(), before.revision() + u64::from(changed));
    }
});

/// The serialized state without its revision: what an operation may change.
fn without_revision(text: &str) -> serde_json::Value {
    let mut value: serde_json::Value = serde_json::from_str(text).unwrap();
    value.as_object_mut().unwrap().remove("revision");
    value
}
