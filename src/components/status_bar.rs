//! A thin bar that stays at the top of the window while the reader scrolls to the map: the figures at a glance.
//! It repeats the live summary (and, while a jurisdiction is off, the EU services standing) for the eyes only
//! (`aria-hidden`); screen readers hear the `role=status` summary.

use std::rc::Rc;

use cloudfall_model::certainty::{Certainty, HowKnown};
use cloudfall_model::{NodeIndex, Scenario};
use yew::prelude::*;

use crate::i18n::texts;
use cloudfall_model::Derived;

#[derive(Properties, PartialEq)]
pub struct StatusBarProps {
    pub scenario: Rc<Scenario>,
    pub derived: Rc<Derived>,
}

#[component]
pub fn StatusBar(props: &StatusBarProps) -> Html {
    let text = texts(props.scenario.lang);
    let impact = &props.derived.impact;
    // How we know, in a few words: each kind of certainty with its count of affected web services, then at risk.
    let counts = &props.derived.how_counts;
    let mut kinds: Vec<String> = Certainty::ALL
        .iter()
        .zip(counts.down.iter().zip(&counts.degraded))
        .map(|(&certainty, (down, degraded))| (certainty, down + degraded))
        .filter(|(_, count)| *count > 0)
        .map(|(certainty, count)| format!("{count} {}", (text.how_name)(HowKnown::Affected(certainty))))
        .collect();
    if counts.at_risk > 0 {
        kinds.push(format!("{} {}", counts.at_risk, (text.how_name)(HowKnown::AtRisk { through: NodeIndex::new(0) })));
    }
    let hhi = props.derived.concentration.as_ref().map(|(period, c)| (text.metric_hhi)(c.hhi, period, c.lower_bound));
    html! {
        <div class={classes!("status-bar", (!impact.down.is_empty()).then_some("has-down"))} aria-hidden="true">
            <strong>{ (text.metric_down)(impact.down.len(), impact.web_services, impact.down_share() * 100.0) }</strong>
            if !impact.degraded.is_empty() {
                <span class="status-degraded">{ (text.metric_degraded)(impact.degraded.len(), impact.degraded_share() * 100.0) }</span>
            }
            // What the reader asked, first: a jurisdiction switched off asks how many EU services stand. What does not
            // fit the bar's line gives way from the end (the CSS).
            if !props.scenario.jurisdictions.is_empty() {
                <span class="status-eu">{ (text.eu_standing)(props.derived.eu_standing.standing, props.derived.eu_standing.total) }</span>
            }
            if !kinds.is_empty() { <span class="status-how">{ kinds.join(" · ") }</span> }
            if !props.scenario.backups.is_empty() { <span class="hypothetical-tag">{ text.whatif_heading }</span> }
            if let Some(hhi) = hhi { <span class="status-hhi">{ hhi }</span> }
        </div>
    }
}
