//! The story view of a scenario, for an article column: what was switched off, the chain the failure travels, and
//! the web services that go dark grouped by category (largest group first, the best known first in each), with how
//! we know each. The grouping and ordering rules live here; the web app only renders them.

use crate::certainty::{Certainty, HowKnown};
use crate::data::{Category, NodeKind};
use crate::derive::Derived;
use crate::graph::{Model, NodeIndex};
use crate::outage::NodeState;
use crate::scenario::Scenario;

/// How many services a group names before "and N more".
pub const NAMED_PER_GROUP: usize = 3;

/// How many groups the story shows open; the smaller ones fold into one line, so a phone's column stays short.
pub const GROUPS_SHOWN: usize = 5;

/// One web service gone dark.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DarkService {
    pub index: NodeIndex,
    pub state: NodeState,
    pub how: HowKnown,
}

/// The dark web services of one category.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoryGroup {
    pub category: Category,
    /// Best known first: the largest audience, then by name.
    pub services: Vec<DarkService>,
    /// How many of them are known through a chain of each certainty, in the order of `Certainty::ALL`.
    pub by_certainty: [usize; 3],
}

impl StoryGroup {
    /// The services a group names; the rest are counted.
    pub fn named(&self) -> &[DarkService] {
        self.services.get(..self.services.len().min(NAMED_PER_GROUP)).unwrap_or_default()
    }

    /// How many services the group does not name.
    pub fn more(&self) -> usize {
        self.services.len().saturating_sub(NAMED_PER_GROUP)
    }
}

/// The story of one scenario.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Story {
    /// What is switched off, in the scenario's order.
    pub off: Vec<NodeIndex>,
    /// The chain to the best-known dark service among the most certainly known, from what was switched off to
    /// the service (empty when nothing is dark).
    pub chain: Vec<NodeIndex>,
    /// How certain the chain told is: its weakest link, as the why-chain words each link (a chain through an
    /// outage-day report is "reported only" however well the rest is known); `None` when there is no chain.
    pub chain_certainty: Option<Certainty>,
    /// The suppliers (payments, sign-in, ...) gone dark: the dominoes between the cloud and the services.
    pub suppliers: Vec<NodeIndex>,
    /// Largest group first; among equal groups, the one whose best-known service is better known. The first
    /// `GROUPS_SHOWN` are shown open (`Story::shown`), the rest folded (`Story::folded`).
    pub groups: Vec<StoryGroup>,
    /// Web services down, degraded, and in all.
    pub down: usize,
    pub degraded: usize,
    pub web_services: usize,
}

impl Story {
    /// The groups shown open.
    pub fn shown(&self) -> &[StoryGroup] {
        self.groups.get(..self.groups.len().min(GROUPS_SHOWN)).unwrap_or_default()
    }

    /// The smaller groups, folded into one line, and how many services they hold.
    pub fn folded(&self) -> (&[StoryGroup], usize) {
        let folded = self.groups.get(self.shown().len()..).unwrap_or_default();
        (folded, folded.iter().map(|group| group.services.len()).sum())
    }
}

/// The order of "best known": a larger audience first (services without a figure last), then by name.
fn best_known_first(model: &Model, a: NodeIndex, b: NodeIndex) -> std::cmp::Ordering {
    let audience = |index: NodeIndex| model.node(index).audience.as_ref().map_or(-1.0, |audience| audience.millions);
    audience(b).total_cmp(&audience(a)).then_with(|| model.node(a).name.cmp(&model.node(b).name))
}

/// Tells `scenario` as a story, from what `derived` computed for it.
///
/// # Complexity
/// O(V log V): one pass over the nodes, then sorting the dark services.
pub fn story(model: &Model, scenario: &Scenario, derived: &Derived) -> Story {
    let outcome = &derived.outcome;
    let mut dark: Vec<NodeIndex> = Vec::new();
    let mut suppliers: Vec<NodeIndex> = Vec::new();
    let mut web_services = 0;
    for (index, node) in model.nodes() {
        // Degraded counts as gone dark here: the story tells everything the failure reaches.
        let reached = outcome.state(index) != NodeState::Up;
        match node.kind {
            NodeKind::WebService => {
                web_services += 1;
                if reached {
                    dark.push(index);
                }
            }
            NodeKind::Supplier if reached => suppliers.push(index),
            _ => {}
        }
    }
    // One comparison closure for both lists: each closure type is one more copy of the sort in the web app's wasm.
    let order = |a: &NodeIndex, b: &NodeIndex| best_known_first(model, *a, *b);
    dark.sort_by(order);
    suppliers.sort_by(order);

    let mut groups: Vec<StoryGroup> = Vec::new();
    for &index in &dark {
        let category = model.node(index).category.unwrap_or(Category::Other);
        let service = DarkService { index, state: outcome.state(index), how: derived.assessment.how(index) };
        if !groups.iter().any(|group| group.category == category) {
            groups.push(StoryGroup { category, services: Vec::new(), by_certainty: [0; 3] });
        }
        let Some(group) = groups.iter_mut().find(|group| group.category == category) else { continue };
        if let HowKnown::Affected(certainty) = service.how {
            let slot = Certainty::ALL.iter().position(|&c| c == certainty);
            if let Some(count) = slot.and_then(|slot| group.by_certainty.get_mut(slot)) {
                *count += 1;
            }
        }
        group.services.push(service);
    }
    // Largest first, "Other" last whatever its size (a heading that names nothing, folded first when the story has no
    // room); the sort is stable and groups were met in best-known order, so ties keep that order.
    groups.sort_by_key(|group| (group.category == Category::Other, std::cmp::Reverse(group.services.len())));

    // The chain told is the most certain one, to the best-known service among those known that surely.
    let certainty = |index: NodeIndex| derived.assessment.certainty(index);
    let example = dark
        .iter()
        .copied()
        .max_by(|&a, &b| certainty(a).cmp(&certainty(b)).then_with(|| best_known_first(model, b, a)));
    let mut chain = example.map(|example| outcome.why(example)).unwrap_or_default();
    chain.reverse();
    // Each step depends on the one before it.
    let chain_certainty = chain
        .windows(2)
        .filter_map(|pair| match pair {
            [source, dependent] => model.link(*source, *dependent).map(|link| link.certainty()),
            _ => None,
        })
        .min();
    let down = dark.iter().filter(|&&index| outcome.state(index) == NodeState::Down).count();
    Story {
        off: scenario.off_indices(model),
        chain,
        chain_certainty,
        suppliers,
        groups,
        down,
        degraded: dark.len() - down,
        web_services,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::derive::derive;
    use crate::graph::NodeId;
    use crate::scenario::Action;
    use crate::validate::load;

    fn model() -> Model {
        load(&source()).unwrap()
    }

    /// The test model's data file.
    fn source() -> String {
        let evidence = r#"[{"kind": "documented", "publisher": "P", "title": "T", "date": "2024"}]"#;
        let reported = r#"[{"kind": "reported", "publisher": "P", "title": "T", "date": "2025-10-20",
                            "incident": "i"}]"#;
        let depends = |dependent: &str, on: &str, evidence: &str| {
            format!(
                r#"{{"dependent": "{dependent}", "depends_on": "{on}", "role": "hosting", "evidence": {evidence}}}"#
            )
        };
        let audience = |millions: u32| {
            format!(
                r#""audience": {{"millions": {millions}, "measure": "m",
                    "source": {{"publisher": "p", "title": "t", "date": "2024"}}}}"#
            )
        };
        format!(
            r#"{{"dataset": {{"id": "t", "version": "1", "as_of": "2025-11-01", "title": "t"}},
                "nodes": [{{"id": "aws", "kind": "provider", "name": "AWS"}},
                          {{"id": "aws/us-east-1", "kind": "region", "name": "us-east-1"}},
                          {{"id": "auth", "kind": "supplier", "name": "Auth"}},
                          {{"id": "fortnite", "kind": "web_service", "name": "Fortnite", "category": "gaming", {}}},
                          {{"id": "roblox", "kind": "web_service", "name": "Roblox", "category": "gaming", {}}},
                          {{"id": "tiny", "kind": "web_service", "name": "Tiny", "category": "gaming"}},
                          {{"id": "snap", "kind": "web_service", "name": "Snapchat", "category": "social", {}}},
                          {{"id": "bank", "kind": "web_service", "name": "Bank", "category": "banking"}}],
                "dependencies": [{}, {}, {}, {}, {}, {}],
                "incidents": [{{"id": "i", "name": "n", "date": "2025-10-20", "cause_en": "c", "cause_fr": "c",
                    "failed": ["aws/us-east-1"], "reported_affected": ["roblox"], "sources": []}}]}}"#,
            audience(100),
            audience(80),
            audience(400),
            depends("fortnite", "aws/us-east-1", evidence),
            depends("roblox", "aws/us-east-1", reported),
            depends("tiny", "auth", evidence),
            depends("auth", "aws/us-east-1", evidence),
            depends("snap", "aws", evidence),
            depends("bank", "aws", evidence).replace("\"hosting\"", "\"hosting\", \"mode\": \"soft\""),
        )
    }

    fn names(model: &Model, indices: &[NodeIndex]) -> Vec<String> {
        indices.iter().map(|&index| model.node(index).name.clone()).collect()
    }

    #[test]
    fn dark_services_are_grouped_by_category_largest_group_first_best_known_first() {
        let model = model();
        let scenario = crate::scenario::Scenario::default().apply(Action::Toggle(NodeId::new("aws"))).unwrap();
        let derived = derive(&model, &scenario);
        let story = story(&model, &scenario, &derived);
        assert_eq!(names(&model, &story.off), ["AWS"]);
        assert_eq!((story.down, story.degraded, story.web_services), (4, 1, 5));
        let categories: Vec<Category> = story.groups.iter().map(|group| group.category).collect();
        assert_eq!(categories, [Category::Gaming, Category::Social, Category::Banking]);
        let gaming = &story.groups[0];
        let gaming_names: Vec<String> =
            gaming.services.iter().map(|service| model.node(service.index).name.clone()).collect();
        assert_eq!(gaming_names, ["Fortnite", "Roblox", "Tiny"], "largest audience first, no figure last");
        assert_eq!(gaming.by_certainty, [2, 0, 1], "Roblox is tied to AWS only by a report");
        assert_eq!((gaming.named().len(), gaming.more()), (3, 0));
        assert_eq!(story.groups[2].services[0].state, NodeState::Degraded, "a soft dependency degrades the bank");
        assert_eq!(names(&model, &story.suppliers), ["Auth"]);
        assert_eq!(names(&model, &story.chain), ["AWS", "Snapchat"], "the chain to the best-known service");
        assert_eq!(story.chain_certainty, Some(Certainty::Documented));
        assert_eq!((story.shown().len(), story.folded().1), (3, 0));
    }

    #[test]
    fn a_chain_through_an_outage_day_report_is_told_as_reported_only() {
        // Fortnite and the sign-in supplier on AWS itself: switching the region off darkens Roblox alone, which only a
        // report ties to it.
        let source = source()
            .replace(
                r#""dependent": "fortnite", "depends_on": "aws/us-east-1""#,
                r#""dependent": "fortnite", "depends_on": "aws""#,
            )
            .replace(
                r#""dependent": "auth", "depends_on": "aws/us-east-1""#,
                r#""dependent": "auth", "depends_on": "aws""#,
            );
        let model = load(&source).unwrap();
        let scenario =
            crate::scenario::Scenario::default().apply(Action::Toggle(NodeId::new("aws/us-east-1"))).unwrap();
        let story = story(&model, &scenario, &derive(&model, &scenario));
        assert_eq!(names(&model, &story.chain), ["us-east-1", "Roblox"]);
        assert_eq!(story.chain_certainty, Some(Certainty::Reported));
    }

    #[test]
    fn the_other_group_comes_last_even_when_largest() {
        let model = load(&source().replace(r#""category": "gaming""#, r#""category": "other""#)).unwrap();
        let scenario = crate::scenario::Scenario::default().apply(Action::Toggle(NodeId::new("aws"))).unwrap();
        let story = story(&model, &scenario, &derive(&model, &scenario));
        let categories: Vec<(Category, usize)> =
            story.groups.iter().map(|group| (group.category, group.services.len())).collect();
        assert_eq!(categories, [(Category::Social, 1), (Category::Banking, 1), (Category::Other, 3)]);
    }

    #[test]
    fn the_chain_told_is_the_most_certain_one() {
        let model = model();
        let scenario =
            crate::scenario::Scenario::default().apply(Action::Toggle(NodeId::new("aws/us-east-1"))).unwrap();
        let story = story(&model, &scenario, &derive(&model, &scenario));
        assert_eq!(story.groups[0].services.len(), 3);
        assert_eq!(
            names(&model, &story.chain),
            ["us-east-1", "Fortnite"],
            "Fortnite, documented, before Roblox, known only from a report"
        );
    }

    #[test]
    fn a_scenario_with_nothing_off_tells_an_empty_story() {
        let model = model();
        let scenario = crate::scenario::Scenario::default();
        let story = story(&model, &scenario, &derive(&model, &scenario));
        assert!(story.off.is_empty() && story.chain.is_empty() && story.groups.is_empty());
        assert_eq!((story.down, story.web_services), (0, 5));
    }
}
