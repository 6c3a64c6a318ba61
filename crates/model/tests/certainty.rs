//! How we know: data-driven fixtures (a tiny inline data file with evidence kinds, what is switched off, and every
//! node's state and certainty as text), and property tests of the certainty rules against a brute force over all
//! paths on small random graphs.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, clippy::indexing_slicing)]

mod common;

use cloudfall_model::certainty::{assess, Certainty, HowKnown};
use cloudfall_model::data::{DependencyMode, DependencyRecord, EvidenceKind, NodeKind, NodeRecord};
use cloudfall_model::validate::build;
use cloudfall_model::{load, propagate, Model, NodeId, NodeIndex, NodeState};
use proptest::prelude::*;

/// Builds a model from `nodes` (`id kind` per line) and `deps` (`dependent -> depends_on mode evidence [group]`,
/// evidence one of `documented`, `inferred`, `reported`, or `inferred+reported`).
fn model(nodes: &str, deps: &str) -> Model {
    let lines = |text: &str| {
        text.lines().map(str::trim).filter(|line| !line.is_empty()).map(str::to_string).collect::<Vec<_>>()
    };
    let nodes: Vec<String> = lines(nodes)
        .iter()
        .map(|line| {
            let (id, kind) = line.split_once(' ').unwrap();
            format!(r#"{{"id": "{id}", "kind": "{kind}", "name": "{id}"}}"#)
        })
        .collect();
    let mut reported = Vec::new();
    let deps: Vec<String> = lines(deps)
        .iter()
        .map(|line| {
            let words: Vec<&str> = line.split_whitespace().collect();
            let group = words.get(5).map(|g| format!(r#", "group": "{g}""#)).unwrap_or_default();
            let evidence: Vec<String> = words[4]
                .split('+')
                .map(|kind| {
                    let incident = if kind == "reported" {
                        reported.push(words[0].to_string());
                        r#", "incident": "i""#
                    } else {
                        ""
                    };
                    format!(r#"{{"kind": "{kind}", "publisher": "P", "title": "T", "date": "2025"{incident}}}"#)
                })
                .collect();
            format!(
                r#"{{"dependent": "{}", "depends_on": "{}", "role": "hosting", "mode": "{}"{group}, "evidence": [{}]}}"#,
                words[0],
                words[2],
                words[3],
                evidence.join(",")
            )
        })
        .collect();
    reported.sort();
    reported.dedup();
    let reported: Vec<String> = reported.iter().map(|id| format!("\"{id}\"")).collect();
    let json = format!(
        r#"{{"dataset": {{"id": "t", "version": "1", "as_of": "2025-11-01", "title": "t"}},
            "nodes": [{}], "dependencies": [{}],
            "incidents": [{{"id": "i", "name": "i", "date": "2025-10-20", "cause_en": "c", "cause_fr": "c",
                "failed": ["aws"], "reported_affected": [{}], "sources": []}}]}}"#,
        nodes.join(","),
        deps.join(","),
        reported.join(",")
    );
    load(&json).unwrap_or_else(|problems| panic!("fixture does not load: {problems:?}"))
}

/// Every node that is not plainly up: its state and how we know it.
fn render(model: &Model, off: &[&str]) -> String {
    let off: Vec<NodeIndex> = off.iter().map(|id| model.lookup(&NodeId::new(*id)).unwrap()).collect();
    let outcome = propagate(model, &off);
    let assessment = assess(model, &outcome, &[], None);
    model
        .nodes()
        .filter_map(|(index, node)| {
            let how = match assessment.how(index) {
                HowKnown::Unaffected => return None,
                HowKnown::AtRisk { through } => format!("at_risk through {}", model.node(through).id),
                how => how.as_str().to_string(),
            };
            Some(format!("{} {} {how}", node.id, outcome.state(index).as_str()))
        })
        .collect::<Vec<_>>()
        .join("\n")
}

fn check(model: &Model, off: &[&str], expected: &str) {
    let expected: Vec<&str> = expected.lines().map(str::trim).filter(|line| !line.is_empty()).collect();
    assert_eq!(render(model, off), expected.join("\n"));
}

const CLOUD: &str = "
    aws provider
    aws/us-east-1 region
    aws/us-east-1/dynamodb cloud_service
    aws/eu-west-3 region
    gcp provider
    auth supplier
    game web_service
    chat web_service
    photos web_service
    shop web_service
    bank web_service
    mirror web_service";

#[test]
fn a_chain_is_as_certain_as_its_weakest_link_and_a_node_takes_its_most_certain_chain() {
    let model = model(
        CLOUD,
        "
        auth -> aws/us-east-1/dynamodb required documented
        game -> auth required documented
        chat -> aws/us-east-1/dynamodb required reported
        photos -> auth required inferred
        photos -> aws/us-east-1/dynamodb required reported
        shop -> aws required documented
        mirror -> gcp required documented",
    );
    check(
        &model,
        &["aws/us-east-1/dynamodb"],
        "
        aws/us-east-1/dynamodb down documented
        auth down documented
        game down documented
        chat down reported
        photos down inferred
        shop up at_risk through aws
        bank up unknown",
    );
}

#[test]
fn a_redundant_group_is_as_certain_as_its_least_certain_alternative() {
    let model = model(
        CLOUD,
        "
        game -> aws required documented
        chat -> aws redundant documented g
        chat -> gcp redundant reported g
        photos -> aws soft documented
        shop -> aws soft inferred+reported
        mirror -> gcp required documented",
    );
    check(
        &model,
        &["aws", "gcp"],
        "
        aws down documented
        aws/us-east-1 down documented
        aws/us-east-1/dynamodb down documented
        aws/eu-west-3 down documented
        gcp down documented
        game down documented
        chat down reported
        photos degraded documented
        shop degraded inferred
        bank up unknown
        mirror down documented",
    );
}

#[test]
fn the_seed_case_tells_documented_from_reported_on_the_shipped_data() {
    let model = load(include_str!("../../../static/data/cloudfall.json")).unwrap();
    let dynamodb = model.lookup(&NodeId::new("aws/us-east-1/dynamodb")).unwrap();
    let outcome = propagate(&model, &[dynamodb]);
    let assessment = assess(&model, &outcome, &[], None);
    for id in ["whatsapp", "instagram"] {
        let index = model.lookup(&NodeId::new(id)).unwrap();
        assert_ne!(assessment.certainty(index), Some(Certainty::Documented), "{id} runs in Meta's data centres");
    }
    let counts = assessment.counts(&model, &outcome);
    assert!(counts.at_risk > 0 && counts.unknown > 0, "{counts:?}");
}

/// A random model of `n` flat nodes with required or soft dependencies, each with one kind of evidence.
fn random_model(n: usize, deps: &[(usize, usize, bool, u8)]) -> Model {
    let nodes = (0..n)
        .map(|i| {
            let kind = if i % 3 == 0 { NodeKind::Provider } else { NodeKind::WebService };
            NodeRecord::new(format!("n{i}"), kind, format!("n{i}"))
        })
        .collect();
    let mut seen = std::collections::HashSet::new();
    let dependencies = deps
        .iter()
        .filter(|(a, b, _, _)| a % n != b % n && seen.insert((a % n, b % n)))
        .map(|&(a, b, soft, kind)| DependencyRecord {
            dependent: format!("n{}", a % n),
            depends_on: format!("n{}", b % n),
            role: cloudfall_model::Role::Hosting,
            mode: if soft { DependencyMode::Soft } else { DependencyMode::Required },
            group: None,
            evidence: vec![common::evidence(
                if kind % 2 == 0 { EvidenceKind::Documented } else { EvidenceKind::Inferred },
                None,
            )],
        })
        .collect();
    build(common::data_file("2025", nodes, dependencies, vec![])).unwrap()
}

/// The brute force: the most certain chain over every simple path from a switched-off node, required links only
/// for a down node, any links for a degraded one.
fn brute_force(model: &Model, off: &[NodeIndex], target: NodeIndex, required_only: bool) -> Option<Certainty> {
    fn walk(
        model: &Model,
        node: NodeIndex,
        target: NodeIndex,
        required_only: bool,
        weakest: Certainty,
        visited: &mut Vec<NodeIndex>,
        best: &mut Option<Certainty>,
    ) {
        if node == target {
            *best = (*best).max(Some(weakest));
            return;
        }
        for dependent in model.dependents_of(node) {
            if visited.contains(&dependent) {
                continue;
            }
            let Some((_, link)) = model.dependencies_of(dependent).find(|(source, _)| *source == node) else {
                continue;
            };
            let (mode, certainty) = match link {
                cloudfall_model::Link::Contains => (DependencyMode::Required, Certainty::Documented),
                cloudfall_model::Link::Uses(dependency) => {
                    (dependency.mode, dependency.evidence.iter().map(|e| Certainty::of(e.kind)).max().unwrap())
                }
            };
            if required_only && mode != DependencyMode::Required {
                continue;
            }
            visited.push(dependent);
            walk(model, dependent, target, required_only, weakest.min(certainty), visited, best);
            visited.pop();
        }
    }
    let mut best = None;
    for &start in off {
        walk(model, start, target, required_only, Certainty::Documented, &mut vec![start], &mut best);
    }
    best
}

/// A node count, dependencies `(dependent, depends_on, soft, evidence)`, and what is switched off.
type Case = (usize, Vec<(usize, usize, bool, u8)>, Vec<usize>);

fn strategy() -> impl Strategy<Value = Case> {
    (2usize..9).prop_flat_map(|n| {
        (
            Just(n),
            prop::collection::vec((0..n, 0..n, any::<bool>(), any::<u8>()), 0..(n * 2)),
            prop::collection::vec(0..n, 1..3),
        )
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn certainty_is_the_most_certain_chain_over_all_paths((n, deps, off) in strategy()) {
        let model = random_model(n, &deps);
        let off: Vec<NodeIndex> = off.into_iter().map(NodeIndex::new).collect();
        let outcome = propagate(&model, &off);
        let assessment = assess(&model, &outcome, &[], None);
        for (index, _) in model.nodes() {
            let expected = match outcome.state(index) {
                NodeState::Up => None,
                _ if off.contains(&index) => Some(Certainty::Documented),
                NodeState::Down => brute_force(&model, &off, index, true),
                NodeState::Degraded => brute_force(&model, &off, index, false),
            };
            prop_assert_eq!(assessment.certainty(index), expected, "node {}", index.index());
        }
    }

    #[test]
    fn certainty_does_not_depend_on_the_order_of_what_is_off((n, deps, off) in strategy()) {
        let model = random_model(n, &deps);
        let off: Vec<NodeIndex> = off.into_iter().map(NodeIndex::new).collect();
        let reversed: Vec<NodeIndex> = off.iter().rev().copied().collect();
        let a = assess(&model, &propagate(&model, &off), &[], None);
        let b = assess(&model, &propagate(&model, &reversed), &[], None);
        prop_assert_eq!(a, b);
    }

    #[test]
    fn a_node_is_never_more_certain_than_the_evidence_of_its_own_links((n, deps, off) in strategy()) {
        let model = random_model(n, &deps);
        let off: Vec<NodeIndex> = off.into_iter().map(NodeIndex::new).collect();
        let outcome = propagate(&model, &off);
        let assessment = assess(&model, &outcome, &[], None);
        for (index, _) in model.nodes() {
            let Some(certainty) = assessment.certainty(index) else { continue };
            if off.contains(&index) {
                continue;
            }
            let best_link = model
                .dependencies_of(index)
                .map(|(_, link)| match link {
                    cloudfall_model::Link::Contains => Certainty::Documented,
                    cloudfall_model::Link::Uses(d) => d.evidence.iter().map(|e| Certainty::of(e.kind)).max().unwrap(),
                })
                .max();
            prop_assert!(Some(certainty) <= best_link, "node {}", index.index());
        }
    }

    #[test]
    fn better_evidence_never_makes_anything_less_certain((n, deps, off) in strategy(), upgrade in any::<usize>()) {
        // Documenting one inferred link (propagation does not change) never lowers any node's certainty.
        let model = random_model(n, &deps);
        let mut better = deps.clone();
        if !better.is_empty() {
            let i = upgrade % better.len();
            better[i].3 = 0;
        }
        let upgraded = random_model(n, &better);
        let off: Vec<NodeIndex> = off.into_iter().map(NodeIndex::new).collect();
        let before = assess(&model, &propagate(&model, &off), &[], None);
        let after = assess(&upgraded, &propagate(&upgraded, &off), &[], None);
        for (index, _) in model.nodes() {
            prop_assert!(after.certainty(index) >= before.certainty(index), "node {}", index.index());
        }
    }
}
