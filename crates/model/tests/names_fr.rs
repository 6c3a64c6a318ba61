//! French names (issue 17): every node a pupil meets as infrastructure has a French name in the shipped data, and
//! `Node::name_in` picks it for the French page while falling back to English where the data has none.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use cloudfall_model::{load, Lang, NodeId, NodeKind};

const SHIPPED: &str = include_str!("../../../static/data/cloudfall.json");

#[test]
fn every_provider_region_zone_cloud_service_and_supplier_has_a_french_name() {
    let model = load(SHIPPED).unwrap();
    let missing: Vec<&str> = model
        .nodes()
        .filter(|(_, node)| node.kind != NodeKind::WebService && node.name_fr.is_none())
        .map(|(_, node)| node.id.as_str())
        .collect();
    assert!(missing.is_empty(), "no name_fr for {missing:?}");
}

#[test]
fn name_in_gives_the_french_name_in_french_and_the_english_one_otherwise() {
    let model = load(SHIPPED).unwrap();
    let region = model.node(model.lookup(&NodeId::new("aws/us-east-1")).unwrap());
    assert_eq!(region.name_in(Lang::Fr), "Région AWS US East (Virginie du Nord)");
    assert_eq!(region.name_in(Lang::En), "AWS US East (N. Virginia) region");
    let network = model.node(model.lookup(&NodeId::new("aws/us-east-1/internal-network")).unwrap());
    assert!(network.name_in(Lang::Fr).starts_with("Réseau interne"));
}

#[test]
fn a_node_without_a_french_name_keeps_its_english_name_in_french() {
    let model = load(SHIPPED).unwrap();
    let snapchat = model.node(model.lookup(&NodeId::new("snapchat")).unwrap());
    assert_eq!(snapchat.name_fr, None);
    assert_eq!(snapchat.name_in(Lang::Fr), "Snapchat");
}

#[test]
fn the_best_known_services_come_by_audience_largest_first() {
    use cloudfall_model::metrics::best_known;
    let model = load(SHIPPED).unwrap();
    let ids = ["airbnb", "snapchat", "fortnite", "roblox"];
    let indices: Vec<_> = ids.iter().map(|id| model.lookup(&NodeId::new(*id)).unwrap()).collect();
    let best = best_known(&model, &indices, 3);
    assert_eq!(best.len(), 3);
    let audiences: Vec<f64> = best
        .iter()
        .map(|&index| model.node(index).audience.as_ref().map_or(-1.0, |audience| audience.millions))
        .collect();
    assert!(audiences.windows(2).all(|pair| pair[0] >= pair[1]), "{audiences:?}");
    assert_eq!(model.node(best[0]).id.as_str(), "snapchat");
}
