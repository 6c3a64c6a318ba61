//! The likelihood that each node is affected by a scenario, from 0 to 1: a number beside propagation's yes or no,
//! weighing each dependency by the kind and age of its evidence. Pure and derived, like `outage`; it reads the
//! `Model` and never changes it. The rules are written out for readers in `docs/model.md`.

use crate::data::{DependencyMode, EvidenceKind};
use crate::graph::{Link, Model, NodeIndex};
use crate::outage::Backup;

/// The few numbers the likelihood model rests on. Each has a reason (see [`Weights::REASONS`]); the calibration
/// (`calibration`) picks them from a small grid by leave-one-incident-out, never for one incident.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Weights {
    /// How likely a dependency stated by the company or its provider still holds, on the day of the source.
    pub documented: f64,
    /// How likely a dependency seen in another outage (a report) transmits a failure of the same part.
    pub reported: f64,
    /// How likely a dependency deduced by a third party (press, technology trackers) holds.
    pub inferred: f64,
    /// After how many years a source's weight halves, because companies migrate; `None` for no decay.
    pub half_life_years: Option<f64>,
    /// The containment prior: the chance that a customer of a provider or region is affected when something
    /// inside it fails but the data does not say which part the customer uses. No source in the data gives the
    /// share of a provider's customers per region or service, so it is one neutral number for every provider.
    pub neutral_prior: f64,
}

impl Weights {
    /// The weights used when no calibration is asked for: the calibration's pick on all incidents together
    /// (`cloudfall calibrate` prints it; a test keeps this constant equal to it).
    pub const DEFAULT: Weights =
        Weights { documented: 0.8, reported: 0.3, inferred: 0.3, half_life_years: Some(3.0), neutral_prior: 0.1 };

    /// Why each weight exists, one phrase each, as `cloudfall calibrate` prints it (docs/model.md says the same).
    pub const REASONS: [(&'static str, &'static str); 5] = [
        (
            "documented",
            "stated by the company or its provider; below 1 only because failover and migrations are rarely public",
        ),
        ("reported", "seen once in another outage: the same part failing again may or may not reach the service"),
        ("inferred", "a third party's deduction: a lead, not a fact"),
        ("half_life_years", "companies migrate; an old source says less about today's set-up"),
        ("neutral_prior", "no source says which share of a provider's customers run on one region or service"),
    ];

    /// The weight of one link as of `as_of` (fractional years): the best weight among its evidence kinds, times
    /// the decay of its newest evidence. `None` when every piece of evidence is excluded.
    fn link_weight(&self, evidence: &[PreparedEvidence], as_of: f64, excluded: &[u32]) -> Option<f64> {
        let kept = || evidence.iter().filter(|item| item.incident == 0 || !excluded.contains(&item.incident));
        let best = kept()
            .map(|item| match item.kind {
                EvidenceKind::Documented => self.documented,
                EvidenceKind::Reported => self.reported,
                EvidenceKind::Inferred => self.inferred,
            })
            .fold(None, |best: Option<f64>, weight| Some(best.map_or(weight, |best| best.max(weight))))?;
        let newest = kept().filter_map(|item| item.year).fold(f64::NEG_INFINITY, f64::max);
        let decay = match self.half_life_years {
            Some(half_life) if newest.is_finite() && half_life > 0.0 => {
                0.5f64.powf((as_of - newest).max(0.0) / half_life)
            }
            _ => 1.0,
        };
        Some((best * decay).clamp(0.0, 1.0))
    }
}

impl Default for Weights {
    fn default() -> Weights {
        Weights::DEFAULT
    }
}

/// Every node's likelihood of being down, and of being affected (down or degraded).
#[derive(Debug, Clone, PartialEq)]
pub struct Likelihood {
    down: Vec<f64>,
    affected: Vec<f64>,
}

impl Likelihood {
    /// The likelihood that `index` is down, from 0 to 1.
    pub fn down(&self, index: NodeIndex) -> f64 {
        self.down.get(index.index()).copied().unwrap_or(0.0)
    }

    /// The likelihood that `index` is down or degraded, from 0 to 1: what a report of "affected" means, and the
    /// number the command line gives as `likelihood`.
    pub fn affected(&self, index: NodeIndex) -> f64 {
        self.affected.get(index.index()).copied().unwrap_or(0.0)
    }
}

/// Computes every node's likelihood of being affected when the nodes in `off` are switched off.
///
/// A link transmits a failure with its weight `w`: the weight of its strongest kind of evidence, halved every
/// half-life since its newest source, aged as of the dataset's `as_of` (see [`Weights`]); containment always
/// transmits with 1. Failures along
/// different links are taken as independent (noisy-OR), following propagation's rules:
/// - down: `1 − Π (1 − w·down(source))` over required links, and for each redundant group
///   `Π w·down(alternative)` (the group fails only when all alternatives do) as one more required cause;
/// - affected: `1 − (1 − down) · Π (1 − w·affected(source))` over every link, soft ones included: a soft link or a
///   partly failed group degrades, which a report counts as affected;
/// - the containment prior: a link to a provider or region that contains something switched off (but is not itself
///   off) transmits `w·neutral_prior` instead, in both numbers: the service may run on the part that failed;
/// - a service with hypothetical backups loses its infrastructure (providers, regions, cloud services) only when
///   every backup is down too: those links' down terms are multiplied by `Π down(backup)`;
/// - what is switched off has likelihood 1.
///
/// The result is the least fixed point of these equations (every right-hand side only grows with its inputs), so a
/// cycle with nothing switched off stays at 0, and switching more off never lowers a likelihood. It is reached by
/// updating nodes from a work list until no value moves by more than 1e-12.
///
/// # Complexity
/// O(Σ indeg(v)) per round of updates; on the shipped data a handful of rounds. Cycles converge geometrically;
/// a cap of 200 updates per node keeps a pathological cycle of weight 1 from running long.
pub fn likelihood(model: &Model, off: &[NodeIndex], backups: &[Backup], weights: &Weights) -> Likelihood {
    Prepared::new(model).run(off, backups, weights, &[], None)
}

/// Like [`likelihood`], leaving out every report of `incident`: what the rest of the evidence predicts about it.
/// A link with nothing else behind it is left out; a link that also has other evidence keeps that evidence's weight.
pub fn likelihood_independently(
    model: &Model,
    off: &[NodeIndex],
    backups: &[Backup],
    weights: &Weights,
    incident: &str,
) -> Likelihood {
    let excluded: Vec<u32> = incident_number(model, incident).into_iter().collect();
    Prepared::new(model).run(off, backups, weights, &excluded, None)
}

/// The number of the incident `id` (its position plus one), as `PreparedEvidence::incident` holds it.
pub(crate) fn incident_number(model: &Model, id: &str) -> Option<u32> {
    model.incidents.iter().position(|incident| incident.id == id).map(|position| position as u32 + 1)
}

/// One piece of evidence, reduced to what the likelihood reads.
#[derive(Debug, Clone, Copy)]
struct PreparedEvidence {
    kind: EvidenceKind,
    /// The source's date as fractional years (the middle of the month or year it names); `None` if unreadable.
    year: Option<f64>,
    /// For a report: its incident's number plus one; 0 otherwise.
    incident: u32,
}

/// One incoming link, reduced to what the likelihood reads.
#[derive(Debug, Clone)]
struct PreparedLink {
    source: usize,
    mode: DependencyMode,
    /// The redundant group's name, for `Redundant` links.
    group: Option<String>,
    /// Empty for containment, which always transmits.
    evidence: Vec<PreparedEvidence>,
    contains: bool,
    /// Whether the source is infrastructure (provider, region, zone, cloud service), which a backup replaces.
    infrastructure: bool,
}

/// The model as the likelihood reads it, built once and reused by the calibration for many weights.
#[derive(Debug, Clone)]
pub(crate) struct Prepared {
    incoming: Vec<Vec<PreparedLink>>,
    dependents: Vec<Vec<usize>>,
    /// The node containing each node, if any.
    parent: Vec<Option<usize>>,
    as_of: f64,
}

/// A date `YYYY`, `YYYY-MM` or `YYYY-MM-DD` as fractional years, at the middle of the period it names.
pub fn fractional_year(date: &str) -> Option<f64> {
    let mut parts = date.split('-');
    let year: f64 = parts.next()?.parse::<u16>().ok()?.into();
    match (parts.next(), parts.next()) {
        (None, _) => Some(year + 0.5),
        (Some(month), None) => {
            let month: f64 = month.parse::<u8>().ok()?.into();
            Some(year + (month - 0.5) / 12.0)
        }
        (Some(month), Some(day)) => {
            let month: f64 = month.parse::<u8>().ok()?.into();
            let day: f64 = day.parse::<u8>().ok()?.into();
            Some(year + (month - 1.0) / 12.0 + (day - 0.5) / 365.0)
        }
    }
}

impl Prepared {
    pub(crate) fn new(model: &Model) -> Prepared {
        let count = model.node_count();
        let mut incoming = vec![Vec::new(); count];
        let mut dependents = vec![Vec::new(); count];
        let mut parent = vec![None; count];
        for (source, target, link) in model.edges() {
            if let Some(list) = dependents.get_mut(source.index()) {
                list.push(target.index());
            }
            let prepared = match link {
                Link::Contains => {
                    if let Some(slot) = parent.get_mut(target.index()) {
                        *slot = Some(source.index());
                    }
                    PreparedLink {
                        source: source.index(),
                        mode: DependencyMode::Required,
                        group: None,
                        evidence: Vec::new(),
                        contains: true,
                        infrastructure: true,
                    }
                }
                Link::Uses(dependency) => PreparedLink {
                    source: source.index(),
                    mode: dependency.mode,
                    group: dependency.group.clone(),
                    evidence: dependency
                        .evidence
                        .iter()
                        .map(|evidence| PreparedEvidence {
                            kind: evidence.kind,
                            year: fractional_year(&evidence.date),
                            incident: match (evidence.kind, evidence.incident.as_deref()) {
                                (EvidenceKind::Reported, Some(id)) => incident_number(model, id).unwrap_or(0),
                                _ => 0,
                            },
                        })
                        .collect(),
                    contains: false,
                    infrastructure: model.node(source).kind.is_switchable(),
                },
            };
            if let Some(list) = incoming.get_mut(target.index()) {
                list.push(prepared);
            }
        }
        for links in &mut incoming {
            links.sort_by(|a, b| a.group.cmp(&b.group));
        }
        // A dataset whose date cannot be read gets no age discount rather than a wrong one.
        let as_of = fractional_year(&model.info.as_of).unwrap_or(f64::NEG_INFINITY);
        Prepared { incoming, dependents, parent, as_of }
    }

    /// The likelihoods for `off`, leaving out the reports of the incidents numbered in `excluded`, with sources aged
    /// as of `as_of` (fractional years; `None` for the dataset's `as_of`).
    // Every index below is in range, proven by construction: each vector here has `count` entries (one per node of
    // the model `new` read), every node number stored in `self` (dependents, parents, link sources) is a node of
    // that same model, and what comes from outside (`off`, `backups`) is checked against `count` on entry. This is
    // the calibration's inner loop, run thousands of times, so it indexes directly rather than testing each read.
    #[allow(clippy::indexing_slicing)]
    pub(crate) fn run(
        &self,
        off: &[NodeIndex],
        backups: &[Backup],
        weights: &Weights,
        excluded: &[u32],
        as_of: Option<f64>,
    ) -> Likelihood {
        let count = self.incoming.len();
        let as_of = as_of.unwrap_or(self.as_of);
        // Link weights, once per run: they depend on the weights and on what is excluded.
        let link_weights: Vec<Vec<Option<f64>>> = self
            .incoming
            .iter()
            .map(|links| {
                links
                    .iter()
                    .map(|link| {
                        if link.contains {
                            Some(1.0)
                        } else if as_of.is_finite() {
                            weights.link_weight(&link.evidence, as_of, excluded)
                        } else {
                            let no_decay = Weights { half_life_years: None, ..*weights };
                            no_decay.link_weight(&link.evidence, 0.0, excluded)
                        }
                    })
                    .collect()
            })
            .collect();
        let mut is_off = vec![false; count];
        for index in off {
            if let Some(flag) = is_off.get_mut(index.index()) {
                *flag = true;
            }
        }
        // Providers and regions containing something switched off, which the containment prior reads.
        let mut holds_off = vec![false; count];
        for index in off.iter().filter(|index| index.index() < count) {
            let mut current = self.parent[index.index()];
            while let Some(node) = current {
                if holds_off[node] {
                    break;
                }
                holds_off[node] = true;
                current = self.parent[node];
            }
        }
        let mut backups_of: Vec<Vec<usize>> = vec![Vec::new(); count];
        let mut backed: Vec<Vec<usize>> = vec![Vec::new(); count];
        for backup in backups {
            if backup.service.index() < count && backup.backup.index() < count {
                backups_of[backup.service.index()].push(backup.backup.index());
                backed[backup.backup.index()].push(backup.service.index());
            }
        }
        let mut down = vec![0.0f64; count];
        let mut affected = vec![0.0f64; count];
        let mut queued = vec![false; count];
        let mut updates = vec![0u32; count];
        let mut queue = std::collections::VecDeque::new();
        let push = |node: usize, queue: &mut std::collections::VecDeque<usize>, queued: &mut [bool]| {
            if !queued[node] {
                queued[node] = true;
                queue.push_back(node);
            }
        };
        for node in 0..count {
            if is_off[node] {
                down[node] = 1.0;
                affected[node] = 1.0;
                for &dependent in self.dependents[node].iter().chain(&backed[node]) {
                    push(dependent, &mut queue, &mut queued);
                }
            } else if holds_off[node] {
                for &dependent in &self.dependents[node] {
                    push(dependent, &mut queue, &mut queued);
                }
            }
        }
        while let Some(node) = queue.pop_front() {
            queued[node] = false;
            if is_off[node] || updates[node] >= 200 {
                continue;
            }
            updates[node] += 1;
            let backup_down: f64 = backups_of[node].iter().map(|&backup| down[backup]).product();
            let (mut survive_down, mut survive_affected) = (1.0, 1.0);
            // The redundant group being read and the product of its alternatives' failures.
            let mut group: Option<(&str, f64)> = None;
            for (link, weight) in self.incoming[node].iter().zip(&link_weights[node]) {
                let Some(weight) = *weight else { continue };
                let prior = if !link.contains && holds_off[link.source] { weights.neutral_prior } else { 0.0 };
                let source_down = down[link.source].max(prior);
                let source_affected = affected[link.source].max(prior);
                let backup_factor = if link.infrastructure && !backups_of[node].is_empty() { backup_down } else { 1.0 };
                survive_affected *= 1.0 - weight * source_affected;
                match link.mode {
                    DependencyMode::Required => survive_down *= 1.0 - weight * source_down * backup_factor,
                    DependencyMode::Soft => {}
                    DependencyMode::Redundant => {
                        let name = link.group.as_deref().unwrap_or_default();
                        let failing = weight * source_down * backup_factor;
                        group = match group {
                            Some((current, product)) if current == name => Some((current, product * failing)),
                            Some((_, product)) => {
                                survive_down *= 1.0 - product;
                                Some((name, failing))
                            }
                            None => Some((name, failing)),
                        };
                    }
                }
            }
            if let Some((_, product)) = group {
                survive_down *= 1.0 - product;
            }
            let next_down = (1.0 - survive_down).clamp(0.0, 1.0);
            let next_affected = (1.0 - survive_down * survive_affected).clamp(0.0, 1.0);
            // Values only grow towards the least fixed point; a smaller result is rounding, kept out.
            let moved_down = next_down > down[node] + 1e-12;
            let moved_affected = next_affected > affected[node] + 1e-12;
            if moved_down {
                down[node] = next_down;
            }
            if moved_affected {
                affected[node] = next_affected;
            }
            if moved_down || moved_affected {
                for &dependent in self.dependents[node].iter().chain(&backed[node]) {
                    push(dependent, &mut queue, &mut queued);
                }
            }
        }
        Likelihood { down, affected }
    }
}

#[cfg(test)]
mod tests {
    use super::fractional_year;

    #[test]
    fn dates_read_as_the_middle_of_the_period_they_name() {
        assert_eq!(fractional_year("2025"), Some(2025.5));
        assert_eq!(fractional_year("2025-07"), Some(2025.0 + 6.5 / 12.0));
        assert!((fractional_year("2025-01-01").unwrap_or_default() - (2025.0 + 0.5 / 365.0)).abs() < 1e-12);
        assert_eq!(fractional_year("20 Oct"), None);
    }
}
