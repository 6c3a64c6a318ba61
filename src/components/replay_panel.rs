//! The replay of a real outage, side by side: what the model predicts and what was reported. Hits, misses
//! (reported but not predicted, with the data's explanation) and services predicted but not reported.

use std::rc::Rc;

use cloudfall_model::derive::replays_overall;
use cloudfall_model::replay::Miss;
use cloudfall_model::{Action, NodeIndex, Scenario};
use yew::prelude::*;

use super::{SourceList, TextsStatus};
use crate::i18n::texts;
use crate::ModelRef;
use cloudfall_model::Derived;

#[derive(Properties, PartialEq)]
pub struct ReplayPanelProps {
    pub model: ModelRef,
    pub scenario: Rc<Scenario>,
    pub derived: Rc<Derived>,
    pub onswitch: Callback<Action>,
}

#[component]
pub fn ReplayPanel(props: &ReplayPanelProps) -> Html {
    let lang = props.scenario.lang;
    let text = texts(lang);
    let model = &props.model;
    // A hook, so before any early return: hooks run in the same order on every render.
    let overall = use_memo(model.clone(), |model| replays_overall(model));
    let (Some(incident), Some(replay)) =
        (props.scenario.incident.as_deref().and_then(|id| model.incident(id)), &props.derived.replay)
    else {
        return html! {};
    };
    let name = incident.name(lang);
    let cause = incident.cause(lang);
    let select = |index: NodeIndex| {
        let (onswitch, id) = (props.onswitch.clone(), model.node(index).id.clone());
        Callback::from(move |_: MouseEvent| onswitch.emit(Action::Select(Some(id.clone()))))
    };
    let service = |index: NodeIndex| {
        html! {
            <button type="button" class="link-button" data-select={model.node(index).id.to_string()} onclick={select(index)}>
                { model.node(index).name_in(lang) }
            </button>
        }
    };
    let reported = replay.hits.len() + replay.misses.len();
    let in_sample = props.derived.replay_in_sample.as_ref().map_or(0, |replay| replay.hits.len());
    let onclose = {
        let onswitch = props.onswitch.clone();
        move |_| onswitch.emit(Action::CloseReplay)
    };
    let failed: Vec<&str> = incident.failed.iter().map(|&index| model.node(index).name_in(lang)).collect();
    html! {
        <section class="panel replay-panel" aria-labelledby="replay-heading" data-incident={incident.id.clone()}>
            <div class="panel-head">
                <h2 id="replay-heading">{ format!("{} — {name}", incident.date) }</h2>
                <button type="button" onclick={onclose}>{ text.replay_close }</button>
            </div>
            <p class="replay-cause">
                { cause }
                if cause.is_empty() { <TextsStatus {lang} /> }
                if let Some(hours) = incident.duration_hours { { " (" }{ (text.replay_duration)(hours) }{ ")" } }
            </p>
            <p class="replay-failed"><strong>{ failed.join(text.list_separator) }</strong></p>
            if !props.derived.replay_exact { <p class="caveat">{ text.replay_changed }</p> }
            <p class="replay-samples" data-out-of-sample={replay.hits.len().to_string()}
                data-in-sample={in_sample.to_string()} data-reported={reported.to_string()}
                data-overall={format!("{}/{}", overall.0, overall.1)}>
                { (text.replay_samples)(replay.hits.len(), in_sample, reported) }{ " " }
                { (text.replay_overall)(overall.0, overall.1, model.incidents.len()) }
            </p>
            <div class="replay-columns">
                <div class="replay-column hits" data-replay="hits">
                    <h3>{ (text.replay_hits)(replay.hits.len(), reported) }</h3>
                    <p class="hint">{ text.replay_hits_explained }</p>
                    <ul>{ for replay.hits.iter().map(|&index| html! { <li key={index.index()}>{ service(index) }</li> }) }</ul>
                </div>
                <div class="replay-column misses" data-replay="misses">
                    <h3>{ (text.replay_misses)(replay.misses.len(), replay.at_risk()) }</h3>
                    <p class="hint">{ text.replay_misses_explained }</p>
                    <ul>
                        { for replay.misses.iter().map(|(index, miss)| {
                            let (class, why) = match miss {
                                Miss::Explained(why) => ("explained", why.clone()),
                                Miss::AtRisk { provider } => ("at-risk", (text.replay_at_risk)(model.node(*provider).name_in(lang))),
                                Miss::Unexplained => ("unexplained", text.replay_miss_unexplained.to_string()),
                            };
                            html! {
                                <li key={index.index()} class={classes!("miss", class)}>
                                    { service(*index) }{ text.colon }<span class="miss-why">{ why.clone() }if why.is_empty() { <TextsStatus {lang} /> }</span>
                                </li>
                            }
                        }) }
                    </ul>
                </div>
                <div class="replay-column unreported" data-replay="unreported">
                    <h3>{ (text.replay_unreported)(replay.unreported.len()) }</h3>
                    <p class="hint">{ text.replay_unreported_explained }</p>
                    <ul>{ for replay.unreported.iter().map(|&index| html! { <li key={index.index()}>{ service(index) }</li> }) }</ul>
                </div>
            </div>
            <p class="chart-source">{ text.source_label }{ text.colon }<SourceList sources={incident.sources.clone()} {lang} /><TextsStatus {lang} /></p>
        </section>
    }
}
