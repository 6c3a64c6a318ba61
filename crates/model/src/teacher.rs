//! The teacher's material (issue 17): goals mapped to programme references and to the story's steps, the
//! misconceptions and the step that confronts each, and free sections (plan, simplifications, questions, answers,
//! worksheet). It lives in `static/teacher/{en,fr}.json`, outside the wasm, and is read here so a native test
//! can hold it to the story (every step serves a goal, every goal has a step, every misconception its step).

use serde::Deserialize;

use crate::data::NodeKind;
use crate::graph::{Model, NodeId};
use crate::outage::blast_radius;

/// The teacher's page in one language.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Material {
    pub lang: String,
    pub intro: String,
    pub goals_heading: String,
    /// The column headings of the goals table: goal, programmes, steps.
    pub goals_columns: [String; 3],
    pub goals: Vec<Goal>,
    pub misconceptions_heading: String,
    /// The column headings: misconception, what the pupil does.
    pub misconceptions_columns: [String; 2],
    pub misconceptions: Vec<Misconception>,
    pub sections: Vec<Section>,
    pub worksheet: Section,
}

/// A learning goal, the programme references it serves, and the story steps that reach it.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Goal {
    pub text: String,
    pub programmes: Vec<String>,
    pub steps: Vec<u8>,
}

/// A misconception about the cloud (numbered 1 to 8 as in `story::Step::confronts`), and the step or challenge
/// that confronts it, in words.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Misconception {
    pub number: u8,
    pub text: String,
    pub confronted: String,
}

/// A free section: a heading, paragraphs, a list (ordered when `numbered`), and optionally a table.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub struct Section {
    pub id: String,
    pub heading: String,
    #[serde(default)]
    pub paragraphs: Vec<String>,
    #[serde(default)]
    pub items: Vec<String>,
    #[serde(default)]
    pub numbered: bool,
    #[serde(default)]
    pub table: Option<Table>,
    /// Subsections (the worksheet's parts).
    #[serde(default)]
    pub parts: Vec<Section>,
}

#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Table {
    pub head: Vec<String>,
    pub rows: Vec<Vec<String>>,
}

/// Reads the teacher's material.
///
/// # Errors
/// A sentence with the line and column when the file is not valid material.
pub fn parse_material(text: &str) -> Result<Material, String> {
    serde_json::from_str(text).map_err(|error| {
        format!("The teacher's material is not valid (line {}, column {}): {error}", error.line(), error.column())
    })
}

/// What the pupils' map opens with outside the story (the builder's "scenario" choice): everything on, an incident
/// replayed (`incident=`), or one provider or region switched off (`off=`). Reset returns there (requirement 8).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub enum Start {
    #[default]
    AllOn,
    Incident(String),
    Off(NodeId),
}

/// How many regions the builder offers: those that take down the most web services.
pub const START_REGIONS: usize = 6;

impl Start {
    /// The value of the builder's option: empty, `incident:<id>` or `off:<id>`.
    pub fn code(&self) -> String {
        match self {
            Start::AllOn => String::new(),
            Start::Incident(id) => format!("incident:{id}"),
            Start::Off(id) => format!("off:{id}"),
        }
    }

    /// Reads an option's value back (anything else is everything on).
    pub fn from_code(code: &str) -> Start {
        match code.split_once(':') {
            Some(("incident", id)) => Start::Incident(id.to_string()),
            Some(("off", id)) => Start::Off(NodeId::new(id)),
            _ => Start::AllOn,
        }
    }
}

/// The starts the builder offers, from the model: everything on, every incident, every provider, then the
/// `START_REGIONS` regions that alone take down the most web services.
///
/// # Complexity
/// One blast radius, O(S · (V + E)) for S switches.
pub fn start_choices(model: &Model) -> Vec<Start> {
    let mut choices = vec![Start::AllOn];
    choices.extend(model.incidents.iter().map(|incident| Start::Incident(incident.id.clone())));
    choices.extend(model.nodes_of_kind(NodeKind::Provider).map(|(_, node)| Start::Off(node.id.clone())));
    let mut regions: Vec<_> =
        blast_radius(model, &[]).into_iter().filter(|blast| model.node(blast.node).kind == NodeKind::Region).collect();
    regions.sort_by(|a, b| b.down.cmp(&a.down).then_with(|| model.node(a.node).id.cmp(&model.node(b.node).id)));
    choices.extend(regions.into_iter().take(START_REGIONS).map(|blast| Start::Off(model.node(blast.node).id.clone())));
    choices
}

/// The scenario a teacher's class link opens: the language, a story step (in its opening state) or, without one,
/// the map's `start`, the class options, and the data version the lesson was prepared with (`v=`, kept by the
/// embed's presentation). Its URL is `to_query()`, read back by `Scenario::from_query` into the same scenario, whose
/// Reset returns to that start.
pub fn class_link(
    model: &Model,
    lang: crate::Lang,
    step: Option<u8>,
    start: &Start,
    class: crate::scenario::ClassLink,
    version: Option<String>,
) -> crate::Scenario {
    let mut scenario = crate::Scenario { lang, ..crate::Scenario::default() };
    scenario.presentation.version = version;
    if let Some(opened) = step.and_then(|step| scenario.apply(crate::Action::StoryGo(step))) {
        scenario = opened;
    }
    // A story step opens on its own map; a start is for the explorer.
    if scenario.story.is_none() {
        let action = match start {
            Start::AllOn => None,
            Start::Incident(id) => crate::derive::replay_action(model, id),
            Start::Off(id) => model.lookup(id).map(|_| crate::Action::Toggle(id.clone())),
        };
        if let Some(started) = action.and_then(|action| scenario.apply(action)) {
            scenario = started.launch();
        }
    }
    // A lock only means something on a story step.
    let lock = class.lock && scenario.story.is_some();
    scenario.class = crate::scenario::ClassLink { lock, ..class };
    scenario
}
