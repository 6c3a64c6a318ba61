//! Switching off by jurisdiction on the dataset the app ships: every provider and supplier has a headquarters
//! country, and each preset group darkens a known number of the web services headquartered in the EU.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, clippy::indexing_slicing)]

use cloudfall_model::jurisdiction::{is_eu_member, switched_off_by, EuStanding};
use cloudfall_model::{derive, load, Action, Jurisdiction, Model, NodeId, NodeKind, NodeState, Scenario};

const SHIPPED: &str = include_str!("../../../static/data/cloudfall.json");

fn shipped() -> Model {
    load(SHIPPED).expect("the shipped data loads")
}

fn with(groups: &[Jurisdiction]) -> Scenario {
    groups.iter().fold(Scenario::default(), |scenario, &group| {
        scenario.apply(Action::ToggleJurisdiction(group)).expect("a new group changes the scenario")
    })
}

const US: Jurisdiction = Jurisdiction::Country(*b"US");
const CN: Jurisdiction = Jurisdiction::Country(*b"CN");
const OUTSIDE_EU: Jurisdiction = Jurisdiction::OutsideEu;

#[test]
fn every_provider_and_supplier_has_a_headquarters_country() {
    let model = shipped();
    for kind in [NodeKind::Provider, NodeKind::Supplier] {
        for (_, node) in model.nodes_of_kind(kind) {
            assert!(node.country.is_some(), "{} has no country", node.id);
        }
    }
}

#[test]
fn nothing_switched_off_leaves_all_119_eu_services_standing() {
    let model = shipped();
    let derived = derive(&model, &Scenario::default());
    assert_eq!(derived.eu_standing, EuStanding { total: 119, standing: 119 });
}

/// The state of each named web service under `scenario`, for a readable assertion.
fn states(model: &Model, scenario: &Scenario, ids: &[&str]) -> Vec<(String, NodeState)> {
    let derived = derive(model, scenario);
    ids.iter()
        .map(|id| {
            let index = model.lookup(&NodeId::new(*id)).unwrap_or_else(|| panic!("no node {id}"));
            (id.to_string(), derived.outcome.state(index))
        })
        .collect()
}

#[test]
fn switching_off_every_us_provider_darkens_60_of_the_119_eu_services() {
    let model = shipped();
    let off: Vec<String> =
        switched_off_by(&model, &[US]).into_iter().map(|index| model.node(index).id.to_string()).collect();
    assert_eq!(off.len(), 23, "10 American providers and 13 American suppliers (Atlassian among them): {off:?}");
    for company in ["aws", "cloudflare", "stripe", "okta"] {
        assert!(off.iter().any(|id| id == company), "{company} is American");
    }
    let scenario = with(&[US]);
    let derived = derive(&model, &scenario);
    assert_eq!(derived.eu_standing, EuStanding { total: 119, standing: 59 }, "60 of the 119 go down");
    let european_down = derived
        .impact
        .down
        .iter()
        .filter(|&&index| model.node(index).country.as_deref().is_some_and(is_eu_member))
        .count();
    assert_eq!(european_down, 60, "the figure agrees with the impact's list of what is down");
    assert_eq!(
        states(&model, &scenario, &["stripe", "leboncoin", "doctolib", "deezer", "franceconnect", "lichess"]),
        [
            ("stripe".to_string(), NodeState::Down),
            ("leboncoin".to_string(), NodeState::Down),
            ("doctolib".to_string(), NodeState::Down),
            ("deezer".to_string(), NodeState::Degraded),
            ("franceconnect".to_string(), NodeState::Up),
            ("lichess".to_string(), NodeState::Up),
        ]
    );
}

#[test]
fn outside_the_eu_darkens_the_same_60_and_china_alone_none() {
    let model = shipped();
    assert_eq!(derive(&model, &with(&[OUTSIDE_EU])).eu_standing.standing, 59);
    assert_eq!(derive(&model, &with(&[US, OUTSIDE_EU])).eu_standing.standing, 59, "groups overlap without harm");
    assert_eq!(derive(&model, &with(&[CN])).eu_standing, EuStanding { total: 119, standing: 119 });
    let chinese: Vec<String> =
        switched_off_by(&model, &[CN]).into_iter().map(|index| model.node(index).id.to_string()).collect();
    assert_eq!(chinese, ["alibaba", "tencent", "huawei"]);
}

#[test]
fn a_provider_switched_off_by_hand_and_by_its_group_counts_once() {
    let model = shipped();
    let scenario = with(&[CN]).apply(Action::Toggle(NodeId::new("alibaba"))).unwrap();
    assert_eq!(scenario.off_indices(&model).len(), 3);
}

/// The shipped model, loaded once for all the property test's cases.
static SHARED: std::sync::OnceLock<Model> = std::sync::OnceLock::new();

proptest::proptest! {
    // Each case derives the shipped data a few times: 64 cases cover the 5 groups' subsets and orders well enough.
    #![proptest_config(proptest::test_runner::Config { cases: 64, ..Default::default() })]

    /// The order of jurisdiction toggles changes nothing, and switching one more group off never brings a node
    /// back up (the figure can only fall).
    #[test]
    fn groups_are_order_free_and_more_groups_never_bring_anything_back(
        picks in proptest::collection::vec(0..5usize, 0..6),
    ) {
        let all = [US, CN, OUTSIDE_EU, Jurisdiction::Country(*b"FR"), Jurisdiction::Country(*b"GB")];
        let model = SHARED.get_or_init(shipped);
        let forward = picks.iter().fold(Scenario::default(), |s, &i| {
            s.apply(Action::ToggleJurisdiction(all[i])).unwrap_or(s)
        });
        let backward = picks.iter().rev().fold(Scenario::default(), |s, &i| {
            s.apply(Action::ToggleJurisdiction(all[i])).unwrap_or(s)
        });
        proptest::prop_assert_eq!(&forward, &backward);
        let before = derive(model, &forward);
        for extra in all {
            if forward.jurisdictions.contains(&extra) {
                continue;
            }
            let more = forward.apply(Action::ToggleJurisdiction(extra)).unwrap();
            let after = derive(model, &more);
            proptest::prop_assert!(after.eu_standing.standing <= before.eu_standing.standing);
            for (index, _) in model.nodes() {
                proptest::prop_assert!(after.outcome.state(index) >= before.outcome.state(index));
            }
        }
    }
}
