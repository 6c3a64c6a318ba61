//! A short glossary (region, availability zone, supplier, DNS...) in the reader's language, folded under the map's
//! legend so a pupil can look a word up without leaving the page.

use cloudfall_model::Lang;
use yew::prelude::*;

use crate::i18n::texts;

#[derive(Properties, PartialEq)]
pub struct GlossaryProps {
    pub lang: Lang,
}

#[component]
pub fn Glossary(props: &GlossaryProps) -> Html {
    let text = texts(props.lang);
    html! {
        <details class="glossary" data-glossary="">
            <summary>{ text.glossary_heading }</summary>
            <dl>
                { for text.glossary.iter().map(|(term, meaning)| html! {
                    <>
                        <dt>{ *term }</dt>
                        <dd>{ *meaning }</dd>
                    </>
                }) }
            </dl>
        </details>
    }
}
