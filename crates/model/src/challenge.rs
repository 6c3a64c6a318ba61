//! The challenges after the story (issue 17), each checked by a pure function of the model and the scenario,
//! with its own explanation for each kind of wrong answer; and the short answer code that carries a pupil's results
//! to the teacher without a server (encoded, checksummed, decoded into a class tally on the teacher page).
//! No text here: the app's string tables say each verdict in the pupil's language.

use crate::data::NodeKind;
use crate::graph::{Model, NodeId, NodeIndex};
use crate::outage::{blast_radius, propagate_with, NodeState};
use crate::scenario::Scenario;
use crate::story::STEPS;

/// A challenge, named in the URL by its code (`challenge=most`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Challenge {
    /// One switch (a region, a zone or a cloud service, not a whole provider) that darkens the most web services.
    Most,
    /// Make Roblox survive the loss of us-east-1 with one change (one what-if backup).
    Survive,
    /// A web service that goes dark when AWS fails without using AWS directly.
    Indirect,
    /// Switch off one availability zone: how many web services go dark?
    Zone,
    /// One web service is shown as "Mystery service", its name and links hidden: switch providers and regions off
    /// and on to find which provider it runs on (the one `mystery` chooses from the model).
    Mystery,
}

/// The service the `Survive` challenge asks to save: it depends only on DynamoDB in us-east-1.
pub const SURVIVOR: &str = "roblox";
/// The region the `Survive` challenge switches off.
pub const LOST_REGION: &str = "aws/us-east-1";
/// The provider the `Indirect` challenge switches off.
pub const LOST_PROVIDER: &str = "aws";

impl Challenge {
    pub const ALL: [Challenge; 5] =
        [Challenge::Most, Challenge::Survive, Challenge::Indirect, Challenge::Zone, Challenge::Mystery];

    /// The challenge's name in the URL.
    pub fn code(self) -> &'static str {
        match self {
            Challenge::Most => "most",
            Challenge::Survive => "survive",
            Challenge::Indirect => "indirect",
            Challenge::Zone => "zone",
            Challenge::Mystery => "mystery",
        }
    }

    pub fn from_code(code: &str) -> Option<Challenge> {
        Challenge::ALL.into_iter().find(|challenge| challenge.code().eq_ignore_ascii_case(code.trim()))
    }

    /// Its bit in an answer code: the position in `ALL`, which therefore only ever grows at the end.
    pub fn bit(self) -> u8 {
        match self {
            Challenge::Most => 1,
            Challenge::Survive => 2,
            Challenge::Indirect => 4,
            Challenge::Zone => 8,
            Challenge::Mystery => 16,
        }
    }

    /// What is switched off when the challenge opens.
    pub fn start(self) -> &'static [&'static str] {
        match self {
            Challenge::Most | Challenge::Zone | Challenge::Mystery => &[],
            Challenge::Survive => &[LOST_REGION],
            Challenge::Indirect => &[LOST_PROVIDER],
        }
    }
}

/// The pupil's answer to the `Zone` challenge: how much goes dark when one availability zone is off.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ZoneGuess {
    Nothing,
    AFew,
    WholeRegion,
}

impl ZoneGuess {
    pub const ALL: [ZoneGuess; 3] = [ZoneGuess::Nothing, ZoneGuess::AFew, ZoneGuess::WholeRegion];
}

/// A checked answer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Verdict {
    Right(Right),
    Wrong(Wrong),
}

impl Verdict {
    pub fn is_right(&self) -> bool {
        matches!(self, Verdict::Right(_))
    }
}

/// What a right answer found, for the explanation that confirms it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Right {
    /// `node` alone darkens `down` web services, the most of any region, zone or cloud service.
    Most { node: NodeId, down: usize },
    /// With `backup`, the survivor is `state` (degraded) instead of down.
    Survive { backup: NodeId, state: NodeState },
    /// `service` is down through `via`, which is not AWS.
    Indirect { service: NodeId, via: NodeId },
    /// One zone off darkens nothing.
    Zone,
    /// The mystery service runs on `provider` (its name stays hidden).
    Mystery { provider: NodeId },
}

/// Why an answer is wrong, one kind per mistake, each with what the pupil needs to see it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Wrong {
    /// Nothing is switched off.
    NothingOff,
    /// More than one thing is switched off (or a jurisdiction).
    MoreThanOne,
    /// A whole provider: allowed by the map, not by the question.
    WholeProvider {
        node: NodeId,
    },
    /// `node` darkens `down`; one region, zone or cloud service darkens `best`.
    Smaller {
        node: NodeId,
        down: usize,
        best: usize,
    },
    /// The lost region was switched back on.
    RegionBackOn,
    /// No what-if backup yet.
    NoBackup,
    /// More than one change (several backups, or more switched off).
    TooManyChanges,
    /// The backup is for another service than the one to save.
    OtherService {
        service: NodeId,
    },
    /// The backup fails with the region (it sits inside it, or needs it).
    BackupFailsToo {
        backup: NodeId,
    },
    /// AWS was switched back on.
    ProviderBackOn,
    NothingSelected,
    /// The selected node is not a web service.
    NotWebService {
        node: NodeId,
    },
    /// The selected service is not down.
    NotDark {
        service: NodeId,
        state: NodeState,
    },
    /// The selected service depends on `on`, a part of AWS, directly.
    UsesAwsDirectly {
        service: NodeId,
        on: NodeId,
    },
    /// What is off is not exactly one availability zone.
    NoZoneOff,
    /// The pupil has not said what changes.
    NoGuess,
    /// The guess does not match: `down` web services go dark.
    WrongGuess {
        guess: ZoneGuess,
        down: usize,
    },
    /// No provider named yet.
    NoProvider,
    /// `provider` alone switched off leaves the mystery service running: it does not depend on it.
    StillRunsWithout {
        provider: NodeId,
    },
    /// The data has no web service that one provider alone darkens (a custom file): the challenge cannot be asked.
    NoMystery,
}

/// Checks `scenario` (what the pupil switched off, backed up or opened) and, for the zone challenge, `guess`, as
/// an answer to `challenge`.
///
/// # Complexity
/// One propagation, or one per switchable node for `Most` (the blast radius).
pub fn check(model: &Model, challenge: Challenge, scenario: &Scenario, guess: Option<ZoneGuess>) -> Verdict {
    match check_inner(model, challenge, scenario, guess) {
        Ok(right) => Verdict::Right(right),
        Err(wrong) => Verdict::Wrong(wrong),
    }
}

fn check_inner(
    model: &Model,
    challenge: Challenge,
    scenario: &Scenario,
    guess: Option<ZoneGuess>,
) -> Result<Right, Wrong> {
    let off = scenario.off_indices(model);
    let outcome = propagate_with(model, &off, &scenario.backup_indices(model));
    let only = |off: &[NodeIndex]| match off {
        [] => Err(Wrong::NothingOff),
        [one] if scenario.jurisdictions.is_empty() => Ok(*one),
        _ => Err(Wrong::MoreThanOne),
    };
    match challenge {
        Challenge::Most => {
            let chosen = only(&off)?;
            let node = model.node(chosen).id.clone();
            if model.node(chosen).kind == NodeKind::Provider {
                return Err(Wrong::WholeProvider { node });
            }
            let ranking = blast_radius(model, &[]);
            let allowed = ranking.iter().filter(|blast| model.node(blast.node).kind != NodeKind::Provider);
            let best = allowed.map(|blast| blast.down).max().unwrap_or(0);
            let down = ranking.iter().find(|blast| blast.node == chosen).map_or(0, |blast| blast.down);
            if down >= best {
                Ok(Right::Most { node, down })
            } else {
                Err(Wrong::Smaller { node, down, best })
            }
        }
        Challenge::Survive => {
            let region = NodeId::new(LOST_REGION);
            if !scenario.off.contains(&region) {
                return Err(Wrong::RegionBackOn);
            }
            if scenario.off.len() > 1 || !scenario.jurisdictions.is_empty() || scenario.backups.len() > 1 {
                return Err(Wrong::TooManyChanges);
            }
            let Some((service, backup)) = scenario.backups.iter().next() else {
                return Err(Wrong::NoBackup);
            };
            if service.as_str() != SURVIVOR {
                return Err(Wrong::OtherService { service: service.clone() });
            }
            let state = model.lookup(service).map_or(NodeState::Down, |index| outcome.state(index));
            if state.is_dark() {
                Err(Wrong::BackupFailsToo { backup: backup.clone() })
            } else {
                Ok(Right::Survive { backup: backup.clone(), state })
            }
        }
        Challenge::Indirect => {
            if !scenario.off.contains(&NodeId::new(LOST_PROVIDER)) {
                return Err(Wrong::ProviderBackOn);
            }
            let service = scenario.selected.clone().ok_or(Wrong::NothingSelected)?;
            let index = model.lookup(&service).ok_or(Wrong::NothingSelected)?;
            if model.node(index).kind != NodeKind::WebService {
                return Err(Wrong::NotWebService { node: service });
            }
            let state = outcome.state(index);
            if !state.is_dark() {
                return Err(Wrong::NotDark { service, state });
            }
            let depends_on: Vec<NodeIndex> = model.dependencies_of(index).map(|(on, _)| on).collect();
            if let Some(&on) = depends_on.iter().find(|&&on| is_aws(&model.node(on).id)) {
                return Err(Wrong::UsesAwsDirectly { service, on: model.node(on).id.clone() });
            }
            let via = depends_on.iter().find(|&&on| outcome.state(on).is_dark()).unwrap_or(&index);
            Ok(Right::Indirect { service, via: model.node(*via).id.clone() })
        }
        Challenge::Zone => {
            let zone = only(&off).map_err(|_| Wrong::NoZoneOff)?;
            if model.node(zone).kind != NodeKind::Zone {
                return Err(Wrong::NoZoneOff);
            }
            let guess = guess.ok_or(Wrong::NoGuess)?;
            let down =
                model.nodes_of_kind(NodeKind::WebService).filter(|(index, _)| outcome.state(*index).is_dark()).count();
            let region_down =
                model.node(zone).id.parent().and_then(|region| model.lookup(&region)).map_or(0, |region| {
                    let outcome = propagate_with(model, &[region], &[]);
                    model
                        .nodes_of_kind(NodeKind::WebService)
                        .filter(|(index, _)| outcome.state(*index).is_dark())
                        .count()
                });
            let actual = match down {
                0 => ZoneGuess::Nothing,
                _ if down >= region_down => ZoneGuess::WholeRegion,
                _ => ZoneGuess::AFew,
            };
            if guess == actual {
                Ok(Right::Zone)
            } else {
                Err(Wrong::WrongGuess { guess, down })
            }
        }
        Challenge::Mystery => {
            let answer = mystery(model).ok_or(Wrong::NoMystery)?;
            let named = scenario.challenge.as_ref().and_then(|place| place.provider.clone());
            let provider = named.ok_or(Wrong::NoProvider)?;
            if model.lookup(&provider) == Some(answer.provider) {
                Ok(Right::Mystery { provider })
            } else {
                Err(Wrong::StillRunsWithout { provider })
            }
        }
    }
}

/// The mystery challenge's service and the one provider it runs on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Mystery {
    pub service: NodeIndex,
    pub provider: NodeIndex,
}

/// Chooses the mystery service from the model, so the answer is unique and documented: among the web services
/// that exactly one provider, switched off alone, takes down through a documented chain (not an outage-day report
/// only), and that no other provider takes down or degrades, the best known (the largest audience; the id breaks
/// ties). `None` when the data has no such service.
///
/// # Complexity
/// One propagation and one assessment per provider, O(P · (V + E)).
pub fn mystery(model: &Model) -> Option<Mystery> {
    let services: Vec<NodeIndex> = model.nodes_of_kind(NodeKind::WebService).map(|(index, _)| index).collect();
    // For each web service: the providers that touch it, and whether the one that does is documented.
    let mut touched: Vec<(usize, Option<NodeIndex>, bool)> = vec![(0, None, false); model.node_count()];
    for (provider, _) in model.nodes_of_kind(NodeKind::Provider) {
        let outcome = propagate_with(model, &[provider], &[]);
        let assessment = crate::certainty::assess(model, &outcome, &[], None);
        for &service in &services {
            let state = outcome.state(service);
            if state == NodeState::Up {
                continue;
            }
            if let Some(slot) = touched.get_mut(service.index()) {
                let documented = state == NodeState::Down
                    && assessment.certainty(service) == Some(crate::certainty::Certainty::Documented);
                *slot = (slot.0 + 1, Some(provider), documented);
            }
        }
    }
    let audience = |index: NodeIndex| model.node(index).audience.as_ref().map_or(0.0, |audience| audience.millions);
    services
        .iter()
        .filter_map(|&service| match touched.get(service.index()) {
            Some(&(1, Some(provider), true)) => Some(Mystery { service, provider }),
            _ => None,
        })
        .max_by(|a, b| {
            audience(a.service)
                .total_cmp(&audience(b.service))
                .then_with(|| model.node(b.service).id.cmp(&model.node(a.service).id))
        })
}

/// Whether `id` is AWS or a part of it (a region, zone or cloud service of AWS).
fn is_aws(id: &NodeId) -> bool {
    id.as_str() == LOST_PROVIDER || id.as_str().starts_with("aws/")
}

/// A pupil's results: the story steps done, the challenges solved, and how many answers were checked.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Hash)]
pub struct Progress {
    /// Bit `n - 1` for story step `n` whose action was taken.
    pub steps: u8,
    /// `Challenge::bit`s of the challenges solved.
    pub solved: u8,
    /// Answers checked, right or wrong, up to 63.
    pub tries: u8,
}

impl Progress {
    /// The progress after taking story step `number`'s action.
    pub fn with_step(self, number: u8) -> Progress {
        let bit = number.checked_sub(1).and_then(|shift| 1u8.checked_shl(u32::from(shift))).unwrap_or(0);
        Progress { steps: self.steps | bit, ..self }
    }

    /// The progress after checking an answer to `challenge`.
    pub fn with_answer(self, challenge: Challenge, right: bool) -> Progress {
        Progress {
            solved: if right { self.solved | challenge.bit() } else { self.solved },
            tries: (self.tries + 1).min(MAX_TRIES),
            ..self
        }
    }

    /// How many story steps were done.
    pub fn steps_done(self) -> u32 {
        self.steps.count_ones()
    }

    pub fn solved(self, challenge: Challenge) -> bool {
        self.solved & challenge.bit() != 0
    }
}

const MAX_TRIES: u8 = 63;

/// Crockford's base 32: no I, L, O or U, so a code read aloud or copied by hand is not mistaken.
const ALPHABET: &[u8; 32] = b"0123456789ABCDEFGHJKMNPQRSTVWXYZ";
/// The format of the code, in its first two bits, so a later format can be told apart.
const FORMAT: u32 = 1;
/// The checksum is a weighted sum of the payload's digits modulo this prime: any one wrong digit and any two
/// swapped neighbours change it (the weights differ by one and a digit difference is below the prime).
const CHECK_PRIME: u32 = 1021;

/// The answer code for `progress`: `CF-` then five digits of payload and two of checksum, e.g. `CF-8Z1K3-QD`.
pub fn encode(progress: Progress) -> String {
    let payload = FORMAT << 22
        | u32::from(progress.steps) << 14
        | u32::from(progress.solved & 0x3f) << 8
        | u32::from(progress.tries.min(MAX_TRIES)) << 2;
    let digits: Vec<u32> = (0..5).rev().map(|at| (payload >> (5 * at)) & 31).collect();
    let check = checksum(&digits);
    let mut code = String::from("CF-");
    code.extend(digits.iter().map(|&digit| symbol(digit)));
    code.push('-');
    code.push(symbol(check >> 5));
    code.push(symbol(check & 31));
    code
}

/// The symbol of a base-32 digit (every digit made here is below 32; a larger one would read as `0`).
fn symbol(digit: u32) -> char {
    ALPHABET.get(digit as usize).map_or('0', |&byte| char::from(byte))
}

fn checksum(digits: &[u32]) -> u32 {
    digits.iter().zip(1..).map(|(digit, weight)| digit * weight).sum::<u32>() * 7 % CHECK_PRIME
}

/// Why a pasted code was not read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CodeProblem {
    /// Not seven letters and digits after `CF`.
    Shape,
    /// A character that is not in the code's alphabet.
    Character(char),
    /// The checksum does not match: a typo.
    Checksum,
    /// A format this version of the page does not know.
    Format,
}

/// Reads an answer code, forgiving case, spaces and dashes, and the letters I, L (as 1) and O (as 0).
///
/// # Errors
/// When the code is not the right length, holds a character that is not in the alphabet, or fails its checksum.
pub fn decode(code: &str) -> Result<Progress, CodeProblem> {
    let cleaned: String =
        code.chars().filter(|c| !c.is_whitespace() && *c != '-').map(|c| c.to_ascii_uppercase()).collect();
    let body = cleaned.strip_prefix("CF").ok_or(CodeProblem::Shape)?;
    if body.chars().count() != 7 {
        return Err(CodeProblem::Shape);
    }
    let mut digits = Vec::with_capacity(7);
    for c in body.chars() {
        let c = match c {
            'I' | 'L' => '1',
            'O' => '0',
            other => other,
        };
        let digit = ALPHABET.iter().position(|&a| char::from(a) == c).ok_or(CodeProblem::Character(c))?;
        digits.push(digit as u32);
    }
    let (payload_digits, check_digits) = digits.split_at(5);
    let check = check_digits.iter().fold(0u32, |acc, digit| acc * 32 + digit);
    if check != checksum(payload_digits) {
        return Err(CodeProblem::Checksum);
    }
    let payload = payload_digits.iter().fold(0u32, |acc, digit| acc << 5 | digit);
    if payload >> 22 != FORMAT {
        return Err(CodeProblem::Format);
    }
    let byte = |shift: u32, mask: u32| ((payload >> shift) & mask) as u8;
    Ok(Progress { steps: byte(14, 0xff), solved: byte(8, 0x3f), tries: byte(2, 0x3f) })
}

/// A class's results, from the codes pasted on the teacher page.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Tally {
    /// Codes read.
    pub pupils: usize,
    /// For each story step, how many pupils did it.
    pub steps: Vec<usize>,
    /// For each challenge (in `Challenge::ALL` order), how many pupils solved it.
    pub solved: Vec<(Challenge, usize)>,
    /// Answers checked, over the class.
    pub tries: usize,
    /// The pieces that were not read, each with why.
    pub unread: Vec<(String, CodeProblem)>,
}

/// Tallies every code in `text` (one per line, or separated by spaces or commas; other words are skipped when
/// they do not start with `CF`). The same code twice counts twice: two pupils can have the same results.
pub fn tally(text: &str) -> Tally {
    let mut tally = Tally {
        steps: vec![0; STEPS.len()],
        solved: Challenge::ALL.iter().map(|challenge| (*challenge, 0)).collect(),
        ..Tally::default()
    };
    for piece in text.split(|c: char| c.is_whitespace() || c == ',' || c == ';').filter(|piece| !piece.is_empty()) {
        if !piece.to_ascii_uppercase().starts_with("CF") {
            continue;
        }
        match decode(piece) {
            Ok(progress) => {
                tally.pupils += 1;
                tally.tries += usize::from(progress.tries);
                for (at, count) in tally.steps.iter_mut().enumerate() {
                    *count += usize::from(progress.steps >> at & 1);
                }
                for (challenge, count) in &mut tally.solved {
                    *count += usize::from(progress.solved(*challenge));
                }
            }
            Err(problem) => tally.unread.push((piece.to_string(), problem)),
        }
    }
    tally
}
