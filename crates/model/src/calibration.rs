//! The likelihood model checked against history: leave-one-incident-out over the data's incidents. For each
//! incident, the weights are fitted on the other incidents only, then it is predicted from evidence other than its
//! own reports and compared with what was reported. Pure: it reads the `Model` and returns figures.

use crate::data::NodeKind;
use crate::graph::Model;
use crate::likelihood::{fractional_year, Prepared, Weights};

/// A service counts as predicted affected from this likelihood on.
pub const THRESHOLD: f64 = 0.5;

/// The candidates of each weight, each set spanning what its reason allows (see [`Weights::REASONS`]); the
/// grid is every combination with `documented` at least as high as the two others, since a company's own
/// statement is the strongest kind of source.
pub fn grid() -> Vec<Weights> {
    let mut grid = Vec::new();
    for documented in [0.8, 0.9, 1.0] {
        for reported in [0.3, 0.5, 0.7] {
            for inferred in [0.3, 0.5, 0.7] {
                for half_life_years in [Some(3.0), Some(6.0), Some(12.0), None] {
                    for neutral_prior in [0.0, 0.1, 0.2, 0.35, 0.5] {
                        if reported <= documented && inferred <= documented {
                            grid.push(Weights { documented, reported, inferred, half_life_years, neutral_prior });
                        }
                    }
                }
            }
        }
    }
    grid
}

/// How one prediction compares with an incident's reports, over every web service.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct Score {
    /// Web services reported affected.
    pub reported: usize,
    /// Web services with a likelihood of at least [`THRESHOLD`].
    pub predicted: usize,
    /// Both reported and predicted.
    pub hits: usize,
    /// How many web services were scored, and the sum of `(likelihood − reported)²` over them (reported is 1 or 0).
    pub services: usize,
    pub squared_error: f64,
}

impl Score {
    /// The share of reported services predicted; `None` when nothing was reported.
    pub fn recall(&self) -> Option<f64> {
        (self.reported > 0).then(|| self.hits as f64 / self.reported as f64)
    }

    /// The share of predicted services that were reported; `None` when nothing was predicted.
    pub fn precision(&self) -> Option<f64> {
        (self.predicted > 0).then(|| self.hits as f64 / self.predicted as f64)
    }

    /// The Brier score: the mean squared difference between likelihood and outcome, 0 best; `None` when no service
    /// was scored.
    pub fn brier(&self) -> Option<f64> {
        (self.services > 0).then(|| self.squared_error / self.services as f64)
    }

    /// The Brier score of the prediction that nothing is affected (every likelihood 0): the bar a model must beat,
    /// since most services are not reported in any one incident.
    pub fn brier_of_nothing(&self) -> Option<f64> {
        (self.services > 0).then(|| self.reported as f64 / self.services as f64)
    }

    fn add(&mut self, other: &Score) {
        self.reported += other.reported;
        self.predicted += other.predicted;
        self.hits += other.hits;
        self.services += other.services;
        self.squared_error += other.squared_error;
    }
}

/// One held-out incident: the weights fitted without it, and how they predict it.
#[derive(Debug, Clone, PartialEq)]
pub struct HeldOut {
    /// The incident's id.
    pub incident: String,
    pub weights: Weights,
    pub score: Score,
}

/// The leave-one-incident-out calibration: every incident held out in turn, and the scores added up.
#[derive(Debug, Clone, PartialEq)]
pub struct Calibration {
    pub incidents: Vec<HeldOut>,
    /// The held-out scores added up: recall and precision over all incidents' services, Brier over every pair of
    /// incident and web service.
    pub overall: Score,
    /// The weights fitted on every incident (each predicted from evidence other than its own reports): the ones to
    /// use for scenarios, which [`Weights::DEFAULT`] holds.
    pub fitted_on_all: Weights,
}

/// Predicts incident number `position` (its place in `model.incidents`) with `weights`, leaving out its own reports
/// and those of the incidents in `also_excluded`, and scores it.
fn score(model: &Model, prepared: &Prepared, position: usize, weights: &Weights, also_excluded: &[u32]) -> Score {
    let Some(incident) = model.incidents.get(position) else { return Score::default() };
    let mut excluded = vec![position as u32 + 1];
    excluded.extend_from_slice(also_excluded);
    // Sources are aged as of the incident's day: a 2017 case study was fresh evidence for a 2017 outage.
    let likelihood = prepared.run(&incident.failed, &[], weights, &excluded, fractional_year(&incident.date));
    let mut score = Score::default();
    for (index, _) in model.nodes_of_kind(NodeKind::WebService) {
        let reported = incident.reported(index);
        let p = likelihood.affected(index);
        let predicted = p >= THRESHOLD;
        score.services += 1;
        score.reported += usize::from(reported);
        score.predicted += usize::from(predicted);
        score.hits += usize::from(reported && predicted);
        score.squared_error += (p - if reported { 1.0 } else { 0.0 }).powi(2);
    }
    score
}

/// The weights of the grid with the lowest summed Brier score over the incidents at `positions`, each predicted
/// from evidence other than its own reports and those of `held_out` (so nothing of a held-out incident enters its
/// own fit). Ties go to the first in grid order.
fn fit(model: &Model, prepared: &Prepared, positions: &[usize], held_out: Option<usize>) -> Weights {
    let also: Vec<u32> = held_out.map(|position| position as u32 + 1).into_iter().collect();
    let mut best: Option<(f64, Weights)> = None;
    for weights in grid() {
        let error: f64 =
            positions.iter().map(|&position| score(model, prepared, position, &weights, &also).squared_error).sum();
        if best.is_none_or(|(lowest, _)| error < lowest - 1e-12) {
            best = Some((error, weights));
        }
    }
    best.map_or(Weights::DEFAULT, |(_, weights)| weights)
}

/// Runs the leave-one-incident-out calibration over every incident of `model`.
///
/// # Complexity
/// `I · (I − 1) · G` likelihood runs for `I` incidents and a grid of `G` weights, each O(V + E) times a few rounds:
/// about 44,000 runs on the shipped data, under two seconds in a release build.
pub fn calibrate(model: &Model) -> Calibration {
    let prepared = Prepared::new(model);
    let all: Vec<usize> = (0..model.incidents.len()).collect();
    let mut overall = Score::default();
    let mut incidents = Vec::new();
    for (position, incident) in model.incidents.iter().enumerate() {
        let others: Vec<usize> = all.iter().copied().filter(|&other| other != position).collect();
        let weights = fit(model, &prepared, &others, Some(position));
        let score = score(model, &prepared, position, &weights, &[]);
        overall.add(&score);
        incidents.push(HeldOut { incident: incident.id.clone(), weights, score });
    }
    let fitted_on_all = fit(model, &prepared, &all, None);
    Calibration { incidents, overall, fitted_on_all }
}
