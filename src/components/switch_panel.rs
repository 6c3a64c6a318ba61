//! The switches: every provider, region, zone and cloud service, grouped under its provider, as ARIA switches
//! (`data-switch-id`, `role="switch"`, `aria-checked` true while running), after the jurisdiction switches ("every US provider", `data-jurisdiction`):
//! the three presets, and any other group a link switched off, so it can be switched back on. Which companies a
//! group holds is the model's rule (`jurisdiction::switched_off_by`). The accessible way to run the whole instrument from the keyboard.

use std::collections::HashSet;
use std::rc::Rc;

use cloudfall_model::derive::switch_groups;
use cloudfall_model::{Action, Jurisdiction, NodeId, NodeIndex, NodeState, Scenario};
use web_sys::Element;
use yew::prelude::*;

use crate::i18n::{class_texts, texts};
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
    // While a prediction waits, the switches wait too (the model ignores them), and say so.
    let waiting = props.scenario.prediction_pending();
    let groups = use_memo(model.clone(), |model| switch_groups(model));
    let opened = use_state(HashSet::<NodeId>::new);
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
        // A switch is "on" while its node runs; one inside something switched off stays on but says "down" in
        // its name, so a screen reader hears both.
        html! {
            <button type="button" role="switch"
                class={classes!("switch", format!("state-{}", state.as_str()), is_off.then_some("is-off"))}
                data-switch-id={id.to_string()}
                aria-checked={(!is_off).to_string()}
                aria-disabled={waiting.then_some("true")}
                title={(text.switch_label)(node.name_in(props.scenario.lang), is_off)}
                {onclick}>
                <span class="switch-track" aria-hidden="true"><span class="switch-thumb"></span></span>
                <span class="switch-name">{ node.label_in(props.scenario.lang) }</span>
                if state != NodeState::Up && !is_off {
                    { " " }<span class="switch-state">{ (text.state_name)(state) }</span>
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
            <button type="button" role="switch" class="switch" data-jurisdiction={group.code()} aria-checked={(!is_off).to_string()}
                aria-disabled={waiting.then_some("true")}
                title={(text.switch_label)(&name, is_off)}
                onclick={move |_| onswitch.emit(Action::ToggleJurisdiction(group))}>
                <span class="switch-track" aria-hidden="true"><span class="switch-thumb"></span></span>
                <span class="switch-name">{ name }</span>
            </button>
        }
    };
    html! {
        <div class="switches">
            if waiting {
                <p class="hint switches-wait" data-switches-wait="">{ class_texts(props.scenario.lang).switches_wait }</p>
            }
            <fieldset class="jurisdictions">
                <legend>{ text.jurisdiction_heading }</legend>
                <p class="hint">{ text.jurisdiction_hint }</p>
                { for Jurisdiction::PRESETS.into_iter().chain(extra.copied()).map(jurisdiction) }
            </fieldset>
            <ul class="switch-groups">
                { for groups.iter().map(|group| {
                    let (provider, children) = (group.provider, group.inside.as_slice());
                    // Open while something inside is not up, and kept open once opened (by the reader or by a
                    // failure): a group closing under the focus would drop it to the page's start.
                    let provider_id = model.node(provider).id.clone();
                    let open = opened.contains(&provider_id)
                        || children.iter().any(|&child| props.derived.outcome.state(child) != NodeState::Up);
                    let ontoggle = {
                        let (opened, provider_id) = (opened.clone(), provider_id.clone());
                        Callback::from(move |event: Event| {
                            let now_open = event.target_dyn_into::<Element>().is_some_and(|details| details.has_attribute("open"));
                            if now_open != opened.contains(&provider_id) {
                                let mut next = (*opened).clone();
                                if now_open { next.insert(provider_id.clone()); } else { next.remove(&provider_id); }
                                opened.set(next);
                            }
                        })
                    };
                    html! {
                        <li key={model.node(provider).id.to_string()} class="switch-group">
                            { switch(provider) }
                            if !children.is_empty() {
                                <details class="switch-more" {open} {ontoggle} data-group={model.node(provider).id.to_string()}>
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
            // Never `disabled`: a button disabled under the focus drops it; with nothing to switch on it does nothing.
            // A link's own map (`off=`, `incident=`): Reset returns there, and the button says so (requirement 8);
            // in a challenge that starts with something off, to the challenge's start.
            <button type="button" class="reset" data-action="reset"
                data-reset-to={if props.scenario.resets_to_challenge() { Some("challenge") } else { props.scenario.resets_to_launch().then_some("link") }}
                aria-disabled={props.scenario.apply(Action::Reset).is_none().to_string()}
                onclick={let onswitch = props.onswitch.clone(); move |_| onswitch.emit(Action::Reset)}>
                { if props.scenario.resets_to_challenge() {
                    crate::i18n::class_texts(props.scenario.lang).reset_to_challenge
                } else if props.scenario.resets_to_launch() {
                    crate::i18n::class_texts(props.scenario.lang).reset_to_link
                } else {
                    text.reset
                } }
            </button>
        </div>
    }
}
