//! The embed's own, smaller entry point (issue 16's weight): `embed=1` with the story view, the default of an embed,
//! is what most article readers get, so `static/boot.js` starts this binary (`src/bin/story.rs`) for it instead of
//! the whole explorer. It loads the story core (`app::use_story_loading`: the core without market tables or
//! details), reads the scenario from the link, and renders the embed's header, the story view and the credits; nothing else is linked in, so the map, the chart,
//! the classroom and the exports stay out of its wasm. Choosing another view (the map, the market, everything)
//! writes the link and reloads the page, and the boot script then starts the full app in that same state.
//! It holds no rule of the model: the scenario, its derivation and the story's grouping are the model's.

use cloudfall_model::embed::View;
use cloudfall_model::Action;
use yew::prelude::*;

use crate::app::{loading_view, use_story_loading};
use crate::components::{EmbedHeader, Notices, StoryView};
use crate::hooks::{use_embed_height, use_hand_over, use_link_scenario, LinkScenario};
use crate::i18n::story_texts;
use crate::{browser, ModelRef, TextsState};

/// Loads the data, then shows the story, or the data's problems in words.
#[component]
pub fn StoryApp() -> Html {
    let loading = use_story_loading();
    loading_view(&loading, |model, state, _| {
        html! {
            <ContextProvider<TextsState> context={state.clone()}>
                <Story model={model.clone()} />
            </ContextProvider<TextsState>>
        }
    })
}

#[derive(Properties, PartialEq)]
pub struct StoryProps {
    pub model: ModelRef,
}

/// The story of the link's scenario, for an article column.
#[component]
pub fn Story(props: &StoryProps) -> Html {
    let model = props.model.clone();
    let LinkScenario { from_url, scenario, derived } = use_link_scenario(&model);
    let notices_dismissed = use_state(|| false);
    use_effect_with(scenario.0.clone(), |scenario| {
        browser::write_url_after_paint(scenario);
        browser::set_document_lang(scenario.lang);
        if let Some(theme) = scenario.presentation.theme() {
            browser::set_theme(Some(theme));
        }
        browser::set_document_title(story_texts(scenario.lang).page_title);
    });
    use_embed_height(true, AttrValue::from(scenario.0.presentation.child_id().to_string()));
    use_effect(browser::apply_pending_focus);

    // Another view (the map, the market, everything) is the full app's: the link is written with it and the page
    // loads again, where the boot script starts the full app in that state. Everything else is this story's.
    let onswitch = use_hand_over(
        &scenario,
        |action| matches!(action, Action::SetView(view) if *view != View::Story),
        |next| browser::write_url(next).and_then(|()| browser::reload()),
    );
    let current = scenario.0.clone();
    let lang = current.lang;
    let text = story_texts(lang);
    let ondismiss = {
        let notices_dismissed = notices_dismissed.clone();
        Callback::from(move |_| notices_dismissed.set(true))
    };
    let problems = if *notices_dismissed { Vec::new() } else { from_url.1.clone() };
    let presentation = &current.presentation;
    let inert = !presentation.interactive();
    let info = &model.info;
    html! {
        <div class="app is-embedded" data-page-view={View::Story.code()} data-binary="story">
            <EmbedHeader model={model.clone()} scenario={current.clone()} onswitch={onswitch.clone()} />
            <Notices {problems} {lang} {ondismiss} />
            <div class="view" {inert}>
                <StoryView model={model.clone()} scenario={current.clone()} derived={derived} {onswitch} />
            </div>
            if !presentation.plain {
                <p class="credits">
                    { (text.credits)(&info.version, &info.as_of, info.licence.as_ref().map(|licence| licence.name.as_str())) }
                </p>
            }
        </div>
    }
}

/// Mounts the story on the page's `<main id="app">` (or the body), with the same crash notice as the full app.
pub fn run() {
    crate::mount::<StoryApp>();
}
