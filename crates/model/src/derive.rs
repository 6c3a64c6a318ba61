//! Everything a view shows for one `(Model, Scenario)`: derived, never stored. The app memoises `derive` on the
//! pair, so a click computes it once, and components only read it. Also the small rules views share: which share
//! table is shown, which switches sit inside which provider, which incidents a replay menu offers.

use crate::certainty::{assess, Assessment, HowCounts, HowKnown};
use crate::data::ShareScope;
use crate::graph::{Model, NodeIndex};
use crate::incident::Incident;
use crate::jurisdiction::{eu_standing, EuStanding};
use crate::market::MarketTable;
use crate::metrics::{concentration, impact, impact_with, Concentration, Impact};
use crate::outage::{propagate_independently, propagate_with, NodeState, Outcome};
use crate::replay::{compare, Replay};
use crate::scenario::{Action, HiddenNames, Scenario};

/// What one scenario does to the model.
#[derive(Debug, PartialEq)]
pub struct Derived {
    pub outcome: Outcome,
    pub impact: Impact,
    /// How we know what the outcome does to each node, and the web services counted that way.
    pub assessment: Assessment,
    pub how_counts: HowCounts,
    /// The comparison with the incident being replayed, if any, from evidence independent of its own reports
    /// (out of sample).
    pub replay: Option<Replay>,
    /// The same comparison with every link, the incident's own reports included (in sample): what the map shows.
    pub replay_in_sample: Option<Replay>,
    /// Whether what is switched off is exactly what failed in the incident being replayed (and no what-if is on).
    pub replay_exact: bool,
    /// The concentration of the chart's table (its key), when the table names firms.
    pub concentration: Option<(String, Concentration)>,
    /// The web services headquartered in the EU and how many keep standing: the figure a jurisdiction switch asks
    /// about (shown only when one is off, computed always: it is one pass over the nodes).
    pub eu_standing: EuStanding,
    /// Whose names the page hides (a teacher's `hide=labels`, the mystery challenge's service).
    pub hidden_names: HiddenNames,
}

/// Computes everything one scenario shows.
///
/// # Complexity
/// One propagation (two while replaying), O(V + E) each.
pub fn derive(model: &Model, scenario: &Scenario) -> Derived {
    let (mut off, backups) = (scenario.off_indices(model), scenario.backup_indices(model));
    let outcome = propagate_with(model, &off, &backups);
    let assessment = assess(model, &outcome, &backups, None);
    // The figures count what the certainty floor admits: a service below it counts as up, one at risk as down.
    let impact = match scenario.certainty {
        None => impact(model, &outcome),
        Some(floor) => impact_with(model, |index| match assessment.how(index) {
            how if !floor.counts(how) => NodeState::Up,
            HowKnown::AtRisk { .. } => NodeState::Down,
            _ => outcome.state(index),
        }),
    };
    let how_counts = assessment.counts(model, &outcome);
    let eu_standing = eu_standing(model, &outcome);
    let incident = scenario.incident.as_deref().and_then(|id| model.incident(id));
    let replay = incident
        .map(|incident| compare(model, incident, &propagate_independently(model, &off, &backups, &incident.id)));
    let replay_in_sample = incident.map(|incident| compare(model, incident, &outcome));
    let replay_exact = incident.is_some_and(|incident| {
        let mut failed = incident.failed.clone();
        failed.sort();
        failed.dedup();
        off.sort();
        failed == off && scenario.backups.is_empty()
    });
    let concentration = chosen_table(model, scenario).and_then(|table| Some((table.key(), concentration(table)?)));
    Derived {
        outcome,
        impact,
        assessment,
        how_counts,
        replay,
        replay_in_sample,
        replay_exact,
        concentration,
        eu_standing,
        hidden_names: HiddenNames::of(model, scenario),
    }
}

/// The share table the chart shows: the scenario's period, or the latest worldwide one.
pub fn chosen_table<'a>(model: &'a Model, scenario: &Scenario) -> Option<&'a MarketTable> {
    scenario
        .period
        .as_deref()
        .and_then(|key| model.share_table(key))
        .or_else(|| model.latest_shares(ShareScope::Worldwide))
}

/// The chain of `index`: itself, everything it depends on (through dependencies and containment, transitively) and
/// everything that depends on it, as a flag per node. The map highlights it and fades the rest when `index` is
/// selected.
///
/// # Complexity
/// O(V + E): one walk up and one walk down.
pub fn chain_of(model: &Model, index: NodeIndex) -> Vec<bool> {
    let mut related = vec![false; model.node_count()];
    if !mark(&mut related, index) {
        return related;
    }
    let mut up = vec![index];
    let mut seen_up = vec![false; model.node_count()];
    while let Some(node) = up.pop() {
        for (source, _) in model.dependencies_of(node) {
            if mark(&mut seen_up, source) {
                mark(&mut related, source);
                up.push(source);
            }
        }
    }
    let mut down = vec![index];
    let mut seen_down = vec![false; model.node_count()];
    while let Some(node) = down.pop() {
        for dependent in model.dependents_of(node) {
            if mark(&mut seen_down, dependent) {
                mark(&mut related, dependent);
                down.push(dependent);
            }
        }
    }
    related
}

/// Marks `index` in `flags`; true when it was not marked before (false also for an index outside the model).
fn mark(flags: &mut [bool], index: NodeIndex) -> bool {
    match flags.get_mut(index.index()) {
        Some(flag @ false) => {
            *flag = true;
            true
        }
        _ => false,
    }
}

/// The share tables a period menu offers: worldwide first, then Europe, newest first in each.
pub fn share_tables_for_menu(model: &Model) -> Vec<&MarketTable> {
    let mut tables: Vec<&MarketTable> = model.market.iter().collect();
    tables.sort_by(|a, b| (a.scope, &b.period).cmp(&(b.scope, &a.period)));
    tables
}

/// The worldwide shares over time, as the history chart draws them.
#[derive(Debug, Clone, PartialEq)]
pub struct ShareHistory {
    /// The periods, oldest first.
    pub periods: Vec<String>,
    pub series: Vec<ShareSeries>,
    /// The analysts of the tables, each once (one series per chart: normally one name).
    pub analysts: Vec<String>,
}

/// One provider's share in each period: `None` where the table has no figure for it (the line breaks there);
/// the flag marks an approximate figure.
#[derive(Debug, Clone, PartialEq)]
pub struct ShareSeries {
    pub provider: NodeIndex,
    pub points: Vec<Option<(f64, bool)>>,
}

/// The history of worldwide shares: every provider with a figure in at least a third of the periods (the others
/// would be a few dots, not a line), in order of first appearance.
pub fn share_history(model: &Model) -> ShareHistory {
    let mut tables: Vec<&MarketTable> =
        model.market.iter().filter(|table| table.scope == ShareScope::Worldwide).collect();
    tables.sort_by(|a, b| a.period.cmp(&b.period));
    let mut providers: Vec<NodeIndex> = Vec::new();
    for share in tables.iter().flat_map(|table| &table.shares) {
        if let Some(provider) = share.provider() {
            if !providers.contains(&provider) {
                providers.push(provider);
            }
        }
    }
    let series = providers
        .into_iter()
        .map(|provider| ShareSeries {
            provider,
            points: tables
                .iter()
                .map(|table| {
                    table
                        .shares
                        .iter()
                        .find(|share| share.provider() == Some(provider))
                        .map(|share| (share.percent, share.approximate))
                })
                .collect(),
        })
        .filter(|series| series.points.iter().flatten().count() * 3 >= tables.len())
        .collect();
    let mut analysts: Vec<String> = tables.iter().map(|table| table.analyst.clone()).collect();
    analysts.dedup();
    ShareHistory { periods: tables.iter().map(|table| table.period.clone()).collect(), series, analysts }
}

/// A provider's switch and the switches inside it (its regions, zones and cloud services), in data-file order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SwitchGroup {
    pub provider: NodeIndex,
    pub inside: Vec<NodeIndex>,
}

/// Every provider with what can be switched off inside it, found by containment.
///
/// # Complexity
/// O(V + E): one walk down the containment links from each provider.
pub fn switch_groups(model: &Model) -> Vec<SwitchGroup> {
    model
        .nodes_of_kind(crate::data::NodeKind::Provider)
        .map(|(provider, _)| {
            let mut inside = Vec::new();
            let mut stack = vec![provider];
            while let Some(node) = stack.pop() {
                let children = model.contained_in(node).filter(|&child| model.node(child).kind.is_switchable());
                for child in children {
                    inside.push(child);
                    stack.push(child);
                }
            }
            inside.sort();
            SwitchGroup { provider, inside }
        })
        .collect()
}

/// The incidents a replay menu offers, newest first.
pub fn incidents_newest_first(model: &Model) -> Vec<&Incident> {
    let mut incidents: Vec<&Incident> = model.incidents.iter().collect();
    incidents.sort_by(|a, b| b.date.cmp(&a.date).then_with(|| a.id.cmp(&b.id)));
    incidents
}

/// Every incident replayed from the evidence independent of its own reports, added up: how many reported services
/// the rest of the evidence predicts, out of how many were reported, over all the data's incidents.
///
/// # Complexity
/// One propagation per incident.
pub fn replays_overall(model: &Model) -> (usize, usize) {
    model.incidents.iter().fold((0, 0), |(hits, reported), incident| {
        let replay = crate::replay::replay(model, incident);
        (hits + replay.hits.len(), reported + replay.hits.len() + replay.misses.len())
    })
}

/// The action that replays incident `id`, or `None` when the data has no such incident.
pub fn replay_action(model: &Model, id: &str) -> Option<Action> {
    let incident = model.incident(id)?;
    Some(Action::Replay {
        incident: incident.id.clone(),
        failed: incident.failed.iter().map(|&failed| model.node(failed).id.clone()).collect(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::graph::NodeId;
    use crate::outage::NodeState;
    use crate::validate::load;

    fn model() -> Model {
        load(
            r#"{"dataset": {"id": "t", "version": "1", "as_of": "2025-11-01", "title": "t"},
                "nodes": [{"id": "aws", "kind": "provider", "name": "AWS"},
                          {"id": "aws/us-east-1", "kind": "region", "name": "us-east-1"},
                          {"id": "aws/us-east-1/dynamodb", "kind": "cloud_service", "name": "DynamoDB"},
                          {"id": "google", "kind": "provider", "name": "Google"},
                          {"id": "shop", "kind": "web_service", "name": "Shop"},
                          {"id": "news", "kind": "web_service", "name": "News"}],
                "dependencies": [
                    {"dependent": "shop", "depends_on": "aws/us-east-1/dynamodb", "role": "database",
                     "evidence": [{"kind": "documented", "publisher": "P", "title": "T", "date": "2024"}]},
                    {"dependent": "news", "depends_on": "aws/us-east-1", "role": "hosting",
                     "evidence": [{"kind": "reported", "publisher": "P", "title": "T", "date": "2025-10-20",
                                   "incident": "aws-2025-10-20"}]}],
                "market_shares": [
                    {"period": "2024-Q3", "market": "m", "analyst": "a",
                     "sources": [{"publisher": "p", "title": "t", "date": "2024"}],
                     "shares": [{"provider": "aws", "percent": 31}, {"provider": "google", "percent": 12}]},
                    {"period": "2025-Q1", "market": "m", "analyst": "a",
                     "sources": [{"publisher": "p", "title": "t", "date": "2025"}],
                     "shares": [{"provider": "aws", "percent": 30}, {"label": "others", "percent": 70}]}],
                "incidents": [
                    {"id": "aws-2025-10-20", "name": "n", "date": "2025-10-20", "cause_en": "c", "cause_fr": "c",
                     "failed": ["aws/us-east-1/dynamodb"], "reported_affected": ["shop", "news"], "sources": []},
                    {"id": "aws-2021-12-07", "name": "n", "date": "2021-12-07", "cause_en": "c", "cause_fr": "c",
                     "failed": ["aws/us-east-1"], "reported_affected": [], "sources": []}]}"#,
        )
        .unwrap()
    }

    fn index(model: &Model, id: &str) -> NodeIndex {
        model.lookup(&NodeId::new(id)).unwrap()
    }

    #[test]
    fn replaying_an_incident_derives_its_comparison_from_independent_evidence() {
        let model = model();
        let replay = replay_action(&model, "aws-2025-10-20").unwrap();
        let scenario = Scenario::default().apply(replay).unwrap();
        let derived = derive(&model, &scenario);
        assert!(derived.replay_exact);
        assert_eq!(derived.outcome.state(index(&model, "shop")), NodeState::Down);
        assert_eq!(derived.impact.down.len(), 1, "news's only link is a report of another part of us-east-1");
        let comparison = derived.replay.unwrap();
        assert_eq!(comparison.hits, [index(&model, "shop")]);
        assert_eq!(comparison.misses.len(), 1, "news's own report does not confirm itself");
        let in_sample = derived.replay_in_sample.unwrap();
        assert_eq!(in_sample.hits.len(), 1, "in sample, news's report places it under the failed region only");
        assert_eq!(replays_overall(&model), (1, 2));

        let more = scenario.apply(Action::Toggle(NodeId::new("google"))).unwrap();
        assert!(!derive(&model, &more).replay_exact, "switching more than failed leaves the exact replay");
    }

    #[test]
    fn the_certainty_floor_chooses_what_the_figures_count() {
        use crate::certainty::Counted;
        let model = model();
        let off = Scenario::default().apply(Action::Toggle(NodeId::new("aws/us-east-1/dynamodb"))).unwrap();
        let count = |floor: Option<Counted>| {
            let scenario = off.apply(Action::SetCertainty(floor)).unwrap_or_else(|| off.clone());
            derive(&model, &scenario).impact.down.len()
        };
        assert_eq!(count(None), 1, "shop, through a documented link");
        assert_eq!(count(Some(Counted::Documented)), 1);
        assert_eq!(count(Some(Counted::AtRisk)), 2, "news runs in the region that holds what failed");
        let query = off.apply(Action::SetCertainty(Some(Counted::AtRisk))).unwrap().to_query();
        assert_eq!(query, "?off=aws/us-east-1/dynamodb&certainty=at_risk");
        let (back, problems) = Scenario::from_query(&query, &model);
        assert_eq!((back.certainty, problems), (Some(Counted::AtRisk), vec![]));
        let (_, problems) = Scenario::from_query("?certainty=sure", &model);
        assert_eq!(problems, [crate::query::QueryProblem::UnknownCertainty("sure".into())]);
    }

    #[test]
    fn a_node_s_chain_is_what_it_depends_on_and_what_depends_on_it() {
        let model = model();
        let chain = chain_of(&model, index(&model, "aws/us-east-1/dynamodb"));
        let related: Vec<&str> =
            model.nodes().filter(|(i, _)| chain[i.index()]).map(|(_, node)| node.id.as_str()).collect();
        assert_eq!(related, ["aws", "aws/us-east-1", "aws/us-east-1/dynamodb", "shop"], "not google, not news");
    }

    #[test]
    fn the_chart_shows_the_chosen_period_or_the_latest_worldwide_table() {
        let model = model();
        assert_eq!(chosen_table(&model, &Scenario::default()).unwrap().period, "2025-Q1");
        let older = Scenario::default().apply(Action::SetPeriod(Some("2024-Q3".into()))).unwrap();
        assert_eq!(chosen_table(&model, &older).unwrap().period, "2024-Q3");
        let derived = derive(&model, &older);
        let (key, concentration) = derived.concentration.unwrap();
        assert_eq!(key, "2024-Q3");
        assert!((concentration.hhi - (31.0 * 31.0 + 12.0 * 12.0)).abs() < 1e-9);
    }

    #[test]
    fn the_history_keeps_providers_named_in_a_third_of_the_periods_and_breaks_where_a_figure_is_missing() {
        let model = model();
        let history = share_history(&model);
        assert_eq!(history.periods, ["2024-Q3", "2025-Q1"]);
        let aws = &history.series[0];
        assert_eq!(
            (aws.provider, aws.points.clone()),
            (index(&model, "aws"), vec![Some((31.0, false)), Some((30.0, false))])
        );
        assert_eq!(history.series[1].points, [Some((12.0, false)), None], "google has no 2025-Q1 figure");
        let menu: Vec<String> = share_tables_for_menu(&model).iter().map(|table| table.key()).collect();
        assert_eq!(menu, ["2025-Q1", "2024-Q3"]);
    }

    #[test]
    fn switches_are_grouped_under_their_provider_by_containment() {
        let model = model();
        let groups = switch_groups(&model);
        assert_eq!(groups.len(), 2);
        assert_eq!(groups[0].provider, index(&model, "aws"));
        assert_eq!(groups[0].inside, [index(&model, "aws/us-east-1"), index(&model, "aws/us-east-1/dynamodb")]);
        assert!(groups[1].inside.is_empty());
    }

    #[test]
    fn the_replay_menu_lists_incidents_newest_first_and_unknown_ids_replay_nothing() {
        let model = model();
        let ids: Vec<&str> = incidents_newest_first(&model).iter().map(|incident| incident.id.as_str()).collect();
        assert_eq!(ids, ["aws-2025-10-20", "aws-2021-12-07"]);
        assert_eq!(replay_action(&model, "nope"), None);
    }
}
