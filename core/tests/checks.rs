//! SPEC §2: the rules through `validate_pin`: order, parameters, length, and whole-space
//! counts. (The examples of every pattern check run in `core/src/checks/tests.rs`.)

use pinwarden::{Code, Context, Locale, Policy, validate_pin};

fn codes(pin: &str, policy: &Policy, context: &Context<'_>) -> Vec<&'static str> {
    validate_pin(pin, policy, context)
        .codes()
        .map(Code::as_str)
        .collect()
}

fn exchange_4() -> Policy {
    Policy::builder().min_length(4).build().unwrap()
}

#[test]
fn always_checked_rules() {
    let p = Policy::EXCHANGE;
    let none = Context::new();
    assert_eq!(codes("", &p, &none), ["required"]);
    assert!(validate_pin("", &Policy::builder().min_length(0).build().unwrap(), &none).ok());
    assert_eq!(codes("12a4", &p, &none), ["notDigits", "tooShort"]);
    assert_eq!(
        codes("١٢٣٤٥٦", &p, &none),
        ["notDigits"],
        "Arabic-Indic digits are not DTMF digits"
    );
    assert_eq!(
        codes("１２３４５６", &p, &none),
        ["notDigits"],
        "full-width digits neither"
    );
    assert_eq!(codes("48201", &p, &none), ["tooShort"]);
    assert_eq!(codes(&"4".repeat(25), &p, &none), ["tooLong", "repeated"]);
    let history = ["482017", "591034"];
    let with_history = Context::new().with_history(&history);
    assert_eq!(codes("591034", &p, &with_history), ["recycled"]);
    assert!(validate_pin("591035", &p, &with_history).ok());
}

#[test]
fn length_counts_characters() {
    let report = validate_pin("é1", &Policy::EXCHANGE, &Context::new());
    let too_short = report
        .violations()
        .find(|v| v.code() == Code::TooShort)
        .unwrap();
    assert_eq!(
        too_short.params().collect::<Vec<_>>(),
        [("min", 6), ("actual", 2)]
    );
}

#[test]
fn pattern_examples_meet_the_length_rules() {
    // Every example of the §2.2 and §2.3 tables runs in the core's registry tests
    // (`checks/tests.rs`, from each check's `EXAMPLES`); here, how they meet length.
    let p = exchange_4();
    let ext = Context::new().with_extension("36697");
    assert_eq!(codes("697", &p, &ext), ["tooShort", "extensionSuffix"]);
    let no_digits = Context::new().with_extension("n/a");
    assert!(no_digits.extensions().is_empty());
}

#[test]
fn patterns_run_early_and_only_on_digits() {
    let p = Policy::EXCHANGE;
    assert_eq!(codes("12", &p, &Context::new()), ["tooShort", "sequential"]);
    assert_eq!(codes("1", &p, &Context::new()), ["tooShort"]);
    assert_eq!(codes("12a", &p, &Context::new()), ["notDigits", "tooShort"]);
}

#[test]
fn allow_common_patterns_switches_every_pattern_off() {
    let p = Policy::builder()
        .allow_common_patterns(true)
        .extra_checks(pinwarden::ExtraCheck::ALL)
        .build()
        .unwrap();
    let ext = Context::new().with_extension("123456");
    assert!(validate_pin("123456", &p, &ext).ok());
}

#[test]
fn order_follows_the_tables_and_each_code_appears_once() {
    let p = Policy::STRICT;
    let ext = Context::new().with_extension("1111");
    let history = ["1111"];
    let ctx = ext.with_history(&history);
    assert_eq!(
        codes("1111", &p, &ctx),
        [
            "tooShort",
            "recycled",
            "repeated",
            "extensionSuffix",
            "repeatedGroup",
            "palindrome",
            "date",
            "containsExtension",
            "reversedExtension",
            "commonPin"
        ]
    );
}

#[test]
fn exhaustive_four_digits_under_exchange() {
    let p = exchange_4();
    let none = Context::new();
    let (mut sequential, mut repeated, mut refused) = (0, 0, 0);
    for n in 0..10_000 {
        let pin = format!("{n:04}");
        let report = validate_pin(&pin, &p, &none);
        sequential += usize::from(report.has(Code::Sequential));
        repeated += usize::from(report.has(Code::Repeated));
        refused += usize::from(!report.ok());
        assert_eq!(report.ok(), report.violations().next().is_none());
    }
    assert_eq!((sequential, repeated, refused), (20, 10, 30));
}

#[test]
fn reports_serialize_with_localized_messages() {
    let report = validate_pin("1234", &Policy::EXCHANGE, &Context::new());
    let en = serde_json::to_value(report.localized(Locale::En)).unwrap();
    assert_eq!(en["ok"], false);
    assert_eq!(
        en["violations"][0],
        serde_json::json!({"code": "tooShort", "min": 6, "actual": 4, "message": "Use at least 6 digits."})
    );
    assert_eq!(en["violations"][1]["code"], "sequential");
    let bare = serde_json::to_value(report).unwrap();
    assert!(bare["violations"][0].get("message").is_none());
}
