//! Where the citations and long texts stand while the details file loads (issue 19's weight): said in place of a
//! citation, so no empty title ever shows where a source should be, and a failure is said in words.

use cloudfall_model::Lang;
use yew::prelude::*;

use crate::hooks::use_texts;
use crate::i18n::texts;
use crate::TextsState;

#[derive(Properties, PartialEq)]
pub struct TextsStatusProps {
    pub lang: Lang,
}

/// "Loading the sources…", or why they could not be loaded; nothing once they are there.
#[component]
pub fn TextsStatus(props: &TextsStatusProps) -> Html {
    let text = texts(props.lang);
    match use_texts() {
        TextsState::Ready => html! {},
        TextsState::Loading => html! { <span class="texts-status" role="status">{ text.texts_loading }</span> },
        TextsState::Failed(why) => html! {
            <span class="texts-status failed" role="alert">{ (text.texts_failed)(&why) }</span>
        },
    }
}
