//! The `dependencies` section: both ends exist, the mode and group agree, and every piece of evidence is cited
//! (a report names an incident that lists the service).

use std::collections::{HashMap, HashSet};

use super::checks::{check_cited, check_link, check_via, unknown_node};
use super::{Graph, ProblemKind, Problems};
use crate::data::{DependencyMode, DependencyRecord, Evidence, EvidenceKind, IncidentRecord};
use crate::graph::{Dependency, Link};

/// Adds every dependency whose two ends exist, once per pair.
pub(super) fn add(
    records: &[DependencyRecord],
    incidents: &[IncidentRecord],
    graph: &mut Graph,
    problems: &mut Problems,
) {
    let reported: HashMap<&str, HashSet<&str>> = incidents
        .iter()
        .map(|incident| (incident.id.as_str(), incident.reported_affected.iter().map(String::as_str).collect()))
        .collect();
    let mut seen = HashSet::new();
    for (i, record) in records.iter().enumerate() {
        let path = format!("dependencies[{i}]");
        let dependent = graph.lookup(&record.dependent);
        let depends_on = graph.lookup(&record.depends_on);
        if dependent.is_none() {
            problems.add(format!("{path}.dependent"), unknown_node(&record.dependent));
        }
        if depends_on.is_none() {
            problems.add(format!("{path}.depends_on"), unknown_node(&record.depends_on));
        }
        if record.dependent == record.depends_on {
            problems.add(path.clone(), ProblemKind::SelfDependency);
        }
        match (record.mode, &record.group) {
            (DependencyMode::Redundant, None) => {
                problems.add(format!("{path}.group"), ProblemKind::RedundantWithoutGroup)
            }
            (DependencyMode::Required | DependencyMode::Soft, Some(_)) => {
                problems.add(format!("{path}.group"), ProblemKind::GroupWithoutRedundant)
            }
            _ => {}
        }
        if record.evidence.is_empty() {
            problems.add(format!("{path}.evidence"), ProblemKind::NoEvidence);
        }
        for (j, evidence) in record.evidence.iter().enumerate() {
            check_evidence(&format!("{path}.evidence[{j}]"), evidence, &record.dependent, &reported, problems);
        }
        let (Some(dependent), Some(depends_on)) = (dependent, depends_on) else { continue };
        if !seen.insert((dependent, depends_on)) {
            problems.add(
                path,
                ProblemKind::DependsTwice {
                    dependent: record.dependent.clone(),
                    depends_on: record.depends_on.clone(),
                },
            );
            continue;
        }
        let dependency = Dependency {
            role: record.role,
            mode: record.mode,
            group: record.group.clone(),
            evidence: record.evidence.clone(),
        };
        graph.graph.add_edge(depends_on, dependent, Link::Uses(dependency));
    }
}

/// A piece of evidence is cited; a report names an incident whose list has the dependent.
fn check_evidence(
    path: &str,
    evidence: &Evidence,
    dependent: &str,
    reported: &HashMap<&str, HashSet<&str>>,
    problems: &mut Problems,
) {
    check_cited(path, &evidence.publisher, &evidence.title, &evidence.date, problems);
    check_link(path, "url", evidence.url.as_deref(), problems);
    check_via(path, evidence.via.as_deref(), problems);
    match (evidence.kind, &evidence.incident) {
        (EvidenceKind::Reported, None) => problems.add(format!("{path}.incident"), ProblemKind::ReportWithoutIncident),
        (_, Some(incident)) => match reported.get(incident.as_str()) {
            None => problems.add(format!("{path}.incident"), ProblemKind::UnknownIncident { id: incident.clone() }),
            Some(affected) if !affected.contains(dependent) => problems.add(
                format!("{path}.incident"),
                ProblemKind::NotReportedInIncident { dependent: dependent.to_string(), incident: incident.clone() },
            ),
            Some(_) => {}
        },
        _ => {}
    }
}
