//! Component tests in headless Chromium: mount the real app, click like a reader, and read the DOM contract
//! (`data-switch-id`, `data-node-id`, `data-state`, `role=status`). No sleeps: `yew::scheduler::flush` waits for
//! the renders to settle.

#![cfg(target_arch = "wasm32")]
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::rc::Rc;

use cloudfall::app::Explorer;
use cloudfall::{ModelRef, DEFAULT_DATA};
use gloo::utils::document;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement};
use yew::scheduler;

wasm_bindgen_test_configure!(run_in_browser);

async fn mount() -> Element {
    let root = document().create_element("div").unwrap();
    document().body().unwrap().append_child(&root).unwrap();
    let model = ModelRef(Rc::new(cloudfall_model::load(DEFAULT_DATA).unwrap()));
    yew::Renderer::<Explorer>::with_root_and_props(root.clone(), cloudfall::app::ExplorerProps { model }).render();
    scheduler::flush().await;
    root
}

fn find(root: &Element, selector: &str) -> Element {
    root.query_selector(selector).unwrap().unwrap_or_else(|| panic!("nothing matches {selector}"))
}

fn state_of(root: &Element, id: &str) -> String {
    find(root, &format!("[data-node-id=\"{id}\"]")).get_attribute("data-state").unwrap()
}

async fn click(root: &Element, selector: &str) {
    find(root, selector).dyn_into::<HtmlElement>().unwrap().click();
    scheduler::flush().await;
}

fn status_text(root: &Element) -> String {
    find(root, "[role=status]").text_content().unwrap()
}

#[wasm_bindgen_test]
async fn switching_off_dynamodb_darkens_fortnite_and_switching_it_on_again_restores_it() {
    let root = mount().await;
    assert_eq!(state_of(&root, "fortnite"), "up");
    assert!(status_text(&root).contains("All 7 web services"), "{}", status_text(&root));

    click(&root, "[data-switch-id=\"aws/us-east-1/dynamodb\"]").await;
    assert_eq!(state_of(&root, "fortnite"), "down");
    assert_eq!(state_of(&root, "aws/us-east-1/ec2"), "degraded");
    assert_eq!(state_of(&root, "aws"), "up");
    let switch = find(&root, "[data-switch-id=\"aws/us-east-1/dynamodb\"]");
    assert_eq!(switch.get_attribute("aria-pressed").as_deref(), Some("true"));
    assert!(status_text(&root).starts_with("7 of 7 web services are down"), "{}", status_text(&root));
    assert!(web_sys::window().unwrap().location().search().unwrap().contains("off=aws/us-east-1/dynamodb"));

    click(&root, "[data-switch-id=\"aws/us-east-1/dynamodb\"]").await;
    assert_eq!(state_of(&root, "fortnite"), "up");
    assert_eq!(switch.get_attribute("aria-pressed").as_deref(), Some("false"));
    root.remove();
}

#[wasm_bindgen_test]
async fn switching_off_google_from_the_map_darkens_snapchat_only() {
    let root = mount().await;
    let google = find(&root, "[data-node-id=\"google\"]");
    let event = web_sys::MouseEvent::new("click").unwrap();
    google.dispatch_event(&event).unwrap();
    scheduler::flush().await;
    assert_eq!(state_of(&root, "snapchat"), "down");
    assert_eq!(state_of(&root, "airbnb"), "up");
    assert!(status_text(&root).starts_with("1 of 7 web services are down: Snapchat"), "{}", status_text(&root));
    click(&root, "[data-action=reset]").await;
    assert_eq!(state_of(&root, "snapchat"), "up");
    root.remove();
}

#[wasm_bindgen_test]
async fn every_map_node_has_an_accessible_name_with_its_state() {
    let root = mount().await;
    let nodes = root.query_selector_all("[data-node-id]").unwrap();
    assert_eq!(nodes.length(), 15);
    for i in 0..nodes.length() {
        let node = nodes.item(i).unwrap().dyn_into::<Element>().unwrap();
        let label = node.get_attribute("aria-label").unwrap();
        let state = node.get_attribute("data-state").unwrap();
        assert!(label.ends_with(", up"), "{label} / {state}");
    }
    root.remove();
}

#[wasm_bindgen_test]
async fn the_chart_bar_of_aws_switches_aws_off() {
    let root = mount().await;
    let bar = find(&root, "[data-share-id=\"aws\"]");
    bar.dispatch_event(&web_sys::MouseEvent::new("click").unwrap()).unwrap();
    scheduler::flush().await;
    assert_eq!(state_of(&root, "aws"), "down");
    assert_eq!(state_of(&root, "instagram"), "down");
    assert_eq!(find(&root, "[data-switch-id=\"aws\"]").get_attribute("aria-pressed").as_deref(), Some("true"));
    click(&root, "[data-action=reset]").await;
    root.remove();
}

#[wasm_bindgen_test]
async fn bad_data_shows_every_problem_in_words_instead_of_a_half_loaded_map() {
    let problems = cloudfall_model::load(
        r#"{"dataset": {"id": "x", "version": "1", "as_of": "someday", "title": "x"}, "nodes": []}"#,
    )
    .err()
    .unwrap();
    let root = document().create_element("div").unwrap();
    document().body().unwrap().append_child(&root).unwrap();
    yew::Renderer::<cloudfall::components::DataError>::with_root_and_props(
        root.clone(),
        cloudfall::components::DataErrorProps { problems },
    )
    .render();
    scheduler::flush().await;
    let alert = find(&root, "[role=alert]").text_content().unwrap();
    assert!(alert.contains("dataset.as_of: \"someday\" is not a date"), "{alert}");
    assert!(root.query_selector("[data-node-id]").unwrap().is_none());
    root.remove();
}
