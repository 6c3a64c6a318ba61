//! The figures, always visible and updated on every change: web services down and degraded (count and share),
//! the audience affected, the market's concentration, the hypothetical backups in play, and, while a jurisdiction
//! is switched off, how many of the EU's web services keep standing. A teacher's `hide=values` leaves them all out.

use std::rc::Rc;

use cloudfall_model::certainty::Counted;
use cloudfall_model::{Action, NodeIndex, Scenario};
use yew::prelude::*;

use super::HowWeKnow;
use crate::i18n::texts;
use crate::ModelRef;
use cloudfall_model::Derived;

#[derive(Properties, PartialEq)]
pub struct MetricsProps {
    pub model: ModelRef,
    pub scenario: Rc<Scenario>,
    pub derived: Rc<Derived>,
    pub onswitch: Callback<Action>,
}

/// How many names the summary lists before "and N more".
const NAMED: usize = 12;

#[component]
pub fn Metrics(props: &MetricsProps) -> Html {
    let text = texts(props.scenario.lang);
    let model = &props.model;
    let impact = &props.derived.impact;
    // A teacher's `hide=values`: the figures are left out of the page, so pupils predict them from the map.
    if props.scenario.class.hide_values {
        return html! {
            <section class="panel metrics" aria-labelledby="metrics-heading" data-values-hidden="">
                <h2 id="metrics-heading" class="visually-hidden">{ text.metrics_heading }</h2>
                <p class="summary-headline">{ crate::i18n::class_texts(props.scenario.lang).values_hidden }</p>
            </section>
        };
    }
    // Names a class link or the mystery challenge hides are written as the map shows them.
    let hidden = props.derived.hidden_names;
    let names = |indices: &[NodeIndex]| {
        let mut names: Vec<String> = indices
            .iter()
            .take(NAMED)
            .map(|&index| crate::i18n::shown_name(model, hidden, index, props.scenario.lang).into_owned())
            .collect();
        let more = indices.len().saturating_sub(NAMED);
        if more > 0 {
            names.push((text.and_more)(more));
        }
        names.join(text.list_separator)
    };
    let headline = if impact.down.is_empty() && impact.degraded.is_empty() {
        html! { <p class="summary-headline">{ (text.summary_none)(impact.web_services) }</p> }
    } else {
        html! {
            <>
                <p class="summary-headline">
                    <strong data-summary-down={impact.down.len().to_string()}>
                        { (text.metric_down)(impact.down.len(), impact.web_services, impact.down_share() * 100.0) }
                    </strong>
                    if let Some(floor) = props.scenario.certainty { { (text.counted_note)(floor) } }
                    if !impact.down.is_empty() { { text.colon } { names(&impact.down) } }
                    { "." }
                </p>
                if !impact.degraded.is_empty() {
                    <p>{ (text.metric_degraded)(impact.degraded.len(), impact.degraded_share() * 100.0) }{ text.colon }{ names(&impact.degraded) }{ "." }</p>
                }
            </>
        }
    };
    let audience = if impact.down.is_empty() {
        html! {}
    } else if impact.audience_known == 0 {
        html! { <p class="metric">{ text.metric_audience_none }</p> }
    } else {
        html! {
            <p class="metric" data-metric="audience">
                { (text.metric_audience)(impact.audience_down_millions, impact.audience_known, impact.down.len(),
                    (text.counted_name)(props.scenario.certainty)) }
            </p>
        }
    };
    let hhi = props.derived.concentration.as_ref().map(|(period, concentration)| {
        html! {
            <p class="metric" data-metric="hhi" data-hhi={format!("{:.0}", concentration.hhi)}>
                { (text.metric_hhi)(concentration.hhi, period, concentration.lower_bound) }{ " — " }
                <strong>{ (text.hhi_reading)(concentration.reading) }</strong>
                <details class="metric-more">
                    <summary>{ text.hhi_more }</summary>
                    <span class="metric-explained">{ text.hhi_explained }</span>
                    <span class="metric-explained">{ text.hhi_caveat }</span>
                </details>
            </p>
        }
    });
    // While an outage is replayed, say first which figure is observed and which predicted, so neither is misquoted.
    let replay_headline = match (
        props.scenario.incident.as_deref().and_then(|id| model.incident(id)),
        &props.derived.replay,
    ) {
        (Some(incident), Some(replay)) => html! {
            <p class="metric replay-headline" data-metric="replay" data-reported={(replay.hits.len() + replay.misses.len()).to_string()}
                data-predicted={replay.hits.len().to_string()} data-at-risk={replay.at_risk().to_string()}>
                { (text.replay_headline)(&incident.date, replay.hits.len() + replay.misses.len(), replay.hits.len(), replay.at_risk()) }
            </p>
        },
        _ => html! {},
    };
    let oncounted = {
        let onswitch = props.onswitch.clone();
        Callback::from(move |event: Event| {
            if let Some(select) = event.target_dyn_into::<web_sys::HtmlSelectElement>() {
                onswitch.emit(Action::SetCertainty(Counted::from_code(&select.value())));
            }
        })
    };
    let backups = &props.scenario.backups;
    let eu = props.derived.eu_standing;
    let eu_standing = (!props.scenario.jurisdictions.is_empty()).then(|| {
        html! {
            <p class="metric" data-metric="eu-standing" data-standing={eu.standing.to_string()}
                data-total={eu.total.to_string()}>
                { (text.eu_standing)(eu.standing, eu.total) }
            </p>
        }
    });
    html! {
        <section class="panel metrics" aria-labelledby="metrics-heading">
            <h2 id="metrics-heading" class="visually-hidden">{ text.metrics_heading }</h2>
            // A status, but not announced: the one sentence of `LiveSentence` says each switch's effect in short.
            <div class="summary" role="status" aria-live="off"
                data-down={impact.down.len().to_string()} data-degraded={impact.degraded.len().to_string()}
                data-total={impact.web_services.to_string()}>
                { headline }
                { for eu_standing }
            </div>
            { replay_headline }
            <HowWeKnow derived={props.derived.clone()} lang={props.scenario.lang} />
            <label class="counted">
                { text.counted_label }{ " " }
                <select data-control="certainty" onchange={oncounted}>
                    { for std::iter::once(None).chain(Counted::ALL.into_iter().filter(|c| *c != Counted::Reported).map(Some)).map(|counted| html! {
                        <option value={counted.map_or("", Counted::code)} selected={props.scenario.certainty == counted}>
                            { (text.counted_name)(counted) }
                        </option>
                    }) }
                </select>
            </label>
            { audience }
            { for hhi }
            if !backups.is_empty() {
                <div class="whatif-banner hypothetical" data-whatifs={backups.len().to_string()}>
                    <strong>{ text.whatif_banner }</strong>
                    <ul>
                        { for backups.iter().map(|(service, backup)| {
                            // As the page names them: a box whose name is hidden keeps its shown name here too.
                            let name = |id| model.lookup(id).map_or(std::borrow::Cow::Borrowed("?"), |index| {
                                crate::i18n::shown_name(model, props.derived.hidden_names, index, props.scenario.lang)
                            });
                            let onremove = {
                                let (onswitch, service, backup) = (props.onswitch.clone(), service.clone(), backup.clone());
                                move |_| onswitch.emit(Action::RemoveBackup { service: service.clone(), backup: backup.clone() })
                            };
                            html! {
                                <li>{ (text.whatif_item)(&name(service), &name(backup)) }{ " " }
                                    <button type="button" onclick={onremove}>{ text.whatif_remove }</button></li>
                            }
                        }) }
                    </ul>
                </div>
            }
            <p class="caveat">{ text.summary_caveat }</p>
        </section>
    }
}
