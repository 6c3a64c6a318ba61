//! "What if this service could also run elsewhere?": the hypothetical backups of one web service or supplier,
//! and a menu to add one. The choice in the menu is the only state here; the backups live in the `Scenario`.

use std::rc::Rc;

use cloudfall_model::{Action, NodeId, NodeIndex, NodeKind, Scenario};
use web_sys::HtmlSelectElement;
use yew::prelude::*;

use crate::i18n::texts;
use crate::ModelRef;

#[derive(Properties, PartialEq)]
pub struct WhatIfProps {
    pub model: ModelRef,
    pub scenario: Rc<Scenario>,
    /// The service whose backups these are.
    pub index: NodeIndex,
    pub onswitch: Callback<Action>,
}

#[component]
pub fn WhatIf(props: &WhatIfProps) -> Html {
    let text = texts(props.scenario.lang);
    let model = &props.model;
    let node = model.node(props.index);
    let choice = use_state(String::new);
    let onchange = {
        let choice = choice.clone();
        Callback::from(move |event: Event| {
            if let Some(select) = event.target_dyn_into::<HtmlSelectElement>() {
                choice.set(select.value());
            }
        })
    };
    let onadd = {
        let (onswitch, service, choice) = (props.onswitch.clone(), node.id.clone(), choice.clone());
        move |_| {
            if !choice.is_empty() {
                onswitch.emit(Action::AddBackup { service: service.clone(), backup: NodeId::new((*choice).clone()) });
            }
        }
    };
    html! {
        <section class="whatif" aria-labelledby="whatif-heading">
            <h3 id="whatif-heading">{ text.whatif_heading }</h3>
            <p class="hint">{ (text.whatif_intro)(node.name_in(props.scenario.lang)) }</p>
            <ul class="whatif-list">
                { for props.scenario.backups_of(&node.id).map(|backup| {
                    let backup_name = model.lookup(backup).map_or(backup.as_str(), |b| model.node(b).name_in(props.scenario.lang));
                    let onremove = {
                        let (onswitch, service, backup) = (props.onswitch.clone(), node.id.clone(), backup.clone());
                        move |_| onswitch.emit(Action::RemoveBackup { service: service.clone(), backup: backup.clone() })
                    };
                    html! {
                        <li class="hypothetical" data-backup={backup.to_string()}>
                            { (text.whatif_item)(node.name_in(props.scenario.lang), backup_name) }{ " " }
                            <button type="button" onclick={onremove}>{ text.whatif_remove }</button>
                        </li>
                    }
                }) }
            </ul>
            <label>
                <span class="visually-hidden">{ text.whatif_choose }</span>
                <select data-control="backup" {onchange}>
                    <option value="" selected={choice.is_empty()}>{ text.whatif_choose }</option>
                    { for model.nodes_of_kind(NodeKind::Provider).map(|(_, provider)| html! {
                        <option value={provider.id.to_string()} selected={*choice == provider.id.as_str()}>
                            { provider.name_in(props.scenario.lang) }
                        </option>
                    }) }
                </select>
            </label>
            { " " }
            <button type="button" data-action="add-backup" onclick={onadd} disabled={choice.is_empty()}>
                { text.whatif_add }
            </button>
        </section>
    }
}
