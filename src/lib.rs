//! Cloudfall's web app: a thin Yew shell that renders the model's state and sends `Action`s.
//! It never computes propagation itself; the rules live in `cloudfall-model`.

pub mod app;
pub mod browser;
pub mod chart;
pub mod components;
pub mod hooks;
pub mod i18n;

use std::rc::Rc;

use cloudfall_model::Model;

/// Where the app finds its data, relative to the page: Trunk copies `static/data/` to `dist/data/`.
pub const DATA_URL: &str = "data/cloudfall.json";

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

/// Mounts the app on the page's `<main id="app">` (or the body) and logs panics to the console.
pub fn run() {
    std::panic::set_hook(Box::new(|info| {
        web_sys::console::error_1(&format!("Cloudfall stopped: {info}").into());
    }));
    let root = gloo::utils::document().get_element_by_id("app");
    match root {
        Some(element) => {
            yew::Renderer::<app::App>::with_root(element).render();
        }
        None => {
            yew::Renderer::<app::App>::new().render();
        }
    }
}
