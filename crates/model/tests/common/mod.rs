//! What the model's test files share to build data files: a piece of evidence, the incidents that list the services
//! their reports name, and a data file around nodes and dependencies. Each test file uses part of it.

#![allow(dead_code)]

use std::collections::BTreeSet;

use cloudfall_model::data::{DataFile, DatasetInfo, DependencyRecord, Evidence, EvidenceKind, IncidentRecord};

/// A piece of evidence of `kind`, reporting `incident` when it is a report.
pub fn evidence(kind: EvidenceKind, incident: Option<&str>) -> Evidence {
    Evidence {
        kind,
        publisher: "test".into(),
        title: "test".into(),
        url: None,
        date: "2025".into(),
        incident: incident.map(str::to_string),
        note: None,
        note_fr: None,
        via: None,
    }
}

/// One incident per id, each failing `failed` and listing as reported affected every dependent whose evidence
/// reports that incident (as validation requires).
pub fn incidents(ids: &[&str], failed: &str, dependencies: &[DependencyRecord]) -> Vec<IncidentRecord> {
    ids.iter()
        .map(|&id| IncidentRecord {
            id: id.into(),
            name: id.into(),
            name_fr: None,
            date: "2025-10-20".into(),
            duration_hours: None,
            cause_en: "c".into(),
            cause_fr: "c".into(),
            failed: vec![failed.into()],
            reported_affected: dependencies
                .iter()
                .filter(|d| d.evidence.iter().any(|e| e.incident.as_deref() == Some(id)))
                .map(|d| d.dependent.clone())
                .collect::<BTreeSet<_>>()
                .into_iter()
                .collect(),
            misses: vec![],
            sources: vec![],
        })
        .collect()
}

/// A data file with these nodes, dependencies and incidents, checked as of `as_of`.
pub fn data_file(
    as_of: &str,
    nodes: Vec<cloudfall_model::data::NodeRecord>,
    dependencies: Vec<DependencyRecord>,
    incidents: Vec<IncidentRecord>,
) -> DataFile {
    DataFile {
        schema: None,
        dataset: DatasetInfo {
            id: "p".into(),
            version: "1".into(),
            as_of: as_of.into(),
            title: "p".into(),
            notes: vec![],
            notes_fr: vec![],
            licence: None,
            citation: None,
            changelog: Vec::new(),
            details: None,
        },
        market_shares: vec![],
        nodes,
        dependencies,
        incidents,
    }
}
