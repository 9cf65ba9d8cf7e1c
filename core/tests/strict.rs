//! SPEC §2.3 and §2.4: the extra checks through `validate_pin`, and the budgets of the
//! `strict` preset, measured over whole PIN spaces.

use pinwarden::{Code, Context, ExtraCheck, Policy, validate_pin};

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

#[test]
fn every_extra_check_example_of_the_spec() {
    let ext = Context::new().with_extension("36697");
    let cases: [(ExtraCheck, &[&str], &[&str]); 9] = [
        (
            ExtraCheck::Arithmetic,
            &["1357", "2468", "9630", "7036"],
            &["1358"],
        ),
        (
            ExtraCheck::RepeatedGroup,
            &["1212", "123123", "408408", "12341234"],
            &["12312"],
        ),
        (
            ExtraCheck::FewDistinct,
            &["1122", "1211", "121121"],
            &["1123"],
        ),
        (
            ExtraCheck::Palindrome,
            &["1221", "123321", "12321"],
            &["1231"],
        ),
        (
            ExtraCheck::Date,
            &["1984", "2007", "3112", "1225", "250684", "19840625"],
            &["3213", "2099"],
        ),
        (
            ExtraCheck::KeypadPattern,
            &[
                "2580", "0852", "1470", "3690", "1590", "7530", "159", "357", "753",
            ],
            &["2581"],
        ),
        (
            ExtraCheck::ContainsExtension,
            &["366970", "136697"],
            &["3669"],
        ),
        (ExtraCheck::ReversedExtension, &["79663", "9663"], &["7966"]),
        (
            ExtraCheck::CommonPin,
            &["1004", "5683", "2580", "0007", "520131", "147258", "159753"],
            &["4829"],
        ),
    ];
    for (check, refused, accepted) in cases {
        let policy = Policy::builder()
            .min_length(0)
            .extra_checks([check])
            .build()
            .unwrap();
        for pin in refused {
            assert!(
                validate_pin(pin, &policy, &ext).has(check.code()),
                "{check} should refuse {pin}"
            );
        }
        for pin in accepted {
            assert!(
                !validate_pin(pin, &policy, &ext).has(check.code()),
                "{check} should accept {pin}"
            );
        }
        let lenient = Policy::builder()
            .min_length(0)
            .allow_common_patterns(true)
            .extra_checks([check])
            .build()
            .unwrap();
        assert!(
            validate_pin(refused[0], &lenient, &ext).ok(),
            "{check} needs allowCommonPatterns false"
        );
    }
}
