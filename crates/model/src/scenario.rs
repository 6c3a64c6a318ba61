//! The `Scenario`: everything a reader can change, and the only state the app keeps, with `Scenario::apply`.
//! Its URL form (`?off=aws/us-east-1/dynamodb&lang=fr`) is read and written by the one codec in `query`.

use std::collections::BTreeSet;

use crate::certainty::Counted;
use crate::challenge::{Challenge, Progress, Verdict, ZoneGuess};
use crate::data::NodeKind;
use crate::embed::{Presentation, View};
use crate::graph::{Model, NodeId, NodeIndex};
use crate::jurisdiction::{switched_off_by, Jurisdiction};
use crate::outage::Backup;
pub use crate::query::QueryProblem;
use crate::story::{self, StepAction, StoryPlace};

/// The language the app is shown in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Lang {
    #[default]
    En,
    Fr,
}

impl Lang {
    pub const ALL: [Lang; 2] = [Lang::En, Lang::Fr];

    /// The BCP 47 code, for `<html lang>` and the URL.
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Fr => "fr",
        }
    }

    pub fn from_code(code: &str) -> Option<Lang> {
        Lang::ALL.into_iter().find(|lang| lang.code().eq_ignore_ascii_case(code))
    }

    /// A data text in this language: the French one in French when the data has it, the English one otherwise.
    /// The one rule behind `Node::name_in`, `Evidence::note_in` and `Audience::measure_in`.
    pub fn pick<'a>(self, english: &'a str, french: Option<&'a str>) -> &'a str {
        match (self, french) {
            (Lang::Fr, Some(french)) if !french.trim().is_empty() => french,
            _ => english,
        }
    }
}

/// Which view of the market the chart shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum ChartView {
    /// One period's shares, as bars.
    #[default]
    Shares,
    /// Every period's shares over time, as lines.
    History,
}

impl ChartView {
    pub const ALL: [ChartView; 2] = [ChartView::Shares, ChartView::History];

    /// The view's name in the URL (`chart=history`).
    pub fn code(self) -> &'static str {
        match self {
            ChartView::Shares => "shares",
            ChartView::History => "history",
        }
    }

    pub fn from_code(code: &str) -> Option<ChartView> {
        ChartView::ALL.into_iter().find(|view| view.code() == code)
    }
}

/// What the reader has switched off and how they look at it.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Scenario {
    /// Switched-off nodes, sorted so the URL is stable.
    pub off: BTreeSet<NodeId>,
    /// Jurisdictions switched off as a whole: every provider and supplier headquartered there is off too. A set,
    /// sorted and each group once, kept in a `Vec` rather than a `BTreeSet` because it holds a handful of groups and
    /// another `BTreeSet` key type cost the app 2.6 KB gzipped of generic code (measured).
    pub jurisdictions: Vec<Jurisdiction>,
    /// Hypothetical backups `(service, backup)`: "what if this service could also run there?"
    pub backups: BTreeSet<(NodeId, NodeId)>,
    /// The node whose details are open.
    pub selected: Option<NodeId>,
    /// The incident being replayed, by id.
    pub incident: Option<String>,
    /// The market-share period shown; `None` is the latest.
    pub period: Option<String>,
    pub chart: ChartView,
    /// The weakest kind of knowledge the figures count; `None` counts every affected service, kinds kept apart.
    pub certainty: Option<Counted>,
    pub lang: Lang,
    /// Another data file to load instead of the shipped one, relative to the page (`bench/generated-10000.json`).
    pub data: Option<String>,

    // Classroom (issue 17): the guided story, the challenges, the pupil's results and a teacher's class link.
    /// Where the pupil is in the guided story (`step=3`), if in it.
    pub story: Option<StoryPlace>,
    /// The challenge open (`challenge=most`), if any.
    pub challenge: Option<ChallengePlace>,
    /// The pupil's results, which the answer code carries.
    pub progress: Progress,
    /// What a teacher's class link asks for: a locked step, hidden parts, projector mode, a dataset version.
    pub class: ClassLink,
    pub page: Page,
    /// How the page is presented: embedded or not, which view, theme, plain, static, the data version.
    pub presentation: Presentation,
    /// The tree view's viewpoint (`tree=service`): from the providers down, or from the web services down.
    pub tree: crate::tree::Viewpoint,
    /// The map the link opened (a teacher's `off=` or `incident=`), which Reset returns to (issue 17, requirement
    /// 8); `None` for a plain visit, whose Reset switches everything on. Not written in the URL: it is the link.
    pub launched: Option<Launched>,
}

/// The map a link opened with: what was off, the jurisdictions, the what-ifs and the incident replayed.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Launched {
    pub off: BTreeSet<NodeId>,
    pub jurisdictions: Vec<Jurisdiction>,
    pub backups: BTreeSet<(NodeId, NodeId)>,
    pub incident: Option<String>,
}

/// The challenge a pupil is on, with their guess (for the zone challenge), the provider they name (for the mystery
/// challenge) and the verdict on their last answer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ChallengePlace {
    pub challenge: Challenge,
    pub guess: Option<ZoneGuess>,
    /// The provider the pupil says the mystery service runs on.
    pub provider: Option<NodeId>,
    /// The last answer checked, until the pupil changes the map again.
    pub verdict: Option<Verdict>,
}

/// What a teacher's link for a class sets (`lock=step&hide=edges,values&projector=1&v=1.1.0`).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ClassLink {
    /// The story stays on the step the link opened (no previous or next).
    pub lock: bool,
    /// The links between boxes are not drawn, so pupils infer dependencies from effects.
    pub hide_edges: bool,
    /// The boxes' names are not drawn on the map, nor said anywhere else on the page.
    pub hide_labels: bool,
    /// The counts and percentages are left out (the result's numbers, the live sentence's and the screen summary's
    /// counts, the share chart's values), so pupils predict them.
    pub hide_values: bool,
    /// Light background, large text and thick strokes for a classroom projector.
    pub projector: bool,
}

/// Whose names the page hides from the pupil: nobody's, every box's (`hide=labels`), or the mystery service's
/// alone (the mystery challenge). Views ask `masked` before they write a name, an id or a link of a node.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum HiddenNames {
    #[default]
    None,
    All,
    One(NodeIndex),
}

/// How a hidden name is shown instead: a box by its number (from 1, the model's order), or "Mystery service".
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Masked {
    Numbered(usize),
    Mystery,
}

impl HiddenNames {
    /// Whose names `scenario` hides on `model`.
    ///
    /// # Complexity
    /// O(1), or one propagation per provider in the mystery challenge (`challenge::mystery`).
    pub fn of(model: &Model, scenario: &Scenario) -> HiddenNames {
        if scenario.class.hide_labels {
            HiddenNames::All
        } else if scenario.challenge.as_ref().is_some_and(|place| place.challenge == Challenge::Mystery) {
            crate::challenge::mystery(model).map_or(HiddenNames::None, |found| HiddenNames::One(found.service))
        } else {
            HiddenNames::None
        }
    }

    /// How `index`'s name is shown, when it is hidden.
    pub fn masked(self, index: NodeIndex) -> Option<Masked> {
        match self {
            HiddenNames::None => None,
            HiddenNames::All => Some(Masked::Numbered(index.index() + 1)),
            HiddenNames::One(one) => (one == index).then_some(Masked::Mystery),
        }
    }

    /// The id a view writes in the page for `index` (`data-node-id`, `data-details`): the node's own id, or, when
    /// its name is hidden, `box-N` by its number, since an id such as `snapchat` would give the name away.
    pub fn dom_id(self, index: NodeIndex, id: &NodeId) -> std::borrow::Cow<'_, str> {
        match self.masked(index) {
            Some(_) => std::borrow::Cow::Owned(format!("box-{}", index.index() + 1)),
            None => std::borrow::Cow::Owned(id.as_str().to_string()),
        }
    }

    /// Whether any name is hidden (the views that list every name, the tree and the table, are then left out).
    pub fn any(self) -> bool {
        self != HiddenNames::None
    }
}

/// Which page of the app is shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Page {
    /// The explorer, with the story and the challenges.
    #[default]
    Explorer,
    /// The teacher's page: goals, plan, answers, the class tally and the link builder.
    Teacher,
}

/// Something the reader did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Action {
    /// Switch a node off, or on again if it is off.
    Toggle(NodeId),
    /// Switch off every provider and supplier of a jurisdiction, or on again if the group is off.
    ToggleJurisdiction(Jurisdiction),
    /// Back to the map the link opened (`Scenario::launched`) when the pupil changed it, else everything on again
    /// (jurisdictions too, no what-if, no replay); in the story, the step's opening state.
    Reset,
    SetLang(Lang),
    /// Open a node's details, or close them with `None`.
    Select(Option<NodeId>),
    /// "What if `service` could also run on `backup`?"
    AddBackup {
        service: NodeId,
        backup: NodeId,
    },
    RemoveBackup {
        service: NodeId,
        backup: NodeId,
    },
    /// Replay an incident: switch off exactly what failed in it (no jurisdiction stays off).
    Replay {
        incident: String,
        failed: Vec<NodeId>,
    },
    /// Leave the replay, keeping what is switched off.
    CloseReplay,
    SetPeriod(Option<String>),
    SetChart(ChartView),
    /// Which kinds of knowledge the figures count (`None`: every affected service).
    SetCertainty(Option<Counted>),

    // Classroom (issue 17).
    /// Open story step `n` (from 1) on its opening state; 0 leaves the story. Ignored while a link locks the step.
    StoryGo(u8),
    /// Take the current step's action; on a prediction step this commits the prediction.
    StoryAct,
    /// Add a service to the prediction, or take it out (only before the step's action).
    StoryGuess(NodeId),
    /// Open a challenge on its starting state, or leave the challenges with `None`.
    ChallengeGo(Option<Challenge>),
    /// The pupil's answer to the zone challenge.
    ChallengeGuess(ZoneGuess),
    /// The provider the pupil names for the mystery challenge.
    ChallengeProvider(NodeId),
    /// An answer checked by `challenge::check` (a pure function of the model the app calls on "Check").
    ChallengeChecked(Verdict),
    SetPage(Page),
    /// Show another part of the explorer (the story's "see the full map").
    SetView(View),
    /// Read the tree view from the providers or from the web services.
    SetTree(crate::tree::Viewpoint),
}

impl Action {
    /// Whether the action changes what is switched off or what could run elsewhere (what the map's colours show).
    pub fn changes_the_map(&self) -> bool {
        matches!(
            self,
            Action::Toggle(_)
                | Action::ToggleJurisdiction(_)
                | Action::AddBackup { .. }
                | Action::RemoveBackup { .. }
                | Action::Replay { .. }
        )
    }
}

impl Scenario {
    /// The scenario after `action`, or `None` when nothing changes (so the UI can skip a render).
    pub fn apply(&self, action: Action) -> Option<Scenario> {
        // While a prediction waits for the pupil to commit, the map must not show its answer: switches, what-ifs
        // and replays wait until the prediction is locked in (the story's own action, `StoryAct`, commits it).
        if self.prediction_pending() && action.changes_the_map() {
            return None;
        }
        let mut next = self.clone();
        match action {
            Action::Toggle(id) => {
                if !next.off.remove(&id) {
                    next.off.insert(id);
                }
            }
            Action::ToggleJurisdiction(group) => match next.jurisdictions.binary_search(&group) {
                Ok(at) => {
                    next.jurisdictions.remove(at);
                }
                Err(at) => next.jurisdictions.insert(at, group),
            },
            // In a challenge, Reset returns to the challenge's own start (the survive challenge's lost region stays
            // lost): the what-ifs and switches the pupil tried are undone, the challenge and its answer stay.
            Action::Reset if next.challenge.is_some() => next.return_to_challenge_start(),
            Action::Reset if next.resets_to_launch() => next.return_to_launch(),
            Action::Reset if next.story.is_some() => {
                // In the story, reset returns to the step's opening state: the state a teacher's link opened.
                let step = next.story.as_ref().map_or(1, |place| place.step);
                next.open_step(step);
            }
            Action::Reset => {
                next.off.clear();
                next.jurisdictions.clear();
                next.backups.clear();
                next.incident = None;
            }
            Action::SetLang(lang) => next.lang = lang,
            Action::Select(id) => next.selected = id,
            Action::AddBackup { service, backup } => {
                next.backups.insert((service, backup));
            }
            Action::RemoveBackup { service, backup } => {
                next.backups.remove(&(service, backup));
            }
            Action::Replay { incident, failed } => {
                next.off = failed.into_iter().collect();
                next.jurisdictions.clear();
                next.incident = Some(incident);
            }
            Action::CloseReplay => next.incident = None,
            Action::SetPeriod(period) => next.period = period,
            Action::SetChart(chart) => next.chart = chart,
            Action::SetCertainty(certainty) => next.certainty = certainty,
            Action::StoryGo(_) if self.class.lock && self.story.is_some() => return None,
            Action::StoryGo(step) if story::step(step).is_some() => {
                next.open_step(step);
                next.launched = None;
            }
            Action::StoryGo(_) => next.story = None,
            Action::StoryAct => next.act(),
            Action::StoryGuess(id) => {
                if let Some(place) = next.story.as_mut().filter(|place| !place.acted) {
                    if !place.guess.remove(&id) {
                        place.guess.insert(id);
                    }
                }
            }
            Action::ChallengeGo(challenge) => {
                next.open_challenge(challenge);
                // The pupil went elsewhere: Reset now means that place's own start.
                next.launched = None;
            }
            Action::ChallengeGuess(guess) => {
                if let Some(place) = next.challenge.as_mut() {
                    place.guess = Some(guess);
                    place.verdict = None;
                }
            }
            Action::ChallengeProvider(provider) => {
                if let Some(place) = next.challenge.as_mut() {
                    place.provider = Some(provider);
                    place.verdict = None;
                }
            }
            Action::ChallengeChecked(verdict) => {
                if let Some(place) = next.challenge.as_mut() {
                    next.progress = next.progress.with_answer(place.challenge, verdict.is_right());
                    place.verdict = Some(verdict);
                }
            }
            Action::SetPage(page) => next.page = page,
            Action::SetView(view) => next.presentation.view = Some(view),
            Action::SetTree(viewpoint) => next.tree = viewpoint,
        }
        // A verdict speaks of the map it checked: changing the map clears it.
        let map_changed = next.off != self.off || next.backups != self.backups || next.selected != self.selected;
        if let Some(place) = next.challenge.as_mut().filter(|_| map_changed) {
            place.verdict = None;
        }
        (next != *self).then_some(next)
    }

    /// Marks the map shown now as the one the link opened, which Reset returns to; a map with nothing off, no
    /// what-if and no replay marks nothing (Reset then switches everything on, as for a plain visit).
    pub fn launch(mut self) -> Scenario {
        let launched = Launched {
            off: self.off.clone(),
            jurisdictions: self.jurisdictions.clone(),
            backups: self.backups.clone(),
            incident: self.incident.clone(),
        };
        self.launched = (launched != Launched::default()).then_some(launched);
        self
    }

    /// Whether Reset returns to a link's map rather than switching everything on (the button says so): the link
    /// opened a map of its own and the pupil has changed it since. At the link's map, Reset switches everything
    /// on, so a reader who reloads a page they changed (its URL is now the "link") still gets everything back on.
    pub fn resets_to_launch(&self) -> bool {
        self.launched.as_ref().is_some_and(|launched| {
            launched.off != self.off
                || launched.jurisdictions != self.jurisdictions
                || launched.backups != self.backups
                || launched.incident != self.incident
        })
    }

    /// Whether Reset returns to the open challenge's starting map rather than switching everything on (the button
    /// says so): a challenge that starts with something off (the survive and indirect challenges).
    pub fn resets_to_challenge(&self) -> bool {
        self.challenge.as_ref().is_some_and(|place| !place.challenge.start().is_empty())
    }

    /// Puts back the open challenge's starting map: what it switches off, and nothing else.
    fn return_to_challenge_start(&mut self) {
        let Some(place) = self.challenge.as_ref() else { return };
        self.off = place.challenge.start().iter().map(|id| NodeId::new(*id)).collect();
        self.jurisdictions.clear();
        self.backups.clear();
        self.incident = None;
    }

    /// Puts back the map the link opened, keeping the story place (not acted: its action is undone too).
    fn return_to_launch(&mut self) {
        let Some(launched) = self.launched.clone() else { return };
        self.off = launched.off;
        self.jurisdictions = launched.jurisdictions;
        self.backups = launched.backups;
        self.incident = launched.incident;
        let acted = self.matches_step_after_action();
        if let Some(place) = self.story.as_mut() {
            place.acted = acted;
            place.guess.clear();
        }
    }

    /// Whether the two differ, and only in what is switched off (boxes, jurisdictions, what-if backups): the change a
    /// switch makes on its own. The explorer paints such a change on the map in the click's frame and brings the
    /// panels around the map up to date in the next one (issue 19); any other change reaches every view at once.
    pub fn differs_only_in_switches(&self, other: &Scenario) -> bool {
        if self == other {
            return false;
        }
        let mut same = other.clone();
        same.off.clone_from(&self.off);
        same.jurisdictions.clone_from(&self.jurisdictions);
        same.backups.clone_from(&self.backups);
        same == *self
    }

    /// Whether the links between boxes are left out of the page: a teacher's `hide=edges`, or the mystery challenge
    /// (a link would lead straight to the answer).
    pub fn hides_edges(&self) -> bool {
        self.class.hide_edges || self.challenge.as_ref().is_some_and(|place| place.challenge == Challenge::Mystery)
    }

    /// Whether the link must name no box: the names are hidden from the pupil (`hide=labels`, or the mystery
    /// challenge, whose one hidden service is the only one a pupil could open to find out), so the URL leaves out
    /// the selection and the what-if backups, which would name the boxes they are on.
    pub fn link_hides_boxes(&self) -> bool {
        self.class.hide_labels || self.challenge.as_ref().is_some_and(|place| place.challenge == Challenge::Mystery)
    }

    /// Whether a story step asks for a prediction the pupil has not committed yet: until then the map keeps the
    /// step's opening state, so switching from the switch panel cannot peek at the answer.
    pub fn prediction_pending(&self) -> bool {
        self.story
            .as_ref()
            .is_some_and(|place| !place.acted && story::step(place.step).is_some_and(|step| !step.predict.is_empty()))
    }

    /// Opens story step `number` on its opening state: only the step's switches off, nothing selected, no what-if,
    /// no replay; the prediction is empty and the challenge closed.
    fn open_step(&mut self, number: u8) {
        let Some(step) = story::step(number) else { return };
        self.off = step.off.iter().map(|id| NodeId::new(*id)).collect();
        self.jurisdictions.clear();
        self.backups.clear();
        self.selected = None;
        self.incident = None;
        self.challenge = None;
        self.story = Some(StoryPlace { step: number, ..StoryPlace::default() });
    }

    /// Takes the current story step's action, once.
    fn act(&mut self) {
        let Some(place) = self.story.as_mut().filter(|place| !place.acted) else { return };
        let Some(step) = story::step(place.step) else { return };
        place.acted = true;
        self.progress = self.progress.with_step(place.step);
        match step.action {
            StepAction::SwitchOff(id) => {
                self.off.insert(NodeId::new(id));
            }
            StepAction::Open(id) => self.selected = Some(NodeId::new(id)),
            StepAction::Backup { service, backup } => {
                self.backups.insert((NodeId::new(service), NodeId::new(backup)));
            }
        }
    }

    /// Opens `challenge` on its starting state (or closes the challenges), leaving the story.
    fn open_challenge(&mut self, challenge: Option<Challenge>) {
        self.challenge =
            challenge.map(|challenge| ChallengePlace { challenge, guess: None, provider: None, verdict: None });
        if let Some(challenge) = challenge {
            self.off = challenge.start().iter().map(|id| NodeId::new(*id)).collect();
            self.jurisdictions.clear();
            self.backups.clear();
            self.selected = None;
            self.incident = None;
            self.story = None;
        }
    }

    /// Whether the map shows exactly what the current story step shows after its action (so a link to a step
    /// after its action reads back as acted).
    pub fn matches_step_after_action(&self) -> bool {
        let Some(number) = self.story.as_ref().map(|place| place.step) else { return false };
        let mut after = Scenario::default();
        after.open_step(number);
        after.act();
        after.off == self.off && after.backups == self.backups && after.selected == self.selected
    }

    /// The hypothetical backups of `service`.
    pub fn backups_of<'a>(&'a self, service: &'a NodeId) -> impl Iterator<Item = &'a NodeId> + 'a {
        self.backups.iter().filter(move |(of, _)| of == service).map(|(_, backup)| backup)
    }

    /// The switched-off nodes that exist in `model`: those switched off one by one, then every provider and
    /// supplier of a jurisdiction switched off (`jurisdiction::switched_off_by`), each once.
    pub fn off_indices(&self, model: &Model) -> Vec<NodeIndex> {
        let mut off: Vec<NodeIndex> = self.off.iter().filter_map(|id| model.lookup(id)).collect();
        if !self.jurisdictions.is_empty() {
            let by_group = switched_off_by(model, &self.jurisdictions);
            off.extend(by_group.into_iter().filter(|index| !self.off.contains(&model.node(*index).id)));
        }
        off
    }

    /// The what-ifs whose two nodes exist in `model`.
    pub fn backup_indices(&self, model: &Model) -> Vec<Backup> {
        self.backups
            .iter()
            .filter_map(|(service, backup)| {
                Some(Backup { service: model.lookup(service)?, backup: model.lookup(backup)? })
            })
            .collect()
    }
}

/// Whether `service` can have a hypothetical backup: web services and suppliers can.
pub fn can_have_backup(kind: NodeKind) -> bool {
    matches!(kind, NodeKind::WebService | NodeKind::Supplier)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_switch_alone_is_a_change_of_switches_and_anything_more_is_not() {
        let plain = Scenario::default();
        let id = NodeId::new("aws");
        let off = plain.apply(Action::Toggle(id.clone())).unwrap();
        assert!(off.differs_only_in_switches(&plain));
        assert!(plain.differs_only_in_switches(&off));
        assert!(!plain.differs_only_in_switches(&plain), "no change is not a change of switches");
        let selected = off.apply(Action::Select(Some(id.clone()))).unwrap();
        assert!(!selected.differs_only_in_switches(&plain), "a selection too: every view at once");
        let french = plain.apply(Action::SetLang(Lang::Fr)).unwrap();
        assert!(!french.differs_only_in_switches(&plain));
        let backup = Scenario { backups: [(id.clone(), NodeId::new("gcp"))].into_iter().collect(), ..plain.clone() };
        assert!(backup.differs_only_in_switches(&plain));
    }

    #[test]
    fn toggling_twice_restores_and_unchanged_actions_return_none() {
        let id = NodeId::new("aws");
        let off = Scenario::default().apply(Action::Toggle(id.clone())).unwrap();
        assert_eq!(off.apply(Action::Toggle(id)), Some(Scenario::default()));
        assert_eq!(Scenario::default().apply(Action::Reset), None);
        assert_eq!(Scenario::default().apply(Action::SetLang(Lang::En)), None);
    }

    #[test]
    fn in_a_challenge_reset_returns_to_its_start_and_not_everything_on() {
        let survive = Scenario::default().apply(Action::ChallengeGo(Some(Challenge::Survive))).unwrap();
        assert_eq!(survive.off.iter().map(NodeId::as_str).collect::<Vec<_>>(), [crate::challenge::LOST_REGION]);
        assert!(survive.resets_to_challenge());
        assert_eq!(survive.apply(Action::Reset), None, "at the challenge's start, Reset changes nothing");
        let tried = survive
            .apply(Action::AddBackup { service: NodeId::new("roblox"), backup: NodeId::new("gcp") })
            .and_then(|tried| tried.apply(Action::Toggle(NodeId::new("gcp"))))
            .unwrap();
        let reset = tried.apply(Action::Reset).unwrap();
        assert_eq!(reset.off, survive.off, "the lost region stays lost");
        assert!(reset.backups.is_empty());
        assert_eq!(reset.challenge, tried.challenge, "the challenge stays open");
        // A challenge that starts with everything on resets as a plain visit does.
        let most = Scenario::default().apply(Action::ChallengeGo(Some(Challenge::Most))).unwrap();
        assert!(!most.resets_to_challenge());
        let off = most.apply(Action::Toggle(NodeId::new("aws"))).unwrap();
        assert!(off.apply(Action::Reset).unwrap().off.is_empty());
    }

    #[test]
    fn a_jurisdiction_toggles_and_reset_or_a_replay_switches_it_on_again() {
        let us = Jurisdiction::Country(*b"US");
        let off = Scenario::default().apply(Action::ToggleJurisdiction(us)).unwrap();
        assert_eq!(off.jurisdictions.iter().collect::<Vec<_>>(), [&us]);
        assert_eq!(off.apply(Action::ToggleJurisdiction(us)), Some(Scenario::default()));
        assert_eq!(off.apply(Action::Reset), Some(Scenario::default()));
        let replay = off.apply(Action::Replay { incident: "i".into(), failed: vec![NodeId::new("aws")] }).unwrap();
        assert!(replay.jurisdictions.is_empty(), "a replay switches off exactly what failed");
    }
}
