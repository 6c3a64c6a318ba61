//! Text to the data file's serde types. A syntax error is one problem with its line and column. Then each section
//! is read on its own, and each item of a list on its own, so three mistakes in three items give three problems,
//! each with its JSON path and line (`nodes[4].kind: unknown variant ... (line 120, column 15)`).
//!
//! The sections and items are first kept as raw JSON text (`RawValue`, borrowed from the file), then each is read
//! through `serde_path_to_error` over serde_json's text reader: one deserialiser per type in the WebAssembly,
//! no intermediate `Value` tree, whatever the file.

use serde::de::DeserializeOwned;
use serde_json::value::RawValue;

use super::Problem;
use crate::data::{DataFile, DatasetInfo, DependencyRecord, IncidentRecord, NodeRecord, ShareTable};

/// The sections a data file may have, in the order the editor's guide lists them, with whether each is required.
const SECTIONS: [(&str, bool); 6] = [
    ("$schema", false),
    ("dataset", true),
    ("market_shares", false),
    ("nodes", true),
    ("dependencies", false),
    ("incidents", false),
];

/// The file's top level: each section's name and raw text, in file order.
type Sections<'a> = Vec<(String, &'a RawValue)>;

/// Parses `json` into a `DataFile`.
///
/// # Errors
/// The syntax error, or every section and item that does not have the expected shape, each with its path.
pub(super) fn parse(json: &str) -> Result<DataFile, Vec<Problem>> {
    let sections = top_level(json)?;
    let mut problems = Vec::new();
    for (name, required) in SECTIONS {
        if required && !sections.iter().any(|(section, _)| section == name) {
            problems.push(Problem { path: name.to_string(), message: format!("the file needs a \"{name}\" section") });
        }
    }
    let mut reader = Reader { json, problems };
    let schema = reader.one::<String>(&sections, "$schema");
    let dataset = reader.one::<DatasetInfo>(&sections, "dataset");
    let market_shares = reader.each::<ShareTable>(&sections, "market_shares");
    let nodes = reader.each::<NodeRecord>(&sections, "nodes");
    let dependencies = reader.each::<DependencyRecord>(&sections, "dependencies");
    let incidents = reader.each::<IncidentRecord>(&sections, "incidents");
    let mut problems = reader.problems;
    for (name, _) in sections.iter().filter(|(name, _)| !SECTIONS.iter().any(|(known, _)| known == name)) {
        problems.push(Problem {
            path: name.clone(),
            message: format!(
                "\"{name}\" is not a section of Cloudfall data; the sections are: {}",
                SECTIONS.map(|(name, _)| name).join(", ")
            ),
        });
    }
    match dataset {
        Some(dataset) if problems.is_empty() => {
            Ok(DataFile { schema, dataset, market_shares, nodes, dependencies, incidents })
        }
        _ => Err(problems),
    }
}

/// The top-level object, its sections kept as raw text.
fn top_level(json: &str) -> Result<Sections<'_>, Vec<Problem>> {
    let not_data = |detail: String| {
        vec![Problem { path: String::new(), message: format!("The file is not valid Cloudfall data{detail}") }]
    };
    let top: &RawValue = serde_json::from_str(json)
        .map_err(|error| not_data(format!(" (line {}, column {}): {error}", error.line(), error.column())))?;
    if !top.get().starts_with('{') {
        return Err(not_data(": it must be one JSON object with a dataset and nodes".to_string()));
    }
    serde_json::from_str::<std::collections::BTreeMap<String, &RawValue>>(top.get())
        .map(|map| {
            let mut sections: Sections<'_> = map.into_iter().collect();
            sections.sort_by_key(|(_, raw)| offset(json, raw));
            sections
        })
        .map_err(|error| not_data(format!(": {error}")))
}

/// Where `raw` starts in `json`, in bytes (it is borrowed from it).
fn offset(json: &str, raw: &RawValue) -> usize {
    (raw.get().as_ptr() as usize).saturating_sub(json.as_ptr() as usize).min(json.len())
}

/// Reads sections and items, collecting the problems.
struct Reader<'a> {
    json: &'a str,
    problems: Vec<Problem>,
}

impl Reader<'_> {
    /// Reads section `name` as a `T`; `None` when it is absent or wrong (and then a problem says why).
    fn one<T: DeserializeOwned>(&mut self, sections: &Sections<'_>, name: &str) -> Option<T> {
        let (_, raw) = sections.iter().find(|(section, _)| section == name)?;
        self.read(raw, name)
    }

    /// Reads list section `name` item by item; empty when absent.
    fn each<T: DeserializeOwned>(&mut self, sections: &Sections<'_>, name: &str) -> Vec<T> {
        let Some((_, raw)) = sections.iter().find(|(section, _)| section == name) else {
            return Vec::new();
        };
        match serde_json::from_str::<Vec<&RawValue>>(raw.get()) {
            Ok(items) => {
                items.iter().enumerate().filter_map(|(i, item)| self.read(item, &format!("{name}[{i}]"))).collect()
            }
            Err(_) => {
                self.problems
                    .push(Problem { path: name.to_string(), message: "this must be a list, written [ ... ]".into() });
                Vec::new()
            }
        }
    }

    /// Reads one raw value as a `T`: on failure, a problem at `path` plus the path inside it where serde stopped,
    /// with the line and column in the whole file.
    fn read<T: DeserializeOwned>(&mut self, raw: &RawValue, path: &str) -> Option<T> {
        let mut deserializer = serde_json::Deserializer::from_str(raw.get());
        match serde_path_to_error::deserialize::<_, T>(&mut deserializer) {
            Ok(value) => Some(value),
            Err(error) => {
                let inner = error.path().to_string();
                let path = match inner.as_str() {
                    "." => path.to_string(),
                    _ if inner.starts_with('[') => format!("{path}{inner}"),
                    _ => format!("{path}.{inner}"),
                };
                let cause = error.inner();
                let (line, column) = self.position(offset(self.json, raw), cause.line(), cause.column());
                let message = cause.to_string();
                let message = message
                    .strip_suffix(&format!(" at line {} column {}", cause.line(), cause.column()))
                    .unwrap_or(&message);
                self.problems.push(Problem { path, message: format!("{message} (line {line}, column {column})") });
                None
            }
        }
    }

    /// The line and column in the whole file of `line`:`column` counted inside the text that starts at `start`.
    fn position(&self, start: usize, line: usize, column: usize) -> (usize, usize) {
        let before = self.json.get(..start).unwrap_or_default();
        let start_line = before.matches('\n').count() + 1;
        let start_column = before.rsplit('\n').next().map_or(0, |text| text.chars().count()) + 1;
        if line <= 1 {
            (start_line, start_column + column.saturating_sub(1))
        } else {
            (start_line + line - 1, column)
        }
    }
}
