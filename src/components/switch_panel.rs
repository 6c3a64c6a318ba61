//! The switches: every provider, region, zone and cloud service, grouped under its provider, as toggle buttons
//! (`data-switch-id`, `aria-pressed`). The accessible way to run the whole instrument from the keyboard.

use std::collections::BTreeSet;
use std::rc::Rc;

use cloudfall_model::{Action, Lang, NodeId, NodeIndex, NodeKind, NodeState};
use yew::prelude::*;

use crate::app::Derived;
use crate::i18n::texts;
use crate::ModelRef;

#[derive(Properties, PartialEq)]
pub struct SwitchPanelProps {
    pub model: ModelRef,
    pub off: Rc<BTreeSet<NodeId>>,
    pub derived: Rc<Derived>,
    pub lang: Lang,
    pub onswitch: Callback<Action>,
}

#[component]
pub fn SwitchPanel(props: &SwitchPanelProps) -> Html {
    let text = texts(props.lang);
    let model = &props.model;
    let providers: Vec<NodeIndex> = model.nodes_of_kind(NodeKind::Provider).map(|(index, _)| index).collect();
    let switch = |index: NodeIndex| -> Html {
        let node = model.node(index);
        let id = node.id.clone();
        let is_off = props.off.contains(&id);
        let state = props.derived.outcome.state(index);
        let onswitch = props.onswitch.clone();
        let onclick = {
            let id = id.clone();
            move |_| onswitch.emit(Action::Toggle(id.clone()))
        };
        html! {
            <button type="button"
                class={classes!("switch", format!("state-{}", state.as_str()), is_off.then_some("is-off"))}
                data-switch-id={id.to_string()}
                aria-pressed={is_off.to_string()}
                title={(text.switch_label)(&node.name, is_off)}
                {onclick}>
                <span class="switch-track" aria-hidden="true"><span class="switch-thumb"></span></span>
                <span class="switch-name">{ node.label() }</span>
                if state != NodeState::Up && !is_off {
                    <span class="switch-state" aria-hidden="true">{ (text.state_name)(state) }</span>
                }
            </button>
        }
    };
    html! {
        <div class="switches">
            <ul class="switch-groups">
                { for providers.iter().map(|&provider| {
                    let prefix = format!("{}/", model.node(provider).id);
                    let inside: Vec<NodeIndex> = model
                        .nodes()
                        .filter(|(_, node)| node.kind.is_switchable() && node.id.as_str().starts_with(&prefix))
                        .map(|(index, _)| index)
                        .collect();
                    html! {
                        <li key={model.node(provider).id.to_string()} class="switch-group">
                            { switch(provider) }
                            if !inside.is_empty() {
                                <ul class="switch-children">
                                    { for inside.iter().map(|&index| html! {
                                        <li key={model.node(index).id.to_string()}
                                            class={format!("depth-{}", model.node(index).id.as_str().matches('/').count())}>
                                            { switch(index) }
                                        </li>
                                    }) }
                                </ul>
                            }
                        </li>
                    }
                }) }
            </ul>
            <button type="button" class="reset" data-action="reset"
                disabled={props.off.is_empty()}
                onclick={let onswitch = props.onswitch.clone(); move |_| onswitch.emit(Action::Reset)}>
                { text.reset }
            </button>
        </div>
    }
}
