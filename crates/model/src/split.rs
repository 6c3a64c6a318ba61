//! The data for the first load, in two files (issue 19's weight, issue 16's embed budget). Editors keep ONE full data
//! file; `cloudfall split` writes from it a CORE file, with what the first map needs (nodes with their names, kinds,
//! categories, countries and audience figures; dependencies with role, mode, group and each evidence item's kind,
//! date and incident; the market tables; incidents without their long texts), and a DETAILS file with the rest
//! (publishers, titles, links, notes, copies read through, descriptions, country sources, hosting notes, incidents'
//! causes, misses and sources; the dataset's notes and changelog). The app paints from the core and joins the details when they arrive.
//!
//! The core is a data file of the full format whose texts are left empty and whose `dataset.details` names the
//! details file, `cloudfall.details.<hash>.json`: the hash is of the full file, so a core and the details of
//! another version never join, whatever a cache serves. The core is checked as strictly as a full file
//! ([`load_core`]: ids, kinds, cycles, dates, incidents), and [`join`] checks that the details match it (same
//! dataset and version, same file name, every node, evidence item and incident found, nothing left over).

use std::collections::HashMap;

use serde::{Deserialize, Serialize};

use crate::data::{ChangelogEntry, DataFile, DependencyRecord, Evidence, IncidentRecord, NodeRecord, Source};
use crate::graph::Model;
use crate::validate::{build, parse_file, Problem, ProblemKind};

/// What stands in, while the app checks a core, for a citation's publisher and title left in the details: the
/// core's checks need a name there, and the app never shows it (it says the sources are loading instead).
pub const PENDING: &str = "…";

/// Whether a citation's publisher or title is one the details file has still to give: empty in a core file, or the
/// [`PENDING`] stand-in in a model built from one. Citations the core keeps (the market tables') are never pending.
pub fn is_pending(text: &str) -> bool {
    text.is_empty() || text == PENDING
}

/// The core file's name in the built site, next to the page's `data/` folder.
pub const CORE_FILE: &str = "cloudfall.core.json";

/// The embed's story core (issue 16's weight): the core without the market tables, which the story view never
/// shows. An article's reader downloads it, and only it, before the story's first paint.
pub const STORY_FILE: &str = "cloudfall.story.json";

/// The texts of one node that the first map does not need.
#[derive(Debug, Clone, Default, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct NodeDetails {
    /// The node's id, to find it in the core.
    pub id: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description_fr: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub country_source: Option<Source>,
    /// The audience's source without its date (the date stays in the core, for the audit of old figures).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub audience_source: Option<Cited>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hosting_note: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hosting_note_fr: Option<String>,
}

/// A citation's texts: who, what, where, and the copy read through. Its kind, date and incident stay in the core.
#[derive(Debug, Clone, Default, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Cited {
    pub publisher: String,
    pub title: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub via: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note_fr: Option<String>,
}

/// An incident's long texts: what happened, why the model misses some services, and the sources.
#[derive(Debug, Clone, Default, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct IncidentDetails {
    pub id: String,
    pub cause_en: String,
    pub cause_fr: String,
    /// The reasons of the incident's misses, in the core's order.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub misses: Vec<String>,
    /// The same reasons in French, where the data gives them (split format 2; the core kept them before).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub misses_fr: Vec<Option<String>>,
    pub sources: Vec<Source>,
}

/// The details file: everything the core leaves out.
#[derive(Debug, Clone, Default, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct DetailsFile {
    /// Its own name, as the core's `dataset.details` gives it.
    pub file: String,
    /// The dataset's id and version, as in the core.
    pub dataset: String,
    pub version: String,
    /// The dataset's notes on its limits and its changelog, which no first paint shows.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub notes: Vec<String>,
    /// The same notes in French (the core kept them until data 2.0.0's split, which no first paint showed either).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub notes_fr: Vec<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub changelog: Vec<ChangelogEntry>,
    /// Only the nodes that have details, each with its id.
    pub nodes: Vec<NodeDetails>,
    /// One list per dependency, in the core's order: one citation per evidence item.
    pub evidence: Vec<Vec<Cited>>,
    /// One per incident, in the core's order.
    pub incidents: Vec<IncidentDetails>,
}

/// The two files `cloudfall split` writes.
#[derive(Debug, Clone, PartialEq)]
pub struct Split {
    pub core: DataFile,
    pub details: DetailsFile,
}

impl Split {
    /// The story core: the core with no market table (the story shows none), read by [`load_core`] like the core.
    pub fn story(&self) -> DataFile {
        DataFile { market_shares: Vec::new(), ..self.core.clone() }
    }

    /// The story core as the text written to disk.
    ///
    /// # Errors
    /// A sentence if it cannot be written as JSON (it always can for data that parsed).
    pub fn story_json(&self) -> Result<String, String> {
        serde_json::to_string(&self.story())
            .map_err(|error| format!("The story file could not be written as JSON: {error}"))
    }

    /// Both files as the text written to disk: compact JSON (the core is read by a machine before the first map).
    ///
    /// # Errors
    /// A sentence if a file cannot be written as JSON (it always can for data that parsed).
    pub fn to_json(&self) -> Result<(String, String), String> {
        let write = |what: &str, result: Result<String, serde_json::Error>| {
            result.map_err(|error| format!("The {what} file could not be written as JSON: {error}"))
        };
        Ok((write("core", serde_json::to_string(&self.core))?, write("details", serde_json::to_string(&self.details))?))
    }
}

/// 64-bit FNV-1a of `bytes`: a short, stable fingerprint of the full file for the details file's name (not a
/// defence against forgery, only against mixing versions).
fn fingerprint(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |hash, &byte| (hash ^ u64::from(byte)).wrapping_mul(0x0100_0000_01b3))
}

/// What the split puts where, as a number: changed whenever a field moves between the core and the details (2: the
/// dataset's French notes and the misses' French reasons moved to the details), so the details' name changes with their content even when the
/// data does not, and a browser that kept the old file for a year (`immutable`, docs/publishing.md) never joins it.
const SPLIT_FORMAT: u8 = 2;

/// The details file's name for `file`: `cloudfall.details.<16 hex digits>.json`, from the full file's content and
/// the split's format.
///
/// # Errors
/// A sentence if the file cannot be written as JSON.
pub fn details_name(file: &DataFile) -> Result<String, String> {
    let mut text =
        serde_json::to_string(file).map_err(|error| format!("The data could not be written as JSON: {error}"))?;
    if SPLIT_FORMAT > 1 {
        text.push_str(&format!("\nsplit {SPLIT_FORMAT}"));
    }
    Ok(format!("cloudfall.details.{:016x}.json", fingerprint(text.as_bytes())))
}

/// Splits a full data file into its core and its details. Deterministic: the same file gives the same two files.
///
/// # Errors
/// A sentence when `file` is itself a core (it has no texts left to split off) or cannot be written as JSON.
pub fn split(file: &DataFile) -> Result<Split, String> {
    if file.dataset.details.is_some() {
        return Err("This is already a core file (its dataset names a details file): split the full file".into());
    }
    let name = details_name(file)?;
    let mut core = file.clone();
    core.schema = None;
    core.dataset.details = Some(name.clone());
    let mut details = DetailsFile {
        file: name,
        dataset: file.dataset.id.clone(),
        version: file.dataset.version.clone(),
        notes: std::mem::take(&mut core.dataset.notes),
        notes_fr: std::mem::take(&mut core.dataset.notes_fr),
        changelog: std::mem::take(&mut core.dataset.changelog),
        ..DetailsFile::default()
    };
    for node in &mut core.nodes {
        let taken = take_node(node);
        if taken != (NodeDetails { id: node.id.clone(), ..NodeDetails::default() }) {
            details.nodes.push(taken);
        }
    }
    details.evidence = core
        .dependencies
        .iter_mut()
        .map(|dependency| dependency.evidence.iter_mut().map(take_evidence).collect())
        .collect();
    details.incidents = core.incidents.iter_mut().map(take_incident).collect();
    Ok(Split { core, details })
}

fn take_node(node: &mut NodeRecord) -> NodeDetails {
    NodeDetails {
        id: node.id.clone(),
        description: node.description.take(),
        description_fr: node.description_fr.take(),
        country_source: node.country_source.take(),
        audience_source: node.audience.as_mut().map(|audience| take_source(&mut audience.source)),
        hosting_note: node.hosting_note.take(),
        hosting_note_fr: node.hosting_note_fr.take(),
    }
}

/// A source's texts, leaving its date.
fn take_source(source: &mut Source) -> Cited {
    Cited {
        publisher: std::mem::take(&mut source.publisher),
        title: std::mem::take(&mut source.title),
        url: source.url.take(),
        via: source.via.take(),
        note: None,
        note_fr: None,
    }
}

fn take_evidence(evidence: &mut Evidence) -> Cited {
    Cited {
        publisher: std::mem::take(&mut evidence.publisher),
        title: std::mem::take(&mut evidence.title),
        url: evidence.url.take(),
        via: evidence.via.take(),
        note: evidence.note.take(),
        note_fr: evidence.note_fr.take(),
    }
}

fn take_incident(incident: &mut IncidentRecord) -> IncidentDetails {
    IncidentDetails {
        id: incident.id.clone(),
        cause_en: std::mem::take(&mut incident.cause_en),
        cause_fr: std::mem::take(&mut incident.cause_fr),
        misses: incident.misses.iter_mut().map(|miss| std::mem::take(&mut miss.why)).collect(),
        misses_fr: if incident.misses.iter().any(|miss| miss.why_fr.is_some()) {
            incident.misses.iter_mut().map(|miss| miss.why_fr.take()).collect()
        } else {
            Vec::new()
        },
        sources: std::mem::take(&mut incident.sources),
    }
}

/// Puts the details back into the core: the full data file again, checked to belong together.
///
/// # Errors
/// Every mismatch, each with its place: another dataset, version or file name; a node, dependency, evidence item or
/// incident of one file missing from the other.
pub fn join(core: DataFile, details: &DetailsFile) -> Result<DataFile, Vec<Problem>> {
    let mut problems = Vec::new();
    let mut problem = |path: String, message: String| {
        problems.push(Problem { path, kind: ProblemKind::SplitMismatch { detail: message }, at: None })
    };
    let expected = core.dataset.details.as_deref().unwrap_or_default();
    if core.dataset.details.is_none() {
        problem(
            "dataset.details".into(),
            "The core file does not name a details file: split the full file again".into(),
        );
    } else if details.file != expected {
        problem(
            "file".into(),
            format!(
                "The details file is {}, but the core asks for {expected}: both must come from the same split",
                details.file
            ),
        );
    }
    if details.dataset != core.dataset.id || details.version != core.dataset.version {
        problem(
            "version".into(),
            format!(
                "The details are for {} {}, the core for {} {}: reload the page",
                details.dataset, details.version, core.dataset.id, core.dataset.version
            ),
        );
    }
    let mut full = core;
    full.dataset.details = None;
    full.dataset.notes.clone_from(&details.notes);
    full.dataset.notes_fr.clone_from(&details.notes_fr);
    full.dataset.changelog.clone_from(&details.changelog);
    let positions: HashMap<String, usize> =
        full.nodes.iter().enumerate().map(|(i, node)| (node.id.clone(), i)).collect();
    for (i, node) in details.nodes.iter().enumerate() {
        match positions.get(node.id.as_str()).and_then(|&at| full.nodes.get_mut(at)) {
            Some(record) => {
                if let Err(message) = put_node(record, node) {
                    problem(format!("nodes[{i}]"), message);
                }
            }
            None => problem(format!("nodes[{i}].id"), format!("The core has no node \"{}\"", node.id)),
        }
    }
    if details.evidence.len() != full.dependencies.len() {
        problem(
            "evidence".into(),
            format!(
                "The details cite {} dependencies, the core has {}",
                details.evidence.len(),
                full.dependencies.len()
            ),
        );
    }
    for (i, (dependency, cited)) in full.dependencies.iter_mut().zip(&details.evidence).enumerate() {
        if let Err(message) = put_evidence(dependency, cited) {
            problem(format!("evidence[{i}]"), message);
        }
    }
    if details.incidents.len() != full.incidents.len() {
        problem(
            "incidents".into(),
            format!("The details have {} incidents, the core {}", details.incidents.len(), full.incidents.len()),
        );
    }
    for (i, (incident, texts)) in full.incidents.iter_mut().zip(&details.incidents).enumerate() {
        if let Err(message) = put_incident(incident, texts) {
            problem(format!("incidents[{i}]"), message);
        }
    }
    if problems.is_empty() {
        Ok(full)
    } else {
        Err(problems)
    }
}

fn put_node(record: &mut NodeRecord, node: &NodeDetails) -> Result<(), String> {
    record.description.clone_from(&node.description);
    record.description_fr.clone_from(&node.description_fr);
    record.country_source.clone_from(&node.country_source);
    record.hosting_note.clone_from(&node.hosting_note);
    record.hosting_note_fr.clone_from(&node.hosting_note_fr);
    match (&mut record.audience, &node.audience_source) {
        (Some(audience), Some(cited)) => put_source(&mut audience.source, cited),
        (None, None) => {}
        _ => return Err(format!("The audience of \"{}\" and its source are not in the same split", record.id)),
    }
    Ok(())
}

fn put_source(source: &mut Source, cited: &Cited) {
    source.publisher.clone_from(&cited.publisher);
    source.title.clone_from(&cited.title);
    source.url.clone_from(&cited.url);
    source.via.clone_from(&cited.via);
}

fn put_evidence(dependency: &mut DependencyRecord, cited: &[Cited]) -> Result<(), String> {
    if cited.len() != dependency.evidence.len() {
        return Err(format!(
            "{} -> {}: the details cite {} evidence items, the core has {}",
            dependency.dependent,
            dependency.depends_on,
            cited.len(),
            dependency.evidence.len()
        ));
    }
    for (evidence, cited) in dependency.evidence.iter_mut().zip(cited) {
        evidence.publisher.clone_from(&cited.publisher);
        evidence.title.clone_from(&cited.title);
        evidence.url.clone_from(&cited.url);
        evidence.via.clone_from(&cited.via);
        evidence.note.clone_from(&cited.note);
        evidence.note_fr.clone_from(&cited.note_fr);
    }
    Ok(())
}

fn put_incident(incident: &mut IncidentRecord, texts: &IncidentDetails) -> Result<(), String> {
    if incident.id != texts.id {
        return Err(format!("The details have incident \"{}\" where the core has \"{}\"", texts.id, incident.id));
    }
    if incident.misses.len() != texts.misses.len() {
        return Err(format!(
            "Incident \"{}\": the details explain {} misses, the core has {}",
            incident.id,
            texts.misses.len(),
            incident.misses.len()
        ));
    }
    incident.cause_en.clone_from(&texts.cause_en);
    incident.cause_fr.clone_from(&texts.cause_fr);
    incident.sources.clone_from(&texts.sources);
    if !texts.misses_fr.is_empty() && texts.misses_fr.len() != texts.misses.len() {
        return Err(format!(
            "Incident \"{}\": the details explain {} misses in French, {} in English",
            incident.id,
            texts.misses_fr.len(),
            texts.misses.len()
        ));
    }
    for (at, (miss, why)) in incident.misses.iter_mut().zip(&texts.misses).enumerate() {
        miss.why.clone_from(why);
        if let Some(french) = texts.misses_fr.get(at) {
            miss.why_fr.clone_from(french);
        }
    }
    Ok(())
}

/// Reads a core file and checks it as strictly as a full file (ids, kinds, parents, cycles, dates, incidents, market
/// shares): only the citations' publishers and titles, which are in the details, stand in as [`PENDING`]. The
/// model says so ([`Model::texts_pending`]) until [`load_details`] replaces it.
///
/// # Errors
/// Every problem found, each with its path; a full file (with no `dataset.details`) is refused, as it has no
/// details to wait for: open it with `load`.
pub fn load_core(json: &str) -> Result<Model, Vec<Problem>> {
    core_model(parse_file(json)?)
}

/// Like [`load_core`] for the embed's story core (the core without market tables), read without serde
/// ([`crate::story_core`]): the story binary links this reader only.
///
/// # Errors
/// Every problem found, each with its path, as [`load_core`].
pub fn load_story(json: &str) -> Result<Model, Vec<Problem>> {
    core_model(crate::story_core::read(json)?)
}

/// A core's model: its citations' texts stand in as [`PENDING`] until the details come.
fn core_model(mut core: DataFile) -> Result<Model, Vec<Problem>> {
    let Some(name) = core.dataset.details.take() else {
        return Err(vec![Problem { path: "dataset.details".into(), kind: ProblemKind::NotACoreFile, at: None }]);
    };
    for evidence in core.dependencies.iter_mut().flat_map(|dependency| dependency.evidence.iter_mut()) {
        stand_in(&mut evidence.publisher, &mut evidence.title);
    }
    for audience in core.nodes.iter_mut().filter_map(|node| node.audience.as_mut()) {
        stand_in(&mut audience.source.publisher, &mut audience.source.title);
    }
    let mut model = build(core)?;
    model.info.details = Some(name);
    Ok(model)
}

fn stand_in(publisher: &mut String, title: &mut String) {
    for text in [publisher, title] {
        if text.is_empty() {
            *text = PENDING.to_string();
        }
    }
}

/// Joins a details file's text to the core's and checks the result as a full file. The core is read again rather
/// than kept from [`load_core`]: the app keeps its text, and no copy of the whole file is made (nor its code shipped).
///
/// # Errors
/// The details' syntax error, every mismatch with the core, or every problem of the joined file.
pub fn load_details(core: &str, json: &str) -> Result<Model, Vec<Problem>> {
    let core = parse_file(core)?;
    let details: DetailsFile = serde_json::from_str(json).map_err(|error| {
        vec![Problem {
            path: String::new(),
            kind: ProblemKind::SplitMismatch {
                detail: format!("it is not valid (line {}, column {}): {error}", error.line(), error.column()),
            },
            at: None,
        }]
    })?;
    build(join(core, &details)?)
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing, clippy::panic)]

    use proptest::prelude::*;

    use super::*;
    use crate::generate::generate;
    use crate::validate::load;

    fn shipped() -> DataFile {
        parse_file(include_str!("../../../static/data/cloudfall.json")).expect("the shipped data parses")
    }

    #[test]
    fn the_shipped_data_splits_and_joins_back_to_the_same_model() {
        let full = shipped();
        let parts = split(&full).unwrap();
        let (core_json, details_json) = parts.to_json().unwrap();
        let joined = load_details(&core_json, &details_json).unwrap();
        let mut expected = full.clone();
        expected.schema = None;
        assert!(same_model(&joined, &build(expected).unwrap()));
    }

    #[test]
    fn the_story_core_is_the_core_without_market_tables_and_builds_the_same_graph() {
        let parts = split(&shipped()).unwrap();
        let (core_json, _) = parts.to_json().unwrap();
        let story_json = parts.story_json().unwrap();
        assert!(story_json.len() < core_json.len());
        let (core, story) = (load_core(&core_json).unwrap(), load_core(&story_json).unwrap());
        assert!(story.market.is_empty() && !core.market.is_empty());
        assert_eq!(story.node_count(), core.node_count());
        assert_eq!(story.edge_count(), core.edge_count());
        assert_eq!(story.info.details, core.info.details);
        let mut without_market = parts.core.clone();
        without_market.market_shares.clear();
        assert_eq!(parts.story(), without_market);
    }

    #[test]
    fn the_core_leaves_out_every_citation_text_and_long_text() {
        let parts = split(&shipped()).unwrap();
        let (core_json, _) = parts.to_json().unwrap();
        for evidence in parts.core.dependencies.iter().flat_map(|dependency| &dependency.evidence) {
            assert!(evidence.publisher.is_empty() && evidence.title.is_empty() && evidence.url.is_none());
            assert!(evidence.note.is_none() && evidence.note_fr.is_none() && evidence.via.is_none());
        }
        assert!(parts.core.nodes.iter().all(|node| node.description.is_none() && node.country_source.is_none()));
        assert!(
            parts.core.dataset.notes.is_empty() && parts.core.dataset.notes_fr.is_empty(),
            "notes in both languages"
        );
        assert!(
            parts
                .core
                .incidents
                .iter()
                .flat_map(|incident| &incident.misses)
                .all(|miss| miss.why.is_empty() && miss.why_fr.is_none()),
            "the misses' reasons in both languages"
        );
        assert!(parts
            .core
            .incidents
            .iter()
            .all(|incident| incident.cause_en.is_empty() && incident.sources.is_empty()));
        let mut rest = parts.core.clone();
        rest.market_shares.clear();
        rest.dataset.licence = None;
        assert!(!core_json.is_empty());
        assert!(
            !serde_json::to_string(&rest).unwrap().contains("://"),
            "links are in the details, but for the chart's"
        );
    }

    #[test]
    fn the_core_is_checked_as_strictly_as_a_full_file() {
        let (core_json, _) = split(&shipped()).unwrap().to_json().unwrap();
        let model = load_core(&core_json).unwrap();
        assert!(model.texts_pending());
        let broken = core_json.replacen("\"kind\":\"provider\"", "\"kind\":\"planet\"", 1);
        assert!(load_core(&broken).is_err(), "an unknown kind is refused in a core too");
        let dated = core_json.replacen("\"date\":\"20", "\"date\":\"19th of ", 1);
        assert!(load_core(&dated).is_err(), "a bad date is refused in a core too");
    }

    #[test]
    fn a_full_file_and_a_core_are_not_taken_for_each_other() {
        let full = include_str!("../../../static/data/cloudfall.json");
        assert!(load_core(full).is_err());
        let (core_json, _) = split(&shipped()).unwrap().to_json().unwrap();
        let refused = load(&core_json).unwrap_err();
        assert!(refused[0].message().contains("core file"), "{refused:?}");
        assert!(split(&parse_file(&core_json).unwrap()).is_err());
    }

    #[test]
    fn details_of_another_version_or_with_a_missing_item_are_refused() {
        let parts = split(&shipped()).unwrap();
        let mut other = parts.details.clone();
        other.version = "0.0.1".into();
        assert!(join(parts.core.clone(), &other).is_err());
        let mut renamed = parts.details.clone();
        renamed.file = "cloudfall.details.0000000000000000.json".into();
        assert!(join(parts.core.clone(), &renamed).is_err());
        let mut short = parts.details.clone();
        short.evidence[3].pop();
        let problems = join(parts.core.clone(), &short).unwrap_err();
        assert!(problems[0].path.starts_with("evidence[3]"), "{problems:?}");
        let mut unknown = parts.details.clone();
        unknown.nodes[0].id = "nowhere".into();
        assert!(join(parts.core.clone(), &unknown).is_err());
    }

    #[test]
    fn the_details_name_follows_the_content() {
        let full = shipped();
        let mut edited = full.clone();
        edited.nodes[0].name.push('!');
        assert_eq!(details_name(&full).unwrap(), details_name(&full.clone()).unwrap());
        assert_ne!(details_name(&full).unwrap(), details_name(&edited).unwrap());
    }

    /// The same model: the dataset, every node, edge, market table and incident, in the same order.
    fn same_model(a: &Model, b: &Model) -> bool {
        a.info == b.info
            && a.nodes().eq(b.nodes())
            && a.edges().eq(b.edges())
            && a.market == b.market
            && a.incidents == b.incidents
    }

    /// The shipped file with optional texts dropped here and there, as `bits` says: every shape of citation.
    fn thinned(mut file: DataFile, bits: u64) -> DataFile {
        let mut bit = 0u32;
        let mut next = || {
            bit = (bit + 1) % 64;
            bits >> bit & 1 == 1
        };
        for node in &mut file.nodes {
            if next() {
                node.description = None;
            }
            if next() {
                node.audience = None;
            }
            if next() {
                node.country_source = None;
            }
        }
        for evidence in file.dependencies.iter_mut().flat_map(|dependency| dependency.evidence.iter_mut()) {
            if next() {
                evidence.note = None;
                evidence.note_fr = None;
            }
            if next() {
                evidence.url = None;
            }
            if next() {
                evidence.via = Some("archive.org".into());
            }
        }
        file
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(16))]

        /// Split then join gives back the full file and its model, for any generated dataset.
        #[test]
        fn split_then_join_is_the_full_file(nodes in 20usize..400, seed in any::<u64>()) {
            let full = generate(nodes, seed);
            let parts = split(&full).unwrap();
            let (core_json, details_json) = parts.to_json().unwrap();
            let core = parse_file(&core_json).unwrap();
            let details: DetailsFile = serde_json::from_str(&details_json).unwrap();
            let mut expected = full.clone();
            expected.schema = None;
            prop_assert_eq!(&join(core, &details).unwrap(), &expected);
            prop_assert!(same_model(&load_details(&core_json, &details_json).unwrap(), &build(expected).unwrap()));
        }

        /// The same on the shipped data, with its optional texts thinned out at random.
        #[test]
        fn split_then_join_is_the_full_file_whatever_texts_it_has(bits in any::<u64>()) {
            let full = thinned(shipped(), bits);
            let parts = split(&full).unwrap();
            let (core_json, details_json) = parts.to_json().unwrap();
            let mut expected = full.clone();
            expected.schema = None;
            prop_assert!(same_model(&load_details(&core_json, &details_json).unwrap(), &build(expected).unwrap()));
        }
    }
}
