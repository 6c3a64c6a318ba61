//! Whether the page is being printed, so what only paper shows is made only then (issue 19: the printed summary,
//! with every source, cost each click about 30 ms at 100,000 nodes and 180 list items on the shipped map).

use gloo::events::EventListener;
use yew::prelude::*;

/// Whether the page is printed now, and how to print it.
pub struct Printing {
    pub now: bool,
    /// Prints the page: what paper shows is made first, then the browser's print starts (in the next task, once
    /// that render has run; a `window.print()` inside the click would print the page as it was).
    pub print: Callback<()>,
}

/// `now` is true from the browser's `beforeprint` to its `afterprint` (the print button, the browser's menu, Ctrl+P), and
/// while the print medium applies (`matchMedia("print")`: an emulated print, as the end-to-end tests do). The
/// render it causes runs in a microtask, before the browser lays out the printed page.
#[hook]
pub fn use_printing() -> Printing {
    let printing = use_state(|| false);
    let print = use_callback(printing.clone(), |(), printing| {
        printing.set(true);
        gloo::timers::callback::Timeout::new(0, || {
            let _ = gloo::utils::window().print();
        })
        .forget();
    });
    {
        let printing = printing.clone();
        use_effect_with((), move |_| {
            let window = gloo::utils::window();
            let before = EventListener::new(&window, "beforeprint", {
                let printing = printing.clone();
                move |_| printing.set(true)
            });
            let after = EventListener::new(&window, "afterprint", {
                let printing = printing.clone();
                move |_| printing.set(false)
            });
            let medium = window.match_media("print").ok().flatten().map(|query| {
                let watched = query.clone();
                EventListener::new(&query, "change", move |_| printing.set(watched.matches()))
            });
            move || drop((before, after, medium))
        });
    }
    Printing { now: *printing, print }
}
