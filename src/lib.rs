//! Cloudfall's web app: a thin Yew shell that renders the model's state and sends `Action`s.
//! It never computes propagation itself; the rules live in `cloudfall-model`.

#![forbid(unsafe_code)]

pub mod app;
pub mod browser;
/// The market chart's pure draw code lives in `cloudfall-draw`, shared with the command line.
pub use cloudfall_draw::chart;
pub mod components;
pub mod hooks;
pub mod i18n;
pub mod story_app;
pub mod teacher_app;

use std::rc::Rc;

use cloudfall_model::Model;

/// Where the app finds its data, relative to the page: Trunk copies `static/data/` to `dist/data/`.
pub const DATA_URL: &str = "data/cloudfall.json";

/// The first load's data, written by `cloudfall split` from the full file (`make serve` and `make dist` run it):
/// the core paints the map; it names the details file, fetched right after.
pub const CORE_URL: &str = "data/cloudfall.core.json";
/// The embed's story core (the core without the market tables), which the story binary loads instead.
pub const STORY_URL: &str = "data/cloudfall.story.json";

/// Whether the details file's texts (citations, notes, descriptions, incidents' causes) are in the model yet. The
/// root provides it as a context; `TextsStatus` says it in place of a citation.
#[derive(Clone, Debug, PartialEq)]
pub enum TextsState {
    Ready,
    Loading,
    /// Why the details could not be loaded, in a sentence.
    Failed(yew::AttrValue),
}

/// A shared, immutable model. Props compare it by pointer, so an unchanged model never re-renders anything.
#[derive(Clone, Debug)]
pub struct ModelRef(pub Rc<Model>);

impl PartialEq for ModelRef {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl std::ops::Deref for ModelRef {
    type Target = Model;

    fn deref(&self) -> &Model {
        &self.0
    }
}

/// Says that the app stopped, with a way back (`browser::show_crash`), in the link's language. `static/boot.js` calls
/// it when the WebAssembly traps: the release build's panics stop at once, without running a panic hook (Makefile:
/// `SIZE_STD`), so the page itself notices. Once per page.
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn show_crash_notice() {
    if gloo::utils::document().query_selector(".crash").ok().flatten().is_none() {
        browser::show_crash(i18n::story_texts(browser::lang_from_url()));
    }
}

/// Mounts the app on the page's `<main id="app">` (or the body) and logs panics to the console (the tests' and
/// debug builds'; a release build's panic stops at once and `show_crash_notice` speaks).
pub fn run() {
    mount::<app::App>();
}

/// Mounts `Root` (the full app, the embed's story or the teacher's page: one per binary) on the page's `<main
/// id="app">`, or the body, after a panic hook that logs and shows the crash notice.
pub(crate) fn mount<Root: yew::BaseComponent<Properties = ()>>() {
    std::panic::set_hook(Box::new(|info| {
        web_sys::console::error_1(&format!("Cloudfall stopped: {info}").into());
        // Never a frozen page: say what happened and offer a way back to the start.
        browser::show_crash(i18n::story_texts(browser::lang_from_url()));
    }));
    match gloo::utils::document().get_element_by_id("app") {
        Some(element) => {
            yew::Renderer::<Root>::with_root(element).render();
        }
        None => {
            yew::Renderer::<Root>::new().render();
        }
    }
}
