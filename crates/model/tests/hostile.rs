//! Hostile and broken data files, one per kind of bad input, each refused with a precise problem (where and what)
//! and never a panic; and a fixed budget of random files and random mutations of the shipped file (a fuzz run that
//! `make test` can afford), which must never panic either.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, clippy::indexing_slicing)]

use cloudfall_model::validate::MAX_FILE_BYTES;
use cloudfall_model::{load, load_bytes, propagate, Model, NodeId, Scenario};
use proptest::prelude::*;

const SHIPPED: &str = include_str!("../../../static/data/cloudfall.json");
const HEAD: &str = r#""dataset": {"id": "t", "version": "1", "as_of": "2025-11-01", "title": "t"}"#;

/// The problems `json` has, one per line.
fn problems(json: &str) -> String {
    match load(json) {
        Ok(_) => "ok".to_string(),
        Err(problems) => problems.iter().map(ToString::to_string).collect::<Vec<_>>().join("\n"),
    }
}

/// A file with a provider and a web service depending on it, with `evidence_url` as the evidence's link and `name`
/// as the provider's name.
fn file(name: &str, evidence_url: &str) -> String {
    format!(
        r#"{{{HEAD}, "nodes": [{{"id": "p", "kind": "provider", "name": {}}},
            {{"id": "s", "kind": "web_service", "name": "S"}}],
          "dependencies": [{{"dependent": "s", "depends_on": "p", "role": "hosting",
            "evidence": [{{"kind": "documented", "publisher": "P", "title": "T", "date": "2024", "url": {}}}]}}]}}"#,
        serde_json::to_string(name).unwrap(),
        serde_json::to_string(evidence_url).unwrap()
    )
}

fn expect(json: &str, expected: &str) {
    let found = problems(json);
    assert!(found.contains(expected), "expected a problem saying {expected:?}, got:\n{found}");
}

#[test]
fn a_script_link_is_refused() {
    expect(
        &file("P", "javascript:alert(document.domain)"),
        "dependencies[0].evidence[0].url: \"javascript:alert(document.domain)\" is not a web address",
    );
}

#[test]
fn a_data_link_and_a_relative_link_are_refused() {
    expect(&file("P", "data:text/html,<script>alert(1)</script>"), "is not a web address");
    expect(&file("P", "/etc/passwd"), "is not a web address");
    expect(&file("P", "https://"), "is not a web address");
    assert_eq!(problems(&file("P", "https://example.org/a?b#c")), "ok");
}

#[test]
fn markup_in_a_name_is_only_text_but_a_bidirectional_override_is_refused() {
    // Markup stays text: the app renders names as text, never as HTML.
    assert_eq!(problems(&file("<img src=x onerror=alert(1)>", "https://example.org")), "ok");
    expect(
        &file("<img src=x onerror=alert(1)>\u{202E}gnp.exe", "https://example.org"),
        "nodes[0].name: the text contains an invisible control character (U+202E)",
    );
    expect(&file("P\u{0007}", "https://example.org"), "U+0007");
}

#[test]
fn an_empty_file_and_a_file_that_is_not_an_object_say_so() {
    expect("", "The file is not valid Cloudfall data (line 1, column 0)");
    expect("[]", "it must be one JSON object with a dataset and nodes");
    expect("null", "it must be one JSON object");
}

#[test]
fn deep_nesting_is_refused_with_its_place_not_a_stack_overflow() {
    let deep = format!(r#"{{{HEAD}, "nodes": {}1{}}}"#, "[".repeat(5000), "]".repeat(5000));
    expect(&deep, "nodes[0][0]: invalid type: sequence");
    let deep_section = format!(r#"{{{HEAD}, "nodes": [], "extra": {}1{}}}"#, "[".repeat(100_000), "]".repeat(100_000));
    expect(&deep_section, "\"extra\" is not a section of Cloudfall data");
}

#[test]
fn text_that_is_not_utf8_is_located() {
    let mut bytes = br#"{"dataset": {"id": "t""#.to_vec();
    bytes.extend([0xff, 0xfe]);
    let found = load_bytes(&bytes).err().unwrap();
    assert_eq!(found[0].message(), "The file is not UTF-8 text (line 1, column 23, byte 23): save it as UTF-8");
}

#[test]
fn a_file_over_the_limit_is_refused_before_parsing() {
    let huge = " ".repeat(MAX_FILE_BYTES + 1);
    expect(&huge, "Cloudfall reads data files of up to 100 MB");
}

#[test]
fn impossible_shares_are_refused() {
    let table = |percent: &str| {
        format!(
            r#"{{{HEAD}, "nodes": [{{"id": "p", "kind": "provider", "name": "P"}}],
              "market_shares": [{{"period": "2025-Q1", "market": "m", "analyst": "a",
                "sources": [{{"publisher": "p", "title": "t", "date": "2025"}}],
                "shares": [{{"provider": "p", "percent": {percent}}}]}}]}}"#
        )
    };
    expect(&table("-5"), "market_shares[0].shares[0].percent: -5 is not a percentage between 0 and 100");
    expect(&table("140"), "140 is not a percentage between 0 and 100");
    expect(&table("1e999"), "market_shares[0]");
}

#[test]
fn duplicate_and_dangling_ids_are_named() {
    let json = format!(
        r#"{{{HEAD}, "nodes": [{{"id": "p", "kind": "provider", "name": "P"}}, {{"id": "p", "kind": "provider", "name": "Q"}}],
          "dependencies": [{{"dependent": "ghost", "depends_on": "p", "role": "hosting",
            "evidence": [{{"kind": "documented", "publisher": "P", "title": "T", "date": "2024"}}]}}]}}"#
    );
    expect(&json, "nodes[1].id: the id \"p\" is used twice");
    expect(&json, "dependencies[0].dependent: there is no node with the id \"ghost\"");
}

#[test]
fn a_cycle_of_dependencies_loads_and_propagates() {
    let json = format!(
        r#"{{{HEAD}, "nodes": [{{"id": "a", "kind": "web_service", "name": "A"}}, {{"id": "b", "kind": "web_service", "name": "B"}},
            {{"id": "p", "kind": "provider", "name": "P"}}],
          "dependencies": [
            {{"dependent": "a", "depends_on": "b", "role": "hosting", "evidence": [{{"kind": "documented", "publisher": "P", "title": "T", "date": "2024"}}]}},
            {{"dependent": "b", "depends_on": "a", "role": "hosting", "evidence": [{{"kind": "documented", "publisher": "P", "title": "T", "date": "2024"}}]}},
            {{"dependent": "a", "depends_on": "p", "role": "hosting", "evidence": [{{"kind": "documented", "publisher": "P", "title": "T", "date": "2024"}}]}}]}}"#
    );
    let model = load(&json).unwrap();
    let outcome = propagate(&model, &[model.lookup(&NodeId::new("p")).unwrap()]);
    assert!(outcome.state(model.lookup(&NodeId::new("b")).unwrap()).is_dark());
}

/// The catalogue as files (`tests/hostile/`): one file per kind of bad input, with the message `expected.tsv` gives
/// for it, or "valid" for a file whose hostile text must load and stay text. The end-to-end test loads the same
/// files in the browser.
#[test]
fn every_file_of_the_catalogue_gets_its_message_and_every_file_is_listed() {
    let directory = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/hostile");
    let table = std::fs::read_to_string(directory.join("expected.tsv")).unwrap();
    let rows: Vec<(&str, &str)> = table
        .lines()
        .filter(|line| !line.starts_with('#') && !line.trim().is_empty())
        .map(|line| line.split_once('\t').unwrap_or_else(|| panic!("no tab in {line:?}")))
        .collect();
    let mut files: Vec<String> = std::fs::read_dir(&directory)
        .unwrap()
        .map(|entry| entry.unwrap().file_name().into_string().unwrap())
        .filter(|name| name.ends_with(".json"))
        .collect();
    files.sort();
    let mut listed: Vec<String> = rows.iter().map(|(file, _)| file.to_string()).collect();
    listed.sort();
    assert_eq!(files, listed, "each file of the catalogue has one row, and each row a file");
    for (file, expected) in rows {
        let bytes = std::fs::read(directory.join(file)).unwrap();
        let found = match load_bytes(&bytes) {
            Ok(_) => "valid".to_string(),
            Err(problems) => problems.iter().map(ToString::to_string).collect::<Vec<_>>().join("\n"),
        };
        if expected == "valid" {
            assert_eq!(found, "valid", "{file} must load");
        } else {
            assert!(found.contains(expected), "{file}: expected a problem saying {expected:?}, got:\n{found}");
        }
    }
}

#[test]
fn the_template_readers_download_is_valid_and_small() {
    let template = include_str!("../../../static/data/template.json");
    let model = load(template).unwrap();
    assert!(template.len() < 8_000, "small enough to read: {} bytes", template.len());
    assert_eq!(model.node_count(), 9);
}

/// How many random cases each fuzz test runs: 64 in `make test`, `FUZZ_CASES` when set (`make fuzz`).
fn fuzz_cases() -> u32 {
    std::env::var("FUZZ_CASES").ok().and_then(|cases| cases.parse().ok()).unwrap_or(64)
}

/// The fuzz corpus checked in: every file of the catalogue (`tests/hostile/*.json`, the bad inputs of issue 18, some
/// of them large) and the shipped data, read once; the mutation fuzz starts from each.
fn corpus() -> &'static [Vec<u8>] {
    static CORPUS: std::sync::OnceLock<Vec<Vec<u8>>> = std::sync::OnceLock::new();
    CORPUS.get_or_init(|| {
        let directory = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/hostile");
        let mut names: Vec<std::path::PathBuf> = std::fs::read_dir(&directory)
            .unwrap()
            .map(|entry| entry.unwrap().path())
            .filter(|path| path.extension().is_some_and(|extension| extension == "json"))
            .collect();
        names.sort();
        let mut files: Vec<Vec<u8>> = names.iter().map(|path| std::fs::read(path).unwrap()).collect();
        // Files of a megabyte or more would make each case slow without finding more: the catalogue's bad inputs
        // are small, and the large ones (a file over the size limit) are refused before parsing anyway.
        files.retain(|bytes| bytes.len() < 1_000_000);
        files.push(SHIPPED.as_bytes().to_vec());
        files
    })
}

/// The shipped data's story core, as `cloudfall split` writes it, made once.
fn story_core() -> &'static str {
    static STORY: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    STORY.get_or_init(|| {
        let full = cloudfall_model::validate::parse_file(SHIPPED).unwrap();
        cloudfall_model::split::split(&full).unwrap().story_json().unwrap()
    })
}

/// The shipped model, loaded once for all the URL cases.
fn shipped() -> &'static Model {
    static MODEL: std::sync::OnceLock<Model> = std::sync::OnceLock::new();
    MODEL.get_or_init(|| load(SHIPPED).unwrap())
}

/// Pieces a crafted link is made of: the codec's own keys and values, the shipped ids, and hostile text.
fn query_piece() -> impl Strategy<Value = String> {
    prop_oneof![
        Just("off=".to_string()),
        Just("jurisdiction=".to_string()),
        Just("backup=".to_string()),
        Just("sel=".to_string()),
        Just("incident=".to_string()),
        Just("period=".to_string()),
        Just("certainty=".to_string()),
        Just("lang=".to_string()),
        Just("data=".to_string()),
        Just("chart=history".to_string()),
        Just("aws/us-east-1".to_string()),
        Just("fortnite".to_string()),
        Just("&".to_string()),
        Just(",".to_string()),
        Just(":".to_string()),
        Just("%".to_string()),
        Just("%2C".to_string()),
        Just("javascript:alert(1)".to_string()),
        Just("<script>".to_string()),
        ".{0,12}",
    ]
}

proptest! {
    // A fixed budget that `make test` can afford; `make fuzz` raises it through FUZZ_CASES.
    #![proptest_config(ProptestConfig::with_cases(fuzz_cases()))]

    #[test]
    fn crafted_links_never_panic_and_what_is_kept_survives_a_round_trip(pieces in prop::collection::vec(query_piece(), 0..24)) {
        let model = shipped();
        let query = format!("?{}", pieces.concat());
        let (scenario, _) = Scenario::from_query(&query, model);
        // What the codec kept, written and read again, is the same scenario and raises no problem.
        let (again, problems) = Scenario::from_query(&scenario.to_query(), model);
        prop_assert_eq!(&again, &scenario);
        prop_assert!(problems.is_empty(), "{:?} from {}", problems, scenario.to_query());
        // And what it switches off propagates.
        let _ = cloudfall_model::derive(model, &scenario);
    }

    #[test]
    fn random_bytes_never_panic(bytes in prop::collection::vec(any::<u8>(), 0..400)) {
        let _ = load_bytes(&bytes);
        // The embed's story core reader too (issue 16: its own JSON reader, without serde).
        let _ = cloudfall_model::split::load_story(&String::from_utf8_lossy(&bytes));
    }

    #[test]
    fn random_mutations_of_every_file_of_the_corpus_never_panic_the_story_core_reader(
        which in any::<prop::sample::Index>(), at in any::<prop::sample::Index>(), len in 0usize..40,
        insert in prop::collection::vec(any::<u8>(), 0..12)
    ) {
        // The corpus, and the shipped story core (a core file: the one the story binary reads).
        let files = corpus();
        let pick = which.index(files.len() + 1);
        let mut bytes = files.get(pick).cloned().unwrap_or_else(|| story_core().as_bytes().to_vec());
        let start = if bytes.is_empty() { 0 } else { at.index(bytes.len()) };
        let end = (start + len).min(bytes.len());
        bytes.splice(start..end, insert);
        let text = String::from_utf8_lossy(&bytes);
        let _ = cloudfall_model::story_core::read(&text);
        if let Ok(model) = cloudfall_model::split::load_story(&text) {
            let first = model.nodes().next().map(|(index, _)| index);
            let _ = propagate(&model, &first.into_iter().collect::<Vec<_>>());
        }
    }

    #[test]
    fn random_mutations_of_every_file_of_the_corpus_never_panic(
        which in any::<prop::sample::Index>(), at in any::<prop::sample::Index>(), len in 0usize..40,
        insert in prop::collection::vec(any::<u8>(), 0..12)
    ) {
        let files = corpus();
        let mut bytes = files[which.index(files.len())].clone();
        let start = if bytes.is_empty() { 0 } else { at.index(bytes.len()) };
        let end = (start + len).min(bytes.len());
        bytes.splice(start..end, insert);
        if let Ok(model) = load_bytes(&bytes) {
            let first = model.nodes().next().map(|(index, _)| index);
            let _ = propagate(&model, &first.into_iter().collect::<Vec<_>>());
        }
    }

    #[test]
    fn random_mutations_of_the_shipped_file_never_panic(
        at in 0usize..SHIPPED.len(), len in 0usize..40, insert in prop::collection::vec(any::<u8>(), 0..12)
    ) {
        let mut bytes = SHIPPED.as_bytes().to_vec();
        let end = (at + len).min(bytes.len());
        bytes.splice(at..end, insert);
        if let Ok(model) = load_bytes(&bytes) {
            // A file that still loads still propagates.
            let first = model.nodes().next().map(|(index, _)| index);
            let _ = propagate(&model, &first.into_iter().collect::<Vec<_>>());
        }
    }
}
