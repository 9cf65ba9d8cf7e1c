//! `PinField` in headless Chromium (wasm-bindgen-test): typing, conversion of other
//! scripts' digits, refused characters, the checklist, `onchange`, show/hide and
//! `aria-invalid` after the first validation.
#![cfg(target_arch = "wasm32")]

use std::cell::RefCell;
use std::rc::Rc;
use std::time::Duration;

use pinwarden::{Code, Locale, Policy};
use pinwarden_yew::{PinChange, PinField, PinFieldProps};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};
use web_sys::{Element, Event, EventInit, HtmlButtonElement, HtmlInputElement};
use yew::{AttrValue, Callback};

wasm_bindgen_test_configure!(run_in_browser);

fn document() -> web_sys::Document {
    web_sys::window().unwrap().document().unwrap()
}

/// Mounts a `PinField` in a fresh `<div>` and returns the div and what `onchange` saw.
async fn mount(id: &'static str, locale: Locale) -> (Element, Rc<RefCell<Vec<PinChange>>>) {
    mount_with(id, locale, None).await
}

async fn mount_with(
    id: &'static str,
    locale: Locale,
    history: Option<String>,
) -> (Element, Rc<RefCell<Vec<PinChange>>>) {
    mount_props(id, move |props| {
        props.locale = locale;
        props.history = history.map(AttrValue::from);
    })
    .await
}

/// Mounts a `PinField` (English, Exchange, extension 36697, required, pause 300 ms) with
/// `change` made to its props.
async fn mount_props(
    id: &'static str,
    change: impl FnOnce(&mut PinFieldProps),
) -> (Element, Rc<RefCell<Vec<PinChange>>>) {
    let root = document().create_element("div").unwrap();
    document().body().unwrap().append_child(&root).unwrap();
    let seen = Rc::new(RefCell::new(Vec::new()));
    let sink = seen.clone();
    let mut props = PinFieldProps {
        policy: Policy::EXCHANGE,
        extensions: vec![AttrValue::Static("36697")],
        names: Vec::new(),
        history: None,
        locale: Locale::En,
        name: AttrValue::Static("pin"),
        id: AttrValue::Static(id),
        label: None,
        value: AttrValue::Static(""),
        required: true,
        disabled: false,
        validated: false,
        custom_error: None,
        pause_ms: 300,
        onchange: Callback::from(move |change: PinChange| sink.borrow_mut().push(change)),
    };
    change(&mut props);
    yew::Renderer::<PinField>::with_root_and_props(root.clone(), props).render();
    settle().await;
    (root, seen)
}

async fn settle() {
    yew::platform::time::sleep(Duration::from_millis(30)).await;
}

fn input(root: &Element) -> HtmlInputElement {
    root.query_selector("input")
        .unwrap()
        .unwrap()
        .unchecked_into()
}

/// Types (or pastes) `text` as the whole value, as the browser reports an edit.
async fn type_value(root: &Element, text: &str) {
    let field = input(root);
    field.set_value(text);
    let init = EventInit::new();
    init.set_bubbles(true);
    field
        .dispatch_event(&Event::new_with_event_init_dict("input", &init).unwrap())
        .unwrap();
    settle().await;
}

fn states(root: &Element) -> Vec<String> {
    let items = root.query_selector_all("li").unwrap();
    (0..items.length())
        .map(|i| {
            items
                .item(i)
                .unwrap()
                .unchecked_into::<Element>()
                .get_attribute("data-state")
                .unwrap()
        })
        .collect()
}

#[wasm_bindgen_test]
async fn typing_updates_the_checklist_and_onchange() {
    let (root, seen) = mount("t1", Locale::En).await;
    type_value(&root, "123").await;
    assert_eq!(
        states(&root),
        ["pending", "met", "pending", "met", "met"],
        "123 may still become 1230…"
    );
    type_value(&root, "123456").await;
    assert_eq!(states(&root), ["met", "met", "notMet", "met", "met"]);
    type_value(&root, "480137").await;
    assert_eq!(states(&root), ["met", "met", "met", "met", "met"]);
    let seen = seen.borrow();
    assert_eq!(seen.len(), 3);
    assert!(seen[1].report.has(Code::Sequential));
    assert_eq!(seen[2].value, "480137");
    assert!(seen[2].report.ok());
}

#[wasm_bindgen_test]
async fn other_scripts_are_converted_and_other_characters_refused_with_a_reason() {
    let (root, seen) = mount("t2", Locale::Fr).await;
    type_value(&root, "٤٨٠١٣٧").await;
    assert_eq!(input(&root).value(), "480137");
    assert!(root.query_selector("[role=alert]").unwrap().is_none());
    type_value(&root, "48a0").await;
    assert_eq!(input(&root).value(), "480");
    let alert = root
        .query_selector("[role=alert]")
        .unwrap()
        .expect("a visible reason");
    assert!(alert.text_content().unwrap().contains("“a”"));
    assert!(
        input(&root)
            .get_attribute("aria-describedby")
            .unwrap()
            .contains("t2-refused")
    );
    assert_eq!(seen.borrow().last().unwrap().value, "480");
}

#[wasm_bindgen_test]
async fn show_hide_and_aria_invalid_after_the_first_validation() {
    let (root, _) = mount("t3", Locale::En).await;
    let button: HtmlButtonElement = root
        .query_selector("button")
        .unwrap()
        .unwrap()
        .unchecked_into();
    assert_eq!(input(&root).type_(), "password");
    button.click();
    settle().await;
    assert_eq!(input(&root).type_(), "text");
    assert_eq!(
        button.text_content().as_deref(),
        Some("Hide PIN"),
        "says what it will do"
    );
    button.click();
    settle().await;
    assert_eq!(input(&root).type_(), "password");
    assert_eq!(button.text_content().as_deref(), Some("Show PIN"));

    type_value(&root, "111111").await;
    assert!(
        input(&root).get_attribute("aria-invalid").is_none(),
        "not before the first validation"
    );
    input(&root)
        .dispatch_event(&Event::new("blur").unwrap())
        .unwrap();
    settle().await;
    assert_eq!(
        input(&root).get_attribute("aria-invalid").as_deref(),
        Some("true")
    );
    type_value(&root, "480137").await;
    assert!(input(&root).get_attribute("aria-invalid").is_none());
}

#[wasm_bindgen_test]
async fn the_live_region_speaks_once_typing_pauses() {
    let (root, _) = mount("t4", Locale::En).await;
    let status = root.query_selector("[role=status]").unwrap().unwrap();
    type_value(&root, "1").await;
    type_value(&root, "12").await;
    assert_eq!(
        status.text_content().unwrap(),
        "",
        "nothing on every keystroke"
    );
    yew::platform::time::sleep(Duration::from_millis(1_300)).await;
    assert_eq!(
        status.text_content().unwrap(),
        "2 rules are still to be met.",
        "length and 12…"
    );
    type_value(&root, "480137").await;
    yew::platform::time::sleep(Duration::from_millis(1_300)).await;
    assert_eq!(status.text_content().unwrap(), "The PIN meets every rule.");
    type_value(&root, "123456").await;
    assert_eq!(
        status.text_content().unwrap(),
        "",
        "a new edit silences the old outcome"
    );
    yew::platform::time::sleep(Duration::from_millis(1_300)).await;
    assert_eq!(status.text_content().unwrap(), "1 rule is not met.");
}

#[wasm_bindgen_test]
async fn the_history_is_looked_up_once_typing_pauses() {
    let mut history = pinwarden::PinHistory::new(5).unwrap();
    history.add("480137").unwrap();
    let (root, seen) = mount_with("t5", Locale::En, Some(history.serialize())).await;
    type_value(&root, "480137").await;
    assert_eq!(
        states(&root).last().map(String::as_str),
        Some("pending"),
        "no key derivation per keystroke"
    );
    assert!(
        seen.borrow().last().unwrap().report.ok(),
        "not known to be recycled yet"
    );
    yew::platform::time::sleep(Duration::from_millis(500)).await;
    assert_eq!(states(&root).last().map(String::as_str), Some("notMet"));
    assert!(
        seen.borrow().last().unwrap().report.has(Code::Recycled),
        "a second onchange with the full report"
    );
    type_value(&root, "480138").await;
    yew::platform::time::sleep(Duration::from_millis(500)).await;
    assert_eq!(states(&root).last().map(String::as_str), Some("met"));
}

#[wasm_bindgen_test]
async fn a_warning_is_advice_the_field_accepts_and_the_live_region_announces() {
    let policy =
        Policy::from_json_str(r#"{"extraChecks":[{"check":"repeatRun","severity":"warn"}]}"#)
            .unwrap();
    for (id, locale, prefix, announced, english) in [
        (
            "w-en",
            Locale::En,
            "Advice:",
            "The PIN meets every rule, with 1 piece of advice.",
            None,
        ),
        (
            "w-fr",
            Locale::Fr,
            "Conseil :",
            "Le code PIN respecte toutes les règles, avec 1 conseil.",
            Some([
                "Advice", "advice", "Met", "rule", "digit", "Show", "PIN can", "with",
            ]),
        ),
    ] {
        let (root, seen) = mount_props(id, |props| {
            props.policy = policy;
            props.locale = locale;
        })
        .await;
        type_value(&root, "400097").await;
        input(&root)
            .dispatch_event(&Event::new("blur").unwrap())
            .unwrap();
        settle().await;
        assert!(
            input(&root).get_attribute("aria-invalid").is_none(),
            "advice does not make the field invalid ({locale:?})"
        );
        let change = seen.borrow().last().cloned().unwrap();
        assert!(change.report.ok(), "the PIN is accepted");
        assert!(change.report.has_warning(Code::RepeatRun), "with a warning");
        let advice = root
            .query_selector("li[part~=rule-advice]")
            .unwrap()
            .expect("one rule shown as advice");
        assert_eq!(
            advice.get_attribute("data-state").as_deref(),
            Some("notMet")
        );
        assert!(
            advice.text_content().unwrap().contains(prefix),
            "{:?}",
            advice.text_content()
        );
        assert_eq!(
            root.query_selector_all("li[part~=rule-notMet]")
                .unwrap()
                .length(),
            0
        );
        yew::platform::time::sleep(Duration::from_millis(700)).await;
        let status = root.query_selector("[role=status]").unwrap().unwrap();
        assert_eq!(status.text_content().unwrap(), announced);
        if let Some(words) = english {
            let text = root.text_content().unwrap();
            for word in words {
                assert!(!text.contains(word), "{word:?} on a French field: {text}");
            }
        }
    }
}

#[wasm_bindgen_test]
async fn names_are_read_as_typed_on_the_keypad() {
    let policy = Policy::from_json_str(r#"{"extraChecks":["nameOnKeypad"]}"#).unwrap();
    let (root, seen) = mount_props("n1", |props| {
        props.policy = policy;
        props.names = vec![AttrValue::Static("Amos Marble")];
    })
    .await;
    type_value(&root, "627253").await;
    assert!(
        seen.borrow().last().unwrap().report.has(Code::NameOnKeypad),
        "MARBLE on the keypad"
    );
    type_value(&root, "627254").await;
    assert!(seen.borrow().last().unwrap().report.ok());
}
