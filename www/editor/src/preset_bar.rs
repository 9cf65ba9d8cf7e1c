//! `PresetBar`: the buttons that fill the form with a preset.

use pinwarden::{Locale, Policy};
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

/// The presets, with their ids and names in each language.
const PRESETS: [(&str, Policy, [&str; 2]); 3] = [
    ("exchange", Policy::EXCHANGE, ["Exchange", "Exchange"]),
    ("teams", Policy::TEAMS, ["Teams", "Teams"]),
    ("strict", Policy::STRICT, ["Strict", "Stricte"]),
];

/// One button per preset of SPEC §1.
#[function_component]
pub fn PresetBar(props: &PresetBarProps) -> Html {
    let buttons = PRESETS.iter().map(|(id, policy, names)| {
        let on_action = props.on_action.clone();
        let policy = *policy;
        let name = match props.locale {
            Locale::En => names[0],
            Locale::Fr => names[1],
        };
        html! {
            <button type="button" id={format!("preset-{id}")}
                onclick={move |_| on_action.emit(Action::LoadPreset(policy))}>{name}</button>
        }
    });
    html! {
        <div role="group" aria-labelledby="preset-bar-label" class="row">
            <span id="preset-bar-label">{text::START_FROM.get(props.locale)}</span>
            {for buttons}
        </div>
    }
}
