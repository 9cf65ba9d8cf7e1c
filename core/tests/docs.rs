//! The repository's `docs/` against the crate: every code, message, checklist label, policy
//! field and policy error the crate has is documented, with the crate's exact words. A new
//! check or a reworded message fails here until its page says so.

use std::path::Path;

use pinwarden::{Code, Field, Locale, PatternCode, Policy, PolicyError, Rule, Violation};

fn page(name: &str) -> String {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../docs")
        .join(name);
    std::fs::read_to_string(&path).unwrap_or_else(|error| panic!("{}: {error}", path.display()))
}

/// A docs table with its `{parameter}` placeholders filled with the values used below.
fn filled(text: &str) -> String {
    text.replace("{min}", "6")
        .replace("{max}", "12")
        .replace("{historyCount}", "5")
        .replace("{count}", "5")
}

fn pattern_codes() -> impl Iterator<Item = PatternCode> {
    PatternCode::ALL.into_iter()
}

/// Each pattern check's violation: with `max` 12 (`{max}` in the tables) for the checks
/// that take one, and `repeatRun` with `max` 1 too, which is worded apart.
fn pattern_violations() -> Vec<Violation> {
    let mut violations: Vec<Violation> = pattern_codes()
        .map(|code| match code.max_range() {
            Some(_) => Violation::Run { code, max: 12 },
            None => Violation::Pattern(code),
        })
        .collect();
    violations.push(Violation::Run {
        code: PatternCode::RepeatRun,
        max: 1,
    });
    violations
}

/// Each pattern check's checklist rule, as [`pattern_violations`].
fn pattern_rules() -> Vec<Rule> {
    pattern_violations()
        .into_iter()
        .map(|violation| match violation {
            Violation::Run { code, max } => Rule::Run { code, max },
            Violation::Pattern(code) => Rule::Pattern(code),
            other => panic!("{other:?} is no pattern"),
        })
        .collect()
}

#[test]
fn every_code_is_in_the_checks_page_and_every_message_in_the_messages_page() {
    let checks = page("checks.md");
    let messages = filled(&page("messages.md"));
    let mut violations = vec![
        Violation::Required,
        Violation::NotDigits,
        Violation::TooShort { min: 6, actual: 3 },
        Violation::TooLong {
            max: 12,
            actual: 13,
        },
        Violation::Recycled { history_count: 1 },
        Violation::Recycled { history_count: 5 },
    ];
    violations.extend(pattern_violations());
    for violation in violations {
        let code = violation.code().as_str();
        assert!(
            checks.contains(&format!("| `{code}` |")),
            "checks.md has no row for `{code}`"
        );
        let row = format!(
            "| {} | {} |",
            violation.message(Locale::En),
            violation.message(Locale::Fr)
        );
        assert!(
            messages.contains(&row),
            "messages.md lacks `{code}`'s messages: {row}"
        );
    }
    for code in Code::ALL {
        assert!(
            code.pattern().is_some() || checks.contains(&format!("| `{}` | §2.1 |", code.as_str())),
            "checks.md's parameter table lacks `{code}`"
        );
    }
}

#[test]
fn every_checklist_label_is_in_the_messages_page() {
    let messages = filled(&page("messages.md"));
    let mut rules = vec![
        Rule::Length { min: 0, max: 12 },
        Rule::Length { min: 6, max: 6 },
        Rule::Length { min: 6, max: 12 },
        Rule::DigitsOnly,
        Rule::NotRecent { count: 1 },
        Rule::NotRecent { count: 5 },
    ];
    rules.extend(pattern_rules());
    for rule in rules {
        let row = format!(
            " | {} | {} |",
            rule.label(Locale::En),
            rule.label(Locale::Fr)
        );
        assert!(
            messages.contains(&row),
            "messages.md lacks the label {rule:?}: {row}"
        );
    }
}

#[test]
fn every_policy_field_default_and_error_code_is_in_the_policy_page() {
    let policy = page("policy.md");
    let defaults = serde_json::to_value(Policy::EXCHANGE).unwrap();
    for field in Field::ALL {
        let name = field.name();
        let row = policy
            .lines()
            .find(|line| line.starts_with(&format!("| `{name}` |")))
            .unwrap_or_else(|| panic!("policy.md has no row for `{name}`"));
        let default = match &defaults[name] {
            serde_json::Value::Array(items) if items.is_empty() => "`[]`".to_owned(),
            value => value.to_string(),
        };
        assert!(
            row.contains(&format!("| {default} |")),
            "`{name}`: default {default} not in {row}"
        );
        if let Some(exchange) = field.exchange_name() {
            assert!(
                row.ends_with(&format!("| {exchange} |")),
                "`{name}`: {exchange} not in {row}"
            );
        }
    }
    for input in [
        r#"{"minLenght": 6}"#,
        r#"{"minLength": "6"}"#,
        r#"{"minLength": 6.5}"#,
        r#"{"minLength": 3}"#,
        r#"{"minLength": 8, "maxLength": 6}"#,
        r#"{"minLength": 6, "MinPINLength": 6}"#,
        r#"{"extraChecks": ["dates"]}"#,
        r#""lenient""#,
        "{",
    ] {
        let error: PolicyError = Policy::from_json_str(input).unwrap_err();
        let code = error.code();
        assert!(
            policy.contains(&format!("| `{code}` |")),
            "policy.md lacks the error `{code}`"
        );
    }
}

/// GitHub's anchor for a heading: lower case, punctuation dropped, spaces as hyphens.
fn anchor(heading: &str) -> String {
    heading
        .to_lowercase()
        .chars()
        .filter_map(|c| match c {
            ' ' => Some('-'),
            c if c.is_alphanumeric() || c == '-' || c == '_' => Some(c),
            _ => None,
        })
        .collect()
}

#[test]
fn every_link_between_the_repository_pages_resolves() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let mut pages: Vec<_> = std::fs::read_dir(root.join("docs"))
        .unwrap()
        .map(|entry| entry.unwrap().path())
        .collect();
    for page in [
        "README.md",
        "ARCHITECTURE.md",
        "npm/README.md",
        "web/README.md",
    ] {
        pages.push(root.join(page));
    }
    for page in pages {
        let text = std::fs::read_to_string(&page).unwrap();
        for (_, rest) in text
            .match_indices("](")
            .map(|(at, _)| text.split_at(at + 2))
        {
            let target = &rest[..rest.find(')').unwrap()];
            if target.contains("://") || target.starts_with("mailto:") {
                continue;
            }
            let (file, fragment) = target.split_once('#').unwrap_or((target, ""));
            let linked = if file.is_empty() {
                page.clone()
            } else {
                page.parent().unwrap().join(file)
            };
            assert!(
                linked.exists(),
                "{}: `{target}` does not exist",
                page.display()
            );
            if !fragment.is_empty() {
                let headings = std::fs::read_to_string(&linked).unwrap();
                assert!(
                    headings
                        .lines()
                        .filter_map(|line| line
                            .trim_start_matches('#')
                            .strip_prefix(' ')
                            .filter(|_| line.starts_with('#')))
                        .any(|heading| anchor(heading) == fragment),
                    "{}: no heading for `{target}`",
                    page.display()
                );
            }
        }
    }
}
