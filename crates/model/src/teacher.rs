//! The teacher's material (issue 17): goals mapped to programme references and to the story's steps, the
//! misconceptions and the step that confronts each, and free sections (plan, simplifications, questions, answers,
//! worksheet). It lives in `static/teacher/{en,fr}.json`, outside the wasm, and is read here so a native test
//! can hold it to the story (every step serves a goal, every goal has a step, every misconception its step).

use serde::Deserialize;

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

/// The scenario a teacher's class link opens: the language, a story step (in its opening state) or none, and the
/// class options, and the data version the lesson was prepared with (`v=`, kept by the embed's presentation). Its URL
/// is `to_query()`, read back by `Scenario::from_query` into the same scenario.
pub fn class_link(
    lang: crate::Lang,
    step: Option<u8>,
    class: crate::scenario::ClassLink,
    version: Option<String>,
) -> crate::Scenario {
    let mut scenario = crate::Scenario { lang, ..crate::Scenario::default() };
    scenario.presentation.version = version;
    if let Some(opened) = step.and_then(|step| scenario.apply(crate::Action::StoryGo(step))) {
        scenario = opened;
    }
    // A lock only means something on a story step.
    let lock = class.lock && scenario.story.is_some();
    scenario.class = crate::scenario::ClassLink { lock, ..class };
    scenario
}
