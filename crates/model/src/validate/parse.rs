//! Text to the data file's serde types. A syntax error is one problem with its line and column; a file that is
//! JSON but not Cloudfall data is read section by section and item by item, so three mistakes in three items
//! give three problems, each with its JSON path (`nodes[4].kind: unknown variant ...`).

use serde::de::DeserializeOwned;
use serde_json::Value;

use super::Problem;
use crate::data::{DataFile, DatasetInfo, DependencyRecord, IncidentRecord, NodeRecord, ShareTable};

/// The sections a data file may have, with whether each is required.
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
/// The syntax error, or every item that does not have the expected shape, each with its path.
pub(super) fn parse(json: &str) -> Result<DataFile, Vec<Problem>> {
    // The common case, a good file, is read once and directly.
    if let Ok(file) = serde_json::from_str::<DataFile>(json) {
        return Ok(file);
    }
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
    let mut problems = Vec::new();
    let Value::Object(sections) = &value else {
        return Err(vec![Problem {
            path: String::new(),
            message: "The file is not valid Cloudfall data: it must be one JSON object with a dataset and nodes"
                .to_string(),
        }]);
    };
    for (name, required) in SECTIONS {
        if required && !sections.contains_key(name) {
            problems.push(Problem { path: name.to_string(), message: format!("the file needs a \"{name}\" section") });
        }
    }
    // In the order the guide lists the sections, then whatever else the file has.
    for (name, _) in SECTIONS {
        let Some(section) = sections.get(name) else { continue };
        match name {
            "$schema" => one::<String>(section, name, &mut problems),
            "dataset" => one::<DatasetInfo>(section, name, &mut problems),
            "market_shares" => each::<ShareTable>(section, name, &mut problems),
            "nodes" => each::<NodeRecord>(section, name, &mut problems),
            "dependencies" => each::<DependencyRecord>(section, name, &mut problems),
            "incidents" => each::<IncidentRecord>(section, name, &mut problems),
            _ => {}
        }
    }
    for name in sections.keys().filter(|name| !SECTIONS.iter().any(|(known, _)| known == name)) {
        problems.push(Problem {
            path: name.clone(),
            message: format!(
                "\"{name}\" is not a section of Cloudfall data; the sections are: {}",
                SECTIONS.map(|(name, _)| name).join(", ")
            ),
        });
    }
    if problems.is_empty() {
        // Every section reads on its own: whatever is wrong is in how they combine; say what serde says.
        if let Err(error) = serde_path_to_error::deserialize::<_, DataFile>(&value) {
            problems.push(located(String::new(), &error));
        }
    }
    Err(problems)
}

/// Reads one section as a `T`, adding a problem when it does not fit.
fn one<T: DeserializeOwned>(section: &Value, path: &str, problems: &mut Vec<Problem>) {
    if let Err(error) = serde_path_to_error::deserialize::<_, T>(section) {
        problems.push(located(path.to_string(), &error));
    }
}

/// Reads a list section item by item, adding a problem for each item that does not fit.
fn each<T: DeserializeOwned>(section: &Value, path: &str, problems: &mut Vec<Problem>) {
    let Value::Array(items) = section else {
        problems.push(Problem { path: path.to_string(), message: "this must be a list, written [ ... ]".to_string() });
        return;
    };
    for (i, item) in items.iter().enumerate() {
        one::<T>(item, &format!("{path}[{i}]"), problems);
    }
}

/// A problem at `base` plus the path inside it where serde stopped.
fn located(base: String, error: &serde_path_to_error::Error<serde_json::Error>) -> Problem {
    let inner = error.path().to_string();
    let path = match (base.is_empty(), inner.as_str()) {
        (_, ".") => base,
        (true, _) => inner,
        (false, _) if inner.starts_with('[') => format!("{base}{inner}"),
        (false, _) => format!("{base}.{inner}"),
    };
    Problem { path, message: error.inner().to_string() }
}
