//! The scenario a page's link opens, held in a reducer, and the model's derivation of it: the full explorer, the
//! embed's story binary and the teacher's page start the same way, and hand over to each other the same way.

use std::rc::Rc;

use cloudfall_model::{derive, Action, Derived, QueryProblem, Scenario};
use yew::prelude::*;

use crate::{browser, ModelRef};

/// The reducer's state: the scenario behind an `Rc`, so an unchanged scenario is handed back as is.
#[derive(Debug, Clone, PartialEq)]
pub struct ScenarioState(pub Rc<Scenario>);

impl Reducible for ScenarioState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        match self.0.apply(action) {
            Some(next) => Rc::new(ScenarioState(Rc::new(next))),
            None => self,
        }
    }
}

/// What a page's link opened, and where the reader has taken it since.
pub struct LinkScenario {
    /// The link's scenario with whatever in it was not understood (the notices), read once: the model is swapped
    /// when the details file arrives (same nodes), and the link's notices must stay.
    pub from_url: Rc<(Scenario, Vec<QueryProblem>)>,
    /// The scenario now: `Action`s are dispatched to it.
    pub scenario: UseReducerHandle<ScenarioState>,
    /// The model's derivation of the scenario now, memoised on the model and the scenario.
    pub derived: Rc<Derived>,
}

#[hook]
pub fn use_link_scenario(model: &ModelRef) -> LinkScenario {
    let from_url = {
        let model = model.clone();
        use_state(move || Rc::new(browser::scenario_from_url(&model)))
    };
    let scenario = {
        let initial = from_url.0.clone();
        use_reducer(move || ScenarioState(Rc::new(initial)))
    };
    let derived = use_memo((model.clone(), scenario.0.clone()), |(model, scenario)| derive(model, scenario));
    LinkScenario { from_url: (*from_url).clone(), scenario, derived }
}

/// The page's one `onswitch`: an action that `leaves` this binary's pages (the story's other views, the teacher's page
/// from the explorer, the explorer from the teacher's page) is applied to the scenario now and handed to `open`, which
/// opens its link where the boot script starts the binary that shows it; every other action goes to the scenario's
/// reducer. One callback for the page's life (the scenario is read when clicked), so no panel re-renders for a new one.
#[hook]
pub fn use_hand_over(
    scenario: &UseReducerHandle<ScenarioState>,
    leaves: fn(&Action) -> bool,
    open: fn(&Scenario) -> Result<(), String>,
) -> Callback<Action> {
    let latest = use_mut_ref(|| scenario.0.clone());
    *latest.borrow_mut() = scenario.0.clone();
    let dispatcher = scenario.dispatcher();
    (*use_memo((), move |()| {
        Callback::from(move |action: Action| {
            let next = if leaves(&action) { latest.borrow().apply(action.clone()) } else { None };
            match next {
                Some(next) => {
                    if let Err(message) = open(&next) {
                        browser::warn(&message);
                    }
                }
                None => dispatcher.dispatch(action),
            }
        })
    }))
    .clone()
}
