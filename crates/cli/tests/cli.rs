//! The `cloudfall` command as people script it: exit codes, the stable JSON interface and quiet closed pipes.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, clippy::indexing_slicing)]

use std::io::Read;
use std::process::{Command, Stdio};

fn cloudfall(args: &[&str]) -> (i32, String) {
    let output = Command::new(env!("CARGO_BIN_EXE_cloudfall")).args(args).output().unwrap();
    let text = String::from_utf8_lossy(&output.stdout).into_owned() + &String::from_utf8_lossy(&output.stderr);
    (output.status.code().unwrap_or(-1), text)
}

#[test]
fn validate_accepts_the_shipped_data_and_lists_every_problem_of_a_bad_file() {
    let shipped = concat!(env!("CARGO_MANIFEST_DIR"), "/../../static/data/cloudfall.json");
    let (code, text) = cloudfall(&["validate", shipped]);
    assert_eq!(code, 0, "{text}");
    let bad = std::env::temp_dir().join(format!("cloudfall-bad-{}.json", std::process::id()));
    std::fs::write(
        &bad,
        r#"{"dataset": {"id": "t", "version": "1", "as_of": "2025", "title": "t"},
            "nodes": [{"id": "Shop", "kind": "web_service", "name": "Shop", "country": "France"}],
            "dependencies": [{"dependent": "Shop", "depends_on": "aws", "role": "hosting", "evidence": []}]}"#,
    )
    .unwrap();
    let (code, text) = cloudfall(&["validate", bad.to_str().unwrap()]);
    std::fs::remove_file(&bad).ok();
    assert_eq!(code, 1);
    assert!(text.contains("nodes[0].id: \"Shop\" is not a valid id"), "{text}");
    assert!(text.contains("nodes[0].country: \"France\" is not a country code"), "{text}");
    assert!(text.contains("dependencies[0].depends_on: there is no node with the id \"aws\""), "{text}");
    assert!(text.contains("dependencies[0].evidence: every dependency needs at least one piece of evidence"), "{text}");
}

#[test]
fn simulate_json_gives_every_node_and_the_affected_services() {
    let (code, text) = cloudfall(&["simulate", "--incident", "aws-2025-10-20", "--json"]);
    assert_eq!(code, 0, "{text}");
    let value: serde_json::Value = serde_json::from_str(&text).unwrap();
    let nodes = value["nodes"].as_array().unwrap();
    assert!(nodes.iter().all(|node| {
        ["id", "name", "kind", "state"].iter().all(|key| node[key].is_string())
            && ["up", "degraded", "down"].contains(&node["state"].as_str().unwrap())
    }));
    let dynamodb = nodes.iter().find(|node| node["id"] == "aws/us-east-1/dynamodb").unwrap();
    assert_eq!(dynamodb["state"], "down");
    let affected = value["affected"].as_array().unwrap();
    assert!(affected.iter().any(|service| service["id"] == "snapchat" && service["state"] == "down"));
    assert!(value["incident"]["misses"].as_array().unwrap().iter().any(|id| id == "snapchat"), "{value}");
}

#[test]
fn wrong_use_exits_with_2_and_says_why() {
    assert_eq!(cloudfall(&["simulate", "--off", "nowhere"]).0, 2);
    let (code, text) = cloudfall(&["simulate", "--incident", "nope"]);
    assert_eq!(code, 2);
    assert!(text.contains("there is no incident with the id \"nope\""), "{text}");
    assert_eq!(cloudfall(&["frobnicate"]).0, 2);
}

#[test]
fn validate_json_lists_each_problem_with_its_path() {
    let bad = std::env::temp_dir().join(format!("cloudfall-bad-json-{}.json", std::process::id()));
    std::fs::write(
        &bad,
        r#"{"dataset": {"id": "t", "version": "1", "as_of": "2025", "title": "t"},
            "nodes": [{"id": "shop", "kind": "web_service", "name": "Shop", "country": "France"}]}"#,
    )
    .unwrap();
    let (code, text) = cloudfall(&["validate", "--json", bad.to_str().unwrap()]);
    std::fs::remove_file(&bad).ok();
    assert_eq!(code, 1, "{text}");
    let value: serde_json::Value = serde_json::from_str(&text).unwrap();
    assert_eq!(value["valid"], false);
    assert_eq!(value["problems"][0]["path"], "nodes[0].country", "{value}");
    assert!(value["problems"][0]["message"].as_str().unwrap().contains("not a country code"), "{value}");

    let shipped = concat!(env!("CARGO_MANIFEST_DIR"), "/../../static/data/cloudfall.json");
    let (code, text) = cloudfall(&["validate", "--json", shipped]);
    assert_eq!(code, 0, "{text}");
    let value: serde_json::Value = serde_json::from_str(&text).unwrap();
    assert_eq!(value["valid"], true);
    assert!(value["nodes"].as_u64().unwrap() > 100 && value["problems"].as_array().unwrap().is_empty(), "{value}");
}

#[test]
fn replay_json_gives_every_incident_with_its_misses_explained() {
    let (code, text) = cloudfall(&["replay", "--json"]);
    assert_eq!(code, 0, "{text}");
    let value: serde_json::Value = serde_json::from_str(&text).unwrap();
    let incidents = value["incidents"].as_array().unwrap();
    let aws = incidents.iter().find(|incident| incident["id"] == "aws-2025-10-20").unwrap();
    let (hits, misses) = (aws["hits"].as_array().unwrap(), aws["misses"].as_array().unwrap());
    assert_eq!(aws["reported"].as_u64().unwrap() as usize, hits.len() + misses.len(), "{aws}");
    assert!(misses.iter().all(|miss| miss["id"].is_string() && !miss["why"].as_str().unwrap().is_empty()), "{aws}");
}

#[test]
fn a_data_file_with_problems_exits_with_1_and_help_exits_with_0() {
    let bad = std::env::temp_dir().join(format!("cloudfall-bad-data-{}.json", std::process::id()));
    std::fs::write(&bad, "{}").unwrap();
    let (code, text) = cloudfall(&["simulate", "--data", bad.to_str().unwrap(), "--off", "aws"]);
    std::fs::remove_file(&bad).ok();
    assert_eq!(code, 1, "{text}");
    assert!(text.contains("run `cloudfall validate` on it"), "{text}");
    let (code, text) = cloudfall(&["--help"]);
    assert_eq!(code, 0, "{text}");
    assert!(["validate", "simulate", "replay", "calibrate", "bench", "generate", "schema"]
        .iter()
        .all(|command| text.contains(command)));
    assert_eq!(cloudfall(&["simulate", "--backup", "fortnite"]).0, 2);
    assert_eq!(cloudfall(&["generate"]).0, 2);
}

#[test]
fn output_into_a_closed_pipe_ends_quietly() {
    let mut child = Command::new(env!("CARGO_BIN_EXE_cloudfall"))
        .args(["generate", "--nodes", "20000"])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut start = [0u8; 16];
    child.stdout.take().unwrap().read_exact(&mut start).unwrap();
    // Reading stopped and the pipe is closed, as `cloudfall generate | head -c 16` does.
    let output = child.wait_with_output().unwrap();
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(!stderr.contains("panicked"), "{stderr}");
    assert!(output.status.success(), "{:?} {stderr}", output.status);
}

#[test]
fn spof_json_names_each_single_point_of_failure_with_its_chain_and_weakest_evidence() {
    let (code, text) = cloudfall(&["spof", "fortnite", "--json"]);
    assert_eq!(code, 0, "{text}");
    let value: serde_json::Value = serde_json::from_str(&text).unwrap();
    assert_eq!(value["service"], "fortnite");
    assert!(value["smallest_set"].is_null(), "{value}");
    let points = value["points"].as_array().unwrap();
    let aws = points.iter().find(|point| point["id"] == "aws").unwrap();
    assert_eq!(aws["kind"], "provider");
    assert_eq!(aws["name"], "Amazon Web Services");
    assert_eq!(aws["chain"], serde_json::json!(["fortnite", "aws"]));
    assert_eq!(aws["weakest"], "documented");
    let dynamodb = points.iter().find(|point| point["id"] == "aws/us-east-1/dynamodb").unwrap();
    assert_eq!(dynamodb["weakest"], "reported");
}

#[test]
fn spof_gives_the_smallest_set_when_a_backup_removes_every_single_point() {
    let (code, text) = cloudfall(&["spof", "netflix", "--backup", "netflix:google", "--json"]);
    assert_eq!(code, 0, "{text}");
    let value: serde_json::Value = serde_json::from_str(&text).unwrap();
    assert_eq!(value["points"], serde_json::json!([]));
    assert_eq!(value["smallest_set"], serde_json::json!({"ids": ["aws", "google"], "proven_minimal": true}));
    let (code, text) = cloudfall(&["spof", "netflix", "--backup", "netflix:google"]);
    assert_eq!(code, 0, "{text}");
    assert!(text.contains("Smallest set of switches that takes it down: aws, google"), "{text}");
}

#[test]
fn spof_of_an_unknown_service_exits_with_1_and_without_a_service_with_2() {
    let (code, text) = cloudfall(&["spof", "no-such-service"]);
    assert_eq!(code, 1, "{text}");
    assert!(text.contains("there is no node with the id \"no-such-service\""), "{text}");
    let (code, text) = cloudfall(&["spof"]);
    assert_eq!(code, 2, "{text}");
}

#[test]
fn spof_of_a_service_linked_to_no_switch_says_it_is_unknown_not_safe() {
    let (code, text) = cloudfall(&["spof", "telegram"]);
    assert_eq!(code, 0, "{text}");
    assert!(text.contains("what can take it down is unknown"), "{text}");
    let (_, text) = cloudfall(&["spof", "telegram", "--json"]);
    let value: serde_json::Value = serde_json::from_str(&text).unwrap();
    assert_eq!(value["upstream_switches"], 0);
}

#[test]
fn simulate_json_gives_every_node_a_likelihood_and_what_is_off_is_certain() {
    let (code, text) = cloudfall(&["simulate", "--off", "aws/us-east-1/dynamodb", "--json"]);
    assert_eq!(code, 0, "{text}");
    let value: serde_json::Value = serde_json::from_str(&text).unwrap();
    let nodes = value["nodes"].as_array().unwrap();
    assert!(nodes.iter().all(|node| node["likelihood"].as_f64().is_some_and(|p| (0.0..=1.0).contains(&p))), "{value}");
    let node = |id: &str| nodes.iter().find(|node| node["id"] == id).unwrap();
    assert_eq!(node("aws/us-east-1/dynamodb")["likelihood"], 1.0);
    assert_eq!(node("aws")["likelihood"], 0.0);
    assert!(node("fortnite")["likelihood"].as_f64().unwrap() > 0.2, "{}", node("fortnite"));
    // How we know: DynamoDB itself was switched off; Fortnite and WhatsApp are tied to it only by reports; a service
    // documented on AWS but not on DynamoDB is at risk; one with no public dependency is unknown.
    assert_eq!(node("aws/us-east-1/dynamodb")["certainty"], "documented");
    assert_eq!(node("fortnite")["certainty"], "reported");
    assert_eq!(node("whatsapp")["certainty"], "reported");
    assert_eq!(node("netflix")["certainty"], "at_risk");
    assert_eq!(node("telegram")["certainty"], "unknown");
}

#[test]
fn simulate_independent_predicts_an_incident_without_its_own_reports() {
    let (code, text) = cloudfall(&["simulate", "--incident", "aws-2025-10-20", "--json"]);
    assert_eq!(code, 0, "{text}");
    let all: serde_json::Value = serde_json::from_str(&text).unwrap();
    let (code, text) = cloudfall(&["simulate", "--incident", "aws-2025-10-20", "--independent", "--json"]);
    assert_eq!(code, 0, "{text}");
    let independent: serde_json::Value = serde_json::from_str(&text).unwrap();
    // The same shape: every node with the same fields, in the same order.
    let (all_nodes, independent_nodes) = (all["nodes"].as_array().unwrap(), independent["nodes"].as_array().unwrap());
    assert_eq!(all_nodes.len(), independent_nodes.len());
    for (a, b) in all_nodes.iter().zip(independent_nodes) {
        assert_eq!(a["id"], b["id"]);
        assert!(b["likelihood"].as_f64().unwrap() <= a["likelihood"].as_f64().unwrap() + 1e-9, "{a} {b}");
    }
    // Snapchat is down only through that day's reports: without them it is up.
    let snapchat = |nodes: &[serde_json::Value]| nodes.iter().find(|node| node["id"] == "snapchat").unwrap().clone();
    assert_eq!(snapchat(all_nodes)["state"], "down");
    assert_eq!(snapchat(independent_nodes)["state"], "up");
    assert!(independent["affected"].as_array().unwrap().iter().all(|service| service["id"] != "snapchat"));
    assert_eq!(cloudfall(&["simulate", "--off", "aws", "--independent"]).0, 2, "--independent needs --incident");
}

#[test]
fn calibrate_json_holds_out_every_incident_and_adds_the_scores_up() {
    let (code, text) = cloudfall(&["calibrate", "--json"]);
    assert_eq!(code, 0, "{text}");
    let value: serde_json::Value = serde_json::from_str(&text).unwrap();
    assert_eq!(value["threshold"], 0.5);
    let incidents = value["incidents"].as_array().unwrap();
    assert_eq!(incidents.len(), 9, "{value}");
    for incident in incidents {
        assert!(incident["id"].is_string() && incident["brier"].as_f64().is_some(), "{incident}");
        assert!(incident["hits"].as_u64() <= incident["reported"].as_u64(), "{incident}");
        assert!(incident["weights"]["documented"].as_f64().is_some(), "{incident}");
    }
    let hits: u64 = incidents.iter().map(|incident| incident["hits"].as_u64().unwrap()).sum();
    assert_eq!(value["overall"]["hits"].as_u64().unwrap(), hits);
}

#[test]
fn a_file_that_is_not_utf8_is_a_located_data_problem_not_a_misuse() {
    let path = std::env::temp_dir().join(format!("cloudfall-not-utf8-{}.json", std::process::id()));
    std::fs::write(&path, [b'{', b'"', 0xff, 0xfe]).unwrap();
    let (code, text) = cloudfall(&["validate", path.to_str().unwrap()]);
    std::fs::remove_file(&path).unwrap();
    assert_eq!(code, 1, "{text}");
    assert!(text.contains("The file is not UTF-8 text (line 1, column 3, byte 3)"), "{text}");
}

#[test]
fn a_script_link_makes_validate_fail() {
    let shipped = include_str!("../../../static/data/cloudfall.json");
    let hostile = shipped.replacen("\"url\": \"https://", "\"url\": \"javascript:alert(1)//", 1);
    let path = std::env::temp_dir().join(format!("cloudfall-script-link-{}.json", std::process::id()));
    std::fs::write(&path, hostile).unwrap();
    let (code, text) = cloudfall(&["validate", path.to_str().unwrap()]);
    std::fs::remove_file(&path).unwrap();
    assert_eq!(code, 1, "{text}");
    assert!(text.contains("is not a web address"), "{text}");
}

/// Writes a small data file whose one dependency rests on `evidence` (a JSON object), and returns its path.
fn audit_fixture(name: &str, evidence: &str) -> std::path::PathBuf {
    let path = std::env::temp_dir().join(format!("cloudfall-audit-{name}-{}.json", std::process::id()));
    std::fs::write(
        &path,
        format!(
            r#"{{"dataset": {{"id": "t", "version": "2.0.0", "as_of": "2026-11-25", "title": "t"}},
                "nodes": [{{"id": "aws", "kind": "provider", "name": "AWS"}},
                          {{"id": "shop", "kind": "web_service", "name": "Shop"}},
                          {{"id": "bank", "kind": "web_service", "name": "Bank",
                            "hosting_note": "Its annual report names no provider."}}],
                "dependencies": [{{"dependent": "shop", "depends_on": "aws", "role": "hosting", "evidence": [{evidence}]}}]}}"#
        ),
    )
    .unwrap();
    path
}

#[test]
fn audit_exits_with_1_and_the_path_when_a_hard_line_is_broken_and_0_when_none_is() {
    let broken = audit_fixture(
        "broken",
        r#"{"kind": "documented", "publisher": "Shop careers", "title": "SRE", "date": "2016", "via": "archive.org"}"#,
    );
    let (code, text) = cloudfall(&["audit", broken.to_str().unwrap()]);
    assert_eq!(code, 1, "{text}");
    assert!(text.contains("job-post dependencies[0].evidence[0]: shop -> aws"), "{text}");
    assert!(text.contains("Hard lines: 1 broken"), "{text}");
    assert!(text.contains("1 without any dependency (unknown), 1 of them with a hosting note"), "{text}");

    let (code, text) = cloudfall(&["audit", broken.to_str().unwrap(), "--json"]);
    std::fs::remove_file(&broken).ok();
    assert_eq!(code, 1, "{text}");
    let value: serde_json::Value = serde_json::from_str(&text).unwrap();
    assert_eq!(value["violations"][0]["rule"], "job-post");
    assert_eq!(value["violations"][0]["path"], "dependencies[0].evidence[0]");
    assert_eq!(value["evidence"][0]["kind"], "documented");
    assert_eq!(value["evidence"][0]["by_age"][">5y"], 1);
    assert_eq!(value["via_evidence"][0], "dependencies[0].evidence[0]");
    assert_eq!(value["year_only_dates"], 1);
    assert_eq!(value["unknown_services"][0], "bank");

    let clean = audit_fixture(
        "clean",
        r#"{"kind": "documented", "publisher": "AWS", "title": "Shop case study", "date": "2026-03-02"}"#,
    );
    let (code, text) = cloudfall(&["audit", clean.to_str().unwrap()]);
    std::fs::remove_file(&clean).ok();
    assert_eq!(code, 0, "{text}");
    assert!(text.contains("Hard lines: none broken"), "{text}");
    assert!(text.contains("documented       1      0      0      0      1"), "{text}");
}

#[test]
fn audit_of_an_invalid_file_exits_with_1_and_of_a_missing_one_with_2() {
    let invalid = audit_fixture("invalid", r#"{"kind": "documented", "publisher": "", "title": "t", "date": "2026"}"#);
    let (code, text) = cloudfall(&["audit", invalid.to_str().unwrap()]);
    std::fs::remove_file(&invalid).ok();
    assert_eq!(code, 1, "{text}");
    assert!(text.contains("run `cloudfall validate` on it first"), "{text}");
    assert_eq!(cloudfall(&["audit", "/nonexistent/cloudfall.json"]).0, 2);
}

#[test]
fn audit_without_a_file_audits_the_built_in_data() {
    let (code, text) = cloudfall(&["audit", "--json"]);
    assert!(code == 0 || code == 1, "{text}");
    let value: serde_json::Value = serde_json::from_str(&text).unwrap();
    assert!(value["web_services"].as_u64().unwrap() >= 150, "{value}");
    assert_eq!(code == 0, value["violations"].as_array().unwrap().is_empty());
}
