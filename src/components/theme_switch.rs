//! The dark-theme switch: the page, both maps' SVG and the chart follow `<html data-theme>`; the choice is kept
//! in this browser's localStorage only (no cookie, nothing sent anywhere).

use cloudfall_model::embed::Theme;
use cloudfall_model::Lang;
use yew::prelude::*;

use crate::browser;
use crate::i18n::texts;

#[derive(Properties, PartialEq)]
pub struct ThemeSwitchProps {
    pub lang: Lang,
    /// The theme the page's link asks for (`theme=`), which the root applies after this first render: the switch
    /// starts from it, so a `theme=dark` link shows the switch on.
    #[prop_or_default]
    pub link: Option<Theme>,
}

#[component]
pub fn ThemeSwitch(props: &ThemeSwitchProps) -> Html {
    let link = props.link;
    let dark = use_state(move || match link {
        Some(theme) => browser::shows_dark(theme.code()),
        None => browser::shows_dark(&browser::theme_on_start()),
    });
    let onclick = {
        let dark = dark.clone();
        Callback::from(move |_: MouseEvent| {
            let next = !*dark;
            if let Err(message) = browser::choose_theme(if next { "dark" } else { "light" }) {
                browser::warn(&message);
            }
            dark.set(next);
        })
    };
    html! {
        <button type="button" role="switch" class="switch theme-switch" data-action="theme"
            aria-checked={dark.to_string()} {onclick}>
            <span class="switch-track" aria-hidden="true"><span class="switch-thumb"></span></span>
            <span class="switch-name">{ texts(props.lang).dark_theme }</span>
        </button>
    }
}
