//! The figures shown beside the map: how much of the Web is dark, how many people that touches, and how
//! concentrated the cloud market is. Pure functions of the model, the outcome and a share table.

use crate::data::NodeKind;
use crate::graph::{Model, NodeIndex};
use crate::market::MarketTable;
use crate::outage::{NodeState, Outcome};

/// What an outage does to the web services of the dataset.
#[derive(Debug, Clone, PartialEq)]
pub struct Impact {
    pub web_services: usize,
    /// Web services that are down, in data-file order.
    pub down: Vec<NodeIndex>,
    pub degraded: Vec<NodeIndex>,
    /// The sum of the known audiences of the services that are down, in millions. Audiences overlap (one
    /// person uses many services) and are counted in different ways, so this is an order of magnitude.
    pub audience_down_millions: f64,
    /// How many of the down services have a known audience.
    pub audience_known: usize,
}

impl Impact {
    /// The share of web services that are down, from 0 to 1.
    pub fn down_share(&self) -> f64 {
        share(self.down.len(), self.web_services)
    }

    pub fn degraded_share(&self) -> f64 {
        share(self.degraded.len(), self.web_services)
    }
}

fn share(part: usize, whole: usize) -> f64 {
    if whole == 0 {
        0.0
    } else {
        part as f64 / whole as f64
    }
}

/// Counts the web services that are down or degraded, and the audience of those down.
///
/// # Complexity
/// O(V).
pub fn impact(model: &Model, outcome: &Outcome) -> Impact {
    impact_with(model, |index| outcome.state(index))
}

/// Like [`impact`], counting each web service in the state `counted` gives it: the figures for a certainty floor
/// (a node not counted is `Up`; one at risk may be counted as down).
pub fn impact_with(model: &Model, counted: impl Fn(NodeIndex) -> NodeState) -> Impact {
    let mut impact = Impact {
        web_services: 0,
        down: Vec::new(),
        degraded: Vec::new(),
        audience_down_millions: 0.0,
        audience_known: 0,
    };
    for (index, node) in model.nodes_of_kind(NodeKind::WebService) {
        impact.web_services += 1;
        match counted(index) {
            NodeState::Down => {
                impact.down.push(index);
                if let Some(audience) = &node.audience {
                    impact.audience_down_millions += audience.millions;
                    impact.audience_known += 1;
                }
            }
            NodeState::Degraded => impact.degraded.push(index),
            NodeState::Up => {}
        }
    }
    impact
}

/// How concentrated a market is, by the Herfindahl–Hirschman index (the sum of the squared shares in percent).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Concentration {
    /// From 0 to 10,000. Rows that are not one provider ("others") are left out.
    pub hhi: f64,
    pub reading: Reading,
    /// Whether part of the market is not split by provider, so the true index is higher.
    pub lower_bound: bool,
}

/// The usual reading of an HHI, from the U.S. Department of Justice and FTC Horizontal Merger Guidelines (2010,
/// section 5.3): below 1,500 unconcentrated, 1,500 to 2,500 moderately concentrated, above 2,500 highly
/// concentrated. (The 2023 Merger Guidelines call markets above 1,800 highly concentrated.)
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Reading {
    Unconcentrated,
    Moderately,
    Highly,
}

impl Reading {
    pub fn of(hhi: f64) -> Reading {
        if hhi < 1500.0 {
            Reading::Unconcentrated
        } else if hhi <= 2500.0 {
            Reading::Moderately
        } else {
            Reading::Highly
        }
    }
}

/// The `count` best-known of `services`: the largest known audiences first, those with none after, each group in
/// the order given (so the same state always names the same services). For the one live sentence a switch gives,
/// which names a few services a pupil knows rather than a long list.
pub fn best_known(model: &Model, services: &[NodeIndex], count: usize) -> Vec<NodeIndex> {
    let mut ranked: Vec<(usize, NodeIndex)> = services.iter().copied().enumerate().collect();
    let audience = |index: NodeIndex| model.node(index).audience.as_ref().map_or(-1.0, |audience| audience.millions);
    ranked.sort_by(|&(a_at, a), &(b_at, b)| audience(b).total_cmp(&audience(a)).then(a_at.cmp(&b_at)));
    ranked.into_iter().take(count).map(|(_, index)| index).collect()
}

/// The HHI of one share table, over the rows that name a provider; `None` when no row does (a table of groups,
/// such as "European providers", says nothing about single firms).
pub fn concentration(table: &MarketTable) -> Option<Concentration> {
    let named: Vec<f64> =
        table.shares.iter().filter(|share| share.provider().is_some()).map(|share| share.percent).collect();
    if named.is_empty() {
        return None;
    }
    let hhi = named.iter().map(|percent| percent * percent).sum();
    let lower_bound = named.iter().sum::<f64>() < 99.5;
    Some(Concentration { hhi, reading: Reading::of(hhi), lower_bound })
}

/// What the map holds, kind by kind: the "play area" of the screen summary (issue 17, a PhET-style summary).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct MapCounts {
    pub providers: usize,
    /// Regions and availability zones.
    pub regions: usize,
    pub cloud_services: usize,
    pub suppliers: usize,
    pub web_services: usize,
    /// Dependencies drawn between them.
    pub links: usize,
}

/// How many nodes of each kind the map holds, and how many links. One pass over the nodes.
pub fn map_counts(model: &Model) -> MapCounts {
    let mut counts = MapCounts { links: model.edge_count(), ..MapCounts::default() };
    for (_, node) in model.nodes() {
        let count = match node.kind {
            NodeKind::Provider => &mut counts.providers,
            NodeKind::Region | NodeKind::Zone => &mut counts.regions,
            NodeKind::CloudService => &mut counts.cloud_services,
            NodeKind::Supplier => &mut counts.suppliers,
            NodeKind::WebService => &mut counts.web_services,
        };
        *count += 1;
    }
    counts
}

/// Past this many affected web services, what a box's tooltip says is summarised (counts and the best known)
/// rather than listed (issue 17, requirement 15; the Highcharts `pointDescriptionThreshold` idea).
pub const SUMMARY_PAST: usize = 20;

/// How many services a summarised tooltip names.
pub const SUMMARY_NAMED: usize = 3;

/// What a failed box takes down with it: the web services that depend on it (directly or through others) and are
/// down or degraded now, and the names to give. Up to `SUMMARY_PAST` affected services, every one is named (the
/// best known first); past it, only the `SUMMARY_NAMED` best known, and `summarised` says the list is cut.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reach {
    pub down: usize,
    pub degraded: usize,
    /// The services to name: those down first, best known first, then the degraded ones when room is left.
    pub named: Vec<NodeIndex>,
    pub summarised: bool,
}

/// The reach of the box `index` in `outcome`, or `None` when the box is up, is a web service itself (its own
/// state says it all), or takes no web service down with it.
///
/// # Complexity
/// O(V + E) for the walk through what depends on the box.
pub fn reach(model: &Model, outcome: &Outcome, index: NodeIndex) -> Option<Reach> {
    if outcome.state(index) == NodeState::Up || model.node(index).kind == NodeKind::WebService {
        return None;
    }
    let mut seen = vec![false; model.node_count()];
    let mut stack = vec![index];
    while let Some(node) = stack.pop() {
        for dependent in model.dependents_of(node) {
            let Some(mark) = seen.get_mut(dependent.index()) else { continue };
            if !std::mem::replace(mark, true) {
                stack.push(dependent);
            }
        }
    }
    // In data-file order before ranking, so the same state always names the same services (read from the marks
    // rather than sorted: a sort would cost the app kilobytes of wasm).
    let (mut down, mut degraded) = (Vec::new(), Vec::new());
    for (service, _) in model.nodes_of_kind(NodeKind::WebService) {
        if seen.get(service.index()).copied().unwrap_or(false) {
            match outcome.state(service) {
                NodeState::Down => down.push(service),
                NodeState::Degraded => degraded.push(service),
                NodeState::Up => {}
            }
        }
    }
    if down.is_empty() && degraded.is_empty() {
        return None;
    }
    let summarised = down.len() + degraded.len() > SUMMARY_PAST;
    let room = if summarised { SUMMARY_NAMED } else { SUMMARY_PAST };
    let mut named = best_known(model, &down, room);
    let left = room.saturating_sub(named.len());
    named.extend(best_known(model, &degraded, left));
    Some(Reach { down: down.len(), degraded: degraded.len(), named, summarised })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::{ShareLabel, ShareScope};
    use crate::graph::NodeIndex;
    use crate::market::{MarketShare, ShareHolder};

    fn table(shares: &[(Option<&str>, f64)]) -> MarketTable {
        MarketTable {
            period: "2025-Q2".into(),
            scope: ShareScope::Worldwide,
            market: "m".into(),
            analyst: "a".into(),
            market_size_usd_bn: None,
            shares: shares
                .iter()
                .enumerate()
                .map(|(i, &(provider, percent))| MarketShare {
                    holder: match provider {
                        Some(_) => ShareHolder::Provider(NodeIndex::new(i)),
                        None => ShareHolder::Group(ShareLabel::Others),
                    },
                    percent,
                    approximate: false,
                    source: None,
                })
                .collect(),
            sources: vec![],
            note: None,
        }
    }

    #[test]
    fn hhi_sums_squared_named_shares_and_reads_by_the_guidelines() {
        let srg = table(&[(Some("aws"), 30.0), (Some("ms"), 20.0), (Some("g"), 13.0), (None, 37.0)]);
        let c = concentration(&srg).unwrap();
        assert!((c.hhi - 1469.0).abs() < 1e-9);
        assert_eq!(c.reading, Reading::Unconcentrated);
        assert!(c.lower_bound);
        assert_eq!(concentration(&table(&[(None, 100.0)])), None, "groups alone say nothing about firms");
        assert_eq!(Reading::of(1500.0), Reading::Moderately);
        assert_eq!(Reading::of(2500.0), Reading::Moderately);
        assert_eq!(Reading::of(2500.1), Reading::Highly);
        let monopoly = concentration(&table(&[(Some("mono"), 100.0)])).unwrap();
        assert_eq!((monopoly.hhi, monopoly.reading, monopoly.lower_bound), (10_000.0, Reading::Highly, false));
    }
}
