//! The guided story of the 20 October 2025 outage (issue 17): its steps as data, the map state each step opens
//! on, the one action a pupil takes in it, and the reveal of a prediction. The words of each step live in the app's
//! string tables (one per language); this file holds only ids, so the model stays free of text and of the DOM.

use std::collections::BTreeSet;

use crate::graph::{Model, NodeId};
use crate::outage::{NodeState, Outcome};

/// The one thing a pupil does in a step.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StepAction {
    /// Switch this node off.
    SwitchOff(&'static str),
    /// Open this node's details (its why-chain, what it depends on).
    Open(&'static str),
    /// "What if `service` could also run on `backup`?"
    Backup { service: &'static str, backup: &'static str },
}

/// One step of the story. The step opens on `off` switched off and nothing else (no what-if, no selection,
/// no jurisdiction, no replay), then the pupil takes `action`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Step {
    /// What is switched off when the step opens.
    pub off: &'static [&'static str],
    pub action: StepAction,
    /// The web services the pupil picks among before the switch acts; empty when the step asks no prediction.
    pub predict: &'static [&'static str],
    /// The misconceptions (numbered as on the teacher page, 1 to 8) this step confronts.
    pub confronts: &'static [u8],
}

const SIX_APPS: &[&str] = &["snapchat", "fortnite", "roblox", "netflix", "doctolib", "leboncoin"];

/// The steps, in order. A pupil meets them as step 1 to step `STEPS.len()`.
pub const STEPS: [Step; 7] = [
    // 08:45 in Paris: Snapchat and Fortnite dark.
    Step { off: &[], action: StepAction::SwitchOff("aws/us-east-1/dynamodb"), predict: SIX_APPS, confronts: &[1, 2] },
    // An emptied DNS record: DynamoDB's address, not DynamoDB, disappeared.
    Step {
        off: &["aws/us-east-1/dynamodb"],
        action: StepAction::Open("aws/us-east-1/dynamodb"),
        predict: &[],
        confronts: &[6],
    },
    // Why three data centres did not help: one zone off changes nothing.
    Step { off: &[], action: StepAction::SwitchOff("aws/us-east-1/use1-az4"), predict: SIX_APPS, confronts: &[3] },
    // The domino through AWS itself: EC2 needs DynamoDB.
    Step {
        off: &["aws/us-east-1/dynamodb"],
        action: StepAction::Open("aws/us-east-1/ec2"),
        predict: &[],
        confronts: &[5],
    },
    // The domino through suppliers: games and payments that rent nothing from AWS.
    Step {
        off: &[],
        action: StepAction::SwitchOff("aws"),
        predict: &["fall-guys", "lydia", "doctolib", "spotify", "tiktok", "le-monde"],
        confronts: &[4, 7],
    },
    // What if another provider?
    Step {
        off: &["aws/us-east-1/dynamodb"],
        action: StepAction::Backup { service: "roblox", backup: "google" },
        predict: &[],
        confronts: &[8],
    },
    // What reduces the risk: a whole region against one of its services.
    Step {
        off: &[],
        action: StepAction::SwitchOff("aws/us-east-1"),
        predict: &["snapchat", "netflix", "doctolib", "leboncoin", "fall-guys", "lydia"],
        confronts: &[7, 8],
    },
];

/// Where a pupil is in the story.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct StoryPlace {
    /// The step, from 1 to `STEPS.len()`.
    pub step: u8,
    /// The services the pupil predicts will go dark, picked among the step's `predict` list.
    pub guess: BTreeSet<NodeId>,
    /// Whether the pupil has taken the step's action (for a prediction step: committed the prediction).
    pub acted: bool,
}

/// The step numbered `number` (1-based), if there is one.
pub fn step(number: u8) -> Option<&'static Step> {
    STEPS.get(usize::from(number).checked_sub(1)?)
}

/// One predicted service after the reveal.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Revealed {
    pub id: NodeId,
    /// Whether the pupil said it would go dark.
    pub guessed: bool,
    /// What the model gives it.
    pub state: NodeState,
}

impl Revealed {
    /// Whether the pupil's guess matches: predicted dark and down, or not predicted and still up or degraded.
    pub fn hit(&self) -> bool {
        self.guessed == self.state.is_dark()
    }
}

/// The reveal of a prediction: each candidate of the step with the pupil's guess and its state in `outcome`.
/// Candidates missing from `model` (another data file) are left out.
pub fn reveal(model: &Model, step: &Step, guess: &BTreeSet<NodeId>, outcome: &Outcome) -> Vec<Revealed> {
    step.predict
        .iter()
        .filter_map(|id| {
            let id = NodeId::new(*id);
            let index = model.lookup(&id)?;
            Some(Revealed { guessed: guess.contains(&id), state: outcome.state(index), id })
        })
        .collect()
}
