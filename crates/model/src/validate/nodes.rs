//! The `nodes` section: ids, names, facts, and the containment their hierarchical ids imply.

use super::checks::{check_plain_text, check_source, is_slug_path};
use super::{Graph, ProblemKind, Problems};
use crate::data::{NodeKind, NodeRecord};
use crate::graph::{Link, Node, NodeId};

/// Adds every node with a valid, unique id, then links each to the node that contains it.
pub(super) fn add(records: &[NodeRecord], graph: &mut Graph, problems: &mut Problems) {
    for (i, record) in records.iter().enumerate() {
        let path = format!("nodes[{i}]");
        if !is_slug_path(&record.id) {
            problems.add(format!("{path}.id"), ProblemKind::BadId { id: record.id.clone() });
        }
        if record.name.trim().is_empty() {
            problems.add(format!("{path}.name"), ProblemKind::EmptyName);
        }
        check_plain_text(&path, "name", &record.name, problems);
        if let Some(short_name_fr) = &record.short_name_fr {
            check_plain_text(&path, "short_name_fr", short_name_fr, problems);
        }
        if let Some(short_name) = &record.short_name {
            check_plain_text(&path, "short_name", short_name, problems);
        }
        let id = NodeId::new(record.id.clone());
        if graph.index.contains_key(&id) {
            problems.add(format!("{path}.id"), ProblemKind::IdUsedTwice { id: id.to_string() });
            continue;
        }
        check_facts(&path, record, problems);
        let node = Node {
            id: id.clone(),
            kind: record.kind,
            name: record.name.clone(),
            name_fr: record.name_fr.clone(),
            short_name: record.short_name.clone(),
            short_name_fr: record.short_name_fr.clone(),
            category: record.category,
            country: record.country.clone(),
            country_source: record.country_source.clone(),
            description: record.description.clone(),
            description_fr: record.description_fr.clone(),
            audience: record.audience.clone(),
            hosting_note: record.hosting_note.clone(),
            hosting_note_fr: record.hosting_note_fr.clone(),
        };
        let index = graph.graph.add_node(node);
        graph.index.insert(id, index);
    }

    // Containment: every hierarchical id's parent must exist; the parent contains the child.
    for (i, record) in records.iter().enumerate() {
        let id = NodeId::new(record.id.clone());
        let Some(parent) = id.parent() else { continue };
        match (graph.index.get(&parent).copied(), graph.index.get(&id).copied()) {
            (Some(parent_index), Some(child_index)) => {
                graph.graph.add_edge(parent_index, child_index, Link::Contains);
            }
            (None, _) => problems.add(
                format!("nodes[{i}].id"),
                ProblemKind::NoParent { id: id.to_string(), parent: parent.to_string() },
            ),
            _ => {}
        }
    }
}

fn check_facts(path: &str, record: &NodeRecord, problems: &mut Problems) {
    if let Some(country) = &record.country {
        if country.len() != 2 || !country.bytes().all(|b| b.is_ascii_uppercase()) {
            problems.add(format!("{path}.country"), ProblemKind::BadCountry { country: country.clone() });
        }
    }
    if let Some(source) = &record.country_source {
        check_source(&format!("{path}.country_source"), source, problems);
    }
    if record.country_source.is_some() && record.country.is_none() {
        problems.add(format!("{path}.country_source"), ProblemKind::CountrySourceWithoutCountry);
    }
    if let Some(audience) = &record.audience {
        if !(audience.millions.is_finite() && audience.millions > 0.0) {
            problems.add(
                format!("{path}.audience.millions"),
                ProblemKind::BadAudience { millions: audience.millions.to_string() },
            );
        }
        if audience.measure.trim().is_empty() {
            problems.add(format!("{path}.audience.measure"), ProblemKind::NoMeasure);
        }
        check_source(&format!("{path}.audience.source"), &audience.source, problems);
    }
    if let Some(name_fr) = &record.name_fr {
        check_plain_text(path, "name_fr", name_fr, problems);
    }
    for (field, note) in [("hosting_note", &record.hosting_note), ("hosting_note_fr", &record.hosting_note_fr)] {
        if let Some(note) = note {
            check_plain_text(path, field, note, problems);
        }
    }
    if record.hosting_note.is_some() && record.kind != NodeKind::WebService {
        problems.add(format!("{path}.hosting_note"), ProblemKind::HostingNoteNotWebService);
    }
}
