//! A list of sources: publisher (linked when there is a URL, opening in a new tab), title and date.

use cloudfall_model::data::Source;
use cloudfall_model::Lang;
use yew::prelude::*;

use crate::i18n::texts;

#[derive(Properties, PartialEq)]
pub struct SourceListProps {
    pub sources: Vec<Source>,
    pub lang: Lang,
}

#[component]
pub fn SourceList(props: &SourceListProps) -> Html {
    html! {
        { for props.sources.iter().enumerate().map(|(i, source)| html! {
            <>
                if i > 0 { { "; " } }
                <SourceLink publisher={source.publisher.clone()} title={source.title.clone()}
                    url={source.url.clone()} date={source.date.clone()} lang={props.lang} />
            </>
        }) }
    }
}

#[derive(Properties, PartialEq)]
pub struct SourceLinkProps {
    pub publisher: AttrValue,
    pub title: AttrValue,
    #[prop_or_default]
    pub url: Option<String>,
    pub date: AttrValue,
    pub lang: Lang,
}

/// One source: its publisher links to it (new tab, announced to screen readers), with its title and date.
#[component]
pub fn SourceLink(props: &SourceLinkProps) -> Html {
    let text = texts(props.lang);
    let publisher = match &props.url {
        Some(url) => html! {
            <a href={url.clone()} target="_blank" rel="noopener noreferrer" title={props.title.clone()}>
                { &props.publisher }<span class="visually-hidden">{ " " }{ text.opens_new_tab }</span>
            </a>
        },
        None => html! { { &props.publisher } },
    };
    html! {
        <span class="source">{ publisher }{ format!(", {}", props.date) }</span>
    }
}
