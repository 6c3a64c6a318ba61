//! The key to the map: evidence kinds by line style, and node states by fill and icon.

use cloudfall_model::{EvidenceKind, Lang, NodeState};
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
        </div>
    }
}
