//! Data-driven tests of outage propagation: a tiny inline data file, what is switched off, and the expected
//! outcome as readable text (every node that is not up, with its wave and its why-chain).

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, clippy::indexing_slicing)]

use cloudfall_model::metrics::impact;
use cloudfall_model::outage::{propagate_with, Backup};
use cloudfall_model::{load, propagate, Model, NodeId, NodeState};

/// Builds a model from `nodes` (`id kind` per line) and `deps` (`dependent -> depends_on mode [group]`).
fn model(nodes: &str, deps: &str) -> Model {
    let nodes: Vec<String> = nodes
        .lines()
        .map(str::trim)
        .filter(|line| !line.is_empty())
        .map(|line| {
            let (id, kind) = line.split_once(' ').unwrap();
            format!(r#"{{"id": "{id}", "kind": "{kind}", "name": "{id}"}}"#)
        })
        .collect();
    let deps: Vec<String> = deps
        .lines()
        .map(str::trim)
        .filter(|line| !line.is_empty())
        .map(|line| {
            let words: Vec<&str> = line.split_whitespace().collect();
            let group = words.get(4).map(|g| format!(r#", "group": "{g}""#)).unwrap_or_default();
            format!(
                r#"{{"dependent": "{}", "depends_on": "{}", "role": "hosting", "mode": "{}"{group},
                    "evidence": [{{"kind": "documented", "publisher": "P", "title": "T", "date": "2025"}}]}}"#,
                words[0], words[2], words[3]
            )
        })
        .collect();
    let json = format!(
        r#"{{"dataset": {{"id": "t", "version": "1", "as_of": "2025-11-01", "title": "t"}},
            "nodes": [{}], "dependencies": [{}]}}"#,
        nodes.join(","),
        deps.join(",")
    );
    load(&json).unwrap_or_else(|problems| panic!("fixture does not load: {problems:?}"))
}

/// Renders the outcome of switching `off` off: one line per node that is not up.
fn render(model: &Model, off: &[&str]) -> String {
    let off: Vec<_> = off.iter().map(|id| model.lookup(&NodeId::new(*id)).unwrap()).collect();
    let outcome = propagate(model, &off);
    let mut lines = Vec::new();
    for (index, node) in model.nodes() {
        let state = outcome.state(index);
        if state == NodeState::Up {
            continue;
        }
        let why: Vec<&str> = outcome.why(index).iter().map(|&i| model.node(i).id.as_str()).collect();
        lines.push(format!("{} {} wave={} why={}", node.id, state.as_str(), outcome.wave(index), why.join("<-")));
    }
    let summary = impact(model, &outcome);
    lines.push(format!(
        "web: {} down, {} degraded of {}",
        summary.down.len(),
        summary.degraded.len(),
        summary.web_services
    ));
    lines.join("\n")
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
    shop web_service
    chat web_service";

/// A game that reaches DynamoDB through an authentication supplier, a shop in Paris, a chat on another cloud.
const SUPPLY_CHAIN: &str = "
    auth -> aws/us-east-1/dynamodb required
    game -> auth required
    shop -> aws/eu-west-3 required
    chat -> gcp required";

#[test]
fn switching_off_dynamodb_darkens_what_depends_on_it_directly_or_through_a_supplier() {
    let model = model(CLOUD, SUPPLY_CHAIN);
    check(
        &model,
        &["aws/us-east-1/dynamodb"],
        "
        aws/us-east-1/dynamodb down wave=0 why=aws/us-east-1/dynamodb
        auth down wave=1 why=auth<-aws/us-east-1/dynamodb
        game down wave=2 why=game<-auth<-aws/us-east-1/dynamodb
        web: 1 down, 0 degraded of 3",
    );
}

#[test]
fn switching_off_a_provider_darkens_its_regions_and_services() {
    let model = model(CLOUD, SUPPLY_CHAIN);
    check(
        &model,
        &["aws"],
        "
        aws down wave=0 why=aws
        aws/us-east-1 down wave=1 why=aws/us-east-1<-aws
        aws/us-east-1/dynamodb down wave=2 why=aws/us-east-1/dynamodb<-aws/us-east-1<-aws
        aws/eu-west-3 down wave=1 why=aws/eu-west-3<-aws
        auth down wave=3 why=auth<-aws/us-east-1/dynamodb<-aws/us-east-1<-aws
        game down wave=4 why=game<-auth<-aws/us-east-1/dynamodb<-aws/us-east-1<-aws
        shop down wave=2 why=shop<-aws/eu-west-3<-aws
        web: 2 down, 0 degraded of 3",
    );
}

#[test]
fn redundant_alternatives_degrade_until_all_are_down() {
    let model = model(
        CLOUD,
        "
        shop -> aws/us-east-1 redundant hosting
        shop -> gcp redundant hosting",
    );
    check(
        &model,
        &["aws/us-east-1"],
        "
        aws/us-east-1 down wave=0 why=aws/us-east-1
        aws/us-east-1/dynamodb down wave=1 why=aws/us-east-1/dynamodb<-aws/us-east-1
        shop degraded wave=1 why=shop<-aws/us-east-1
        web: 0 down, 1 degraded of 3",
    );
    check(
        &model,
        &["aws", "gcp"],
        "
        aws down wave=0 why=aws
        aws/us-east-1 down wave=1 why=aws/us-east-1<-aws
        aws/us-east-1/dynamodb down wave=2 why=aws/us-east-1/dynamodb<-aws/us-east-1<-aws
        aws/eu-west-3 down wave=1 why=aws/eu-west-3<-aws
        gcp down wave=0 why=gcp
        shop down wave=2 why=shop<-aws/us-east-1<-aws
        web: 1 down, 0 degraded of 3",
    );
}

#[test]
fn a_soft_dependency_degrades_rather_than_breaks() {
    let model = model(
        CLOUD,
        "
        chat -> gcp required
        chat -> auth soft
        auth -> aws required",
    );
    check(
        &model,
        &["aws"],
        "
        aws down wave=0 why=aws
        aws/us-east-1 down wave=1 why=aws/us-east-1<-aws
        aws/us-east-1/dynamodb down wave=2 why=aws/us-east-1/dynamodb<-aws/us-east-1<-aws
        aws/eu-west-3 down wave=1 why=aws/eu-west-3<-aws
        auth down wave=1 why=auth<-aws
        chat degraded wave=2 why=chat<-auth<-aws
        web: 0 down, 1 degraded of 3",
    );
}

#[test]
fn a_cycle_with_nothing_switched_off_stays_up_and_a_cycle_switched_off_goes_down() {
    let model = model(
        CLOUD,
        "
        auth -> shop required
        shop -> auth required
        game -> auth required",
    );
    check(&model, &[], "web: 0 down, 0 degraded of 3");
    check(
        &model,
        &["auth"],
        "
        auth down wave=0 why=auth
        game down wave=1 why=game<-auth
        shop down wave=1 why=shop<-auth
        web: 2 down, 0 degraded of 3",
    );
}

#[test]
fn a_hypothetical_backup_turns_down_into_degraded_only_for_infrastructure() {
    let model = model(
        "aws provider
         google provider
         stripe supplier
         game web_service
         shop web_service",
        "game -> aws required
         shop -> aws required
         shop -> stripe required
         stripe -> aws required",
    );
    let index = |id: &str| model.lookup(&NodeId::new(id)).unwrap();
    let backups = [
        Backup { service: index("game"), backup: index("google") },
        Backup { service: index("shop"), backup: index("google") },
    ];
    let outcome = propagate_with(&model, &[index("aws")], &backups);
    assert_eq!(outcome.state(index("game")), NodeState::Degraded, "game moves to Google");
    assert_eq!(outcome.state(index("shop")), NodeState::Down, "a backup cloud does not replace Stripe");
    let both = propagate_with(&model, &[index("aws"), index("google")], &backups);
    assert_eq!(both.state(index("game")), NodeState::Down, "with the backup down too, the game is down");
    let only_backup = propagate_with(&model, &[index("google")], &backups);
    assert_eq!(only_backup.state(index("game")), NodeState::Up, "losing a spare changes nothing");
}
