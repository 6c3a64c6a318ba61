//! The screen summary above the map (issue 17, requirement 14), after PhET's: four short paragraphs a screen reader
//! meets first, "Play area" (what the map holds), "Controls" (what can be done), "Currently" (what is off and what is
//! dark, from the model's figures) and "Tip" (what to try next). It is for screen readers (visually hidden, reached
//! by its heading); the sighted reader has the same figures in the summary beside the switches. A teacher's
//! `hide=values` leaves the counts out.

use std::rc::Rc;

use cloudfall_model::metrics::map_counts;
use cloudfall_model::story::STEPS;
use cloudfall_model::{Derived, Scenario};
use yew::prelude::*;

use crate::i18n::{class_texts, Currently};
use crate::ModelRef;

#[derive(Properties, PartialEq)]
pub struct ScreenSummaryProps {
    pub model: ModelRef,
    pub scenario: Rc<Scenario>,
    pub derived: Rc<Derived>,
}

#[component]
pub fn ScreenSummary(props: &ScreenSummaryProps) -> Html {
    let class = class_texts(props.scenario.lang);
    let counts = use_memo(props.model.clone(), |model| map_counts(model));
    let impact = &props.derived.impact;
    let (down, degraded) = (impact.down.len(), impact.degraded.len());
    let up = impact.web_services.saturating_sub(down + degraded);
    let off = props.scenario.off.len() + props.scenario.jurisdictions.len();
    let step = props.scenario.story.as_ref().map(|place| (place.step, STEPS.len()));
    // A teacher's `hide=values`: the counts are left out of the page (pupils predict them).
    let values_hidden = props.scenario.class.hide_values;
    let tip = if off == 0 { class.summary_tip_start } else { class.summary_tip_why };
    html! {
        <section class="screen-summary visually-hidden" aria-labelledby="screen-summary-heading" data-screen-summary=""
            data-down={(!values_hidden).then(|| down.to_string())} data-degraded={(!values_hidden).then(|| degraded.to_string())}
            data-up={(!values_hidden).then(|| up.to_string())}>
            <h3 id="screen-summary-heading">{ class.summary_heading }</h3>
            <h4>{ class.summary_play_area }</h4>
            <p data-summary="play">{ (class.summary_play)(&counts) }</p>
            <h4>{ class.summary_controls }</h4>
            <p data-summary="controls">{ class.summary_controls_text }</p>
            <h4>{ class.summary_currently }</h4>
            <p data-summary="currently">
                { if values_hidden { (class.summary_now_hidden)(off) } else { (class.summary_now)(&Currently { off, down, degraded, up, step }) } }
            </p>
            <h4>{ class.summary_tip }</h4>
            <p data-summary="tip">{ tip }</p>
        </section>
    }
}
