//! "Skip to the map": the page's first Tab stop, so a keyboard reader reaches the map without walking the chart and
//! every switch.

use cloudfall_model::Lang;
use yew::prelude::*;

use crate::i18n::texts;

#[derive(Properties, PartialEq)]
pub struct SkipLinkProps {
    pub lang: Lang,
}

/// A link that moves the focus to the map's one Tab stop. It does not follow its `href`: the page's `<base>` makes
/// a fragment link leave the page's query, and the scenario with it.
#[component]
pub fn SkipLink(props: &SkipLinkProps) -> Html {
    let onclick = Callback::from(|event: MouseEvent| {
        event.prevent_default();
        crate::browser::focus_after_render(".dependency-map [data-node-id][tabindex=\"0\"], canvas.dependency-canvas");
    });
    html! {
        <a class="skip-link" href="#map-heading" data-action="skip-to-map" {onclick}>{ texts(props.lang).skip_to_map }</a>
    }
}
