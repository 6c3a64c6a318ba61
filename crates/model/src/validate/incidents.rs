//! The `incidents` section: valid unique ids, cited sources, failed components that can be switched off, reported
//! services and misses that exist. Resolves every id to its node once.

use std::collections::HashSet;

use super::checks::{check_date, check_source, is_slug_path, unknown_node};
use super::{Graph, ProblemKind, Problems};
use crate::data::IncidentRecord;
use crate::graph::NodeIndex;
use crate::incident::Incident;

/// Checks every incident and returns them with ids resolved (unknown ids are reported and left out).
pub(super) fn resolve(records: Vec<IncidentRecord>, graph: &Graph, problems: &mut Problems) -> Vec<Incident> {
    let mut ids = HashSet::new();
    let mut resolved = Vec::with_capacity(records.len());
    for (i, record) in records.into_iter().enumerate() {
        let path = format!("incidents[{i}]");
        if !is_slug_path(&record.id) || record.id.contains('/') {
            problems.add(format!("{path}.id"), ProblemKind::BadIncidentId { id: record.id.clone() });
        }
        if !ids.insert(record.id.clone()) {
            problems.add(format!("{path}.id"), ProblemKind::IncidentIdUsedTwice { id: record.id.clone() });
        }
        check_date(&path, "date", &record.date, problems);
        for (j, source) in record.sources.iter().enumerate() {
            check_source(&format!("{path}.sources[{j}]"), source, problems);
        }
        if record.failed.is_empty() {
            problems.add(format!("{path}.failed"), ProblemKind::NothingFailed);
        }
        let mut failed = Vec::with_capacity(record.failed.len());
        for (j, id) in record.failed.iter().enumerate() {
            match graph.lookup(id) {
                None => problems.add(format!("{path}.failed[{j}]"), unknown_node(id)),
                Some(node) if !graph.graph[node].kind.is_switchable() => problems.add(
                    format!("{path}.failed[{j}]"),
                    ProblemKind::CannotFail { id: id.clone(), kind: graph.graph[node].kind },
                ),
                Some(node) => failed.push(node),
            }
        }
        let reported_affected =
            resolve_ids(&record.reported_affected, &format!("{path}.reported_affected"), graph, problems);
        let mut misses = Vec::with_capacity(record.misses.len());
        for (j, miss) in record.misses.iter().enumerate() {
            match graph.lookup(&miss.service) {
                Some(node) if record.reported_affected.contains(&miss.service) => misses.push((node, miss.why.clone())),
                _ => problems.add(
                    format!("{path}.misses[{j}].service"),
                    ProblemKind::MissNotReported { service: miss.service.clone() },
                ),
            }
        }
        resolved.push(Incident {
            id: record.id,
            name: record.name,
            name_fr: record.name_fr,
            date: record.date,
            duration_hours: record.duration_hours,
            cause_en: record.cause_en,
            cause_fr: record.cause_fr,
            failed,
            reported_affected,
            misses,
            sources: record.sources,
        });
    }
    resolved
}

fn resolve_ids(ids: &[String], path: &str, graph: &Graph, problems: &mut Problems) -> Vec<NodeIndex> {
    let mut resolved = Vec::with_capacity(ids.len());
    for (j, id) in ids.iter().enumerate() {
        match graph.lookup(id) {
            Some(node) => resolved.push(node),
            None => problems.add(format!("{path}[{j}]"), unknown_node(id)),
        }
    }
    resolved
}
