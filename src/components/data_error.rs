//! Shown instead of the app when the data cannot be loaded: every problem, where it is and what it is, in the
//! reader's language.

use cloudfall_model::{Lang, Problem};
use yew::prelude::*;

use crate::i18n::story_texts;

#[derive(Properties, PartialEq)]
pub struct DataErrorProps {
    pub problems: Vec<Problem>,
    /// The language of the message (the data's own texts cannot be read).
    #[prop_or_default]
    pub lang: Lang,
    /// The data file that failed, when it is not the built-in one: the reader is offered the built-in data.
    #[prop_or_default]
    pub file: Option<AttrValue>,
}

#[component]
pub fn DataError(props: &DataErrorProps) -> Html {
    let text = story_texts(props.lang);
    html! {
        <div class="data-error" role="alert">
            if let Some(file) = &props.file { <p><strong>{ file }</strong></p> }
            <p>{ text.data_error }</p>
            <ul>
                { for props.problems.iter().map(|problem| html! {
                    <li><strong>{ (text.problem_place)(problem) }</strong>{ text.colon }{ (text.problem)(problem) }</li>
                }) }
            </ul>
            // The page itself, without any query: the built-in data, everything switched on.
            if props.file.is_some() { <p><a href="./">{ text.data_error_fallback }</a></p> }
        </div>
    }
}
