//! The `Scenario`: everything a reader can change, and the only state the app keeps.
//! It round-trips through the URL query (`?off=aws/us-east-1/dynamodb&lang=fr`) with one codec, here.

use std::collections::BTreeSet;

use crate::graph::{Model, NodeId, NodeIndex};

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

/// What the reader has switched off and how they look at it.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Scenario {
    /// Switched-off nodes, sorted so the URL is stable.
    pub off: BTreeSet<NodeId>,
    pub lang: Lang,
}

/// Something the reader did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Action {
    /// Switch a node off, or on again if it is off.
    Toggle(NodeId),
    /// Switch everything on again.
    Reset,
    SetLang(Lang),
}

/// A part of a link that was not understood; the rest of the link still applies.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum QueryProblem {
    /// An id in `off` that names no node of this dataset.
    UnknownId(String),
    /// An id in `off` that names something that cannot be switched off (a web service).
    NotSwitchable(String),
    UnknownLang(String),
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
            Action::Reset => next.off.clear(),
            Action::SetLang(lang) => next.lang = lang,
        }
        (next != *self).then_some(next)
    }

    /// The switched-off nodes that exist in `model`.
    pub fn off_indices(&self, model: &Model) -> Vec<NodeIndex> {
        self.off.iter().filter_map(|id| model.lookup(id)).collect()
    }

    /// Reads a URL query (with or without the leading `?`). Unknown parameters are ignored; bad values are
    /// skipped and reported, never fatal.
    pub fn from_query(query: &str, model: &Model) -> (Scenario, Vec<QueryProblem>) {
        let mut scenario = Scenario::default();
        let mut problems = Vec::new();
        for (key, value) in parse_query(query) {
            match key.as_str() {
                "off" => {
                    for id in value.split(',').map(str::trim).filter(|id| !id.is_empty()) {
                        let node_id = NodeId::new(id.to_ascii_lowercase());
                        match model.lookup(&node_id) {
                            Some(index) if model.node(index).kind.is_switchable() => {
                                scenario.off.insert(node_id);
                            }
                            Some(_) => problems.push(QueryProblem::NotSwitchable(id.to_string())),
                            None => problems.push(QueryProblem::UnknownId(id.to_string())),
                        }
                    }
                }
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
    /// `/` and `,` stay readable: both are allowed in a query.
    pub fn to_query(&self) -> String {
        let mut parts = Vec::new();
        if !self.off.is_empty() {
            let ids: Vec<String> = self.off.iter().map(|id| encode(id.as_str())).collect();
            parts.push(format!("off={}", ids.join(",")));
        }
        if self.lang != Lang::default() {
            parts.push(format!("lang={}", self.lang.code()));
        }
        if parts.is_empty() {
            String::new()
        } else {
            format!("?{}", parts.join("&"))
        }
    }
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
                          {"id": "shop", "kind": "web_service", "name": "Shop"}]}"#,
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
