//! The map first (issue 19): a switch's change paints on the map in the click's own frame; the panels around the map
//! (details, figures, switches' summaries, chart, tree, table) catch up in the next frame, so their work never delays
//! the frame that shows the reader what their click did. Any other change reaches every view in the same render.

use std::rc::Rc;

use cloudfall_model::{Derived, Scenario};
use yew::prelude::*;

use crate::browser;

/// What the panels show: the scenario and its derivation now, or, for one frame after a change of switches alone
/// (`Scenario::differs_only_in_switches`), those before it. They then catch up with the latest, never a stale one.
#[hook]
pub fn use_map_first(scenario: Rc<Scenario>, derived: Rc<Derived>) -> (Rc<Scenario>, Rc<Derived>) {
    let latest = use_mut_ref(|| (scenario.clone(), derived.clone()));
    let shown = use_mut_ref(|| (scenario.clone(), derived.clone()));
    let update = use_force_update();
    *latest.borrow_mut() = (scenario.clone(), derived.clone());
    let behind = {
        let (panels, panels_derived) = &*shown.borrow();
        !Rc::ptr_eq(panels_derived, &derived) && panels.differs_only_in_switches(&scenario)
    };
    if !behind {
        *shown.borrow_mut() = (scenario, derived.clone());
    }
    {
        let (latest, shown) = (latest.clone(), shown.clone());
        use_effect_with(DerivedPtr(derived), move |_| {
            if behind {
                wasm_bindgen_futures::spawn_local(async move {
                    browser::after_next_paint().await;
                    let now = latest.borrow().clone();
                    if !Rc::ptr_eq(&shown.borrow().1, &now.1) {
                        *shown.borrow_mut() = now;
                        update.force_update();
                    }
                });
            }
        });
    }
    let panels = shown.borrow().clone();
    panels
}

/// A derivation compared by identity: each scenario's is memoised, so a new one is a new state.
struct DerivedPtr(Rc<Derived>);

impl PartialEq for DerivedPtr {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}
