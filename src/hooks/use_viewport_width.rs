//! The viewport's width in CSS pixels, updated on resize, so the chart and the map can choose their layout.

use gloo::events::EventListener;
use yew::prelude::*;

/// Width assumed when the browser does not say.
const FALLBACK_WIDTH: u32 = 1024;

fn current_width() -> u32 {
    crate::browser::viewport_width(FALLBACK_WIDTH)
}

#[hook]
pub fn use_viewport_width() -> u32 {
    let width = use_state(current_width);
    {
        let width = width.clone();
        use_effect_with((), move |_| {
            let listener = EventListener::new(&gloo::utils::window(), "resize", move |_| {
                width.set(current_width());
            });
            move || drop(listener)
        });
    }
    *width
}
