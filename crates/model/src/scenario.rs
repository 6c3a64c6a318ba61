//! The `Scenario`: everything a reader can change, and the only state the app keeps.
//! It round-trips through the URL query (`?off=aws/us-east-1/dynamodb&lang=fr`) with one codec, here.

use std::collections::BTreeSet;

use crate::data::NodeKind;
use crate::graph::{Model, NodeId, NodeIndex};
use crate::outage::Backup;

/// The language the app is shown in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Lang {
    #[default]
    En,
    Fr,
}

impl Lang {
    pub const ALL: [Lang; 2] = [Lang::En, Lang::Fr];

    /// The BCP 47 code, for `<html lang>` and the URL.
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Fr => "fr",
        }
    }

    pub fn from_code(code: &str) -> Option<Lang> {
        Lang::ALL.into_iter().find(|lang| lang.code().eq_ignore_ascii_case(code))
    }
}

/// Which view of the market the chart shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum ChartView {
    /// One period's shares, as bars.
    #[default]
    Shares,
    /// Every period's shares over time, as lines.
    History,
}

/// What the reader has switched off and how they look at it.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Scenario {
    /// Switched-off nodes, sorted so the URL is stable.
    pub off: BTreeSet<NodeId>,
    /// Hypothetical backups `(service, backup)`: "what if this service could also run there?"
    pub backups: BTreeSet<(NodeId, NodeId)>,
    /// The node whose details are open.
    pub selected: Option<NodeId>,
    /// The incident being replayed, by id.
    pub incident: Option<String>,
    /// The market-share period shown; `None` is the latest.
    pub period: Option<String>,
    pub chart: ChartView,
    pub lang: Lang,
    /// Another data file to load instead of the shipped one, relative to the page (`bench/generated-10000.json`).
    pub data: Option<String>,
}

/// Something the reader did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Action {
    /// Switch a node off, or on again if it is off.
    Toggle(NodeId),
    /// Switch everything on again, drop the what-ifs and leave the replay.
    Reset,
    SetLang(Lang),
    /// Open a node's details, or close them with `None`.
    Select(Option<NodeId>),
    /// "What if `service` could also run on `backup`?"
    AddBackup {
        service: NodeId,
        backup: NodeId,
    },
    RemoveBackup {
        service: NodeId,
        backup: NodeId,
    },
    /// Replay an incident: switch off exactly what failed in it.
    Replay {
        incident: String,
        failed: Vec<NodeId>,
    },
    /// Leave the replay, keeping what is switched off.
    CloseReplay,
    SetPeriod(Option<String>),
    SetChart(ChartView),
}

/// A part of a link that was not understood; the rest of the link still applies.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum QueryProblem {
    /// An id that names no node of this dataset.
    UnknownId(String),
    /// An id in `off` that names something that cannot be switched off (a web service).
    NotSwitchable(String),
    UnknownLang(String),
    UnknownIncident(String),
    UnknownPeriod(String),
    /// A `backup` entry that is not `service:backup`, with a web service or supplier and a piece of infrastructure.
    BadBackup(String),
    /// A `data` value that is not a path relative to the page (another site's address, say): never loaded.
    BadDataPath(String),
}

impl Scenario {
    /// The scenario after `action`, or `None` when nothing changes (so the UI can skip a render).
    pub fn apply(&self, action: Action) -> Option<Scenario> {
        let mut next = self.clone();
        match action {
            Action::Toggle(id) => {
                if !next.off.remove(&id) {
                    next.off.insert(id);
                }
            }
            Action::Reset => {
                next.off.clear();
                next.backups.clear();
                next.incident = None;
            }
            Action::SetLang(lang) => next.lang = lang,
            Action::Select(id) => next.selected = id,
            Action::AddBackup { service, backup } => {
                next.backups.insert((service, backup));
            }
            Action::RemoveBackup { service, backup } => {
                next.backups.remove(&(service, backup));
            }
            Action::Replay { incident, failed } => {
                next.off = failed.into_iter().collect();
                next.incident = Some(incident);
            }
            Action::CloseReplay => next.incident = None,
            Action::SetPeriod(period) => next.period = period,
            Action::SetChart(chart) => next.chart = chart,
        }
        (next != *self).then_some(next)
    }

    /// The hypothetical backups of `service`.
    pub fn backups_of<'a>(&'a self, service: &'a NodeId) -> impl Iterator<Item = &'a NodeId> + 'a {
        self.backups.iter().filter(move |(of, _)| of == service).map(|(_, backup)| backup)
    }

    /// The switched-off nodes that exist in `model`.
    pub fn off_indices(&self, model: &Model) -> Vec<NodeIndex> {
        self.off.iter().filter_map(|id| model.lookup(id)).collect()
    }

    /// The what-ifs whose two nodes exist in `model`.
    pub fn backup_indices(&self, model: &Model) -> Vec<Backup> {
        self.backups
            .iter()
            .filter_map(|(service, backup)| {
                Some(Backup { service: model.lookup(service)?, backup: model.lookup(backup)? })
            })
            .collect()
    }

    /// Reads a URL query (with or without the leading `?`). Unknown parameters are ignored; bad values are
    /// skipped and reported, never fatal.
    pub fn from_query(query: &str, model: &Model) -> (Scenario, Vec<QueryProblem>) {
        let mut scenario = Scenario::default();
        let mut problems = Vec::new();
        let ids = |value: &str| -> Vec<String> {
            value.split(',').map(str::trim).filter(|id| !id.is_empty()).map(str::to_string).collect()
        };
        for (key, value) in parse_query(query) {
            match key.as_str() {
                "off" => {
                    for id in ids(&value) {
                        let node_id = NodeId::new(id.to_ascii_lowercase());
                        match model.lookup(&node_id) {
                            Some(index) if model.node(index).kind.is_switchable() => {
                                scenario.off.insert(node_id);
                            }
                            Some(_) => problems.push(QueryProblem::NotSwitchable(id)),
                            None => problems.push(QueryProblem::UnknownId(id)),
                        }
                    }
                }
                "backup" => {
                    for pair in ids(&value) {
                        match parse_backup(&pair, model) {
                            Some(backup) => {
                                scenario.backups.insert(backup);
                            }
                            None => problems.push(QueryProblem::BadBackup(pair)),
                        }
                    }
                }
                "sel" => {
                    let node_id = NodeId::new(value.to_ascii_lowercase());
                    match model.lookup(&node_id) {
                        Some(_) => scenario.selected = Some(node_id),
                        None => problems.push(QueryProblem::UnknownId(value)),
                    }
                }
                "incident" => match model.incident(&value) {
                    Some(incident) => scenario.incident = Some(incident.id.clone()),
                    None => problems.push(QueryProblem::UnknownIncident(value)),
                },
                "period" => match model.market.iter().find(|table| table.key() == value) {
                    Some(table) => scenario.period = Some(table.key()),
                    None => problems.push(QueryProblem::UnknownPeriod(value)),
                },
                "chart" if value == "history" => scenario.chart = ChartView::History,
                "data" => match data_path(&value) {
                    Ok(path) => scenario.data = path,
                    Err(problem) => problems.push(problem),
                },
                "lang" => match Lang::from_code(&value) {
                    Some(lang) => scenario.lang = lang,
                    None => problems.push(QueryProblem::UnknownLang(value)),
                },
                _ => {}
            }
        }
        (scenario, problems)
    }

    /// The URL query for this scenario, with the leading `?`, or an empty string for the default scenario.
    /// `/`, `,` and `:` stay readable: all are allowed in a query.
    pub fn to_query(&self) -> String {
        let mut parts = Vec::new();
        if !self.off.is_empty() {
            let ids: Vec<String> = self.off.iter().map(|id| encode(id.as_str())).collect();
            parts.push(format!("off={}", ids.join(",")));
        }
        if !self.backups.is_empty() {
            let pairs: Vec<String> = self
                .backups
                .iter()
                .map(|(service, backup)| format!("{}:{}", encode(service.as_str()), encode(backup.as_str())))
                .collect();
            parts.push(format!("backup={}", pairs.join(",")));
        }
        if let Some(incident) = &self.incident {
            parts.push(format!("incident={}", encode(incident)));
        }
        if let Some(selected) = &self.selected {
            parts.push(format!("sel={}", encode(selected.as_str())));
        }
        if let Some(period) = &self.period {
            parts.push(format!("period={}", encode(period)));
        }
        if self.chart == ChartView::History {
            parts.push("chart=history".to_string());
        }
        if self.lang != Lang::default() {
            parts.push(format!("lang={}", self.lang.code()));
        }
        if let Some(data) = &self.data {
            parts.push(format!("data={}", encode(data)));
        }
        if parts.is_empty() {
            String::new()
        } else {
            format!("?{}", parts.join("&"))
        }
    }
}

/// The data file a URL query asks for, read before any data is loaded: `Ok(None)` for the shipped one.
///
/// # Errors
/// When the query names a file that is not a plain path relative to the page.
pub fn data_source(query: &str) -> Result<Option<String>, QueryProblem> {
    match parse_query(query).into_iter().find(|(key, _)| key == "data") {
        Some((_, value)) => data_path(&value),
        None => Ok(None),
    }
}

/// A data path must stay on the page's own site: relative, with no scheme, host or backslash.
fn data_path(value: &str) -> Result<Option<String>, QueryProblem> {
    let value = value.trim();
    if value.is_empty() {
        return Ok(None);
    }
    let safe = !value.starts_with('/')
        && !value.contains(':')
        && !value.contains('\\')
        && value.bytes().all(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.' | b'/'));
    if safe {
        Ok(Some(value.to_string()))
    } else {
        Err(QueryProblem::BadDataPath(value.to_string()))
    }
}

/// Whether `service` can have a hypothetical backup: web services and suppliers can.
pub fn can_have_backup(kind: NodeKind) -> bool {
    matches!(kind, NodeKind::WebService | NodeKind::Supplier)
}

/// `service:backup`, with a service that can have a backup and a backup that is infrastructure.
fn parse_backup(pair: &str, model: &Model) -> Option<(NodeId, NodeId)> {
    let (service, backup) = pair.split_once(':')?;
    let service = NodeId::new(service.trim().to_ascii_lowercase());
    let backup = NodeId::new(backup.trim().to_ascii_lowercase());
    let service_kind = model.node(model.lookup(&service)?).kind;
    let backup_kind = model.node(model.lookup(&backup)?).kind;
    (can_have_backup(service_kind) && backup_kind.is_switchable()).then_some((service, backup))
}

fn parse_query(query: &str) -> Vec<(String, String)> {
    query
        .trim_start_matches('?')
        .split('&')
        .filter(|pair| !pair.is_empty())
        .map(|pair| {
            let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
            (decode(key), decode(value))
        })
        .collect()
}

/// Percent-decodes a query component; `+` is a space. Invalid escapes are kept as they are.
fn decode(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'+' => out.push(b' '),
            b'%' if i + 2 < bytes.len() => {
                let hex = std::str::from_utf8(&bytes[i + 1..i + 3]).ok().and_then(|h| u8::from_str_radix(h, 16).ok());
                match hex {
                    Some(byte) => {
                        out.push(byte);
                        i += 2;
                    }
                    None => out.push(b'%'),
                }
            }
            byte => out.push(byte),
        }
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// Percent-encodes what is not safe in a query value, keeping `/` readable.
fn encode(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for byte in text.bytes() {
        if byte.is_ascii_alphanumeric() || matches!(byte, b'-' | b'_' | b'.' | b'/' | b'~') {
            out.push(char::from(byte));
        } else {
            out.push_str(&format!("%{byte:02X}"));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::validate::load;

    fn model() -> Model {
        load(
            r#"{"dataset": {"id": "t", "version": "1", "as_of": "2025-11-01", "title": "t"},
                "nodes": [{"id": "aws", "kind": "provider", "name": "AWS"},
                          {"id": "aws/us-east-1", "kind": "region", "name": "us-east-1"},
                          {"id": "aws/us-east-1/dynamodb", "kind": "cloud_service", "name": "DynamoDB"},
                          {"id": "google", "kind": "provider", "name": "Google"},
                          {"id": "shop", "kind": "web_service", "name": "Shop"}],
                "market_shares": [{"period": "2024-Q3", "market": "m", "analyst": "a",
                    "sources": [{"publisher": "p", "title": "t", "date": "2024"}],
                    "shares": [{"provider": "aws", "percent": 31}]}],
                "incidents": [{"id": "aws-2025-10-20", "name": "n", "date": "2025-10-20", "cause_en": "c",
                    "cause_fr": "c", "failed": ["aws/us-east-1/dynamodb"], "reported_affected": ["shop"],
                    "sources": []}]}"#,
        )
        .unwrap()
    }

    #[test]
    fn a_scenario_round_trips_through_the_query() {
        let model = model();
        let scenario = Scenario::default()
            .apply(Action::Toggle(NodeId::new("aws/us-east-1/dynamodb")))
            .and_then(|s| s.apply(Action::Toggle(NodeId::new("aws"))))
            .and_then(|s| s.apply(Action::SetLang(Lang::Fr)))
            .unwrap();
        let query = scenario.to_query();
        assert_eq!(query, "?off=aws,aws/us-east-1/dynamodb&lang=fr");
        assert_eq!(Scenario::from_query(&query, &model), (scenario, vec![]));
    }

    #[test]
    fn unknown_ids_are_skipped_and_reported_and_the_rest_applies() {
        let (scenario, problems) =
            Scenario::from_query("?off=bogus,aws%2Fus-east-1,,shop&lang=xx&utm_source=a", &model());
        assert_eq!(scenario.off.iter().map(NodeId::as_str).collect::<Vec<_>>(), ["aws/us-east-1"]);
        assert_eq!(
            problems,
            [
                QueryProblem::UnknownId("bogus".into()),
                QueryProblem::NotSwitchable("shop".into()),
                QueryProblem::UnknownLang("xx".into())
            ]
        );
    }

    #[test]
    fn what_ifs_replay_selection_and_chart_round_trip_too() {
        let model = model();
        let scenario = Scenario::default()
            .apply(Action::Replay {
                incident: "aws-2025-10-20".into(),
                failed: vec![NodeId::new("aws/us-east-1/dynamodb")],
            })
            .and_then(|s| s.apply(Action::AddBackup { service: NodeId::new("shop"), backup: NodeId::new("google") }))
            .and_then(|s| s.apply(Action::Select(Some(NodeId::new("shop")))))
            .and_then(|s| s.apply(Action::SetPeriod(Some("2024-Q3".into()))))
            .and_then(|s| s.apply(Action::SetChart(ChartView::History)))
            .unwrap();
        let query = scenario.to_query();
        assert_eq!(
            query,
            "?off=aws/us-east-1/dynamodb&backup=shop:google&incident=aws-2025-10-20&sel=shop&period=2024-Q3&chart=history"
        );
        assert_eq!(Scenario::from_query(&query, &model), (scenario.clone(), vec![]));
        let reset = scenario.apply(Action::Reset).unwrap();
        assert!(reset.off.is_empty() && reset.backups.is_empty() && reset.incident.is_none());
        assert_eq!(reset.selected, Some(NodeId::new("shop")), "reset keeps what the reader is looking at");
    }

    #[test]
    fn bad_what_ifs_incidents_and_periods_are_reported() {
        let (scenario, problems) = Scenario::from_query(
            "?backup=google:shop,shop:nowhere,shop,shop:google&incident=nope&period=1999-Q1&sel=ghost",
            &model(),
        );
        assert_eq!(scenario.backups.len(), 1);
        assert_eq!(
            problems,
            [
                QueryProblem::BadBackup("google:shop".into()),
                QueryProblem::BadBackup("shop:nowhere".into()),
                QueryProblem::BadBackup("shop".into()),
                QueryProblem::UnknownIncident("nope".into()),
                QueryProblem::UnknownPeriod("1999-Q1".into()),
                QueryProblem::UnknownId("ghost".into()),
            ]
        );
    }

    #[test]
    fn a_data_path_must_stay_on_the_page_s_own_site() {
        assert_eq!(
            data_source("?data=bench/generated-1000.json&lang=fr"),
            Ok(Some("bench/generated-1000.json".into()))
        );
        assert_eq!(data_source("?lang=fr"), Ok(None));
        for bad in
            ["https://evil.example/x.json", "//evil.example/x.json", "/etc/passwd", "a\\b", "javascript:alert(1)"]
        {
            let query = format!("?data={}", encode(bad));
            assert_eq!(data_source(&query), Err(QueryProblem::BadDataPath(bad.into())), "{bad}");
        }
        let (scenario, problems) = Scenario::from_query("?data=mine.json&off=aws", &model());
        assert!(problems.is_empty());
        assert_eq!(scenario.to_query(), "?off=aws&data=mine.json");
    }

    #[test]
    fn garbage_never_panics() {
        for query in ["%", "%zz", "off=%E2%82", "&&&=", "off=\u{1F600}", "?off"] {
            let _ = Scenario::from_query(query, &model());
        }
    }

    #[test]
    fn toggling_twice_restores_and_unchanged_actions_return_none() {
        let id = NodeId::new("aws");
        let off = Scenario::default().apply(Action::Toggle(id.clone())).unwrap();
        assert_eq!(off.apply(Action::Toggle(id)), Some(Scenario::default()));
        assert_eq!(Scenario::default().apply(Action::Reset), None);
        assert_eq!(Scenario::default().apply(Action::SetLang(Lang::En)), None);
    }
}
