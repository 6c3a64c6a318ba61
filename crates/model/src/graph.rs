//! The loaded, validated model: nodes, the dependency graph, market shares and incidents.
//! A `Model` is immutable after `validate::load` builds it; interaction never mutates it.

use std::collections::HashMap;
use std::fmt;

use petgraph::graph::DiGraph;
use petgraph::Direction;

pub use petgraph::graph::NodeIndex;

use crate::data::{
    Audience, Category, DatasetInfo, DependencyMode, Evidence, EvidenceKind, NodeKind, Role, ShareScope,
};
use crate::incident::Incident;
use crate::market::MarketTable;
use crate::scenario::Lang;

/// A node's stable id as written in the data file and in links (`aws/us-east-1/dynamodb`).
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct NodeId(String);

impl NodeId {
    pub fn new(id: impl Into<String>) -> Self {
        NodeId(id.into())
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The id of the node that contains this one: `aws/us-east-1` for `aws/us-east-1/dynamodb`.
    pub fn parent(&self) -> Option<NodeId> {
        self.0.rsplit_once('/').map(|(parent, _)| NodeId::new(parent))
    }
}

impl fmt::Display for NodeId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// A node of the map.
#[derive(Debug, Clone, PartialEq)]
pub struct Node {
    pub id: NodeId,
    pub kind: NodeKind,
    pub name: String,
    /// The name in French, where the data gives one ("Région AWS US East (Virginie du Nord)").
    pub name_fr: Option<String>,
    pub short_name: Option<String>,
    /// The short label in French, where the data gives one: read it through [`Node::label_in`].
    pub short_name_fr: Option<String>,
    pub category: Option<Category>,
    pub country: Option<String>,
    /// The source of `country`, for a company's headquarters.
    pub country_source: Option<crate::data::Source>,
    pub description: Option<String>,
    pub description_fr: Option<String>,
    pub audience: Option<Audience>,
    /// For a web service with no public dependency: what was looked for and not found, in English and in French.
    pub hosting_note: Option<String>,
    pub hosting_note_fr: Option<String>,
}

impl Node {
    /// The name in `lang`: the French name in French when the data has one, the name otherwise. Every place that
    /// shows a node's full name to a reader uses this, so a French name shows up everywhere at once.
    pub fn name_in(&self, lang: Lang) -> &str {
        lang.pick(&self.name, self.name_fr.as_deref())
    }

    /// The label for tight places in `lang`: the short name if there is one (a brand, the same in both languages),
    /// else the name in `lang`.
    pub fn label_in(&self, lang: Lang) -> &str {
        match &self.short_name {
            Some(short) => lang.pick(short, self.short_name_fr.as_deref()),
            None => self.name_in(lang),
        }
    }

    /// What was looked for and not found about where the service runs, in `lang` (English when not translated).
    pub fn hosting_note_in(&self, lang: Lang) -> Option<&str> {
        let note = self.hosting_note.as_deref()?;
        Some(lang.pick(note, self.hosting_note_fr.as_deref()))
    }

    /// The label for tight places: the short name if there is one.
    pub fn label(&self) -> &str {
        self.short_name.as_deref().unwrap_or(&self.name)
    }

    /// The description in `lang`, falling back to English when the data has no translation.
    pub fn description(&self, lang: Lang) -> Option<&str> {
        match lang {
            Lang::Fr => self.description_fr.as_deref().or(self.description.as_deref()),
            Lang::En => self.description.as_deref(),
        }
    }
}

/// Why an edge of the graph exists.
#[derive(Debug, Clone, PartialEq)]
pub enum Link {
    /// The target sits inside the source (a region in its provider, a service in its region):
    /// it is down whenever the source is.
    Contains,
    /// The target depends on the source, as the data file says.
    Uses(Dependency),
}

impl Link {
    /// How much the dependent needs the source. Containment is always required.
    pub fn mode(&self) -> DependencyMode {
        match self {
            Link::Contains => DependencyMode::Required,
            Link::Uses(dependency) => dependency.mode,
        }
    }

    /// How certain the link is: its best evidence; containment is documented.
    pub fn certainty(&self) -> crate::certainty::Certainty {
        match self {
            Link::Contains => crate::certainty::Certainty::Documented,
            Link::Uses(dependency) => dependency
                .evidence
                .iter()
                .map(|evidence| crate::certainty::Certainty::of(evidence.kind))
                .max()
                .unwrap_or(crate::certainty::Certainty::Reported),
        }
    }

    /// The date of the newest evidence that gives the link its certainty (dates sort as text: `2024` < `2024-05`);
    /// `None` for containment.
    pub fn newest_date(&self) -> Option<&str> {
        let Link::Uses(dependency) = self else { return None };
        let certainty = self.certainty();
        dependency
            .evidence
            .iter()
            .filter(|evidence| crate::certainty::Certainty::of(evidence.kind) == certainty)
            .map(|evidence| evidence.date.as_str())
            .max()
    }

    /// The redundant group this link belongs to, if any.
    pub fn group(&self) -> Option<&str> {
        match self {
            Link::Contains => None,
            Link::Uses(dependency) => dependency.group.as_deref(),
        }
    }
}

/// A dependency from the data file, after validation.
#[derive(Debug, Clone, PartialEq)]
pub struct Dependency {
    pub role: Role,
    pub mode: DependencyMode,
    pub group: Option<String>,
    pub evidence: Vec<Evidence>,
}

impl Dependency {
    /// The strongest kind of evidence behind this dependency: it is drawn and counted as that kind.
    pub fn strongest_evidence(&self) -> EvidenceKind {
        self.evidence.iter().map(|evidence| evidence.kind).min().unwrap_or(EvidenceKind::Inferred)
    }
}

/// The validated model. Edges point from what is depended on to its dependents, the way an outage spreads.
#[derive(Debug, Clone)]
pub struct Model {
    pub info: DatasetInfo,
    pub(crate) graph: DiGraph<Node, Link>,
    pub(crate) index: HashMap<NodeId, NodeIndex>,
    pub market: Vec<MarketTable>,
    pub incidents: Vec<Incident>,
    /// The graph again as flat arrays, for propagation: built once, read on every click.
    pub(crate) adjacency: Adjacency,
}

/// One incoming dependency, packed: where it comes from and how it counts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Incoming {
    pub source: u32,
    pub mode: DependencyMode,
    /// The redundant group, numbered per model from 1; 0 for none. A node's incoming entries are sorted by group,
    /// so each group is one run.
    pub group: u32,
    /// When every piece of evidence is a report of one incident: that incident's number plus one; else 0.
    pub sole_incident: u32,
    /// How certain the link is: its best evidence (containment is documented).
    pub certainty: crate::certainty::Certainty,
}

/// The graph as compressed rows: node `i`'s dependents are `dependents[dependents_start[i]..dependents_start[i + 1]]`,
/// its dependencies likewise in `incoming`. Reading it touches memory in order, unlike the linked edge lists.
#[derive(Debug, Clone, Default)]
pub(crate) struct Adjacency {
    pub dependents_start: Vec<u32>,
    pub dependents: Vec<u32>,
    pub incoming_start: Vec<u32>,
    pub incoming: Vec<Incoming>,
}

impl Adjacency {
    pub fn build(graph: &DiGraph<Node, Link>, incidents: &[Incident]) -> Adjacency {
        let count = graph.node_count();
        let mut groups: HashMap<&str, u32> = HashMap::new();
        let mut adjacency = Adjacency {
            dependents_start: Vec::with_capacity(count + 1),
            dependents: Vec::with_capacity(graph.edge_count()),
            incoming_start: Vec::with_capacity(count + 1),
            incoming: Vec::with_capacity(graph.edge_count()),
        };
        for index in graph.node_indices() {
            adjacency.dependents_start.push(adjacency.dependents.len() as u32);
            adjacency
                .dependents
                .extend(graph.neighbors_directed(index, Direction::Outgoing).map(|dependent| dependent.index() as u32));
            adjacency.incoming_start.push(adjacency.incoming.len() as u32);
            let first = adjacency.incoming.len();
            for edge in graph.edges_directed(index, Direction::Incoming) {
                let link = edge.weight();
                let group = match link.group() {
                    Some(name) => {
                        let next = groups.len() as u32 + 1;
                        *groups.entry(name).or_insert(next)
                    }
                    None => 0,
                };
                let sole_incident = match link {
                    Link::Contains => 0,
                    Link::Uses(dependency) => {
                        let mut reported = dependency.evidence.iter().map(|evidence| match evidence.kind {
                            EvidenceKind::Reported => evidence.incident.as_deref(),
                            _ => None,
                        });
                        let first = reported.next().flatten();
                        match first {
                            Some(id) if reported.all(|other| other == Some(id)) => incidents
                                .iter()
                                .position(|incident| incident.id == id)
                                .map_or(0, |position| position as u32 + 1),
                            _ => 0,
                        }
                    }
                };
                let certainty = link.certainty();
                adjacency.incoming.push(Incoming {
                    source: petgraph::visit::EdgeRef::source(&edge).index() as u32,
                    mode: link.mode(),
                    group,
                    sole_incident,
                    certainty,
                });
            }
            if let Some(run) = adjacency.incoming.get_mut(first..) {
                run.sort_by_key(|incoming| incoming.group);
            }
        }
        adjacency.dependents_start.push(adjacency.dependents.len() as u32);
        adjacency.incoming_start.push(adjacency.incoming.len() as u32);
        adjacency
    }

    /// The nodes that depend on `node` (none for a node outside the graph).
    pub fn dependents(&self, node: usize) -> &[u32] {
        row(&self.dependents_start, &self.dependents, node)
    }

    /// What `node` depends on, each redundant group one run (none for a node outside the graph).
    pub fn incoming(&self, node: usize) -> &[Incoming] {
        row(&self.incoming_start, &self.incoming, node)
    }
}

/// Row `node` of a compressed-row table: `items[starts[node]..starts[node + 1]]`, empty when out of range.
fn row<'a, T>(starts: &[u32], items: &'a [T], node: usize) -> &'a [T] {
    match (starts.get(node), starts.get(node + 1)) {
        (Some(&start), Some(&end)) => items.get(start as usize..end as usize).unwrap_or_default(),
        _ => &[],
    }
}

impl Model {
    /// Every node, in data-file order.
    pub fn nodes(&self) -> impl ExactSizeIterator<Item = (NodeIndex, &Node)> + '_ {
        self.graph.node_indices().map(move |index| (index, &self.graph[index]))
    }

    /// Whether this model was built from a core file whose citations and long texts are still to come (see
    /// `split`): the app then says the sources are loading instead of showing them.
    pub fn texts_pending(&self) -> bool {
        self.info.details.is_some()
    }

    pub fn node_count(&self) -> usize {
        self.graph.node_count()
    }

    pub fn node(&self, index: NodeIndex) -> &Node {
        &self.graph[index]
    }

    pub fn lookup(&self, id: &NodeId) -> Option<NodeIndex> {
        self.index.get(id).copied()
    }

    /// Every edge as `(source, dependent, link)`: the source is what the dependent needs.
    pub fn edges(&self) -> impl Iterator<Item = (NodeIndex, NodeIndex, &Link)> + '_ {
        self.graph.edge_indices().filter_map(move |edge| {
            let (source, target) = self.graph.edge_endpoints(edge)?;
            Some((source, target, &self.graph[edge]))
        })
    }

    pub fn edge_count(&self) -> usize {
        self.graph.edge_count()
    }

    /// What `index` depends on, with the link.
    pub fn dependencies_of(&self, index: NodeIndex) -> impl Iterator<Item = (NodeIndex, &Link)> + '_ {
        self.graph
            .edges_directed(index, Direction::Incoming)
            .map(|edge| (petgraph::visit::EdgeRef::source(&edge), edge.weight()))
    }

    /// The link by which `dependent` depends on `source`, if any.
    ///
    /// # Complexity
    /// O(what `dependent` depends on), a handful: it reads the dependent's incoming links, not the source's outgoing
    /// ones (petgraph's `find_edge`), which for a provider of a 100,000-node graph are tens of thousands. Summarising
    /// a switched-off provider's chains (the export's summary) went from 650 ms to nothing at 100,000 nodes.
    pub fn link(&self, source: NodeIndex, dependent: NodeIndex) -> Option<&Link> {
        self.dependencies_of(dependent).find(|&(on, _)| on == source).map(|(_, link)| link)
    }

    /// Whether `index` has a dependency in the data (containment aside): a web service without one is "unknown".
    pub fn has_dependencies(&self, index: NodeIndex) -> bool {
        self.dependencies_of(index).any(|(_, link)| matches!(link, Link::Uses(_)))
    }

    /// What sits directly inside `index` (a provider's regions, a region's services), by containment.
    pub fn contained_in(&self, index: NodeIndex) -> impl Iterator<Item = NodeIndex> + '_ {
        self.graph
            .edges_directed(index, Direction::Outgoing)
            .filter(|edge| matches!(edge.weight(), Link::Contains))
            .map(|edge| petgraph::visit::EdgeRef::target(&edge))
    }

    /// The incidents in which `index` was reported affected, in data-file order.
    pub fn incidents_reporting(&self, index: NodeIndex) -> impl Iterator<Item = &Incident> + '_ {
        self.incidents.iter().filter(move |incident| incident.reported(index))
    }

    /// What depends on `index`.
    pub fn dependents_of(&self, index: NodeIndex) -> impl Iterator<Item = NodeIndex> + '_ {
        self.graph.neighbors_directed(index, Direction::Outgoing)
    }

    /// The nodes of one kind, in data-file order.
    pub fn nodes_of_kind(&self, kind: NodeKind) -> impl Iterator<Item = (NodeIndex, &Node)> + '_ {
        self.nodes().filter(move |(_, node)| node.kind == kind)
    }

    pub fn incident(&self, id: &str) -> Option<&Incident> {
        self.incidents.iter().find(|incident| incident.id == id)
    }

    /// The share table with this key (see [`MarketTable::key`]).
    pub fn share_table(&self, key: &str) -> Option<&MarketTable> {
        self.market.iter().find(|table| table.key() == key)
    }

    /// The latest market-share table of one scope (periods sort as text: `2025-Q2` < `2025-Q3`).
    pub fn latest_shares(&self, scope: ShareScope) -> Option<&MarketTable> {
        self.market.iter().filter(|table| table.scope == scope).max_by(|a, b| a.period.cmp(&b.period))
    }

    /// How many dependencies rest on each kind of evidence (their strongest).
    pub fn evidence_counts(&self) -> Vec<(EvidenceKind, usize)> {
        EvidenceKind::ALL
            .iter()
            .map(|&kind| {
                let count = self
                    .edges()
                    .filter(|(_, _, link)| {
                        matches!(link, Link::Uses(dependency) if dependency.strongest_evidence() == kind)
                    })
                    .count();
                (kind, count)
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use petgraph::visit::EdgeRef;

    /// `link` reads the dependent's side; petgraph's `find_edge` the source's: on every pair of the shipped data,
    /// linked or not, both find the same link.
    #[test]
    fn a_link_is_found_from_the_dependent_as_from_the_source() {
        let model = crate::load(include_str!("../../../static/data/cloudfall.json")).expect("the shipped data loads");
        let mut pairs = 0;
        for edge in model.graph.edge_references() {
            let (source, dependent) = (edge.source(), edge.target());
            let expected = model.graph.find_edge(source, dependent).map(|found| &model.graph[found]);
            assert_eq!(model.link(source, dependent), expected);
            // And the reverse pair, which is linked only where the data links both ways.
            let reverse = model.graph.find_edge(dependent, source).map(|found| &model.graph[found]);
            assert_eq!(model.link(dependent, source), reverse);
            pairs += 1;
        }
        assert!(pairs > 500);
    }
}
