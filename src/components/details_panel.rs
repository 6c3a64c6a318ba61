//! The details of the selected node: what it is, what it depends on and why we believe it (the evidence, with
//! links), what depends on it, the incidents it was reported in, why it is dark, and for a web service the
//! "what if" backups.

use std::rc::Rc;

use cloudfall_model::data::Evidence;
use cloudfall_model::scenario::can_have_backup;
use cloudfall_model::{Action, EvidenceKind, Lang, Link, NodeId, NodeIndex, NodeKind, NodeState, Scenario};
use web_sys::HtmlSelectElement;
use yew::prelude::*;

use super::SourceLink;
use crate::app::Derived;
use crate::i18n::{incident_name, texts, Texts};
use crate::ModelRef;

#[derive(Properties, PartialEq)]
pub struct DetailsPanelProps {
    pub model: ModelRef,
    pub scenario: Rc<Scenario>,
    pub derived: Rc<Derived>,
    pub onswitch: Callback<Action>,
}

fn evidence_item(evidence: &Evidence, model: &ModelRef, text: &'static Texts, lang: Lang) -> Html {
    let incident =
        evidence.incident.as_deref().and_then(|id| model.incident(id)).map(|incident| incident_name(incident, lang));
    html! {
        <li class={classes!("evidence", evidence.kind.as_str())}>
            <span class="evidence-kind">{ (text.evidence_name)(evidence.kind) }</span>{ " — " }
            <SourceLink publisher={evidence.publisher.clone()} title={evidence.title.clone()}
                url={evidence.url.clone()} date={evidence.date.clone()} {lang} />
            { text.colon }<q>{ &evidence.title }</q>
            if let Some(incident) = incident { { " (" }{ incident }{ ")" } }
            if let Some(note) = &evidence.note { <p class="evidence-note">{ note }</p> }
        </li>
    }
}

/// The most dependencies or dependents listed; large datasets can have thousands.
const LISTED: usize = 100;

#[component]
pub fn DetailsPanel(props: &DetailsPanelProps) -> Html {
    let lang = props.scenario.lang;
    let text = texts(lang);
    let model = &props.model;
    let selected = props.scenario.selected.as_ref().and_then(|id| model.lookup(id));
    let backup_choice = use_state(String::new);
    let Some(index) = selected else {
        return html! { <p class="hint details-hint">{ text.details_empty }</p> };
    };
    let node = model.node(index);
    let outcome = &props.derived.outcome;
    let state = outcome.state(index);
    let is_off = props.scenario.off.contains(&node.id);
    let select = |target: NodeIndex| {
        let (onswitch, id) = (props.onswitch.clone(), model.node(target).id.clone());
        Callback::from(move |_: MouseEvent| onswitch.emit(Action::Select(Some(id.clone()))))
    };
    let node_button = |target: NodeIndex| {
        let other = model.node(target);
        let other_state = outcome.state(target);
        html! {
            <button type="button" class={classes!("link-button", format!("state-{}", other_state.as_str()))}
                data-select={other.id.to_string()} onclick={select(target)}>
                { &other.name }
                if other_state != NodeState::Up { { format!(" ({})", (text.state_name)(other_state)) } }
            </button>
        }
    };
    let description = match lang {
        Lang::Fr => node.description_fr.as_ref().or(node.description.as_ref()),
        Lang::En => node.description.as_ref(),
    };
    let mut facts = vec![(text.kind_name)(node.kind).to_string()];
    if let Some(category) = &node.category {
        facts.push((text.category_name)(category).to_string());
    }
    if let Some(country) = &node.country {
        facts.push(country.clone());
    }

    let dependencies: Vec<(NodeIndex, &Link)> = model.dependencies_of(index).collect();
    let dependents: Vec<NodeIndex> = model.dependents_of(index).collect();
    let incidents: Vec<_> =
        model.incidents.iter().filter(|incident| incident.reported_affected.contains(&node.id.to_string())).collect();
    let why = outcome.why(index);

    let onclose = {
        let onswitch = props.onswitch.clone();
        move |_| onswitch.emit(Action::Select(None))
    };
    let ontoggle = {
        let (onswitch, id) = (props.onswitch.clone(), node.id.clone());
        move |_| onswitch.emit(Action::Toggle(id.clone()))
    };

    let backups: Vec<&(NodeId, NodeId)> =
        props.scenario.backups.iter().filter(|(service, _)| *service == node.id).collect();
    let whatif = if can_have_backup(node.kind) {
        let onchange = {
            let backup_choice = backup_choice.clone();
            Callback::from(move |event: Event| {
                if let Some(select) = event.target_dyn_into::<HtmlSelectElement>() {
                    backup_choice.set(select.value());
                }
            })
        };
        let onadd = {
            let (onswitch, service, choice) = (props.onswitch.clone(), node.id.clone(), backup_choice.clone());
            move |_| {
                if !choice.is_empty() {
                    onswitch
                        .emit(Action::AddBackup { service: service.clone(), backup: NodeId::new((*choice).clone()) });
                }
            }
        };
        html! {
            <section class="whatif" aria-labelledby="whatif-heading">
                <h3 id="whatif-heading">{ text.whatif_heading }</h3>
                <p class="hint">{ (text.whatif_intro)(&node.name) }</p>
                <ul class="whatif-list">
                    { for backups.iter().map(|(service, backup)| {
                        let backup_name = model.lookup(backup).map_or(backup.as_str(), |b| model.node(b).name.as_str());
                        let onremove = {
                            let (onswitch, service, backup) = (props.onswitch.clone(), service.clone(), backup.clone());
                            move |_| onswitch.emit(Action::RemoveBackup { service: service.clone(), backup: backup.clone() })
                        };
                        html! {
                            <li class="hypothetical" data-backup={backup.to_string()}>
                                { (text.whatif_item)(&node.name, backup_name) }{ " " }
                                <button type="button" onclick={onremove}>{ text.whatif_remove }</button>
                            </li>
                        }
                    }) }
                </ul>
                <label>
                    <span class="visually-hidden">{ text.whatif_choose }</span>
                    <select data-control="backup" {onchange}>
                        <option value="" selected={backup_choice.is_empty()}>{ text.whatif_choose }</option>
                        { for model.nodes_of_kind(NodeKind::Provider).map(|(_, provider)| html! {
                            <option value={provider.id.to_string()} selected={*backup_choice == provider.id.as_str()}>
                                { &provider.name }
                            </option>
                        }) }
                    </select>
                </label>
                { " " }
                <button type="button" data-action="add-backup" onclick={onadd} disabled={backup_choice.is_empty()}>
                    { text.whatif_add }
                </button>
            </section>
        }
    } else {
        html! {}
    };

    html! {
        <aside class="panel details-panel is-open" aria-labelledby="details-heading" data-details={node.id.to_string()}>
            <div class="panel-head">
                <h2 id="details-heading">{ &node.name }</h2>
                <button type="button" onclick={onclose} aria-label={text.close}>{ "×" }</button>
            </div>
            <p class="details-facts">
                { facts.join(" · ") }{ " · " }
                <strong class={format!("state-{}", state.as_str())}>{ (text.state_name)(state) }</strong>
            </p>
            if let Some(description) = description { <p>{ description }</p> }
            if let Some(audience) = &node.audience {
                <p class="audience">
                    { (text.audience_line)(audience.millions, &audience.measure, audience.scope.as_deref().unwrap_or("")) }
                    { " — " }
                    <SourceLink publisher={audience.source.publisher.clone()} title={audience.source.title.clone()}
                        url={audience.source.url.clone()} date={audience.source.date.clone()} {lang} />
                </p>
            }
            if node.kind.is_switchable() {
                <button type="button" class="details-toggle" data-action="toggle-selected"
                    aria-pressed={is_off.to_string()} onclick={ontoggle}>
                    { if is_off { text.switch_on } else { text.switch_off } }
                </button>
            }
            if why.len() > 1 {
                <section class="why" data-why={node.id.to_string()}>
                    <h3>{ text.why_heading }</h3>
                    <p>{ (text.why_intro)(&node.name, (text.state_name)(state)) }</p>
                    <ol class="why-chain">
                        { for why.iter().map(|&link| html! {
                            <li>
                                { node_button(link) }
                                if props.scenario.off.contains(&model.node(link).id) { { " — " }{ text.why_switched_off } }
                            </li>
                        }) }
                    </ol>
                </section>
            }
            <section>
                <h3>{ text.depends_on_heading }</h3>
                if dependencies.is_empty() { <p class="hint">{ text.nothing_listed }</p> }
                <ul class="dependency-list">
                    { for dependencies.iter().take(LISTED).map(|&(source, link)| match link {
                        Link::Contains => html! {
                            <li key={model.node(source).id.to_string()}>{ node_button(source) }</li>
                        },
                        Link::Uses(dependency) => html! {
                            <li key={model.node(source).id.to_string()}>
                                { node_button(source) }
                                <span class="dependency-role">
                                    { format!(" — {}, {}", (text.role_name)(&dependency.role), (text.mode_name)(dependency.mode)) }
                                </span>
                                <ul class="evidence-list" aria-label={text.evidence_heading}>
                                    { for EvidenceKind::ALL.iter().flat_map(|&kind| dependency.evidence.iter().filter(move |e| e.kind == kind))
                                        .map(|evidence| evidence_item(evidence, model, text, lang)) }
                                </ul>
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
            if !incidents.is_empty() {
                <section>
                    <h3>{ text.incidents_heading }</h3>
                    <ul>
                        { for incidents.iter().map(|incident| html! {
                            <li>{ format!("{} — {}", incident.date, incident_name(incident, lang)) }</li>
                        }) }
                    </ul>
                </section>
            }
            { whatif }
        </aside>
    }
}
