//! Outage propagation: given what is switched off, the state of every node, the wave in which it fell and why.
//! Pure and derived: it reads the `Model` and a set of switched-off nodes and never changes either.

use std::collections::VecDeque;

use petgraph::visit::EdgeRef;
use petgraph::Direction;

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

/// Computes the state of every node when the nodes in `off` are switched off.
///
/// A node is down when it is switched off, when a required dependency (or its container) is down, or when all
/// alternatives of one redundant group are down. It is degraded when it is not down but a required dependency is
/// degraded, a soft dependency is down or degraded, or some alternatives of a group are down or degraded.
/// The result is the least fixed point of these rules, so a cycle of dependencies with nothing switched off stays up.
///
/// # Complexity
/// O(V + Σ indeg(v)²) in the worst case: a node is re-evaluated (reading all its dependencies) each time one of
/// its dependencies changes state, and a state changes at most twice.
pub fn propagate(model: &Model, off: &[NodeIndex]) -> Outcome {
    let count = model.node_count();
    let mut states = vec![NodeState::Up; count];
    let mut waves = vec![0; count];
    let mut causes = vec![None; count];
    let mut queue = VecDeque::new();
    for &index in off {
        if index.index() < count && states[index.index()] != NodeState::Down {
            states[index.index()] = NodeState::Down;
            queue.push_back(index);
        }
    }
    while let Some(changed) = queue.pop_front() {
        let wave = waves[changed.index()] + 1;
        for dependent in model.graph.neighbors_directed(changed, Direction::Outgoing) {
            let current = states[dependent.index()];
            if current == NodeState::Down {
                continue;
            }
            let next = evaluate(model, dependent, &states);
            if next > current {
                states[dependent.index()] = next;
                waves[dependent.index()] = wave;
                causes[dependent.index()] = Some(changed);
                queue.push_back(dependent);
            }
        }
    }
    Outcome { states, waves, causes }
}

/// The state `index` should have given the current states of its dependencies.
fn evaluate(model: &Model, index: NodeIndex, states: &[NodeState]) -> NodeState {
    /// One redundant group of alternatives, as seen so far.
    struct Group<'a> {
        name: &'a str,
        alternatives: usize,
        down: usize,
        degraded: bool,
    }
    let mut worst = NodeState::Up;
    let mut groups: Vec<Group> = Vec::new();
    for edge in model.graph.edges_directed(index, Direction::Incoming) {
        let state = states[edge.source().index()];
        let link = edge.weight();
        match link.mode() {
            DependencyMode::Required => worst = worst.max(state),
            DependencyMode::Soft if state != NodeState::Up => worst = worst.max(NodeState::Degraded),
            DependencyMode::Soft => {}
            DependencyMode::Redundant => {
                let name = link.group().unwrap_or("");
                let position = match groups.iter().position(|group| group.name == name) {
                    Some(position) => position,
                    None => {
                        groups.push(Group { name, alternatives: 0, down: 0, degraded: false });
                        groups.len() - 1
                    }
                };
                let group = &mut groups[position];
                group.alternatives += 1;
                group.down += usize::from(state == NodeState::Down);
                group.degraded |= state == NodeState::Degraded;
            }
        }
        if worst == NodeState::Down {
            return worst;
        }
    }
    for group in groups {
        if group.down == group.alternatives {
            return NodeState::Down;
        }
        if group.down > 0 || group.degraded {
            worst = worst.max(NodeState::Degraded);
        }
    }
    worst
}

/// The figures a reader sees under the map.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Summary {
    pub web_services: usize,
    /// Web services that are down, in data-file order.
    pub down: Vec<NodeIndex>,
    pub degraded: Vec<NodeIndex>,
}

/// Counts the web services that are down or degraded.
pub fn summarize(model: &Model, outcome: &Outcome) -> Summary {
    let mut summary = Summary { web_services: 0, down: Vec::new(), degraded: Vec::new() };
    for (index, _) in model.nodes_of_kind(NodeKind::WebService) {
        summary.web_services += 1;
        match outcome.state(index) {
            NodeState::Down => summary.down.push(index),
            NodeState::Degraded => summary.degraded.push(index),
            NodeState::Up => {}
        }
    }
    summary
}
