//! Turns a data file's text into a `Model`, or into the list of every problem found.
//! It never panics on user data: each problem carries its JSON path and a sentence a data editor understands.

use std::collections::{HashMap, HashSet};
use std::fmt;

use petgraph::graph::DiGraph;

use crate::data::{DataFile, DependencyMode, EvidenceKind, NodeKind, NodeRecord, ShareLabel, Source};
use crate::graph::{Adjacency, Dependency, Link, Model, Node, NodeId};

/// One thing wrong with a data file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// Where, as a JSON path: `dependencies[3].evidence[0].date`.
    pub path: String,
    pub message: String,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.path.is_empty() {
            f.write_str(&self.message)
        } else {
            write!(f, "{}: {}", self.path, self.message)
        }
    }
}

/// Parses and validates a data file.
///
/// # Errors
/// Every problem found, each with its JSON path; nothing is returned half-loaded.
pub fn load(json: &str) -> Result<Model, Vec<Problem>> {
    let file: DataFile = serde_json::from_str(json).map_err(|error| {
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
    build(file)
}

/// Validates parsed data and builds the model.
///
/// # Errors
/// Every problem found, each with its JSON path.
pub fn build(file: DataFile) -> Result<Model, Vec<Problem>> {
    let mut problems = Problems::default();
    check_dataset(&file, &mut problems);

    let mut graph: DiGraph<Node, Link> = DiGraph::with_capacity(file.nodes.len(), file.dependencies.len());
    let mut index = HashMap::with_capacity(file.nodes.len());
    for (i, record) in file.nodes.iter().enumerate() {
        let path = format!("nodes[{i}]");
        if !is_slug_path(&record.id) {
            problems.add(
                format!("{path}.id"),
                format!(
                    "\"{}\" is not a valid id: use lowercase letters, digits and dashes, with / between levels (like aws/us-east-1)",
                    record.id
                ),
            );
        }
        if record.name.trim().is_empty() {
            problems.add(format!("{path}.name"), "the name is empty".to_string());
        }
        let id = NodeId::new(record.id.clone());
        if index.contains_key(&id) {
            problems.add(format!("{path}.id"), format!("the id \"{id}\" is used twice"));
            continue;
        }
        let node = Node {
            id: id.clone(),
            kind: record.kind,
            name: record.name.clone(),
            short_name: record.short_name.clone(),
            category: record.category.clone(),
            country: record.country.clone(),
            description: record.description.clone(),
            description_fr: record.description_fr.clone(),
            audience: record.audience.clone(),
        };
        check_node_facts(&path, record, &mut problems);
        index.insert(id, graph.add_node(node));
    }

    // Containment: every hierarchical id's parent must exist; the parent contains the child.
    for (i, record) in file.nodes.iter().enumerate() {
        let id = NodeId::new(record.id.clone());
        let Some(parent) = id.parent() else { continue };
        match (index.get(&parent), index.get(&id)) {
            (Some(&parent_index), Some(&child_index)) => {
                graph.add_edge(parent_index, child_index, Link::Contains);
            }
            (None, _) => problems.add(
                format!("nodes[{i}].id"),
                format!("\"{id}\" sits inside \"{parent}\", but there is no node with that id"),
            ),
            _ => {}
        }
    }

    let incidents: HashMap<&str, HashSet<&str>> = file
        .incidents
        .iter()
        .map(|incident| (incident.id.as_str(), incident.reported_affected.iter().map(String::as_str).collect()))
        .collect();
    let mut seen_edges = HashSet::new();
    for (i, record) in file.dependencies.iter().enumerate() {
        let path = format!("dependencies[{i}]");
        let dependent = index.get(&NodeId::new(record.dependent.clone())).copied();
        let depends_on = index.get(&NodeId::new(record.depends_on.clone())).copied();
        if dependent.is_none() {
            problems.add(format!("{path}.dependent"), unknown_node(&record.dependent));
        }
        if depends_on.is_none() {
            problems.add(format!("{path}.depends_on"), unknown_node(&record.depends_on));
        }
        if record.dependent == record.depends_on {
            problems.add(path.clone(), "a node cannot depend on itself".to_string());
        }
        if !ROLES.contains(&record.role.as_str()) {
            problems.add(
                format!("{path}.role"),
                format!("\"{}\" is not a known role; use one of: {}", record.role, ROLES.join(", ")),
            );
        }
        match (record.mode, &record.group) {
            (DependencyMode::Redundant, None) => problems.add(
                format!("{path}.group"),
                "a redundant dependency needs a group naming the alternatives that back each other up".to_string(),
            ),
            (DependencyMode::Required | DependencyMode::Soft, Some(_)) => {
                problems.add(format!("{path}.group"), "only redundant dependencies have a group".to_string())
            }
            _ => {}
        }
        if record.evidence.is_empty() {
            problems.add(
                format!("{path}.evidence"),
                "every dependency needs at least one piece of evidence with its source".to_string(),
            );
        }
        for (j, evidence) in record.evidence.iter().enumerate() {
            let evidence_path = format!("{path}.evidence[{j}]");
            check_cited(&evidence_path, &evidence.publisher, &evidence.title, &evidence.date, &mut problems);
            match (evidence.kind, &evidence.incident) {
                (EvidenceKind::Reported, None) => problems.add(
                    format!("{evidence_path}.incident"),
                    "reported evidence must name the incident in which the service was reported affected".to_string(),
                ),
                (_, Some(incident)) => match incidents.get(incident.as_str()) {
                    None => problems.add(
                        format!("{evidence_path}.incident"),
                        format!("there is no incident with the id \"{incident}\""),
                    ),
                    Some(affected) if !affected.contains(record.dependent.as_str()) => problems.add(
                        format!("{evidence_path}.incident"),
                        format!(
                            "\"{}\" is not in the reported_affected list of incident \"{incident}\": add it there too",
                            record.dependent
                        ),
                    ),
                    Some(_) => {}
                },
                _ => {}
            }
        }
        if let (Some(dependent), Some(depends_on)) = (dependent, depends_on) {
            if !seen_edges.insert((dependent, depends_on)) {
                problems.add(
                    path.clone(),
                    format!(
                        "\"{}\" already depends on \"{}\": merge the evidence into one dependency",
                        record.dependent, record.depends_on
                    ),
                );
                continue;
            }
            let dependency = Dependency {
                role: record.role.clone(),
                mode: record.mode,
                group: record.group.clone(),
                evidence: record.evidence.clone(),
            };
            graph.add_edge(depends_on, dependent, Link::Uses(dependency));
        }
    }

    let mut table_keys = HashSet::new();
    for (i, table) in file.market_shares.iter().enumerate() {
        let path = format!("market_shares[{i}]");
        if !table_keys.insert(table.key()) {
            problems.add(
                format!("{path}.period"),
                format!("there is already a {} table for {}: one table per period", table.scope.as_str(), table.period),
            );
        }
        if table.sources.is_empty() {
            problems.add(format!("{path}.sources"), "every market-share table needs a source".to_string());
        }
        for (j, source) in table.sources.iter().enumerate() {
            check_source(&format!("{path}.sources[{j}]"), source, &mut problems);
        }
        let mut total = 0.0;
        for (j, share) in table.shares.iter().enumerate() {
            let share_path = format!("{path}.shares[{j}]");
            if !(0.0..=100.0).contains(&share.percent) {
                problems.add(
                    format!("{share_path}.percent"),
                    format!("{} is not a percentage between 0 and 100", share.percent),
                );
            }
            total += share.percent;
            match share.source {
                Some(source) if source >= table.sources.len() => problems.add(
                    format!("{share_path}.source"),
                    format!("there is no source number {source} in this table (they are numbered from 0)"),
                ),
                None if table.sources.len() > 1 && share.label != Some(ShareLabel::Others) => problems.add(
                    format!("{share_path}.source"),
                    "this table has several sources: say which one gives this figure (0 for the first)".to_string(),
                ),
                _ => {}
            }
            match (&share.provider, &share.label) {
                (Some(provider), _) => match index.get(&NodeId::new(provider.clone())) {
                    Some(&node) if graph[node].kind == NodeKind::Provider => {}
                    Some(_) => {
                        problems.add(format!("{share_path}.provider"), format!("\"{provider}\" is not a provider"))
                    }
                    None => problems.add(format!("{share_path}.provider"), unknown_node(provider)),
                },
                (None, Some(_)) => {}
                (None, None) => problems.add(share_path, "a share needs a provider id or a label".to_string()),
            }
        }
        if total > 100.5 {
            problems.add(format!("{path}.shares"), format!("the shares add up to {total:.1} %, more than 100 %"));
        }
    }

    let mut incident_ids = HashSet::new();
    for (i, incident) in file.incidents.iter().enumerate() {
        let path = format!("incidents[{i}]");
        if !is_slug_path(&incident.id) || incident.id.contains('/') {
            problems.add(
                format!("{path}.id"),
                format!(
                    "\"{}\" is not a valid incident id: use lowercase letters, digits and dashes, like aws-2025-10-20",
                    incident.id
                ),
            );
        }
        if !incident_ids.insert(incident.id.as_str()) {
            problems.add(format!("{path}.id"), format!("the incident id \"{}\" is used twice", incident.id));
        }
        check_date(&format!("{path}.date"), &incident.date, &mut problems);
        for (j, source) in incident.sources.iter().enumerate() {
            check_source(&format!("{path}.sources[{j}]"), source, &mut problems);
        }
        if incident.failed.is_empty() {
            problems.add(format!("{path}.failed"), "name at least one component that failed".to_string());
        }
        for (j, id) in incident.failed.iter().enumerate() {
            match index.get(&NodeId::new(id.clone())) {
                None => problems.add(format!("{path}.failed[{j}]"), unknown_node(id)),
                Some(&node) if !graph[node].kind.is_switchable() => problems.add(
                    format!("{path}.failed[{j}]"),
                    format!(
                        "\"{id}\" is a {}: only providers, regions, zones and cloud services can fail here",
                        graph[node].kind.as_str()
                    ),
                ),
                Some(_) => {}
            }
        }
        for (j, id) in incident.reported_affected.iter().enumerate() {
            if !index.contains_key(&NodeId::new(id.clone())) {
                problems.add(format!("{path}.reported_affected[{j}]"), unknown_node(id));
            }
        }
        for (j, miss) in incident.misses.iter().enumerate() {
            if !incident.reported_affected.contains(&miss.service) {
                problems.add(
                    format!("{path}.misses[{j}].service"),
                    format!("\"{}\" is not in this incident's reported_affected list", miss.service),
                );
            }
        }
    }

    let adjacency = Adjacency::build(&graph, &file.incidents);
    problems.into_result(Model {
        info: file.dataset,
        graph,
        index,
        market: file.market_shares,
        incidents: file.incidents,
        adjacency,
    })
}

#[derive(Default)]
struct Problems(Vec<Problem>);

impl Problems {
    fn add(&mut self, path: String, message: String) {
        self.0.push(Problem { path, message });
    }

    fn into_result<T>(self, value: T) -> Result<T, Vec<Problem>> {
        if self.0.is_empty() {
            Ok(value)
        } else {
            Err(self.0)
        }
    }
}

fn check_dataset(file: &DataFile, problems: &mut Problems) {
    check_date("dataset.as_of", &file.dataset.as_of, problems);
    if file.dataset.version.trim().is_empty() {
        problems.add("dataset.version".to_string(), "the dataset needs a version".to_string());
    }
}

/// What a dependency can provide; the app has a name for each in every language.
pub const ROLES: [&str; 17] = [
    "hosting",
    "compute",
    "database",
    "storage",
    "cdn",
    "dns",
    "authentication",
    "payments",
    "messaging",
    "support",
    "monitoring",
    "collaboration",
    "control-plane",
    "network",
    "identity",
    "ai",
    "unknown",
];

/// The categories of web services and suppliers; the app has a name for each in every language.
pub const CATEGORIES: [&str; 27] = [
    "social",
    "messaging",
    "video",
    "music",
    "gaming",
    "travel",
    "commerce",
    "banking",
    "payments",
    "news",
    "productivity",
    "public",
    "education",
    "ai",
    "health",
    "transport",
    "developer",
    "authentication",
    "support",
    "monitoring",
    "collaboration",
    "cdn",
    "dns",
    "other",
    "storage",
    "database",
    "hosting",
];

fn check_node_facts(path: &str, record: &NodeRecord, problems: &mut Problems) {
    if let Some(category) = &record.category {
        if !CATEGORIES.contains(&category.as_str()) {
            problems.add(
                format!("{path}.category"),
                format!("\"{category}\" is not a known category; use one of: {}", CATEGORIES.join(", ")),
            );
        }
    }
    if let Some(country) = &record.country {
        if country.len() != 2 || !country.bytes().all(|b| b.is_ascii_uppercase()) {
            problems.add(
                format!("{path}.country"),
                format!("\"{country}\" is not a country code: write two capital letters, like FR or US"),
            );
        }
    }
    if let Some(audience) = &record.audience {
        if !(audience.millions.is_finite() && audience.millions > 0.0) {
            problems.add(
                format!("{path}.audience.millions"),
                format!("{} is not a number of millions of people", audience.millions),
            );
        }
        if audience.measure.trim().is_empty() {
            problems.add(
                format!("{path}.audience.measure"),
                "say what was counted (monthly active users, ...)".to_string(),
            );
        }
        check_source(&format!("{path}.audience.source"), &audience.source, problems);
    }
}

fn check_source(path: &str, source: &Source, problems: &mut Problems) {
    check_cited(path, &source.publisher, &source.title, &source.date, problems);
}

fn check_cited(path: &str, publisher: &str, title: &str, date: &str, problems: &mut Problems) {
    if publisher.trim().is_empty() {
        problems.add(format!("{path}.publisher"), "name who published the source".to_string());
    }
    if title.trim().is_empty() {
        problems.add(format!("{path}.title"), "give the source's title".to_string());
    }
    check_date(&format!("{path}.date"), date, problems);
}

fn check_date(path: &str, date: &str, problems: &mut Problems) {
    if !is_date(date) {
        problems.add(path.to_string(), format!("\"{date}\" is not a date: write YYYY, YYYY-MM or YYYY-MM-DD"));
    }
}

fn unknown_node(id: &str) -> String {
    format!("there is no node with the id \"{id}\"")
}

/// `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, with a plausible month and day.
fn is_date(text: &str) -> bool {
    let parts: Vec<&str> = text.split('-').collect();
    let number = |part: &str, len: usize, range: std::ops::RangeInclusive<u32>| {
        part.len() == len
            && part.bytes().all(|b| b.is_ascii_digit())
            && part.parse::<u32>().is_ok_and(|n| range.contains(&n))
    };
    match parts.as_slice() {
        [year] => number(year, 4, 1900..=2100),
        [year, month] => number(year, 4, 1900..=2100) && number(month, 2, 1..=12),
        [year, month, day] => number(year, 4, 1900..=2100) && number(month, 2, 1..=12) && number(day, 2, 1..=31),
        _ => false,
    }
}

/// Lowercase slugs separated by `/`: `aws/us-east-1/dynamodb`.
fn is_slug_path(id: &str) -> bool {
    !id.is_empty()
        && id.split('/').all(|segment| {
            !segment.is_empty()
                && segment.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-' || b == b'.')
        })
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

    fn expect_lines(actual: &str, expected: &[&str]) {
        assert_eq!(actual, expected.join("\n"));
    }
}
