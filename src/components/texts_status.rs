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
    /// The page's one notice (said once, with why) rather than the few words in place of each citation.
    #[prop_or(false)]
    pub notice: bool,
}

/// In place of a citation: "Loading the sources…", or "sources not loaded". As the page's notice: why they could
/// not be loaded, once. Nothing once they are there.
#[component]
pub fn TextsStatus(props: &TextsStatusProps) -> Html {
    let text = texts(props.lang);
    match (use_texts(), props.notice) {
        (TextsState::Ready, _) | (TextsState::Loading, true) => html! {},
        (TextsState::Loading, false) => html! { <span class="texts-status">{ text.texts_loading }</span> },
        (TextsState::Failed(_), false) => html! { <span class="texts-status missing">{ text.texts_missing }</span> },
        (TextsState::Failed(why), true) => html! {
            <p class="texts-status failed" role="alert">{ (text.texts_failed)(&why) }</p>
        },
    }
}
