//! The teacher's page's own entry point (issue 19's weight): `?page=teacher` links, and the story panel's "teacher's
//! page" button, open a page of their own, which `static/boot.js` starts with this binary (`src/bin/teacher.rs`)
//! instead of the whole explorer, so the explorer's first load no longer carries the teacher's page (-19 KB gzip,
//! docs/performance.md). It loads the data as the explorer does (`app::use_loading`: the shipped core then its
//! details, a link's `data=`, a pinned `v=`), reads the scenario from the link, and renders the header, the link's
//! notices and the teacher's page. "Back to the explorer" opens the explorer's link as a page, where the boot script
//! starts the full app. It holds no rule of the model: the class link and the tally are the model's.

use cloudfall_model::scenario::Page;
use cloudfall_model::Action;
use yew::prelude::*;

use crate::app::{loading_view, use_loading};
use crate::components::{Header, Notices, TeacherPage};
use crate::hooks::{use_embed_height, use_hand_over, use_link_scenario, LinkScenario};
use crate::i18n::texts;
use crate::{browser, ModelRef, TextsState};

/// Loads the data, then shows the teacher's page, or the data's problems in words.
#[component]
pub fn TeacherApp() -> Html {
    let loading = use_loading();
    loading_view(&loading, |model, state, _| {
        html! {
            <ContextProvider<TextsState> context={state.clone()}>
                <Teacher model={model.clone()} />
            </ContextProvider<TextsState>>
        }
    })
}

#[derive(Properties, PartialEq)]
pub struct TeacherProps {
    pub model: ModelRef,
}

/// The teacher's page of the link's scenario.
#[component]
pub fn Teacher(props: &TeacherProps) -> Html {
    let model = props.model.clone();
    let LinkScenario { from_url, scenario, .. } = use_link_scenario(&model);
    let notices_dismissed = use_state(|| false);
    use_effect_with(scenario.0.clone(), |scenario| {
        browser::write_url_after_paint(scenario);
        browser::set_document_lang(scenario.lang);
        // The teacher's page has no theme switch of its own: it follows the reader's choice, or a link's `theme=`.
        browser::apply_link_theme(scenario.presentation.theme());
        browser::set_document_title(texts(scenario.lang).page_title);
    });
    // Inside an iframe, the host page hears the content's height, as from the explorer; elsewhere nothing.
    use_embed_height(true, AttrValue::from(scenario.0.presentation.child_id().to_string()));
    use_effect(browser::apply_pending_focus);

    // Another page (the explorer) is the full app's: its link opens as a page, where the boot script starts the full
    // app in that state. Everything else (the language) is this page's.
    let onswitch = use_hand_over(
        &scenario,
        |action| matches!(action, Action::SetPage(page) if *page != Page::Teacher),
        browser::open_page,
    );
    let current = scenario.0.clone();
    let lang = current.lang;
    let ondismiss = {
        let notices_dismissed = notices_dismissed.clone();
        Callback::from(move |_| notices_dismissed.set(true))
    };
    let problems = if *notices_dismissed { Vec::new() } else { from_url.1.clone() };
    html! {
        <div class="app" data-binary="teacher">
            <Header model={model.clone()} {lang} onswitch={onswitch.clone()} />
            <Notices {problems} {lang} {ondismiss} />
            <TeacherPage model={model} scenario={current} {onswitch} />
        </div>
    }
}

/// Mounts the teacher's page on the page's `<main id="app">` (or the body), with the same crash notice as the app.
pub fn run() {
    crate::mount::<TeacherApp>();
}
