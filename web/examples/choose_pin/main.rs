//! A Yew application in which a person chooses a new PIN with `PinField`: pick a policy and
//! a language, type a PIN, watch the checklist, and submit once the PIN meets every rule.
//!
//! ```sh
//! cargo build --release -p pinwarden-yew --example choose_pin --target wasm32-unknown-unknown
//! wasm-bindgen --target web --out-dir target/choose_pin \
//!     target/wasm32-unknown-unknown/release/examples/choose_pin.wasm
//! cp web/examples/choose_pin/index.html target/choose_pin/
//! python3 -m http.server --bind 127.0.0.1 --directory target/choose_pin 8000
//! ```

use pinwarden::{Locale, Policy};
use pinwarden_yew::{PinChange, PinField};
use yew::prelude::*;

/// The presets a person can switch between.
const PRESETS: [&str; 3] = ["exchange", "teams", "strict"];

/// What the page keeps: the policy and language chosen, and the last change of the field.
#[component]
fn App() -> Html {
    let preset = use_state(|| PRESETS[0]);
    let locale = use_state(|| Locale::En);
    let change = use_state(|| None::<PinChange>);
    let submitted = use_state(|| false);

    let policy = Policy::preset(*preset).unwrap_or(Policy::EXCHANGE);
    let accepted = change.as_ref().is_some_and(|change| change.report.ok());
    let onchange = {
        let (change, submitted) = (change.clone(), submitted.clone());
        Callback::from(move |new: PinChange| {
            change.set(Some(new));
            submitted.set(false);
        })
    };
    let onsubmit = {
        let submitted = submitted.clone();
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            // A real page sends the PIN to its server here, which checks it again.
            submitted.set(true);
        })
    };
    let french = *locale == Locale::Fr;
    let text = |en: &'static str, fr: &'static str| if french { fr } else { en };

    html! {
        <main lang={locale.tag()}>
            <h1>{ text("Choose your PIN", "Choisissez votre code PIN") }</h1>
            <fieldset>
                <legend>{ text("Policy", "Règles") }</legend>
                { for PRESETS.iter().map(|name| preset_choice(name, &preset)) }
            </fieldset>
            <button type="button" onclick={
                let locale = locale.clone();
                move |_| locale.set(if *locale == Locale::Fr { Locale::En } else { Locale::Fr })
            }>
                { text("Français", "English") }
            </button>
            <form {onsubmit}>
                // Changing the key starts a fresh field when the policy or language changes.
                <PinField
                    key={format!("{}-{}", *preset, locale.tag())}
                    {policy}
                    extensions={vec![AttrValue::from("36697")]}
                    locale={*locale}
                    name="pin"
                    required=true
                    {onchange}
                />
                <button type="submit" disabled={!accepted}>{ text("Save", "Enregistrer") }</button>
            </form>
            if *submitted {
                <p role="status">{ text("Saved.", "Enregistré.") }</p>
            }
        </main>
    }
}

fn preset_choice(name: &'static str, preset: &UseStateHandle<&'static str>) -> Html {
    let onchange = {
        let preset = preset.clone();
        move |_| preset.set(name)
    };
    html! {
        <label>
            <input type="radio" name="preset" value={name} checked={**preset == name} {onchange} />
            { name }
        </label>
    }
}

fn main() {
    let root = web_sys::window()
        .and_then(|window| window.document())
        .and_then(|document| document.get_element_by_id("app"))
        .expect("the page has an element with id=\"app\"");
    yew::Renderer::<App>::with_root(root).render();
}
