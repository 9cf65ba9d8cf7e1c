//! `PresetBar`: the buttons that fill the form with a preset.

use pinwarden::{Locale, PRESET_NAMES, Policy};
use yew::prelude::*;

use crate::state::Action;
use crate::text;

/// The preset bar's properties.
#[derive(Clone, Debug, PartialEq, Properties)]
pub struct PresetBarProps {
    /// The language of its words.
    pub locale: Locale,
    /// Where its actions go.
    pub on_action: Callback<Action>,
}

/// One button per preset of SPEC §1, in the core's order ([`PRESET_NAMES`]).
#[function_component]
pub fn PresetBar(props: &PresetBarProps) -> Html {
    let buttons = PRESET_NAMES.iter().filter_map(|id| {
        let policy = Policy::preset(id).ok()?;
        let on_action = props.on_action.clone();
        let name = text::preset_name(id, props.locale);
        Some(html! {
            <button type="button" id={format!("preset-{id}")}
                onclick={move |_| on_action.emit(Action::LoadPreset(policy))}>{name}</button>
        })
    });
    html! {
        <div role="group" aria-labelledby="preset-bar-label" class="row">
            <span id="preset-bar-label">{text::START_FROM.get(props.locale)}</span>
            {for buttons}
        </div>
    }
}
