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
/// O(V + Σ indeg(v)²) in the worst case: a node is re-evaluated (reading all its dependencies) each time one of
/// its dependencies changes state, and a state changes at most twice; plus sorting each wave's candidates.
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
                match spread.states[touched.index()] {
                    NodeState::Down => blast.down += 1,
                    NodeState::Degraded => blast.degraded += 1,
                    NodeState::Up => {}
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
            backed,
            backups_of,
            ignored_incident: 0,
        }
    }

    fn set(&mut self, index: NodeIndex, state: NodeState, wave: u32, cause: Option<NodeIndex>) {
        let i = index.index();
        if self.states[i] == NodeState::Up {
            self.touched.push(index);
        }
        self.states[i] = state;
        self.waves[i] = wave;
        self.causes[i] = cause;
        self.frontier.push(index);
    }

    fn run(&mut self, model: &Model, off: &[NodeIndex]) {
        self.frontier.clear();
        for &index in off {
            if index.index() < self.states.len() && self.states[index.index()] != NodeState::Down {
                self.set(index, NodeState::Down, 0, None);
            }
        }
        let mut wave = 0;
        while !self.frontier.is_empty() {
            wave += 1;
            self.candidates.clear();
            for &changed in &self.frontier {
                let dependents = model.adjacency.dependents(changed.index());
                self.candidates.extend(dependents.iter().map(|&dependent| NodeIndex::new(dependent as usize)));
                if let Some(services) = self.backed.get(&changed) {
                    self.candidates.extend(services.iter().copied());
                }
            }
            self.candidates.sort_unstable();
            self.candidates.dedup();
            // Every candidate is judged on the states at the end of the last wave; the changes apply together.
            self.changes.clear();
            for i in 0..self.candidates.len() {
                let candidate = self.candidates[i];
                let current = self.states[candidate.index()];
                if current == NodeState::Down {
                    continue;
                }
                let next = self.evaluate(model, candidate);
                if next > current {
                    let cause = self.cause(model, candidate, next);
                    self.changes.push((candidate, next, cause));
                }
            }
            self.frontier.clear();
            for i in 0..self.changes.len() {
                let (candidate, next, cause) = self.changes[i];
                self.set(candidate, next, wave, cause);
            }
        }
    }

    /// The dependency that justifies `index` now being `next`: one that is down (for a required link, or a
    /// redundant group whose alternatives are all down) when `next` is down, any that is not up when it is degraded;
    /// a hypothetical backup when a backup going down is what changed. The latest wave wins, then the lowest index.
    fn cause(&self, model: &Model, index: NodeIndex, next: NodeState) -> Option<NodeIndex> {
        let covered = self
            .backups_of
            .get(&index)
            .is_some_and(|backups| backups.iter().any(|backup| self.states[backup.index()] != NodeState::Down));
        let incoming = model.adjacency.incoming(index.index());
        let mut best: Option<(u32, std::cmp::Reverse<u32>)> = None;
        let consider = |best: &mut Option<(u32, std::cmp::Reverse<u32>)>, source: u32| {
            let key = (self.waves[source as usize], std::cmp::Reverse(source));
            if best.is_none_or(|best| key > best) {
                *best = Some(key);
            }
        };
        for (position, entry) in incoming.iter().enumerate() {
            if self.ignored_incident != 0 && entry.sole_incident == self.ignored_incident {
                continue;
            }
            let state = self.states[entry.source as usize];
            if state == NodeState::Up {
                continue;
            }
            let infrastructure = model.node(NodeIndex::new(entry.source as usize)).kind.is_switchable();
            let justifies = match (next, entry.mode) {
                (NodeState::Down, DependencyMode::Required) => state == NodeState::Down && !(covered && infrastructure),
                (NodeState::Down, DependencyMode::Redundant) => {
                    // Only a group whose alternatives are all down takes the node down.
                    state == NodeState::Down
                        && !(covered && infrastructure)
                        && incoming[..]
                            .iter()
                            .enumerate()
                            .filter(|(other, alternative)| {
                                *other != position
                                    && alternative.group == entry.group
                                    && !(self.ignored_incident != 0
                                        && alternative.sole_incident == self.ignored_incident)
                            })
                            .all(|(_, alternative)| self.states[alternative.source as usize] == NodeState::Down)
                }
                (NodeState::Down, DependencyMode::Soft) => false,
                _ => true,
            };
            if justifies {
                consider(&mut best, entry.source);
            }
        }
        if best.is_none() {
            // A backup that went down is what changed: it is the cause.
            for backup in self.backups_of.get(&index).into_iter().flatten() {
                if self.states[backup.index()] == NodeState::Down {
                    consider(&mut best, backup.index() as u32);
                }
            }
        }
        best.map(|(_, std::cmp::Reverse(source))| NodeIndex::new(source as usize))
    }

    fn clear(&mut self) {
        for index in self.touched.drain(..) {
            let i = index.index();
            self.states[i] = NodeState::Up;
            self.waves[i] = 0;
            self.causes[i] = None;
        }
    }

    /// The state `index` should have given the current states of its dependencies (and of its backups).
    /// While one of a service's backups is not down, each of its infrastructure dependencies counts as at worst
    /// degraded: the backup takes over what failed.
    fn evaluate(&self, model: &Model, index: NodeIndex) -> NodeState {
        let state = |source: u32| self.states[source as usize];
        let Some(backups) = self.backups_of.get(&index) else {
            return evaluate(model, index, self.ignored_incident, state);
        };
        let covered = backups.iter().any(|backup| self.states[backup.index()] != NodeState::Down);
        evaluate(model, index, self.ignored_incident, |source| {
            let kind = model.node(NodeIndex::new(source as usize)).kind;
            if covered && kind.is_switchable() {
                state(source).min(NodeState::Degraded)
            } else {
                state(source)
            }
        })
    }
}

/// The state `index` should have given the states of its dependencies, as `state_of` sees them, leaving out those
/// known only from reports of incident number `ignored` (0 leaves out nothing).
/// A node's incoming entries are sorted by redundant group, so each group is one run: no allocation.
fn evaluate(model: &Model, index: NodeIndex, ignored: u32, state_of: impl Fn(u32) -> NodeState) -> NodeState {
    let mut worst = NodeState::Up;
    let (mut group, mut alternatives, mut down, mut degraded) = (0, 0, 0, false);
    // Closes the group just read: down when every alternative is down, degraded when some are down or degraded.
    let close = |alternatives: usize, down: usize, degraded: bool, worst: NodeState| -> NodeState {
        if alternatives == 0 {
            worst
        } else if down == alternatives {
            NodeState::Down
        } else if down > 0 || degraded {
            worst.max(NodeState::Degraded)
        } else {
            worst
        }
    };
    for incoming in model.adjacency.incoming(index.index()) {
        if ignored != 0 && incoming.sole_incident == ignored {
            continue;
        }
        let state = state_of(incoming.source);
        match incoming.mode {
            DependencyMode::Required => worst = worst.max(state),
            DependencyMode::Soft if state != NodeState::Up => worst = worst.max(NodeState::Degraded),
            DependencyMode::Soft => {}
            DependencyMode::Redundant => {
                if incoming.group != group {
                    worst = close(alternatives, down, degraded, worst);
                    (group, alternatives, down, degraded) = (incoming.group, 0, 0, false);
                }
                alternatives += 1;
                down += usize::from(state == NodeState::Down);
                degraded |= state == NodeState::Degraded;
            }
        }
        if worst == NodeState::Down {
            return worst;
        }
    }
    close(alternatives, down, degraded, worst)
}
