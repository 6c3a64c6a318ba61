//! Text to the data file's serde types. A syntax error is one problem with its line and column. Then each section
//! is read on its own, and each item of a list on its own, so three mistakes in three items give three problems,
//! each with its JSON path (`nodes[4].kind: unknown variant ...`). Every file takes this one path (text, then a
//! JSON value, then the types through `serde_path_to_error`): a second, faster path for good files would double
//! the deserialising code in the WebAssembly.

use serde::de::DeserializeOwned;
use serde_json::{Map, Value};

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

/// Parses `json` into a `DataFile`.
///
/// # Errors
/// The syntax error, or every section and item that does not have the expected shape, each with its path.
pub(super) fn parse(json: &str) -> Result<DataFile, Vec<Problem>> {
    let value: Value = serde_json::from_str(json).map_err(|error| {
        vec![Problem {
            path: String::new(),
            message: format!(
                "The file is not valid Cloudfall data (line {}, column {}): {}",
                error.line(),
                error.column(),
                error
            ),
        }]
    })?;
    let Value::Object(sections) = value else {
        return Err(vec![Problem {
            path: String::new(),
            message: "The file is not valid Cloudfall data: it must be one JSON object with a dataset and nodes"
                .to_string(),
        }]);
    };
    let mut problems = Vec::new();
    for (name, required) in SECTIONS {
        if required && !sections.contains_key(name) {
            problems.push(Problem { path: name.to_string(), message: format!("the file needs a \"{name}\" section") });
        }
    }
    let schema = one::<String>(&sections, "$schema", &mut problems);
    let dataset = one::<DatasetInfo>(&sections, "dataset", &mut problems);
    let market_shares = each::<ShareTable>(&sections, "market_shares", &mut problems);
    let nodes = each::<NodeRecord>(&sections, "nodes", &mut problems);
    let dependencies = each::<DependencyRecord>(&sections, "dependencies", &mut problems);
    let incidents = each::<IncidentRecord>(&sections, "incidents", &mut problems);
    for name in sections.keys().filter(|name| !SECTIONS.iter().any(|(known, _)| known == name)) {
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

/// Reads section `name` as a `T`, adding a problem when it does not fit; `None` when it is absent or wrong.
fn one<T: DeserializeOwned>(sections: &Map<String, Value>, name: &str, problems: &mut Vec<Problem>) -> Option<T> {
    read(sections.get(name)?, name, problems)
}

/// Reads list section `name` item by item, adding a problem for each item that does not fit; empty when absent.
fn each<T: DeserializeOwned>(sections: &Map<String, Value>, name: &str, problems: &mut Vec<Problem>) -> Vec<T> {
    match sections.get(name) {
        None => Vec::new(),
        Some(Value::Array(items)) => {
            items.iter().enumerate().filter_map(|(i, item)| read(item, &format!("{name}[{i}]"), problems)).collect()
        }
        Some(_) => {
            problems.push(Problem { path: name.to_string(), message: "this must be a list, written [ ... ]".into() });
            Vec::new()
        }
    }
}

/// Reads one value as a `T`; a problem at `path` plus the path inside it where serde stopped.
fn read<T: DeserializeOwned>(value: &Value, path: &str, problems: &mut Vec<Problem>) -> Option<T> {
    match serde_path_to_error::deserialize::<_, T>(value) {
        Ok(value) => Some(value),
        Err(error) => {
            let inner = error.path().to_string();
            let path = match inner.as_str() {
                "." => path.to_string(),
                _ if inner.starts_with('[') => format!("{path}{inner}"),
                _ => format!("{path}.{inner}"),
            };
            problems.push(Problem { path, message: error.inner().to_string() });
            None
        }
    }
}
