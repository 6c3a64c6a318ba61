//! A list of sources, each a `SourceLink`, separated by semicolons.

use cloudfall_model::data::Source;
use cloudfall_model::Lang;
use yew::prelude::*;

use super::SourceLink;

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
                    url={source.url.clone()} date={source.date.clone()} via={source.via.clone().map(AttrValue::from)} lang={props.lang} />
            </>
        }) }
    }
}
