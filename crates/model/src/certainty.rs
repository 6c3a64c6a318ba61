//! How we know: for every node an outage affects, how certain the chain is that ties it to what was switched off;
//! for the nodes it leaves up, whether they are at risk (they run on the provider or region that failed, but which
//! part of it they use is not public) or unknown (a web service with no public dependency at all).
//! Pure and derived, like propagation: it reads the `Model` and an `Outcome` and changes neither.
//!
//! The rules:
//! - A link is as certain as its best evidence, in the order documented > inferred > reported (a report says a
//!   service was seen down when something failed: observed, not explained). Containment is documented.
//! - A chain is as certain as its weakest link. What was switched off is documented (the reader did it).
//! - A node takes its most certain justification of the state propagation gave it: for down, a required
//!   dependency that is down, or a redundant group whose alternatives are all down (the group as certain as its least
//!   certain alternative); for degraded, any dependency that is affected at all. So two certainties are kept per
//!   node, that it is down and that it is affected: the second can be better known than the first.
//! - Certainty is the least fixed point of these rules, computed upwards from nothing, so no cycle certifies itself.
//! - An up node is at risk when a chain of dependencies, through up nodes, leads to a provider or region that contains
//!   something switched off; a web service with no dependency in the data is unknown, never silently "up".

use std::collections::VecDeque;

use crate::data::{DependencyMode, EvidenceKind, NodeKind};
use crate::graph::{Link, Model, NodeIndex};
use crate::outage::{seen_with_backup, Backup, NodeState, Outcome};

/// How certain the chain is that ties an affected node to what was switched off, least certain first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Certainty {
    /// Only an outage-day report ties it to what failed: observed, not explained.
    Reported,
    /// Deduced from other facts (DNS records, job posts...), not stated by the company.
    Inferred,
    /// A chain of documented links (case studies, filings, engineering posts, or containment).
    Documented,
}

impl Certainty {
    /// Most certain first, as views list them.
    pub const ALL: [Certainty; 3] = [Certainty::Documented, Certainty::Inferred, Certainty::Reported];

    /// The certainty a piece of evidence of this kind gives a link.
    pub fn of(kind: EvidenceKind) -> Certainty {
        match kind {
            EvidenceKind::Documented => Certainty::Documented,
            EvidenceKind::Inferred => Certainty::Inferred,
            EvidenceKind::Reported => Certainty::Reported,
        }
    }

    /// The word used in the URL and the command line's JSON.
    pub fn as_str(self) -> &'static str {
        match self {
            Certainty::Documented => "documented",
            Certainty::Inferred => "inferred",
            Certainty::Reported => "reported",
        }
    }
}

/// The weakest kind of knowledge the figures count (`?certainty=`): only documented chains, also inferred ones, also
/// reported ones (the default, every affected node), or also the nodes at risk. The map always shows every kind.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub enum Counted {
    Documented,
    Inferred,
    #[default]
    Reported,
    AtRisk,
}

impl Counted {
    pub const ALL: [Counted; 4] = [Counted::Documented, Counted::Inferred, Counted::Reported, Counted::AtRisk];

    /// The word in the URL.
    pub fn code(self) -> &'static str {
        match self {
            Counted::Documented => "documented",
            Counted::Inferred => "inferred",
            Counted::Reported => "reported",
            Counted::AtRisk => "at_risk",
        }
    }

    pub fn from_code(code: &str) -> Option<Counted> {
        Counted::ALL.into_iter().find(|counted| counted.code() == code)
    }

    /// Whether a node known this way is counted.
    pub fn counts(self, how: HowKnown) -> bool {
        match how {
            HowKnown::Affected(certainty) => match self {
                Counted::Documented => certainty == Certainty::Documented,
                Counted::Inferred => certainty >= Certainty::Inferred,
                Counted::Reported | Counted::AtRisk => true,
            },
            HowKnown::AtRisk { .. } => self == Counted::AtRisk,
            HowKnown::Unaffected | HowKnown::Unknown => false,
        }
    }
}

/// How we know what an outage does to one node.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum HowKnown {
    /// Down or degraded, through a chain this certain.
    Affected(Certainty),
    /// Up, but it runs on `through` (a provider or region containing something switched off), and which part of it
    /// it uses is not public.
    AtRisk { through: NodeIndex },
    /// Up, and nothing in the data ties it to what is switched off.
    Unaffected,
    /// A web service with no known dependency: the data cannot say.
    Unknown,
}

impl HowKnown {
    /// The word used in the command line's JSON: `documented`, `inferred`, `reported`, `at_risk`, `up`, `unknown`.
    pub fn as_str(self) -> &'static str {
        match self {
            HowKnown::Affected(certainty) => certainty.as_str(),
            HowKnown::AtRisk { .. } => "at_risk",
            HowKnown::Unaffected => "up",
            HowKnown::Unknown => "unknown",
        }
    }
}

/// How we know, for every node of one outcome.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Assessment {
    how: Vec<HowKnown>,
}

/// The web services of one outcome counted by how we know: what a headline says.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct HowCounts {
    /// Down, by certainty: documented, inferred, reported (the order of `Certainty::ALL`).
    pub down: [usize; 3],
    /// Degraded, likewise.
    pub degraded: [usize; 3],
    pub at_risk: usize,
    pub unknown: usize,
    pub web_services: usize,
}

impl Assessment {
    pub fn how(&self, index: NodeIndex) -> HowKnown {
        self.how.get(index.index()).copied().unwrap_or(HowKnown::Unaffected)
    }

    /// The certainty of an affected node; `None` for the others.
    pub fn certainty(&self, index: NodeIndex) -> Option<Certainty> {
        match self.how(index) {
            HowKnown::Affected(certainty) => Some(certainty),
            _ => None,
        }
    }

    /// The web services counted by state and by how we know.
    pub fn counts(&self, model: &Model, outcome: &Outcome) -> HowCounts {
        let mut counts = HowCounts::default();
        for (index, _) in model.nodes_of_kind(NodeKind::WebService) {
            counts.web_services += 1;
            let slot = |certainty: Certainty| Certainty::ALL.iter().position(|&c| c == certainty).unwrap_or(0);
            let count = |counts: &mut [usize], certainty: Certainty| {
                if let Some(count) = counts.get_mut(slot(certainty)) {
                    *count += 1;
                }
            };
            match (outcome.state(index), self.how(index)) {
                (NodeState::Down, HowKnown::Affected(certainty)) => count(&mut counts.down, certainty),
                (NodeState::Degraded, HowKnown::Affected(certainty)) => count(&mut counts.degraded, certainty),
                (_, HowKnown::AtRisk { .. }) => counts.at_risk += 1,
                (_, HowKnown::Unknown) => counts.unknown += 1,
                _ => {}
            }
        }
        counts
    }
}

/// How we know what `outcome` (propagated with `backups`) does to every node. Pass the incident whose own reports
/// the outcome left out (`propagate_independently`), so they are left out here too.
///
/// # Complexity
/// O(V + E) for at-risk; certainty re-reads a node's dependencies each time one of them becomes more certain, at
/// most three times each: O(V + Σ indeg(v)²) in the worst case, like propagation.
pub fn assess(model: &Model, outcome: &Outcome, backups: &[Backup], ignored_incident: Option<&str>) -> Assessment {
    let count = model.node_count();
    let ignored = ignored_incident
        .and_then(|id| model.incidents.iter().position(|incident| incident.id == id))
        .map_or(0, |position| position as u32 + 1);
    let mut known: Vec<Known> = vec![Known::default(); count];
    let mut queue = VecDeque::new();
    for (index, _) in model.nodes() {
        // What was switched off is down in wave 0; everything else falls in a later wave.
        if outcome.state(index) == NodeState::Down && outcome.wave(index) == 0 {
            if let Some(slot) = known.get_mut(index.index()) {
                *slot = Known { down: Some(Certainty::Documented), hurt: Some(Certainty::Documented) };
                queue.push_back(index);
            }
        }
    }
    while let Some(changed) = queue.pop_front() {
        for &dependent in model.adjacency.dependents(changed.index()) {
            let dependent = NodeIndex::new(dependent as usize);
            if outcome.state(dependent) == NodeState::Up || outcome.wave(dependent) == 0 {
                continue;
            }
            let justified = justify(model, outcome, backups, &known, ignored, dependent);
            let Some(current) = known.get_mut(dependent.index()) else { continue };
            let next = Known { down: current.down.max(justified.down), hurt: current.hurt.max(justified.hurt) };
            if next != *current {
                *current = next;
                queue.push_back(dependent);
            }
        }
    }
    let at_risk = at_risk(model, outcome, ignored);
    let how = model
        .nodes()
        .map(|(index, node)| {
            let known = known_of(&known, index);
            let certainty = if outcome.state(index) == NodeState::Down { known.down } else { known.hurt };
            (index, node, certainty)
        })
        .map(|(index, node, certainty)| match (certainty, at_risk.get(index.index()).copied().flatten()) {
            (Some(certainty), _) if outcome.state(index) != NodeState::Up => HowKnown::Affected(certainty),
            (_, Some(through)) => HowKnown::AtRisk { through },
            _ if node.kind == NodeKind::WebService && !model.has_dependencies(index) => HowKnown::Unknown,
            _ => HowKnown::Unaffected,
        })
        .collect();
    Assessment { how }
}

/// What is known so far of each node: the certainty that it is down, and that it is affected at all (down or
/// degraded). A degraded dependent needs only the second: "it is affected" can be better documented than "it is down".
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
struct Known {
    down: Option<Certainty>,
    hurt: Option<Certainty>,
}

/// What is known of `index` so far; nothing for an index outside the model (which the graph never hands out).
fn known_of(known: &[Known], index: NodeIndex) -> Known {
    known.get(index.index()).copied().unwrap_or_default()
}

/// The most certain justifications of `index` being down (when it is) and affected, given what is known so far.
fn justify(
    model: &Model,
    outcome: &Outcome,
    backups: &[Backup],
    known: &[Known],
    ignored: u32,
    index: NodeIndex,
) -> Known {
    let target = outcome.state(index);
    let covered =
        backups.iter().any(|backup| backup.service == index && outcome.state(backup.backup) != NodeState::Down);
    // The state a dependency counts as here, as propagation sees it.
    let seen = |source: NodeIndex| seen_with_backup(model, source, outcome.state(source), covered);
    let entries = model.adjacency.incoming(index.index());
    let chain = |certainty: Option<Certainty>, link: Certainty| certainty.map(|certainty| certainty.min(link));
    let mut result = Known::default();
    let mut rest = entries;
    while let Some(&entry) = rest.first() {
        // A run of entries with the same redundant group, or one entry.
        let length = match entry.mode {
            DependencyMode::Redundant => rest
                .iter()
                .position(|other| other.group != entry.group || other.mode != DependencyMode::Redundant)
                .unwrap_or(rest.len()),
            _ => 1,
        };
        let (group, tail) = rest.split_at_checked(length).unwrap_or((rest, &[]));
        rest = tail;
        let run = || {
            group
                .iter()
                .filter(|entry| !(ignored != 0 && entry.sole_incident == ignored))
                .map(|entry| (NodeIndex::new(entry.source as usize), entry.certainty))
        };
        // Anything affected that a node depends on, in any mode, makes it affected.
        for (source, link) in run() {
            if seen(source) != NodeState::Up {
                result.hurt = result.hurt.max(chain(known_of(known, source).hurt, link));
            }
        }
        if target != NodeState::Down || run().next().is_none() {
            continue;
        }
        let down = match entry.mode {
            DependencyMode::Required => run()
                .filter(|&(source, _)| seen(source) == NodeState::Down)
                .map(|(source, link)| chain(known_of(known, source).down, link))
                .max()
                .flatten(),
            // A group takes the node down only when all its alternatives are down, as certain as the least certain.
            DependencyMode::Redundant if run().all(|(source, _)| seen(source) == NodeState::Down) => {
                run().map(|(source, link)| chain(known_of(known, source).down, link)).min().flatten()
            }
            _ => None,
        };
        result.down = result.down.max(down);
    }
    result
}

/// For each up node, the provider or region it is at risk through, if any: a breadth-first walk from every
/// container of something switched off (itself up) down the dependency links, through up nodes only.
fn at_risk(model: &Model, outcome: &Outcome, ignored: u32) -> Vec<Option<NodeIndex>> {
    let mut through: Vec<Option<NodeIndex>> = vec![None; model.node_count()];
    let mut queue = VecDeque::new();
    for (index, node) in model.nodes() {
        if outcome.state(index) != NodeState::Down || outcome.wave(index) != 0 {
            continue;
        }
        // Every container of a switched-off node that is itself up is a seed.
        let mut parent = node.id.parent();
        while let Some(id) = parent {
            if let Some(container) = model.lookup(&id) {
                if outcome.state(container) == NodeState::Up {
                    if let Some(slot @ None) = through.get_mut(container.index()) {
                        *slot = Some(container);
                        queue.push_back(container);
                    }
                }
            }
            parent = id.parent();
        }
    }
    while let Some(node) = queue.pop_front() {
        let Some(seed) = through.get(node.index()).copied().flatten() else { continue };
        for (dependent, ignored_link) in dependents_with_links(model, node, ignored) {
            if ignored_link || outcome.state(dependent) != NodeState::Up {
                continue;
            }
            // Containment does not put what is inside a provider at risk: only its customers are.
            if let Some(slot @ None) = through.get_mut(dependent.index()) {
                *slot = Some(seed);
                queue.push_back(dependent);
            }
        }
    }
    // The seeds themselves are not "at risk": they contain what failed.
    for (position, slot) in through.iter_mut().enumerate() {
        if *slot == Some(NodeIndex::new(position)) {
            *slot = None;
        }
    }
    through
}

/// What depends on `node` through a dependency (not containment), with whether the link is one the outcome left out.
fn dependents_with_links(model: &Model, node: NodeIndex, ignored: u32) -> Vec<(NodeIndex, bool)> {
    model
        .dependents_of(node)
        .filter_map(|dependent| {
            let link = model.dependencies_of(dependent).find(|(source, _)| *source == node).map(|(_, link)| link)?;
            match link {
                Link::Contains => None,
                Link::Uses(dependency) => {
                    let only_ignored = ignored != 0
                        && model.incidents.get(ignored as usize - 1).is_some_and(|incident| {
                            dependency.evidence.iter().all(|evidence| {
                                evidence.kind == EvidenceKind::Reported
                                    && evidence.incident.as_deref() == Some(incident.id.as_str())
                            })
                        });
                    Some((dependent, only_ignored))
                }
            }
        })
        .collect()
}
