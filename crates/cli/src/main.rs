//! The `cloudfall` command: check a data file and audit its health, simulate or replay an outage, find what can take
//! a service down, print the data file's JSON Schema, with the same model the app uses. Exit codes: 0 fine, 1 the data
//! has problems (or breaks a hard line, or has no node with the id `spof` asks about), 2 the command was used wrongly.
//! The command line is declared in `args`, the JSON answers in `report`; output into a closed pipe ends quietly.

#![forbid(unsafe_code)]

mod args;
mod report;
mod schema;

use std::path::Path;
use std::process::ExitCode;
use std::time::Instant;

use clap::Parser;

use cloudfall_model::audit::audit;
use cloudfall_model::calibration::calibrate;
use cloudfall_model::certainty::assess;
use cloudfall_model::generate::generate;
use cloudfall_model::likelihood::{likelihood, likelihood_independently, Weights};
use cloudfall_model::metrics::impact;
use cloudfall_model::outage::{blast_radius, propagate_independently, propagate_with, Backup};
use cloudfall_model::replay::{compare, replay};
use cloudfall_model::spof::{analyse, SearchLimit};
use cloudfall_model::validate::build;
use cloudfall_model::{load, load_bytes, Model, NodeId, NodeIndex, NodeKind, NodeState};

use crate::args::{Cli, Command, Data, Simulate, Spof};
use crate::report::{
    AuditReport, CalibrateReport, IncidentReplay, ReplayReport, SimulateReport, SpofReport, ValidateReport,
};

/// Like `println!`, but a closed pipe (`cloudfall replay | head`) ends the output quietly instead of panicking.
macro_rules! out {
    ($($arg:tt)*) => {{
        use std::io::Write as _;
        let _ = writeln!(std::io::stdout().lock(), $($arg)*);
    }};
}

/// The shipped data, used when a command is given no `--data`.
const SHIPPED: &str = include_str!("../../../static/data/cloudfall.json");

/// Why a command stopped, as a sentence, and so its exit code.
enum Failure {
    /// The command was used wrongly (exit code 2): an unknown id, nothing to switch off, a file that cannot be read.
    Misuse(String),
    /// The data has problems (exit code 1).
    Data(String),
}

impl From<String> for Failure {
    fn from(message: String) -> Failure {
        Failure::Misuse(message)
    }
}

fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(error) => {
            // `--help` and `--version` are "errors" that print to standard output and exit with 0.
            let _ = error.print();
            return ExitCode::from(u8::try_from(error.exit_code()).unwrap_or(2));
        }
    };
    let name = command_name(&cli.command);
    match run(cli.command) {
        Ok(code) => code,
        Err(Failure::Misuse(message)) => {
            eprintln!("error: {message}\n\nFor more information, try 'cloudfall {name} --help'.");
            ExitCode::from(2)
        }
        Err(Failure::Data(message)) => {
            eprintln!("error: {message}");
            ExitCode::from(1)
        }
    }
}

fn command_name(command: &Command) -> &'static str {
    match command {
        Command::Validate { .. } => "validate",
        Command::Audit { .. } => "audit",
        Command::Simulate(_) => "simulate",
        Command::Replay { .. } => "replay",
        Command::Spof(_) => "spof",
        Command::Calibrate { .. } => "calibrate",
        Command::Bench { .. } => "bench",
        Command::Generate { .. } => "generate",
        Command::Split { .. } => "split",
        Command::Schema => "schema",
        Command::Oembed { .. } => "oembed",
        Command::Snapshot { .. } => "snapshot",
    }
}

fn run(command: Command) -> Result<ExitCode, Failure> {
    match command {
        Command::Validate { file, json } => validate(&file, json),
        Command::Audit { file, json } => audit_data(file.as_deref(), json),
        Command::Simulate(options) => simulate(options),
        Command::Replay { data, json } => replay_all(&data, json),
        Command::Spof(options) => spof(options),
        Command::Calibrate { data, json } => calibrate_all(&data, json),
        Command::Bench { data } => bench(&data),
        Command::Generate { nodes, seed } => {
            print_json(&generate(nodes, seed), false)?;
            Ok(ExitCode::SUCCESS)
        }
        Command::Snapshot { data, out, page, public_url } => snapshot(&data, &out, page.as_deref(), &public_url),
        Command::Split { file, out, check } => split_data(&file, &out, check),
        Command::Schema => {
            out!("{}", schema::data_schema()?);
            Ok(ExitCode::SUCCESS)
        }
        Command::Oembed { url } => {
            let page = cloudfall_model::embed::public_url(&url).map_err(Failure::Misuse)?;
            out!("{}", cloudfall_model::embed::oembed(&page, "Cloudfall — cloud concentration risk"));
            Ok(ExitCode::SUCCESS)
        }
    }
}

/// `cloudfall split`: the core and details files for the app's first load and the embed's story core, or with
/// `check`, whether they are current.
fn split_data(file: &Path, dir: &Path, check: bool) -> Result<ExitCode, Failure> {
    use cloudfall_model::split::{split, CORE_FILE, STORY_FILE};
    let name = file.display().to_string();
    let bytes = read(file)?;
    load_bytes(&bytes).map_err(|problems| {
        Failure::Data(format!(
            "{name} has {} problem(s); run `cloudfall validate` on it first. First: {}",
            problems.len(),
            problems.first().map(ToString::to_string).unwrap_or_default()
        ))
    })?;
    let text = String::from_utf8_lossy(&bytes);
    let data = cloudfall_model::validate::parse_file(&text)
        .map_err(|problems| Failure::Data(format!("{name} cannot be read: {}", problems.len())))?;
    let parts = split(&data).map_err(Failure::Data)?;
    let (core, details) = parts.to_json().map_err(Failure::Data)?;
    let story = parts.story_json().map_err(Failure::Data)?;
    let files = [(dir.join(CORE_FILE), core), (dir.join(STORY_FILE), story), (dir.join(&parts.details.file), details)];
    let stale: Vec<String> = std::fs::read_dir(dir)
        .map_err(|error| format!("cannot read the folder {}: {error}", dir.display()))?
        .filter_map(Result::ok)
        .map(|entry| entry.file_name().to_string_lossy().into_owned())
        .filter(|entry| {
            entry.starts_with("cloudfall.details.") && entry.ends_with(".json") && *entry != parts.details.file
        })
        .collect();
    if check {
        let mut problems: Vec<String> = files
            .iter()
            .filter(|(path, text)| std::fs::read_to_string(path).ok().as_deref() != Some(text.as_str()))
            .map(|(path, _)| format!("{} is missing or not split from {name}", path.display()))
            .collect();
        problems.extend(stale.iter().map(|old| format!("{old} in {} is from an older split", dir.display())));
        if problems.is_empty() {
            out!("{}: the core, story and details files are current", dir.display());
            return Ok(ExitCode::SUCCESS);
        }
        return Err(Failure::Data(format!(
            "{}; run `cloudfall split {name} --out {}`",
            problems.join("; "),
            dir.display()
        )));
    }
    for (path, text) in &files {
        if std::fs::read_to_string(path).ok().as_deref() != Some(text.as_str()) {
            std::fs::write(path, text).map_err(|error| format!("cannot write {}: {error}", path.display()))?;
        }
        out!("{} ({} bytes)", path.display(), text.len());
    }
    for old in stale {
        let path = dir.join(&old);
        std::fs::remove_file(&path).map_err(|error| format!("cannot remove {}: {error}", path.display()))?;
        out!("removed {}", path.display());
    }
    Ok(ExitCode::SUCCESS)
}

fn validate(file: &Path, json: bool) -> Result<ExitCode, Failure> {
    let name = file.display().to_string();
    let bytes = read(file)?;
    let (report, code) = match load_bytes(&bytes) {
        Ok(model) => (ValidateReport::valid(&name, &model), ExitCode::SUCCESS),
        Err(problems) => (ValidateReport::invalid(&name, &problems), ExitCode::from(1)),
    };
    if json {
        print_json(&report, false)?;
    } else if report.valid {
        out!("{name}: valid ({} nodes, {} links)", report.nodes.unwrap_or(0), report.links.unwrap_or(0));
    } else {
        for problem in &report.problems {
            if problem.path.is_empty() {
                out!("{name}: {}", problem.message);
            } else {
                out!("{name}: {}: {}", problem.path, problem.message);
            }
        }
        out!("{} problem(s)", report.problems.len());
    }
    Ok(code)
}

fn audit_data(file: Option<&Path>, json: bool) -> Result<ExitCode, Failure> {
    let (name, bytes) = match file {
        Some(path) => (path.display().to_string(), read(path)?),
        None => ("static/data/cloudfall.json (built in)".to_string(), SHIPPED.as_bytes().to_vec()),
    };
    // The audit reads the file as written, so its paths are the file's own; it must be valid first.
    load_bytes(&bytes).map_err(|problems| {
        Failure::Data(format!(
            "{name} has {} problem(s); run `cloudfall validate` on it first. First: {}",
            problems.len(),
            problems.first().map(ToString::to_string).unwrap_or_default()
        ))
    })?;
    let data: cloudfall_model::data::DataFile =
        serde_json::from_slice(&bytes).map_err(|error| Failure::Data(format!("{name} cannot be read: {error}")))?;
    let report = AuditReport::new(&name, &audit(&data));
    let code = if report.violations.is_empty() { ExitCode::SUCCESS } else { ExitCode::from(1) };
    if json {
        print_json(&report, true)?;
        return Ok(code);
    }
    out!("{name}: dataset {}, facts checked up to {}", report.version, report.as_of);
    let total: usize = report.evidence.iter().map(|kind| kind.total).sum();
    out!("Evidence: {total} items, by kind and age (as of {}):", report.as_of);
    out!("  {:<11} {:>6} {:>6} {:>6} {:>6} {:>6}", "", "<=1y", "1-3y", "3-5y", ">5y", "total");
    for kind in &report.evidence {
        let ages = &kind.by_age;
        out!(
            "  {:<11} {:>6} {:>6} {:>6} {:>6} {:>6}",
            kind.kind,
            ages.up_to_one,
            ages.one_to_three,
            ages.three_to_five,
            ages.over_five,
            kind.total
        );
    }
    let by = &report.dependencies_by_strongest;
    out!(
        "Dependencies: {} ({} documented, {} reported only, {} inferred at best); {} rest only on evidence over five years old",
        report.dependencies,
        by.documented,
        by.reported,
        by.inferred,
        report.stale_dependencies.len()
    );
    out!(
        "Read only through a copy (via): {} evidence items, {} other sources",
        report.via_evidence.len(),
        report.via_sources.len()
    );
    out!(
        "Dates: {} of {} cited dates give only a year, {} only a month",
        report.year_only_dates,
        report.cited_dates,
        report.month_only_dates
    );
    out!(
        "Web services: {}; {} without any dependency (unknown), {} of them with a hosting note",
        report.web_services,
        report.unknown_services.len(),
        report.unknown_with_note
    );
    out!(
        "Audiences: {}; {} figures over three years old, {} without measure_fr",
        report.audiences,
        report.old_audiences.len(),
        report.audiences_without_measure_fr
    );
    out!("French: {} of {} evidence notes without note_fr", report.notes_without_fr, report.evidence_notes);
    out!(
        "Market shares: latest worldwide {}, Europe {}",
        report.latest_worldwide.as_deref().unwrap_or("none"),
        report.latest_europe.as_deref().unwrap_or("none")
    );
    if report.violations.is_empty() {
        out!("Hard lines: none broken");
    } else {
        out!("Hard lines: {} broken", report.violations.len());
        for violation in &report.violations {
            out!("  {} {}: {}", violation.rule, violation.path, violation.message);
        }
    }
    Ok(code)
}

fn simulate(options: Simulate) -> Result<ExitCode, Failure> {
    let model = model(&options.data)?;
    let incident = match &options.incident {
        Some(id) => Some(model.incident(id).ok_or(format!("there is no incident with the id \"{id}\""))?),
        None => None,
    };
    let ids: Vec<&String> = options.off.iter().filter(|id| !id.is_empty()).collect();
    if ids.is_empty() && incident.is_none() {
        return Err(Failure::Misuse("say what to switch off with --off or --incident".to_string()));
    }
    let mut indices = ids.into_iter().map(|id| lookup(&model, id)).collect::<Result<Vec<_>, _>>()?;
    indices.extend(incident.iter().flat_map(|incident| incident.failed.iter().copied()));
    let mut backups = Vec::new();
    for (service, backup) in &options.backup {
        backups.push(Backup { service: lookup(&model, service)?, backup: lookup(&model, backup)? });
    }
    // With --independent (which clap only accepts beside --incident), both the states and the likelihoods leave out
    // that incident's own reports.
    let independent_of = incident.filter(|_| options.independent);
    let (outcome, likely) = match independent_of {
        Some(incident) => (
            propagate_independently(&model, &indices, &backups, &incident.id),
            likelihood_independently(&model, &indices, &backups, &Weights::DEFAULT, &incident.id),
        ),
        None => (propagate_with(&model, &indices, &backups), likelihood(&model, &indices, &backups, &Weights::DEFAULT)),
    };
    if options.json {
        let comparison = incident.map(|incident| {
            let independent = propagate_independently(&model, &indices, &backups, &incident.id);
            (incident.id.as_str(), compare(&model, incident, &independent))
        });
        let comparison = comparison.as_ref().map(|(id, replay)| (*id, replay));
        let assessment = assess(&model, &outcome, &backups, None);
        print_json(&SimulateReport::new(&model, &outcome, &assessment, &likely, comparison), false)?;
    } else {
        let impact = impact(&model, &outcome);
        out!("{} of {} web services down, {} degraded", impact.down.len(), impact.web_services, impact.degraded.len());
        for (index, node) in model.nodes() {
            let state = outcome.state(index);
            if state != NodeState::Up {
                out!("{:<8} {:>5.2} {}", state.as_str(), likely.affected(index), node.id);
            }
        }
    }
    Ok(ExitCode::SUCCESS)
}

fn replay_all(data: &Data, json: bool) -> Result<ExitCode, Failure> {
    let model = model(data)?;
    let incidents: Vec<IncidentReplay> = model
        .incidents
        .iter()
        .map(|incident| IncidentReplay::new(&model, &incident.id, &replay(&model, incident)))
        .collect();
    if json {
        print_json(&ReplayReport { incidents }, true)?;
        return Ok(ExitCode::SUCCESS);
    }
    out!("{:<24} {:>8} {:>5} {:>7} {:>8} {:>11}", "incident", "reported", "hits", "misses", "at risk", "unreported");
    for incident in &incidents {
        out!(
            "{:<24} {:>8} {:>5} {:>7} {:>8} {:>11}",
            incident.id,
            incident.reported,
            incident.hits.len(),
            incident.misses.len(),
            incident.at_risk,
            incident.unreported.len()
        );
        for miss in &incident.misses {
            out!("    miss {}: {}", miss.id, miss.why);
        }
    }
    Ok(ExitCode::SUCCESS)
}

fn spof(options: Spof) -> Result<ExitCode, Failure> {
    let model = model(&options.data)?;
    // An unknown service is a question the data cannot answer, not a misuse of the command: exit code 1.
    let target = model
        .lookup(&NodeId::new(options.service.clone()))
        .ok_or_else(|| Failure::Data(format!("there is no node with the id \"{}\"", options.service)))?;
    let mut backups = Vec::new();
    for (service, backup) in &options.backup {
        backups.push(Backup { service: lookup(&model, service)?, backup: lookup(&model, backup)? });
    }
    let report = SpofReport::new(&model, &analyse(&model, target, &backups, SearchLimit::default()));
    if options.json {
        print_json(&report, false)?;
        return Ok(ExitCode::SUCCESS);
    }
    let name = &model.node(target).name;
    if report.points.is_empty() {
        out!("{name} ({}) has no single point of failure.", report.service);
    } else {
        out!("{name} ({}) goes down when any one of these is off:", report.service);
    }
    for point in &report.points {
        out!("  {:<32} {:<11} {}", point.id, point.weakest, point.chain.join(" <- "));
    }
    match &report.smallest_set {
        Some(set) if set.proven_minimal => out!("Smallest set of switches that takes it down: {}", set.ids.join(", ")),
        Some(set) => out!(
            "A set of switches that takes it down: {} (the search stopped early: a smaller one may exist)",
            set.ids.join(", ")
        ),
        None if report.points.is_empty() && report.upstream_switches == 0 => {
            out!("The data links it to no provider, region, zone or cloud service: what can take it down is unknown.")
        }
        None if report.points.is_empty() => out!(
            "No set of the {} switches upstream of it takes it down (its links to them are soft or redundant).",
            report.upstream_switches
        ),
        None => {}
    }
    Ok(ExitCode::SUCCESS)
}

fn calibrate_all(data: &Data, json: bool) -> Result<ExitCode, Failure> {
    let model = model(data)?;
    let report = CalibrateReport::new(&calibrate(&model));
    if json {
        print_json(&report, true)?;
        return Ok(ExitCode::SUCCESS);
    }
    let figure = |value: Option<f64>| value.map_or("-".to_string(), |value| format!("{value:.2}"));
    out!("Leave-one-incident-out: weights fitted on the other incidents, threshold {}", report.threshold);
    out!(
        "{:<24} {:>8} {:>9} {:>5} {:>6} {:>9} {:>6} {:>8}   {}",
        "incident",
        "reported",
        "predicted",
        "hits",
        "recall",
        "precision",
        "brier",
        "nothing",
        "weights (documented reported inferred half-life prior)"
    );
    let weights = |weights: &report::WeightsReport| {
        let half_life = weights.half_life_years.map_or("none".to_string(), |years| format!("{years}y"));
        format!(
            "{} {} {} {half_life} {}",
            weights.documented, weights.reported, weights.inferred, weights.neutral_prior
        )
    };
    let row = |id: &str, score: &report::ScoreReport, fitted: String| {
        out!(
            "{:<24} {:>8} {:>9} {:>5} {:>6} {:>9} {:>6.3} {:>8.3}   {fitted}",
            id,
            score.reported,
            score.predicted,
            score.hits,
            figure(score.recall),
            figure(score.precision),
            score.brier.unwrap_or(0.0),
            score.brier_if_nothing.unwrap_or(0.0)
        );
    };
    for incident in &report.incidents {
        row(&incident.id, &incident.score, weights(&incident.weights));
    }
    row("overall", &report.overall, String::new());
    out!("fitted on all incidents: {}", weights(&report.fitted_on_all));
    out!("nothing: the Brier score of predicting that no service is affected, the bar to beat.");
    for (weight, reason) in Weights::REASONS {
        out!("{weight}: {reason}");
    }
    Ok(ExitCode::SUCCESS)
}

/// Median and maximum of `runs` timings of `f`, in milliseconds.
#[allow(clippy::disallowed_methods)] // `Instant` is banned for the wasm app; this command is native only.
fn time<T>(runs: usize, mut f: impl FnMut() -> T) -> (f64, f64) {
    let mut times: Vec<f64> = (0..runs.max(1))
        .map(|_| {
            let start = Instant::now();
            std::hint::black_box(f());
            start.elapsed().as_secs_f64() * 1000.0
        })
        .collect();
    times.sort_by(f64::total_cmp);
    (times.get(times.len() / 2).copied().unwrap_or(0.0), times.last().copied().unwrap_or(0.0))
}

fn bench(data: &Data) -> Result<ExitCode, Failure> {
    let model = model(data)?;
    out!("{:<34} {:>8} {:>8} {:>22} {:>22}", "dataset", "nodes", "links", "propagate+metrics ms", "blast radius ms");
    bench_one("this data", &model);
    for edges in [10_000, 100_000, 1_000_000] {
        let nodes = edges * 10 / 18;
        let generated = build(generate(nodes, 1))
            .map_err(|problems| Failure::Data(format!("generated data invalid: {problems:?}")))?;
        bench_one(&format!("generated, ~{edges} edges"), &generated);
    }
    Ok(ExitCode::SUCCESS)
}

/// Times one propagation (with metrics) of the three largest providers switched off, and the blast-radius ranking.
fn bench_one(label: &str, model: &Model) {
    let providers: Vec<_> = model.nodes_of_kind(NodeKind::Provider).map(|(index, _)| index).take(3).collect();
    let runs = (2_000_000 / (model.edge_count() + 1)).clamp(3, 200);
    let (median, max) = time(runs, || {
        let outcome = propagate_with(model, &providers, &[]);
        impact(model, &outcome)
    });
    let (blast_median, blast_max) = time((runs / 4).max(3), || blast_radius(model, &[]));
    out!(
        "{label:<34} {:>8} {:>8} {:>10.3} (max {:>7.3}) {:>10.3} (max {:>7.3})",
        model.node_count(),
        model.edge_count(),
        median,
        max,
        blast_median,
        blast_max
    );
}

/// The lines that frame the page's fallback block; `snapshot --page` rewrites what is between them.
const SNAPSHOT_START: &str = "<!-- snapshot:start -->";
const SNAPSHOT_END: &str = "<!-- snapshot:end -->";
/// The lines that frame the page's preview tags (`og:`, `twitter:`).
const PREVIEW_START: &str = "<!-- preview:start -->";
const PREVIEW_END: &str = "<!-- preview:end -->";

/// `text` with what lies between the lines `start` and `end` replaced by `block`.
fn fill_block(text: &str, start: &str, end: &str, block: &str, page: &Path) -> Result<String, Failure> {
    let (Some(from), Some(to)) = (text.find(start), text.find(end)) else {
        return Err(Failure::Misuse(format!("{} has no {start} … {end} block to fill", page.display())));
    };
    let before = text.get(..from + start.len()).unwrap_or_default();
    let after = text.get(to..).unwrap_or_default();
    Ok(format!("{before}\n{block}{after}"))
}

/// Renders an SVG drawing to PNG with the system's fonts (plotters names `sans-serif`; the first of a few common
/// free families stands in for it).
fn render_png(svg: &str) -> Result<Vec<u8>, Failure> {
    use resvg::{tiny_skia, usvg};
    let failed = |what: String| Failure::Misuse(format!("cannot render the preview picture: {what}"));
    let mut options = usvg::Options::default();
    let fonts = options.fontdb_mut();
    fonts.load_system_fonts();
    let families: Vec<String> =
        fonts.faces().flat_map(|face| face.families.iter().map(|(name, _)| name.clone())).collect();
    if let Some(family) =
        ["Liberation Sans", "DejaVu Sans", "Arial", "Helvetica"].into_iter().find(|f| families.iter().any(|n| n == f))
    {
        fonts.set_sans_serif_family(family);
        options.font_family = family.to_string();
    }
    let tree = usvg::Tree::from_str(svg, &options).map_err(|error| failed(error.to_string()))?;
    let size = tree.size().to_int_size();
    let mut pixmap =
        tiny_skia::Pixmap::new(size.width(), size.height()).ok_or_else(|| failed("empty drawing".to_string()))?;
    resvg::render(&tree, tiny_skia::Transform::default(), &mut pixmap.as_mut());
    pixmap.encode_png().map_err(|error| failed(error.to_string()))
}

/// Writes the pictures and text of the page without JavaScript into `out`, and the fallback block of `page`.
fn snapshot(data: &Data, out: &Path, page: Option<&Path>, public_url: &str) -> Result<ExitCode, Failure> {
    use cloudfall_draw::card::{card_svg, preview_tags};
    use cloudfall_draw::market::market_svg;
    use cloudfall_draw::scenario::{fallback_html, seed_scenario, summarise, summary_svg, summary_text};
    let model = model(data)?;
    let made = model.info.as_of.clone();
    std::fs::create_dir_all(out).map_err(|error| format!("cannot create {}: {error}", out.display()))?;
    let write = |name: &str, text: &str| -> Result<(), Failure> {
        let path = out.join(name);
        std::fs::write(&path, text)
            .map_err(|error| Failure::Misuse(format!("cannot write {}: {error}", path.display())))
    };
    let mut fallback = String::new();
    let mut preview = String::new();
    for lang in cloudfall_model::Lang::ALL {
        let code = lang.code();
        let scenario = seed_scenario(lang);
        let summary = summarise(&model, &scenario, &made);
        write(
            &format!("market-{code}.svg"),
            &market_svg(&model, &cloudfall_model::Scenario { lang, ..Default::default() }, &made, 720)?,
        )?;
        write(&format!("scenario-{code}.svg"), &summary_svg(&summary)?)?;
        // A byte-order mark, so a browser reads the arrows and quotes as UTF-8 from a host that names no charset.
        write(&format!("summary-{code}.txt"), &format!("\u{feff}{}", summary_text(&summary)))?;
        fallback.push_str(&fallback_html(&summary));
        // The page opens in English, so its preview is the English card.
        if lang == cloudfall_model::Lang::En {
            let png = render_png(&card_svg(&model, &scenario, &summary)?)?;
            let path = out.join("og-image.png");
            std::fs::write(&path, png).map_err(|error| format!("cannot write {}: {error}", path.display()))?;
            preview = preview_tags(&summary, public_url);
        }
    }
    if let Some(page) = page {
        let text = std::fs::read_to_string(page).map_err(|error| format!("cannot read {}: {error}", page.display()))?;
        let updated = fill_block(&text, SNAPSHOT_START, SNAPSHOT_END, &fallback, page)?;
        let updated = fill_block(&updated, PREVIEW_START, PREVIEW_END, &preview, page)?;
        if updated != text {
            std::fs::write(page, updated).map_err(|error| format!("cannot write {}: {error}", page.display()))?;
        }
    }
    out!("wrote the snapshot of data {} into {}", model.info.version, out.display());
    Ok(ExitCode::SUCCESS)
}

/// Prints `value` as JSON on one line, or indented when `pretty`.
fn print_json(value: &impl serde::Serialize, pretty: bool) -> Result<(), Failure> {
    let text = if pretty { serde_json::to_string_pretty(value) } else { serde_json::to_string(value) };
    out!("{}", text.map_err(|error| format!("cannot write JSON: {error}"))?);
    Ok(())
}

/// The model of `--data FILE`, or of the shipped data without it.
fn model(data: &Data) -> Result<Model, Failure> {
    let loaded = match &data.data {
        Some(path) => load_bytes(&read(path)?),
        None => load(SHIPPED),
    };
    loaded.map_err(|problems| {
        let first = problems.first().map(ToString::to_string).unwrap_or_default();
        Failure::Data(format!(
            "the data has {} problem(s); run `cloudfall validate` on it. First: {first}",
            problems.len()
        ))
    })
}

fn lookup(model: &Model, id: &str) -> Result<NodeIndex, Failure> {
    model.lookup(&NodeId::new(id.to_string())).ok_or(Failure::Misuse(format!("there is no node with the id \"{id}\"")))
}

/// The file's bytes: whether they are UTF-8 text is the data's problem (exit 1, located), not a misuse.
fn read(path: &Path) -> Result<Vec<u8>, Failure> {
    std::fs::read(path).map_err(|error| Failure::Misuse(format!("cannot read {}: {error}", path.display())))
}
