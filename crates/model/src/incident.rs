//! Incidents as the validated model holds them: what failed and who was reported affected, as `NodeIndex`es
//! resolved once by `validate`.

use crate::data::Source;
use crate::graph::NodeIndex;
use crate::scenario::Lang;

/// A past outage.
#[derive(Debug, Clone, PartialEq)]
pub struct Incident {
    /// A slug such as `aws-2025-10-20`, used in links.
    pub id: String,
    pub name: String,
    pub name_fr: Option<String>,
    /// `YYYY-MM-DD`.
    pub date: String,
    pub duration_hours: Option<f64>,
    pub cause_en: String,
    pub cause_fr: String,
    /// The components that failed: switching them off replays the incident.
    pub failed: Vec<NodeIndex>,
    /// The services reported affected, in the data file's order.
    pub reported_affected: Vec<NodeIndex>,
    /// Reported services the model does not predict, with the data's reason.
    pub misses: Vec<(NodeIndex, String)>,
    pub sources: Vec<Source>,
}

impl Incident {
    /// The incident's name in `lang` (English when the data has no translation).
    pub fn name(&self, lang: Lang) -> &str {
        match lang {
            Lang::Fr => self.name_fr.as_deref().unwrap_or(&self.name),
            Lang::En => &self.name,
        }
    }

    /// The cause in `lang`.
    pub fn cause(&self, lang: Lang) -> &str {
        match lang {
            Lang::Fr => &self.cause_fr,
            Lang::En => &self.cause_en,
        }
    }

    /// Whether `service` was reported affected.
    pub fn reported(&self, service: NodeIndex) -> bool {
        self.reported_affected.contains(&service)
    }
}
