//! The bindings in a real browser (headless Chromium through wasm-bindgen-test): the
//! browser CSPRNG, JavaScript values in and out, errors as JavaScript `Error`s.
#![cfg(target_arch = "wasm32")]

use js_sys::{JSON, Reflect};
use pinwarden_npm::{JsPinHistory, generate_pin_js, parse_policy, validate_pin_js};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};

wasm_bindgen_test_configure!(run_in_browser);

fn json(text: &str) -> JsValue {
    JSON::parse(text).expect("test JSON")
}

fn field(value: &JsValue, name: &str) -> JsValue {
    Reflect::get(value, &name.into()).expect("a property")
}

fn codes(report: &JsValue) -> Vec<String> {
    js_sys::Array::from(&field(report, "violations"))
        .iter()
        .map(|v| field(&v, "code").as_string().unwrap_or_default())
        .collect()
}

#[wasm_bindgen_test]
fn validates_with_messages_in_both_languages() {
    let context = json(r#"{"extensions": ["36697"], "locale": "fr"}"#);
    let report = validate_pin_js(&"6697".into(), Some("exchange".into()), Some(context)).unwrap();
    assert_eq!(field(&report, "ok"), JsValue::FALSE);
    assert_eq!(codes(&report), ["tooShort", "extensionSuffix"]);
    let first = js_sys::Array::from(&field(&report, "violations")).get(0);
    assert_eq!(
        field(&first, "message").as_string().unwrap(),
        "Utilisez au moins 6 chiffres."
    );
    assert_eq!(field(&first, "min").as_f64(), Some(6.0));
}

#[wasm_bindgen_test]
fn generates_from_the_browser_csprng() {
    let mut seen = std::collections::HashSet::new();
    for _ in 0..200 {
        let pin = generate_pin_js(Some("teams".into()), None).unwrap();
        assert_eq!(pin.len(), 5);
        let report = validate_pin_js(&pin.clone().into(), Some("teams".into()), None).unwrap();
        assert_eq!(field(&report, "ok"), JsValue::TRUE, "{pin}");
        seen.insert(pin);
    }
    assert!(
        seen.len() > 190,
        "200 draws from 10^5 PINs should rarely repeat: {} distinct",
        seen.len()
    );
}

#[wasm_bindgen_test]
fn errors_are_javascript_errors_with_a_code_and_field() {
    let error = parse_policy(Some(json(r#"{"minLength": 3}"#))).unwrap_err();
    let error: &js_sys::Error = error.dyn_ref().expect("an Error");
    assert_eq!(String::from(error.name()), "PolicyError");
    assert_eq!(field(error, "code").as_string().unwrap(), "outOfRange");
    assert_eq!(field(error, "field").as_string().unwrap(), "minLength");
    let error = validate_pin_js(&JsValue::from_f64(1234.0), None, None).unwrap_err();
    assert_eq!(field(&error, "code").as_string().unwrap(), "wrongType");
    // Still working afterwards.
    let report = validate_pin_js(&"480137".into(), None, None).unwrap();
    assert_eq!(field(&report, "ok"), JsValue::TRUE);
}

#[wasm_bindgen_test]
fn a_history_object_is_accepted_in_a_context() {
    let mut history = JsPinHistory::new(Some("exchange".into())).unwrap();
    history.add(&"480137".into()).unwrap();
    let context = js_sys::Object::new();
    Reflect::set(&context, &"history".into(), &JsValue::from(history)).unwrap();
    let report = validate_pin_js(&"480137".into(), None, Some(context.into())).unwrap();
    assert_eq!(codes(&report), ["recycled"]);
}
