//! What alone can take the selected web service or supplier down (issue 14): each single point of failure with
//! how certain its chain is, or where there is none the smallest set of switches that does, or "unknown" when the
//! data links it to no switch. The analysis is the model's (`spof::analyse`), memoised on the selection.

use std::rc::Rc;

use cloudfall_model::certainty::HowKnown;
use cloudfall_model::spof::{analyse, SearchLimit};
use cloudfall_model::{Action, Lang, NodeIndex, Scenario};
use yew::prelude::*;

use super::NodeButton;
use crate::i18n::texts;
use crate::ModelRef;

#[derive(Properties, PartialEq)]
pub struct PointsOfFailureProps {
    pub model: ModelRef,
    pub scenario: Rc<Scenario>,
    pub index: NodeIndex,
    pub onswitch: Callback<Action>,
}

#[component]
pub fn PointsOfFailure(props: &PointsOfFailureProps) -> Html {
    let lang: Lang = props.scenario.lang;
    let text = texts(lang);
    let model = &props.model;
    let spof = use_memo((model.clone(), props.index, props.scenario.backups.clone()), |(model, index, _)| {
        analyse(model, *index, &props.scenario.backup_indices(model), SearchLimit::default())
    });
    let up = cloudfall_model::NodeState::Up;
    let button = |node: NodeIndex| {
        html! { <NodeButton model={model.clone()} index={node} state={up} {lang} onswitch={props.onswitch.clone()} /> }
    };
    let body = if !spof.points.is_empty() {
        html! {
            <ul class="points-of-failure">
                { for spof.points.iter().map(|point| html! {
                    <li data-point={model.node(point.node).id.to_string()} data-point-certainty={point.weakest.as_str()}>
                        { button(point.node) }{ " — " }{ (text.how_name)(HowKnown::Affected(point.weakest)) }
                    </li>
                }) }
            </ul>
        }
    } else if let Some(set) = &spof.smallest_set {
        html! {
            <p data-smallest-set={set.nodes.len().to_string()}>
                { (text.spof_set)(set.nodes.len(), set.proven_minimal) }
                { for set.nodes.iter().enumerate().map(|(i, &node)| html! {
                    <>{ if i > 0 { text.list_separator } else { " " } }{ button(node) }</>
                }) }
            </p>
        }
    } else if spof.upstream_switches == 0 {
        html! { <p class="hint">{ text.spof_unknown }</p> }
    } else {
        html! { <p class="hint">{ text.spof_none }</p> }
    };
    html! {
        <section class="spof" data-spof={model.node(props.index).id.to_string()}>
            <h3>{ text.spof_heading }</h3>
            { body }
        </section>
    }
}
