//! The dependency graph as a keyboard tree, from two viewpoints (issue 17, requirement 12). A graph of dependencies
//! is not a tree, so the tree view shows it as one per viewpoint: "by provider" starts at the providers and goes
//! down to what depends on each ("what depends on X": provider, region, cloud service, supplier, web service), and
//! "by service" starts at the web services and goes down to what each depends on ("what X depends on", down to
//! the providers). A node reached by several paths appears under each and is a junction that names its other
//! parents. The app's tree component only renders what these functions say, so the structure is tested natively.
//! Pure: no web crate.

use crate::data::NodeKind;
use crate::graph::{Model, NodeIndex};
use crate::metrics::best_known;

/// Which way the tree reads the graph.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Viewpoint {
    /// From the providers to what depends on them: "what goes dark if this fails?"
    #[default]
    Provider,
    /// From the web services to what they depend on: "what does this service need?"
    Service,
}

impl Viewpoint {
    pub const ALL: [Viewpoint; 2] = [Viewpoint::Provider, Viewpoint::Service];

    /// The viewpoint's name in the URL (`tree=service`).
    pub fn code(self) -> &'static str {
        match self {
            Viewpoint::Provider => "provider",
            Viewpoint::Service => "service",
        }
    }

    pub fn from_code(code: &str) -> Option<Viewpoint> {
        Viewpoint::ALL.into_iter().find(|viewpoint| viewpoint.code() == code)
    }
}

/// The most children listed under one item: a provider has hundreds of dependents, and a list that long is no
/// help to a reader who moves one item at a time; the search box and the table reach the others.
pub const LISTED: usize = 80;

/// The tree's top items. By provider: the providers, in data-file order. By service: every web service, the best
/// known first (largest audience), so a pupil finds Snapchat or Fortnite without going through hundreds of names.
pub fn roots(model: &Model, viewpoint: Viewpoint) -> Vec<NodeIndex> {
    match viewpoint {
        Viewpoint::Provider => model.nodes_of_kind(NodeKind::Provider).map(|(index, _)| index).collect(),
        Viewpoint::Service => {
            let services: Vec<NodeIndex> = model.nodes_of_kind(NodeKind::WebService).map(|(index, _)| index).collect();
            best_known(model, &services, services.len())
        }
    }
}

/// An item's children, at most `LISTED`. By provider: what depends on it, in the map's order from the top down
/// (regions, zones, cloud services, suppliers, web services). By service: what it depends on, the nearest kinds
/// first (suppliers, then cloud services, zones, regions, providers), so each step goes one layer down the map.
pub fn children(model: &Model, viewpoint: Viewpoint, index: NodeIndex) -> Vec<NodeIndex> {
    // In the map's columns, read from the left by provider and from the right by service, then in data-file order.
    // An insertion sort: the lists are short (a few hundred at most), and each library sort the app instantiates
    // costs kilobytes of wasm.
    let layers = NodeKind::WebService.layer();
    let column = |child: NodeIndex| match viewpoint {
        Viewpoint::Provider => model.node(child).kind.layer(),
        Viewpoint::Service => layers.saturating_sub(model.node(child).kind.layer()),
    };
    let mut below: Vec<NodeIndex> = Vec::new();
    for child in parents(model, other(viewpoint), index) {
        let key = (column(child), child.index());
        let at = below.iter().position(|&placed| (column(placed), placed.index()) > key).unwrap_or(below.len());
        below.insert(at, child);
    }
    below.truncate(LISTED);
    below
}

/// The other viewpoint: an item's children in one are its parents in the other.
fn other(viewpoint: Viewpoint) -> Viewpoint {
    match viewpoint {
        Viewpoint::Provider => Viewpoint::Service,
        Viewpoint::Service => Viewpoint::Provider,
    }
}

/// Every parent `index` has in this viewpoint, whether listed or not: what it depends on (by provider), or what
/// depends on it (by service). More than one makes it a junction.
pub fn parents(model: &Model, viewpoint: Viewpoint, index: NodeIndex) -> Vec<NodeIndex> {
    let found: Vec<NodeIndex> = match viewpoint {
        Viewpoint::Provider => model.dependencies_of(index).map(|(source, _)| source).collect(),
        Viewpoint::Service => model.dependents_of(index).collect(),
    };
    // A node can reach another by two links (a use and a containment): listed once, in the order found.
    let mut parents: Vec<NodeIndex> = Vec::with_capacity(found.len());
    for parent in found {
        if !parents.contains(&parent) {
            parents.push(parent);
        }
    }
    parents
}

/// What a junction says: up to `named` of its other parents (besides the one it was reached from), and how many
/// more there are.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Junction {
    pub others: Vec<NodeIndex>,
    pub more: usize,
}

/// The junction `index` is when reached from `via` (`None` for a top item), or `None` when it has one parent or
/// none: only a node several paths lead to is a junction.
pub fn junction(
    model: &Model,
    viewpoint: Viewpoint,
    index: NodeIndex,
    via: Option<NodeIndex>,
    named: usize,
) -> Option<Junction> {
    let parents = parents(model, viewpoint, index);
    if parents.len() < 2 {
        return None;
    }
    let others: Vec<NodeIndex> = parents.into_iter().filter(|&parent| Some(parent) != via).collect();
    let more = others.len().saturating_sub(named);
    let others: Vec<NodeIndex> = others.into_iter().take(named).collect();
    Some(Junction { others, more })
}
