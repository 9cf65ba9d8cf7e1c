//! Native render tests (Yew's server renderer): the markup and every ARIA attribute of
//! `PinField` in each state a first render can show.
#![cfg(not(target_arch = "wasm32"))]

use pinwarden::{Locale, Policy};
use pinwarden_yew::{PinField, PinFieldProps};
use yew::{AttrValue, ServerRenderer};

async fn render(make: impl FnOnce() -> PinFieldProps + Send + 'static) -> String {
    ServerRenderer::<PinField>::with_props(make)
        .hydratable(false)
        .render()
        .await
}

fn props(value: &'static str) -> PinFieldProps {
    PinFieldProps {
        policy: Policy::EXCHANGE,
        extensions: vec![AttrValue::Static("36697")],
        names: Vec::new(),
        history: None,
        locale: Locale::En,
        name: AttrValue::Static("pin"),
        id: AttrValue::Static("new-pin"),
        label: None,
        value: AttrValue::Static(value),
        required: true,
        disabled: false,
        validated: false,
        custom_error: None,
        pause_ms: pinwarden_yew::DEFAULT_PAUSE_MS,
        onchange: yew::Callback::default(),
    }
}

/// The `<li>` lines of the checklist, as (state, text).
fn rules(html: &str) -> Vec<(String, String)> {
    html.split("<li ")
        .skip(1)
        .map(|li| {
            let state = li
                .split("data-state=\"")
                .nth(1)
                .and_then(|s| s.split('"').next())
                .unwrap_or_default();
            let body = li.split("</li>").next().unwrap_or_default();
            let text: String = strip_tags(body.split_once('>').map_or("", |(_, rest)| rest));
            (state.to_owned(), text)
        })
        .collect()
}

fn strip_tags(html: &str) -> String {
    let mut out = String::new();
    let mut in_tag = false;
    for c in html.chars() {
        match c {
            '<' => {
                in_tag = true;
                out.push(' ');
            }
            '>' => in_tag = false,
            c if !in_tag => out.push(c),
            _ => {}
        }
    }
    out.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[tokio::test]
async fn a_real_label_and_the_input_attributes_of_the_spec() {
    let html = render(|| props("")).await;
    assert!(
        html.contains(r#"<label for="new-pin" part="label">New PIN</label>"#),
        "{html}"
    );
    for attribute in [
        r#"id="new-pin""#,
        r#"type="password""#,
        r#"name="pin""#,
        r#"inputmode="numeric""#,
        r#"autocomplete="new-password""#,
        r#"aria-describedby="new-pin-rules""#,
        "required",
    ] {
        assert!(html.contains(attribute), "missing {attribute} in {html}");
    }
    assert!(
        !html.contains("aria-invalid"),
        "aria-invalid only after the first validation"
    );
    // The toggle's text says what it will do; no aria-pressed beside a changing text.
    assert!(html.contains(r#"aria-controls="new-pin""#) && !html.contains("aria-pressed"));
    assert!(html.contains(">Show PIN</button>"), "{html}");
    assert!(html.contains(r#"role="status""#) && html.contains(r#"aria-live="polite""#));
    assert!(html.contains(r#"<ul id="new-pin-rules""#));
}

#[tokio::test]
async fn every_rule_starts_not_yet_known_in_words_not_colour_alone() {
    let html = render(|| props("")).await;
    let lines = rules(&html);
    assert_eq!(
        lines,
        [
            (
                "pending".to_owned(),
                "• Not yet known: 6 to 24 digits".to_owned()
            ),
            (
                "pending".to_owned(),
                "• Not yet known: Digits 0–9 only".to_owned()
            ),
            (
                "pending".to_owned(),
                "• Not yet known: No run like 1234 or 9876".to_owned()
            ),
            (
                "pending".to_owned(),
                "• Not yet known: No repeated digit like 1111".to_owned()
            ),
            (
                "pending".to_owned(),
                "• Not yet known: Not the end of your phone number or extension".to_owned()
            ),
        ]
    );
}

#[tokio::test]
async fn states_follow_the_core_checklist() {
    let html = render(|| props("123456")).await;
    let states: Vec<String> = rules(&html).into_iter().map(|(state, _)| state).collect();
    assert_eq!(states, ["met", "met", "notMet", "met", "met"]);
    let html = render(|| props("4801")).await;
    let states: Vec<String> = rules(&html).into_iter().map(|(state, _)| state).collect();
    assert_eq!(states, ["pending", "met", "met", "met", "met"]);
}

#[tokio::test]
async fn other_scripts_digits_in_the_starting_value_are_converted() {
    let html = render(|| props("٤٨٠١٣٧")).await;
    assert!(html.contains(r#"value="480137""#), "{html}");
}

#[tokio::test]
async fn french_everywhere() {
    let html = render(|| PinFieldProps {
        locale: Locale::Fr,
        ..props("")
    })
    .await;
    assert!(html.contains(r#"lang="fr""#));
    assert!(html.contains(">Nouveau code PIN</label>"));
    assert!(html.contains("Afficher le code PIN"));
    assert!(html.contains("Votre code PIN doit respecter"));
    let lines = rules(&html);
    assert_eq!(lines[0].1, "• Pas encore connue : 6 à 24 chiffres");
}

#[tokio::test]
async fn a_history_adds_its_rule_and_disabled_disables_both_controls() {
    let history = pinwarden::PinHistory::new(5).unwrap().serialize();
    let html = render(move || PinFieldProps {
        history: Some(AttrValue::from(history)),
        disabled: true,
        ..props("")
    })
    .await;
    assert!(
        rules(&html)
            .last()
            .unwrap()
            .1
            .ends_with("Not one of your last 5 PINs"),
        "{html}"
    );
    assert_eq!(
        html.matches(r#"disabled="disabled""#).count(),
        2,
        "the input and the button: {html}"
    );
}

#[tokio::test]
async fn validated_by_the_page_marks_invalid_exactly_when_the_form_would_refuse() {
    let render_validated = |value: &'static str, required: bool, disabled: bool| {
        render(move || PinFieldProps {
            validated: true,
            required,
            disabled,
            ..props(value)
        })
    };
    let invalid = |html: &str| html.contains(r#"aria-invalid="true""#);
    assert!(
        invalid(&render_validated("48013", false, false).await),
        "too short"
    );
    assert!(
        invalid(&render_validated("", true, false).await),
        "required and empty"
    );
    assert!(
        !invalid(&render_validated("", false, false).await),
        "empty and optional"
    );
    assert!(!invalid(&render_validated("480137", true, false).await));
    assert!(
        !invalid(&render_validated("48013", true, true).await),
        "a disabled field is not validated"
    );
}

#[tokio::test]
async fn a_custom_error_is_shown_at_the_field_and_marks_it_invalid() {
    let html = render(|| PinFieldProps {
        validated: true,
        custom_error: Some(AttrValue::Static("The server refused this PIN.")),
        ..props("480137")
    })
    .await;
    assert!(html.contains(r#"aria-invalid="true""#), "{html}");
    assert!(
        html.contains(r#"aria-describedby="new-pin-rules new-pin-error""#),
        "{html}"
    );
    assert!(
        html.contains(r#"<p id="new-pin-error" part="custom-error" role="alert" class="pinwarden-custom-error">The server refused this PIN.</p>"#),
        "{html}"
    );
}

/// Exchange with `repeatRun` as advice only (SPEC §2.3 `"severity": "warn"`).
const WARN_REPEAT_RUN: &str = r#"{"extraChecks":[{"check":"repeatRun","severity":"warn"}]}"#;

/// The `<li>` of the rule whose text ends with `label`.
fn line_with<'a>(html: &'a str, label: &str) -> &'a str {
    html.split("<li ")
        .skip(1)
        .map(|li| li.split("</li>").next().unwrap_or_default())
        .find(|li| li.ends_with(label))
        .unwrap_or_else(|| panic!("no rule {label:?} in {html}"))
}

#[tokio::test]
async fn a_warning_is_shown_as_advice_and_does_not_make_the_field_invalid() {
    for (locale, prefix, label) in [
        (Locale::En, "Advice:", "No digit more than 2 times in a row"),
        (
            Locale::Fr,
            "Conseil :",
            "Un même chiffre au plus 2 fois de suite",
        ),
    ] {
        let html = render(move || PinFieldProps {
            policy: Policy::from_json_str(WARN_REPEAT_RUN).unwrap(),
            validated: true,
            locale,
            ..props("400097")
        })
        .await;
        let line = line_with(&html, label);
        assert!(line.contains(r#"data-state="notMet""#), "{line}");
        assert!(line.contains(r#"data-severity="warn""#), "{line}");
        assert!(line.contains(r#"part="rule rule-advice""#), "{line}");
        assert!(line.contains("pinwarden-rule advice"), "{line}");
        assert!(
            strip_tags(line.split_once('>').unwrap().1).starts_with(&format!("! {prefix} ")),
            "its own mark and words, not colour alone: {line}"
        );
        assert!(
            !html.contains(r#"aria-invalid="true""#),
            "advice does not make the field invalid: {html}"
        );
        assert_eq!(
            rules(&html)
                .iter()
                .filter(|(state, _)| state == "notMet")
                .count(),
            1,
            "the advice is the only rule not met: {html}"
        );
    }
    // The same check refused is a rule not met, and the field is invalid.
    let html = render(|| PinFieldProps {
        policy: Policy::from_json_str(r#"{"extraChecks":["repeatRun"]}"#).unwrap(),
        validated: true,
        ..props("400097")
    })
    .await;
    let line = line_with(&html, "No digit more than 2 times in a row");
    assert!(line.contains(r#"part="rule rule-notMet""#), "{line}");
    assert!(!line.contains("data-severity"), "{line}");
    assert!(html.contains(r#"aria-invalid="true""#), "{html}");
}

#[tokio::test]
async fn run_labels_carry_the_policy_max_from_the_core() {
    let html = render(|| PinFieldProps {
        policy: Policy::from_json_str(
            r#"{"extraChecks":[{"check":"sequenceRun","max":4},{"check":"repeatRun","max":1}]}"#,
        )
        .unwrap(),
        ..props("")
    })
    .await;
    let texts: Vec<String> = rules(&html).into_iter().map(|(_, text)| text).collect();
    for rule in [
        pinwarden::Rule::Run {
            code: pinwarden::PatternCode::SequenceRun,
            max: 4,
        },
        pinwarden::Rule::Run {
            code: pinwarden::PatternCode::RepeatRun,
            max: 1,
        },
    ] {
        let label = rule.label(Locale::En);
        assert!(
            texts.iter().any(|text| text.ends_with(&label)),
            "{label:?} in {texts:?}"
        );
    }
}

#[tokio::test]
async fn names_list_the_name_rule_and_refuse_a_name_on_the_keypad() {
    let policy = || Policy::from_json_str(r#"{"extraChecks":["nameOnKeypad"]}"#).unwrap();
    let label = pinwarden::Rule::Pattern(pinwarden::PatternCode::NameOnKeypad).label(Locale::En);
    let without = render(move || PinFieldProps {
        policy: policy(),
        ..props("627253")
    })
    .await;
    assert!(
        rules(&without)
            .iter()
            .all(|(_, text)| !text.ends_with(&label)),
        "no names, no name rule: {without}"
    );
    let with = render(move || PinFieldProps {
        policy: policy(),
        names: vec![AttrValue::Static("Amos Marble")],
        validated: true,
        ..props("627253")
    })
    .await;
    let line = line_with(&with, &label);
    assert!(line.contains(r#"data-state="notMet""#), "MARBLE: {line}");
    assert!(with.contains(r#"aria-invalid="true""#), "{with}");
}
