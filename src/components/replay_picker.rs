//! Picks a real outage from the data and replays it: switches off exactly what failed.

use cloudfall_model::{Action, Lang, NodeId};
use web_sys::HtmlSelectElement;
use yew::prelude::*;

use crate::i18n::{incident_name, texts};
use crate::ModelRef;

#[derive(Properties, PartialEq)]
pub struct ReplayPickerProps {
    pub model: ModelRef,
    pub incident: Option<String>,
    pub lang: Lang,
    pub onswitch: Callback<Action>,
}

/// The action that replays incident `id`, or `None` when the data has no such incident.
pub fn replay_action(model: &cloudfall_model::Model, id: &str) -> Option<Action> {
    let incident = model.incident(id)?;
    Some(Action::Replay {
        incident: incident.id.clone(),
        failed: incident.failed.iter().map(|failed| NodeId::new(failed.clone())).collect(),
    })
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
    let mut incidents: Vec<_> = props.model.incidents.iter().collect();
    incidents.sort_by(|a, b| b.date.cmp(&a.date));
    let chosen = props.incident.clone().unwrap_or_default();
    html! {
        <div class="replay-picker">
            <label for="cf-replay">{ text.replay_heading }</label>
            <p class="hint">{ text.replay_intro }</p>
            <select id="cf-replay" data-control="incident" {onchange}>
                <option value="" selected={chosen.is_empty()}>{ text.replay_choose }</option>
                { for incidents.iter().map(|incident| {
                    let name = incident_name(incident, props.lang);
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
