//! SPEC §2.4: the budgets of the `strict` preset, measured over whole PIN spaces. (Every
//! check's examples run in the core's registry tests, `checks/tests.rs`.)

use pinwarden::{Code, Context, Policy, validate_pin};

/// `strict` with `minLength` lowered so that length does not count (SPEC §2.4).
fn strict_at(length: u32) -> Policy {
    let mut json = serde_json::to_value(Policy::STRICT).unwrap();
    json["minLength"] = length.into();
    Policy::from_json(&json).unwrap()
}

fn refused_share(length: u32) -> (u64, u64) {
    let policy = strict_at(length);
    let context = Context::new();
    let total = 10u64.pow(length);
    let refused = (0..total)
        .filter(|n| {
            !validate_pin(
                &format!("{n:0width$}", width = length as usize),
                &policy,
                &context,
            )
            .ok()
        })
        .count() as u64;
    (refused, total)
}

#[test]
fn the_top_20_four_digit_pins_are_refused() {
    let policy = strict_at(4);
    let top = [
        "1234", "1111", "0000", "1212", "7777", "1004", "2000", "4444", "2222", "6969", "9999",
        "3333", "5555", "6666", "1122", "1313", "8888", "4321", "2001", "1010",
    ];
    for pin in top {
        assert!(!validate_pin(pin, &policy, &Context::new()).ok(), "{pin}");
    }
}

#[test]
fn at_most_10_percent_of_four_digit_pins() {
    let (refused, total) = refused_share(4);
    assert!(refused * 10 <= total, "strict refuses {refused} of {total}");
}

#[test]
fn at_most_2_percent_of_six_digit_pins() {
    let (refused, total) = refused_share(6);
    assert!(refused * 50 <= total, "strict refuses {refused} of {total}");
}

#[test]
fn issue_examples_are_refused_with_the_right_codes() {
    let context = Context::new();
    let has = |pin: &str, code: Code| validate_pin(pin, &Policy::STRICT, &context).has(code);
    assert!(has("2580", Code::KeypadPattern));
    assert!(has("1984", Code::Date));
    assert!(has("123321", Code::Palindrome));
}
