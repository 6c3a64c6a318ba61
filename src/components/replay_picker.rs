//! Picks a real outage from the data and replays it: switches off exactly what failed.

use cloudfall_model::derive::{incidents_newest_first, replay_action};
use cloudfall_model::{Action, Lang};
use web_sys::HtmlSelectElement;
use yew::prelude::*;

use crate::i18n::texts;
use crate::ModelRef;

#[derive(Properties, PartialEq)]
pub struct ReplayPickerProps {
    pub model: ModelRef,
    pub incident: Option<String>,
    pub lang: Lang,
    pub onswitch: Callback<Action>,
}

#[component]
pub fn ReplayPicker(props: &ReplayPickerProps) -> Html {
    let text = texts(props.lang);
    if props.model.incidents.is_empty() {
        return html! {};
    }
    let onchange = {
        let (model, onswitch) = (props.model.clone(), props.onswitch.clone());
        Callback::from(move |event: Event| {
            if let Some(select) = event.target_dyn_into::<HtmlSelectElement>() {
                match replay_action(&model, &select.value()) {
                    Some(action) => onswitch.emit(action),
                    None => onswitch.emit(Action::CloseReplay),
                }
            }
        })
    };
    let incidents = incidents_newest_first(&props.model);
    let chosen = props.incident.clone().unwrap_or_default();
    html! {
        <div class="replay-picker">
            <label for="cf-replay">{ text.replay_heading }</label>
            <p class="hint">{ text.replay_intro }</p>
            <select id="cf-replay" data-control="incident" {onchange}>
                <option value="" selected={chosen.is_empty()}>{ text.replay_choose }</option>
                { for incidents.iter().map(|incident| {
                    let name = incident.name(props.lang);
                    html! {
                        <option value={incident.id.clone()} selected={incident.id == chosen}>
                            { format!("{} — {name}", incident.date) }
                        </option>
                    }
                }) }
            </select>
        </div>
    }
}
