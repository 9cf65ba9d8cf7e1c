//! The Rust half of the `<pin-field>` custom element: `mount` renders a `PinField` into
//! the element's shadow root and returns a handle to update or destroy it. The JavaScript
//! half (`element/pin-field.js`) is the `HTMLElement` subclass that wasm-bindgen cannot
//! write: it reads the attributes, joins the form and calls these.
//!
//! Every export that can fail throws a JavaScript `PolicyError` for an invalid `policy`
//! attribute (the only input that can be invalid).
#![allow(clippy::missing_errors_doc)]

use pinwarden::{Locale, Policy};
use wasm_bindgen::prelude::*;
use yew::{AppHandle, AttrValue, Callback};

use crate::{PinChange, PinField, PinFieldProps};

/// The element's attributes, as the JavaScript class reads them.
#[wasm_bindgen]
#[derive(Clone, Default)]
pub struct Attributes {
    policy: String,
    extensions: String,
    history: Option<String>,
    lang: String,
    name: String,
    id: String,
    label: Option<String>,
    required: bool,
    disabled: bool,
}

#[wasm_bindgen]
impl Attributes {
    /// Empty attributes (the Exchange policy, English).
    #[wasm_bindgen(constructor)]
    pub fn new() -> Attributes {
        Attributes::default()
    }
    /// `policy`: a preset name or policy JSON.
    #[wasm_bindgen(setter)]
    pub fn set_policy(&mut self, value: String) {
        self.policy = value;
    }
    /// `extensions`: numbers separated by commas or spaces.
    #[wasm_bindgen(setter)]
    pub fn set_extensions(&mut self, value: String) {
        self.extensions = value;
    }
    /// `history`: a serialized PIN history.
    #[wasm_bindgen(setter)]
    pub fn set_history(&mut self, value: Option<String>) {
        self.history = value;
    }
    /// `lang`: a language tag; languages other than English and French fall back to English.
    #[wasm_bindgen(setter)]
    pub fn set_lang(&mut self, value: String) {
        self.lang = value;
    }
    /// `name`: the form field name.
    #[wasm_bindgen(setter)]
    pub fn set_name(&mut self, value: String) {
        self.name = value;
    }
    /// The id of the inner input.
    #[wasm_bindgen(setter)]
    pub fn set_id(&mut self, value: String) {
        self.id = value;
    }
    /// `label`: the visible label.
    #[wasm_bindgen(setter)]
    pub fn set_label(&mut self, value: Option<String>) {
        self.label = value;
    }
    /// `required`.
    #[wasm_bindgen(setter)]
    pub fn set_required(&mut self, value: bool) {
        self.required = value;
    }
    /// `disabled`.
    #[wasm_bindgen(setter)]
    pub fn set_disabled(&mut self, value: bool) {
        self.disabled = value;
    }
}

/// A mounted `PinField`.
#[wasm_bindgen]
pub struct Handle {
    app: Option<AppHandle<PinField>>,
    onchange: js_sys::Function,
}

/// Renders a `PinField` into `root`. `onchange(value, ok, message, report)` is called after
/// every edit: the value, whether the form may submit it, the first violation's message
/// and the report (SPEC §2, with messages). Throws a `PolicyError` for an invalid `policy`.
#[wasm_bindgen]
pub fn mount(
    root: web_sys::Element,
    attributes: &Attributes,
    onchange: js_sys::Function,
) -> Result<Handle, JsValue> {
    let props = props(attributes, &onchange)?;
    let app = yew::Renderer::<PinField>::with_root_and_props(root, props).render();
    Ok(Handle {
        app: Some(app),
        onchange,
    })
}

#[wasm_bindgen]
impl Handle {
    /// Re-renders with new attributes (the checklist re-validates).
    pub fn update(&mut self, attributes: &Attributes) -> Result<(), JsValue> {
        let props = props(attributes, &self.onchange)?;
        if let Some(app) = self.app.as_mut() {
            app.update(props);
        }
        Ok(())
    }

    /// Unmounts the component.
    pub fn destroy(&mut self) {
        if let Some(app) = self.app.take() {
            app.destroy();
        }
    }
}

/// `[ok, message, report]` for `value` under these attributes: what the element's form
/// validity starts from (and returns to on form reset). An empty, non-required field is
/// valid, as in HTML.
#[wasm_bindgen]
pub fn check(attributes: &Attributes, value: &str) -> Result<js_sys::Array, JsValue> {
    let props = props(attributes, &js_sys::Function::new_no_args(""))?;
    let context = crate::pin_field::context(&props.extensions, None);
    let report = pinwarden::validate_pin(value, &props.policy, &context);
    let (ok, message) = validity(&report, value, attributes.required, props.locale);
    Ok(js_sys::Array::of3(
        &ok.into(),
        &message.into(),
        &report_js(&report, props.locale),
    ))
}

/// Whether the form may take `value`, and else the message to show: an empty,
/// non-required field is valid, as in HTML.
fn validity(
    report: &pinwarden::Report,
    value: &str,
    required: bool,
    locale: Locale,
) -> (bool, String) {
    let ok = report.ok() || (value.is_empty() && !required);
    let message = if ok {
        String::new()
    } else {
        report
            .violations()
            .next()
            .map(|v| v.message(locale))
            .unwrap_or_default()
    };
    (ok, message)
}

fn report_js(report: &pinwarden::Report, locale: Locale) -> JsValue {
    serde_json::to_string(&report.localized(locale))
        .ok()
        .and_then(|text| js_sys::JSON::parse(&text).ok())
        .unwrap_or(JsValue::NULL)
}

fn props(attributes: &Attributes, onchange: &js_sys::Function) -> Result<PinFieldProps, JsValue> {
    let policy = if attributes.policy.trim().is_empty() {
        Policy::EXCHANGE
    } else {
        Policy::from_json_str(&attributes.policy).map_err(|error| {
            let js = js_sys::Error::new(&error.to_string());
            js.set_name("PolicyError");
            let _ = js_sys::Reflect::set(&js, &"code".into(), &error.code().into());
            JsValue::from(js)
        })?
    };
    let locale = Locale::from_tag(&attributes.lang).unwrap_or_default();
    let onchange = onchange.clone();
    let required = attributes.required;
    Ok(PinFieldProps {
        policy,
        extensions: attributes
            .extensions
            .split([',', ' '])
            .filter(|number| !number.is_empty())
            .map(|number| AttrValue::from(number.to_owned()))
            .collect(),
        history: attributes.history.clone().map(AttrValue::from),
        locale,
        name: AttrValue::from(if attributes.name.is_empty() {
            "pin".to_owned()
        } else {
            attributes.name.clone()
        }),
        id: AttrValue::from(if attributes.id.is_empty() {
            "pin".to_owned()
        } else {
            attributes.id.clone()
        }),
        label: attributes.label.clone().map(AttrValue::from),
        value: AttrValue::Static(""),
        required: attributes.required,
        disabled: attributes.disabled,
        onchange: Callback::from(move |change: PinChange| {
            let (ok, message) = validity(&change.report, &change.value, required, locale);
            let args = js_sys::Array::of4(
                &change.value.into(),
                &ok.into(),
                &message.into(),
                &report_js(&change.report, locale),
            );
            let _ = onchange.apply(&JsValue::NULL, &args);
        }),
    })
}
