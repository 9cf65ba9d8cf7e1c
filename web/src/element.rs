//! The Rust half of the `<pin-field>` custom element: `mount` renders a `PinField` into
//! the element's shadow root and returns a [`Handle`] that updates it, says what the form
//! makes of the PIN (synchronously, at every change) and destroys it. The JavaScript half
//! (`element/pin-field.js`) is the `HTMLElement` subclass that wasm-bindgen cannot write:
//! it reads the attributes, joins the form and calls these.
//!
//! A broken attribute throws a JavaScript error with `name` (`PolicyError`,
//! `HistoryError`), a stable `code`, `attribute` (`policy` or `history`), `field` (the
//! policy field it is about, or `null` when the text names none) and a `message` in the
//! element's language: the npm package's errors (`pinwarden-js`, shared by both) with the
//! attribute at fault.
#![allow(clippy::missing_errors_doc)]

use std::cell::RefCell;
use std::rc::Rc;

use pinwarden::{Locale, PinHistory, Policy, Report, assess_without_history};
use wasm_bindgen::prelude::*;
use yew::{AppHandle, AttrValue, Callback};

use crate::field::{DEFAULT_PAUSE_MS, context};
use crate::{PinChange, PinField, PinFieldProps, validity};

/// The element's attributes (and the page's custom validity), as the JavaScript class
/// reads them.
#[wasm_bindgen]
#[derive(Clone, Default)]
pub struct Attributes {
    policy: String,
    extensions: String,
    names: String,
    history: Option<String>,
    lang: String,
    name: String,
    id: String,
    label: Option<String>,
    required: bool,
    disabled: bool,
    validated: bool,
    custom_error: Option<String>,
    pause: Option<u32>,
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
    /// `extensions`: numbers separated by commas or new lines (see [`extension_list`]).
    #[wasm_bindgen(setter)]
    pub fn set_extensions(&mut self, value: String) {
        self.extensions = value;
    }
    /// `names`: the person's names, separated by commas or new lines like `extensions`
    /// (see [`extension_list`]), for the `nameOnKeypad` rule.
    #[wasm_bindgen(setter)]
    pub fn set_names(&mut self, value: String) {
        self.names = value;
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
    /// `disabled` (or inside a disabled fieldset).
    #[wasm_bindgen(setter)]
    pub fn set_disabled(&mut self, value: bool) {
        self.disabled = value;
    }
    /// Whether a submit was attempted since the form was reset.
    #[wasm_bindgen(setter)]
    pub fn set_validated(&mut self, value: bool) {
        self.validated = value;
    }
    /// The page's `setCustomValidity` message, until the next edit.
    #[wasm_bindgen(setter = customError)]
    pub fn set_custom_error(&mut self, value: Option<String>) {
        self.custom_error = value.filter(|message| !message.is_empty());
    }
    /// `pause`: how long typing must pause before the history is looked up and the
    /// outcome announced, in milliseconds.
    #[wasm_bindgen(setter)]
    pub fn set_pause(&mut self, value: Option<u32>) {
        self.pause = value;
    }
}

/// SPEC §7: `extensions` separates numbers with commas or new lines; spaces, dots, dashes
/// and parentheses inside a number belong to it. `names` is split the same way (a name's
/// spaces, hyphens and apostrophes belong to it).
///
/// ```
/// use pinwarden_yew::extension_list;
/// assert_eq!(extension_list("36697, +1 (425) 555-0123"), ["36697", "+1 (425) 555-0123"]);
/// assert_eq!(extension_list("36697\n4029;"), ["36697", "4029;"]);
/// assert_eq!(extension_list("Amos Marble, Zoë O’Neil-Smith"), ["Amos Marble", "Zoë O’Neil-Smith"]);
/// ```
pub fn extension_list(text: &str) -> Vec<String> {
    text.split([',', '\n', '\r'])
        .map(str::trim)
        .filter(|number| !number.is_empty())
        .map(str::to_owned)
        .collect()
}

/// What the field last reported: the value, and the report made for it under `inputs`.
#[derive(Default)]
struct Reported {
    value: String,
    assessed: Option<(Inputs, Report)>,
}

/// What a report depends on besides the value.
#[derive(Clone, PartialEq)]
struct Inputs {
    policy: Policy,
    extensions: Vec<AttrValue>,
    names: Vec<AttrValue>,
    history: Option<AttrValue>,
}

impl Inputs {
    fn of(props: &PinFieldProps) -> Inputs {
        Inputs {
            policy: props.policy,
            extensions: props.extensions.clone(),
            names: props.names.clone(),
            history: props.history.clone(),
        }
    }
}

/// A mounted `PinField`.
#[wasm_bindgen]
pub struct Handle {
    app: Option<AppHandle<PinField>>,
    props: Rc<RefCell<PinFieldProps>>,
    reported: Rc<RefCell<Reported>>,
    onchange: js_sys::Function,
}

/// Renders a `PinField` into `root`. `onchange(value, ok, message, report, edited)` is
/// called after every edit (`edited` true) and once typing pauses when the history was
/// looked up: the value, whether the form may take it, why not, and the report (SPEC §2,
/// with messages). Throws for a broken attribute (see the module docs).
#[wasm_bindgen]
pub fn mount(
    root: web_sys::Element,
    attributes: &Attributes,
    onchange: js_sys::Function,
) -> Result<Handle, JsValue> {
    let shared = Rc::new(RefCell::new(PinFieldProps::from(Attributes::default())));
    let reported = Rc::new(RefCell::new(Reported::default()));
    let mut handle = Handle {
        app: None,
        props: shared,
        reported,
        onchange,
    };
    let props = handle.props_for(attributes)?;
    *handle.props.borrow_mut() = props.clone();
    handle.app = Some(yew::Renderer::<PinField>::with_root_and_props(root, props).render());
    Ok(handle)
}

#[wasm_bindgen]
impl Handle {
    /// Re-renders with new attributes. Throws for a broken attribute, and then keeps
    /// showing (and judging by) the last good ones.
    pub fn update(&mut self, attributes: &Attributes) -> Result<(), JsValue> {
        let props = self.props_for(attributes)?;
        *self.props.borrow_mut() = props.clone();
        if let Some(app) = self.app.as_mut() {
            app.update(props);
        }
        Ok(())
    }

    /// The PIN entered (ASCII digits).
    #[wasm_bindgen(getter)]
    pub fn value(&self) -> String {
        self.reported.borrow().value.clone()
    }

    /// `[ok, message]`: whether the form may take the PIN under the current attributes,
    /// and else why not — the same verdict as the field's `aria-invalid`.
    pub fn validity(&self) -> js_sys::Array {
        let props = self.props.borrow();
        let (ok, message) = verdict(&props, &self.reported.borrow());
        js_sys::Array::of2(&ok.into(), &message.into())
    }

    /// Unmounts the component.
    pub fn destroy(&mut self) {
        if let Some(app) = self.app.take() {
            app.destroy();
        }
    }

    fn props_for(&self, attributes: &Attributes) -> Result<PinFieldProps, JsValue> {
        let locale = locale_of(&attributes.lang);
        let policy = policy_of(&attributes.policy, locale)?;
        if let Some(text) = &attributes.history {
            history_of(text)?;
        }
        let mut props = PinFieldProps::from(attributes.clone());
        props.policy = policy;
        let (shared, reported, onchange) = (
            self.props.clone(),
            self.reported.clone(),
            self.onchange.clone(),
        );
        props.onchange = Callback::from(move |change: PinChange| {
            let props = shared.borrow().clone();
            let report = {
                let mut reported = reported.borrow_mut();
                let inputs = Inputs::of(&props);
                // An edit is judged here under the current attributes (the field may not
                // have re-rendered with them yet), unless it left the value as it was (a
                // refused character): what was known of it, the history included, holds.
                // A history look-up is taken as made.
                let report = match &reported.assessed {
                    Some((assessed, report))
                        if change.edited
                            && *assessed == inputs
                            && reported.value == change.value =>
                    {
                        *report
                    }
                    _ if change.edited => quick_report(&props, &change.value),
                    _ => change.report,
                };
                reported.value.clone_from(&change.value);
                reported.assessed = Some((Inputs::of(&props), report));
                report
            };
            let (ok, message) = verdict(&props, &reported.borrow());
            let args = js_sys::Array::of5(
                &change.value.into(),
                &ok.into(),
                &message.into(),
                &report_js(&report, props.locale),
                &change.edited.into(),
            );
            let _ = onchange.apply(&JsValue::NULL, &args);
        });
        Ok(props)
    }
}

impl From<Attributes> for PinFieldProps {
    fn from(attributes: Attributes) -> PinFieldProps {
        let or = |text: String, default: &'static str| {
            if text.is_empty() {
                AttrValue::Static(default)
            } else {
                AttrValue::from(text)
            }
        };
        PinFieldProps {
            policy: Policy::EXCHANGE,
            extensions: extension_list(&attributes.extensions)
                .into_iter()
                .map(AttrValue::from)
                .collect(),
            names: extension_list(&attributes.names)
                .into_iter()
                .map(AttrValue::from)
                .collect(),
            history: attributes.history.map(AttrValue::from),
            locale: locale_of(&attributes.lang),
            name: or(attributes.name, "pin"),
            id: or(attributes.id, "pin"),
            label: attributes.label.map(AttrValue::from),
            value: AttrValue::Static(""),
            required: attributes.required,
            disabled: attributes.disabled,
            validated: attributes.validated,
            custom_error: attributes.custom_error.map(AttrValue::from),
            pause_ms: attributes.pause.unwrap_or(DEFAULT_PAUSE_MS),
            onchange: Callback::default(),
        }
    }
}

/// The form's verdict on what the field reported, under `props`: the report made for the
/// same inputs when there is one (it may have looked the history up), else a new one.
fn verdict(props: &PinFieldProps, reported: &Reported) -> (bool, String) {
    let report = match &reported.assessed {
        Some((inputs, report)) if *inputs == Inputs::of(props) => *report,
        _ => quick_report(props, &reported.value),
    };
    let refusal = validity::refusal(&report, &reported.value, props.required, props.locale);
    (refusal.is_none(), refusal.unwrap_or_default())
}

fn quick_report(props: &PinFieldProps, value: &str) -> Report {
    assess_without_history(
        value,
        &props.policy,
        &context(&props.extensions, &props.names, None),
    )
    .report
}

pub(crate) fn locale_of(lang: &str) -> Locale {
    Locale::from_tag(lang).unwrap_or_default()
}

/// The policy of a `policy` attribute (empty: the Exchange defaults), or its error.
pub(crate) fn policy_of(text: &str, locale: Locale) -> Result<Policy, JsValue> {
    if text.trim().is_empty() {
        return Ok(Policy::EXCHANGE);
    }
    Policy::from_json_str(text).map_err(|error| {
        pinwarden_js::attribute_error(
            pinwarden_js::localized_policy_error(&error, locale),
            "policy",
        )
    })
}

/// The PIN history of a `history` attribute (SPEC §4), or its error.
pub(crate) fn history_of(text: &str) -> Result<PinHistory, JsValue> {
    PinHistory::parse(text).map_err(|error| {
        pinwarden_js::attribute_error(pinwarden_js::history_error(&error), "history")
    })
}

/// The report as a JavaScript object (SPEC §2, messages in `locale`).
pub(crate) fn report_js(report: &Report, locale: Locale) -> JsValue {
    to_js(&report.localized(locale))
}

/// A Rust value as a plain JavaScript object (maps become objects, as in JSON).
pub(crate) fn to_js(value: &impl serde::Serialize) -> JsValue {
    value
        .serialize(&serde_wasm_bindgen::Serializer::json_compatible())
        .unwrap_or(JsValue::NULL)
}
