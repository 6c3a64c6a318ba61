//! Why a node is dark: the chain from it back to what was switched off, each link a button to its details.

use std::rc::Rc;

use cloudfall_model::{Action, Derived, NodeIndex, Scenario};
use yew::prelude::*;

use super::NodeButton;
use crate::i18n::story_texts;
use crate::ModelRef;

#[derive(Properties, PartialEq)]
pub struct WhyChainProps {
    pub model: ModelRef,
    pub scenario: Rc<Scenario>,
    pub derived: Rc<Derived>,
    pub index: NodeIndex,
    pub onswitch: Callback<Action>,
}

#[component]
pub fn WhyChain(props: &WhyChainProps) -> Html {
    let (model, lang) = (&props.model, props.scenario.lang);
    let text = story_texts(lang);
    let outcome = &props.derived.outcome;
    let why = outcome.why(props.index);
    if why.len() < 2 {
        return html! {};
    }
    let node = model.node(props.index);
    html! {
        <section class="why" data-why={node.id.to_string()}>
            <h3>{ text.why_heading }</h3>
            <p>{ (text.why_intro)(node.name_in(lang), (text.state_name)(outcome.state(props.index))) }</p>
            <ol class="why-chain">
                { for why.iter().enumerate().map(|(step, &node)| {
                    // The link to the next node of the chain (what this one depends on), with how we know it.
                    let link = why.get(step + 1).and_then(|&source| model.link(source, node));
                    html! {
                        <li>
                            <NodeButton model={model.clone()} index={node} state={outcome.state(node)} {lang}
                                onswitch={props.onswitch.clone()} />
                            if props.scenario.off.contains(&model.node(node).id) { { " — " }{ text.why_switched_off } }
                            if let Some(link) = link {
                                <span class={classes!("why-link", link.certainty().as_str())}
                                    data-link-certainty={link.certainty().as_str()}>
                                    { " ← " }{ (text.why_link)(link.certainty(), link.newest_date()) }
                                </span>
                            }
                        </li>
                    }
                }) }
            </ol>
        </section>
    }
}
