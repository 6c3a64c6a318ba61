//! Component tests in headless Chromium: mount the real app on the shipped data, click like a reader, and read the
//! DOM contract (`data-switch-id`, `data-node-id`, `data-state`, `role=status`). No sleeps: `yew::scheduler::flush`
//! waits for the renders to settle, and the cascade is not animated here.

#![cfg(target_arch = "wasm32")]
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, clippy::indexing_slicing)]

use std::rc::Rc;

use cloudfall::app::{Explorer, ExplorerProps};
use cloudfall::ModelRef;
use gloo::utils::document;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement, HtmlInputElement, HtmlSelectElement};
use yew::scheduler;

wasm_bindgen_test_configure!(run_in_browser);

const SHIPPED: &str = include_str!("../static/data/cloudfall.json");

fn model() -> ModelRef {
    ModelRef(Rc::new(cloudfall_model::load(SHIPPED).unwrap()))
}

async fn mount() -> Element {
    mount_at("").await
}

/// Mounts the explorer as a fresh load of the page with `query` in its address.
async fn mount_at(query: &str) -> Element {
    let path = web_sys::window().unwrap().location().pathname().unwrap();
    let _ = web_sys::window().unwrap().history().unwrap().replace_state_with_url(
        &wasm_bindgen::JsValue::NULL,
        "",
        Some(&format!("{path}{query}")),
    );
    let root = document().create_element("div").unwrap();
    document().body().unwrap().append_child(&root).unwrap();
    yew::Renderer::<Explorer>::with_root_and_props(
        root.clone(),
        ExplorerProps {
            model: model(),
            animate: false,
            loaded: None,
            onload: Default::default(),
            onrestore: Default::default(),
            older: false,
        },
    )
    .render();
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
    rendered().await;
}

/// A click on an SVG element, which has no `click()` of its own.
async fn click_svg(root: &Element, selector: &str) {
    find(root, selector).dispatch_event(&web_sys::MouseEvent::new("click").unwrap()).unwrap();
    rendered().await;
}

/// Resolves once the app has rendered what the last event changed everywhere: the map in the event's own render, and
/// after a change of switches alone, the panels around it in the render after the next frame (`use_map_first`: a
/// frame callback, then a task), which a frame callback and a task queued now follow.
async fn rendered() {
    scheduler::flush().await;
    after_paint().await;
    scheduler::flush().await;
}

async fn choose(root: &Element, selector: &str, value: &str) {
    let select = find(root, selector).dyn_into::<HtmlSelectElement>().unwrap();
    select.set_value(value);
    select.dispatch_event(&web_sys::Event::new("change").unwrap()).unwrap();
    rendered().await;
}

/// The page's query once the app has written it: the app writes the address after the frame that shows a change
/// (`browser::write_url_after_paint`: a frame callback, then a task), so a frame callback and a task queued after the
/// render run after that write.
async fn address() -> String {
    after_paint().await;
    web_sys::window().unwrap().location().search().unwrap()
}

/// A frame callback, then a task: the order the app uses for what waits for a paint.
async fn after_paint() {
    let after = js_sys::Promise::new(&mut |resolve, _| {
        let task = wasm_bindgen::closure::Closure::once_into_js(move || {
            let _ = web_sys::window().unwrap().set_timeout_with_callback(resolve.unchecked_ref());
        });
        web_sys::window().unwrap().request_animation_frame(task.unchecked_ref()).unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(after).await.unwrap();
}

fn status_text(root: &Element) -> String {
    find(root, "[role=status]").text_content().unwrap()
}

#[wasm_bindgen_test]
async fn switching_off_dynamodb_darkens_fortnite_and_switching_it_on_again_restores_it() {
    let root = mount().await;
    let total = model().nodes_of_kind(cloudfall_model::NodeKind::WebService).count();
    assert_eq!(state_of(&root, "fortnite"), "up");
    assert!(status_text(&root).contains(&format!("All {total} web services")), "{}", status_text(&root));

    click(&root, "[data-switch-id=\"aws/us-east-1/dynamodb\"]").await;
    assert_eq!(state_of(&root, "fortnite"), "down");
    assert_eq!(state_of(&root, "aws/us-east-1/ec2"), "degraded");
    assert_eq!(state_of(&root, "aws"), "up");
    let switch = find(&root, "[data-switch-id=\"aws/us-east-1/dynamodb\"]");
    assert_eq!(switch.get_attribute("aria-checked").as_deref(), Some("false"));
    let down: usize = find(&root, ".summary").get_attribute("data-down").unwrap().parse().unwrap();
    assert!(down >= 40, "{}", status_text(&root));
    assert!(status_text(&root).starts_with(&format!("{down} of {total} web services down")), "{}", status_text(&root));
    assert!(address().await.contains("off=aws/us-east-1/dynamodb"));

    click(&root, "[data-switch-id=\"aws/us-east-1/dynamodb\"]").await;
    assert_eq!(state_of(&root, "fortnite"), "up");
    assert_eq!(switch.get_attribute("aria-checked").as_deref(), Some("true"));
    root.remove();
}

#[wasm_bindgen_test]
async fn clicking_a_map_node_opens_its_details_with_evidence_and_a_switch() {
    let root = mount().await;
    click_svg(&root, "[data-node-id=\"snapchat\"]").await;
    let details = find(&root, "[data-details=\"snapchat\"]");
    let text = details.text_content().unwrap();
    assert!(text.contains("Google Cloud"), "{text}");
    assert!(
        details.query_selector("a[target=_blank][rel~=noopener]").unwrap().is_some(),
        "evidence links open a new tab"
    );
    assert!(address().await.contains("sel=snapchat"));

    click_svg(&root, "[data-node-id=\"google\"]").await;
    click(&root, "[data-action=toggle-selected]").await;
    assert_eq!(state_of(&root, "google"), "down");
    assert_eq!(state_of(&root, "snapchat"), "down");
    click_svg(&root, "[data-node-id=\"snapchat\"]").await;
    let why = find(&root, "[data-why=\"snapchat\"]").text_content().unwrap();
    assert!(why.contains("Snapchat") && why.contains("Google Cloud"), "{why}");
    click(&root, "[data-action=reset]").await;
    assert_eq!(state_of(&root, "snapchat"), "up");
    root.remove();
}

/// Issue 19: a switch's click writes each darkened box's `data-state`, `data-certainty` and title words on the boxes
/// already drawn, and restyles none: no class written on any box but the one switched (`is-off`), nothing inserted but
/// a box's how mark, no part of a box touched. (No rule reads `data-state`: `tests/palette.rs`.)
#[wasm_bindgen_test]
async fn a_switch_writes_the_state_of_the_boxes_it_darkens_and_restyles_none() {
    use std::cell::RefCell;
    use wasm_bindgen::closure::Closure;
    let root = mount().await;
    // The page settled: its first frame drawn (the labels fitted in its callback).
    rendered().await;
    let nodes = find(&root, ".dependency-map .nodes");
    let records: Rc<RefCell<Vec<web_sys::MutationRecord>>> = Rc::default();
    let callback = Closure::<dyn FnMut(js_sys::Array)>::new({
        let records = records.clone();
        move |list: js_sys::Array| records.borrow_mut().extend(list.iter().map(|record| record.unchecked_into()))
    });
    let observer = web_sys::MutationObserver::new(callback.as_ref().unchecked_ref()).unwrap();
    let options = web_sys::MutationObserverInit::new();
    options.set_attributes(true);
    options.set_child_list(true);
    options.set_character_data(true);
    options.set_subtree(true);
    observer.observe_with_options(&nodes, &options).unwrap();
    click(&root, "[data-switch-id=\"aws\"]").await;
    observer.disconnect();
    assert_eq!(state_of(&root, "snapchat"), "down");
    let records = records.borrow();
    let the_box = |node: web_sys::Node| node.dyn_into::<Element>().unwrap().closest("[data-node-id]").unwrap().unwrap();
    let mut darkened = 0;
    for record in records.iter() {
        let target = record.target().unwrap();
        match record.type_().as_str() {
            "attributes" => {
                let name = record.attribute_name().unwrap();
                let element = target.dyn_into::<Element>().unwrap();
                let id = element.get_attribute("data-node-id");
                assert!(id.is_some(), "{name} written on a part of a box: {}", element.outer_html());
                if name == "data-state" {
                    darkened += 1;
                } else if name != "data-certainty" {
                    assert_eq!(id.as_deref(), Some("aws"), "{name} written on a box the click only darkens");
                }
            }
            // The words of a box's `<title>`, its accessible name.
            "characterData" => {
                let parent = target.parent_element().unwrap();
                assert_eq!(parent.tag_name(), "title", "text changed in a box: {}", the_box(target).outer_html());
            }
            // A box's how mark ("~" at risk), added or taken away.
            _ => {
                let added = record.added_nodes();
                let removed = record.removed_nodes();
                for node in (0..added.length())
                    .filter_map(|i| added.item(i))
                    .chain((0..removed.length()).filter_map(|i| removed.item(i)))
                {
                    let class = node
                        .dyn_ref::<Element>()
                        .and_then(|element| element.get_attribute("class"))
                        .unwrap_or_default();
                    assert!(class.starts_with("node-icon"), "a box's part inserted or removed: {class:?}");
                }
            }
        }
    }
    assert!(darkened >= 100, "only {darkened} boxes changed state");
    root.remove();
}

#[wasm_bindgen_test]
async fn every_map_node_has_an_accessible_name_with_its_state() {
    let root = mount().await;
    let nodes = root.query_selector_all("[data-node-id]").unwrap();
    assert_eq!(nodes.length() as usize, model().node_count());
    let model = model();
    for i in 0..nodes.length() {
        let node = nodes.item(i).unwrap().dyn_into::<Element>().unwrap();
        // Its `<title>`: the tooltip, and the name Chromium gives the button (checked end to end).
        let label = find(&node, "title").text_content().unwrap();
        let id = cloudfall_model::NodeId::new(node.get_attribute("data-node-id").unwrap());
        let index = model.lookup(&id).unwrap();
        // A web service with no public dependency is unknown, never silently "up".
        let unknown = model.node(index).kind == cloudfall_model::NodeKind::WebService && !model.has_dependencies(index);
        assert!(label.ends_with(if unknown { ", unknown" } else { ", up" }), "{label}");
    }
    root.remove();
}

#[wasm_bindgen_test]
async fn every_map_node_says_in_its_accessible_name_the_words_it_shows() {
    let root = mount().await;
    let nodes = root.query_selector_all("[data-node-id]").unwrap();
    for i in 0..nodes.length() {
        let node = nodes.item(i).unwrap().dyn_into::<Element>().unwrap();
        // The box's accessible name is its `<title>` (Chromium's name for it is checked end to end).
        let label = find(&node, "title").text_content().unwrap();
        let shown = find(&node, ".node-label").text_content().unwrap();
        assert!(cloudfall_model::label::says(&label, &shown), "{label:?} does not say {shown:?}");
    }
    root.remove();
}

#[wasm_bindgen_test]
async fn the_search_box_is_a_combobox_expanded_only_while_it_shows_suggestions() {
    let root = mount().await;
    let input = find(&root, "#cf-search").dyn_into::<HtmlInputElement>().unwrap();
    assert_eq!(input.get_attribute("role").as_deref(), Some("combobox"));
    assert_eq!(input.get_attribute("aria-expanded").as_deref(), Some("false"));
    assert_eq!(input.get_attribute("aria-controls").as_deref(), Some("cf-search-results"));
    input.set_value("dynamo");
    input.dispatch_event(&web_sys::InputEvent::new("input").unwrap()).unwrap();
    scheduler::flush().await;
    assert_eq!(input.get_attribute("aria-expanded").as_deref(), Some("true"));
    assert!(root.query_selector("#cf-search-results [role=option]").unwrap().is_some());
    root.remove();
}

#[wasm_bindgen_test]
async fn the_chart_bar_of_aws_switches_aws_off_and_the_history_view_draws_lines() {
    let root = mount().await;
    click_svg(&root, "[data-share-id=\"aws\"]").await;
    assert_eq!(state_of(&root, "aws"), "down");
    assert_eq!(state_of(&root, "airbnb"), "down");
    assert_eq!(find(&root, "[data-switch-id=\"aws\"]").get_attribute("aria-checked").as_deref(), Some("false"));
    click(&root, "[data-action=reset]").await;

    choose(&root, "[data-control=period]", "2019-Q4").await;
    assert_eq!(find(&root, ".share-chart").get_attribute("data-period").as_deref(), Some("2019-Q4"));
    click(&root, "[data-chart-view=history]").await;
    let history = find(&root, "[data-view=history]");
    assert!(history.query_selector("svg polyline").unwrap().is_some());
    assert!(history.text_content().unwrap().contains("2017"));
    click(&root, "[data-chart-view=shares]").await;
    root.remove();
}

#[wasm_bindgen_test]
async fn a_hypothetical_backup_keeps_netflix_degraded_but_not_fortnite_whose_sign_in_stays_on_aws() {
    let root = mount().await;
    for service in ["netflix", "fortnite"] {
        click_svg(&root, &format!("[data-node-id=\"{service}\"]")).await;
        choose(&root, "[data-control=backup]", "google").await;
        click(&root, "[data-action=add-backup]").await;
    }
    assert!(find(&root, ".whatif-banner").text_content().unwrap().contains("Hypothetical"));
    assert!(address().await.contains("backup=fortnite:google,netflix:google"));
    click(&root, "[data-switch-id=\"aws\"]").await;
    assert_eq!(state_of(&root, "netflix"), "degraded");
    // A backup cloud does not replace a supplier: Epic Online Services still runs on AWS.
    assert_eq!(state_of(&root, "fortnite"), "down");
    assert_eq!(state_of(&root, "pinterest"), "down");
    click(&root, "[data-action=reset]").await;
    assert!(root.query_selector(".whatif-banner").unwrap().is_none());
    root.remove();
}

#[wasm_bindgen_test]
async fn replaying_an_incident_switches_off_what_failed_and_compares_with_reports() {
    let root = mount().await;
    choose(&root, "[data-control=incident]", "aws-2025-10-20").await;
    assert_eq!(state_of(&root, "aws/us-east-1/dynamodb"), "down");
    let panel = find(&root, "[data-incident=\"aws-2025-10-20\"]");
    let misses = find(&panel, "[data-replay=misses]").text_content().unwrap();
    assert!(misses.contains("Roblox"), "{misses}");
    assert!(misses.contains("runs on Amazon Web Services"), "{misses}");
    click(&root, "[data-action=reset]").await;
    assert!(root.query_selector("[data-incident]").unwrap().is_none());
    root.remove();
}

#[wasm_bindgen_test]
async fn the_search_box_finds_a_node_and_opens_its_details() {
    let root = mount().await;
    let input = find(&root, "#cf-search").dyn_into::<HtmlInputElement>().unwrap();
    input.set_value("dynamo");
    input.dispatch_event(&web_sys::InputEvent::new("input").unwrap()).unwrap();
    scheduler::flush().await;
    click(&root, "[data-search-result=\"aws/us-east-1/dynamodb\"]").await;
    assert!(find(&root, "[data-details=\"aws/us-east-1/dynamodb\"]").text_content().unwrap().contains("DynamoDB"));
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
        cloudfall::components::DataErrorProps {
            problems,
            lang: cloudfall_model::Lang::En,
            file: Some("class-data.json".into()),
        },
    )
    .render();
    scheduler::flush().await;
    let alert = find(&root, "[role=alert]").text_content().unwrap();
    // Where, in words (line, column and the path's steps), then what, in words a pupil follows.
    assert!(alert.contains("Line 1, column 41 (dataset \u{2192} as_of): \"someday\" is not a date"), "{alert}");
    assert!(alert.contains("class-data.json"), "{alert}");
    assert_eq!(
        find(&root, "[role=alert] a").get_attribute("href").as_deref(),
        Some("./"),
        "a way back to the built-in data"
    );
    assert!(root.query_selector("[data-node-id]").unwrap().is_none());
    root.remove();
}

#[wasm_bindgen_test]
async fn every_us_provider_switched_off_leaves_59_of_the_119_eu_services_standing_until_reset() {
    let root = mount().await;
    let us = "[data-jurisdiction=\"us\"]";
    assert_eq!(find(&root, us).get_attribute("aria-checked").as_deref(), Some("true"));
    assert!(root.query_selector("[data-metric=\"eu-standing\"]").unwrap().is_none(), "no figure while all is on");

    click(&root, us).await;
    assert_eq!(find(&root, us).get_attribute("aria-checked").as_deref(), Some("false"));
    assert_eq!(find(&root, "[data-jurisdiction=\"cn\"]").get_attribute("aria-checked").as_deref(), Some("true"));
    assert_eq!(state_of(&root, "stripe"), "down", "American suppliers go with the providers");
    assert_eq!(state_of(&root, "leboncoin"), "down");
    assert_eq!(state_of(&root, "lichess"), "up");
    let figure = find(&root, "[data-metric=\"eu-standing\"]");
    assert_eq!(figure.get_attribute("data-standing").as_deref(), Some("59"));
    assert_eq!(figure.get_attribute("data-total").as_deref(), Some("119"));
    assert!(status_text(&root).contains("59 of the 119 web services based in the EU"), "{}", status_text(&root));
    let search = address().await;
    assert!(search.contains("jurisdiction=us"), "{search}");

    click(&root, "[data-action=\"reset\"]").await;
    assert_eq!(find(&root, us).get_attribute("aria-checked").as_deref(), Some("true"));
    assert_eq!(state_of(&root, "stripe"), "up");
    assert!(root.query_selector("[data-metric=\"eu-standing\"]").unwrap().is_none());
}

#[wasm_bindgen_test]
fn after_a_crash_the_page_says_so_and_offers_a_way_back() {
    cloudfall::browser::show_crash(cloudfall::i18n::texts(cloudfall_model::Lang::Fr));
    let notice = document().query_selector(".crash[role=alert]").unwrap().expect("a crash notice");
    assert!(notice.text_content().unwrap().contains("Cloudfall s’est arrêté"));
    let link = notice.query_selector("a[href]").unwrap().expect("a way back");
    assert_eq!(link.text_content().unwrap(), "Recommencer depuis le début");
    notice.remove();
}

// The reader's own data file (issue 17): the file picker, checked by the validator, changing nothing when broken.

/// A file as the browser hands it to the page.
fn file_of(name: &str, text: &str) -> web_sys::File {
    let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(text));
    web_sys::File::new_with_str_sequence(&parts, name).unwrap()
}

/// Chooses `file` in the data loader's file picker, as a reader does.
fn choose_file(root: &Element, file: &web_sys::File) {
    let transfer = web_sys::DataTransfer::new().unwrap();
    transfer.items().add_with_file(file).unwrap();
    let input = find(root, "#data-file").dyn_into::<HtmlInputElement>().unwrap();
    input.set_files(Some(&transfer.files().unwrap()));
    input.dispatch_event(&web_sys::Event::new("change").unwrap()).unwrap();
}

/// Waits until `selector` matches in `root`: the file is read by a promise the scheduler does not wait for.
/// Each turn yields to the browser; the test fails after about five seconds rather than hanging.
async fn wait_for(root: &Element, selector: &str) -> Element {
    for _ in 0..500 {
        scheduler::flush().await;
        if let Some(found) = root.query_selector(selector).unwrap() {
            return found;
        }
        tick().await;
    }
    panic!("{selector} never appeared");
}

/// Yields to the browser for about 10 ms, so a file being read can finish.
async fn tick() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        web_sys::window().unwrap().set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 10).unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(promise).await.unwrap();
}

/// Mounts the explorer in French, recording the files it hands up.
async fn mount_with_loader(query: &str) -> (Element, Rc<std::cell::RefCell<Vec<usize>>>) {
    let path = web_sys::window().unwrap().location().pathname().unwrap();
    let _ = web_sys::window().unwrap().history().unwrap().replace_state_with_url(
        &wasm_bindgen::JsValue::NULL,
        "",
        Some(&format!("{path}{query}")),
    );
    let loaded = Rc::new(std::cell::RefCell::new(Vec::new()));
    let onload = {
        let loaded = loaded.clone();
        yew::Callback::from(move |file: cloudfall::components::LoadedFile| {
            loaded.borrow_mut().push(file.model.0.node_count())
        })
    };
    let root = document().create_element("div").unwrap();
    document().body().unwrap().append_child(&root).unwrap();
    let props = ExplorerProps {
        model: model(),
        animate: false,
        loaded: None,
        onload,
        onrestore: Default::default(),
        older: false,
    };
    yew::Renderer::<Explorer>::with_root_and_props(root.clone(), props).render();
    scheduler::flush().await;
    (root, loaded)
}

#[wasm_bindgen_test]
async fn a_broken_data_file_changes_nothing_and_lists_each_problem_where_it_is_in_french() {
    let (root, loaded) = mount_with_loader("?lang=fr").await;
    click(&root, "[data-switch-id=\"aws/us-east-1/dynamodb\"]").await;
    assert_eq!(state_of(&root, "fortnite"), "down");

    let broken = r#"{"dataset": {"id": "t", "version": "1", "as_of": "2025", "title": "t"},
  "nodes": [{"id": "a", "kind": "devine", "name": "A"}, {"id": "b", "kind": "provider", "name": 3}, {"id": "a", "kind": "provider", "name": "A"}]}"#;
    choose_file(&root, &file_of("classe.json", broken));
    let problems = wait_for(&root, "[data-loader-problems]").await;

    assert_eq!(problems.get_attribute("data-loader-problems").as_deref(), Some("2"), "every problem, not the first");
    let text = problems.text_content().unwrap();
    assert!(text.contains("« classe.json » n'a pas été chargé"), "{text}");
    assert!(
        text.contains("« devine » n'est pas une sorte de boîte connue\u{a0}: écrivez provider, region, zone, cloud_service, supplier ou web_service."),
        "{text}"
    );
    assert!(text.contains("Ligne 2, colonne"), "each problem says where: {text}");
    assert!(text.contains("nodes → n° 1 → kind"), "{text}");
    assert!(text.contains("Il fallait ici un texte entre guillemets, pas le nombre 3."), "{text}");
    assert!(loaded.borrow().is_empty(), "a broken file is never handed up");
    assert_eq!(state_of(&root, "fortnite"), "down", "the reader's scenario stays");
}

#[wasm_bindgen_test]
async fn a_valid_data_file_is_handed_up_to_replace_the_data() {
    let (root, loaded) = mount_with_loader("").await;
    choose_file(&root, &file_of("template.json", include_str!("../static/data/template.json")));
    for _ in 0..500 {
        if !loaded.borrow().is_empty() {
            break;
        }
        tick().await;
    }
    assert_eq!(*loaded.borrow(), [9], "the template's nine boxes");
    assert!(root.query_selector("[data-loader-problems]").unwrap().is_none());
}

#[wasm_bindgen_test]
async fn the_story_reveals_a_prediction_only_after_it_is_locked_in_and_announces_the_score() {
    let root = mount().await;
    click(&root, "[data-story-start]").await;
    click(&root, "[data-guess=snapchat]").await;
    click(&root, "[data-guess=netflix]").await;
    assert_eq!(find(&root, "[data-guess=snapchat]").get_attribute("aria-pressed").as_deref(), Some("true"));
    assert!(root.query_selector("[data-reveal]").unwrap().is_none(), "nothing revealed before the prediction is in");
    assert_eq!(state_of(&root, "snapchat"), "up");
    assert_eq!(find(&root, "[data-story-status]").text_content().unwrap(), "");
    click(&root, "[data-story-act]").await;
    assert_eq!(state_of(&root, "snapchat"), "down");
    let hit = |id: &str| find(&root, &format!("[data-reveal-id=\"{id}\"]")).get_attribute("data-hit").unwrap();
    assert_eq!(
        (hit("snapchat"), hit("netflix"), hit("fortnite"), hit("doctolib")),
        ("true".into(), "false".into(), "false".into(), "true".into())
    );
    assert_eq!(find(&root, "[data-story-status]").text_content().unwrap(), "Done. 3 of 6 right.");
    click(&root, "[data-story-reset]").await;
    assert_eq!(state_of(&root, "snapchat"), "up", "starting the step again switches DynamoDB back on");
    assert!(root.query_selector("[data-reveal]").unwrap().is_none());
}

#[wasm_bindgen_test]
async fn an_embedded_replay_tells_its_story_and_a_service_opens_its_chain_in_place() {
    let root = mount_at("?incident=aws-2025-10-20&embed=1").await;
    assert!(root.query_selector("[data-node-id]").unwrap().is_none(), "the story view draws no map");
    assert!(find(&root, "[data-story=off]").text_content().unwrap().contains("DynamoDB"));
    let down: usize = find(&root, ".story [role=status]").get_attribute("data-down").unwrap().parse().unwrap();
    assert!(down >= 30, "{down} services down in the replay");
    let first = find(&root, "[data-story-service]");
    let id = first.get_attribute("data-story-service").unwrap();
    click(&root, "[data-story-service]").await;
    assert_eq!(find(&root, "[data-story-service]").get_attribute("aria-expanded").as_deref(), Some("true"));
    find(&root, &format!(".story-service-item [data-why=\"{id}\"]"));
    click(&root, "[data-action=see-map]").await;
    find(&root, "[data-node-id=\"fortnite\"]");
}

/// A button, appended to the page, that can take the focus.
fn button(id: &str) -> HtmlElement {
    let element: HtmlElement = document().create_element("button").unwrap().dyn_into().unwrap();
    element.set_id(id);
    document().body().unwrap().append_child(&element).unwrap();
    element
}

fn focused_id() -> String {
    document().active_element().map(|element| element.id()).unwrap_or_default()
}

#[wasm_bindgen_test]
fn a_focus_asked_for_lands_once_its_target_is_drawn_unless_the_reader_moved_the_focus_since() {
    use cloudfall::browser::{apply_pending_focus, focus_after_render};
    // The reader presses a box; its details are drawn after: the focus lands on them.
    let pressed = button("cf-pressed");
    pressed.focus().unwrap();
    focus_after_render("#cf-target");
    assert_eq!(focused_id(), "cf-pressed", "nothing to focus yet");
    let target = button("cf-target");
    apply_pending_focus();
    assert_eq!(focused_id(), "cf-target");
    target.remove();

    // The reader presses, then moves to another control before the target is drawn: the focus stays theirs.
    pressed.focus().unwrap();
    focus_after_render("#cf-target");
    let elsewhere = button("cf-elsewhere");
    elsewhere.focus().unwrap();
    let target = button("cf-target");
    apply_pending_focus();
    assert_eq!(focused_id(), "cf-elsewhere");
    // ...and the request is gone, not kept for a later render.
    pressed.focus().unwrap();
    apply_pending_focus();
    assert_eq!(focused_id(), "cf-pressed");

    // The pressed control vanished with the render (the focus fell to the body): the focus still lands.
    focus_after_render("#cf-later");
    pressed.remove();
    let later = button("cf-later");
    apply_pending_focus();
    assert_eq!(focused_id(), "cf-later");
    for element in [target, elsewhere, later] {
        element.remove();
    }
}
