//! Why we believe one dependency: each piece of evidence, strongest kind first, with its source, its incident when
//! it is a report, the copy it was read through, "dated" in words when it is more than five years older than the
//! data (the model's rule), and its note in the reader's language.

use cloudfall_model::audit::dated;
use cloudfall_model::data::Evidence;
use cloudfall_model::split::is_pending;
use cloudfall_model::{EvidenceKind, Lang};
use yew::prelude::*;

use super::SourceLink;
use crate::hooks::use_texts;
use crate::i18n::texts;
use crate::ModelRef;
use crate::TextsState;

#[derive(Properties, PartialEq)]
pub struct EvidenceListProps {
    pub model: ModelRef,
    pub evidence: Vec<Evidence>,
    pub lang: Lang,
}

#[component]
pub fn EvidenceList(props: &EvidenceListProps) -> Html {
    let (lang, text) = (props.lang, texts(props.lang));
    // Until the details file has arrived, `SourceLink` says the sources are loading and there is no title to quote.
    let ready = use_texts() == TextsState::Ready;
    let item = |evidence: &Evidence| {
        let incident = evidence
            .incident
            .as_deref()
            .and_then(|id| props.model.incident(id))
            .map(|incident| incident.name(lang).to_string());
        html! {
            <li class={classes!("evidence", evidence.kind.as_str())}>
                <span class="evidence-kind">{ (text.evidence_name)(evidence.kind) }</span>{ " — " }
                <SourceLink publisher={evidence.publisher.clone()} title={evidence.title.clone()}
                    url={evidence.url.clone()} date={evidence.date.clone()} via={evidence.via.clone().map(AttrValue::from)} {lang} />
                if ready || !is_pending(&evidence.title) { { text.colon }<q>{ &evidence.title }</q> }
                if let Some(incident) = incident { { " (" }{ incident }{ ")" } }
                if let Some(years) = dated(&evidence.date, &props.model.info.as_of) {
                    { " " }<span class="evidence-dated" data-dated={years.to_string()}>{ (text.evidence_dated)(years) }</span>
                }
                if let Some(note) = evidence.note_in(lang) { <p class="evidence-note">{ note }</p> }
            </li>
        }
    };
    html! {
        <ul class="evidence-list" aria-label={text.evidence_heading}>
            { for EvidenceKind::ALL.iter().flat_map(|&kind| props.evidence.iter().filter(move |e| e.kind == kind)).map(item) }
        </ul>
    }
}
