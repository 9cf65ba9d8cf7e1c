//! `PinField` when its props change (wasm-bindgen-test in headless Chromium): seeded random
//! sequences of typing, deleting, pauses, leaving the field and prop changes (policy —
//! with extra checks of severity `warn` and with `max` —, extensions, names, history,
//! locale, required, disabled, validated, custom error), and after
//! every step the invariants of SPEC §7 with the core as the oracle: the checklist is the
//! core's for the current value, policy, context and language; `aria-invalid` is "true"
//! exactly when validated and the form would refuse the PIN; the live region holds
//! nothing, or the outcome for the current inputs in the current language; a rule is shown
//! as advice exactly when the core says it only warns and is not met; the toggle says
//! what it will do; marks never flip backwards while typing forward.
#![cfg(target_arch = "wasm32")]

use std::time::Duration;

use pinwarden::{Context, Locale, PinHistory, Policy, RuleState, assess, assess_without_history};
use pinwarden_yew::{PinField, PinFieldProps};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};
use web_sys::{Element, Event, EventInit, HtmlInputElement};
use yew::{AppHandle, AttrValue};

wasm_bindgen_test_configure!(run_in_browser);

const PAUSE_MS: u32 = 40;

/// Waits `ms`, then until Yew has rendered everything scheduled.
async fn settle(ms: u64) {
    yew::platform::time::sleep(Duration::from_millis(ms)).await;
    yew::scheduler::flush().await;
}

/// A small seeded generator (the seed is printed with every failure).
struct Rng(u64);

impl Rng {
    fn below(&mut self, n: usize) -> usize {
        self.0 = self
            .0
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        usize::try_from(self.0 >> 33).unwrap() % n
    }
    fn pick<T: Clone>(&mut self, items: &[T]) -> T {
        items[self.below(items.len())].clone()
    }
}

struct Field {
    root: Element,
    app: AppHandle<PinField>,
    props: PinFieldProps,
}

impl Field {
    fn input(&self) -> HtmlInputElement {
        self.root
            .query_selector("input")
            .unwrap()
            .unwrap()
            .unchecked_into()
    }
    fn text(&self, selector: &str) -> String {
        self.root
            .query_selector(selector)
            .unwrap()
            .and_then(|node| node.text_content())
            .unwrap_or_default()
    }
    /// The checklist's lines: (state, text, part).
    fn rules(&self) -> Vec<(String, String, String)> {
        let items = self.root.query_selector_all("li").unwrap();
        (0..items.length())
            .map(|i| {
                let li: Element = items.item(i).unwrap().unchecked_into();
                (
                    li.get_attribute("data-state").unwrap(),
                    li.text_content().unwrap(),
                    li.get_attribute("part").unwrap_or_default(),
                )
            })
            .collect()
    }
    async fn set(&mut self, change: impl FnOnce(&mut PinFieldProps)) {
        change(&mut self.props);
        self.app.update(self.props.clone());
        settle(10).await;
    }
    async fn type_text(&self, text: &str) {
        let input = self.input();
        input.set_value(text);
        let init = EventInit::new();
        init.set_bubbles(true);
        input
            .dispatch_event(&Event::new_with_event_init_dict("input", &init).unwrap())
            .unwrap();
        settle(10).await;
    }
}

/// What the last step showed: the checklist's (state, text, part) lines and the PIN's length.
type Seen = (Vec<(String, String, String)>, usize);

/// The model: what the field must reflect beyond its props.
#[derive(Default)]
#[allow(clippy::struct_excessive_bools)]
struct Model {
    value: String,
    blurred: bool,
    settled: bool,
    edited: bool,
    shown: bool,
    custom_dismissed: bool,
}

fn history_text() -> String {
    let mut history = PinHistory::new(5).unwrap();
    history.add("480137").unwrap();
    history.serialize()
}

#[allow(clippy::too_many_lines)]
async fn run(seed: u64, steps: usize) {
    let root = web_sys::window()
        .unwrap()
        .document()
        .unwrap()
        .create_element("div")
        .unwrap();
    web_sys::window()
        .unwrap()
        .document()
        .unwrap()
        .body()
        .unwrap()
        .append_child(&root)
        .unwrap();
    let props = PinFieldProps {
        policy: Policy::EXCHANGE,
        extensions: Vec::new(),
        names: Vec::new(),
        history: None,
        locale: Locale::En,
        name: AttrValue::Static("pin"),
        id: AttrValue::from(format!("model-{seed}")),
        label: None,
        value: AttrValue::Static(""),
        required: false,
        disabled: false,
        validated: false,
        custom_error: None,
        pause_ms: PAUSE_MS,
        onchange: yew::Callback::default(),
    };
    let app = yew::Renderer::<PinField>::with_root_and_props(root.clone(), props.clone()).render();
    settle(20).await;
    let mut field = Field { root, app, props };
    let mut model = Model::default();
    let mut rng = Rng(seed);
    let history = history_text();
    let policies = [
        Policy::EXCHANGE,
        Policy::TEAMS,
        Policy::STRICT,
        Policy::from_json_str(
            r#"{"minLength":4,"maxLength":8,"extraChecks":["palindrome","containsExtension"]}"#,
        )
        .unwrap(),
        Policy::from_json_str(r#"{"minLength":0}"#).unwrap(),
        Policy::from_json_str(r#"{"extraChecks":[{"check":"repeatRun","severity":"warn"}]}"#)
            .unwrap(),
        Policy::from_json_str(
            r#"{"minLength":4,"extraChecks":["nameOnKeypad",{"check":"sequenceRun","max":2},{"check":"repeatRun","max":1,"severity":"warn"},{"check":"palindrome","severity":"warn"}]}"#,
        )
        .unwrap(),
        Policy::from_json_str(
            r#"{"extraChecks":[{"check":"nameOnKeypad","severity":"warn"},"sequenceRun","reversedHistory"]}"#,
        )
        .unwrap(),
    ];
    let names = [
        vec![],
        vec![AttrValue::Static("Amos Marble")],
        vec![AttrValue::Static("Zoë Lefèvre"), AttrValue::Static("Mo")],
    ];
    let extensions = [
        vec![],
        vec![AttrValue::Static("36697")],
        vec![
            AttrValue::Static("+1 425 555 0123"),
            AttrValue::Static("36697"),
        ],
        vec![AttrValue::Static("5551402917")],
    ];
    let typed = [
        "4", "0", "1", "7", "1234", "4029173", "1357", "3669", "٤٨", "a", "2667", "000",
    ];
    let mut previous: Option<Seen> = None;
    let mut log = Vec::new();
    for step in 0..steps {
        let action = rng.below(15);
        let before = model.value.clone();
        let mut typed_forward = false;
        match action {
            0..=3 if !field.props.disabled => {
                let text = rng.pick(&typed);
                log.push(format!("type {text}"));
                let next = pinwarden::normalize_digits(&format!("{}{text}", model.value)).digits;
                field.type_text(&format!("{}{text}", model.value)).await;
                typed_forward = next.starts_with(&before);
                model.value = next;
                model.edited = true;
                model.custom_dismissed = true;
                model.settled = false;
            }
            4 if !field.props.disabled && !model.value.is_empty() => {
                log.push("delete".into());
                model.value.pop();
                field.type_text(&model.value.clone()).await;
                model.edited = true;
                model.custom_dismissed = true;
                model.settled = false;
            }
            5 => {
                log.push("pause".into());
                settle(u64::from(PAUSE_MS) + 250).await;
                model.settled = true;
            }
            6 if !field.props.disabled => {
                log.push("leave".into());
                field
                    .input()
                    .dispatch_event(&Event::new("blur").unwrap())
                    .unwrap();
                settle(10).await;
                model.blurred = true;
            }
            7 => {
                let policy = rng.pick(&policies);
                log.push(format!("policy {policy:?}"));
                field.set(|props| props.policy = policy).await;
                model.settled = false;
            }
            8 => {
                let numbers = rng.pick(&extensions);
                log.push(format!("extensions {numbers:?}"));
                field.set(|props| props.extensions = numbers).await;
                model.settled = false;
            }
            9 => {
                let with = rng.below(3) == 0;
                log.push(format!("history {with}"));
                let text = with.then(|| AttrValue::from(history.clone()));
                field.set(|props| props.history = text).await;
                model.settled = false;
            }
            10 => {
                let locale = rng.pick(&Locale::ALL);
                log.push(format!("locale {locale:?}"));
                field.set(|props| props.locale = locale).await;
            }
            11 => {
                let which = rng.below(3);
                log.push(format!("flag {which}"));
                field
                    .set(|props| match which {
                        0 => props.required = !props.required,
                        1 => props.disabled = !props.disabled,
                        _ => props.validated = !props.validated,
                    })
                    .await;
            }
            12 => {
                let message = rng.pick(&[None, Some("The server refused this PIN.")]);
                log.push(format!("custom {message:?}"));
                // Only a change of the prop shows a dismissed message again.
                if field.props.custom_error.as_deref() != message {
                    model.custom_dismissed = false;
                }
                field
                    .set(|props| props.custom_error = message.map(AttrValue::Static))
                    .await;
            }
            14 => {
                let given = rng.pick(&names);
                log.push(format!("names {given:?}"));
                field.set(|props| props.names = given).await;
                model.settled = false;
            }
            _ if !field.props.disabled => {
                log.push("toggle".into());
                field
                    .root
                    .query_selector("button")
                    .unwrap()
                    .unwrap()
                    .unchecked_into::<web_sys::HtmlElement>()
                    .click();
                settle(10).await;
                model.shown = !model.shown;
            }
            _ => continue,
        }
        let context = format!("seed {seed}, step {step}: {}", log.join(" | "));
        check(
            &field,
            &model,
            &history,
            typed_forward,
            previous.as_ref(),
            &context,
        );
        previous = Some((field.rules(), model.value.len()));
    }
    field.app.destroy();
}

#[allow(clippy::too_many_lines)]
fn check(
    field: &Field,
    model: &Model,
    history_text: &str,
    typed_forward: bool,
    previous: Option<&Seen>,
    context: &str,
) {
    let props = &field.props;
    let locale = props.locale;
    assert_eq!(field.input().value(), model.value, "value; {context}");
    let history = props
        .history
        .as_ref()
        .map(|_| PinHistory::parse(history_text).unwrap());
    let mut core_context = Context::new()
        .with_extensions(props.extensions.iter().map(AttrValue::as_str))
        .with_names(props.names.iter().map(AttrValue::as_str));
    if let Some(history) = history.as_ref() {
        core_context = core_context.with_history(history);
    }
    let full = assess(&model.value, &props.policy, &core_context);
    let quick = assess_without_history(&model.value, &props.policy, &core_context);
    // Each line: the core's state, its label, and whether it is advice (a rule of severity
    // `warn` not met) — shown as its own part, with its own words.
    let lines = |assessment: &pinwarden::Assessment| -> Vec<(String, String, bool)> {
        assessment
            .items
            .iter()
            .map(|item| {
                (
                    item.state.as_str().to_owned(),
                    item.label(locale),
                    item.advisory && item.state == RuleState::NotMet,
                )
            })
            .collect()
    };
    let seen = field.rules();
    let advice_words = match locale {
        Locale::Fr => "Conseil :",
        Locale::En => "Advice:",
    };
    let matches = |expected: &[(String, String, bool)]| {
        expected.len() == seen.len()
            && expected.iter().zip(&seen).all(
                |((state, label, advice), (seen_state, text, part))| {
                    state == seen_state
                        && text.ends_with(label.as_str())
                        && part.split(' ').any(|p| p == "rule-advice") == *advice
                        && text.contains(advice_words) == *advice
                },
            )
    };
    let shown = if matches(&lines(&full)) {
        &full
    } else {
        assert!(
            !model.settled && matches(&lines(&quick)),
            "checklist is the core's: saw {seen:?}, core says {:?}; {context}",
            lines(&full)
        );
        &quick
    };
    let custom = props.custom_error.is_some() && !model.custom_dismissed;
    let refused = if model.value.is_empty() {
        props.required
    } else {
        !shown.report.ok()
    } || custom;
    let invalid = (model.blurred || props.validated) && !props.disabled && refused;
    assert_eq!(
        field.input().get_attribute("aria-invalid").as_deref() == Some("true"),
        invalid,
        "aria-invalid; {context}"
    );
    let outcome = pinwarden_yew::outcome(shown, locale);
    let status = field.text("[role=status]");
    assert!(
        status.is_empty() || status == outcome,
        "live region says {status:?}, the current outcome is {outcome:?}; {context}"
    );
    if model.settled && model.edited {
        assert_eq!(status, outcome, "announced after a pause; {context}");
    }
    let toggle = field.text("button");
    let expected = match (model.shown, locale) {
        (false, Locale::Fr) => "Afficher le code PIN",
        (true, Locale::Fr) => "Masquer le code PIN",
        (false, _) => "Show PIN",
        (true, _) => "Hide PIN",
    };
    assert_eq!(toggle, expected, "toggle; {context}");
    if custom {
        assert!(
            field
                .text("[part~=custom-error]")
                .contains("The server refused this PIN."),
            "custom error shown; {context}"
        );
    }
    if let Some((before, length)) = previous.filter(|_| typed_forward) {
        for (index, item) in shown.items.iter().enumerate() {
            // Rules decided by the history (like `recycled`) are known only once it is
            // looked up, so they go back to not known at the next keystroke.
            if item
                .rule
                .pattern()
                .is_none_or(|pattern| pattern.needs() == pinwarden::Needs::History)
            {
                continue;
            }
            let Some((was, _, _)) = before.get(index) else {
                continue;
            };
            let now = item.state.as_str();
            let backwards = (was == RuleState::Met.as_str() && now != was)
                || (was == RuleState::NotMet.as_str()
                    && *length < usize::from(props.policy.min_length())
                    && now != was);
            assert!(!backwards, "{:?}: {was} -> {now}; {context}", item.rule);
        }
    }
}

#[wasm_bindgen_test]
async fn invariants_hold_after_every_step_and_prop_change() {
    for seed in 1..=6 {
        run(seed, 60).await;
    }
}
