//! Incident replay: what the model predicts when an incident's failed components are switched off, next to what
//! was reported. The prediction leaves out the dependencies known only from that incident's own reports, so a
//! report never confirms itself: a hit means other evidence (documented hosting, other outages) explains it.
//! Misses (reported, not predicted) are what a class should discuss.

use std::collections::HashSet;

use crate::data::{EvidenceKind, NodeKind};
use crate::graph::{Link, Model, NodeIndex};
use crate::incident::Incident;
use crate::outage::{propagate_independently, NodeState, Outcome};

/// The comparison for one incident.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Replay {
    /// Reported affected and predicted down or degraded by the rest of the evidence.
    pub hits: Vec<NodeIndex>,
    /// Reported affected but predicted up, with what the data says about it.
    pub misses: Vec<(NodeIndex, Miss)>,
    /// Web services predicted down that no source reported affected.
    pub unreported: Vec<NodeIndex>,
}

/// Why a reported service was not predicted.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Miss {
    /// The data's own explanation (the incident's `misses`).
    Explained(String),
    /// Other evidence ties it to `provider` (an ancestor of what failed), but not to the region or service that
    /// failed: it was at risk, and the outage showed which part of the provider it needed.
    AtRisk { provider: NodeIndex },
    /// Nothing else in the data links it to what failed.
    Unexplained,
}

impl Replay {
    /// Misses that other evidence places on the failed provider.
    pub fn at_risk(&self) -> usize {
        self.misses.iter().filter(|(_, miss)| matches!(miss, Miss::AtRisk { .. })).count()
    }

    /// The share of reported services the model predicts, from 0 to 1 (1 when nothing was reported).
    pub fn hit_rate(&self) -> f64 {
        let reported = self.hits.len() + self.misses.len();
        if reported == 0 {
            1.0
        } else {
            self.hits.len() as f64 / reported as f64
        }
    }
}

/// Compares `outcome` with what `incident` reports. Pass the outcome of [`propagate_independently`] for the
/// incident's failed components to replay it; any other outcome compares a scenario with the incident.
///
/// # Complexity
/// O(V + R), R the number of reported services.
pub fn compare(model: &Model, incident: &Incident, outcome: &Outcome) -> Replay {
    let reported_set: HashSet<NodeIndex> = incident.reported_affected.iter().copied().collect();
    let mut replay = Replay { hits: Vec::new(), misses: Vec::new(), unreported: Vec::new() };
    let failed_ids: Vec<&str> = incident.failed.iter().map(|&failed| model.node(failed).id.as_str()).collect();
    for &index in &incident.reported_affected {
        if outcome.state(index) == NodeState::Up {
            let miss = match incident.misses.iter().find(|(service, _)| *service == index) {
                Some((_, why)) => Miss::Explained(why.clone()),
                None => match at_risk_through(model, index, &failed_ids, &incident.id) {
                    Some(provider) => Miss::AtRisk { provider },
                    None => Miss::Unexplained,
                },
            };
            replay.misses.push((index, miss));
        } else {
            replay.hits.push(index);
        }
    }
    for (index, _) in model.nodes_of_kind(NodeKind::WebService) {
        if outcome.state(index) == NodeState::Down && !reported_set.contains(&index) {
            replay.unreported.push(index);
        }
    }
    replay
}

/// The node, among what `service` depends on (directly or through suppliers, on evidence other than reports of
/// `incident`), that contains one of the `failed` components: `aws` when `aws/us-east-1/dynamodb` failed.
fn at_risk_through(model: &Model, service: NodeIndex, failed: &[&str], incident: &str) -> Option<NodeIndex> {
    let mut seen = HashSet::from([service]);
    let mut frontier = vec![service];
    while let Some(node) = frontier.pop() {
        for (source, link) in model.dependencies_of(node) {
            let independent = match link {
                Link::Contains => true,
                Link::Uses(dependency) => dependency.evidence.iter().any(|evidence| {
                    evidence.kind != EvidenceKind::Reported || evidence.incident.as_deref() != Some(incident)
                }),
            };
            if !independent || !seen.insert(source) {
                continue;
            }
            let id = model.node(source).id.as_str();
            if failed.iter().any(|failed| failed.starts_with(id) && failed[id.len()..].starts_with('/')) {
                return Some(source);
            }
            frontier.push(source);
        }
    }
    None
}

/// Replays `incident` from scratch: switches off what failed, predicts from the independent evidence, compares.
pub fn replay(model: &Model, incident: &Incident) -> Replay {
    compare(model, incident, &propagate_independently(model, &incident.failed, &[], &incident.id))
}
