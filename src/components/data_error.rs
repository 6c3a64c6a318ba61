//! Shown instead of the app when the data cannot be loaded: every problem, in words a data editor understands.

use cloudfall_model::{Lang, Problem};
use yew::prelude::*;

use crate::i18n::texts;

#[derive(Properties, PartialEq)]
pub struct DataErrorProps {
    pub problems: Vec<Problem>,
}

#[component]
pub fn DataError(props: &DataErrorProps) -> Html {
    let text = texts(Lang::default());
    html! {
        <div class="data-error" role="alert">
            <p>{ text.data_error }</p>
            <ul>
                { for props.problems.iter().map(|problem| html! { <li>{ problem.to_string() }</li> }) }
            </ul>
        </div>
    }
}
