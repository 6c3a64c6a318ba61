//! The cascade over time: after each change, the failure spreads wave by wave along the dependency paths (the
//! model's breadth-first waves), about a second and a half in all. Readers who prefer reduced motion see the end
//! state at once; a reader can also pause it and step it one wave at a time.

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

/// The cascade, and the step control: `next` shows one more wave. While `stepping` (the reader's "wave by wave"
/// mode, for following a breadth-first search), a change waits at wave 0 and advances only by `next`; turning
/// stepping off lets the rest play (or jump to the end for readers who prefer reduced motion).
#[hook]
pub fn use_cascade(derived: Rc<Derived>, animate: bool, stepping: bool) -> (Cascade, Callback<()>) {
    // `use_state_eq`: settling on the end state again (every change, for readers who prefer reduced motion) does
    // not render the whole page a second time.
    let cascade = use_state_eq(|| Cascade { shown: u32::MAX, waves: 0, previous: None });
    let last = use_mut_ref(|| derived.clone());
    // Read by the running interval at each tick, so pausing takes effect without restarting it.
    let paused = use_mut_ref(|| stepping);
    *paused.borrow_mut() = stepping;
    // The cascade in progress: how far it has got, of how many waves, from which state. Shared by the interval
    // and `next`.
    let progress = use_mut_ref(|| None::<(u32, u32, Rc<Derived>)>);
    let moving = |stepping: bool| stepping || !crate::browser::prefers_reduced_motion();
    // The render that follows a change already starts the cascade, before the effect below records it: no frame
    // ever flashes the end state first.
    let starting = {
        let last = last.borrow();
        let waves = derived.outcome.wave_count();
        (animate && waves > 0 && !Rc::ptr_eq(&last, &derived) && moving(stepping)).then(|| Cascade {
            shown: 0,
            waves,
            previous: Some(last.clone()),
        })
    };
    let next = {
        let (cascade, progress) = (cascade.clone(), progress.clone());
        Callback::from(move |()| {
            let mut progress = progress.borrow_mut();
            if let Some((shown, waves, previous)) = progress.as_mut() {
                if *shown < *waves {
                    *shown += 1;
                    let previous = (*shown < *waves).then(|| previous.clone());
                    cascade.set(Cascade { shown: *shown, waves: *waves, previous });
                }
            }
        })
    };
    {
        let (cascade, paused, progress) = (cascade.clone(), paused.clone(), progress.clone());
        use_effect_with(derived, move |derived| {
            let previous = std::mem::replace(&mut *last.borrow_mut(), derived.clone());
            let waves = derived.outcome.wave_count();
            let stepping = *paused.borrow();
            let mut interval = None;
            if !animate || Rc::ptr_eq(&previous, derived) || waves == 0 || !moving(stepping) {
                *progress.borrow_mut() = None;
                cascade.set(Cascade { shown: u32::MAX, waves: 0, previous: None });
            } else {
                let step = (TOTAL_MS / waves).min(MAX_WAVE_MS);
                *progress.borrow_mut() = Some((0, waves, previous.clone()));
                cascade.set(Cascade { shown: 0, waves, previous: Some(previous) });
                let setter = cascade.clone();
                interval = Some(Interval::new(step, move || {
                    if *paused.borrow() {
                        return;
                    }
                    let mut progress = progress.borrow_mut();
                    if let Some((shown, waves, previous)) = progress.as_mut() {
                        if *shown < *waves {
                            // Unpaused under reduced motion: the rest at once.
                            *shown = if crate::browser::prefers_reduced_motion() { *waves } else { *shown + 1 };
                            let previous = (*shown < *waves).then(|| previous.clone());
                            setter.set(Cascade { shown: *shown, waves: *waves, previous });
                        }
                    }
                }));
            }
            move || drop(interval)
        });
    }
    (starting.unwrap_or_else(|| (*cascade).clone()), next)
}
