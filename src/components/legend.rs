//! The key to the map: evidence kinds by line style, node states by fill and icon, and how we know a node's state
//! by its inner outline and mark.

use cloudfall_model::certainty::{Certainty, HowKnown};
use cloudfall_model::{EvidenceKind, Lang, NodeIndex, NodeState};
use yew::prelude::*;

use crate::i18n::texts;

#[derive(Properties, PartialEq)]
pub struct LegendProps {
    pub lang: Lang,
}

#[component]
pub fn Legend(props: &LegendProps) -> Html {
    let text = texts(props.lang);
    html! {
        <div class="legend">
            <h3>{ text.legend_heading }</h3>
            <ul>
                { for EvidenceKind::ALL.iter().map(|&kind| html! {
                    <li>
                        <svg class="legend-swatch" viewBox="0 0 40 10" aria-hidden="true">
                            <line class={classes!("edge", kind.as_str())} x1="0" y1="5" x2="40" y2="5" />
                        </svg>
                        { (text.evidence_explained)(kind) }
                    </li>
                }) }
                { for [NodeState::Up, NodeState::Degraded, NodeState::Down].iter().map(|&state| html! {
                    <li>
                        <svg class="legend-swatch" viewBox="0 0 40 16" aria-hidden="true">
                            <rect class={classes!("legend-node", format!("state-{}", state.as_str()))} x="1" y="1" width="38" height="14" rx="3" />
                            if state.is_dark() { <text class="node-icon" x="20" y="12">{ "✕" }</text> }
                        </svg>
                        { (text.state_name)(state) }
                    </li>
                }) }
            </ul>
            <h3>{ text.legend_how_heading }</h3>
            <ul class="legend-how">
                { for [
                    HowKnown::Affected(Certainty::Documented),
                    HowKnown::Affected(Certainty::Inferred),
                    HowKnown::Affected(Certainty::Reported),
                    HowKnown::AtRisk { through: NodeIndex::new(0) },
                    HowKnown::Unknown,
                ].into_iter().map(|how| {
                    let (class, mark) = match how {
                        HowKnown::Affected(Certainty::Inferred) => (Some("how-inferred"), "✕"),
                        HowKnown::Affected(Certainty::Reported) => (Some("how-reported"), "✕"),
                        HowKnown::AtRisk { .. } => (Some("how-at-risk"), "~"),
                        HowKnown::Unknown => (Some("how-unknown"), "?"),
                        _ => (None, "✕"),
                    };
                    let down = matches!(how, HowKnown::Affected(_));
                    html! {
                        <li data-legend-how={how.as_str()}>
                            <svg class="legend-swatch" viewBox="0 0 40 16" aria-hidden="true">
                                <rect class={classes!("legend-node", if down { Some("state-down") } else { class })}
                                    x="1" y="1" width="38" height="14" rx="3" />
                                if let Some(class) = class {
                                    <rect class={classes!("node-how", class, down.then_some("on-dark"))} x="3" y="3" width="34" height="10" rx="2" />
                                }
                                <text class={classes!("node-icon", (!down).then_some(class).flatten())} x="33" y="12">{ mark }</text>
                            </svg>
                            <span><strong>{ (text.how_name)(how) }</strong>{ text.colon }{ (text.how_explained)(how) }</span>
                        </li>
                    }
                }) }
            </ul>
        </div>
    }
}
