//! Tests over the dataset the app ships: it loads, every dependency is sourced, and the seed case holds.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use cloudfall_model::{load, propagate, summarize, EvidenceKind, Link, Model, NodeId, NodeKind, NodeState};

const SHIPPED: &str = include_str!("../../../static/data/cloudfall.json");

fn shipped() -> Model {
    load(SHIPPED).unwrap_or_else(|problems| {
        panic!(
            "the shipped data has problems:\n{}",
            problems.iter().map(|p| p.to_string()).collect::<Vec<_>>().join("\n")
        )
    })
}

fn down_web_services(model: &Model, off: &str) -> Vec<String> {
    let index = model.lookup(&NodeId::new(off)).unwrap();
    let outcome = propagate(model, &[index]);
    let summary = summarize(model, &outcome);
    let mut names: Vec<String> = summary.down.iter().map(|&i| model.node(i).id.to_string()).collect();
    names.sort();
    names
}

const SEVEN: [&str; 7] = ["airbnb", "brawl-stars", "fortnite", "instagram", "roblox", "snapchat", "steam"];

#[test]
fn switching_off_aws_darkens_the_seven_services_of_2025_10_20() {
    assert_eq!(down_web_services(&shipped(), "aws"), SEVEN);
}

#[test]
fn switching_off_only_us_east_1_darkens_the_same_seven() {
    assert_eq!(down_web_services(&shipped(), "aws/us-east-1"), SEVEN);
}

#[test]
fn switching_off_only_dynamodb_in_us_east_1_darkens_the_same_seven() {
    assert_eq!(down_web_services(&shipped(), "aws/us-east-1/dynamodb"), SEVEN);
}

#[test]
fn switching_off_google_darkens_snapchat_only() {
    assert_eq!(down_web_services(&shipped(), "google"), ["snapchat"]);
}

#[test]
fn every_dependency_has_sourced_evidence_and_reported_ones_name_their_incident() {
    let model = shipped();
    for (source, target, link) in model.edges() {
        let Link::Uses(dependency) = link else { continue };
        let what = format!("{} -> {}", model.node(target).id, model.node(source).id);
        assert!(!dependency.evidence.is_empty(), "{what} has no evidence");
        for evidence in &dependency.evidence {
            assert!(evidence.url.is_some(), "{what}: evidence without a link");
            if evidence.kind == EvidenceKind::Reported {
                assert!(evidence.incident.is_some(), "{what}: reported without an incident");
            }
        }
    }
}

#[test]
fn a_service_only_reported_affected_is_never_drawn_as_documented() {
    let model = shipped();
    for name in ["roblox", "steam", "instagram"] {
        let index = model.lookup(&NodeId::new(name)).unwrap();
        for (_, link) in model.dependencies_of(index) {
            let Link::Uses(dependency) = link else { continue };
            assert_eq!(dependency.strongest_evidence(), EvidenceKind::Reported, "{name}");
        }
    }
}

#[test]
fn the_latest_shares_name_the_big_five_and_others_and_sum_to_100() {
    let model = shipped();
    let table = model.latest_shares().unwrap();
    let providers: Vec<&str> = table.shares.iter().filter_map(|s| s.provider.as_deref()).collect();
    assert_eq!(providers, ["aws", "microsoft", "google", "alibaba", "oracle"]);
    assert!(table.shares.iter().any(|s| s.label == Some(cloudfall_model::data::ShareLabel::Others)));
    let total: f64 = table.shares.iter().map(|s| s.percent).sum();
    assert!((total - 100.0).abs() < 0.01, "{total}");
    assert!(!table.sources.is_empty());
}

#[test]
fn each_incident_darkens_what_it_reports() {
    let model = shipped();
    for incident in &model.incidents {
        let failed: Vec<_> = incident.failed.iter().map(|id| model.lookup(&NodeId::new(id.clone())).unwrap()).collect();
        let outcome = propagate(&model, &failed);
        for id in &incident.reported_affected {
            let index = model.lookup(&NodeId::new(id.clone())).unwrap();
            assert_eq!(outcome.state(index), NodeState::Down, "{} should be down in {}", id, incident.id);
        }
    }
}

#[test]
fn every_web_service_depends_on_something() {
    let model = shipped();
    for (index, node) in model.nodes_of_kind(NodeKind::WebService) {
        assert!(model.dependencies_of(index).next().is_some(), "{} depends on nothing", node.id);
    }
}
