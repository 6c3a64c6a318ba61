//! Text to the data file's serde types. A syntax error is one problem with its line and column. Then each section
//! is read on its own, and each item of a list on its own, so three mistakes in three items give three problems,
//! each with its JSON path and line (`nodes[4].kind: unknown variant ... (line 120, column 15)`).
//!
//! The sections and items are first kept as raw JSON text (`RawValue`, borrowed from the file), then each is read
//! with serde_json's text reader: one deserialiser per type in the WebAssembly, no intermediate `Value` tree.
//! Where inside an item serde stopped is found from the error's position by `path_at`, a small scanner of the
//! item's text. (`serde_path_to_error` does the same while reading, but wraps every visitor of every type: it made
//! the app's WebAssembly 12 to 17 KB gzip larger, measured, against a budget the app had already reached.)

use serde::de::DeserializeOwned;
use serde_json::value::RawValue;

use super::{Position, Problem, ProblemKind, Shape, Syntax};
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
/// A file is first read whole, in one typed pass: a valid file (every file the site ships) is read once, with no
/// raw copy of its sections and items (issue 19: the 1,000-node benchmark's file read in about half the time). Only
/// a file that fails is read again section by section and item by item (`parse_by_item`), for every problem with its
/// path. The typed pass refuses all that the second refuses: its types deny unknown fields, serde refuses a field
/// written twice and a missing required one, and the items are the same types.
///
/// # Errors
/// The syntax error, or every section and item that does not have the expected shape, each with its path.
pub(super) fn parse(json: &str) -> Result<DataFile, Vec<Problem>> {
    match serde_json::from_str::<DataFile>(json) {
        Ok(file) => Ok(file),
        Err(_) => parse_by_item(json),
    }
}

/// Parses `json` section by section and item by item, so each problem is found, with its path.
fn parse_by_item(json: &str) -> Result<DataFile, Vec<Problem>> {
    let sections = top_level(json)?;
    let mut problems = Vec::new();
    for (name, required) in SECTIONS {
        if required && !sections.iter().any(|(section, _)| section == name) {
            problems.push(Problem {
                path: name.to_string(),
                kind: ProblemKind::MissingSection { name: name.to_string() },
                at: None,
            });
        }
    }
    // A section written twice is a problem at its second copy: which one the editor meant cannot be told.
    for (at, (name, raw)) in sections.iter().enumerate() {
        if sections.iter().take(at).any(|(earlier, _)| earlier == name) {
            let at = Some(position_in(json, offset(json, raw)));
            problems.push(Problem {
                path: name.clone(),
                kind: ProblemKind::RepeatedSection { name: name.clone() },
                at,
            });
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
        let at = Some(position_in(json, offset_of_key(json, name)));
        problems.push(Problem { path: name.clone(), kind: ProblemKind::UnknownSection { name: name.clone() }, at });
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
    let top: &RawValue = serde_json::from_str(json).map_err(|error| {
        vec![Problem {
            path: String::new(),
            kind: ProblemKind::Syntax(Syntax::read(&message_of(&error))),
            at: Some(Position { line: error.line(), column: error.column() }),
        }]
    })?;
    if !top.get().starts_with('{') {
        return Err(vec![Problem::whole_file(ProblemKind::NotAnObject)]);
    }
    // Every key as written, in order, repeated ones included (a map would keep the last copy silently).
    serde_json::from_str::<Entries<'_>>(top.get())
        .map(|entries| entries.0)
        .map_err(|error| vec![Problem::whole_file(ProblemKind::Sections(Shape::read(&message_of(&error))))])
}

/// The top-level object's keys and raw values in the order written, repeated keys kept.
struct Entries<'a>(Sections<'a>);

impl<'de> serde::Deserialize<'de> for Entries<'de> {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Visit;
        impl<'de> serde::de::Visitor<'de> for Visit {
            type Value = Entries<'de>;
            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("a map")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
                let mut entries = Vec::new();
                while let Some(entry) = map.next_entry::<String, &'de RawValue>()? {
                    entries.push(entry);
                }
                Ok(Entries(entries))
            }
        }
        deserializer.deserialize_map(Visit)
    }
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
                let at = Some(position_in(self.json, offset(self.json, raw)));
                self.problems.push(Problem { path: name.to_string(), kind: ProblemKind::NotAList, at });
                Vec::new()
            }
        }
    }

    /// Reads one raw value as a `T`: on failure, a problem at `path` plus the path inside it where serde stopped,
    /// with the line and column in the whole file.
    fn read<T: DeserializeOwned>(&mut self, raw: &RawValue, path: &str) -> Option<T> {
        match serde_json::from_str::<T>(raw.get()) {
            Ok(value) => Some(value),
            Err(error) => {
                let text = raw.get();
                let path = format!("{path}{}", path_at(text, byte_offset(text, error.line(), error.column())));
                let (line, column) = self.position(offset(self.json, raw), error.line(), error.column());
                let kind = match error.classify() {
                    serde_json::error::Category::Data => ProblemKind::Shape(Shape::read(&message_of(&error))),
                    _ => ProblemKind::Shape(Shape::Syntax(Syntax::read(&message_of(&error)))),
                };
                self.problems.push(Problem { path, kind, at: Some(Position { line, column }) });
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

/// serde_json's message without the " at line L column C" it ends with (the place is kept apart).
fn message_of(error: &serde_json::Error) -> String {
    let message = error.to_string();
    message
        .strip_suffix(&format!(" at line {} column {}", error.line(), error.column()))
        .unwrap_or(&message)
        .to_string()
}

/// The line and column (both from 1, the column in characters) of byte `offset` of `text`.
fn position_in(text: &str, offset: usize) -> Position {
    let before = text.get(..offset).unwrap_or(text);
    let line = before.matches('\n').count() + 1;
    let column = before.rsplit('\n').next().map_or(0, |text| text.chars().count()) + 1;
    Position { line, column }
}

/// Where the top-level key `name` is written (its opening quote), or the start of the file.
fn offset_of_key(json: &str, name: &str) -> usize {
    let quoted = serde_json::to_string(name).unwrap_or_default();
    json.find(&quoted).unwrap_or(0)
}

/// Fills in the line and column of every problem that has a path but no place yet, from the file's text: one walk
/// of the text, which notes where each wanted path starts (a key's opening quote, or an item's first character).
pub(super) fn locate(text: &str, problems: &mut [Problem]) {
    let wanted: std::collections::HashSet<&str> = problems
        .iter()
        .filter(|problem| problem.at.is_none() && !problem.path.is_empty())
        .map(|p| p.path.as_str())
        .collect();
    if wanted.is_empty() {
        return;
    }
    let found = starts_of(text, &wanted);
    for problem in problems.iter_mut().filter(|problem| problem.at.is_none()) {
        if let Some(&offset) = found.get(problem.path.as_str()) {
            problem.at = Some(position_in(text, offset));
        }
    }
}

/// The byte offset where each of the `wanted` paths starts in the JSON `text` (the first place, for a path written
/// twice). Paths are written as the validator writes them: `nodes[3].id`.
fn starts_of(text: &str, wanted: &std::collections::HashSet<&str>) -> std::collections::HashMap<String, usize> {
    /// An open container: an object with its key (once read), or an array with its current item.
    enum Open {
        Object(Option<String>),
        Array(usize),
    }
    let path = |stack: &[Open]| {
        let mut path = String::new();
        for open in stack {
            match open {
                Open::Object(Some(key)) => {
                    if !path.is_empty() {
                        path.push('.');
                    }
                    path.push_str(key);
                }
                Open::Object(None) => {}
                Open::Array(index) => path.push_str(&format!("[{index}]")),
            }
        }
        path
    };
    let mut found = std::collections::HashMap::new();
    let mut stack: Vec<Open> = Vec::new();
    // Whether the next character that is not a space starts an item of the innermost array.
    let mut item_starts = false;
    let mut chars = text.char_indices();
    while let Some((at, c)) = chars.next() {
        if item_starts && !c.is_whitespace() && c != ']' {
            item_starts = false;
            let here = path(&stack);
            if wanted.contains(here.as_str()) {
                found.entry(here).or_insert(at);
            }
        }
        match c {
            '{' => stack.push(Open::Object(None)),
            '[' => {
                stack.push(Open::Array(0));
                item_starts = true;
            }
            '}' | ']' => {
                stack.pop();
                item_starts = false;
            }
            ',' => match stack.last_mut() {
                Some(Open::Array(index)) => {
                    *index += 1;
                    item_starts = true;
                }
                Some(Open::Object(key)) => *key = None,
                None => {}
            },
            '"' => {
                let string = read_string(&mut chars);
                if let Some(Open::Object(key @ None)) = stack.last_mut() {
                    *key = Some(string);
                    let here = path(&stack);
                    if wanted.contains(here.as_str()) {
                        found.entry(here).or_insert(at);
                    }
                }
            }
            _ => {}
        }
    }
    found
}

/// The rest of a JSON string whose opening quote was just read, up to its closing quote: escapes keep the character
/// they escape, which is all a path needs (keys are plain ids).
fn read_string(chars: &mut impl Iterator<Item = (usize, char)>) -> String {
    let mut string = String::new();
    while let Some((_, c)) = chars.next() {
        match c {
            '"' => break,
            '\\' => {
                if let Some((_, escaped)) = chars.next() {
                    string.push(escaped);
                }
            }
            c => string.push(c),
        }
    }
    string
}

/// The byte offset in `text` of serde_json's 1-based `line` and `column` (a column counts bytes).
fn byte_offset(text: &str, line: usize, column: usize) -> usize {
    let line_start: usize = text.split_inclusive('\n').take(line.saturating_sub(1)).map(str::len).sum();
    (line_start + column).min(text.len())
}

/// The JSON path (`.evidence[0].date`, or empty for the value itself) of what is being read at byte `end` of the
/// JSON value `text`: the key or index of each object and array still open there, the last one being the member
/// whose key or value was read last. An object or array closed just before `end` is the value itself (serde reports
/// a missing field at the closing brace).
fn path_at(text: &str, end: usize) -> String {
    /// An open container: an object with the key last read, or an array with the index of the current item.
    enum Open {
        Object(Option<String>),
        Array(usize),
    }
    let mut stack: Vec<Open> = Vec::new();
    let mut chars = text.char_indices().take_while(|&(i, _)| i < end).peekable();
    while let Some((_, c)) = chars.next() {
        match c {
            '{' => stack.push(Open::Object(None)),
            '[' => stack.push(Open::Array(0)),
            '}' | ']' => {
                stack.pop();
            }
            ',' => match stack.last_mut() {
                Some(Open::Array(index)) => *index += 1,
                Some(Open::Object(key)) => *key = None,
                None => {}
            },
            '"' => {
                let string = read_string(&mut chars);
                if let Some(Open::Object(key @ None)) = stack.last_mut() {
                    *key = Some(string);
                }
            }
            _ => {}
        }
    }
    stack
        .iter()
        .map(|open| match open {
            Open::Object(Some(key)) => format!(".{key}"),
            Open::Object(None) => String::new(),
            Open::Array(index) => format!("[{index}]"),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn problems(json: &str) -> Vec<String> {
        match parse(json) {
            Ok(_) => vec![],
            Err(problems) => problems.iter().map(ToString::to_string).collect(),
        }
    }

    #[test]
    fn the_path_inside_an_item_is_found_from_where_serde_stopped() {
        let text = r#"{"a": [1, {"b": "x", "c": {"d": 2}}], "e": "f"}"#;
        let at = |needle: &str| path_at(text, text.find(needle).unwrap() + needle.len());
        assert_eq!(at("\"x\""), ".a[1].b");
        assert_eq!(at("\"d\": 2"), ".a[1].c.d");
        assert_eq!(
            path_at(text, text.find("}}]").unwrap() + 2),
            ".a[1]",
            "a closed object is the value itself, where a missing field is reported"
        );
        assert_eq!(at("\"e\""), ".e");
        assert_eq!(path_at(r#"{"k\"ey": 1}"#, 10), ".k\"ey", "escaped quotes stay inside the key");
    }

    #[test]
    fn a_section_written_twice_is_located_at_its_second_copy_and_neither_is_read() {
        let json = r#"{"dataset": {"id": "t", "version": "1", "as_of": "2025", "title": "t"},
  "nodes": [{"id": "a", "kind": "provider", "name": "A"}],
  "nodes": [{"id": "b", "kind": "provider", "name": "B"}]}"#;
        assert_eq!(
            problems(json),
            ["nodes: the \"nodes\" section is written twice; keep one (merge their contents into it)"]
        );
        let at = parse(json).err().and_then(|problems| problems.first().and_then(|problem| problem.at));
        assert_eq!(at, Some(Position { line: 3, column: 12 }), "at the second copy's value");
        // Written once, the same file reads.
        let once = json.replacen(r#""nodes": [{"id": "b", "kind": "provider", "name": "B"}]"#, r#""incidents": []"#, 1);
        assert_eq!(problems(&once), Vec::<String>::new());
    }

    #[test]
    fn nested_mistakes_and_missing_fields_are_located() {
        let json = r#"{"dataset": {"id": "t", "version": "1", "as_of": "2025", "title": "t"},
  "nodes": [{"id": "a", "kind": "provider"}],
  "dependencies": [{"dependent": "a", "depends_on": "a", "role": "hosting",
    "evidence": [{"kind": "documented", "publisher": "p", "title": "t", "date": 2025}]}]}"#;
        assert_eq!(
            problems(json),
            [
                "nodes[0]: missing field `name` (line 2, column 43)",
                "dependencies[0].evidence[0].date: invalid type: integer `2025`, expected a string (line 4, column 84)",
            ]
        );
    }
}

#[cfg(test)]
mod whole_pass_tests {
    #![allow(clippy::unwrap_used, clippy::expect_used)]

    use super::*;

    const SHIPPED: &str = include_str!("../../../../static/data/cloudfall.json");

    #[test]
    fn the_whole_file_pass_and_the_item_by_item_pass_read_the_same_file() {
        let whole = serde_json::from_str::<DataFile>(SHIPPED).expect("the shipped file reads whole");
        assert_eq!(parse_by_item(SHIPPED).expect("and item by item"), whole);
        let generated = serde_json::to_string(&crate::generate::generate(1000, 5)).unwrap();
        assert_eq!(parse(&generated).unwrap(), parse_by_item(&generated).unwrap());
    }

    #[test]
    fn a_file_the_whole_pass_refuses_is_read_item_by_item_for_every_problem() {
        // Two items of the wrong shape, a section written twice and an unknown one: four problems, with paths.
        let json = SHIPPED.replacen("\"kind\": \"provider\"", "\"kind\": \"planet\"", 2).replacen(
            "\"nodes\":",
            "\"extra\": 1, \"nodes\":",
            1,
        );
        let problems = parse(&format!("{}, \"extra\": 2 }}", json.trim_end().trim_end_matches('}'))).unwrap_err();
        let paths: Vec<&str> = problems.iter().map(|problem| problem.path.as_str()).collect();
        assert!(paths.iter().filter(|path| path.starts_with("nodes[")).count() == 2, "{paths:?}");
        assert!(paths.contains(&"extra"), "{paths:?}");
    }
}
