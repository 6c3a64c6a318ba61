//! The details of the selected node: what it is, its audience, its switch, why it is dark (`WhyChain`), what it
//! depends on with the evidence (`EvidenceList`), what depends on it, the incidents it was reported in, and for a
//! web service or supplier the hypothetical backups (`WhatIf`). Each dependency shows the date of its newest evidence;
//! a web service the data links to nothing shows what was looked for (its hosting note) under "How we know".

use std::rc::Rc;

use cloudfall_model::scenario::can_have_backup;
use cloudfall_model::{Action, Derived, Link, NodeIndex, Scenario};
use yew::prelude::*;

use super::{EvidenceList, NodeButton, PointsOfFailure, SourceLink, WhatIf, WhyChain};
use crate::i18n::{class_texts, shown_name, texts};
use crate::ModelRef;

#[derive(Properties, PartialEq)]
pub struct DetailsPanelProps {
    pub model: ModelRef,
    pub scenario: Rc<Scenario>,
    pub derived: Rc<Derived>,
    pub onswitch: Callback<Action>,
}

/// The most dependencies or dependents listed; large datasets can have thousands.
const LISTED: usize = 100;

#[component]
pub fn DetailsPanel(props: &DetailsPanelProps) -> Html {
    let lang = props.scenario.lang;
    let text = texts(lang);
    let model = &props.model;
    let Some(index) = props.scenario.selected.as_ref().and_then(|id| model.lookup(id)) else {
        return html! { <p class="hint details-hint">{ text.details_empty }</p> };
    };
    let node = model.node(index);
    let outcome = &props.derived.outcome;
    let state = outcome.state(index);
    let is_off = props.scenario.off.contains(&node.id);
    // A box whose name a class link or the mystery challenge hides: its number (or "Mystery service"), its kind and
    // state, its switch; nothing that names it or what it depends on.
    let hidden = props.derived.hidden_names;
    let dom_id = hidden.dom_id(index, &node.id).into_owned();
    if hidden.masked(index).is_some() {
        return hidden_details(props, index, &dom_id);
    }
    let node_button = |target: NodeIndex| {
        html! {
            <NodeButton model={model.clone()} index={target} state={outcome.state(target)} {lang}
                onswitch={props.onswitch.clone()} />
        }
    };
    let mut facts = vec![(text.kind_name)(node.kind).to_string()];
    if let Some(category) = node.category {
        facts.push((text.category_name)(category).to_string());
    }
    if let Some(country) = &node.country {
        facts.push(country.clone());
    }
    // The mystery service is left out of its neighbours' lists: its name and links are the question.
    let dependencies: Vec<(NodeIndex, &Link)> =
        model.dependencies_of(index).filter(|(on, _)| hidden.masked(*on).is_none()).collect();
    let dependents: Vec<NodeIndex> = model.dependents_of(index).filter(|of| hidden.masked(*of).is_none()).collect();
    let incidents: Vec<_> = model.incidents_reporting(index).collect();
    let links_hidden = props.scenario.hides_edges();
    // Closing (the × button or Escape anywhere in the details) gives the focus back to the node's box on the map.
    let (onclose, onkeydown) = closing(&props.onswitch, &dom_id);
    let ontoggle = {
        let (onswitch, id) = (props.onswitch.clone(), node.id.clone());
        move |_| onswitch.emit(Action::Toggle(id.clone()))
    };

    html! {
        <aside class="panel details-panel is-open" aria-labelledby="details-heading" data-details={dom_id.clone()}
            {onkeydown}>
            <div class="panel-head">
                // Focusable from script only: opening a node's details moves the focus here.
                <h2 id="details-heading" tabindex="-1">{ node.name_in(lang) }</h2>
                <button type="button" onclick={onclose} aria-label={text.close}>{ "×" }</button>
            </div>
            <p class="details-facts">
                { facts.join(" · ") }{ " · " }
                <strong class={format!("state-{}", state.as_str())}>{ (text.state_name)(state) }</strong>
            </p>
            if let Some(description) = node.description(lang) { <p>{ description }</p> }
            if let (Some(country), Some(source)) = (&node.country, &node.country_source) {
                <p class="headquarters" data-headquarters={country.clone()}>
                    { text.headquarters }{ text.colon }{ country }{ " — " }
                    <SourceLink publisher={source.publisher.clone()} title={source.title.clone()}
                        url={source.url.clone()} date={source.date.clone()} via={source.via.clone().map(AttrValue::from)} {lang} />
                </p>
            }
            if let Some(audience) = &node.audience {
                <p class="audience">
                    { (text.audience_line)(audience.millions, audience.measure_in(lang), audience.scope_in(lang)) }
                    { " — " }
                    <SourceLink publisher={audience.source.publisher.clone()} title={audience.source.title.clone()}
                        url={audience.source.url.clone()} date={audience.source.date.clone()}
                        via={audience.source.via.clone().map(AttrValue::from)} {lang} />
                </p>
            }
            if node.kind.is_switchable() {
                <button type="button" role="switch" class="switch details-toggle" data-action="toggle-selected"
                    aria-checked={(!is_off).to_string()} onclick={ontoggle}>
                    <span class="switch-track" aria-hidden="true"><span class="switch-thumb"></span></span>
                    <span class="switch-name">{ text.switch_running }</span>
                </button>
            }
            // Hidden links (`hide=edges`, the mystery challenge) are not merely undrawn: the why-chain and the lists of
            // what this box depends on and what depends on it would give them away, so they are left out, as are the
            // outages it was reported in.
            if links_hidden {
                <p class="hint" data-hidden-links="">{ crate::i18n::class_texts(lang).hidden_links_details }</p>
            } else {
                <WhyChain model={model.clone()} scenario={props.scenario.clone()} derived={props.derived.clone()}
                    {index} onswitch={props.onswitch.clone()} />
                <section>
                    <h3>{ text.depends_on_heading }</h3>
                    if dependencies.is_empty() { <p class="hint">{ text.nothing_listed }</p> }
                    if !model.has_dependencies(index) {
                        if let Some(note) = node.hosting_note_in(lang) {
                            <p class="hosting-note" data-hosting-note="">
                                <strong>{ text.hosting_note_label }</strong>{ text.colon }{ note }
                            </p>
                        }
                    }
                    <ul class="dependency-list">
                        { for dependencies.iter().take(LISTED).map(|&(source, link)| match link {
                            Link::Contains => html! {
                                <li key={model.node(source).id.to_string()}>{ node_button(source) }</li>
                            },
                            Link::Uses(dependency) => html! {
                                <li key={model.node(source).id.to_string()}>
                                    { node_button(source) }
                                    <span class="dependency-role">
                                        { format!(" — {}, {}", (text.role_name)(dependency.role), (text.mode_name)(dependency.mode)) }
                                    </span>
                                    if let Some(date) = link.newest_date() {
                                        <span class="dependency-date" data-newest={date.to_string()}>
                                            { " · " }{ (text.newest_evidence)(date) }
                                        </span>
                                    }
                                    <EvidenceList model={model.clone()} evidence={dependency.evidence.clone()} {lang} />
                                </li>
                            },
                        }) }
                    </ul>
                    if dependencies.len() > LISTED { <p class="hint">{ (text.and_more)(dependencies.len() - LISTED) }</p> }
                </section>
                <section>
                    <h3>{ text.dependents_heading }</h3>
                    if dependents.is_empty() { <p class="hint">{ text.nothing_listed }</p> }
                    <ul class="dependent-list">
                        { for dependents.iter().take(LISTED).map(|&dependent| html! {
                            <li key={model.node(dependent).id.to_string()}>{ node_button(dependent) }</li>
                        }) }
                    </ul>
                    if dependents.len() > LISTED { <p class="hint">{ (text.and_more)(dependents.len() - LISTED) }</p> }
                </section>
            }
            // The outages a service was reported in would say which provider it runs on: left out with the links.
            if !incidents.is_empty() && !links_hidden {
                <section>
                    <h3>{ text.incidents_heading }</h3>
                    <ul>
                        { for incidents.iter().map(|incident| html! {
                            <li>{ format!("{} — {}", incident.date, incident.name(lang)) }</li>
                        }) }
                    </ul>
                </section>
            }
            if can_have_backup(node.kind) && !links_hidden {
                <PointsOfFailure model={model.clone()} scenario={props.scenario.clone()} {index}
                    onswitch={props.onswitch.clone()} />
            }
            if can_have_backup(node.kind) {
                <WhatIf key={node.id.to_string()} model={model.clone()} scenario={props.scenario.clone()} {index}
                    onswitch={props.onswitch.clone()} />
            }
        </aside>
    }
}

/// What closes the details (the × button, and Escape anywhere in them): the selection is cleared and the focus goes
/// back to the box `dom_id` on the map.
fn closing(onswitch: &Callback<Action>, dom_id: &str) -> (Callback<MouseEvent>, Callback<KeyboardEvent>) {
    let close = {
        let (onswitch, to_box) = (onswitch.clone(), crate::browser::map_box(dom_id));
        Callback::from(move |()| {
            onswitch.emit(Action::Select(None));
            crate::browser::focus_after_render(&to_box);
        })
    };
    let onclose = close.reform(|_: MouseEvent| ());
    let onkeydown = Callback::from(move |event: KeyboardEvent| {
        if event.key() == "Escape" {
            event.prevent_default();
            close.emit(());
        }
    });
    (onclose, onkeydown)
}

/// The details of a box whose name is hidden (`hide=labels`, the mystery service): its shown name, kind and state,
/// its switch when it has one, and why the rest is not shown. Escape and × close them and focus the box again.
fn hidden_details(props: &DetailsPanelProps, index: NodeIndex, dom_id: &str) -> Html {
    let lang = props.scenario.lang;
    let text = texts(lang);
    let model = &props.model;
    let node = model.node(index);
    let state = props.derived.outcome.state(index);
    let (onclose, onkeydown) = closing(&props.onswitch, dom_id);
    let ontoggle = {
        let (onswitch, id) = (props.onswitch.clone(), node.id.clone());
        move |_| onswitch.emit(Action::Toggle(id.clone()))
    };
    let is_off = props.scenario.off.contains(&node.id);
    html! {
        <aside class="panel details-panel is-open" aria-labelledby="details-heading" data-details={dom_id.to_string()}
            {onkeydown}>
            <div class="panel-head">
                <h2 id="details-heading" tabindex="-1">{ shown_name(model, props.derived.hidden_names, index, lang).into_owned() }</h2>
                <button type="button" onclick={onclose} aria-label={text.close}>{ "×" }</button>
            </div>
            <p class="details-facts">
                { (text.kind_name)(node.kind) }{ " · " }
                <strong class={format!("state-{}", state.as_str())}>{ (text.state_name)(state) }</strong>
            </p>
            if node.kind.is_switchable() {
                <button type="button" role="switch" class="switch details-toggle" data-action="toggle-selected"
                    aria-checked={(!is_off).to_string()} onclick={ontoggle}>
                    <span class="switch-track" aria-hidden="true"><span class="switch-thumb"></span></span>
                    <span class="switch-name">{ text.switch_running }</span>
                </button>
            }
            <p class="hint" data-details-hidden="">{ class_texts(lang).details_hidden }</p>
        </aside>
    }
}
