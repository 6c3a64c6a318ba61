//! The embed's story core (`cloudfall.story.json`, written by `cloudfall split`) read without serde (issue 16's
//! weight): [`crate::json`]'s tree turned into the data file's types by hand, so the story binary links no serde
//! reader. The model is then built and checked by the same [`crate::validate::build`] as every other file.
//!
//! It reads what `cloudfall split` writes, every field of it (a test compares it with serde's reading of the shipped
//! story core), and says what is missing or of the wrong type, with its path; it is lenient in one way only: a field
//! or section it does not know is left aside rather than refused (the file is the build's own, checked by
//! `make size`; a reader's own file goes to the full app, which refuses unknown fields).

use crate::data::{
    Audience, Category, ChangelogEntry, DataFile, DatasetInfo, DependencyMode, DependencyRecord, Evidence,
    EvidenceKind, IncidentRecord, Licence, Miss, NodeKind, NodeRecord, Role, Source,
};
use crate::json::{self, Json};
use crate::validate::{JsonType, Problem, ProblemKind, Shape};

/// Reads a story core's text into a data file (no market tables: the story core has none).
///
/// # Errors
/// The syntax error with its place, or every missing field and value of the wrong type, each with its path.
pub fn read(text: &str) -> Result<DataFile, Vec<Problem>> {
    let top = json::parse(text).map_err(|(syntax, at)| {
        vec![Problem { path: String::new(), kind: ProblemKind::Syntax(syntax), at: Some(at) }]
    })?;
    let Json::Object(sections) = top else {
        return Err(vec![Problem::whole_file(ProblemKind::NotAnObject)]);
    };
    let mut reader = Reader { problems: Vec::new() };
    for (at, (name, _)) in sections.iter().enumerate() {
        if sections.iter().take(at).any(|(earlier, _)| earlier == name) {
            reader.problem(name, ProblemKind::RepeatedSection { name: name.clone() });
        }
    }
    let top = Fields { fields: &sections, path: String::new() };
    let schema = reader.opt_text(&top, "$schema");
    let dataset = match top.get("dataset") {
        Some(Json::Object(fields)) => Some(reader.dataset(&Fields { fields, path: "dataset".into() })),
        Some(other) => {
            reader.wrong("dataset".into(), other, JsonType::Object);
            None
        }
        None => {
            reader.problem("dataset", ProblemKind::MissingSection { name: "dataset".into() });
            None
        }
    };
    if top.get("nodes").is_none() {
        reader.problem("nodes", ProblemKind::MissingSection { name: "nodes".into() });
    }
    let nodes = reader.list(&top, "nodes", Reader::node);
    let dependencies = reader.list(&top, "dependencies", Reader::dependency);
    let incidents = reader.list(&top, "incidents", Reader::incident);
    match dataset {
        Some(dataset) if reader.problems.is_empty() => {
            Ok(DataFile { schema, dataset, market_shares: Vec::new(), nodes, dependencies, incidents })
        }
        _ => Err(reader.problems),
    }
}

/// An object's fields and its path in the file.
struct Fields<'a> {
    fields: &'a [(String, Json)],
    path: String,
}

impl Fields<'_> {
    fn get(&self, name: &str) -> Option<&Json> {
        self.fields.iter().find(|(key, _)| key == name).map(|(_, value)| value)
    }

    fn at(&self, name: &str) -> String {
        if self.path.is_empty() {
            name.to_string()
        } else {
            format!("{}.{name}", self.path)
        }
    }
}

/// The type of `value`, as a problem names it.
fn type_of(value: &Json) -> JsonType {
    match value {
        Json::Null => JsonType::Null,
        Json::Bool(value) => JsonType::TrueFalse(Some(value.to_string())),
        Json::Number(value) => JsonType::Number(Some(value.to_string())),
        Json::Text(value) => JsonType::Text(Some(value.clone())),
        Json::List(_) => JsonType::List,
        Json::Object(_) => JsonType::Object,
    }
}

/// Collects the problems while it reads; a field that is wrong reads as empty, so reading goes on.
struct Reader {
    problems: Vec<Problem>,
}

impl Reader {
    fn problem(&mut self, path: &str, kind: ProblemKind) {
        self.problems.push(Problem { path: path.to_string(), kind, at: None });
    }

    fn wrong(&mut self, path: String, found: &Json, expected: JsonType) {
        self.problems.push(Problem {
            path,
            kind: ProblemKind::Shape(Shape::WrongType { found: type_of(found), expected }),
            at: None,
        });
    }

    fn missing(&mut self, fields: &Fields<'_>, name: &str) {
        self.problems.push(Problem {
            path: fields.path.clone(),
            kind: ProblemKind::Shape(Shape::MissingField { field: name.to_string() }),
            at: None,
        });
    }

    fn text(&mut self, fields: &Fields<'_>, name: &str) -> String {
        match fields.get(name) {
            Some(Json::Text(text)) => text.clone(),
            Some(other) => {
                self.wrong(fields.at(name), other, JsonType::Text(None));
                String::new()
            }
            None => {
                self.missing(fields, name);
                String::new()
            }
        }
    }

    fn opt_text(&mut self, fields: &Fields<'_>, name: &str) -> Option<String> {
        match fields.get(name)? {
            Json::Text(text) => Some(text.clone()),
            Json::Null => None,
            other => {
                self.wrong(fields.at(name), other, JsonType::Text(None));
                None
            }
        }
    }

    fn opt_number(&mut self, fields: &Fields<'_>, name: &str) -> Option<f64> {
        match fields.get(name)? {
            Json::Number(number) => Some(*number),
            Json::Null => None,
            other => {
                self.wrong(fields.at(name), other, JsonType::Number(None));
                None
            }
        }
    }

    fn number(&mut self, fields: &Fields<'_>, name: &str) -> f64 {
        if fields.get(name).is_none() {
            self.missing(fields, name);
        }
        self.opt_number(fields, name).unwrap_or_default()
    }

    /// A word from a fixed list (`kind`, `role`...), read by `word`; `None` when absent or null.
    fn opt_word<T>(&mut self, fields: &Fields<'_>, name: &str, word: fn(&str) -> Option<T>) -> Option<T> {
        let text = self.opt_text(fields, name)?;
        let value = word(&text);
        if value.is_none() {
            self.problems.push(Problem {
                path: fields.at(name),
                kind: ProblemKind::Shape(Shape::UnknownValue { found: text, allowed: Vec::new() }),
                at: None,
            });
        }
        value
    }

    fn word<T>(&mut self, fields: &Fields<'_>, name: &str, word: fn(&str) -> Option<T>) -> Option<T> {
        if fields.get(name).is_none() {
            self.missing(fields, name);
        }
        self.opt_word(fields, name, word)
    }

    /// The list `name` of `fields`, each item an object read by `item`; empty when absent.
    fn list<T>(&mut self, fields: &Fields<'_>, name: &str, item: fn(&mut Reader, &Fields<'_>) -> T) -> Vec<T> {
        match fields.get(name) {
            None | Some(Json::Null) => Vec::new(),
            Some(Json::List(items)) => items
                .iter()
                .enumerate()
                .filter_map(|(i, value)| {
                    let path = format!("{}[{i}]", fields.at(name));
                    match value {
                        Json::Object(inner) => Some(item(self, &Fields { fields: inner, path })),
                        other => {
                            self.wrong(path, other, JsonType::Object);
                            None
                        }
                    }
                })
                .collect(),
            Some(_) => {
                self.problem(&fields.at(name), ProblemKind::NotAList);
                Vec::new()
            }
        }
    }

    fn texts(&mut self, fields: &Fields<'_>, name: &str) -> Vec<String> {
        match fields.get(name) {
            None | Some(Json::Null) => Vec::new(),
            Some(Json::List(items)) => items
                .iter()
                .enumerate()
                .filter_map(|(i, value)| match value {
                    Json::Text(text) => Some(text.clone()),
                    other => {
                        self.wrong(format!("{}[{i}]", fields.at(name)), other, JsonType::Text(None));
                        None
                    }
                })
                .collect(),
            Some(_) => {
                self.problem(&fields.at(name), ProblemKind::NotAList);
                Vec::new()
            }
        }
    }

    /// The object `name` of `fields`, read by `read`; `None` when absent or null.
    fn opt_object<T>(&mut self, fields: &Fields<'_>, name: &str, read: fn(&mut Reader, &Fields<'_>) -> T) -> Option<T> {
        match fields.get(name)? {
            Json::Object(inner) => Some(read(self, &Fields { fields: inner, path: fields.at(name) })),
            Json::Null => None,
            other => {
                self.wrong(fields.at(name), other, JsonType::Object);
                None
            }
        }
    }

    fn dataset(&mut self, fields: &Fields<'_>) -> DatasetInfo {
        DatasetInfo {
            id: self.text(fields, "id"),
            version: self.text(fields, "version"),
            as_of: self.text(fields, "as_of"),
            title: self.text(fields, "title"),
            notes: self.texts(fields, "notes"),
            notes_fr: self.texts(fields, "notes_fr"),
            licence: self.opt_object(fields, "licence", |reader, fields| Licence {
                name: reader.text(fields, "name"),
                url: reader.text(fields, "url"),
            }),
            citation: self.opt_text(fields, "citation"),
            changelog: self.list(fields, "changelog", |reader, fields| ChangelogEntry {
                version: reader.text(fields, "version"),
                date: reader.text(fields, "date"),
                changes: reader.texts(fields, "changes"),
            }),
            details: self.opt_text(fields, "details"),
        }
    }

    fn source(&mut self, fields: &Fields<'_>) -> Source {
        Source {
            publisher: self.text(fields, "publisher"),
            title: self.text(fields, "title"),
            url: self.opt_text(fields, "url"),
            date: self.text(fields, "date"),
            via: self.opt_text(fields, "via"),
        }
    }

    fn node(&mut self, fields: &Fields<'_>) -> NodeRecord {
        NodeRecord {
            id: self.text(fields, "id"),
            kind: self.word(fields, "kind", node_kind).unwrap_or(NodeKind::WebService),
            name: self.text(fields, "name"),
            short_name: self.opt_text(fields, "short_name"),
            short_name_fr: self.opt_text(fields, "short_name_fr"),
            name_fr: self.opt_text(fields, "name_fr"),
            category: self.opt_word(fields, "category", category),
            country: self.opt_text(fields, "country"),
            country_source: self.opt_object(fields, "country_source", Reader::source),
            description: self.opt_text(fields, "description"),
            description_fr: self.opt_text(fields, "description_fr"),
            audience: self.opt_object(fields, "audience", |reader, fields| Audience {
                millions: reader.number(fields, "millions"),
                measure: reader.text(fields, "measure"),
                measure_fr: reader.opt_text(fields, "measure_fr"),
                scope: reader.opt_text(fields, "scope"),
                scope_fr: reader.opt_text(fields, "scope_fr"),
                source: match fields.get("source") {
                    None => {
                        reader.missing(fields, "source");
                        Source::default()
                    }
                    Some(_) => reader.opt_object(fields, "source", Reader::source).unwrap_or_default(),
                },
            }),
            hosting_note: self.opt_text(fields, "hosting_note"),
            hosting_note_fr: self.opt_text(fields, "hosting_note_fr"),
        }
    }

    fn dependency(&mut self, fields: &Fields<'_>) -> DependencyRecord {
        DependencyRecord {
            dependent: self.text(fields, "dependent"),
            depends_on: self.text(fields, "depends_on"),
            role: self.word(fields, "role", role).unwrap_or(Role::Unknown),
            mode: self.opt_word(fields, "mode", mode).unwrap_or_default(),
            group: self.opt_text(fields, "group"),
            evidence: self.list(fields, "evidence", |reader, fields| Evidence {
                kind: reader.word(fields, "kind", evidence_kind).unwrap_or(EvidenceKind::Inferred),
                publisher: reader.text(fields, "publisher"),
                title: reader.text(fields, "title"),
                url: reader.opt_text(fields, "url"),
                date: reader.text(fields, "date"),
                incident: reader.opt_text(fields, "incident"),
                note: reader.opt_text(fields, "note"),
                note_fr: reader.opt_text(fields, "note_fr"),
                via: reader.opt_text(fields, "via"),
            }),
        }
    }

    fn incident(&mut self, fields: &Fields<'_>) -> IncidentRecord {
        IncidentRecord {
            id: self.text(fields, "id"),
            name: self.text(fields, "name"),
            name_fr: self.opt_text(fields, "name_fr"),
            date: self.text(fields, "date"),
            duration_hours: self.opt_number(fields, "duration_hours"),
            cause_en: self.text(fields, "cause_en"),
            cause_fr: self.text(fields, "cause_fr"),
            failed: self.texts(fields, "failed"),
            reported_affected: self.texts(fields, "reported_affected"),
            misses: self.list(fields, "misses", |reader, fields| Miss {
                service: reader.text(fields, "service"),
                why: reader.text(fields, "why"),
                why_fr: reader.opt_text(fields, "why_fr"),
            }),
            sources: self.list(fields, "sources", Reader::source),
        }
    }
}

// The words of the fixed lists, as the data file writes them (serde's renames; a test checks each against serde).

fn node_kind(word: &str) -> Option<NodeKind> {
    Some(match word {
        "provider" => NodeKind::Provider,
        "region" => NodeKind::Region,
        "zone" => NodeKind::Zone,
        "cloud_service" => NodeKind::CloudService,
        "supplier" => NodeKind::Supplier,
        "web_service" => NodeKind::WebService,
        _ => return None,
    })
}

fn category(word: &str) -> Option<Category> {
    Category::ALL.into_iter().find(|category| category.as_str() == word)
}

fn role(word: &str) -> Option<Role> {
    Some(match word {
        "hosting" => Role::Hosting,
        "compute" => Role::Compute,
        "database" => Role::Database,
        "storage" => Role::Storage,
        "cdn" => Role::Cdn,
        "dns" => Role::Dns,
        "authentication" => Role::Authentication,
        "payments" => Role::Payments,
        "messaging" => Role::Messaging,
        "support" => Role::Support,
        "monitoring" => Role::Monitoring,
        "collaboration" => Role::Collaboration,
        "control-plane" => Role::ControlPlane,
        "network" => Role::Network,
        "identity" => Role::Identity,
        "ai" => Role::Ai,
        "unknown" => Role::Unknown,
        _ => return None,
    })
}

fn mode(word: &str) -> Option<DependencyMode> {
    Some(match word {
        "required" => DependencyMode::Required,
        "redundant" => DependencyMode::Redundant,
        "soft" => DependencyMode::Soft,
        _ => return None,
    })
}

fn evidence_kind(word: &str) -> Option<EvidenceKind> {
    EvidenceKind::ALL.into_iter().find(|kind| kind.as_str() == word)
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing, clippy::panic)]

    use proptest::prelude::*;

    use super::*;
    use crate::split::split;
    use crate::validate::parse_file;

    fn story_json() -> String {
        let full = parse_file(include_str!("../../../static/data/cloudfall.json")).unwrap();
        split(&full).unwrap().story_json().unwrap()
    }

    #[test]
    fn reads_the_shipped_story_core_as_serde_does() {
        let text = story_json();
        assert_eq!(read(&text).unwrap(), parse_file(&text).unwrap());
    }

    #[test]
    fn every_word_of_the_fixed_lists_is_serde_s() {
        let word = |value: String| value.trim_matches('"').to_string();
        for kind in [
            NodeKind::Provider,
            NodeKind::Region,
            NodeKind::Zone,
            NodeKind::CloudService,
            NodeKind::Supplier,
            NodeKind::WebService,
        ] {
            assert_eq!(node_kind(&word(serde_json::to_string(&kind).unwrap())), Some(kind));
        }
        for category in Category::ALL {
            assert_eq!(super::category(&word(serde_json::to_string(&category).unwrap())), Some(category));
        }
        for role in [
            Role::Hosting,
            Role::Compute,
            Role::Database,
            Role::Storage,
            Role::Cdn,
            Role::Dns,
            Role::Authentication,
            Role::Payments,
            Role::Messaging,
            Role::Support,
            Role::Monitoring,
            Role::Collaboration,
            Role::ControlPlane,
            Role::Network,
            Role::Identity,
            Role::Ai,
            Role::Unknown,
        ] {
            assert_eq!(super::role(&word(serde_json::to_string(&role).unwrap())), Some(role));
        }
        for mode in [DependencyMode::Required, DependencyMode::Redundant, DependencyMode::Soft] {
            assert_eq!(super::mode(&word(serde_json::to_string(&mode).unwrap())), Some(mode));
        }
        for kind in EvidenceKind::ALL {
            assert_eq!(evidence_kind(&word(serde_json::to_string(&kind).unwrap())), Some(kind));
        }
    }

    #[test]
    fn says_what_is_missing_or_wrong_with_its_path() {
        let problems = read(
            r#"{"dataset": {"id": "t", "version": 2, "as_of": "2025-01-01", "title": "t"},
            "nodes": [{"id": "a", "kind": "planet", "name": "A"}, 3, {"kind": "provider", "name": "B"}],
            "dependencies": {"x": 1}}"#,
        )
        .unwrap_err();
        let said: Vec<String> = problems.iter().map(ToString::to_string).collect();
        assert_eq!(said.len(), 5, "{said:#?}");
        assert!(said[0].starts_with("dataset.version: "), "{said:#?}");
        assert!(said[1].starts_with("nodes[0].kind: ") && said[1].contains("planet"), "{said:#?}");
        assert!(said[2].starts_with("nodes[1]: "), "{said:#?}");
        assert!(said[3].starts_with("nodes[2]: ") && said[3].contains("id"), "{said:#?}");
        assert!(said[4].starts_with("dependencies: "), "{said:#?}");
        let syntax = read("{\"dataset\": ").unwrap_err();
        assert_eq!(syntax[0].at, Some(crate::validate::Position { line: 1, column: 13 }));
        assert!(matches!(read("[]").unwrap_err()[0].kind, ProblemKind::NotAnObject));
        let missing = read("{}").unwrap_err();
        assert!(missing
            .iter()
            .any(|problem| matches!(&problem.kind, ProblemKind::MissingSection { name } if name == "nodes")));
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(64))]

        /// A story core cut short or with a byte changed gives problems or a file, never a panic.
        #[test]
        fn a_damaged_story_core_never_panics(cut in 0.0f64..1.0, at in 0.0f64..1.0, byte in 0u8..128) {
            let text = story_json();
            #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss, clippy::cast_precision_loss)]
            let (cut, at) = ((cut * text.len() as f64) as usize, (at * text.len() as f64) as usize);
            let _ = read(text.get(..cut).unwrap_or_default());
            let mut bytes = text.into_bytes();
            let last = bytes.len() - 1;
            bytes[at.min(last)] = byte;
            if let Ok(changed) = String::from_utf8(bytes) {
                let _ = read(&changed);
            }
        }
    }
}
