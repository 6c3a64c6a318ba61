//! The announcements' verbosity (issue 17, requirement 13): a switch for short announcements (what was switched
//! and the counts) instead of long ones (also the three best-known services down). The choice is kept in this
//! browser's localStorage only, like the theme.

use cloudfall_model::Lang;
use yew::prelude::*;

use crate::browser;
use crate::i18n::class_texts;

#[derive(Properties, PartialEq)]
pub struct VerbositySwitchProps {
    pub lang: Lang,
    /// Whether announcements are short now.
    pub short: bool,
    pub onchange: Callback<bool>,
}

#[component]
pub fn VerbositySwitch(props: &VerbositySwitchProps) -> Html {
    let onclick = {
        let (onchange, next) = (props.onchange.clone(), !props.short);
        Callback::from(move |_: MouseEvent| {
            if let Err(message) = browser::choose_short_announcements(next) {
                browser::warn(&message);
            }
            onchange.emit(next);
        })
    };
    html! {
        <button type="button" role="switch" class="switch verbosity-switch" data-action="short-announcements"
            aria-checked={props.short.to_string()} {onclick}>
            <span class="switch-track" aria-hidden="true"><span class="switch-thumb"></span></span>
            <span class="switch-name">{ class_texts(props.lang).short_announcements }</span>
        </button>
    }
}
