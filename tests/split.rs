//! Component tests in headless Chromium of the first load in two files (issue 19's weight): while the details file
//! loads, every place a citation goes says the sources are loading (never an empty title or a stand-in); when the
//! details fail, it says why; once joined, the citations show. They mount the real `Explorer` on the core of a small
//! data file split by the model, under the context the root provides.

#![cfg(target_arch = "wasm32")]
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::rc::Rc;

use cloudfall::app::Explorer;
use cloudfall::{ModelRef, TextsState};
use cloudfall_model::split::{load_core, split};
use cloudfall_model::validate::parse_file;
use gloo::utils::document;
use wasm_bindgen_test::*;
use web_sys::Element;
use yew::prelude::*;
use yew::scheduler;

wasm_bindgen_test_configure!(run_in_browser);

/// A market table (whose source stays in the core), a shop on a region, with its audience's source, two pieces of evidence and an incident with a cause and a source.
const DATA: &str = r#"{
  "dataset": {"id": "t", "version": "2.0.0", "as_of": "2026-11-25", "title": "t"},
  "market_shares": [{"period": "2025-Q2", "market": "Cloud", "analyst": "Synergy",
    "shares": [{"provider": "aws", "percent": 30}],
    "sources": [{"publisher": "Synergy Research Group", "title": "Q2 shares", "date": "2025-07"}]}],
  "nodes": [
    {"id": "aws", "kind": "provider", "name": "Amazon Web Services", "short_name": "AWS"},
    {"id": "aws/eu-west-3", "kind": "region", "name": "AWS Europe (Paris)"},
    {"id": "shop", "kind": "web_service", "name": "Shop", "category": "commerce", "description": "A shop.",
     "audience": {"millions": 12, "measure": "monthly users", "scope": "France",
                  "source": {"publisher": "Shop Inc", "title": "Annual report", "url": "https://example.org/r", "date": "2025-03"}}}
  ],
  "dependencies": [
    {"dependent": "shop", "depends_on": "aws/eu-west-3", "role": "hosting", "evidence": [
      {"kind": "documented", "publisher": "AWS", "title": "Shop case study", "url": "https://example.org/old", "date": "2024"},
      {"kind": "reported", "publisher": "Le Monde", "title": "Paris outage", "date": "2025-10-20", "incident": "aws-2025-10-20"}
    ]}
  ],
  "incidents": [
    {"id": "aws-2025-10-20", "name": "AWS Paris outage", "date": "2025-10-20", "cause_en": "A power cut.",
     "cause_fr": "Une coupure.", "failed": ["aws/eu-west-3"], "reported_affected": ["shop"],
     "sources": [{"publisher": "AWS Health", "title": "Post-event summary", "date": "2025-10-21"}]}
  ]
}"#;

#[derive(Properties, PartialEq)]
struct WithTextsProps {
    model: ModelRef,
    texts: TextsState,
}

/// The explorer under the texts context, as the root mounts it.
#[component]
fn WithTexts(props: &WithTextsProps) -> Html {
    html! {
        <ContextProvider<TextsState> context={props.texts.clone()}>
            <Explorer model={props.model.clone()} animate={false} />
        </ContextProvider<TextsState>>
    }
}

/// The core's model, as the app has it before the details arrive.
fn core_model() -> ModelRef {
    let parts = split(&parse_file(DATA).unwrap()).unwrap();
    let (core, _) = parts.to_json().unwrap();
    ModelRef(Rc::new(load_core(&core).unwrap()))
}

async fn mount(model: ModelRef, texts: TextsState, query: &str) -> Element {
    let window = web_sys::window().unwrap();
    let path = window.location().pathname().unwrap();
    window
        .history()
        .unwrap()
        .replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&format!("{path}{query}")))
        .unwrap();
    let root = document().create_element("div").unwrap();
    document().body().unwrap().append_child(&root).unwrap();
    yew::Renderer::<WithTexts>::with_root_and_props(root.clone(), WithTextsProps { model, texts }).render();
    scheduler::flush().await;
    root
}

fn text_of(root: &Element, selector: &str) -> String {
    root.query_selector(selector)
        .unwrap()
        .unwrap_or_else(|| panic!("nothing matches {selector}"))
        .text_content()
        .unwrap_or_default()
}

#[wasm_bindgen_test]
async fn while_the_details_load_every_citation_says_so_and_none_is_empty() {
    let root = mount(core_model(), TextsState::Loading, "?sel=shop").await;
    let details = text_of(&root, "[data-details=\"shop\"]");
    assert!(details.contains("Loading the sources…"), "{details}");
    let rest = details.replace("Loading the sources…", "");
    assert!(!rest.contains("— …") && !rest.contains("…,"), "no stand-in shows: {details}");
    assert_eq!(root.query_selector_all("[data-details=\"shop\"] q").unwrap().length(), 0, "no empty title quoted");
    assert!(details.contains("2024") && details.contains("2025-03"), "the dates are in the core: {details}");
    let chart = text_of(&root, ".chart-panel");
    assert!(
        chart.contains("Synergy Research Group") && !chart.contains("Loading the sources"),
        "the chart's sources are in the core: {chart}"
    );
}

#[wasm_bindgen_test]
async fn the_replay_says_its_texts_are_loading_in_french_too() {
    let root = mount(core_model(), TextsState::Loading, "?incident=aws-2025-10-20&lang=fr").await;
    let replay = text_of(&root, ".replay-panel");
    assert!(replay.contains("Chargement des sources…"), "{replay}");
    assert!(!replay.contains("Une coupure."), "{replay}");
}

#[wasm_bindgen_test]
async fn when_the_details_fail_the_citations_say_why() {
    let why = "The data file data/x.json could not be loaded (the server answered 404).";
    let root = mount(core_model(), TextsState::Failed(why.into()), "?sel=shop").await;
    let details = text_of(&root, "[data-details=\"shop\"]");
    assert!(details.contains("sources not loaded, 2024"), "each citation says it in a few words: {details}");
    assert_eq!(root.query_selector_all("[role=alert].texts-status").unwrap().length(), 1, "said once with why");
    let alert = text_of(&root, "[role=alert].texts-status");
    assert!(alert.contains("The sources could not be loaded") && alert.contains("404"), "{alert}");
}

#[wasm_bindgen_test]
async fn once_joined_the_citations_and_texts_show() {
    let model = ModelRef(Rc::new(cloudfall_model::load(DATA).unwrap()));
    let root = mount(model, TextsState::Ready, "?sel=shop").await;
    let details = text_of(&root, "[data-details=\"shop\"]");
    assert!(details.contains("Shop case study") && details.contains("Shop Inc"), "{details}");
    assert!(!details.contains("Loading the sources"), "{details}");
}
