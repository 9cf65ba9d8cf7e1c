//! The demo site's policy editor: a Yew component over the core, mounted by
//! `www/site/editor.html`. The rest of the site is static pages around the `<pin-field>`
//! element and the npm package (see `www/site/`).
//!
//! Every rule, range, default, Exchange name and error message on the editor comes from
//! [`pinwarden`]; this crate holds the form, its state and its own words: small components
//! (`preset_bar`, `field_row`, `json_view`, `paste_box`) composed by `editor`, over one
//! reducer (`state`) with named actions.

mod code_spans;
mod draft;
mod editor;
mod field_row;
mod json_view;
mod paste;
mod paste_box;
mod preset_bar;
mod state;
mod text;

pub use draft::Draft;
pub use editor::{PolicyEditor, PolicyEditorProps};
pub use paste::{Candidate, Pasted, read as read_paste};
pub use state::{Action, EditorState, Notice, PasteOutcome, PasteProblem};

use pinwarden::{Locale, Policy};
use wasm_bindgen::prelude::*;
use yew::AppHandle;

/// A mounted editor, kept by the page to switch its language.
#[wasm_bindgen]
pub struct EditorHandle {
    app: AppHandle<PolicyEditor>,
}

#[wasm_bindgen]
impl EditorHandle {
    /// Speaks `tag` (`"en"`, `"fr"`, `"fr-CA"`…; English for any other language).
    #[wasm_bindgen(js_name = setLanguage)]
    pub fn set_language(&mut self, tag: &str) {
        self.app.update(props(tag));
    }
}

/// Renders the editor into `root`, in the language `tag`, starting from the Exchange
/// defaults.
#[wasm_bindgen(js_name = mountPolicyEditor)]
pub fn mount_policy_editor(root: web_sys::Element, tag: &str) -> EditorHandle {
    EditorHandle {
        app: yew::Renderer::<PolicyEditor>::with_root_and_props(root, props(tag)).render(),
    }
}

fn props(tag: &str) -> PolicyEditorProps {
    PolicyEditorProps {
        locale: Locale::from_tag(tag).unwrap_or_default(),
        initial: Policy::EXCHANGE,
    }
}
