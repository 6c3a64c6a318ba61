//! Property tests: `propagate` against two other algorithms on random graphs, and the rules readers rely on
//! (switching off more never brings anything back up; the order of toggles does not matter).

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, clippy::indexing_slicing)]

mod common;

use cloudfall_model::data::{DataFile, DependencyMode, DependencyRecord, Evidence, EvidenceKind, NodeKind, NodeRecord};
use cloudfall_model::outage::{blast_radius, propagate_independently, propagate_with, Backup};
use cloudfall_model::validate::build;
use cloudfall_model::{propagate, Action, Link, Model, NodeIndex, NodeKind as Kind, NodeState, Scenario};
use petgraph::graph::DiGraph;
use proptest::prelude::*;

/// A random model: `n` flat nodes and dependencies `(dependent, depends_on, mode, group)`, all inferred.
fn random_model(n: usize, deps: &[(usize, usize, u8, u8)]) -> Model {
    build(random_file(n, deps, |_| vec![common::evidence(EvidenceKind::Inferred, None)])).unwrap()
}

/// The evidence of a random dependency, from its group byte: documented, reports of `i0` or `i1`, or both.
fn mixed_evidence(code: u8) -> Vec<Evidence> {
    let reported = |incident| common::evidence(EvidenceKind::Reported, Some(incident));
    match code % 5 {
        0 => vec![common::evidence(EvidenceKind::Documented, None)],
        1 => vec![reported("i0")],
        2 => vec![reported("i1")],
        3 => vec![reported("i0"), common::evidence(EvidenceKind::Documented, None)],
        _ => vec![reported("i0"), reported("i1")],
    }
}

/// A random data file; `evidence` gives each dependency's evidence from its group byte.
fn random_file(n: usize, deps: &[(usize, usize, u8, u8)], evidence: impl Fn(u8) -> Vec<Evidence>) -> DataFile {
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
        .map(|&(a, b, mode, group)| {
            let mode = match mode % 3 {
                0 => DependencyMode::Required,
                1 => DependencyMode::Redundant,
                _ => DependencyMode::Soft,
            };
            DependencyRecord {
                dependent: format!("n{}", a % n),
                depends_on: format!("n{}", b % n),
                role: cloudfall_model::Role::Hosting,
                mode,
                group: (mode == DependencyMode::Redundant).then(|| format!("g{}", group % 2)),
                evidence: evidence(group),
            }
        })
        .collect::<Vec<_>>();
    // Two incidents, each listing every service a report of it names.
    let incidents = common::incidents(&["i0", "i1"], "n0", &dependencies);
    common::data_file("2025", nodes, dependencies, incidents)
}

/// The second algorithm: evaluate every node from scratch, over and over, until nothing changes.
fn naive_fixpoint(model: &Model, off: &[NodeIndex]) -> Vec<NodeState> {
    let mut states = vec![NodeState::Up; model.node_count()];
    for &index in off {
        states[index.index()] = NodeState::Down;
    }
    loop {
        let mut changed = false;
        for (index, _) in model.nodes() {
            if off.contains(&index) {
                continue;
            }
            let mut worst = NodeState::Up;
            let mut groups: std::collections::BTreeMap<String, (usize, usize, bool)> = Default::default();
            for (source, link) in model.dependencies_of(index) {
                let state = states[source.index()];
                match link.mode() {
                    DependencyMode::Required => worst = worst.max(state),
                    DependencyMode::Soft if state != NodeState::Up => worst = worst.max(NodeState::Degraded),
                    DependencyMode::Soft => {}
                    DependencyMode::Redundant => {
                        let Link::Uses(dependency) = link else { unreachable!() };
                        let group = groups.entry(dependency.group.clone().unwrap()).or_default();
                        group.0 += 1;
                        group.1 += usize::from(state == NodeState::Down);
                        group.2 |= state == NodeState::Degraded;
                    }
                }
            }
            for (alternatives, down, degraded) in groups.values() {
                if down == alternatives {
                    worst = NodeState::Down;
                } else if *down > 0 || *degraded {
                    worst = worst.max(NodeState::Degraded);
                }
            }
            if worst > states[index.index()] {
                states[index.index()] = worst;
                changed = true;
            }
        }
        if !changed {
            return states;
        }
    }
}

fn states(model: &Model, off: &[NodeIndex]) -> Vec<NodeState> {
    let outcome = propagate(model, off);
    model.nodes().map(|(index, _)| outcome.state(index)).collect()
}

/// Hypothetical backups from a list of node numbers read in pairs `(service, backup)`.
fn backups_from(pairs: &[usize]) -> Vec<Backup> {
    pairs
        .chunks(2)
        .filter_map(|pair| match pair {
            [a, b] => Some(Backup { service: NodeIndex::new(*a), backup: NodeIndex::new(*b) }),
            _ => None,
        })
        .collect()
}

/// A node count, dependencies, what is switched off, and what is switched off in addition.
type Case = (usize, Vec<(usize, usize, u8, u8)>, Vec<usize>, Vec<usize>);

fn graph_strategy() -> impl Strategy<Value = Case> {
    (2usize..40).prop_flat_map(|n| {
        (
            Just(n),
            prop::collection::vec((0..n, 0..n, any::<u8>(), any::<u8>()), 0..(n * 3)),
            prop::collection::vec(0..n, 0..4),
            prop::collection::vec(0..n, 0..4),
        )
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn propagate_agrees_with_the_naive_fixpoint((n, deps, off, _) in graph_strategy()) {
        let model = random_model(n, &deps);
        let off: Vec<NodeIndex> = off.into_iter().map(NodeIndex::new).collect();
        prop_assert_eq!(states(&model, &off), naive_fixpoint(&model, &off));
    }

    #[test]
    fn with_required_dependencies_only_down_means_reachable((n, deps, off, _) in graph_strategy()) {
        let deps: Vec<_> = deps.into_iter().map(|(a, b, _, g)| (a, b, 0, g)).collect();
        let model = random_model(n, &deps);
        let off: Vec<NodeIndex> = off.into_iter().map(NodeIndex::new).collect();
        let mut graph = DiGraph::<(), ()>::new();
        for _ in 0..model.node_count() { graph.add_node(()); }
        for (source, target, _) in model.edges() { graph.add_edge(source, target, ()); }
        let got = states(&model, &off);
        for (index, _) in model.nodes() {
            let reachable = off.iter().any(|&o| petgraph::algo::has_path_connecting(&graph, o, index, None));
            prop_assert_eq!(got[index.index()] == NodeState::Down, reachable, "node {}", index.index());
        }
    }

    #[test]
    fn switching_off_more_never_brings_anything_back_up((n, deps, off, more) in graph_strategy()) {
        let model = random_model(n, &deps);
        let fewer: Vec<NodeIndex> = off.iter().copied().map(NodeIndex::new).collect();
        let all: Vec<NodeIndex> = off.into_iter().chain(more).map(NodeIndex::new).collect();
        let before = states(&model, &fewer);
        let after = states(&model, &all);
        for (b, a) in before.iter().zip(&after) {
            prop_assert!(a >= b);
        }
    }

    #[test]
    fn blast_radius_equals_one_full_propagation_per_switchable_node((n, deps, _, _) in graph_strategy()) {
        let model = random_model(n, &deps);
        let mut brute: Vec<(usize, usize, usize)> = Vec::new();
        for (index, node) in model.nodes() {
            if !node.kind.is_switchable() { continue; }
            let outcome = propagate(&model, &[index]);
            let web = model.nodes().filter(|(_, node)| node.kind == Kind::WebService);
            let (mut down, mut degraded) = (0, 0);
            for (service, _) in web {
                match outcome.state(service) {
                    NodeState::Down => down += 1,
                    NodeState::Degraded => degraded += 1,
                    NodeState::Up => {}
                }
            }
            brute.push((index.index(), down, degraded));
        }
        let mut fast: Vec<(usize, usize, usize)> =
            blast_radius(&model, &[]).into_iter().map(|b| (b.node.index(), b.down, b.degraded)).collect();
        fast.sort();
        prop_assert_eq!(fast, brute);
    }

    #[test]
    fn a_backup_never_makes_anything_worse_and_a_backup_switched_off_changes_nothing(
        (n, deps, off, more) in graph_strategy()
    ) {
        let model = random_model(n, &deps);
        let off: Vec<NodeIndex> = off.into_iter().map(NodeIndex::new).collect();
        let backups = backups_from(&more);
        let without = states(&model, &off);
        let outcome = propagate_with(&model, &off, &backups);
        for (index, _) in model.nodes() {
            prop_assert!(outcome.state(index) <= without[index.index()], "node {}", index.index());
        }
        let mut all_off = off.clone();
        all_off.extend(backups.iter().map(|b| b.backup));
        let plain = states(&model, &all_off);
        let backed = propagate_with(&model, &all_off, &backups);
        for (index, _) in model.nodes() {
            prop_assert_eq!(backed.state(index), plain[index.index()], "node {}", index.index());
        }
    }

    #[test]
    fn the_order_of_toggles_does_not_matter(toggles in prop::collection::vec(0usize..6, 0..12)) {
        let apply = |order: &[usize]| {
            order.iter().fold(Scenario::default(), |scenario, &i| {
                scenario.apply(Action::Toggle(cloudfall_model::NodeId::new(format!("n{i}")))).unwrap_or(scenario)
            })
        };
        let mut reversed = toggles.clone();
        reversed.reverse();
        prop_assert_eq!(apply(&toggles), apply(&reversed));
    }

    #[test]
    fn propagation_does_not_depend_on_the_order_or_repetition_of_what_is_off(
        (n, deps, off, more) in graph_strategy()
    ) {
        let model = random_model(n, &deps);
        let backups = backups_from(&more);
        let off: Vec<NodeIndex> = off.into_iter().map(NodeIndex::new).collect();
        let mut shuffled: Vec<NodeIndex> = off.iter().rev().copied().collect();
        shuffled.extend(off.iter().copied());
        let mut backups_shuffled = backups.clone();
        backups_shuffled.reverse();
        let a = propagate_with(&model, &off, &backups);
        let b = propagate_with(&model, &shuffled, &backups_shuffled);
        for (index, _) in model.nodes() {
            prop_assert_eq!(a.state(index), b.state(index), "node {}", index.index());
            prop_assert_eq!(a.wave(index), b.wave(index), "wave of node {}", index.index());
        }
    }

    #[test]
    fn a_replay_never_confirms_itself((n, deps, off, _) in graph_strategy()) {
        // The oracle: the same data without the dependencies whose only evidence is reports of i0, propagated
        // plainly. Leaving an incident's own reports out must give exactly that, so no report of i0 can make a
        // service a hit of i0's replay.
        let file = random_file(n, &deps, mixed_evidence);
        let model = build(file.clone()).unwrap();
        let mut pruned = file;
        pruned.dependencies.retain(|dependency| {
            !dependency.evidence.iter().all(|e| e.kind == EvidenceKind::Reported && e.incident.as_deref() == Some("i0"))
        });
        let oracle = build(pruned).unwrap();
        let off: Vec<NodeIndex> = off.into_iter().map(NodeIndex::new).collect();
        let independent = propagate_independently(&model, &off, &[], "i0");
        let plain = propagate(&oracle, &off);
        for (index, _) in model.nodes() {
            prop_assert_eq!(independent.state(index), plain.state(index), "node {}", index.index());
        }
    }

    #[test]
    fn every_affected_node_s_cause_justifies_it((n, deps, off, _) in graph_strategy()) {
        let model = random_model(n, &deps);
        let off: Vec<NodeIndex> = off.into_iter().map(NodeIndex::new).collect();
        let outcome = propagate(&model, &off);
        for (index, _) in model.nodes() {
            let state = outcome.state(index);
            if state == NodeState::Up || off.contains(&index) {
                continue;
            }
            let why = outcome.why(index);
            prop_assert!(why.len() >= 2, "node {} has no cause", index.index());
            let cause = why[1];
            prop_assert!(model.dependencies_of(index).any(|(source, _)| source == cause), "a cause is a dependency");
            prop_assert!(outcome.state(cause) != NodeState::Up);
            if state == NodeState::Down {
                // A down node's cause is down for good, from the wave just before. (A degraded node's cause may
                // get worse later, and its wave then moves on.)
                prop_assert_eq!(outcome.state(cause), NodeState::Down, "node {}", index.index());
                prop_assert_eq!(outcome.wave(cause) + 1, outcome.wave(index), "node {}", index.index());
            }
            prop_assert!(why.last().is_some_and(|root| off.contains(root)), "a chain ends at what was switched off");
        }
    }
}
