//! The cascade over time: after each change, the failure spreads wave by wave along the dependency paths, about
//! a second and a half in all. Readers who prefer reduced motion see the end state at once.

use std::rc::Rc;

use cloudfall_model::{NodeIndex, NodeState};
use gloo::timers::callback::Interval;
use yew::prelude::*;

use cloudfall_model::Derived;

/// The whole cascade lasts about this long, however many waves it has...
const TOTAL_MS: u32 = 1500;
/// ...but one wave never takes longer than this, so short cascades stay brisk.
const MAX_WAVE_MS: u32 = 350;

/// How far the cascade has got: nodes whose wave is at most `shown` show their new state; the others still show
/// the state they had before the change.
#[derive(Clone, Debug)]
pub struct Cascade {
    pub shown: u32,
    pub waves: u32,
    pub previous: Option<Rc<Derived>>,
}

impl PartialEq for Cascade {
    fn eq(&self, other: &Self) -> bool {
        self.shown == other.shown
            && self.waves == other.waves
            && match (&self.previous, &other.previous) {
                (Some(a), Some(b)) => Rc::ptr_eq(a, b),
                (None, None) => true,
                _ => false,
            }
    }
}

impl Cascade {
    pub fn is_done(&self) -> bool {
        self.shown >= self.waves
    }

    /// The state to draw for `index` now.
    pub fn display(&self, index: NodeIndex, current: &Derived) -> NodeState {
        let wave = current.outcome.wave(index);
        let before = self.previous.as_ref().map_or(NodeState::Up, |previous| previous.outcome.state(index));
        let after = current.outcome.state(index);
        // A node coming back up shows it at once; a failure arrives with its wave.
        if after <= before || wave <= self.shown {
            after
        } else {
            before
        }
    }
}

#[hook]
pub fn use_cascade(derived: Rc<Derived>, animate: bool) -> Cascade {
    // `use_state_eq`: settling on the end state again (every change, for readers who prefer reduced motion) does
    // not render the whole page a second time.
    let cascade = use_state_eq(|| Cascade { shown: u32::MAX, waves: 0, previous: None });
    let last = use_mut_ref(|| derived.clone());
    // The render that follows a change already starts the cascade, before the effect below records it: no frame
    // ever flashes the end state first.
    let starting = {
        let last = last.borrow();
        let waves = derived.outcome.wave_count();
        (animate && waves > 0 && !Rc::ptr_eq(&last, &derived) && !crate::browser::prefers_reduced_motion())
            .then(|| Cascade { shown: 0, waves, previous: Some(last.clone()) })
    };
    {
        let cascade = cascade.clone();
        use_effect_with(derived, move |derived| {
            let previous = std::mem::replace(&mut *last.borrow_mut(), derived.clone());
            let waves = derived.outcome.wave_count();
            let mut interval = None;
            if !animate || Rc::ptr_eq(&previous, derived) || waves == 0 || crate::browser::prefers_reduced_motion() {
                cascade.set(Cascade { shown: u32::MAX, waves: 0, previous: None });
            } else {
                let step = (TOTAL_MS / waves).min(MAX_WAVE_MS);
                cascade.set(Cascade { shown: 0, waves, previous: Some(previous.clone()) });
                let mut shown = 0;
                let setter = cascade.clone();
                interval = Some(Interval::new(step, move || {
                    if shown < waves {
                        shown += 1;
                        let previous = (shown < waves).then(|| previous.clone());
                        setter.set(Cascade { shown, waves, previous });
                    }
                }));
            }
            move || drop(interval)
        });
    }
    starting.unwrap_or_else(|| (*cascade).clone())
}
