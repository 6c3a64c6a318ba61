//! The root: loads the model once, holds the one `Scenario` in a reducer, derives the `Outcome` with `use_memo`,
//! and does the side effects (URL, `<html lang>`) in one place each.

use std::rc::Rc;

use cloudfall_model::layout::{layered, Layout};
use cloudfall_model::{load, propagate, summarize, Action, Outcome, Problem, Scenario, Summary};
use yew::prelude::*;

use crate::components::{DataError, DependencyMap, Header, Legend, Notices, ShareChart, SummaryLine, SwitchPanel};
use crate::hooks::use_viewport_width;
use crate::i18n::texts;
use crate::{browser, ModelRef, DEFAULT_DATA};

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

/// What one scenario does to the model: derived, never stored.
#[derive(Debug, PartialEq)]
pub struct Derived {
    pub outcome: Outcome,
    pub summary: Summary,
}

/// Loads the built-in data, then shows the explorer, or the data's problems.
#[component]
pub fn App() -> Html {
    let loaded: Rc<Result<ModelRef, Vec<Problem>>> =
        use_memo((), |_| load(DEFAULT_DATA).map(|model| ModelRef(Rc::new(model))));
    match &*loaded {
        Ok(model) => html! { <Explorer model={model.clone()} /> },
        Err(problems) => html! { <DataError problems={problems.clone()} /> },
    }
}

#[derive(Properties, PartialEq)]
pub struct ExplorerProps {
    pub model: ModelRef,
}

/// The whole instrument for one model: chart, switches, map and summary.
#[component]
pub fn Explorer(props: &ExplorerProps) -> Html {
    let model = props.model.clone();
    let from_url = use_memo(model.clone(), |model| browser::scenario_from_url(model));
    let scenario = {
        let initial = from_url.0.clone();
        use_reducer(move || ScenarioState(Rc::new(initial)))
    };
    let derived = use_memo((model.clone(), scenario.0.clone()), |(model, scenario)| {
        let outcome = propagate(model, &scenario.off_indices(model));
        let summary = summarize(model, &outcome);
        Derived { outcome, summary }
    });
    let layout: Rc<Layout> = use_memo(model.clone(), |model| layered(model));
    let notices_dismissed = use_state(|| false);
    let viewport = use_viewport_width();

    use_effect_with(scenario.0.clone(), |scenario| {
        if let Err(message) = browser::write_url(scenario) {
            browser::warn(&message);
        }
        browser::set_document_lang(scenario.lang);
    });

    let onswitch: Callback<Action> = scenario.dispatcher().into();
    let lang = scenario.0.lang;
    let text = texts(lang);
    let off = Rc::new(scenario.0.off.clone());
    let ondismiss = {
        let notices_dismissed = notices_dismissed.clone();
        Callback::from(move |_| notices_dismissed.set(true))
    };
    let problems = if *notices_dismissed { Vec::new() } else { from_url.1.clone() };

    html! {
        <div class="app">
            <Header model={model.clone()} {lang} onswitch={onswitch.clone()} />
            <Notices {problems} {lang} {ondismiss} />
            <div class="instrument">
                <section class="panel chart-panel" aria-labelledby="chart-heading">
                    <h2 id="chart-heading">{ text.chart_heading }</h2>
                    <p class="hint">{ text.chart_intro }</p>
                    <ShareChart model={model.clone()} off={off.clone()} {lang} width={viewport} onswitch={onswitch.clone()} />
                </section>
                <section class="panel switch-panel" aria-labelledby="switches-heading">
                    <h2 id="switches-heading">{ text.switches_heading }</h2>
                    <p class="hint">{ text.switches_intro }</p>
                    <SwitchPanel model={model.clone()} off={off.clone()} derived={derived.clone()} {lang} onswitch={onswitch.clone()} />
                </section>
            </div>
            <SummaryLine model={model.clone()} derived={derived.clone()} {lang} />
            <section class="panel map-panel" aria-labelledby="map-heading">
                <h2 id="map-heading">{ text.map_heading }</h2>
                <p class="hint">{ text.map_intro }</p>
                <DependencyMap model={model.clone()} layout={layout} derived={derived.clone()} off={off} {lang} {viewport} onswitch={onswitch} />
                <Legend {lang} />
            </section>
        </div>
    }
}
