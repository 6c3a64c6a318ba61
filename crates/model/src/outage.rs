//! Outage propagation: given what is switched off, the state of every node, the wave in which it fell and why.
//! Pure and derived: it reads the `Model` and a set of switched-off nodes and never changes either.

use std::collections::HashMap;

use crate::data::{DependencyMode, NodeKind};
use crate::graph::{Model, NodeIndex};

/// The state of one node during an outage, ordered from best to worst.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub enum NodeState {
    #[default]
    Up,
    /// Working, but a soft dependency or some redundant alternatives are down.
    Degraded,
    Down,
}

impl NodeState {
    /// Whether the node is drawn dark on the map.
    pub fn is_dark(self) -> bool {
        self == NodeState::Down
    }

    /// The word used in the DOM contract (`data-state`) and in the command line's JSON.
    pub fn as_str(self) -> &'static str {
        match self {
            NodeState::Up => "up",
            NodeState::Degraded => "degraded",
            NodeState::Down => "down",
        }
    }
}

/// Everything derived from one outage: per-node state, wave and cause.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Outcome {
    states: Vec<NodeState>,
    /// The propagation round in which each node reached its state: 0 for what was switched off.
    waves: Vec<u32>,
    /// The node whose failure set each node's state, for "why?" chains.
    causes: Vec<Option<NodeIndex>>,
}

impl Outcome {
    pub fn state(&self, index: NodeIndex) -> NodeState {
        self.states.get(index.index()).copied().unwrap_or_default()
    }

    pub fn wave(&self, index: NodeIndex) -> u32 {
        self.waves.get(index.index()).copied().unwrap_or_default()
    }

    /// The chain that took `index` down or degraded it, from the node itself to what was switched off.
    /// Empty when the node is up.
    pub fn why(&self, index: NodeIndex) -> Vec<NodeIndex> {
        let mut chain = Vec::new();
        if self.state(index) == NodeState::Up {
            return chain;
        }
        let mut current = Some(index);
        while let Some(node) = current {
            if chain.contains(&node) {
                break;
            }
            chain.push(node);
            current = self.causes.get(node.index()).copied().flatten();
        }
        chain
    }

    /// The nodes a change reaches in `wave` (those that are not up), in data-file order: when the cascade is stepped,
    /// the next wave's nodes are the breadth-first search's queue (issue 17, NSI's "parcours en largeur").
    pub fn in_wave(&self, wave: u32) -> impl Iterator<Item = NodeIndex> + '_ {
        self.waves
            .iter()
            .zip(&self.states)
            .enumerate()
            .filter(move |(_, (&at, &state))| at == wave && state != NodeState::Up)
            .map(|(index, _)| NodeIndex::new(index))
    }

    /// The deepest wave, so a display knows how long the cascade lasts.
    pub fn wave_count(&self) -> u32 {
        self.waves.iter().copied().max().unwrap_or(0)
    }
}

/// A hypothetical backup: `service` could also run on `backup` (a provider, region, zone or cloud service).
/// When its own infrastructure fails, the service moves to the backup and is degraded instead of down.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Backup {
    pub service: NodeIndex,
    pub backup: NodeIndex,
}

/// Computes the state of every node when the nodes in `off` are switched off.
///
/// A node is down when it is switched off, when a required dependency (or its container) is down, or when all
/// alternatives of one redundant group are down. It is degraded when it is not down but a required dependency is
/// degraded, a soft dependency is down or degraded, or some alternatives of a group are down or degraded.
/// The result is the least fixed point of these rules, so a cycle of dependencies with nothing switched off stays up.
///
/// It is computed in synchronous rounds (waves): wave 0 is what is switched off; in wave `w + 1` every dependent of
/// a node that changed in wave `w` is re-evaluated against the states at the end of wave `w`. So a node's wave is
/// the round in which the rules first give it its state, whatever the order of `off`, and its cause is a dependency
/// that justifies that state and changed in the wave before (the latest such, ties to the lowest index).
///
/// # Complexity
/// O(V + Σ indeg(v)²) in the worst case: a node is re-evaluated (reading all its dependencies) at most once per
/// wave in which one of its dependencies changes state, and a state changes at most twice.
pub fn propagate(model: &Model, off: &[NodeIndex]) -> Outcome {
    propagate_with(model, off, &[])
}

/// Like [`propagate`], with hypothetical backups: a service whose infrastructure (its dependencies on providers,
/// regions, zones and cloud services) would take it down is only degraded while one of its backups is not down.
pub fn propagate_with(model: &Model, off: &[NodeIndex], backups: &[Backup]) -> Outcome {
    let mut spread = Spread::new(model, backups);
    spread.run(model, off);
    let Spread { states, waves, causes, .. } = spread;
    Outcome { states, waves, causes }
}

/// Like [`propagate_with`], but leaving out every dependency known only from reports of `incident`: what the
/// rest of the evidence predicts about that incident. Replays compare this with what was reported, so a
/// report never confirms itself.
pub fn propagate_independently(model: &Model, off: &[NodeIndex], backups: &[Backup], incident: &str) -> Outcome {
    let mut spread = Spread::new(model, backups);
    spread.ignored_incident =
        model.incidents.iter().position(|record| record.id == incident).map_or(0, |position| position as u32 + 1);
    spread.run(model, off);
    let Spread { states, waves, causes, .. } = spread;
    Outcome { states, waves, causes }
}

/// How many web services each switchable node would take down on its own, and how many it would degrade:
/// the single points of failure, worst first (ties in data-file order).
///
/// # Complexity
/// One propagation per switchable node, each touching only what that node reaches: O(Σ reach(s)) over the
/// switchable nodes `s`, where `reach` counts the nodes and edges downstream of `s`. Dominator trees do not fit:
/// a required dependency is an "or" (any one down takes the node down), which is reachability, not dominance.
pub fn blast_radius(model: &Model, backups: &[Backup]) -> Vec<Blast> {
    let mut spread = Spread::new(model, backups);
    let mut ranking = Vec::new();
    for (index, node) in model.nodes() {
        if !node.kind.is_switchable() {
            continue;
        }
        spread.run(model, &[index]);
        let mut blast = Blast { node: index, down: 0, degraded: 0 };
        for &touched in &spread.touched {
            if model.node(touched).kind == NodeKind::WebService {
                match spread.states.get(touched.index()) {
                    Some(NodeState::Down) => blast.down += 1,
                    Some(NodeState::Degraded) => blast.degraded += 1,
                    Some(NodeState::Up) | None => {}
                }
            }
        }
        spread.clear();
        ranking.push(blast);
    }
    ranking.sort_by_key(|blast| std::cmp::Reverse((blast.down, blast.degraded)));
    ranking
}

/// One line of the blast-radius ranking.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Blast {
    pub node: NodeIndex,
    /// Web services this node alone takes down.
    pub down: usize,
    pub degraded: usize,
}

/// The working memory of a propagation, reusable: `clear` resets only what the last run touched.
struct Spread {
    states: Vec<NodeState>,
    waves: Vec<u32>,
    causes: Vec<Option<NodeIndex>>,
    touched: Vec<NodeIndex>,
    /// What changed in the last wave, what to re-evaluate in the next, and what the next changes: buffers reused
    /// from run to run.
    frontier: Vec<NodeIndex>,
    candidates: Vec<NodeIndex>,
    changes: Vec<(NodeIndex, NodeState, Option<NodeIndex>)>,
    /// The wave (counted across runs, `epoch`) in which each node was last made a candidate, so a node is judged
    /// once per wave without sorting.
    stamps: Vec<u32>,
    epoch: u32,
    /// For each node, the hypothetical backups of the services that lean on it, and the reverse.
    backed: HashMap<NodeIndex, Vec<NodeIndex>>,
    backups_of: HashMap<NodeIndex, Vec<NodeIndex>>,
    /// Dependencies whose only evidence is reports of this incident (its number plus one; 0 for none) are left out.
    ignored_incident: u32,
}

impl Spread {
    fn new(model: &Model, backups: &[Backup]) -> Spread {
        let count = model.node_count();
        let mut backed: HashMap<NodeIndex, Vec<NodeIndex>> = HashMap::new();
        let mut backups_of: HashMap<NodeIndex, Vec<NodeIndex>> = HashMap::new();
        for backup in backups {
            if backup.service.index() < count && backup.backup.index() < count {
                backed.entry(backup.backup).or_default().push(backup.service);
                backups_of.entry(backup.service).or_default().push(backup.backup);
            }
        }
        Spread {
            states: vec![NodeState::Up; count],
            waves: vec![0; count],
            causes: vec![None; count],
            touched: Vec::new(),
            frontier: Vec::new(),
            candidates: Vec::new(),
            changes: Vec::new(),
            stamps: vec![0; count],
            epoch: 0,
            backed,
            backups_of,
            ignored_incident: 0,
        }
    }

    fn set(&mut self, index: NodeIndex, state: NodeState, wave: u32, cause: Option<NodeIndex>) {
        let i = index.index();
        let (Some(slot), Some(slot_wave), Some(slot_cause)) =
            (self.states.get_mut(i), self.waves.get_mut(i), self.causes.get_mut(i))
        else {
            return;
        };
        if *slot == NodeState::Up {
            self.touched.push(index);
        }
        *slot = state;
        *slot_wave = wave;
        *slot_cause = cause;
        self.frontier.push(index);
    }

    fn run(&mut self, model: &Model, off: &[NodeIndex]) {
        self.frontier.clear();
        for &index in off {
            if self.states.get(index.index()).is_some_and(|&state| state != NodeState::Down) {
                self.set(index, NodeState::Down, 0, None);
            }
        }
        let mut wave = 0;
        while !self.frontier.is_empty() {
            wave += 1;
            self.epoch = self.epoch.wrapping_add(1);
            if self.epoch == 0 {
                self.stamps.fill(0);
                self.epoch = 1;
            }
            self.candidates.clear();
            for &changed in &self.frontier {
                for &dependent in model.adjacency.dependents(changed.index()) {
                    if let Some(stamp) = self.stamps.get_mut(dependent as usize) {
                        if *stamp != self.epoch {
                            *stamp = self.epoch;
                            self.candidates.push(NodeIndex::new(dependent as usize));
                        }
                    }
                }
                for &service in self.backed.get(&changed).map(Vec::as_slice).unwrap_or_default() {
                    if let Some(stamp) = self.stamps.get_mut(service.index()) {
                        if *stamp != self.epoch {
                            *stamp = self.epoch;
                            self.candidates.push(service);
                        }
                    }
                }
            }
            // Every candidate is judged on the states at the end of the last wave; the changes apply together.
            self.changes.clear();
            for &candidate in &self.candidates {
                let current = self.states.get(candidate.index()).copied().unwrap_or(NodeState::Down);
                if current == NodeState::Down {
                    continue;
                }
                let (next, cause) = self.evaluate(model, candidate);
                if next > current {
                    self.changes.push((candidate, next, cause.map(|source| NodeIndex::new(source as usize))));
                }
            }
            self.frontier.clear();
            let mut changes = std::mem::take(&mut self.changes);
            for &(candidate, next, cause) in &changes {
                self.set(candidate, next, wave, cause);
            }
            changes.clear();
            self.changes = changes;
        }
    }

    fn clear(&mut self) {
        for index in self.touched.drain(..) {
            let i = index.index();
            if let Some(state) = self.states.get_mut(i) {
                *state = NodeState::Up;
            }
            if let Some(wave) = self.waves.get_mut(i) {
                *wave = 0;
            }
            if let Some(cause) = self.causes.get_mut(i) {
                *cause = None;
            }
        }
    }

    /// The state `index` should have given the current states of its dependencies (and of its backups), with
    /// the dependency that justifies it. While one of a service's backups is not down, each of its infrastructure
    /// dependencies counts as at worst degraded: the backup takes over what failed.
    fn evaluate(&self, model: &Model, index: NodeIndex) -> (NodeState, Option<u32>) {
        // A source outside the model cannot occur (the adjacency is built from the same graph); were it to, it
        // would count as up, which never darkens anything.
        let state = |source: u32| self.states.get(source as usize).copied().unwrap_or(NodeState::Up);
        let wave = |source: u32| self.waves.get(source as usize).copied().unwrap_or(0);
        let Some(backups) = self.backups_of.get(&index) else {
            return evaluate(model, index, self.ignored_incident, state, wave);
        };
        let covered = backups.iter().any(|backup| state(backup.index() as u32) != NodeState::Down);
        let seen = |source: u32| seen_with_backup(model, NodeIndex::new(source as usize), state(source), covered);
        evaluate(model, index, self.ignored_incident, seen, wave)
    }
}

/// The state a dependency `source` in `state` counts as for a service: while one of the service's backups is up
/// (`covered`), its infrastructure (providers, regions, zones, cloud services) counts as at worst degraded.
pub(crate) fn seen_with_backup(model: &Model, source: NodeIndex, state: NodeState, covered: bool) -> NodeState {
    if covered && model.node(source).kind.is_switchable() {
        state.min(NodeState::Degraded)
    } else {
        state
    }
}

/// The state `index` should have given the states of its dependencies, as `state_of` sees them, leaving out those
/// known only from reports of incident number `ignored` (0 leaves out nothing); and the dependency that justifies
/// it: for down, the first required dependency that is down, or the last alternative to fall (by `wave_of`) of the
/// first group whose alternatives are all down; for degraded, the first dependency whose state degrades it.
/// In synchronous waves every such dependency changed in the wave before, so the choice does not depend on the order
/// of what was switched off. A node's incoming entries are sorted by redundant group, so each group is one run:
/// no allocation.
fn evaluate(
    model: &Model,
    index: NodeIndex,
    ignored: u32,
    state_of: impl Fn(u32) -> NodeState,
    wave_of: impl Fn(u32) -> u32,
) -> (NodeState, Option<u32>) {
    /// The redundant group being read: its number, size, how many are down (and the last to fall), and whether
    /// one is degraded (and the first such).
    #[derive(Default)]
    struct Group {
        number: u32,
        alternatives: usize,
        down: usize,
        last_down: Option<(u32, u32)>,
        first_hurt: Option<u32>,
    }
    let mut worst = NodeState::Up;
    let mut degraded_by: Option<u32> = None;
    let mut group = Group::default();
    // Closes the group just read: down when every alternative is down, degraded when some are down or degraded.
    let close = |group: &Group, worst: &mut NodeState, degraded_by: &mut Option<u32>| -> Option<u32> {
        if group.alternatives == 0 {
            None
        } else if group.down == group.alternatives {
            group.last_down.map(|(_, source)| source)
        } else {
            if let Some(source) = group.first_hurt {
                *worst = (*worst).max(NodeState::Degraded);
                degraded_by.get_or_insert(source);
            }
            None
        }
    };
    for incoming in model.adjacency.incoming(index.index()) {
        if ignored != 0 && incoming.sole_incident == ignored {
            continue;
        }
        let state = state_of(incoming.source);
        match incoming.mode {
            DependencyMode::Required if state == NodeState::Down => return (NodeState::Down, Some(incoming.source)),
            DependencyMode::Required | DependencyMode::Soft if state != NodeState::Up => {
                worst = worst.max(NodeState::Degraded);
                degraded_by.get_or_insert(incoming.source);
            }
            DependencyMode::Required | DependencyMode::Soft => {}
            DependencyMode::Redundant => {
                if incoming.group != group.number {
                    if let Some(source) = close(&group, &mut worst, &mut degraded_by) {
                        return (NodeState::Down, Some(source));
                    }
                    group = Group { number: incoming.group, ..Group::default() };
                }
                group.alternatives += 1;
                if state == NodeState::Down {
                    group.down += 1;
                    let key = (wave_of(incoming.source), incoming.source);
                    if group.last_down.is_none_or(|last| key.0 > last.0) {
                        group.last_down = Some(key);
                    }
                }
                if state != NodeState::Up {
                    group.first_hurt.get_or_insert(incoming.source);
                }
            }
        }
    }
    if let Some(source) = close(&group, &mut worst, &mut degraded_by) {
        return (NodeState::Down, Some(source));
    }
    (worst, degraded_by)
}
