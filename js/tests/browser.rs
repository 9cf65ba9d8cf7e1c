//! Each core error as the JavaScript `Error` it becomes, in headless Chromium
//! (wasm-bindgen-test): its class, `name`, `code`, `field`, `message` and, for an element's
//! attribute, `attribute` with `field` always present.
#![cfg(target_arch = "wasm32")]

use js_sys::Reflect;
use pinwarden::{Locale, PinAccount, PinHistory, Policy};
use pinwarden_js::{
    account_error, attribute_error, generate_error, history_error, js_error, locale_error,
    localized_policy_error, policy_error,
};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};

wasm_bindgen_test_configure!(run_in_browser);

/// `[name, code, field, message]` of an error, `field` as `"<absent>"` when it has none.
fn parts(error: &JsValue) -> [String; 4] {
    assert!(
        error.is_instance_of::<js_sys::Error>(),
        "not an Error: {error:?}"
    );
    let get = |key: &str| {
        if Reflect::has(error, &key.into()).unwrap() {
            let value = Reflect::get(error, &key.into()).unwrap();
            value.as_string().unwrap_or_else(|| format!("{value:?}"))
        } else {
            "<absent>".to_owned()
        }
    };
    [get("name"), get("code"), get("field"), get("message")]
}

fn policy_failure(json: &str) -> pinwarden::PolicyError {
    Policy::from_json_str(json).expect_err("a broken policy")
}

#[wasm_bindgen_test]
fn js_error_sets_field_only_when_given() {
    let [name, code, field, message] = parts(&js_error(
        "TypeError",
        "wrongType",
        "pin must be a string",
        Some("pin"),
    ));
    assert_eq!(
        [name, code, field, message],
        ["TypeError", "wrongType", "pin", "pin must be a string"]
    );
    let [.., field, _] = parts(&js_error("Error", "internal", "x", None));
    assert_eq!(field, "<absent>");
}

#[wasm_bindgen_test]
fn policy_errors_carry_code_field_and_message() {
    let error = policy_failure(r#"{"minLength": 3}"#);
    assert_eq!(
        parts(&policy_error(&error)),
        [
            "PolicyError",
            "outOfRange",
            "minLength",
            "`minLength` must be 0 (no PIN required) or between 4 and 24; got 3"
        ]
    );
    let [name, code, field, message] = parts(&localized_policy_error(&error, Locale::Fr));
    assert_eq!(
        [name.as_str(), code.as_str(), field.as_str()],
        ["PolicyError", "outOfRange", "minLength"]
    );
    assert_eq!(message, error.message(Locale::Fr));
    assert_ne!(message, error.to_string(), "French differs from English");
    // An error that names no key has no `field`.
    let [_, code, field, _] = parts(&policy_error(&policy_failure("{")));
    assert_eq!([code.as_str(), field.as_str()], ["invalidJson", "<absent>"]);
}

#[wasm_bindgen_test]
fn generation_history_account_and_locale_errors() {
    let policy = Policy::EXCHANGE;
    let error = pinwarden::generate_pin(&policy, &pinwarden::Context::new(), Some(3))
        .expect_err("shorter than the policy");
    let [name, code, field, _] = parts(&generate_error(&error));
    assert_eq!(
        [name.as_str(), code.as_str(), field.as_str()],
        ["GenerateError", error.code(), "<absent>"]
    );

    let error = PinHistory::parse("not a history").expect_err("broken");
    let [name, code, field, message] = parts(&history_error(&error));
    assert_eq!(
        [name.as_str(), code.as_str(), field.as_str()],
        ["HistoryError", error.code(), "<absent>"]
    );
    assert_eq!(message, error.to_string());

    let error = PinAccount::parse("{}").expect_err("broken");
    let [name, code, ..] = parts(&account_error(&error));
    assert!(
        ["AccountError", "HistoryError"].contains(&name.as_str()),
        "{name}"
    );
    assert_eq!(code, error.code());

    let error = "de".parse::<Locale>().expect_err("unsupported");
    let [name, code, field, _] = parts(&locale_error(&error));
    assert_eq!(
        [name, code, field],
        ["TypeError", "unsupportedLocale", "locale"]
    );
}

#[wasm_bindgen_test]
fn attribute_errors_always_carry_field() {
    let named = attribute_error(
        policy_error(&policy_failure(r#"{"minLenght": 6}"#)),
        "policy",
    );
    assert_eq!(parts(&named)[2], "minLenght");
    assert_eq!(Reflect::get(&named, &"attribute".into()).unwrap(), "policy");

    let unnamed = attribute_error(
        history_error(&PinHistory::parse("[]").expect_err("broken")),
        "history",
    );
    assert!(Reflect::get(&unnamed, &"field".into()).unwrap().is_null());
    assert_eq!(
        Reflect::get(&unnamed, &"attribute".into()).unwrap(),
        "history"
    );
}
