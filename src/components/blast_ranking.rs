//! The blast-radius ranking: for every switchable node, how many web services it alone would take down.

use std::rc::Rc;

use cloudfall_model::outage::Blast;
use cloudfall_model::{Action, Scenario};
use yew::prelude::*;

use crate::i18n::texts;
use crate::ModelRef;

#[derive(Properties, PartialEq)]
pub struct BlastRankingProps {
    pub model: ModelRef,
    pub ranking: Rc<Vec<Blast>>,
    pub scenario: Rc<Scenario>,
    pub onswitch: Callback<Action>,
}

/// How many lines are shown.
const SHOWN: usize = 12;

#[component]
pub fn BlastRanking(props: &BlastRankingProps) -> Html {
    let text = texts(props.scenario.lang);
    let model = &props.model;
    let rows: Vec<&Blast> = props.ranking.iter().filter(|blast| blast.down > 0).take(SHOWN).collect();
    let widest = rows.first().map_or(1, |blast| blast.down.max(1));
    html! {
        <section class="panel blast-panel" aria-labelledby="blast-heading">
            <h2 id="blast-heading">{ text.blast_heading }</h2>
            <p class="hint">{ text.blast_intro }</p>
            if rows.is_empty() { <p>{ text.blast_none }</p> }
            <ol class="blast-list">
                { for rows.iter().map(|blast| {
                    let node = model.node(blast.node);
                    let is_off = props.scenario.off.contains(&node.id);
                    let onclick = {
                        let (onswitch, id) = (props.onswitch.clone(), node.id.clone());
                        move |_| onswitch.emit(Action::Select(Some(id.clone())))
                    };
                    // An SVG bar: a strict CSP forbids style attributes, not SVG geometry.
                    let width = format!("{:.1}", 100.0 * blast.down as f64 / widest as f64);
                    html! {
                        <li key={node.id.to_string()} data-blast-id={node.id.to_string()} data-blast-down={blast.down.to_string()}>
                            <button type="button" class={classes!("link-button", is_off.then_some("is-off"))} {onclick}>
                                { node.name_in(props.scenario.lang) }
                            </button>
                            <svg class="blast-bar" viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true">
                                <rect x="0" y="0" {width} height="10" />
                            </svg>
                            <span class="blast-count">{ (text.blast_row)(blast.down, blast.degraded) }</span>
                        </li>
                    }
                }) }
            </ol>
        </section>
    }
}
