//! The compact header of an embed (`embed=1`): the title (left out with `plain=1`, for pages that write their own),
//! the views (story, map, market, everything), "share or embed", and a small link that opens the full explorer in a
//! new tab in the same state, without the embed.

use std::rc::Rc;

use cloudfall_model::embed::{share_links, View};
use cloudfall_model::{Action, Scenario};
use yew::prelude::*;

use super::ShareDialog;
use crate::browser;
use crate::i18n::story_texts;
use crate::ModelRef;

#[derive(Properties, PartialEq)]
pub struct EmbedHeaderProps {
    pub model: ModelRef,
    pub scenario: Rc<Scenario>,
    pub onswitch: Callback<Action>,
}

#[component]
pub fn EmbedHeader(props: &EmbedHeaderProps) -> Html {
    let scenario = &props.scenario;
    let text = story_texts(scenario.lang);
    let shown = scenario.presentation.view();
    let explorer = share_links(scenario, &browser::page_address(), "", Some(&props.model.info.version)).link;
    let interactive = scenario.presentation.interactive();
    html! {
        <header class="embed-header">
            if !scenario.presentation.plain {
                <h1 class="embed-title">{ text.title }</h1>
            }
            if interactive {
                <nav class="embed-views" aria-label={text.views_label}>
                    { for [View::Story, View::Map, View::Chart, View::Full].into_iter().map(|view| {
                        let onswitch = props.onswitch.clone();
                        html! {
                            <button type="button" data-view={view.code()} aria-pressed={(view == shown).to_string()}
                                onclick={move |_| onswitch.emit(Action::SetView(view))}>{ (text.view_name)(view) }</button>
                        }
                    }) }
                </nav>
                <ShareDialog model={props.model.clone()} scenario={scenario.clone()} />
            }
            <a class="open-explorer" href={explorer} target="_blank" rel="noopener" data-action="open-explorer">
                { text.open_explorer }{ " ↗" }
            </a>
        </header>
    }
}
