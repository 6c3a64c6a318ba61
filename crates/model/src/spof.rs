//! What can take a node down: its single points of failure, each with the chain that darkens it and how certain
//! that chain is, and where no single node does it, the smallest set of switches that does.
//! Pure and derived: every answer is a propagation (`outage::propagate_with`), so redundancy, soft links and
//! hypothetical backups count exactly as on the map. It never changes the model.

use crate::certainty::{assess, Certainty};
use crate::graph::{Model, NodeIndex};
use crate::outage::{propagate_with, Backup, NodeState};

/// One switchable node whose loss alone takes the target down.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PointOfFailure {
    /// The provider, region, zone or cloud service switched off.
    pub node: NodeIndex,
    /// The chain from the target to `node`, as `Outcome::why` gives it (the target first).
    pub chain: Vec<NodeIndex>,
    /// How certain the most certain chain from `node` to the target is (`certainty::assess`): its weakest link, so
    /// a reader knows whether the failure is explained or only observed.
    pub weakest: Certainty,
}

/// The fewest switches that together take the target down, when no single one does.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SmallestSet {
    /// The switches, in data-file order.
    pub nodes: Vec<NodeIndex>,
    /// False when the search stopped at its `SearchLimit` before proving that no smaller set works: the set then
    /// takes the target down and no member can be left out, but a smaller set of other switches may exist.
    pub proven_minimal: bool,
}

/// How far the search for a smallest set goes before it settles for a set that is not proven minimal.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SearchLimit {
    /// The largest set size searched exhaustively.
    pub max_size: usize,
    /// The most propagations the exhaustive search may run, in all.
    pub max_propagations: usize,
}

impl Default for SearchLimit {
    /// Sets of up to 4 switches and 20,000 propagations: on the shipped data every service is answered exactly
    /// (the candidates shrink to a few dozen providers and suppliers' hosts), in well under a second natively.
    fn default() -> SearchLimit {
        SearchLimit { max_size: 4, max_propagations: 20_000 }
    }
}

/// Everything `cloudfall spof` says about one node.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Spof {
    pub target: NodeIndex,
    /// The single points of failure, in data-file order.
    pub points: Vec<PointOfFailure>,
    /// Only when `points` is empty: the smallest set of switches that takes the target down, or `None` when even
    /// every switch together leaves it standing (or it depends on nothing switchable).
    pub smallest_set: Option<SmallestSet>,
    /// How many switchable nodes lie upstream of the target at all. Zero means the data links it to no switch:
    /// what can take it down is unknown, which a reader must not take for "nothing can".
    pub upstream_switches: usize,
}

/// The single points of failure of `target` and, where there is none, its smallest set of switches.
///
/// # Complexity
/// See [`single_points_of_failure`] and [`smallest_set`]; the second runs only when the first finds nothing.
pub fn analyse(model: &Model, target: NodeIndex, backups: &[Backup], limit: SearchLimit) -> Spof {
    let points = single_points_of_failure(model, target, backups);
    let smallest_set = if points.is_empty() { smallest_set(model, target, backups, limit) } else { None };
    let upstream_switches = candidates(model, target, backups).len();
    Spof { target, points, smallest_set, upstream_switches }
}

/// Every switchable node (provider, region, zone, cloud service) other than `target` whose loss alone takes
/// `target` down under `backups`, in data-file order, each with its chain and the chain's weakest evidence.
///
/// Only the switchable nodes upstream of `target` (through dependencies, containment and the backups of what is
/// upstream) are tried: nothing else can change its state.
///
/// # Complexity
/// One propagation per switchable node upstream of `target`: O(c · (V + E)) for `c` such candidates.
pub fn single_points_of_failure(model: &Model, target: NodeIndex, backups: &[Backup]) -> Vec<PointOfFailure> {
    candidates(model, target, backups)
        .into_iter()
        .filter_map(|node| {
            let outcome = propagate_with(model, &[node], backups);
            (outcome.state(target) == NodeState::Down).then(|| {
                let chain = outcome.why(target);
                let weakest = assess(model, &outcome, backups, None).certainty(target).unwrap_or(Certainty::Reported);
                PointOfFailure { node, chain, weakest }
            })
        })
        .collect()
}

/// The smallest set of switchable nodes that together take `target` down under `backups`, or `None` when no set
/// does (even all of them together leave it up).
///
/// The search is exact within `limit`: it tries the candidates upstream of `target`, first dropping each one
/// whose own damage is contained in another's (switching off the other instead darkens at least as much, since
/// propagation is monotone), then every set by increasing size. Past `limit` it stops and shrinks the set of all
/// remaining candidates greedily to a set no member of which can be left out, flagged as not proven minimal
/// (unless its size is one more than the largest size searched in full).
///
/// # Complexity
/// O(c · (V + E)) to find the candidates' damage and compare it (O(c² · V) at worst), then at most
/// `limit.max_propagations` propagations of O(V + E) each, then c more for the greedy shrink.
pub fn smallest_set(model: &Model, target: NodeIndex, backups: &[Backup], limit: SearchLimit) -> Option<SmallestSet> {
    let all = candidates(model, target, backups);
    let darkens = |set: &[NodeIndex]| propagate_with(model, set, backups).state(target) == NodeState::Down;
    if all.is_empty() || !darkens(&all) {
        return None;
    }
    let reduced = undominated(model, &all, backups);
    let mut budget = limit.max_propagations;
    // The largest size below which every set has been tried; singles first.
    let mut searched = 0;
    for size in 1..=limit.max_size.min(reduced.len()) {
        let mut combination: Vec<usize> = (0..size).collect();
        loop {
            if budget == 0 {
                return Some(shrink(&reduced, &darkens, searched));
            }
            budget -= 1;
            let set: Vec<NodeIndex> =
                combination.iter().filter_map(|&position| reduced.get(position).copied()).collect();
            if darkens(&set) {
                let mut nodes = set;
                nodes.sort();
                return Some(SmallestSet { nodes, proven_minimal: true });
            }
            if !next_combination(&mut combination, reduced.len()) {
                break;
            }
        }
        searched = size;
    }
    Some(shrink(&reduced, &darkens, searched))
}

/// Leaves out, one by one, each member of `set` without which the rest still takes the target down.
/// The result is minimal by inclusion; it is proven minimal in size when every smaller size was searched.
fn shrink(set: &[NodeIndex], darkens: &impl Fn(&[NodeIndex]) -> bool, searched: usize) -> SmallestSet {
    let mut nodes = set.to_vec();
    let mut position = 0;
    while position < nodes.len() {
        let mut without = nodes.clone();
        without.remove(position);
        if !without.is_empty() && darkens(&without) {
            nodes = without;
        } else {
            position += 1;
        }
    }
    nodes.sort();
    let proven_minimal = nodes.len() <= searched + 1;
    SmallestSet { nodes, proven_minimal }
}

/// Advances `combination` (strictly increasing positions below `n`) to the next in lexicographic order.
fn next_combination(combination: &mut [usize], n: usize) -> bool {
    let size = combination.len();
    for slot in (0..size).rev() {
        let Some((_, tail)) = combination.split_at_mut_checked(slot) else { continue };
        let Some((value, later)) = tail.split_first_mut() else { continue };
        // The position in `slot` can still move right while the later ones fit after it: value < n - size + slot.
        if *value + size < n + slot {
            *value += 1;
            let mut next = *value;
            for position in later {
                next += 1;
                *position = next;
            }
            return true;
        }
    }
    false
}

/// The candidates whose damage (the nodes down when each alone is off) is not contained in another's; of equal
/// damage, the first in data-file order. Any set that takes the target down still does with each dropped member
/// replaced by the one that contains its damage, so the smallest size is unchanged.
fn undominated(model: &Model, candidates: &[NodeIndex], backups: &[Backup]) -> Vec<NodeIndex> {
    let damage: Vec<Vec<bool>> = candidates
        .iter()
        .map(|&node| {
            let outcome = propagate_with(model, &[node], backups);
            model.nodes().map(|(index, _)| outcome.state(index) == NodeState::Down).collect()
        })
        .collect();
    let within = |a: &[bool], b: &[bool]| a.iter().zip(b).all(|(&x, &y)| !x || y);
    candidates
        .iter()
        .zip(&damage)
        .enumerate()
        .filter(|&(i, (_, mine))| {
            !damage
                .iter()
                .enumerate()
                .any(|(j, other)| j != i && within(mine, other) && (!within(other, mine) || j < i))
        })
        .map(|(_, (&node, _))| node)
        .collect()
}

/// The switchable nodes other than `target` from which an outage can reach `target`, in data-file order:
/// everything upstream through dependencies and containment, and the backups of anything upstream.
fn candidates(model: &Model, target: NodeIndex, backups: &[Backup]) -> Vec<NodeIndex> {
    let mut upstream = vec![false; model.node_count()];
    let mut stack = vec![target];
    if let Some(seen) = upstream.get_mut(target.index()) {
        *seen = true;
    }
    while let Some(node) = stack.pop() {
        let sources = model
            .dependencies_of(node)
            .map(|(source, _)| source)
            .chain(backups.iter().filter(|backup| backup.service == node).map(|backup| backup.backup));
        for source in sources {
            if let Some(seen) = upstream.get_mut(source.index()) {
                if !*seen {
                    *seen = true;
                    stack.push(source);
                }
            }
        }
    }
    model
        .nodes()
        .filter(|&(index, node)| {
            index != target && node.kind.is_switchable() && upstream.get(index.index()) == Some(&true)
        })
        .map(|(index, _)| index)
        .collect()
}
