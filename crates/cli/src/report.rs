//! The `--json` answers of the commands, one `Serialize` type per command: the stable interface scripts read.
//! Field names and their order are part of that interface; add fields, never rename or remove one.
//! Each report is built from the model's results here and only printed by `main`.

use serde::Serialize;

use cloudfall_model::audit::{AgeBand, Audit};
use cloudfall_model::calibration::{Calibration, Score, THRESHOLD};
use cloudfall_model::certainty::Assessment;
use cloudfall_model::likelihood::{Likelihood, Weights};
use cloudfall_model::replay::{Miss, Replay};
use cloudfall_model::spof::Spof;
use cloudfall_model::{Model, NodeIndex, NodeKind, NodeState, Outcome, Problem};

/// `cloudfall validate --json`: whether the file loads, and every problem with its place in the file.
#[derive(Debug, Serialize)]
pub struct ValidateReport {
    /// The file as named on the command line.
    pub file: String,
    pub valid: bool,
    /// Counts of the loaded model; absent when the file has problems.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub nodes: Option<usize>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub links: Option<usize>,
    pub problems: Vec<ProblemReport>,
}

/// One problem of a data file: its JSON path (empty when the file does not parse) and a sentence.
#[derive(Debug, Serialize)]
pub struct ProblemReport {
    pub path: String,
    pub message: String,
}

impl ValidateReport {
    /// The report for a file that loaded.
    pub fn valid(file: &str, model: &Model) -> ValidateReport {
        ValidateReport {
            file: file.to_string(),
            valid: true,
            nodes: Some(model.node_count()),
            links: Some(model.edge_count()),
            problems: Vec::new(),
        }
    }

    /// The report for a file with problems.
    pub fn invalid(file: &str, problems: &[Problem]) -> ValidateReport {
        ValidateReport {
            file: file.to_string(),
            valid: false,
            nodes: None,
            links: None,
            problems: problems
                .iter()
                .map(|problem| ProblemReport { path: problem.path.clone(), message: problem.message() })
                .collect(),
        }
    }
}

/// `cloudfall audit --json`: the data's health and every broken hard line (see `cloudfall_model::audit`).
#[derive(Debug, Serialize)]
pub struct AuditReport {
    /// The file as named on the command line.
    pub file: String,
    pub version: String,
    pub as_of: String,
    /// Evidence items by kind, strongest first, and by age as of `as_of`.
    pub evidence: Vec<KindAgesReport>,
    pub dependencies: usize,
    pub dependencies_by_strongest: StrongestReport,
    /// `dependencies[i]` whose newest evidence is over five years old.
    pub stale_dependencies: Vec<String>,
    /// Paths of the evidence items read only through a copy.
    pub via_evidence: Vec<String>,
    /// Paths of the other sources read only through a copy.
    pub via_sources: Vec<String>,
    pub cited_dates: usize,
    pub year_only_dates: usize,
    pub month_only_dates: usize,
    pub web_services: usize,
    /// Ids of the web services without any dependency.
    pub unknown_services: Vec<String>,
    pub unknown_with_note: usize,
    pub audiences: usize,
    /// Ids of the services whose audience figure is over three years old.
    pub old_audiences: Vec<String>,
    pub audiences_without_measure_fr: usize,
    pub evidence_notes: usize,
    pub notes_without_fr: usize,
    pub latest_worldwide: Option<String>,
    pub latest_europe: Option<String>,
    /// Every broken hard line; empty when the data keeps them all (exit code 0).
    pub violations: Vec<ViolationReport>,
}

/// The evidence items of one kind, by age.
#[derive(Debug, Serialize)]
pub struct KindAgesReport {
    pub kind: &'static str,
    pub total: usize,
    pub by_age: AgesReport,
}

/// Counts by age band.
#[derive(Debug, Serialize)]
pub struct AgesReport {
    #[serde(rename = "<=1y")]
    pub up_to_one: usize,
    #[serde(rename = "1-3y")]
    pub one_to_three: usize,
    #[serde(rename = "3-5y")]
    pub three_to_five: usize,
    #[serde(rename = ">5y")]
    pub over_five: usize,
}

/// Dependencies by their strongest evidence.
#[derive(Debug, Serialize)]
pub struct StrongestReport {
    pub documented: usize,
    pub reported: usize,
    pub inferred: usize,
}

/// One broken hard line: the rule's name, its JSON path and what to do.
#[derive(Debug, Serialize)]
pub struct ViolationReport {
    pub rule: &'static str,
    pub path: String,
    pub message: String,
}

impl AuditReport {
    /// The report of `audit` for the file `file`.
    pub fn new(file: &str, audit: &Audit) -> AuditReport {
        let band = |ages: &[usize; 4], band: AgeBand| {
            AgeBand::ALL.iter().position(|&b| b == band).and_then(|slot| ages.get(slot).copied()).unwrap_or(0)
        };
        let strongest = |slot: usize| audit.dependencies_by_strongest.get(slot).copied().unwrap_or(0);
        AuditReport {
            file: file.to_string(),
            version: audit.version.clone(),
            as_of: audit.as_of.clone(),
            evidence: audit
                .evidence
                .iter()
                .map(|kind| KindAgesReport {
                    kind: kind.kind.as_str(),
                    total: kind.total(),
                    by_age: AgesReport {
                        up_to_one: band(&kind.by_age, AgeBand::UpToOne),
                        one_to_three: band(&kind.by_age, AgeBand::OneToThree),
                        three_to_five: band(&kind.by_age, AgeBand::ThreeToFive),
                        over_five: band(&kind.by_age, AgeBand::OverFive),
                    },
                })
                .collect(),
            dependencies: audit.dependencies,
            dependencies_by_strongest: StrongestReport {
                documented: strongest(0),
                reported: strongest(1),
                inferred: strongest(2),
            },
            stale_dependencies: audit.stale_dependencies.clone(),
            via_evidence: audit.via_evidence.clone(),
            via_sources: audit.via_sources.clone(),
            cited_dates: audit.cited_dates,
            year_only_dates: audit.year_only_dates,
            month_only_dates: audit.month_only_dates,
            web_services: audit.web_services,
            unknown_services: audit.unknown_services.clone(),
            unknown_with_note: audit.unknown_with_note,
            audiences: audit.audiences,
            old_audiences: audit.old_audiences.clone(),
            audiences_without_measure_fr: audit.audiences_without_measure_fr,
            evidence_notes: audit.evidence_notes,
            notes_without_fr: audit.notes_without_fr,
            latest_worldwide: audit.latest_worldwide.clone(),
            latest_europe: audit.latest_europe.clone(),
            violations: audit
                .violations
                .iter()
                .map(|violation| ViolationReport {
                    rule: violation.rule.as_str(),
                    path: violation.path.clone(),
                    message: violation.message.clone(),
                })
                .collect(),
        }
    }
}

/// `cloudfall simulate --json`: every node's state, the affected web services and, with `--incident`, the replay.
/// Fields are in alphabetical order, as the command printed them before this type existed.
#[derive(Debug, Serialize)]
pub struct SimulateReport {
    /// The web services that are not up.
    pub affected: Vec<AffectedService>,
    /// With `--incident`: how the simulation compares with what was reported.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub incident: Option<IncidentComparison>,
    /// Every node, in the data file's order.
    pub nodes: Vec<NodeReport>,
}

/// One node, its state (`up`, `degraded` or `down`), how we know it (`documented`, `inferred` or `reported`: the
/// weakest link of its most certain chain, for an affected node; `at_risk`, `up` or `unknown` for the others) and its
/// likelihood of being down or degraded (0 to 1, rounded to four decimals; see `cloudfall_model::likelihood`).
#[derive(Debug, Serialize)]
pub struct NodeReport {
    pub certainty: &'static str,
    pub id: String,
    pub kind: NodeKind,
    pub name: String,
    pub state: &'static str,
    pub likelihood: f64,
}

/// A web service that is down or degraded, and how we know it.
#[derive(Debug, Serialize)]
pub struct AffectedService {
    pub certainty: &'static str,
    pub id: String,
    pub name: String,
    pub state: &'static str,
}

/// An incident's replay as node ids: reported and predicted, reported only, predicted only.
#[derive(Debug, Serialize)]
pub struct IncidentComparison {
    pub hits: Vec<String>,
    pub id: String,
    pub misses: Vec<String>,
    pub unreported: Vec<String>,
}

impl SimulateReport {
    /// The report of `outcome`, how we know it and `likelihood`, with `incident`'s comparison when one was replayed.
    pub fn new(
        model: &Model,
        outcome: &Outcome,
        assessment: &Assessment,
        likelihood: &Likelihood,
        incident: Option<(&str, &Replay)>,
    ) -> SimulateReport {
        let nodes = model
            .nodes()
            .map(|(index, node)| NodeReport {
                certainty: assessment.how(index).as_str(),
                id: node.id.to_string(),
                kind: node.kind,
                name: node.name.clone(),
                state: outcome.state(index).as_str(),
                likelihood: round(likelihood.affected(index)),
            })
            .collect();
        let affected = model
            .nodes_of_kind(NodeKind::WebService)
            .filter(|(index, _)| outcome.state(*index) != NodeState::Up)
            .map(|(index, node)| AffectedService {
                certainty: assessment.how(index).as_str(),
                id: node.id.to_string(),
                name: node.name.clone(),
                state: outcome.state(index).as_str(),
            })
            .collect();
        let incident = incident.map(|(id, replay)| IncidentComparison {
            hits: ids(model, &replay.hits),
            id: id.to_string(),
            misses: replay.misses.iter().map(|(index, _)| model.node(*index).id.to_string()).collect(),
            unreported: ids(model, &replay.unreported),
        });
        SimulateReport { affected, incident, nodes }
    }
}

/// `cloudfall replay --json`: every incident, what the model predicts next to what was reported.
#[derive(Debug, Serialize)]
pub struct ReplayReport {
    pub incidents: Vec<IncidentReplay>,
}

/// One incident's replay.
#[derive(Debug, Serialize)]
pub struct IncidentReplay {
    pub id: String,
    /// How many services were reported affected (hits and misses together).
    pub reported: usize,
    /// Reported, and predicted by the rest of the evidence.
    pub hits: Vec<String>,
    /// Reported but not predicted, each with why.
    pub misses: Vec<MissReport>,
    /// Misses that other evidence places on the failed provider.
    pub at_risk: usize,
    /// Predicted down, but reported by no source.
    pub unreported: Vec<String>,
}

/// A reported service the model does not predict, and the reason in words.
#[derive(Debug, Serialize)]
pub struct MissReport {
    pub id: String,
    pub why: String,
}

impl IncidentReplay {
    /// The replay of the incident `id`.
    pub fn new(model: &Model, id: &str, replay: &Replay) -> IncidentReplay {
        IncidentReplay {
            id: id.to_string(),
            reported: replay.hits.len() + replay.misses.len(),
            hits: ids(model, &replay.hits),
            misses: replay
                .misses
                .iter()
                .map(|(index, miss)| MissReport { id: model.node(*index).id.to_string(), why: why(model, miss) })
                .collect(),
            at_risk: replay.at_risk(),
            unreported: ids(model, &replay.unreported),
        }
    }
}

/// Why a reported service was not predicted, as a sentence fragment.
pub fn why(model: &Model, miss: &Miss) -> String {
    match miss {
        Miss::Explained(why) => why.clone(),
        Miss::AtRisk { provider } => format!("at risk: runs on {}", model.node(*provider).id),
        Miss::Unexplained => "(nothing else in the data links it to what failed)".to_string(),
    }
}

/// `cloudfall calibrate --json`: the leave-one-incident-out calibration of the likelihood model.
#[derive(Debug, Serialize)]
pub struct CalibrateReport {
    /// A service counts as predicted from this likelihood on.
    pub threshold: f64,
    /// Each incident held out in turn: the weights fitted on the others, and its scores.
    pub incidents: Vec<HeldOutReport>,
    /// The held-out scores added up over every incident.
    pub overall: ScoreReport,
    /// The weights fitted on all incidents together, which scenarios use.
    pub fitted_on_all: WeightsReport,
}

/// One held-out incident.
#[derive(Debug, Serialize)]
pub struct HeldOutReport {
    pub id: String,
    #[serde(flatten)]
    pub score: ScoreReport,
    pub weights: WeightsReport,
}

/// How a prediction compares with the reports. Recall is absent when nothing was reported, precision when nothing
/// was predicted.
#[derive(Debug, Serialize)]
pub struct ScoreReport {
    pub reported: usize,
    pub predicted: usize,
    pub hits: usize,
    pub recall: Option<f64>,
    pub precision: Option<f64>,
    pub brier: Option<f64>,
    /// The Brier score of predicting that nothing is affected: the bar to beat.
    pub brier_if_nothing: Option<f64>,
}

/// The likelihood model's weights; `half_life_years` is null for no decay with age.
#[derive(Debug, Serialize)]
pub struct WeightsReport {
    pub documented: f64,
    pub reported: f64,
    pub inferred: f64,
    pub half_life_years: Option<f64>,
    pub neutral_prior: f64,
}

impl From<&Score> for ScoreReport {
    fn from(score: &Score) -> ScoreReport {
        ScoreReport {
            reported: score.reported,
            predicted: score.predicted,
            hits: score.hits,
            recall: score.recall().map(round),
            precision: score.precision().map(round),
            brier: score.brier().map(round),
            brier_if_nothing: score.brier_of_nothing().map(round),
        }
    }
}

impl From<&Weights> for WeightsReport {
    fn from(weights: &Weights) -> WeightsReport {
        WeightsReport {
            documented: weights.documented,
            reported: weights.reported,
            inferred: weights.inferred,
            half_life_years: weights.half_life_years,
            neutral_prior: weights.neutral_prior,
        }
    }
}

impl CalibrateReport {
    pub fn new(calibration: &Calibration) -> CalibrateReport {
        CalibrateReport {
            threshold: THRESHOLD,
            incidents: calibration
                .incidents
                .iter()
                .map(|held_out| HeldOutReport {
                    id: held_out.incident.clone(),
                    score: ScoreReport::from(&held_out.score),
                    weights: WeightsReport::from(&held_out.weights),
                })
                .collect(),
            overall: ScoreReport::from(&calibration.overall),
            fitted_on_all: WeightsReport::from(&calibration.fitted_on_all),
        }
    }
}

/// A figure rounded to four decimals, so the JSON reads as the figures do.
fn round(value: f64) -> f64 {
    (value * 10_000.0).round() / 10_000.0
}

fn ids(model: &Model, list: &[NodeIndex]) -> Vec<String> {
    list.iter().map(|&index| model.node(index).id.to_string()).collect()
}

/// `cloudfall spof --json`: what can take one service down.
#[derive(Debug, Serialize)]
pub struct SpofReport {
    /// The id examined.
    pub service: String,
    /// Each switch whose loss alone takes the service down, in data-file order.
    pub points: Vec<PointReport>,
    /// Only when `points` is empty: the fewest switches that take it down together; null when none do.
    pub smallest_set: Option<SmallestSetReport>,
    /// How many switches lie upstream of the service at all: 0 means the data links it to none, so what can take
    /// it down is unknown (not "nothing").
    pub upstream_switches: usize,
}

/// One single point of failure, with the chain (the service first) and the weakest evidence on it.
#[derive(Debug, Serialize)]
pub struct PointReport {
    pub id: String,
    pub name: String,
    pub kind: NodeKind,
    pub chain: Vec<String>,
    /// `documented`, `inferred` or `reported`: the weakest link of the most certain chain.
    pub weakest: &'static str,
}

/// The smallest set of switches, and whether the search proved that no smaller set exists.
#[derive(Debug, Serialize)]
pub struct SmallestSetReport {
    pub ids: Vec<String>,
    pub proven_minimal: bool,
}

impl SpofReport {
    /// The report of `spof`.
    pub fn new(model: &Model, spof: &Spof) -> SpofReport {
        SpofReport {
            service: model.node(spof.target).id.to_string(),
            points: spof
                .points
                .iter()
                .map(|point| {
                    let node = model.node(point.node);
                    PointReport {
                        id: node.id.to_string(),
                        name: node.name.clone(),
                        kind: node.kind,
                        chain: ids(model, &point.chain),
                        weakest: point.weakest.as_str(),
                    }
                })
                .collect(),
            smallest_set: spof
                .smallest_set
                .as_ref()
                .map(|set| SmallestSetReport { ids: ids(model, &set.nodes), proven_minimal: set.proven_minimal }),
            upstream_switches: spof.upstream_switches,
        }
    }
}
