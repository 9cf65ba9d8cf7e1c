//! `JsonView`: the policy as JSON, and a button that copies it to the clipboard.

use pinwarden::Locale;
use yew::prelude::*;

use crate::state::{Action, Notice};
use crate::text;

/// The JSON view's properties.
#[derive(Clone, Debug, PartialEq, Properties)]
pub struct JsonViewProps {
    /// The policy as indented JSON, or `None` while the form is refused.
    pub json: Option<AttrValue>,
    /// What the last copy said.
    pub notice: Notice,
    /// The language of its words.
    pub locale: Locale,
    /// Where its actions go.
    pub on_action: Callback<Action>,
}

/// The JSON and its copy button, or a line saying why there is none.
#[function_component]
pub fn JsonView(props: &JsonViewProps) -> Html {
    let locale = props.locale;
    let Some(json) = props.json.clone() else {
        return html! { <p id="policy-json-missing">{text::NO_JSON.get(locale)}</p> };
    };
    let copy = {
        let (on_action, json) = (props.on_action.clone(), json.clone());
        move |_| {
            let (on_action, json) = (on_action.clone(), json.clone());
            wasm_bindgen_futures::spawn_local(async move {
                on_action.emit(Action::CopyDone(copy_to_clipboard(&json).await));
            });
        }
    };
    let notice = match props.notice {
        Notice::None => "",
        Notice::Copied => text::COPIED.get(locale),
        Notice::CopyFailed => text::COPY_FAILED.get(locale),
    };
    html! {
        <>
            <pre id="policy-json" tabindex="0" aria-label={text::JSON_HEADING.get(locale)}><code>{json}</code></pre>
            <div class="row">
                <button type="button" id="copy-json" onclick={copy}>{text::COPY.get(locale)}</button>
                <span id="copy-status" role="status">{notice}</span>
            </div>
        </>
    }
}

/// Puts `text` on the clipboard; `false` when the browser refuses.
async fn copy_to_clipboard(text: &str) -> bool {
    let Some(window) = web_sys::window() else {
        return false;
    };
    let promise = window.navigator().clipboard().write_text(text);
    wasm_bindgen_futures::JsFuture::from(promise).await.is_ok()
}
