//! The quiet note over data pinned by a link (`v=1.0.0`): which version is shown and why, and a link to the same
//! view with the current data. An article keeps its numbers; a reader can still see what changed since.

use std::rc::Rc;

use cloudfall_model::Scenario;
use yew::prelude::*;

use crate::browser;
use crate::i18n::story_texts;
use crate::ModelRef;

#[derive(Properties, PartialEq)]
pub struct PinnedNoteProps {
    pub model: ModelRef,
    pub scenario: Rc<Scenario>,
}

#[component]
pub fn PinnedNote(props: &PinnedNoteProps) -> Html {
    let text = story_texts(props.scenario.lang);
    let info = &props.model.info;
    // The same view without `v=`, so the current data loads (in the same frame: an embed stays an embed).
    let mut current = (*props.scenario).clone();
    current.presentation.version = None;
    let latest = format!("{}{}", browser::page_address(), current.to_query());
    html! {
        <p class="pinned-note" data-pinned={info.version.clone()}>
            { (text.pinned_note)(&info.version, &info.as_of) }{ " " }
            <a href={latest} data-action="latest-data">{ text.pinned_latest }</a>
        </p>
    }
}
