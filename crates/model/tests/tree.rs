//! The tree view's two viewpoints (issue 17, requirement 12) and the boxes' summarising tooltips (requirement 15)
//! on the shipped data: "by provider" goes from the providers to what depends on them, "by service" from the web
//! services to what they depend on, each the other read backwards; a node several paths lead to is a junction;
//! the viewpoint travels in the URL; and a failed box's reach names every affected service up to 20, the three
//! best known past that.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use cloudfall_model::metrics::{reach, SUMMARY_NAMED, SUMMARY_PAST};
use cloudfall_model::tree::{children, junction, parents, roots, Viewpoint, LISTED};
use cloudfall_model::{derive, load, Action, Model, NodeId, NodeIndex, NodeKind, NodeState, QueryProblem, Scenario};

const SHIPPED: &str = include_str!("../../../static/data/cloudfall.json");

fn shipped() -> Model {
    load(SHIPPED).expect("the shipped data loads")
}

fn at(model: &Model, id: &str) -> NodeIndex {
    model.lookup(&NodeId::new(id)).unwrap_or_else(|| panic!("no node {id}"))
}

fn ids(model: &Model, indices: &[NodeIndex]) -> Vec<String> {
    indices.iter().map(|&index| model.node(index).id.to_string()).collect()
}

#[test]
fn by_provider_starts_at_the_providers_and_goes_down_to_what_depends_on_them() {
    let model = shipped();
    let top = roots(&model, Viewpoint::Provider);
    assert!(!top.is_empty());
    assert!(top.iter().all(|&index| model.node(index).kind == NodeKind::Provider));
    assert_eq!(top.len(), model.nodes_of_kind(NodeKind::Provider).count());
    let aws = children(&model, Viewpoint::Provider, at(&model, "aws"));
    assert!(ids(&model, &aws).contains(&"aws/us-east-1".to_string()));
    // In the map's order, top to bottom: the kinds never go back up.
    let kinds: Vec<NodeKind> = aws.iter().map(|&index| model.node(index).kind).collect();
    assert!(kinds.windows(2).all(|pair| pair[0] <= pair[1]), "{kinds:?}");
    assert!(aws.len() <= LISTED);
}

#[test]
fn by_service_starts_at_the_web_services_best_known_first_and_goes_down_to_the_providers() {
    let model = shipped();
    let top = roots(&model, Viewpoint::Service);
    assert_eq!(top.len(), model.nodes_of_kind(NodeKind::WebService).count());
    assert!(top.iter().all(|&index| model.node(index).kind == NodeKind::WebService));
    let audience = |index: NodeIndex| model.node(index).audience.as_ref().map_or(-1.0, |audience| audience.millions);
    assert!(top.windows(2).all(|pair| audience(pair[0]) >= audience(pair[1])), "not best known first");
    // Fortnite depends on DynamoDB in us-east-1 and on Epic Online Services; the supplier, nearer, comes first.
    let fortnite = children(&model, Viewpoint::Service, at(&model, "fortnite"));
    let names = ids(&model, &fortnite);
    assert!(names.contains(&"aws/us-east-1/dynamodb".to_string()), "{names:?}");
    let supplier = names.iter().position(|id| id == "epic-online-services").expect("Fortnite's supplier");
    let dynamodb = names.iter().position(|id| id == "aws/us-east-1/dynamodb").unwrap();
    assert!(supplier < dynamodb, "{names:?}");
    // Every way down from Snapchat ends at a provider (or at a node the data gives no dependency): never at
    // another web service's dependents, since the viewpoint only goes to what is needed.
    let mut stack = vec![at(&model, "snapchat")];
    let mut reached_a_provider = false;
    while let Some(node) = stack.pop() {
        let below = children(&model, Viewpoint::Service, node);
        for &child in &below {
            assert!(
                model.dependencies_of(node).any(|(source, _)| source == child),
                "{} is listed under {} without being one of its dependencies",
                model.node(child).id,
                model.node(node).id
            );
        }
        if below.is_empty() {
            reached_a_provider |= model.node(node).kind == NodeKind::Provider;
        }
        stack.extend(below);
    }
    assert!(reached_a_provider, "no path from Snapchat reaches a provider");
}

#[test]
fn each_viewpoint_is_the_other_read_backwards() {
    let model = shipped();
    for (index, _) in model.nodes() {
        for child in children(&model, Viewpoint::Service, index) {
            assert!(
                parents(&model, Viewpoint::Provider, index).contains(&child),
                "{} under {} by service but not its parent by provider",
                model.node(child).id,
                model.node(index).id
            );
            assert!(parents(&model, Viewpoint::Service, child).contains(&index));
        }
    }
}

#[test]
fn a_node_several_paths_lead_to_is_a_junction_naming_its_other_parents() {
    let model = shipped();
    let dynamodb = at(&model, "aws/us-east-1/dynamodb");
    let snapchat = at(&model, "snapchat");
    // By service, DynamoDB is under Snapchat and under every other service that needs it.
    let seen = junction(&model, Viewpoint::Service, dynamodb, Some(snapchat), 3).expect("a junction");
    assert_eq!(seen.others.len(), 3);
    assert!(!seen.others.contains(&snapchat), "the parent it was reached from is not an 'other'");
    let all = parents(&model, Viewpoint::Service, dynamodb).len();
    assert_eq!(seen.more, all - 1 - 3);
    // By provider, Snapchat is under DynamoDB, Google and the rest of what it depends on.
    let seen = junction(&model, Viewpoint::Provider, snapchat, Some(dynamodb), 3).expect("a junction");
    assert!(!seen.others.contains(&dynamodb));
    assert!(ids(&model, &seen.others).contains(&"google".to_string()));
    // A provider depends on nothing: never a junction by provider.
    assert_eq!(junction(&model, Viewpoint::Provider, at(&model, "aws"), None, 3), None);
}

#[test]
fn the_viewpoint_travels_in_the_url_and_a_wrong_one_is_reported() {
    let model = shipped();
    let scenario = Scenario::default().apply(Action::SetTree(Viewpoint::Service)).unwrap();
    assert_eq!(scenario.to_query(), "?tree=service");
    let (read, problems) = Scenario::from_query("?tree=service", &model);
    assert_eq!((read.tree, problems), (Viewpoint::Service, vec![]));
    // The default is not written, and reads back as the default.
    assert_eq!(Scenario::default().to_query(), "");
    let (read, problems) = Scenario::from_query("?tree=provider", &model);
    assert_eq!((read.tree, problems), (Viewpoint::Provider, vec![]));
    let (read, problems) = Scenario::from_query("?tree=sideways", &model);
    assert_eq!(read.tree, Viewpoint::Provider);
    assert_eq!(problems, vec![QueryProblem::BadClassValue { key: "tree".into(), value: "sideways".into() }]);
    assert_eq!(Scenario::default().apply(Action::SetTree(Viewpoint::Provider)), None, "nothing changes");
}

#[test]
fn a_switched_off_box_past_twenty_services_summarises_with_the_three_best_known() {
    let model = shipped();
    let scenario = Scenario::default().apply(Action::Toggle(NodeId::new("aws/us-east-1/dynamodb"))).unwrap();
    let derived = derive(&model, &scenario);
    let dynamodb = at(&model, "aws/us-east-1/dynamodb");
    let seen = reach(&model, &derived.outcome, dynamodb).expect("DynamoDB takes services down");
    assert!(seen.down > SUMMARY_PAST, "{} down", seen.down);
    assert!(seen.summarised);
    assert_eq!(seen.named.len(), SUMMARY_NAMED);
    // Every web service down in this scenario depends on DynamoDB, the only thing off: the counts agree.
    assert_eq!(seen.down, derived.impact.down.len());
    assert_eq!(seen.degraded, derived.impact.degraded.len());
    // The three best known of those down, as the live sentence names them.
    assert_eq!(seen.named, cloudfall_model::metrics::best_known(&model, &derived.impact.down, SUMMARY_NAMED));
}

#[test]
fn a_box_reaching_few_services_names_them_all_and_an_up_box_or_a_web_service_says_nothing() {
    let model = shipped();
    let scenario = Scenario::default().apply(Action::Toggle(NodeId::new("epic-online-services"))).unwrap();
    let derived = derive(&model, &scenario);
    let seen = reach(&model, &derived.outcome, at(&model, "epic-online-services")).expect("Epic takes Fortnite down");
    assert!(!seen.summarised);
    assert!(seen.down + seen.degraded <= SUMMARY_PAST);
    assert_eq!(seen.named.len(), seen.down + seen.degraded, "every affected service is named");
    assert!(ids(&model, &seen.named).contains(&"fortnite".to_string()));
    assert_eq!(derived.outcome.state(at(&model, "fortnite")), NodeState::Down);
    assert_eq!(reach(&model, &derived.outcome, at(&model, "fortnite")), None, "a web service is its own state");
    assert_eq!(reach(&model, &derived.outcome, at(&model, "aws")), None, "an up box takes nothing down");
}
