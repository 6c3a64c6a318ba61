//! The story view, for an article column (`view=story`, the default of an embed): the model's `story_view::story`
//! rendered — what was switched off, the chain the failure travels, the suppliers that go down with it, and the dark
//! web services grouped by category, each with how we know it. A service opens its why-chain in place, right under
//! it, so nothing opens out of sight. It renders and sends `Action`s; the grouping and order are the model's.

use std::rc::Rc;

use cloudfall_model::certainty::{Certainty, HowKnown};
use cloudfall_model::embed::View;
use cloudfall_model::story_view::{story, DarkService, StoryGroup};
use cloudfall_model::{Action, Derived, NodeIndex, Scenario};
use yew::prelude::*;

use super::WhyChain;
use crate::i18n::{capitalised, story_texts};
use crate::ModelRef;

#[derive(Properties, PartialEq)]
pub struct StoryViewProps {
    pub model: ModelRef,
    pub scenario: Rc<Scenario>,
    pub derived: Rc<Derived>,
    pub onswitch: Callback<Action>,
}

#[component]
pub fn StoryView(props: &StoryViewProps) -> Html {
    let (model, scenario, lang) = (&props.model, &props.scenario, props.scenario.lang);
    let text = story_texts(lang);
    let told = story(model, scenario, &props.derived);
    let names = |indices: &[NodeIndex]| -> String {
        indices.iter().map(|&index| model.node(index).name_in(lang)).collect::<Vec<_>>().join(text.list_separator)
    };
    let interactive = scenario.presentation.interactive();
    let service = |dark: &DarkService| {
        let node = model.node(dark.index);
        let selected = scenario.selected.as_ref() == Some(&node.id);
        let (state, how) = ((text.state_name)(dark.state), (text.how_name)(dark.how));
        let onclick = {
            let (onswitch, id) = (props.onswitch.clone(), node.id.clone());
            move |_: MouseEvent| onswitch.emit(Action::Select((!selected).then(|| id.clone())))
        };
        html! {
            <li key={node.id.to_string()} class="story-service-item">
                <button type="button" class={classes!("story-service", format!("state-{}", dark.state.as_str()))}
                    data-story-service={node.id.to_string()} data-state={dark.state.as_str()}
                    data-certainty={dark.how.as_str()} aria-expanded={selected.to_string()} disabled={!interactive} {onclick}>
                    <span class="story-service-name">{ node.name_in(lang) }</span>
                    // The state is drawn (✕, !); screen readers hear it in words, before how we know it.
                    <span class="visually-hidden">{ (text.story_service_state)(state) }</span>
                    <span class={classes!("how-tag", dark.how.as_str())}>{ how }</span>
                </button>
                if selected {
                    <WhyChain model={model.clone()} scenario={scenario.clone()} derived={props.derived.clone()}
                        index={dark.index} onswitch={props.onswitch.clone()} />
                }
            </li>
        }
    };
    let group_item = |group: &StoryGroup| {
        let category = capitalised((text.category_name)(group.category));
        let how: Vec<String> = Certainty::ALL
            .iter()
            .zip(group.by_certainty)
            .filter(|(_, count)| *count > 0)
            .map(|(&certainty, count)| (text.how_count)(certainty, count))
            .collect();
        let rest = group.services.get(group.named().len()..).unwrap_or_default();
        html! {
            <li class="story-group" data-story-group={group.category.as_str()}
                data-count={group.services.len().to_string()}>
                <h3>{ (text.story_group)(&category, group.services.len()) }</h3>
                if !how.is_empty() { <p class="story-how">{ how.join(" · ") }</p> }
                <ul class="story-services">{ for group.named().iter().map(service) }</ul>
                if !rest.is_empty() {
                    <details class="story-more">
                        <summary>{ (text.and_more)(group.more()) }</summary>
                        <ul class="story-services">{ for rest.iter().map(service) }</ul>
                    </details>
                }
            </li>
        }
    };
    let (folded, folded_services) = told.folded();
    let onmap = {
        let onswitch = props.onswitch.clone();
        move |_: MouseEvent| onswitch.emit(Action::SetView(View::Map))
    };
    let impact = &props.derived.impact;
    html! {
        <section class="panel story" aria-labelledby="story-heading">
            <h2 id="story-heading">{ text.story_heading }</h2>
            <div class="summary story-summary" role="status" aria-live="polite"
                data-down={impact.down.len().to_string()} data-degraded={impact.degraded.len().to_string()}
                data-total={impact.web_services.to_string()}>
                if told.off.is_empty() {
                    <p>{ text.story_none }</p>
                } else {
                    <p class="summary-headline"><strong>
                        { (text.metric_down)(impact.down.len(), impact.web_services, impact.down_share() * 100.0) }
                    </strong></p>
                    if !impact.degraded.is_empty() {
                        <p>{ (text.metric_degraded)(impact.degraded.len(), impact.degraded_share() * 100.0) }</p>
                    }
                }
            </div>
            if !told.off.is_empty() {
                <dl class="story-facts">
                    <dt>{ text.story_off }</dt>
                    <dd data-story="off">{ names(&told.off) }</dd>
                    if told.chain.len() > 1 {
                        <dt>{ text.story_chain }</dt>
                        <dd class="story-chain-line">
                            <ol class="story-chain" data-story="chain">
                                { for told.chain.iter().map(|&index| html! { <li>{ model.node(index).name_in(lang) }</li> }) }
                            </ol>
                            // How certain this chain is, in the words of a service's tag: "reported only" when an
                            // outage-day report is one of its links.
                            if let Some(certainty) = told.chain_certainty {
                                <span class={classes!("how-tag", certainty.as_str())} data-story="chain-how"
                                    data-certainty={certainty.as_str()}>
                                    { (text.how_name)(HowKnown::Affected(certainty)) }
                                </span>
                            }
                        </dd>
                    }
                    if !told.suppliers.is_empty() {
                        <dt>{ text.story_suppliers }</dt>
                        <dd data-story="suppliers">{ names(&told.suppliers) }</dd>
                    }
                </dl>
                <ul class="story-groups">{ for told.shown().iter().map(group_item) }</ul>
                if !folded.is_empty() {
                    <details class="story-folded">
                        <summary>{ (text.story_folded)(folded_services, folded.len()) }</summary>
                        <ul class="story-groups">{ for folded.iter().map(group_item) }</ul>
                    </details>
                }
            }
            if interactive {
                <button type="button" class="story-see-map" data-action="see-map" onclick={onmap}>{ text.story_see_map }</button>
            }
        </section>
    }
}
