//! Turns a data file's text into a `Model`, or into the list of every problem found.
//! It never panics on user data: each problem carries its JSON path and a sentence a data editor understands.
//! One file per section of the data file; `parse` turns text into the serde types, the others check meaning.

mod checks;
mod dataset;
mod dependencies;
mod incidents;
mod market;
mod nodes;
mod parse;
mod problem;

pub use checks::is_web_link;
pub use problem::{steps, JsonType, Position, Problem, ProblemKind, Shape, Step, Syntax};

use std::collections::HashMap;

use petgraph::graph::DiGraph;

use crate::data::DataFile;
use crate::graph::{Adjacency, Link, Model, Node, NodeId, NodeIndex};

/// Parses and validates a data file.
///
/// # Errors
/// Every problem found, each with its JSON path and its line and column; nothing is returned half-loaded. A syntax
/// error is one problem (nothing after it can be read); type errors are listed one per node, dependency, table or
/// incident.
pub fn load(json: &str) -> Result<Model, Vec<Problem>> {
    if json.len() > MAX_FILE_BYTES {
        return Err(vec![too_large(json.len())]);
    }
    let file = parse::parse(json)?;
    if file.dataset.details.is_some() {
        return Err(vec![Problem { path: "dataset.details".into(), kind: ProblemKind::CoreFile, at: None }]);
    }
    build(file).map_err(|mut problems| {
        parse::locate(json, &mut problems);
        problems
    })
}

/// The problem of a file of `bytes` bytes, over the limit.
pub fn too_large(bytes: usize) -> Problem {
    Problem::whole_file(ProblemKind::TooLarge {
        megabytes: (bytes as f64 / 1e6).round() as u64,
        limit_megabytes: (MAX_FILE_BYTES / 1_000_000) as u64,
    })
}

/// Parses a data file into its serde types without checking their meaning: the split step and the core loader
/// (`split`) build on it.
///
/// # Errors
/// The syntax error, or every section and item that does not have the expected shape, each with its path.
pub fn parse_file(json: &str) -> Result<DataFile, Vec<Problem>> {
    if json.len() > MAX_FILE_BYTES {
        return Err(vec![too_large(json.len())]);
    }
    parse::parse(json)
}

/// The largest data file read, in bytes: a generated 100,000-node file is about 61 MB; past this, a file is refused
/// before it is parsed.
pub const MAX_FILE_BYTES: usize = 100_000_000;

/// Like [`load`], from bytes that may not be UTF-8 text (a file from a reader's disk).
///
/// # Errors
/// The position of the first byte that is not UTF-8, or what [`load`] finds.
pub fn load_bytes(bytes: &[u8]) -> Result<Model, Vec<Problem>> {
    if bytes.len() > MAX_FILE_BYTES {
        return Err(vec![too_large(bytes.len())]);
    }
    match std::str::from_utf8(bytes) {
        Ok(text) => load(text),
        Err(error) => {
            let valid = bytes.get(..error.valid_up_to()).unwrap_or_default();
            let line = valid.iter().filter(|&&b| b == b'\n').count() + 1;
            let column = valid.iter().rev().take_while(|&&b| b != b'\n').count() + 1;
            Err(vec![Problem {
                path: String::new(),
                kind: ProblemKind::NotUtf8 { byte: error.valid_up_to() + 1 },
                at: Some(Position { line, column }),
            }])
        }
    }
}

/// Validates parsed data and builds the model.
///
/// # Errors
/// Every problem found, each with its JSON path.
pub fn build(file: DataFile) -> Result<Model, Vec<Problem>> {
    let mut problems = Problems::default();
    dataset::check(&file.dataset, &mut problems);
    let mut graph = Graph::with_capacity(file.nodes.len(), file.dependencies.len());
    nodes::add(&file.nodes, &mut graph, &mut problems);
    dependencies::add(&file.dependencies, &file.incidents, &mut graph, &mut problems);
    let market = market::resolve(file.market_shares, &graph, &mut problems);
    let incidents = incidents::resolve(file.incidents, &graph, &mut problems);
    let Graph { graph, index } = graph;
    let adjacency = Adjacency::build(&graph, &incidents);
    problems.into_result(Model { info: file.dataset, graph, index, market, incidents, adjacency })
}

/// The graph while it is built, with its id index.
struct Graph {
    graph: DiGraph<Node, Link>,
    index: HashMap<NodeId, NodeIndex>,
}

impl Graph {
    fn with_capacity(nodes: usize, edges: usize) -> Graph {
        Graph { graph: DiGraph::with_capacity(nodes, edges), index: HashMap::with_capacity(nodes) }
    }

    fn lookup(&self, id: &str) -> Option<NodeIndex> {
        self.index.get(&NodeId::new(id)).copied()
    }
}

/// The problems found so far.
#[derive(Default)]
pub(crate) struct Problems(Vec<Problem>);

impl Problems {
    fn add(&mut self, path: impl Into<String>, kind: ProblemKind) {
        self.0.push(Problem { path: path.into(), kind, at: None });
    }

    fn into_result<T>(self, value: T) -> Result<T, Vec<Problem>> {
        if self.0.is_empty() {
            Ok(value)
        } else {
            Err(self.0)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn problems(json: &str) -> String {
        match load(json) {
            Ok(_) => "ok".to_string(),
            Err(problems) => problems.iter().map(|p| p.to_string()).collect::<Vec<_>>().join("\n"),
        }
    }

    const HEAD: &str = r#""dataset": {"id": "t", "version": "1", "as_of": "2025-11-01", "title": "test"}"#;

    #[test]
    fn a_valid_file_loads() {
        let json = format!(
            r#"{{{HEAD}, "nodes": [
                {{"id": "aws", "kind": "provider", "name": "AWS"}},
                {{"id": "aws/us-east-1", "kind": "region", "name": "us-east-1"}},
                {{"id": "shop", "kind": "web_service", "name": "Shop"}}],
              "dependencies": [{{"dependent": "shop", "depends_on": "aws/us-east-1", "role": "hosting",
                "evidence": [{{"kind": "documented", "publisher": "P", "title": "T", "date": "2024"}}]}}]}}"#
        );
        assert_eq!(problems(&json), "ok");
    }

    #[test]
    fn every_problem_is_listed_with_its_path() {
        let json = format!(
            r#"{{{HEAD}, "nodes": [
                {{"id": "AWS", "kind": "provider", "name": "AWS"}},
                {{"id": "gcp/eu", "kind": "region", "name": "eu"}},
                {{"id": "shop", "kind": "web_service", "name": "Shop"}},
                {{"id": "shop", "kind": "web_service", "name": "Shop again"}}],
              "market_shares": [{{"period": "2025-Q2", "market": "m", "analyst": "a", "sources": [],
                "shares": [{{"provider": "shop", "percent": 70}}, {{"label": "others", "percent": 50}}]}}],
              "dependencies": [
                {{"dependent": "shop", "depends_on": "nowhere", "role": "hosting", "evidence": []}},
                {{"dependent": "shop", "depends_on": "AWS", "role": "cdn", "mode": "redundant",
                  "evidence": [{{"kind": "reported", "publisher": "", "title": "T", "date": "20 Oct"}}]}}]}}"#
        );
        expect_lines(
            &problems(&json),
            &[
                "nodes[0].id: \"AWS\" is not a valid id: use lowercase letters, digits and dashes, with / between levels (like aws/us-east-1)",
                "nodes[3].id: the id \"shop\" is used twice",
                "nodes[1].id: \"gcp/eu\" sits inside \"gcp\", but there is no node with that id",
                "dependencies[0].depends_on: there is no node with the id \"nowhere\"",
                "dependencies[0].evidence: every dependency needs at least one piece of evidence with its source",
                "dependencies[1].group: a redundant dependency needs a group naming the alternatives that back each other up",
                "dependencies[1].evidence[0].publisher: name who published the source",
                "dependencies[1].evidence[0].date: \"20 Oct\" is not a date: write YYYY, YYYY-MM or YYYY-MM-DD",
                "dependencies[1].evidence[0].incident: reported evidence must name the incident in which the service was reported affected",
                "market_shares[0].sources: every market-share table needs a source",
                "market_shares[0].shares[0].provider: \"shop\" is not a provider",
                "market_shares[0].shares: the shares add up to 120.0 %, more than 100 %",
            ],
        );
    }

    #[test]
    fn broken_json_says_where() {
        let text = problems("{\"dataset\": ");
        assert!(text.starts_with("The file is not valid Cloudfall data (line 1, column 12)"), "{text}");
    }

    #[test]
    fn unknown_fields_are_refused_rather_than_ignored() {
        let json = format!(r#"{{{HEAD}, "nodes": [{{"id": "a", "kind": "provider", "name": "A", "colour": "red"}}]}}"#);
        assert!(problems(&json).contains("unknown field `colour`"), "{}", problems(&json));
    }

    #[test]
    fn three_mistakes_of_shape_give_three_problems_each_with_its_path() {
        let json = format!(
            r#"{{{HEAD}, "nodes": [
                {{"id": "a", "kind": "provider", "name": "A"}},
                {{"id": "b", "kind": "devine", "name": "B"}},
                {{"id": "c", "kind": "web_service", "name": 3}}],
              "dependencies": [{{"dependent": "c", "depends_on": "a", "role": "magic", "evidence": []}}],
              "colours": []}}"#
        );
        expect_lines(
            &problems(&json),
            &[
                "nodes[1].kind: unknown variant `devine`, expected one of `provider`, `region`, `zone`, `cloud_service`, `supplier`, `web_service` (line 3, column 44)",
                "nodes[2].name: invalid type: integer `3`, expected a string (line 4, column 60)",
                "dependencies[0].role: unknown variant `magic`, expected one of `hosting`, `compute`, `database`, `storage`, `cdn`, `dns`, `authentication`, `payments`, `messaging`, `support`, `monitoring`, `collaboration`, `control-plane`, `network`, `identity`, `ai`, `unknown` (line 5, column 84)",
                "colours: \"colours\" is not a section of Cloudfall data; the sections are: $schema, dataset, market_shares, nodes, dependencies, incidents",
            ],
        );
    }

    #[test]
    fn a_missing_section_and_a_file_that_is_not_an_object_are_named() {
        assert_eq!(
            problems("[1, 2]"),
            "The file is not valid Cloudfall data: it must be one JSON object with a dataset and nodes"
        );
        assert_eq!(problems(&format!("{{{HEAD}}}")), "nodes: the file needs a \"nodes\" section");
        assert!(problems(r#"{"nodes": []}"#).starts_with("dataset: the file needs a \"dataset\" section"));
    }

    #[test]
    fn every_problem_is_placed_at_its_line_and_column_and_typed() {
        let json = format!(
            "{{{HEAD},\n \"nodes\": [\n  {{\"id\": \"p\", \"kind\": \"provider\", \"name\": \"P\"}},\n  {{\"id\": \"p\", \"kind\": \"provider\", \"name\": \"\"}}]}}"
        );
        let problems = load(&json).err().unwrap();
        let found: Vec<(&str, &ProblemKind, Option<Position>)> =
            problems.iter().map(|problem| (problem.path.as_str(), &problem.kind, problem.at)).collect();
        assert_eq!(
            found,
            [
                ("nodes[1].name", &ProblemKind::EmptyName, Some(Position { line: 4, column: 35 })),
                ("nodes[1].id", &ProblemKind::IdUsedTwice { id: "p".into() }, Some(Position { line: 4, column: 4 })),
            ]
        );
    }

    #[test]
    fn a_problem_of_shape_is_typed_with_its_place() {
        let json = format!(r#"{{{HEAD}, "nodes": [{{"id": "b", "kind": "devine", "name": "B"}}]}}"#);
        let problems = load(&json).err().unwrap();
        assert_eq!(problems[0].path, "nodes[0].kind");
        assert!(matches!(&problems[0].kind, ProblemKind::Shape(Shape::UnknownValue { found, allowed })
            if found == "devine" && allowed.len() == 6));
        assert_eq!(problems[0].at.map(|at| at.line), Some(1));
        assert_eq!(problems[0].steps(), [Step::Field("nodes".into()), Step::Item(0), Step::Field("kind".into())]);
    }

    fn expect_lines(actual: &str, expected: &[&str]) {
        assert_eq!(actual, expected.join("\n"));
    }
}
