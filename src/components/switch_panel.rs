//! The switches: every provider, region, zone and cloud service, grouped under its provider, as toggle buttons
//! (`data-switch-id`, `aria-pressed`), after the jurisdiction switches ("every US provider", `data-jurisdiction`):
//! the three presets, and any other group a link switched off, so it can be switched back on. Which companies a
//! group holds is the model's rule (`jurisdiction::switched_off_by`). The accessible way to run the whole instrument from the keyboard.

use std::rc::Rc;

use cloudfall_model::derive::switch_groups;
use cloudfall_model::{Action, Jurisdiction, NodeIndex, NodeState, Scenario};
use yew::prelude::*;

use crate::i18n::texts;
use crate::ModelRef;
use cloudfall_model::Derived;

#[derive(Properties, PartialEq)]
pub struct SwitchPanelProps {
    pub model: ModelRef,
    pub scenario: Rc<Scenario>,
    pub derived: Rc<Derived>,
    pub onswitch: Callback<Action>,
}

/// The most switches listed under one provider; the search box reaches the others.
const LISTED: usize = 60;

#[component]
pub fn SwitchPanel(props: &SwitchPanelProps) -> Html {
    let text = texts(props.scenario.lang);
    let model = &props.model;
    let off = &props.scenario.off;
    let groups = use_memo(model.clone(), |model| switch_groups(model));
    let switch = |index: NodeIndex| -> Html {
        let node = model.node(index);
        let id = node.id.clone();
        let is_off = off.contains(&id);
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
                title={(text.switch_label)(node.name_in(props.scenario.lang), is_off)}
                {onclick}>
                <span class="switch-track" aria-hidden="true"><span class="switch-thumb"></span></span>
                <span class="switch-name">{ node.label_in(props.scenario.lang) }</span>
                if state != NodeState::Up && !is_off {
                    <span class="switch-state" aria-hidden="true">{ (text.state_name)(state) }</span>
                }
            </button>
        }
    };
    let groups_off = &props.scenario.jurisdictions;
    let extra = groups_off.iter().filter(|group| !Jurisdiction::PRESETS.contains(group));
    let jurisdiction = |group: Jurisdiction| -> Html {
        let is_off = groups_off.contains(&group);
        let onswitch = props.onswitch.clone();
        let name = (text.jurisdiction_name)(group);
        html! {
            <button type="button" class="switch" data-jurisdiction={group.code()} aria-pressed={is_off.to_string()}
                title={(text.switch_label)(&name, is_off)}
                onclick={move |_| onswitch.emit(Action::ToggleJurisdiction(group))}>
                <span class="switch-track" aria-hidden="true"><span class="switch-thumb"></span></span>
                <span class="switch-name">{ name }</span>
            </button>
        }
    };
    html! {
        <div class="switches">
            <fieldset class="jurisdictions">
                <legend>{ text.jurisdiction_heading }</legend>
                <p class="hint">{ text.jurisdiction_hint }</p>
                { for Jurisdiction::PRESETS.into_iter().chain(extra.copied()).map(jurisdiction) }
            </fieldset>
            <ul class="switch-groups">
                { for groups.iter().map(|group| {
                    let (provider, children) = (group.provider, group.inside.as_slice());
                    let open = children.iter().any(|&child| props.derived.outcome.state(child) != NodeState::Up);
                    html! {
                        <li key={model.node(provider).id.to_string()} class="switch-group">
                            { switch(provider) }
                            if !children.is_empty() {
                                <details class="switch-more" {open} data-group={model.node(provider).id.to_string()}>
                                <summary>{ (text.switch_children)(children.len()) }</summary>
                                <ul class="switch-children">
                                    { for children.iter().take(LISTED).map(|&index| html! {
                                        <li key={model.node(index).id.to_string()}
                                            class={format!("depth-{}", model.node(index).id.as_str().matches('/').count())}>
                                            { switch(index) }
                                        </li>
                                    }) }
                                </ul>
                                if children.len() > LISTED {
                                    <p class="hint">{ (text.more_in_search)(children.len() - LISTED) }</p>
                                }
                                </details>
                            }
                        </li>
                    }
                }) }
            </ul>
            <button type="button" class="reset" data-action="reset"
                disabled={off.is_empty() && groups_off.is_empty() && props.scenario.backups.is_empty() && props.scenario.incident.is_none()}
                onclick={let onswitch = props.onswitch.clone(); move |_| onswitch.emit(Action::Reset)}>
                { text.reset }
            </button>
        </div>
    }
}
