//! The likelihood model: property tests on small random graphs (bounds, monotone, order-free, never above what its
//! evidence allows, at least the weight of a required chain) and its figures on the shipped data.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, clippy::indexing_slicing)]

mod common;

use cloudfall_model::calibration::calibrate;
use cloudfall_model::data::{DependencyMode, DependencyRecord, Evidence, EvidenceKind, NodeKind, NodeRecord};
use cloudfall_model::likelihood::{fractional_year, likelihood, likelihood_independently, Weights};
use cloudfall_model::validate::build;
use cloudfall_model::{load, propagate, Link, Model, NodeId, NodeIndex};
use proptest::prelude::*;

const SHIPPED: &str = include_str!("../../../static/data/cloudfall.json");

/// The evidence of a random dependency from one byte: its kind, its year (2015 to 2025) and, for a report, which of
/// the two incidents it names.
fn evidence(code: u8) -> Evidence {
    let kind = match code % 3 {
        0 => EvidenceKind::Documented,
        1 => EvidenceKind::Reported,
        _ => EvidenceKind::Inferred,
    };
    Evidence {
        kind,
        publisher: "test".into(),
        title: "test".into(),
        url: None,
        date: format!("{}", 2015 + u16::from(code / 3 % 11)),
        incident: (kind == EvidenceKind::Reported).then(|| format!("i{}", code / 33 % 2)),
        note: None,
        note_fr: None,
        via: None,
    }
}

/// A random model: `n` flat nodes (every third a provider, with a region `nI/r` inside it) and dependencies
/// `(dependent, depends_on, mode, evidence bytes)` between any of them.
fn random_model(n: usize, deps: &[RandomDependency]) -> Model {
    let mut ids = Vec::new();
    let mut nodes = Vec::new();
    for i in 0..n {
        let kind = if i % 3 == 0 { NodeKind::Provider } else { NodeKind::WebService };
        nodes.push(NodeRecord::new(format!("n{i}"), kind, format!("n{i}")));
        ids.push(format!("n{i}"));
        if kind == NodeKind::Provider {
            nodes.push(NodeRecord::new(format!("n{i}/r"), NodeKind::Region, format!("n{i} r")));
            ids.push(format!("n{i}/r"));
        }
    }
    let mut seen = std::collections::HashSet::new();
    let dependencies: Vec<DependencyRecord> = deps
        .iter()
        .map(|(a, b, mode, codes)| (a % ids.len(), b % ids.len(), mode, codes))
        .filter(|(a, b, _, _)| a != b && !ids[*b].starts_with(&format!("{}/", ids[*a])) && seen.insert((*a, *b)))
        .map(|(a, b, mode, codes)| {
            let mode = match mode % 3 {
                0 => DependencyMode::Required,
                1 => DependencyMode::Redundant,
                _ => DependencyMode::Soft,
            };
            DependencyRecord {
                dependent: ids[a].clone(),
                depends_on: ids[b].clone(),
                role: cloudfall_model::Role::Hosting,
                mode,
                group: (mode == DependencyMode::Redundant).then(|| format!("g{}", codes[0] % 2)),
                evidence: codes.iter().map(|&code| evidence(code)).collect(),
            }
        })
        .collect();
    let incidents = common::incidents(&["i0", "i1"], "n0/r", &dependencies);
    build(common::data_file("2026-11-25", nodes, dependencies, incidents)).unwrap()
}

/// A link's weight computed again from the rules as `docs/model.md` states them: the best weight among its kinds,
/// halved every half-life since its newest source; containment 1.
fn weight_of(link: &Link, weights: &Weights, as_of: f64) -> f64 {
    let Link::Uses(dependency) = link else { return 1.0 };
    let best = dependency
        .evidence
        .iter()
        .map(|evidence| match evidence.kind {
            EvidenceKind::Documented => weights.documented,
            EvidenceKind::Reported => weights.reported,
            EvidenceKind::Inferred => weights.inferred,
        })
        .fold(0.0, f64::max);
    let newest = dependency.evidence.iter().filter_map(|e| fractional_year(&e.date)).fold(f64::MIN, f64::max);
    let decay = weights.half_life_years.map_or(1.0, |half_life| 0.5f64.powf((as_of - newest).max(0.0) / half_life));
    best * decay
}

/// A random dependency: `(dependent, depends_on, mode, evidence bytes)`.
type RandomDependency = (usize, usize, u8, Vec<u8>);

fn graph_strategy() -> impl Strategy<Value = (usize, Vec<RandomDependency>)> {
    (3usize..9).prop_flat_map(|n| {
        (
            Just(n),
            prop::collection::vec((0..2 * n, 0..2 * n, any::<u8>(), prop::collection::vec(any::<u8>(), 1..3)), 0..20),
        )
    })
}

fn weights_strategy() -> impl Strategy<Value = Weights> {
    (0.0..=1.0f64, 0.0..=1.0f64, 0.0..=1.0f64, prop::option::of(1.0..20.0f64), 0.0..=1.0f64).prop_map(
        |(documented, reported, inferred, half_life_years, neutral_prior)| Weights {
            documented,
            reported,
            inferred,
            half_life_years,
            neutral_prior,
        },
    )
}

proptest! {
    #[test]
    fn likelihoods_stay_between_0_and_1_and_what_is_off_is_certain(
        (n, deps) in graph_strategy(), off in prop::collection::vec(0usize..20, 0..4), weights in weights_strategy(),
    ) {
        let model = random_model(n, &deps);
        let off: Vec<NodeIndex> = off.iter().map(|i| NodeIndex::new(i % model.node_count())).collect();
        let likely = likelihood(&model, &off, &[], &weights);
        for (index, _) in model.nodes() {
            let (down, affected) = (likely.down(index), likely.affected(index));
            prop_assert!((0.0..=1.0).contains(&down) && (0.0..=1.0).contains(&affected));
            prop_assert!(affected >= down - 1e-12, "affected {affected} below down {down}");
            if off.contains(&index) {
                prop_assert_eq!((down, affected), (1.0, 1.0));
            }
            if off.is_empty() {
                prop_assert_eq!((down, affected), (0.0, 0.0));
            }
        }
    }

    #[test]
    fn switching_more_off_never_lowers_a_likelihood(
        (n, deps) in graph_strategy(), off in prop::collection::vec(0usize..20, 0..4), more in 0usize..20,
        weights in weights_strategy(),
    ) {
        let model = random_model(n, &deps);
        let off: Vec<NodeIndex> = off.iter().map(|i| NodeIndex::new(i % model.node_count())).collect();
        let mut bigger = off.clone();
        bigger.push(NodeIndex::new(more % model.node_count()));
        let (before, after) = (likelihood(&model, &off, &[], &weights), likelihood(&model, &bigger, &[], &weights));
        for (index, _) in model.nodes() {
            prop_assert!(after.down(index) >= before.down(index) - 1e-9);
            prop_assert!(after.affected(index) >= before.affected(index) - 1e-9);
        }
    }

    #[test]
    fn the_order_of_what_is_switched_off_changes_nothing(
        (n, deps) in graph_strategy(), off in prop::collection::vec(0usize..20, 1..5), weights in weights_strategy(),
    ) {
        let model = random_model(n, &deps);
        let off: Vec<NodeIndex> = off.iter().map(|i| NodeIndex::new(i % model.node_count())).collect();
        let reversed: Vec<NodeIndex> = off.iter().rev().copied().collect();
        let (a, b) = (likelihood(&model, &off, &[], &weights), likelihood(&model, &reversed, &[], &weights));
        for (index, _) in model.nodes() {
            prop_assert!((a.affected(index) - b.affected(index)).abs() < 1e-6);
            prop_assert!((a.down(index) - b.down(index)).abs() < 1e-6);
        }
    }

    #[test]
    fn a_node_down_through_required_links_is_at_least_as_likely_as_their_weights_multiplied(
        (n, deps) in graph_strategy(), off in prop::collection::vec(0usize..20, 1..4), weights in weights_strategy(),
    ) {
        let model = random_model(n, &deps);
        let as_of = fractional_year(&model.info.as_of).unwrap();
        let off: Vec<NodeIndex> = off.iter().map(|i| NodeIndex::new(i % model.node_count())).collect();
        let outcome = propagate(&model, &off);
        let likely = likelihood(&model, &off, &[], &weights);
        for (index, _) in model.nodes() {
            let chain = outcome.why(index);
            if !outcome.state(index).is_dark() || chain.is_empty() {
                continue;
            }
            let mut product = 1.0;
            let mut required = true;
            for pair in chain.windows(2) {
                let link = model.dependencies_of(pair[0]).find(|(source, _)| *source == pair[1]).map(|(_, link)| link);
                match link {
                    Some(link) if link.mode() == DependencyMode::Required => product *= weight_of(link, &weights, as_of),
                    _ => required = false,
                }
            }
            if required {
                prop_assert!(likely.down(index) >= product - 1e-9, "{} {} < {product}", model.node(index).id, likely.down(index));
            }
        }
    }

    #[test]
    fn leaving_an_incident_s_reports_out_never_raises_a_likelihood_outside_redundant_groups(
        (n, deps) in graph_strategy(), off in prop::collection::vec(0usize..20, 1..4), weights in weights_strategy(),
        incident in 0usize..2,
    ) {
        // Without redundant groups: leaving out the only evidence of one alternative leaves a smaller group, which
        // fails more easily (as it does in propagation).
        let deps: Vec<_> = deps.into_iter().map(|(a, b, mode, codes)| (a, b, if mode % 3 == 1 { 0 } else { mode }, codes)).collect();
        let model = random_model(n, &deps);
        let off: Vec<NodeIndex> = off.iter().map(|i| NodeIndex::new(i % model.node_count())).collect();
        let all = likelihood(&model, &off, &[], &weights);
        let independent = likelihood_independently(&model, &off, &[], &weights, &format!("i{incident}"));
        for (index, _) in model.nodes() {
            prop_assert!(independent.affected(index) <= all.affected(index) + 1e-9);
            prop_assert!(independent.down(index) <= all.down(index) + 1e-9);
        }
    }
}

fn index(model: &Model, id: &str) -> NodeIndex {
    model.lookup(&NodeId::new(id)).unwrap()
}

#[test]
fn switching_off_dynamodb_gives_fortnite_a_likelihood_and_leaves_aws_itself_unaffected() {
    let model = load(SHIPPED).unwrap();
    let likely = likelihood(&model, &[index(&model, "aws/us-east-1/dynamodb")], &[], &Weights::DEFAULT);
    assert!(likely.affected(index(&model, "fortnite")) > 0.2);
    assert_eq!(likely.affected(index(&model, "aws")), 0.0);
    assert_eq!(likely.affected(index(&model, "aws/us-east-1/dynamodb")), 1.0);
}

#[test]
fn a_service_on_the_failed_provider_but_not_the_failed_part_gets_the_neutral_prior() {
    let model = load(SHIPPED).unwrap();
    let dynamodb = index(&model, "aws/us-east-1/dynamodb");
    let without = Weights { neutral_prior: 0.0, ..Weights::DEFAULT };
    let with = Weights { neutral_prior: 0.5, ..Weights::DEFAULT };
    // A service that depends on AWS as a whole: its likelihood comes from the prior alone.
    let on_aws = model
        .nodes_of_kind(NodeKind::WebService)
        .map(|(service, _)| service)
        .find(|&service| {
            likelihood(&model, &[dynamodb], &[], &without).affected(service) == 0.0
                && likelihood(&model, &[dynamodb], &[], &with).affected(service) > 0.0
        })
        .expect("some service runs on AWS without a known region");
    assert!(likelihood(&model, &[dynamodb], &[], &with).affected(on_aws) <= 0.5 + 1e-12);
}

#[test]
fn the_default_weights_are_the_calibration_s_fit_on_every_incident() {
    let model = load(SHIPPED).unwrap();
    let calibration = calibrate(&model);
    assert_eq!(calibration.fitted_on_all, Weights::DEFAULT);
    assert_eq!(calibration.incidents.len(), model.incidents.len());
    let hits: usize = calibration.incidents.iter().map(|held_out| held_out.score.hits).sum();
    assert_eq!(calibration.overall.hits, hits);
    assert!(calibration.overall.brier().is_some_and(|brier| (0.0..=1.0).contains(&brier)));
}
