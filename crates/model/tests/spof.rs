//! What can take a node down, checked against brute force on small random graphs (every switch alone, every set
//! of switches), and on the shipped data for the services the article names.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, clippy::indexing_slicing)]

mod common;

use std::collections::BTreeSet;

use cloudfall_model::certainty::Certainty;
use cloudfall_model::data::{DependencyMode, DependencyRecord, EvidenceKind, NodeKind, NodeRecord};
use cloudfall_model::outage::{propagate_with, Backup};
use cloudfall_model::spof::{analyse, single_points_of_failure, smallest_set, SearchLimit};
use cloudfall_model::validate::build;
use cloudfall_model::{load, Model, NodeId, NodeIndex, NodeState};
use proptest::prelude::*;

/// A random model of `n` flat nodes of every kind that matters here (a provider, a cloud service, a supplier and
/// a web service in turn) and dependencies `(dependent, depends_on, mode, code)`, the code choosing the group and
/// the evidence (documented, inferred or reported in incident `i0`).
fn random_model(n: usize, deps: &[(usize, usize, u8, u8)]) -> Model {
    let kinds = [NodeKind::Provider, NodeKind::CloudService, NodeKind::Supplier, NodeKind::WebService];
    let nodes = (0..n).map(|i| NodeRecord::new(format!("n{i}"), kinds[i % 4], format!("n{i}"))).collect();
    let mut seen = BTreeSet::new();
    let dependencies: Vec<DependencyRecord> = deps
        .iter()
        .filter(|(a, b, _, _)| a % n != b % n && seen.insert((a % n, b % n)))
        .map(|&(a, b, mode, code)| {
            let mode = [DependencyMode::Required, DependencyMode::Redundant, DependencyMode::Soft][mode as usize % 3];
            let kind = [EvidenceKind::Documented, EvidenceKind::Inferred, EvidenceKind::Reported][code as usize % 3];
            DependencyRecord {
                dependent: format!("n{}", a % n),
                depends_on: format!("n{}", b % n),
                role: cloudfall_model::Role::Hosting,
                mode,
                group: (mode == DependencyMode::Redundant).then(|| format!("g{}", code % 2)),
                evidence: vec![common::evidence(kind, (kind == EvidenceKind::Reported).then_some("i0"))],
            }
        })
        .collect();
    let incidents = common::incidents(&["i0"], "n0", &dependencies);
    build(common::data_file("2025", nodes, dependencies, incidents)).unwrap()
}

type Case = (usize, Vec<(usize, usize, u8, u8)>, Vec<(usize, usize)>);

fn graph_strategy() -> impl Strategy<Value = Case> {
    (3usize..11).prop_flat_map(|n| {
        (
            Just(n),
            prop::collection::vec((0..n, 0..n, any::<u8>(), any::<u8>()), 0..(n * 3)),
            prop::collection::vec((0..n, 0..n), 0..3),
        )
    })
}

fn backups(pairs: &[(usize, usize)]) -> Vec<Backup> {
    pairs.iter().map(|&(s, b)| Backup { service: NodeIndex::new(s), backup: NodeIndex::new(b) }).collect()
}

fn switchable(model: &Model) -> Vec<NodeIndex> {
    model.nodes().filter(|(_, node)| node.kind.is_switchable()).map(|(index, _)| index).collect()
}

fn darkens(model: &Model, set: &[NodeIndex], backups: &[Backup], target: NodeIndex) -> bool {
    propagate_with(model, set, backups).state(target) == NodeState::Down
}

/// The size of the smallest set of switches other than `target` that takes it down, by trying every subset.
fn brute_smallest(model: &Model, target: NodeIndex, backups: &[Backup]) -> Option<usize> {
    let all: Vec<NodeIndex> = switchable(model).into_iter().filter(|&x| x != target).collect();
    (0u32..(1 << all.len()))
        .filter_map(|mask| {
            let set: Vec<NodeIndex> =
                all.iter().enumerate().filter(|(i, _)| mask & (1 << i) != 0).map(|(_, &x)| x).collect();
            (!set.is_empty() && darkens(model, &set, backups, target)).then_some(set.len())
        })
        .min()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn the_single_points_of_failure_are_exactly_the_switches_that_alone_darken_the_target(
        (n, deps, pairs) in graph_strategy()
    ) {
        let model = random_model(n, &deps);
        let backups = backups(&pairs);
        for (target, _) in model.nodes() {
            let brute: Vec<NodeIndex> = switchable(&model)
                .into_iter()
                .filter(|&x| x != target && darkens(&model, &[x], &backups, target))
                .collect();
            let points = single_points_of_failure(&model, target, &backups);
            let found: Vec<NodeIndex> = points.iter().map(|point| point.node).collect();
            prop_assert_eq!(&found, &brute, "target n{}", target.index());
            for point in &points {
                prop_assert_eq!(point.chain.first(), Some(&target));
                prop_assert_eq!(point.chain.last(), Some(&point.node));
            }
        }
    }

    #[test]
    fn the_smallest_set_darkens_the_target_and_no_smaller_set_does(
        (n, deps, pairs) in graph_strategy()
    ) {
        let model = random_model(n, &deps);
        let backups = backups(&pairs);
        for (target, _) in model.nodes() {
            let found = smallest_set(&model, target, &backups, SearchLimit::default());
            let brute = brute_smallest(&model, target, &backups);
            prop_assert_eq!(found.as_ref().map(|set| set.nodes.len()), brute, "target n{}", target.index());
            if let Some(set) = found {
                prop_assert!(set.proven_minimal);
                prop_assert!(darkens(&model, &set.nodes, &backups, target));
            }
            let spof = analyse(&model, target, &backups, SearchLimit::default());
            prop_assert_eq!(spof.smallest_set.is_some(), spof.points.is_empty() && brute.is_some());
            if spof.upstream_switches == 0 {
                prop_assert!(spof.points.is_empty() && brute.is_none());
            }
        }
    }

    #[test]
    fn a_search_cut_short_still_darkens_the_target_and_says_whether_it_is_minimal(
        (n, deps, pairs) in graph_strategy(), budget in 0usize..4
    ) {
        let model = random_model(n, &deps);
        let backups = backups(&pairs);
        let limit = SearchLimit { max_size: 4, max_propagations: budget };
        for (target, _) in model.nodes() {
            let brute = brute_smallest(&model, target, &backups);
            let found = smallest_set(&model, target, &backups, limit);
            prop_assert_eq!(found.is_some(), brute.is_some());
            if let Some(set) = found {
                prop_assert!(darkens(&model, &set.nodes, &backups, target));
                for leave_out in 0..set.nodes.len() {
                    let mut fewer = set.nodes.clone();
                    fewer.remove(leave_out);
                    prop_assert!(fewer.is_empty() || !darkens(&model, &fewer, &backups, target));
                }
                if set.proven_minimal {
                    prop_assert_eq!(Some(set.nodes.len()), brute);
                }
            }
        }
    }
}

const SHIPPED: &str = include_str!("../../../static/data/cloudfall.json");

fn shipped() -> Model {
    load(SHIPPED).unwrap()
}

/// A node's points of failure as `(id, weakest)`, and its smallest set as `(ids, proven_minimal)`.
type Answer = (Vec<(String, Certainty)>, Option<(Vec<String>, bool)>);

fn spof_ids(model: &Model, id: &str) -> Answer {
    let target = model.lookup(&NodeId::new(id)).unwrap();
    let spof = analyse(model, target, &[], SearchLimit::default());
    let points = spof.points.iter().map(|p| (model.node(p.node).id.to_string(), p.weakest)).collect();
    let set = spof
        .smallest_set
        .map(|set| (set.nodes.iter().map(|&x| model.node(x).id.to_string()).collect(), set.proven_minimal));
    (points, set)
}

#[test]
fn fortnite_falls_with_aws_and_with_the_hosting_of_epic_online_services() {
    let model = shipped();
    let (points, set) = spof_ids(&model, "fortnite");
    let ids: Vec<&str> = points.iter().map(|(id, _)| id.as_str()).collect();
    assert!(ids.contains(&"aws"), "{ids:?}");
    assert!(ids.contains(&"aws/us-east-1"), "{ids:?}");
    assert!(ids.contains(&"aws/us-east-1/dynamodb"), "{ids:?}");
    assert!(points.iter().any(|(id, kind)| id == "aws" && *kind == Certainty::Documented), "{points:?}");
    assert_eq!(set, None);
}

#[test]
fn netflix_with_a_google_backup_falls_only_with_aws_and_google_together() {
    let model = shipped();
    let netflix = model.lookup(&NodeId::new("netflix")).unwrap();
    let google = model.lookup(&NodeId::new("google")).unwrap();
    let backups = [Backup { service: netflix, backup: google }];
    let spof = analyse(&model, netflix, &backups, SearchLimit::default());
    assert!(spof.points.is_empty(), "{:?}", spof.points);
    let set = spof.smallest_set.unwrap();
    let ids: Vec<&str> = set.nodes.iter().map(|&x| model.node(x).id.as_str()).collect();
    assert_eq!(ids, ["aws", "google"]);
    assert!(set.proven_minimal);
}

#[test]
fn a_backup_of_fortnite_leaves_only_the_hosting_of_epic_online_services() {
    let model = shipped();
    let fortnite = model.lookup(&NodeId::new("fortnite")).unwrap();
    let google = model.lookup(&NodeId::new("google")).unwrap();
    let points = single_points_of_failure(&model, fortnite, &[Backup { service: fortnite, backup: google }]);
    let found: Vec<(String, Vec<String>, Certainty)> = points
        .iter()
        .map(|p| {
            let chain = p.chain.iter().map(|&x| model.node(x).id.to_string()).collect();
            (model.node(p.node).id.to_string(), chain, p.weakest)
        })
        .collect();
    let chain = vec!["fortnite".to_string(), "epic-online-services".to_string(), "aws".to_string()];
    assert_eq!(found, [("aws".to_string(), chain, Certainty::Inferred)]);
}

#[test]
fn snapchat_names_its_documented_host_and_the_reported_aws_chain() {
    let model = shipped();
    let (points, set) = spof_ids(&model, "snapchat");
    assert!(points.contains(&("google".to_string(), Certainty::Documented)), "{points:?}");
    assert!(points.contains(&("aws/us-east-1/dynamodb".to_string(), Certainty::Reported)), "{points:?}");
    assert_eq!(set, None);
}
