//! The registry's tests: every check's examples through `validate_pin`, and every check's
//! words and place in the lists, in every locale.

use crate::{
    Code, Context, ExtraCheck, Locale, PatternCode, Policy, RuleState, checklist, validate_pin,
};

/// A policy under which `pattern` runs, and length does not count.
fn asking_for(pattern: PatternCode, allow_common_patterns: bool) -> Policy {
    Policy::builder()
        .min_length(0)
        .allow_common_patterns(allow_common_patterns)
        .extra_checks(pattern.extra())
        .build()
        .unwrap()
}

fn codes(pin: &str, policy: &Policy, context: &Context<'_>) -> Vec<Code> {
    validate_pin(pin, policy, context).codes().collect()
}

#[test]
fn every_example_of_every_check() {
    for pattern in PatternCode::ALL {
        let examples = pattern.examples();
        assert!(!examples.refused.is_empty(), "{pattern} has no example");
        let history = examples.history.to_vec();
        let context = Context::new()
            .with_extensions(examples.extensions)
            .with_names(examples.names)
            .with_history(&history);
        let policy = asking_for(pattern, false);
        let lenient = asking_for(pattern, true);
        for pin in examples.refused {
            let report = validate_pin(pin, &policy, &context);
            assert!(report.has(pattern), "{pattern} should refuse {pin}");
            if pattern.extra().is_none() {
                assert_eq!(codes(pin, &policy, &context), [pattern.code()], "{pin}");
            }
            assert!(
                validate_pin(pin, &lenient, &context).ok(),
                "{pattern} needs allowCommonPatterns false ({pin})"
            );
        }
        for pin in examples.accepted {
            let report = validate_pin(pin, &policy, &context);
            assert!(!report.has(pattern), "{pattern} should accept {pin}");
            if pattern.extra().is_none() {
                assert!(report.ok(), "{pin}: {:?}", codes(pin, &policy, &context));
            }
        }
    }
}

#[test]
fn every_check_has_a_label_and_a_message_of_its_own_in_every_locale() {
    for locale in Locale::ALL {
        let mut labels = Vec::new();
        let mut messages = Vec::new();
        for pattern in PatternCode::ALL {
            let label = pattern.label(locale);
            let message = pattern.message(locale);
            for text in [&label, &message] {
                assert!(text.chars().any(char::is_alphabetic), "{pattern}: {text:?}");
                assert_ne!(text, pattern.name(), "{pattern} in {locale} shows its code");
            }
            assert_ne!(label, message, "{pattern} in {locale}");
            labels.push(label);
            messages.push(message);
        }
        for texts in [&labels, &messages] {
            let mut unique = texts.clone();
            unique.sort();
            unique.dedup();
            assert_eq!(
                unique.len(),
                texts.len(),
                "two checks share words: {texts:?}"
            );
        }
    }
    for pattern in PatternCode::ALL {
        let [label_en, label_fr] = Locale::ALL.map(|locale| pattern.label(locale));
        assert_ne!(label_en, label_fr, "{pattern}'s label is not translated");
        let [message_en, message_fr] = Locale::ALL.map(|locale| pattern.message(locale));
        assert_ne!(
            message_en, message_fr,
            "{pattern}'s message is not translated"
        );
    }
}

#[test]
fn the_checklist_lists_every_check_in_force_when_the_context_has_what_it_reads() {
    let every_check = Policy::builder()
        .extra_checks(ExtraCheck::ALL)
        .build()
        .unwrap();
    let history = ["480137"];
    let with_everything = Context::new()
        .with_extension("36697")
        .with_name("Amos Marble")
        .with_history(&history);
    let listed = |context: &Context<'_>| -> Vec<PatternCode> {
        checklist("", &every_check, context)
            .into_iter()
            .filter_map(|item| item.rule.pattern())
            .collect()
    };
    assert_eq!(listed(&with_everything), PatternCode::ALL);
    let without = listed(&Context::new());
    for pattern in PatternCode::ALL {
        assert_eq!(
            without.contains(&pattern),
            pattern.needs().met_by(&Context::new()),
            "{pattern}"
        );
    }
    for item in checklist("", &Policy::EXCHANGE, &with_everything) {
        assert_eq!(item.state, RuleState::Pending, "{:?}", item.rule);
    }
}

#[test]
fn the_lists_agree_with_each_other() {
    for (index, code) in Code::ALL.into_iter().enumerate() {
        assert_eq!(code as usize, index, "{code}: ALL is in report order");
        assert_eq!(Code::from_name(code.as_str()), Some(code));
        let name = code.as_str();
        assert!(
            name.starts_with(|c: char| c.is_ascii_lowercase())
                && name.chars().all(|c| c.is_ascii_alphanumeric()),
            "{name} is not camelCase"
        );
    }
    let patterns: Vec<Code> = Code::ALL
        .into_iter()
        .filter_map(Code::pattern)
        .map(PatternCode::code)
        .collect();
    assert_eq!(patterns, PatternCode::ALL.map(PatternCode::code));
    for pattern in PatternCode::ALL {
        assert_eq!(pattern.code().pattern(), Some(pattern));
        assert_eq!(
            pattern.extra().map(ExtraCheck::code),
            pattern.extra().map(|_| pattern)
        );
    }
    for check in ExtraCheck::ALL {
        assert_eq!(ExtraCheck::from_name(check.name()), Some(check));
        assert_eq!(check.code().extra(), Some(check));
        assert_eq!(check.to_string(), check.name());
    }
    let common: Vec<PatternCode> = PatternCode::ALL
        .into_iter()
        .filter(|pattern| pattern.extra().is_none())
        .collect();
    assert_eq!(common, PatternCode::COMMON);
}
