//! The root: loads the model once, holds the one `Scenario` in a reducer, memoises the model's `derive` of it,
//! and does the side effects (URL, `<html lang>`) in one place each. It holds no rule of the model.

use std::rc::Rc;

use cloudfall_model::layout::{layered, Layout};
use cloudfall_model::outage::{blast_radius, Blast};
use cloudfall_model::{derive, load, split, Action, Problem, Scenario};
use yew::prelude::*;

use crate::components::{
    BlastRanking, CanvasMap, DataError, DependencyMap, DetailsPanel, Header, Legend, Metrics, Notices, ReplayPanel,
    ReplayPicker, SearchBox, ShareChart, StatusBar, SwitchPanel, LARGE,
};
use crate::components::{DataCredit, TextsStatus};
use crate::hooks::{use_cascade, use_viewport_width};
use crate::i18n::texts;
use crate::{browser, ModelRef, TextsState, CORE_URL};

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

/// Where the data stands while the app starts.
#[derive(Clone, PartialEq)]
enum Loading {
    Pending,
    /// The model, and whether its citations and long texts are in it yet.
    Loaded(ModelRef, TextsState),
    /// The problems, and the file when it is not the built-in one.
    Failed(Vec<Problem>, Option<String>),
}

/// Downloads and checks the data, then shows the explorer, or the data's problems in words.
#[component]
pub fn App() -> Html {
    let loading = use_state(|| Loading::Pending);
    {
        let loading = loading.clone();
        use_effect_with((), move |_| {
            wasm_bindgen_futures::spawn_local(async move {
                match browser::data_source() {
                    Some(custom) => load_full(loading, custom).await,
                    None => load_split(loading).await,
                }
            });
        });
    }
    match &*loading {
        Loading::Pending => html! {
            <p class="loading" role="status">{ texts(browser::lang_from_url()).loading }</p>
        },
        Loading::Loaded(model, texts) => html! {
            <ContextProvider<TextsState> context={texts.clone()}>
                <Explorer model={model.clone()} />
            </ContextProvider<TextsState>>
        },
        Loading::Failed(problems, file) => html! {
            <DataError problems={problems.clone()} lang={browser::lang_from_url()} file={file.clone().map(AttrValue::from)} />
        },
    }
}

/// A data file the URL names (`?data=`): one full file, texts included.
async fn load_full(loading: UseStateHandle<Loading>, source: String) {
    let loaded = match browser::fetch_text(&source).await {
        Ok(text) => load(&text).map(|model| ModelRef(Rc::new(model))),
        Err(message) => Err(vec![Problem { path: String::new(), message }]),
    };
    loading.set(match loaded {
        Ok(model) => Loading::Loaded(model, TextsState::Ready),
        Err(problems) => Loading::Failed(problems, Some(source)),
    });
}

/// The shipped data in two steps (issue 19's weight): the core, checked as strictly as a full file, paints the
/// map; then the details file it names is fetched and joined, and the explorer gets the full model (same nodes,
/// same scenario). If the details fail, the map stays and the citations say why.
async fn load_split(loading: UseStateHandle<Loading>) {
    let core = match browser::fetch_text(CORE_URL).await {
        Ok(text) => text,
        Err(message) => return loading.set(Loading::Failed(vec![Problem { path: String::new(), message }], None)),
    };
    let model = match split::load_core(&core) {
        Ok(model) => ModelRef(Rc::new(model)),
        Err(problems) => return loading.set(Loading::Failed(problems, None)),
    };
    let details_url = format!("data/{}", model.info.details.as_deref().unwrap_or_default());
    loading.set(Loading::Loaded(model.clone(), TextsState::Loading));
    let joined = match browser::fetch_text(&details_url).await {
        Ok(text) => split::load_details(&core, &text).map_err(|problems| {
            let first = problems.first().map(ToString::to_string).unwrap_or_default();
            format!("{details_url} does not match the data ({} problem(s); first: {first}).", problems.len())
        }),
        Err(message) => Err(message),
    };
    loading.set(match joined {
        Ok(full) => Loading::Loaded(ModelRef(Rc::new(full)), TextsState::Ready),
        Err(message) => {
            browser::warn(&message);
            Loading::Loaded(model, TextsState::Failed(message.into()))
        }
    });
}

#[derive(Properties, PartialEq)]
pub struct ExplorerProps {
    pub model: ModelRef,
    /// Whether the cascade is animated (it never is for readers who prefer reduced motion).
    #[prop_or(true)]
    pub animate: bool,
}

/// The whole instrument for one model: chart, controls, metrics, map, details and ranking.
#[component]
pub fn Explorer(props: &ExplorerProps) -> Html {
    let model = props.model.clone();
    // Read once: the model is swapped when the details file arrives (same nodes), and the link's notices must stay.
    let from_url = {
        let model = model.clone();
        use_state(move || Rc::new(browser::scenario_from_url(&model)))
    };
    let scenario = {
        let initial = from_url.0.clone();
        use_reducer(move || ScenarioState(Rc::new(initial)))
    };
    let derived = use_memo((model.clone(), scenario.0.clone()), |(model, scenario)| derive(model, scenario));
    let ranking: Rc<Vec<Blast>> = use_memo((model.clone(), scenario.0.backups.clone()), |(model, _)| {
        blast_radius(model, &scenario.0.backup_indices(model))
    });
    let layout: Rc<Layout> = use_memo(model.clone(), |model| layered(model));
    let cascade = use_cascade(derived.clone(), props.animate);
    let notices_dismissed = use_state(|| false);
    let viewport = use_viewport_width();

    use_effect_with(scenario.0.clone(), |scenario| {
        if let Err(message) = browser::write_url(scenario) {
            browser::warn(&message);
        }
        browser::set_document_lang(scenario.lang);
    });

    let onswitch: Callback<Action> = scenario.dispatcher().into();
    let current = scenario.0.clone();
    let lang = current.lang;
    let text = texts(lang);
    let ondismiss = {
        let notices_dismissed = notices_dismissed.clone();
        Callback::from(move |_| notices_dismissed.set(true))
    };
    let problems = if *notices_dismissed { Vec::new() } else { from_url.1.clone() };

    html! {
        <div class="app">
            <Header model={model.clone()} {lang} onswitch={onswitch.clone()} />
            <Notices {problems} {lang} {ondismiss} />
            <TextsStatus {lang} notice=true />
            <div class="instrument">
                if !model.market.is_empty() {
                    <section class="panel chart-panel" aria-labelledby="chart-heading">
                        <h2 id="chart-heading">{ text.chart_heading }</h2>
                        <p class="hint">{ text.chart_intro }</p>
                        <ShareChart model={model.clone()} scenario={current.clone()} width={viewport} onswitch={onswitch.clone()} />
                    </section>
                }
                <section class="panel switch-panel" aria-labelledby="switches-heading">
                    <SearchBox model={model.clone()} {lang} onswitch={onswitch.clone()} />
                    <ReplayPicker model={model.clone()} incident={current.incident.clone()} {lang} onswitch={onswitch.clone()} />
                    <h2 id="switches-heading">{ text.switches_heading }</h2>
                    <p class="hint">{ text.switches_intro }</p>
                    <SwitchPanel model={model.clone()} scenario={current.clone()} derived={derived.clone()} onswitch={onswitch.clone()} />
                </section>
            </div>
            <StatusBar scenario={current.clone()} derived={derived.clone()} />
            <Metrics model={model.clone()} scenario={current.clone()} derived={derived.clone()} onswitch={onswitch.clone()} />
            <ReplayPanel model={model.clone()} scenario={current.clone()} derived={derived.clone()} onswitch={onswitch.clone()} />
            <section class="panel map-panel" aria-labelledby="map-heading">
                <h2 id="map-heading">{ text.map_heading }</h2>
                <p class="hint">{ text.map_intro }</p>
                <DetailsPanel model={model.clone()} scenario={current.clone()} derived={derived.clone()} onswitch={onswitch.clone()} />
                if model.node_count() > LARGE {
                    <CanvasMap model={model.clone()} {layout} derived={derived.clone()} scenario={current.clone()}
                        {cascade} {viewport} onswitch={onswitch.clone()} />
                } else {
                    <DependencyMap model={model.clone()} {layout} derived={derived.clone()} scenario={current.clone()}
                        {cascade} {viewport} onswitch={onswitch.clone()} />
                }
                <Legend {lang} />
            </section>
            <BlastRanking model={model.clone()} {ranking} scenario={current} onswitch={onswitch} />
            <DataCredit model={model.clone()} {lang} />
        </div>
    }
}
