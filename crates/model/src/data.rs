//! The data file format: plain serde types that mirror the JSON exactly.
//! Nothing here checks meaning (that is `validate`'s job); it must only parse.
//! With the `schema` feature (the CLI's), the JSON Schema of the file is derived from these types: their `///` docs
//! become its descriptions, so they are written for a data editor.

use serde::{Deserialize, Serialize};

/// A node id in the schema: lowercase slugs separated by `/`, as `validate` checks them.
#[cfg(feature = "schema")]
const NODE_ID_PATTERN: &str = r"^[a-z0-9.-]+(/[a-z0-9.-]+)*$";

/// A date in the schema: `YYYY`, `YYYY-MM` or `YYYY-MM-DD` from 1900 to 2100, as `validate` checks them.
#[cfg(feature = "schema")]
const DATE_PATTERN: &str = r"^(19[0-9]{2}|20[0-9]{2}|2100)(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?$";

/// The whole data file, as written by a data editor: which web services depend on which cloud providers, regions and
/// cloud services, with the evidence, market shares and past outages. Unknown fields are refused everywhere.
/// Rules a schema cannot express (unique ids, ids that name an existing node or incident, a parent node for every
/// hierarchical id, shares adding up to at most 100 %) are checked only by `cloudfall validate`, which has the final
/// word.
#[derive(Debug, Clone, Deserialize, Serialize, PartialEq)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "schema", schemars(title = "Cloudfall data file"))]
#[serde(deny_unknown_fields)]
pub struct DataFile {
    /// The JSON Schema editors' tools check the file against, for example `../../docs/cloudfall.schema.json`;
    /// the app ignores it.
    #[serde(rename = "$schema", default, skip_serializing_if = "Option::is_none")]
    pub schema: Option<String>,
    /// What this dataset is and when its facts were last checked.
    pub dataset: DatasetInfo,
    /// Market-share tables: one per period, scope and analyst series.
    #[serde(default)]
    pub market_shares: Vec<ShareTable>,
    /// Everything drawn on the map: providers, regions, zones, cloud services, suppliers and web services.
    pub nodes: Vec<NodeRecord>,
    /// Links "`dependent` depends on `depends_on`", each with the evidence behind it.
    #[serde(default)]
    pub dependencies: Vec<DependencyRecord>,
    /// Past outages: what failed, which services were reported affected, and the sources.
    #[serde(default)]
    pub incidents: Vec<IncidentRecord>,
}

/// What this dataset is, when it was last checked, and what it cannot know.
#[derive(Debug, Clone, Deserialize, Serialize, PartialEq)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct DatasetInfo {
    /// A short name for the dataset, such as `cloudfall`.
    pub id: String,
    /// The dataset's version, such as `1.0.0`; must not be empty.
    pub version: String,
    /// The date the facts were last checked, `YYYY-MM-DD`.
    #[cfg_attr(feature = "schema", schemars(regex(pattern = DATE_PATTERN)))]
    pub as_of: String,
    /// What the dataset covers, in one sentence.
    pub title: String,
    /// What readers should know about the data's limits.
    #[serde(default)]
    pub notes: Vec<String>,
    /// The same notes in French, in the same order.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub notes_fr: Vec<String>,
    /// The licence the data is published under, so a newsroom or a class knows what it may reuse.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub licence: Option<Licence>,
    /// How to cite the dataset, as one line of text.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub citation: Option<String>,
    /// What changed in each version, newest first, so an article written on an older version can say what moved.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub changelog: Vec<ChangelogEntry>,
    /// Set only in a core file that `cloudfall split` writes for the first load: the name of the details file that
    /// holds the texts it leaves out. Editors never write it; a full data file must not have it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub details: Option<String>,
}

/// The licence of the dataset.
#[derive(Debug, Clone, Deserialize, Serialize, PartialEq)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Licence {
    /// Its short name, such as `CC BY 4.0`.
    pub name: String,
    /// Where its text is published.
    pub url: String,
}

/// One version of the dataset and what it changed.
#[derive(Debug, Clone, Deserialize, Serialize, PartialEq)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct ChangelogEntry {
    /// The version, such as `2.0.0`.
    pub version: String,
    /// When it was published, `YYYY-MM-DD`.
    #[cfg_attr(feature = "schema", schemars(regex(pattern = DATE_PATTERN)))]
    pub date: String,
    /// What changed, one plain sentence each.
    pub changes: Vec<String>,
}

/// Where a figure or a dependency comes from.
#[derive(Debug, Clone, Default, Deserialize, Serialize, PartialEq)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Source {
    /// Who published the source; must not be empty.
    pub publisher: String,
    /// The source's title; must not be empty.
    pub title: String,
    /// A link, when the source is on the Web.
    #[serde(default)]
    pub url: Option<String>,
    /// Publication date, `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
    #[cfg_attr(feature = "schema", schemars(regex(pattern = DATE_PATTERN)))]
    pub date: String,
    /// When the original could not be opened: the copy or mirror its text was read through (a site name such as
    /// `archive.org`), so a reader knows the quote was not checked on the publisher's own page.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub via: Option<String>,
}

/// One period's market shares from one analyst series.
#[derive(Debug, Clone, Deserialize, Serialize, PartialEq)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
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
    /// The size of the whole market, in billions of US dollars, when the source gives it.
    #[serde(default)]
    pub market_size_usd_bn: Option<f64>,
    /// One row per provider or group, in percent; together at most 100.
    pub shares: Vec<ShareRecord>,
    /// Where the figures come from; each row names one with `source` when there are several.
    pub sources: Vec<Source>,
    /// A precision for readers, such as how a figure was read.
    #[serde(default)]
    pub note: Option<String>,
    /// The same precision in French.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note_fr: Option<String>,
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
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum ShareScope {
    /// The whole world.
    #[default]
    Worldwide,
    /// Europe only.
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
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
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
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct ShareRecord {
    /// The id of the provider's node, for a row about one provider.
    #[serde(default)]
    pub provider: Option<String>,
    /// For a row that is not one provider: the rest of the market, or a group.
    #[serde(default)]
    pub label: Option<ShareLabel>,
    /// The share, in percent, from 0 to 100.
    #[cfg_attr(feature = "schema", schemars(range(min = 0.0, max = 100.0)))]
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
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
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
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct NodeRecord {
    /// A unique lowercase id, hierarchical with `/`: `aws`, `aws/us-east-1`, `aws/us-east-1/dynamodb`.
    /// A node whose id contains `/` sits inside the node named by the part before the last `/`.
    #[cfg_attr(feature = "schema", schemars(regex(pattern = NODE_ID_PATTERN)))]
    pub id: String,
    /// What the node is, from the infrastructure to the services people use.
    pub kind: NodeKind,
    /// The full name shown to readers; must not be empty.
    pub name: String,
    /// A shorter label for tight places (chart bars, small screens).
    #[serde(default)]
    pub short_name: Option<String>,
    /// The short label in French, where it differs ("Réseau interne").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub short_name_fr: Option<String>,
    /// The name in French, where it differs (mostly infrastructure: "région AWS US East (Virginie du Nord)").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name_fr: Option<String>,
    #[serde(default)]
    pub category: Option<Category>,
    /// ISO 3166-1 alpha-2 country code of the company's headquarters, in capitals: `US`, `FR`.
    #[serde(default)]
    #[cfg_attr(feature = "schema", schemars(regex(pattern = r"^[A-Z]{2}$")))]
    pub country: Option<String>,
    /// Where `country` comes from: for providers and suppliers, a source stating where the company is headquartered
    /// (switching off "every US provider" rests on it).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub country_source: Option<Source>,
    /// One plain-English sentence that a 14-year-old understands.
    #[serde(default)]
    pub description: Option<String>,
    /// The same description in French, for the French interface.
    #[serde(default)]
    pub description_fr: Option<String>,
    /// How many people use it, when a source says so.
    #[serde(default)]
    pub audience: Option<Audience>,
    /// For a web service with no public dependency: what was looked for and not found, in plain English
    /// ("Its annual report names no cloud provider"). `unknown` is an answer worth showing.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hosting_note: Option<String>,
    /// The same note in French.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hosting_note_fr: Option<String>,
}

/// A service's audience: a count of people, what was counted, and who says so.
#[derive(Debug, Clone, Deserialize, Serialize, PartialEq)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Audience {
    /// Millions of users (or visits, as `measure` says): 80 means 80 million; more than 0.
    pub millions: f64,
    /// What was counted: "monthly active users", "monthly visits in France", ...
    pub measure: String,
    /// The same in French: "utilisateurs actifs par mois".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub measure_fr: Option<String>,
    /// Where: "worldwide", "France", ...
    #[serde(default)]
    pub scope: Option<String>,
    /// The same in French: "monde", "France".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub scope_fr: Option<String>,
    /// Who gives this figure.
    pub source: Source,
}

impl Audience {
    /// What was counted, in `lang` (English when not translated).
    pub fn measure_in(&self, lang: crate::scenario::Lang) -> &str {
        lang.pick(&self.measure, self.measure_fr.as_deref())
    }

    /// Where it was counted, in `lang` (English when not translated; empty when the data does not say).
    pub fn scope_in(&self, lang: crate::scenario::Lang) -> &str {
        self.scope.as_deref().map_or("", |scope| lang.pick(scope, self.scope_fr.as_deref()))
    }
}

impl NodeRecord {
    /// A node with only an id, a kind and a name, as generators and tests build them.
    pub fn new(id: impl Into<String>, kind: NodeKind, name: impl Into<String>) -> NodeRecord {
        NodeRecord {
            id: id.into(),
            kind,
            name: name.into(),
            short_name: None,
            short_name_fr: None,
            name_fr: None,
            category: None,
            country: None,
            country_source: None,
            description: None,
            description_fr: None,
            audience: None,
            hosting_note: None,
            hosting_note_fr: None,
        }
    }
}

/// How much a dependent needs what it depends on.
#[derive(Debug, Clone, Copy, Deserialize, Serialize, PartialEq, Eq, Hash, Default)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
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
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
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
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Evidence {
    /// How we know: documented, reported or inferred.
    pub kind: EvidenceKind,
    /// Who published the source; must not be empty.
    pub publisher: String,
    /// The source's title; must not be empty.
    pub title: String,
    /// A link to the source, when it is on the Web.
    #[serde(default)]
    pub url: Option<String>,
    /// The source's publication date: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
    #[cfg_attr(feature = "schema", schemars(regex(pattern = DATE_PATTERN)))]
    pub date: String,
    /// For `reported` evidence: the id of the incident in which the service was reported affected.
    #[serde(default)]
    pub incident: Option<String>,
    /// A short quote from the source or a precision; start with "uncertain:" when in doubt.
    #[serde(default)]
    pub note: Option<String>,
    /// The note in French for the French interface. A quote stays in its own language; the French note then says
    /// what it quotes ("citation en anglais : ...").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note_fr: Option<String>,
    /// When the original could not be opened: the copy or mirror its text was read through (a site name such as
    /// `archive.org`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub via: Option<String>,
}

impl Evidence {
    /// The note in `lang` (English when not translated).
    pub fn note_in(&self, lang: crate::scenario::Lang) -> Option<&str> {
        let note = self.note.as_deref()?;
        Some(lang.pick(note, self.note_fr.as_deref()))
    }
}

/// "`dependent` depends on `depends_on`", with why we believe it.
#[derive(Debug, Clone, Deserialize, Serialize, PartialEq)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct DependencyRecord {
    /// The id of the node that needs the other one (usually a web service or a supplier).
    pub dependent: String,
    /// The id of the node it needs: the most precise component the source names.
    pub depends_on: String,
    /// What the dependency provides: hosting, database, cdn, dns, authentication, payments, ...
    pub role: Role,
    #[serde(default)]
    pub mode: DependencyMode,
    /// For `redundant` dependencies: alternatives of one dependent that share a group back each other up.
    #[serde(default)]
    pub group: Option<String>,
    /// At least one piece of evidence; the dependency is as certain as its strongest.
    #[cfg_attr(feature = "schema", schemars(length(min = 1)))]
    pub evidence: Vec<Evidence>,
}

/// A past outage, with what failed and who was reported affected.
#[derive(Debug, Clone, Deserialize, Serialize, PartialEq)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct IncidentRecord {
    /// By convention the provider's id and the date: `aws-2025-10-20`. Evidence refers to it.
    pub id: String,
    /// A short English name, such as "AWS us-east-1 DynamoDB outage".
    pub name: String,
    /// The same name in French.
    #[serde(default)]
    pub name_fr: Option<String>,
    /// The day the outage began: `YYYY-MM-DD`.
    #[cfg_attr(feature = "schema", schemars(regex(pattern = DATE_PATTERN)))]
    pub date: String,
    /// How long it lasted, in hours.
    #[serde(default)]
    pub duration_hours: Option<f64>,
    /// What happened, in two or three plain English sentences.
    pub cause_en: String,
    /// The same explanation in French.
    pub cause_fr: String,
    /// Node ids that failed, at least one: providers, regions, zones or cloud services.
    #[cfg_attr(feature = "schema", schemars(length(min = 1)))]
    pub failed: Vec<String>,
    /// Node ids of services reported affected.
    pub reported_affected: Vec<String>,
    /// Reported services the model does not predict, and why: what a class should discuss.
    #[serde(default)]
    pub misses: Vec<Miss>,
    /// The provider's post-incident report first, then press.
    pub sources: Vec<Source>,
}

/// A reported service the model cannot predict, with the reason.
#[derive(Debug, Clone, Deserialize, Serialize, PartialEq)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Miss {
    /// The id of a service in the incident's `reported_affected` list.
    pub service: String,
    /// Why the model does not predict it.
    pub why: String,
    /// The same in French.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub why_fr: Option<String>,
}

/// What a dependency provides. The app names each in every language, matched exhaustively, so a new role without
/// a French name does not compile.
#[derive(Debug, Clone, Copy, Deserialize, Serialize, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
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
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
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

impl Category {
    /// Every category, in the order of the data file's guide.
    pub const ALL: [Category; 27] = [
        Category::Social,
        Category::Messaging,
        Category::Video,
        Category::Music,
        Category::Gaming,
        Category::Travel,
        Category::Commerce,
        Category::Banking,
        Category::Payments,
        Category::News,
        Category::Productivity,
        Category::Public,
        Category::Education,
        Category::Ai,
        Category::Health,
        Category::Transport,
        Category::Developer,
        Category::Authentication,
        Category::Support,
        Category::Monitoring,
        Category::Collaboration,
        Category::Cdn,
        Category::Dns,
        Category::Storage,
        Category::Database,
        Category::Hosting,
        Category::Other,
    ];

    /// The category's name in the data file (and in a page's `data-story-group`).
    pub fn as_str(self) -> &'static str {
        match self {
            Category::Social => "social",
            Category::Messaging => "messaging",
            Category::Video => "video",
            Category::Music => "music",
            Category::Gaming => "gaming",
            Category::Travel => "travel",
            Category::Commerce => "commerce",
            Category::Banking => "banking",
            Category::Payments => "payments",
            Category::News => "news",
            Category::Productivity => "productivity",
            Category::Public => "public",
            Category::Education => "education",
            Category::Ai => "ai",
            Category::Health => "health",
            Category::Transport => "transport",
            Category::Developer => "developer",
            Category::Authentication => "authentication",
            Category::Support => "support",
            Category::Monitoring => "monitoring",
            Category::Collaboration => "collaboration",
            Category::Cdn => "cdn",
            Category::Dns => "dns",
            Category::Storage => "storage",
            Category::Database => "database",
            Category::Hosting => "hosting",
            Category::Other => "other",
        }
    }
}

#[cfg(test)]
mod category_tests {
    #![allow(clippy::unwrap_used)]

    use super::Category;

    #[test]
    fn a_category_s_name_is_the_one_the_data_file_uses() {
        for category in Category::ALL {
            assert_eq!(serde_json::to_string(&category).unwrap(), format!("\"{}\"", category.as_str()));
        }
    }
}
