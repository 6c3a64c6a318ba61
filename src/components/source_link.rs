//! One source: its publisher, linked when there is a URL (opening in a new tab, announced to screen readers), with
//! its title and date, and the copy it was read through when the original could not be opened (`via`).

use cloudfall_model::split::is_pending;
use cloudfall_model::validate::is_web_link;
use cloudfall_model::Lang;
use yew::prelude::*;

use super::TextsStatus;
use crate::hooks::use_texts;
use crate::i18n::texts;
use crate::TextsState;

#[derive(Properties, PartialEq)]
pub struct SourceLinkProps {
    pub publisher: AttrValue,
    pub title: AttrValue,
    #[prop_or_default]
    pub url: Option<String>,
    pub date: AttrValue,
    /// The copy or mirror the source was read through, when the original could not be opened.
    #[prop_or_default]
    pub via: Option<AttrValue>,
    pub lang: Lang,
}

/// One source: its publisher links to it (new tab, announced to screen readers), with its title and date.
#[component]
pub fn SourceLink(props: &SourceLinkProps) -> Html {
    let text = texts(props.lang);
    // Until the details file has arrived, the core's citations have no publisher or title: say so instead.
    if use_texts() != TextsState::Ready && is_pending(&props.publisher) {
        return html! { <span class="source"><TextsStatus lang={props.lang} />{ format!(", {}", props.date) }</span> };
    }
    // Only a web address becomes a link, whatever a data file says (validation refuses others too).
    let publisher = match props.url.as_ref().filter(|url| is_web_link(url)) {
        Some(url) => html! {
            <a href={url.clone()} target="_blank" rel="noopener noreferrer" title={props.title.clone()}>
                { &props.publisher }<span class="visually-hidden">{ " " }{ text.opens_new_tab }</span>
            </a>
        },
        None => html! { { &props.publisher } },
    };
    html! {
        <span class="source">
            { publisher }{ format!(", {}", props.date) }
            if let Some(site) = &props.via {
                <span class="source-via" data-via={site.clone()}>{ " (" }{ (text.read_via)(site) }{ ")" }</span>
            }
        </span>
    }
}
