//! The root: loads the model once, holds the one `Scenario` in a reducer, memoises the model's `derive` of it,
//! and does the side effects (URL, `<html lang>`) in one place each. It holds no rule of the model.

use std::rc::Rc;

use cloudfall_model::layout::{layered, Layout};
use cloudfall_model::outage::{blast_radius, Blast};
use cloudfall_model::scenario::{HiddenNames, Page};
use cloudfall_model::validate::ProblemKind;
use cloudfall_model::{load, split, Action, Problem};
use yew::prelude::*;

use crate::components::ExportPanel;
use crate::components::{
    BlastRanking, CanvasMap, CascadeControls, DataError, DataLoader, DependencyMap, DependencyTree, DetailsPanel,
    EmbedHeader, Glossary, Header, Legend, LiveSentence, LoadedFile, Metrics, Notices, PinnedNote, ReplayPanel,
    ReplayPicker, SearchBox, ServiceTable, ShareChart, ShareDialog, SkipLink, StatusBar, StoryView, SwitchPanel,
    ThemeSwitch, LARGE,
};
use crate::components::{ChallengePanel, StoryPanel};
use crate::components::{DataCredit, TextsStatus};
use crate::components::{ScreenSummary, VerbositySwitch};
use crate::hooks::{
    use_cascade, use_embed_height, use_hand_over, use_link_scenario, use_map_first, use_viewport_width, LinkScenario,
};
use crate::i18n::texts;
use crate::{browser, ModelRef, TextsState, CORE_URL, STORY_URL};
use cloudfall_model::embed::{Versions, View, VERSIONS_URL};

/// Where the data stands while the app starts.
#[derive(Clone, PartialEq)]
pub(crate) enum Loading {
    Pending,
    /// The model, whether its citations and long texts are in it yet, and whether it is an earlier data version
    /// than the site's current one (a pinned link).
    Loaded(ModelRef, TextsState, bool),
    /// The problems, and the file when it is not the built-in one.
    Failed(Vec<Problem>, Option<String>),
}

/// A data file of the reader's shown instead of the loaded data, and how many times the data shown has changed
/// (the explorer is built afresh for each, its scenario read again from the URL).
#[derive(Default, PartialEq)]
struct Shown {
    file: Option<LoadedFile>,
    generation: u32,
}

/// What changes the data shown: a reader's file, or back to the data the page loaded.
enum ShowAction {
    File(LoadedFile),
    Loaded,
}

impl Reducible for Shown {
    type Action = ShowAction;

    fn reduce(self: Rc<Self>, action: ShowAction) -> Rc<Self> {
        let generation = self.generation.wrapping_add(1);
        Rc::new(match action {
            ShowAction::File(file) => Shown { file: Some(file), generation },
            ShowAction::Loaded => Shown { file: None, generation },
        })
    }
}

/// Downloads and checks the data the page's link asks for (a reader's `?data=`, a pinned `v=`, or the shipped core
/// then its details), and holds where that stands. The full app's; the story binary has `use_story_loading`.
#[hook]
pub(crate) fn use_loading() -> UseStateHandle<Loading> {
    let loading = use_state(|| Loading::Pending);
    {
        let loading = loading.clone();
        use_effect_with((), move |_| {
            wasm_bindgen_futures::spawn_local(async move {
                let custom = browser::data_source();
                // A link pinned to an earlier data version (`v=1.0.0`) loads that version's own full file, when the
                // site ships it; `data=` wins over `v=`.
                let pinned = match (&custom, browser::version_asked()) {
                    (None, Some(asked)) => browser::fetch_text(VERSIONS_URL)
                        .await
                        .ok()
                        .and_then(|text| Versions::parse(&text).ok())
                        .and_then(|versions| versions.pinned_file(&asked)),
                    _ => None,
                };
                match (custom, pinned) {
                    (Some(custom), _) => load_full(loading, custom, false).await,
                    (None, Some(pinned)) => load_full(loading, pinned, true).await,
                    (None, None) => load_split(loading).await,
                }
            });
        });
    }
    loading
}

/// Downloads and checks the data, then shows the explorer, or the data's problems in words.
#[component]
pub fn App() -> Html {
    let loading = use_loading();
    let shown = use_reducer(Shown::default);
    loading_view(&loading, |model, texts, older| {
        let dispatcher: Callback<ShowAction> = shown.dispatcher().into();
        let onload = dispatcher.reform(ShowAction::File);
        let onrestore = dispatcher.reform(|()| ShowAction::Loaded);
        let (model, loaded, older, texts) = match &shown.file {
            Some(file) => (file.model.clone(), Some(file.name.clone()), false, TextsState::Ready),
            None => (model.clone(), None, older, texts.clone()),
        };
        html! {
            <ContextProvider<TextsState> context={texts}>
                <Explorer key={shown.generation} {model} {loaded} {onload} {onrestore} {older} />
            </ContextProvider<TextsState>>
        }
    })
}

/// What every binary shows while its data loads (a status line) or when it failed (the problems in words), and
/// `loaded`'s view once the model is there, with whether its texts are in and whether it is an earlier version.
pub(crate) fn loading_view(loading: &Loading, loaded: impl FnOnce(&ModelRef, &TextsState, bool) -> Html) -> Html {
    match loading {
        Loading::Pending => html! {
            <p class="loading" role="status">{ crate::i18n::story_texts(browser::lang_from_url()).loading }</p>
        },
        Loading::Loaded(model, texts, older) => loaded(model, texts, *older),
        Loading::Failed(problems, file) => html! {
            <DataError problems={problems.clone()} lang={browser::lang_from_url()} file={file.clone().map(AttrValue::from)} />
        },
    }
}

/// A data file the URL names (`?data=`, or an earlier version a link pins with `v=`): one full file, texts
/// included. A pinned version's failure names no reader's file.
async fn load_full(loading: UseStateHandle<Loading>, source: String, older: bool) {
    let loaded = match browser::fetch_text(&source).await {
        Ok(text) => load(&text).map(|model| ModelRef(Rc::new(model))),
        Err(detail) => Err(vec![Problem::whole_file(ProblemKind::Unreadable { detail })]),
    };
    loading.set(match loaded {
        Ok(model) => Loading::Loaded(model, TextsState::Ready, older),
        Err(problems) => Loading::Failed(problems, (!older).then_some(source)),
    });
}

/// The embed's story binary's data: the story core alone (`data/cloudfall.story.json`, the core without the market
/// tables), checked as strictly as the core. Its citations and the market tables are never shown in the story ("open
/// the full explorer" loads them), and a reader's `data=` or an earlier version's `v=` start the full app instead
/// (`static/boot.js`), so this future holds no other loader: the story binary links none (issue 16's weight: -13 KB
/// gzip against sharing `use_loading`, whose one future keeps every branch's code).
#[hook]
pub(crate) fn use_story_loading() -> UseStateHandle<Loading> {
    let loading = use_state(|| Loading::Pending);
    {
        let loading = loading.clone();
        use_effect_with((), move |_| wasm_bindgen_futures::spawn_local(load_story(loading)));
    }
    loading
}

async fn load_story(loading: UseStateHandle<Loading>) {
    let loaded = match browser::fetch_text(STORY_URL).await {
        Ok(text) => split::load_story(&text).map(|model| ModelRef(Rc::new(model))),
        Err(detail) => Err(vec![Problem::whole_file(ProblemKind::Unreadable { detail })]),
    };
    loading.set(match loaded {
        Ok(model) => Loading::Loaded(model, TextsState::Ready, false),
        Err(problems) => Loading::Failed(problems, None),
    });
}

/// The shipped data in two steps (issue 19's weight): the core, checked as strictly as a full file, paints the
/// map; then the details file it names is fetched and joined, and the explorer gets the full model (same nodes,
/// same scenario). If the details fail, the map stays and the citations say why.
async fn load_split(loading: UseStateHandle<Loading>) {
    let core = match browser::fetch_text(CORE_URL).await {
        Ok(text) => text,
        Err(detail) => {
            return loading.set(Loading::Failed(vec![Problem::whole_file(ProblemKind::Unreadable { detail })], None))
        }
    };
    let model = match split::load_core(&core) {
        Ok(model) => ModelRef(Rc::new(model)),
        Err(problems) => return loading.set(Loading::Failed(problems, None)),
    };
    let details_url = format!("data/{}", model.info.details.as_deref().unwrap_or_default());
    loading.set(Loading::Loaded(model.clone(), TextsState::Loading, false));
    // The details are downloaded, read and joined only once the first map has painted (their join reads the core again
    // and rebuilds the model), so the first map's download is the app and the core alone.
    browser::after_next_paint().await;
    let joined = match browser::fetch_text(&details_url).await {
        Ok(text) => split::load_details(&core, &text).map_err(|problems| {
            let first = problems.first().map(ToString::to_string).unwrap_or_default();
            format!("{details_url} does not match the data ({} problem(s); first: {first}).", problems.len())
        }),
        Err(message) => Err(message),
    };
    loading.set(match joined {
        Ok(full) => Loading::Loaded(ModelRef(Rc::new(full)), TextsState::Ready, false),
        Err(message) => {
            browser::warn(&message);
            Loading::Loaded(model, TextsState::Failed(message.into()), false)
        }
    });
}

#[derive(Properties, PartialEq)]
pub struct ExplorerProps {
    pub model: ModelRef,
    /// Whether the cascade is animated (it never is for readers who prefer reduced motion).
    #[prop_or(true)]
    pub animate: bool,
    /// The name of the reader's own data file, when it is the one shown.
    #[prop_or_default]
    pub loaded: Option<AttrValue>,
    /// A valid data file of the reader's, to show instead.
    #[prop_or_default]
    pub onload: Callback<LoadedFile>,
    /// Back to the data the page loaded.
    #[prop_or_default]
    pub onrestore: Callback<()>,
    /// The data is an earlier version than the site's current one, pinned by the link (`v=`).
    #[prop_or_default]
    pub older: bool,
}

/// The whole instrument for one model: chart, controls, metrics, map, details and ranking.
#[component]
pub fn Explorer(props: &ExplorerProps) -> Html {
    let model = props.model.clone();
    let LinkScenario { from_url, scenario, derived } = use_link_scenario(&model);
    let ranking: Rc<Vec<Blast>> = use_memo((model.clone(), scenario.0.backups.clone()), |(model, _)| {
        blast_radius(model, &scenario.0.backup_indices(model))
    });
    let layout: Rc<Layout> = use_memo(model.clone(), |model| layered(model));
    // "Wave by wave": the cascade waits for the reader's "next wave" (view state of this visit only).
    let stepping = use_state(|| false);
    // Short or long announcements after a switch: a preference of this browser (localStorage), not view state.
    let short_announcements = use_state(browser::short_announcements);
    let onverbosity = {
        let short_announcements = short_announcements.clone();
        Callback::from(move |short: bool| short_announcements.set(short))
    };
    let (cascade, onnext) = use_cascade(derived.clone(), props.animate, *stepping);
    let onstepping = {
        let stepping = stepping.clone();
        Callback::from(move |on: bool| stepping.set(on))
    };
    let notices_dismissed = use_state(|| false);
    let viewport = use_viewport_width();

    use_effect_with(scenario.0.clone(), |scenario| {
        browser::write_url_after_paint(scenario);
        browser::set_document_lang(scenario.lang);
        // An embed's link sets its theme (`theme=`); otherwise the reader's own choice (the theme switch, kept in
        // this browser) applies, on every page: the teacher's page has no switch of its own but follows it.
        browser::apply_link_theme(scenario.presentation.theme());
        browser::set_projector(scenario.class.projector);
        browser::set_document_title(texts(scenario.lang).page_title);
    });
    // In an embed, a node's details open beside its box on the map, where the reader tapped.
    use_effect_with((scenario.0.selected.clone(), scenario.0.presentation.embed), |(selected, embedded)| {
        if let (Some(id), true) = (selected, *embedded) {
            browser::place_details_beside(id);
        }
    });
    // Inside an iframe, the host page hears the content's height (Pym.js, Datawrapper, AMP); elsewhere nothing.
    use_embed_height(true, AttrValue::from(scenario.0.presentation.child_id().to_string()));
    // After every render: a focus a key asked for (details opened, a link followed) lands once its target exists.
    use_effect(browser::apply_pending_focus);

    let current = scenario.0.clone();
    // The teacher's page is a binary of its own (issue 19's weight, `teacher_app`): its button opens its link as a
    // page, where the boot script starts that binary. Every other action is the explorer's.
    let onswitch =
        use_hand_over(&scenario, |action| matches!(action, Action::SetPage(Page::Teacher)), browser::open_page);
    // The map paints a switch's change in the click's frame; the panels around it follow in the next (issue 19).
    let (panel, panel_derived) = use_map_first(current.clone(), derived.clone());
    let lang = current.lang;
    let text = texts(lang);
    let ondismiss = {
        let notices_dismissed = notices_dismissed.clone();
        Callback::from(move |_| notices_dismissed.set(true))
    };
    let problems = if *notices_dismissed { Vec::new() } else { from_url.1.clone() };
    // Projector mode (`projector=1`, a teacher's class link) thickens the map's strokes too.
    let projector = current.class.projector;
    // Classroom (issue 17): a teacher's link can ask for projector mode and hide parts of the map (classes on the
    // root, styled in the CSS).
    let class_link = &current.class;
    let root = classes!(
        "app",
        class_link.projector.then_some("projector"),
        current.hides_edges().then_some("hide-edges"),
        class_link.hide_labels.then_some("hide-labels"),
    );

    let presentation = &current.presentation;
    let (view, embedded) = (presentation.view(), presentation.embed);
    // Issue 17, requirements 7 and 9: whose names are hidden (`hide=labels`, the mystery challenge) and whether the
    // numbers are (`hide=values`): the views that would give them away are left out, with a sentence saying why.
    let hidden = derived.hidden_names;
    let values_hidden = class_link.hide_values;
    let chart = html! {
        if values_hidden {
            <p class="panel hint" data-hidden-chart="">{ crate::i18n::class_texts(lang).values_hidden }</p>
        } else if !model.market.is_empty() {
            <section class="panel chart-panel" aria-labelledby="chart-heading">
                <h2 id="chart-heading">{ text.chart_heading }</h2>
                <p class="hint">{ text.chart_intro }</p>
                <ShareChart model={model.clone()} scenario={panel.clone()} width={viewport} onswitch={onswitch.clone()} />
            </section>
        }
    };
    let switches = html! {
        <section class="panel switch-panel" aria-labelledby="switches-heading">
            if hidden != HiddenNames::All {
                <SearchBox model={model.clone()} {lang} onswitch={onswitch.clone()} {hidden} />
            }
            if !hidden.any() {
                <ReplayPicker model={model.clone()} incident={panel.incident.clone()} {lang} onswitch={onswitch.clone()} />
            }
            <h2 id="switches-heading">{ text.switches_heading }</h2>
            <p class="hint">{ text.switches_intro }</p>
            <SwitchPanel model={model.clone()} scenario={panel.clone()} derived={panel_derived.clone()} onswitch={onswitch.clone()} />
        </section>
    };
    // The result sits right after the controls (beside them on wide screens), where the reader looks after a switch.
    let result = html! {
        <>
            <Metrics model={model.clone()} scenario={panel.clone()} derived={panel_derived.clone()} onswitch={onswitch.clone()} />
            <LiveSentence model={model.clone()} scenario={panel.clone()} derived={panel_derived.clone()}
                short={*short_announcements || current.class.hide_labels} />
        </>
    };
    let map = html! {
        <section class="panel map-panel" aria-labelledby="map-heading">
            <h2 id="map-heading">{ text.map_heading }</h2>
            <p class="hint">{ text.map_intro }</p>
            <ScreenSummary model={model.clone()} scenario={panel.clone()} derived={panel_derived.clone()} />
            <CascadeControls {lang} cascade={cascade.clone()} stepping={*stepping} {onstepping} {onnext}
                model={model.clone()} derived={derived.clone()} hide_names={class_link.hide_labels} />
            <DetailsPanel model={model.clone()} scenario={panel.clone()} derived={panel_derived.clone()} onswitch={onswitch.clone()} />
            if model.node_count() > LARGE {
                <CanvasMap model={model.clone()} {layout} derived={derived.clone()} scenario={current.clone()}
                    {cascade} {viewport} onswitch={onswitch.clone()} />
            } else {
                <DependencyMap model={model.clone()} {layout} derived={derived.clone()} scenario={current.clone()}
                    {cascade} {viewport} onswitch={onswitch.clone()} {projector} />
            }
            <Legend {lang} />
            <Glossary {lang} />
        </section>
    };
    let replay = html! {
        // The replay lists the services its outage took down, by name.
        if !hidden.any() && !values_hidden {
            <ReplayPanel model={model.clone()} scenario={panel.clone()} derived={panel_derived.clone()} onswitch={onswitch.clone()} />
        }
    };
    let shown = match view {
        // The story view lists services by name, with counts: while a class hides either, the map view instead.
        View::Story if hidden.any() || values_hidden => html! { <>{ switches }{ result }{ map }</> },
        View::Story => html! {
            <StoryView model={model.clone()} scenario={panel.clone()} derived={panel_derived.clone()} onswitch={onswitch.clone()} />
        },
        View::Chart => html! { <div class="instrument chart-only">{ chart }{ result }</div> },
        View::Map => html! { <>{ switches }{ result }{ replay }{ map }</> },
        View::Full => html! {
            <>
                <StoryPanel model={model.clone()} scenario={panel.clone()} derived={panel_derived.clone()} onswitch={onswitch.clone()} />
                <ChallengePanel model={model.clone()} scenario={panel.clone()} onswitch={onswitch.clone()} {hidden} />
                <div class="instrument">{ switches }{ result }{ chart }</div>
                if !values_hidden {
                    <StatusBar scenario={panel.clone()} derived={panel_derived.clone()} />
                }
                { replay }
                { map }
                // A teacher's `hide=edges|labels`: the tree (which shows the links) and the table (the names) would
                // give the hidden information away, so they are left out of the page, with a sentence saying why.
                if current.hides_edges() || hidden.any() {
                    <p class="panel hint" data-hidden-views="">{ crate::i18n::class_texts(lang).hidden_views }</p>
                } else {
                    <DependencyTree model={model.clone()} scenario={panel.clone()} derived={panel_derived.clone()} onswitch={onswitch.clone()} />
                    <ServiceTable model={model.clone()} scenario={panel.clone()} derived={panel_derived.clone()} />
                }
                // The ranking counts what each switch darkens: numbers a `hide=values` class predicts.
                if !values_hidden {
                    <BlastRanking model={model.clone()} {ranking} scenario={panel.clone()} onswitch={onswitch.clone()} />
                }
                // Issue 16, export: downloads with their context, and the printed page's summary.
                // Its files and printed summary name every service and count them: not while a class hides either.
                if !hidden.any() && !values_hidden {
                    <ExportPanel model={model.clone()} scenario={panel.clone()} derived={panel_derived.clone()} />
                }
                <DataCredit model={model.clone()} {lang} />
                <DataLoader {lang} loaded={props.loaded.clone()} nodes={model.node_count()}
                    onload={props.onload.clone()} onrestore={props.onrestore.clone()} />
            </>
        },
    };
    // `static=1`: a picture of the scenario; nothing inside can be clicked or focused.
    let inert = !presentation.interactive();
    let info = &model.info;
    html! {
        <div class={classes!(root, embedded.then_some("is-embedded"))} data-page-view={view.code()}>
            if embedded {
                <EmbedHeader model={model.clone()} scenario={panel.clone()} onswitch={onswitch.clone()} />
            } else {
                <SkipLink {lang} />
                <Header model={model.clone()} {lang} onswitch={onswitch.clone()} />
                <div class="site-tools">
                    <ThemeSwitch {lang} link={current.presentation.theme()} />
                    <VerbositySwitch {lang} short={*short_announcements} onchange={onverbosity} />
                    <ShareDialog model={model.clone()} scenario={panel.clone()} />
                </div>
            }
            <Notices {problems} {lang} {ondismiss} />
            <TextsStatus {lang} notice=true />
            if props.older { <PinnedNote model={model.clone()} scenario={panel.clone()} /> }
            <div class="view" {inert}>{ shown }</div>
            if embedded && !presentation.plain {
                <p class="credits">
                    { (text.credits)(&info.version, &info.as_of, info.licence.as_ref().map(|licence| licence.name.as_str())) }
                </p>
            }
        </div>
    }
}
