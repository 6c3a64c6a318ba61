//! Component tests in headless Chromium of what the page shows of the data's provenance (issue 15): the copy a
//! source was read through, evidence marked dated in words with its age, each dependency's newest date, the hosting
//! note of a service linked to nothing, French data texts in French, and the licence and citation at the foot.
//! They mount the real `Explorer` on a small data file that has each of these, in both languages.

#![cfg(target_arch = "wasm32")]
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::rc::Rc;

use cloudfall::app::{Explorer, ExplorerProps};
use cloudfall::ModelRef;
use gloo::utils::document;
use wasm_bindgen_test::*;
use web_sys::Element;
use yew::scheduler;

wasm_bindgen_test_configure!(run_in_browser);

/// A region with a French name, a shop resting on it by an old source read through a copy and a recent one, and a
/// bank nobody documents; checked as of 2026-11-25, under a licence and with a citation.
const DATA: &str = r#"{
  "dataset": {"id": "t", "version": "2.0.0", "as_of": "2026-11-25", "title": "t",
    "licence": {"name": "CC BY 4.0", "url": "https://creativecommons.org/licenses/by/4.0/"},
    "citation": "Cloudfall contributors (2026). Cloudfall data 2.0.0."},
  "nodes": [
    {"id": "aws", "kind": "provider", "name": "Amazon Web Services", "short_name": "AWS"},
    {"id": "aws/eu-west-3", "kind": "region", "name": "AWS Europe (Paris)", "name_fr": "région AWS Europe (Paris)"},
    {"id": "shop", "kind": "web_service", "name": "Shop", "category": "commerce",
     "audience": {"millions": 12, "measure": "monthly users", "measure_fr": "utilisateurs par mois", "scope": "France",
                  "source": {"publisher": "Shop", "title": "Annual report", "url": "https://example.org/r", "date": "2025-03",
                             "via": "web.archive.org"}}},
    {"id": "bank", "kind": "web_service", "name": "Bank", "category": "banking",
     "hosting_note": "Its annual report names no cloud provider.",
     "hosting_note_fr": "Son rapport annuel ne nomme aucun fournisseur de cloud."}
  ],
  "dependencies": [
    {"dependent": "shop", "depends_on": "aws/eu-west-3", "role": "hosting", "evidence": [
      {"kind": "documented", "publisher": "AWS", "title": "Shop case study", "url": "https://example.org/old",
       "date": "2016", "via": "archive.org", "note": "\"Shop runs in Paris\"",
       "note_fr": "citation en anglais : \"Shop runs in Paris\""},
      {"kind": "documented", "publisher": "Shop", "title": "Engineering blog", "url": "https://example.org/new",
       "date": "2026-06-01"}
    ]}
  ]
}"#;

/// Mounts the explorer on `data` with `query` in the address, as a reader's link would give it.
async fn mount(data: &str, query: &str) -> Element {
    let window = web_sys::window().unwrap();
    let path = window.location().pathname().unwrap();
    window
        .history()
        .unwrap()
        .replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&format!("{path}{query}")))
        .unwrap();
    let model = ModelRef(Rc::new(cloudfall_model::load(data).unwrap()));
    let root = document().create_element("div").unwrap();
    document().body().unwrap().append_child(&root).unwrap();
    yew::Renderer::<Explorer>::with_root_and_props(
        root.clone(),
        ExplorerProps {
            model,
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

fn text_of(root: &Element, selector: &str) -> String {
    root.query_selector(selector)
        .unwrap()
        .unwrap_or_else(|| panic!("nothing matches {selector}"))
        .text_content()
        .unwrap_or_default()
}

#[wasm_bindgen_test]
async fn evidence_says_the_copy_it_was_read_through_and_that_it_is_dated_with_its_age() {
    let root = mount(DATA, "?sel=shop").await;
    let details = text_of(&root, "[data-details=\"shop\"]");
    assert!(details.contains("read through a copy: archive.org"), "{details}");
    assert_eq!(text_of(&root, "[data-details=\"shop\"] .evidence-dated[data-dated=\"10\"]"), "dated: 10 years old");
    assert_eq!(
        root.query_selector_all("[data-details=\"shop\"] .evidence-dated").unwrap().length(),
        1,
        "the 2026 source is not dated"
    );
    assert_eq!(root.query_selector_all("[data-details=\"shop\"] .evidence .source-via").unwrap().length(), 1);
    // The dependency shows the date of its newest evidence.
    let newest = text_of(&root, "[data-details=\"shop\"] .dependency-date[data-newest=\"2026-06-01\"]");
    assert!(newest.contains("newest evidence 2026-06-01"), "{newest}");
    assert!(details.contains("monthly users"), "{details}");
    // Any source read through a copy says so, the audience's too.
    let audience = text_of(&root, "[data-details=\"shop\"] .audience .source-via[data-via=\"web.archive.org\"]");
    assert_eq!(audience, " (read through a copy: web.archive.org)");
    assert!(details.contains("\"Shop runs in Paris\"") && !details.contains("citation en anglais"), "{details}");
    root.remove();
}

#[wasm_bindgen_test]
async fn the_french_interface_shows_the_french_name_note_measure_and_copy() {
    let root = mount(DATA, "?sel=shop&lang=fr").await;
    let details = text_of(&root, "[data-details=\"shop\"]");
    assert!(details.contains("région AWS Europe (Paris)"), "the French name of the region: {details}");
    assert!(details.contains("citation en anglais : \"Shop runs in Paris\""), "{details}");
    assert!(details.contains("utilisateurs par mois") && !details.contains("monthly users"), "{details}");
    assert!(details.contains("lu via une copie\u{a0}: archive.org"), "{details}");
    assert_eq!(text_of(&root, "[data-details=\"shop\"] .evidence-dated"), "ancienne\u{a0}: 10\u{a0}ans");
    assert!(details.contains("preuve la plus récente 2026-06-01"), "{details}");
    // The same name everywhere a node is named: the ranking of what takes services down, the switch's label.
    let ranking = text_of(&root, ".blast-panel");
    assert!(ranking.contains("région AWS Europe (Paris)"), "{ranking}");
    let switch = root.query_selector("[data-switch-id=\"aws/eu-west-3\"]").unwrap().unwrap();
    assert!(switch.get_attribute("title").unwrap_or_default().contains("région AWS Europe (Paris)"));
    assert_eq!(text_of(&root, "[data-switch-id=\"aws/eu-west-3\"] .switch-name"), "région AWS Europe (Paris)");
    root.remove();
}

#[wasm_bindgen_test]
async fn a_service_linked_to_nothing_says_what_was_looked_for_in_the_readers_language() {
    let root = mount(DATA, "?sel=bank").await;
    assert_eq!(
        text_of(&root, "[data-details=\"bank\"] [data-hosting-note]"),
        "How we know: Its annual report names no cloud provider."
    );
    root.remove();
    let root = mount(DATA, "?sel=bank&lang=fr").await;
    assert_eq!(
        text_of(&root, "[data-details=\"bank\"] [data-hosting-note]"),
        "Comment on le sait\u{a0}: Son rapport annuel ne nomme aucun fournisseur de cloud."
    );
    root.remove();
    let root = mount(DATA, "?sel=shop").await;
    assert!(root.query_selector("[data-hosting-note]").unwrap().is_none(), "a service with dependencies needs no note");
    root.remove();
}

#[wasm_bindgen_test]
async fn the_foot_of_the_page_gives_the_data_version_its_licence_link_and_citation_in_both_languages() {
    let root = mount(DATA, "").await;
    let footer = root.query_selector("footer.data-credit[data-version=\"2.0.0\"]").unwrap().unwrap();
    let link = footer.query_selector("[data-licence=\"CC BY 4.0\"] a[rel~=license]").unwrap().unwrap();
    assert_eq!(link.get_attribute("href").as_deref(), Some("https://creativecommons.org/licenses/by/4.0/"));
    let text = footer.text_content().unwrap();
    assert!(text.contains("Dataset 2.0.0, facts checked up to 2026-11-25."), "{text}");
    assert!(text.contains("Licence: CC BY 4.0"), "{text}");
    assert!(text.contains("Cite as: Cloudfall contributors (2026). Cloudfall data 2.0.0."), "{text}");
    root.remove();

    let root = mount(DATA, "?lang=fr").await;
    let text = text_of(&root, "footer.data-credit");
    assert!(
        text.contains("Licence\u{a0}: CC BY 4.0") && text.contains("Citer ainsi\u{a0}: Cloudfall contributors"),
        "{text}"
    );
    root.remove();

    let unlicensed =
        DATA.replace(r#""licence": {"name": "CC BY 4.0", "url": "https://creativecommons.org/licenses/by/4.0/"},"#, "");
    let root = mount(&unlicensed, "").await;
    let text = text_of(&root, "footer.data-credit");
    assert!(text.contains("This data file states no licence."), "{text}");
    assert!(root.query_selector("footer.data-credit a").unwrap().is_none());
    root.remove();
}
