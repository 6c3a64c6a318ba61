//! The data file format: plain serde types that mirror the JSON exactly.
//! Nothing here checks meaning (that is `validate`'s job); it must only parse.

use serde::{Deserialize, Serialize};

/// The whole data file, as written by a data editor.
#[derive(Debug, Clone, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct DataFile {
    /// The JSON Schema editors' tools check the file against (`docs/cloudfall.schema.json`); ignored here.
    #[serde(rename = "$schema", default, skip_serializing_if = "Option::is_none")]
    pub schema: Option<String>,
    pub dataset: DatasetInfo,
    #[serde(default)]
    pub market_shares: Vec<ShareTable>,
    pub nodes: Vec<NodeRecord>,
    #[serde(default)]
    pub dependencies: Vec<DependencyRecord>,
    #[serde(default)]
    pub incidents: Vec<IncidentRecord>,
}

/// What this dataset is, when it was last checked, and what it cannot know.
#[derive(Debug, Clone, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct DatasetInfo {
    pub id: String,
    pub version: String,
    /// The date the facts were last checked, `YYYY-MM-DD`.
    pub as_of: String,
    pub title: String,
    #[serde(default)]
    pub notes: Vec<String>,
}

/// Where a figure or a dependency comes from.
#[derive(Debug, Clone, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Source {
    pub publisher: String,
    pub title: String,
    /// A link, when the source is on the Web.
    #[serde(default)]
    pub url: Option<String>,
    /// Publication date, `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
    pub date: String,
}

/// One period's market shares from one analyst series.
#[derive(Debug, Clone, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct ShareTable {
    /// For example `2025-Q2`, or `2024` for a whole year.
    pub period: String,
    /// Which market: the world, or Europe.
    #[serde(default)]
    pub scope: ShareScope,
    /// What is measured, for example "Cloud infrastructure services (IaaS, PaaS, hosted private cloud), worldwide".
    pub market: String,
    /// The analyst whose estimates these are; series are never mixed in one chart.
    pub analyst: String,
    #[serde(default)]
    pub market_size_usd_bn: Option<f64>,
    pub shares: Vec<ShareRecord>,
    pub sources: Vec<Source>,
    #[serde(default)]
    pub note: Option<String>,
}

impl ShareTable {
    /// The table's key in links and menus: see [`table_key`].
    pub fn key(&self) -> String {
        table_key(self.scope, &self.period)
    }
}

/// A share table's key in links and menus: the period for worldwide tables, `europe-` and the period otherwise.
pub fn table_key(scope: ShareScope, period: &str) -> String {
    match scope {
        ShareScope::Worldwide => period.to_string(),
        scope => format!("{}-{period}", scope.as_str()),
    }
}

/// The geographic market a share table covers.
#[derive(Debug, Clone, Copy, Deserialize, Serialize, PartialEq, Eq, Hash, Default, PartialOrd, Ord)]
#[serde(rename_all = "snake_case")]
pub enum ShareScope {
    #[default]
    Worldwide,
    Europe,
}

impl ShareScope {
    pub fn as_str(self) -> &'static str {
        match self {
            ShareScope::Worldwide => "worldwide",
            ShareScope::Europe => "europe",
        }
    }
}

/// A share row that is not one provider: the rest of the market, or a group of providers.
#[derive(Debug, Clone, Copy, Deserialize, Serialize, PartialEq, Eq, Hash)]
#[serde(rename_all = "kebab-case")]
pub enum ShareLabel {
    /// Everyone not named in the table.
    Others,
    /// Amazon, Microsoft and Google together.
    BigThree,
    /// All providers headquartered in Europe together.
    EuropeanProviders,
}

/// One provider's share, in percent. `provider` names a node id; `label` is for rows such as "others".
#[derive(Debug, Clone, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct ShareRecord {
    #[serde(default)]
    pub provider: Option<String>,
    #[serde(default)]
    pub label: Option<ShareLabel>,
    pub percent: f64,
    /// Set when the figure is read off a chart or otherwise approximate.
    #[serde(default)]
    pub approximate: bool,
    /// Which of the table's `sources` states this figure (needed when there are several).
    #[serde(default)]
    pub source: Option<usize>,
}

/// The kinds of node on the map, from the infrastructure to the services people use.
#[derive(Debug, Clone, Copy, Deserialize, Serialize, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[serde(rename_all = "snake_case")]
pub enum NodeKind {
    /// A cloud or edge provider: AWS, Microsoft Azure, Cloudflare.
    Provider,
    /// A provider's region: AWS us-east-1.
    Region,
    /// An availability zone inside a region.
    Zone,
    /// A cloud service, global or in one region: DynamoDB in us-east-1.
    CloudService,
    /// An intermediary company whose service others build on: Epic Online Services, Stripe.
    Supplier,
    /// A service the public uses: Airbnb, Fortnite.
    WebService,
}

impl NodeKind {
    /// Whether a reader can switch a node of this kind off in the app.
    pub fn is_switchable(self) -> bool {
        matches!(self, NodeKind::Provider | NodeKind::Region | NodeKind::Zone | NodeKind::CloudService)
    }

    /// The column of the map this kind is drawn in, left to right.
    pub fn layer(self) -> usize {
        match self {
            NodeKind::Provider => 0,
            NodeKind::Region => 1,
            NodeKind::Zone => 2,
            NodeKind::CloudService => 3,
            NodeKind::Supplier => 4,
            NodeKind::WebService => 5,
        }
    }

    /// The snake_case name used in the data file.
    pub fn as_str(self) -> &'static str {
        match self {
            NodeKind::Provider => "provider",
            NodeKind::Region => "region",
            NodeKind::Zone => "zone",
            NodeKind::CloudService => "cloud_service",
            NodeKind::Supplier => "supplier",
            NodeKind::WebService => "web_service",
        }
    }
}

/// A node as written in the data file.
#[derive(Debug, Clone, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct NodeRecord {
    /// A lowercase slug, hierarchical with `/`: `aws`, `aws/us-east-1`, `aws/us-east-1/dynamodb`.
    pub id: String,
    pub kind: NodeKind,
    pub name: String,
    /// A shorter label for tight places (chart bars, small screens).
    #[serde(default)]
    pub short_name: Option<String>,
    #[serde(default)]
    pub category: Option<Category>,
    /// ISO 3166-1 alpha-2 country code of the company's headquarters.
    #[serde(default)]
    pub country: Option<String>,
    #[serde(default)]
    pub description: Option<String>,
    /// The same description in French, for the French interface.
    #[serde(default)]
    pub description_fr: Option<String>,
    /// How many people use it, when a source says so.
    #[serde(default)]
    pub audience: Option<Audience>,
}

/// A service's audience: a count of people, what was counted, and who says so.
#[derive(Debug, Clone, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Audience {
    /// Millions of users (or visits, as `measure` says).
    pub millions: f64,
    /// What was counted: "monthly active users", "monthly visits in France", ...
    pub measure: String,
    /// Where: "worldwide", "France", ...
    #[serde(default)]
    pub scope: Option<String>,
    pub source: Source,
}

impl NodeRecord {
    /// A node with only an id, a kind and a name, as generators and tests build them.
    pub fn new(id: impl Into<String>, kind: NodeKind, name: impl Into<String>) -> NodeRecord {
        NodeRecord {
            id: id.into(),
            kind,
            name: name.into(),
            short_name: None,
            category: None,
            country: None,
            description: None,
            description_fr: None,
            audience: None,
        }
    }
}

/// How much a dependent needs what it depends on.
#[derive(Debug, Clone, Copy, Deserialize, Serialize, PartialEq, Eq, Hash, Default)]
#[serde(rename_all = "snake_case")]
pub enum DependencyMode {
    /// The dependent goes down when this goes down.
    #[default]
    Required,
    /// One of several alternatives with the same `group`: down only when all are down.
    Redundant,
    /// The dependent degrades rather than breaks.
    Soft,
}

/// The kind of evidence behind a dependency.
#[derive(Debug, Clone, Copy, Deserialize, Serialize, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[serde(rename_all = "snake_case")]
pub enum EvidenceKind {
    /// Stated by the company or its provider: case study, filing, engineering blog, talk.
    Documented,
    /// The service was reported affected when this failed, during a named incident.
    Reported,
    /// Deduced from other facts (DNS records, job posts, ...), not stated anywhere.
    Inferred,
}

impl EvidenceKind {
    /// Strongest first: a dependency is as certain as its best evidence.
    pub const ALL: [EvidenceKind; 3] = [EvidenceKind::Documented, EvidenceKind::Reported, EvidenceKind::Inferred];

    pub fn as_str(self) -> &'static str {
        match self {
            EvidenceKind::Documented => "documented",
            EvidenceKind::Reported => "reported",
            EvidenceKind::Inferred => "inferred",
        }
    }
}

/// One piece of evidence for a dependency.
#[derive(Debug, Clone, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Evidence {
    pub kind: EvidenceKind,
    pub publisher: String,
    pub title: String,
    #[serde(default)]
    pub url: Option<String>,
    pub date: String,
    /// For `reported` evidence: the id of the incident in which the service was reported affected.
    #[serde(default)]
    pub incident: Option<String>,
    #[serde(default)]
    pub note: Option<String>,
}

/// "`dependent` depends on `depends_on`", with why we believe it.
#[derive(Debug, Clone, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct DependencyRecord {
    pub dependent: String,
    pub depends_on: String,
    /// What the dependency provides: hosting, database, cdn, dns, authentication, payments, ...
    pub role: Role,
    #[serde(default)]
    pub mode: DependencyMode,
    /// For `redundant` dependencies: alternatives of one dependent that share a group back each other up.
    #[serde(default)]
    pub group: Option<String>,
    pub evidence: Vec<Evidence>,
}

/// A past outage, with what failed and who was reported affected.
#[derive(Debug, Clone, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct IncidentRecord {
    pub id: String,
    pub name: String,
    #[serde(default)]
    pub name_fr: Option<String>,
    pub date: String,
    #[serde(default)]
    pub duration_hours: Option<f64>,
    pub cause_en: String,
    pub cause_fr: String,
    /// Node ids that failed.
    pub failed: Vec<String>,
    /// Node ids of services reported affected.
    pub reported_affected: Vec<String>,
    /// Reported services the model does not predict, and why: what a class should discuss.
    #[serde(default)]
    pub misses: Vec<Miss>,
    pub sources: Vec<Source>,
}

/// A reported service the model cannot predict, with the reason.
#[derive(Debug, Clone, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Miss {
    pub service: String,
    pub why: String,
}

/// What a dependency provides. The app names each in every language, matched exhaustively, so a new role without
/// a French name does not compile.
#[derive(Debug, Clone, Copy, Deserialize, Serialize, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[serde(rename_all = "kebab-case")]
pub enum Role {
    Hosting,
    Compute,
    Database,
    Storage,
    Cdn,
    Dns,
    Authentication,
    Payments,
    Messaging,
    Support,
    Monitoring,
    Collaboration,
    ControlPlane,
    Network,
    Identity,
    Ai,
    /// The source says the service depends on it, not for what.
    Unknown,
}

/// The category of a web service or a supplier. The app names each in every language, matched exhaustively.
#[derive(Debug, Clone, Copy, Deserialize, Serialize, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[serde(rename_all = "kebab-case")]
pub enum Category {
    Social,
    Messaging,
    Video,
    Music,
    Gaming,
    Travel,
    Commerce,
    Banking,
    Payments,
    News,
    Productivity,
    Public,
    Education,
    Ai,
    Health,
    Transport,
    Developer,
    Authentication,
    Support,
    Monitoring,
    Collaboration,
    Cdn,
    Dns,
    Storage,
    Database,
    Hosting,
    Other,
}
