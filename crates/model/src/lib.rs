//! Cloudfall's pure core: the data format, its validation, the dependency graph, outage propagation,
//! summary figures, the map layout and the `Scenario` with its URL codec.
//! It knows nothing of the DOM, does no IO and never panics on user data.

#![forbid(unsafe_code)]

pub mod audit;
pub mod calibration;
pub mod certainty;
pub mod challenge;
pub mod csv;
pub mod data;
pub mod derive;
pub mod embed;
pub mod generate;
pub mod graph;
pub mod incident;
pub mod json;
pub mod jurisdiction;
pub mod label;
pub mod layout;
pub mod likelihood;
pub mod market;
pub mod metrics;
pub mod outage;
pub mod query;
pub mod replay;
pub mod scenario;
pub mod split;
pub mod spof;
pub mod story;
pub mod story_core;
pub mod story_view;
pub mod teacher;
pub mod tree;
pub mod validate;

pub use data::{Category, DependencyMode, EvidenceKind, NodeKind, Role};
pub use derive::{derive, Derived};
pub use graph::{Link, Model, Node, NodeId, NodeIndex};
pub use incident::Incident;
pub use jurisdiction::Jurisdiction;
pub use market::{MarketShare, MarketTable, ShareHolder};
pub use outage::{propagate, NodeState, Outcome};
pub use scenario::{Action, ChartView, Lang, QueryProblem, Scenario};
pub use validate::{load, load_bytes, Problem};
