//! Native render tests (Yew's server renderer): the editor shows every field of SPEC §1 with
//! its meaning, valid values, Exchange default and Exchange name, in each language.
#![cfg(not(target_arch = "wasm32"))]

use pinwarden::{ExtraCheck, Field, Locale, Policy};
use pinwarden_www::{PolicyEditor, PolicyEditorProps};
use yew::ServerRenderer;

async fn render(locale: Locale, initial: Policy) -> String {
    ServerRenderer::<PolicyEditor>::with_props(move || PolicyEditorProps { locale, initial })
        .hydratable(false)
        .render()
        .await
}

/// The markup between `<… id="{id}"` and the end of its element's opening tag.
fn tag_of<'a>(html: &'a str, id: &str) -> &'a str {
    let at = html
        .find(&format!("id=\"{id}\""))
        .unwrap_or_else(|| panic!("no #{id}"));
    let start = html[..at].rfind('<').unwrap();
    let end = at + html[at..].find('>').unwrap();
    &html[start..=end]
}

#[tokio::test]
async fn every_field_has_its_control_range_default_and_exchange_name() {
    let html = render(Locale::En, Policy::EXCHANGE).await;
    for field in Field::ALL {
        let id = format!("policy-{}", field.name());
        assert!(
            html.contains(&format!("<code>{}</code>", field.name())),
            "{id}"
        );
        assert!(html.contains(field.meaning(Locale::En)), "{id}");
        assert!(html.contains(field.valid_values(Locale::En)), "{id}");
        if let Some(name) = field.exchange_name() {
            assert!(html.contains(&format!("<code>{name}</code>")), "{id}");
        }
        if field.bounds().is_some() {
            // A text input with a numeric keypad: what was typed reaches the core as typed.
            let input = tag_of(&html, &id);
            assert!(input.contains("type=\"text\""), "{input}");
            assert!(input.contains("inputmode=\"numeric\""), "{input}");
            assert!(
                input.contains(&format!("aria-describedby=\"{id}-help\"")),
                "{input}"
            );
            assert!(input.contains("aria-invalid=\"false\""), "{input}");
        }
    }
    assert!(tag_of(&html, "policy-minLength").contains("value=\"6\""));
    assert!(html.contains("Default: <code>6</code>"));
    assert!(
        html.contains("Default: <code>null</code>") || html.contains("Default: <code>5</code>")
    );
    assert!(html.contains("The policy is valid."));
    assert!(
        html.contains(r#""minLength": 6"#),
        "the JSON view shows the policy"
    );
}

#[tokio::test]
async fn the_editor_speaks_french() {
    let html = render(Locale::Fr, Policy::EXCHANGE).await;
    for field in Field::ALL {
        assert!(html.contains(field.meaning(Locale::Fr)), "{field}");
        assert!(html.contains(field.valid_values(Locale::Fr)), "{field}");
    }
    for words in [
        "La stratégie est valide.",
        "Copier le JSON",
        "Coller depuis Exchange",
        "Par défaut :",
        "Stricte",
    ] {
        assert!(html.contains(words), "{words}");
    }
    assert!(!html.contains("The policy is valid."));
}

#[tokio::test]
async fn extra_checks_show_their_state_and_scope() {
    let html = render(Locale::En, Policy::STRICT).await;
    for check in ExtraCheck::ALL {
        let input = tag_of(&html, &format!("check-{}", check.name()));
        assert_eq!(
            input.contains("checked"),
            Policy::STRICT.has_extra_check(check),
            "{input}"
        );
    }
    assert!(
        html.contains("(only for PINs of 4 or 8 digits)"),
        "strict scopes date"
    );
    let unlimited = tag_of(
        &render(Locale::En, Policy::TEAMS).await,
        "policy-unlimited-resets",
    )
    .to_owned();
    assert!(
        unlimited.contains("checked"),
        "Teams resets are unlimited: {unlimited}"
    );
}

#[tokio::test]
async fn a_check_that_is_on_shows_its_max_with_range_and_default_and_its_severity() {
    let policy = Policy::from_json_str(
        r#"{"extraChecks": [{"check": "sequenceRun", "max": 4, "severity": "warn"}, "repeatRun", "date"], "minAgeDays": 1}"#,
    )
    .unwrap();
    for locale in Locale::ALL {
        let html = render(locale, policy).await;
        assert!(tag_of(&html, "policy-minAgeDays").contains("value=\"1\""));
        assert!(tag_of(&html, "policy-expiryWarningDays").contains("value=\"0\""));
        for check in ExtraCheck::ALL {
            let max_id = format!("check-{}-max", check.name());
            let severity_id = format!("check-{}-severity", check.name());
            let on = policy.has_extra_check(check);
            assert_eq!(
                html.contains(&format!("id=\"{max_id}\"")),
                on && check.max_range().is_some(),
                "{check}: a max input exactly for the checks on that take one"
            );
            assert_eq!(
                html.contains(&format!("id=\"{severity_id}\"")),
                on,
                "{check}"
            );
            if check != ExtraCheck::SequenceRun {
                assert!(html.contains(&check.label(locale)), "{check}");
            }
            if let (true, Some(range)) = (on, check.max_range()) {
                let input = tag_of(&html, &max_id);
                assert!(input.contains("inputmode=\"numeric\""), "{input}");
                assert!(
                    input.contains(&format!("aria-describedby=\"{max_id}-help\"")),
                    "{input}"
                );
                let help_at = html.find(&format!("id=\"{max_id}-help\"")).unwrap();
                let help =
                    &html[help_at..help_at + html[help_at..].find("</span></span>").unwrap()];
                assert!(
                    help.contains(&format!("{}–{}", range.min, range.max)),
                    "{help}"
                );
                assert!(
                    help.contains(&format!("<code>{}</code>", range.default)),
                    "{help}"
                );
            }
        }
        // The label says the max in force.
        assert!(
            html.contains(&ExtraCheck::SequenceRun.code().label_with(locale, 4)),
            "{locale:?}"
        );
        assert_ne!(
            ExtraCheck::SequenceRun.code().label_with(locale, 4),
            ExtraCheck::SequenceRun.label(locale)
        );
        // sequenceRun: max 4 as given, warns; repeatRun: its default (empty), refuses.
        assert!(tag_of(&html, "check-sequenceRun-max").contains("value=\"4\""));
        assert!(tag_of(&html, "check-repeatRun-max").contains("value=\"\""));
        let warns = |check: &str| {
            let at = html
                .find(&format!("id=\"check-{check}-severity\""))
                .unwrap();
            let select = &html[at..at + html[at..].find("</select>").unwrap()];
            select.contains("value=\"warn\" selected")
        };
        assert!(warns("sequenceRun"));
        assert!(!warns("repeatRun") && !warns("date"));
        assert!(html.contains(r#""severity": "warn""#), "the JSON view");
        assert!(html.contains(r#""minAgeDays": 1"#), "the JSON view");
    }
    let french = render(Locale::Fr, policy).await;
    for words in [
        "Paramètre",
        "Quand un code l’enfreint",
        "avertir, laisser passer",
    ] {
        assert!(french.contains(words), "{words}");
    }
    assert!(!french.contains("When a PIN breaks it"));
}
