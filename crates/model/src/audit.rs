//! The data's health (issue 15): how old and how direct the evidence is, what the data does not know, what is not
//! yet in French, and the hard lines a dataset must never cross, each broken one with its JSON path.
//! It reads a parsed `DataFile` (paths are the file's own) and never fails: what it cannot read it leaves uncounted.
//! Pure, like the rest of the model: `cloudfall audit` prints it, and a test holds the shipped data to the hard lines.

use std::collections::HashSet;

use crate::data::{DataFile, EvidenceKind, NodeKind, ShareLabel, ShareTable, Source};
use crate::likelihood::fractional_year;

/// Evidence older than this many years is "dated": companies migrate, so an old source says less about today.
pub const DATED_AFTER_YEARS: f64 = 5.0;

/// An audience figure older than this many years is old: audiences move faster than hosting.
pub const OLD_AUDIENCE_AFTER_YEARS: f64 = 3.0;

/// How old a date is as of another, in years, with each date read at the middle of the period it names (as the
/// likelihood model reads them: `2021` is mid-2021). `None` when either date cannot be read; never negative.
pub fn age_in_years(date: &str, as_of: &str) -> Option<f64> {
    Some((fractional_year(as_of)? - fractional_year(date)?).max(0.0))
}

/// Whether a source dated `date` is older than [`DATED_AFTER_YEARS`] as of `as_of`; with its age in whole years
/// when it is, for the words "dated: 9 years old".
pub fn dated(date: &str, as_of: &str) -> Option<u32> {
    let age = age_in_years(date, as_of)?;
    (age > DATED_AFTER_YEARS).then_some(age.floor() as u32)
}

/// How old a piece of evidence is, as the audit counts them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum AgeBand {
    /// At most one year old.
    UpToOne,
    /// More than one and at most three years.
    OneToThree,
    /// More than three and at most five years.
    ThreeToFive,
    /// More than five years: dated.
    OverFive,
}

impl AgeBand {
    pub const ALL: [AgeBand; 4] = [AgeBand::UpToOne, AgeBand::OneToThree, AgeBand::ThreeToFive, AgeBand::OverFive];

    /// The band of an age in years.
    pub fn of(age: f64) -> AgeBand {
        if age <= 1.0 {
            AgeBand::UpToOne
        } else if age <= 3.0 {
            AgeBand::OneToThree
        } else if age <= DATED_AFTER_YEARS {
            AgeBand::ThreeToFive
        } else {
            AgeBand::OverFive
        }
    }

    /// The band's name in reports: `<=1y`, `1-3y`, `3-5y`, `>5y`.
    pub fn as_str(self) -> &'static str {
        match self {
            AgeBand::UpToOne => "<=1y",
            AgeBand::OneToThree => "1-3y",
            AgeBand::ThreeToFive => "3-5y",
            AgeBand::OverFive => ">5y",
        }
    }
}

/// A rule the data must never break (issue 15): a test holds the shipped data to every one.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum HardLine {
    /// A job post is not documentation: a `documented` item's title, note or publisher mentions a job, careers,
    /// hiring, recrute or an offre d'emploi.
    JobPost,
    /// An outage-day article is a report, not documentation: a `documented` item dated on the day of an incident (or
    /// the day after) that lists its dependent as affected, unless its note starts with `first-party:`.
    OutageDay,
    /// A source that could not be found again is not cited: a note saying "not re-found" or "not re-opened".
    NotReFound,
    /// A market table's shares add up to more than 100 %.
    SharesOver100,
    /// A share figure does not say which of its table's sources states it.
    ShareWithoutSource,
}

impl HardLine {
    pub const ALL: [HardLine; 5] = [
        HardLine::JobPost,
        HardLine::OutageDay,
        HardLine::NotReFound,
        HardLine::SharesOver100,
        HardLine::ShareWithoutSource,
    ];

    /// The rule's name in reports.
    pub fn as_str(self) -> &'static str {
        match self {
            HardLine::JobPost => "job-post",
            HardLine::OutageDay => "outage-day",
            HardLine::NotReFound => "not-re-found",
            HardLine::SharesOver100 => "shares-over-100",
            HardLine::ShareWithoutSource => "share-without-source",
        }
    }
}

/// One broken hard line: which, where in the file, and a sentence saying what to do.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Violation {
    pub rule: HardLine,
    /// The JSON path, such as `dependencies[12].evidence[0]`.
    pub path: String,
    pub message: String,
}

/// The evidence items of one kind, by age.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KindAges {
    pub kind: EvidenceKind,
    /// Counts in the order of [`AgeBand::ALL`].
    pub by_age: [usize; 4],
}

impl KindAges {
    pub fn total(&self) -> usize {
        self.by_age.iter().sum()
    }
}

/// The data's health. Lists hold JSON paths or ids so a data editor can go straight to each item.
#[derive(Debug, Clone, PartialEq)]
pub struct Audit {
    pub version: String,
    pub as_of: String,
    /// Evidence items by kind (strongest first) and age; items whose date cannot be read are not counted.
    pub evidence: Vec<KindAges>,
    pub dependencies: usize,
    /// Dependencies by their strongest evidence, in the order of [`EvidenceKind::ALL`].
    pub dependencies_by_strongest: [usize; 3],
    /// Dependencies whose newest evidence, of any kind, is more than five years old: `dependencies[i]`.
    pub stale_dependencies: Vec<String>,
    /// Evidence items read only through a copy: a `via`, or a publisher naming one ("... (via archive.org)").
    pub via_evidence: Vec<String>,
    /// Other sources (market tables, incidents, audiences, headquarters) read through a copy.
    pub via_sources: Vec<String>,
    /// Every date of a citation (evidence and sources), and how many name only a year or only a month.
    pub cited_dates: usize,
    pub year_only_dates: usize,
    pub month_only_dates: usize,
    pub web_services: usize,
    /// Web services that no dependency starts from: what they run on is unknown.
    pub unknown_services: Vec<String>,
    /// How many of those say what was looked for (`hosting_note`).
    pub unknown_with_note: usize,
    pub audiences: usize,
    /// Services whose audience figure is more than three years old.
    pub old_audiences: Vec<String>,
    pub audiences_without_measure_fr: usize,
    /// Evidence notes, and how many have no French version (`note_fr`).
    pub evidence_notes: usize,
    pub notes_without_fr: usize,
    /// The latest market-table period worldwide and in Europe, such as `2025-Q4`.
    pub latest_worldwide: Option<String>,
    pub latest_europe: Option<String>,
    /// Every broken hard line, in file order within each rule.
    pub violations: Vec<Violation>,
}

/// The audit of a data file.
///
/// # Complexity
/// Linear in the size of the file, plus, for each documented item with a full date, a pass over the incidents.
pub fn audit(data: &DataFile) -> Audit {
    let as_of = data.dataset.as_of.as_str();
    let age = |date: &str| age_in_years(date, as_of);
    let mut result = Audit {
        version: data.dataset.version.clone(),
        as_of: as_of.to_string(),
        evidence: EvidenceKind::ALL.iter().map(|&kind| KindAges { kind, by_age: [0; 4] }).collect(),
        dependencies: data.dependencies.len(),
        dependencies_by_strongest: [0; 3],
        stale_dependencies: Vec::new(),
        via_evidence: Vec::new(),
        via_sources: Vec::new(),
        cited_dates: 0,
        year_only_dates: 0,
        month_only_dates: 0,
        web_services: 0,
        unknown_services: Vec::new(),
        unknown_with_note: 0,
        audiences: 0,
        old_audiences: Vec::new(),
        audiences_without_measure_fr: 0,
        evidence_notes: 0,
        notes_without_fr: 0,
        latest_worldwide: latest_period(&data.market_shares, crate::data::ShareScope::Worldwide),
        latest_europe: latest_period(&data.market_shares, crate::data::ShareScope::Europe),
        violations: Vec::new(),
    };

    for (i, dependency) in data.dependencies.iter().enumerate() {
        let path = format!("dependencies[{i}]");
        if let Some(strongest) = dependency.evidence.iter().map(|evidence| evidence.kind).min() {
            if let Some(slot) = EvidenceKind::ALL.iter().position(|&kind| kind == strongest) {
                if let Some(count) = result.dependencies_by_strongest.get_mut(slot) {
                    *count += 1;
                }
            }
        }
        let newest = dependency.evidence.iter().filter_map(|evidence| age(&evidence.date)).reduce(f64::min);
        if newest.is_some_and(|years| years > DATED_AFTER_YEARS) {
            result.stale_dependencies.push(path.clone());
        }
        for (j, evidence) in dependency.evidence.iter().enumerate() {
            let path = format!("{path}.evidence[{j}]");
            if let (Some(years), Some(slot)) =
                (age(&evidence.date), EvidenceKind::ALL.iter().position(|&kind| kind == evidence.kind))
            {
                let band = AgeBand::ALL.iter().position(|&band| band == AgeBand::of(years)).unwrap_or(3);
                if let Some(count) = result.evidence.get_mut(slot).and_then(|kind| kind.by_age.get_mut(band)) {
                    *count += 1;
                }
            }
            count_date(&evidence.date, &mut result);
            if read_through_copy(evidence.via.as_deref(), &evidence.publisher) {
                result.via_evidence.push(path.clone());
            }
            if evidence.note.is_some() {
                result.evidence_notes += 1;
                if evidence.note_fr.is_none() {
                    result.notes_without_fr += 1;
                }
            }
        }
    }

    for (path, source) in other_sources(data) {
        count_date(&source.date, &mut result);
        if read_through_copy(source.via.as_deref(), &source.publisher) {
            result.via_sources.push(path);
        }
    }

    let dependents: HashSet<&str> = data.dependencies.iter().map(|dependency| dependency.dependent.as_str()).collect();
    for node in &data.nodes {
        if node.kind == NodeKind::WebService {
            result.web_services += 1;
            if !dependents.contains(node.id.as_str()) {
                result.unknown_services.push(node.id.clone());
                if node.hosting_note.is_some() {
                    result.unknown_with_note += 1;
                }
            }
        }
        if let Some(audience) = &node.audience {
            result.audiences += 1;
            if age(&audience.source.date).is_some_and(|years| years > OLD_AUDIENCE_AFTER_YEARS) {
                result.old_audiences.push(node.id.clone());
            }
            if audience.measure_fr.is_none() {
                result.audiences_without_measure_fr += 1;
            }
        }
    }

    result.violations = hard_lines(data);
    result
}

/// Every broken hard line of a data file, rule by rule, each in file order.
pub fn hard_lines(data: &DataFile) -> Vec<Violation> {
    let mut violations = Vec::new();
    let mut add = |rule, path: String, message: String| violations.push(Violation { rule, path, message });

    for (i, dependency) in data.dependencies.iter().enumerate() {
        for (j, evidence) in dependency.evidence.iter().enumerate() {
            if evidence.kind != EvidenceKind::Documented {
                continue;
            }
            let path = format!("dependencies[{i}].evidence[{j}]");
            let note = evidence.note.as_deref().unwrap_or("");
            if [evidence.title.as_str(), note, evidence.publisher.as_str()].into_iter().any(mentions_a_job) {
                add(
                    HardLine::JobPost,
                    path.clone(),
                    format!(
                        "{} -> {}: a job post is not documentation; grade it inferred, or cite what the company itself published",
                        dependency.dependent, dependency.depends_on
                    ),
                );
            }
            let first_party = note.trim_start().to_lowercase().starts_with("first-party:");
            if let (Some(day), false) = (day_number(&evidence.date), first_party) {
                let incident = data.incidents.iter().find(|incident| {
                    incident.reported_affected.contains(&dependency.dependent)
                        && day_number(&incident.date).is_some_and(|start| day == start || day == start + 1)
                });
                if let Some(incident) = incident {
                    add(
                        HardLine::OutageDay,
                        path.clone(),
                        format!(
                            "{} -> {}: dated {}, during the outage {} that reports it; an outage-day article is a report, not documentation (a company's own post may start its note with \"first-party:\")",
                            dependency.dependent, dependency.depends_on, evidence.date, incident.id
                        ),
                    );
                }
            }
        }
        for (j, evidence) in dependency.evidence.iter().enumerate() {
            if evidence.note.as_deref().is_some_and(says_not_re_found) {
                add(
                    HardLine::NotReFound,
                    format!("dependencies[{i}].evidence[{j}].note"),
                    format!(
                        "{} -> {}: the note says the source was not found again; find it, cite the copy it was read through (via), or remove it",
                        dependency.dependent, dependency.depends_on
                    ),
                );
            }
        }
    }

    for (i, table) in data.market_shares.iter().enumerate() {
        if table.note.as_deref().is_some_and(says_not_re_found) {
            add(
                HardLine::NotReFound,
                format!("market_shares[{i}].note"),
                format!("{}: the note says a source was not found again", table.key()),
            );
        }
        let total: f64 = table.shares.iter().map(|share| share.percent).sum();
        if total > 100.0 + SHARE_ROUNDING {
            add(
                HardLine::SharesOver100,
                format!("market_shares[{i}].shares"),
                format!("{}: the shares add up to {total:.1} %, more than 100 %", table.key()),
            );
        }
        for j in 0..table.shares.len() {
            if !names_its_source(table, j, total) {
                add(
                    HardLine::ShareWithoutSource,
                    format!("market_shares[{i}].shares[{j}].source"),
                    format!(
                        "{}: this figure does not say which of the table's {} source(s) states it",
                        table.key(),
                        table.sources.len()
                    ),
                );
            }
        }
    }
    violations.sort_by_key(|violation| violation.rule);
    violations
}

/// Counts one cited date, and whether it names only a year or only a month.
fn count_date(date: &str, result: &mut Audit) {
    result.cited_dates += 1;
    match date.split('-').count() {
        1 => result.year_only_dates += 1,
        2 => result.month_only_dates += 1,
        _ => {}
    }
}

/// Floating-point slack when adding shares, far below the 0.1 % the sources print.
const SHARE_ROUNDING: f64 = 1e-6;

/// Whether row `row` of a table says where its figure comes from: a valid `source`, or the table's only source.
/// An "others" row that is exactly the rest of 100 % is a remainder, not a figure, and needs none.
fn names_its_source(table: &ShareTable, row: usize, total: f64) -> bool {
    let Some(share) = table.shares.get(row) else { return true };
    match share.source {
        Some(source) => source < table.sources.len(),
        None if table.sources.len() == 1 => true,
        None => share.label == Some(ShareLabel::Others) && !table.sources.is_empty() && (total - 100.0).abs() < 0.05,
    }
}

/// Whether a text mentions a job post: the words job, career(s) or hiring, a word starting with "recrut"
/// (recrute, recrutement), or "offre(s) d'emploi", in any case. "jobs" alone is left out: batch jobs are not job
/// posts.
pub fn mentions_a_job(text: &str) -> bool {
    let lower = text.to_lowercase().replace('\u{2019}', "'");
    lower.contains("offre d'emploi")
        || lower.contains("offres d'emploi")
        || lower
            .split(|c: char| !c.is_alphanumeric())
            .any(|word| matches!(word, "job" | "career" | "careers" | "hiring") || word.starts_with("recrut"))
}

/// Whether a note says its source could not be found or opened again ("not re-found", "not re-opened").
pub fn says_not_re_found(note: &str) -> bool {
    let lower = note.to_lowercase().replace(['-', '\u{2011}'], "");
    lower.contains("not refound") || lower.contains("not reopened")
}

/// Whether a citation was read through a copy: it names one in `via`, or its publisher does (`... (via site)`,
/// `via copy: site`), as the older entries of the data do.
fn read_through_copy(via: Option<&str>, publisher: &str) -> bool {
    via.is_some_and(|via| !via.trim().is_empty())
        || publisher.to_lowercase().split(|c: char| !c.is_alphanumeric()).any(|word| word == "via")
}

/// Every source outside the dependencies, with its JSON path.
fn other_sources(data: &DataFile) -> Vec<(String, &Source)> {
    let mut sources = Vec::new();
    for (i, table) in data.market_shares.iter().enumerate() {
        for (j, source) in table.sources.iter().enumerate() {
            sources.push((format!("market_shares[{i}].sources[{j}]"), source));
        }
    }
    for (i, node) in data.nodes.iter().enumerate() {
        if let Some(source) = &node.country_source {
            sources.push((format!("nodes[{i}].country_source"), source));
        }
        if let Some(audience) = &node.audience {
            sources.push((format!("nodes[{i}].audience.source"), &audience.source));
        }
    }
    for (i, incident) in data.incidents.iter().enumerate() {
        for (j, source) in incident.sources.iter().enumerate() {
            sources.push((format!("incidents[{i}].sources[{j}]"), source));
        }
    }
    sources
}

/// The latest period of one scope's tables (periods sort as text: `2025-Q3` < `2025-Q4`).
fn latest_period(tables: &[ShareTable], scope: crate::data::ShareScope) -> Option<String> {
    tables.iter().filter(|table| table.scope == scope).map(|table| table.period.clone()).max()
}

/// A full date `YYYY-MM-DD` as a count of days (from 1970-01-01), so "the day after" crosses months and years;
/// `None` for a year-only or month-only date, or one that is not a date.
pub fn day_number(date: &str) -> Option<i64> {
    let mut parts = date.split('-');
    let (year, month, day) = (parts.next()?, parts.next()?, parts.next()?);
    if parts.next().is_some() {
        return None;
    }
    let (year, month, day): (i64, i64, i64) = (year.parse().ok()?, month.parse().ok()?, day.parse().ok()?);
    if !(1..=12).contains(&month) || !(1..=31).contains(&day) {
        return None;
    }
    // Days from civil (Howard Hinnant's algorithm): March-based years put the leap day last.
    let year = if month <= 2 { year - 1 } else { year };
    let era = year.div_euclid(400);
    let year_of_era = year - era * 400;
    let day_of_year = (153 * (month + if month > 2 { -3 } else { 9 }) + 2) / 5 + day - 1;
    let day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
    Some(era * 146_097 + day_of_era - 719_468)
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]

    use super::*;

    #[test]
    fn the_day_after_crosses_months_years_and_leap_days() {
        assert_eq!(day_number("1970-01-01"), Some(0));
        assert_eq!(day_number("2021-03-01").unwrap() - day_number("2021-02-28").unwrap(), 1);
        assert_eq!(day_number("2024-03-01").unwrap() - day_number("2024-02-29").unwrap(), 1);
        assert_eq!(day_number("2026-01-01").unwrap() - day_number("2025-12-31").unwrap(), 1);
        assert_eq!(day_number("2025-10"), None);
        assert_eq!(day_number("2025"), None);
    }

    #[test]
    fn ages_fall_in_bands_and_only_sources_over_five_years_are_dated() {
        assert_eq!(AgeBand::of(0.5), AgeBand::UpToOne);
        assert_eq!(AgeBand::of(2.0), AgeBand::OneToThree);
        assert_eq!(AgeBand::of(4.9), AgeBand::ThreeToFive);
        assert_eq!(AgeBand::of(5.1), AgeBand::OverFive);
        assert_eq!(dated("2016", "2026-11-25"), Some(10));
        assert_eq!(dated("2024-05-01", "2026-11-25"), None);
        assert_eq!(dated("2030", "2026-11-25"), None);
        assert_eq!(dated("someday", "2026-11-25"), None);
    }

    #[test]
    fn job_words_are_found_but_batch_jobs_are_not() {
        assert!(mentions_a_job("Senior Network Engineer (job post)"));
        assert!(mentions_a_job("Back Market Careers"));
        assert!(mentions_a_job("We're HIRING"));
        assert!(mentions_a_job("Doctolib recrute un SRE"));
        assert!(mentions_a_job("Offre d\u{2019}emploi : ingénieur cloud"));
        assert!(!mentions_a_job("Batch-processing jobs moved to Amazon ECS"));
        assert!(!mentions_a_job("Engineering blog"));
    }

    #[test]
    fn notes_saying_a_source_was_not_found_again_are_caught() {
        assert!(says_not_re_found("From the lead file; not re-found."));
        assert!(says_not_re_found("Not re-opened; page undated."));
        assert!(!says_not_re_found("Re-opened on 2026-11-20."));
    }
}
