//! The `cloudfall` command: check a data file, or simulate an outage, with the same model the app uses.
//! Exit codes: 0 fine, 1 the data has problems, 2 the command was used wrongly.

use std::process::ExitCode;

use std::time::Instant;

use cloudfall_model::generate::generate;
use cloudfall_model::metrics::impact;
use cloudfall_model::outage::{blast_radius, propagate_independently, propagate_with, Backup};
use cloudfall_model::replay::{compare, replay, Miss};
use cloudfall_model::validate::build;
use cloudfall_model::{load, Model, NodeId, NodeState};

/// Like `println!`, but a closed pipe (`cloudfall replay | head`) ends the output quietly instead of panicking.
macro_rules! out {
    ($($arg:tt)*) => {{
        use std::io::Write as _;
        let _ = writeln!(std::io::stdout().lock(), $($arg)*);
    }};
}

const SHIPPED: &str = include_str!("../../../static/data/cloudfall.json");

const USAGE: &str = "usage:
  cloudfall validate FILE
  cloudfall simulate [--data FILE] [--off ID[,ID...]] [--incident ID] [--backup SERVICE:BACKUP] [--json]
  cloudfall replay [--data FILE]          every incident: what the model predicts next to what was reported
  cloudfall bench [--data FILE]           native timings of propagation, metrics and blast radius,
                                          for the data and for generated graphs of 10k, 100k and 1M edges
  cloudfall generate --nodes N [--seed S] a generated benchmark dataset (JSON) on standard output";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match run(&args) {
        Ok(code) => code,
        Err(message) => {
            eprintln!("{message}\n\n{USAGE}");
            ExitCode::from(2)
        }
    }
}

fn run(args: &[String]) -> Result<ExitCode, String> {
    match args.first().map(String::as_str) {
        Some("validate") => {
            let path = args.get(1).ok_or("validate needs a file")?;
            let text = read(path)?;
            match load(&text) {
                Ok(model) => {
                    out!("{path}: valid ({} nodes, {} links)", model.node_count(), model.edge_count());
                    Ok(ExitCode::SUCCESS)
                }
                Err(problems) => {
                    for problem in &problems {
                        out!("{path}: {problem}");
                    }
                    out!("{} problem(s)", problems.len());
                    Ok(ExitCode::from(1))
                }
            }
        }
        Some("simulate") => simulate(&args[1..]),
        Some("replay") => replay_all(&args[1..]),
        Some("bench") => bench(&args[1..]),
        Some("generate") => generate_command(&args[1..]),
        Some("--help" | "-h" | "help") => {
            out!("{USAGE}");
            Ok(ExitCode::SUCCESS)
        }
        Some(other) => Err(format!("unknown command \"{other}\"")),
        None => Err("no command given".to_string()),
    }
}

fn simulate(args: &[String]) -> Result<ExitCode, String> {
    let mut data = None;
    let mut off = Vec::new();
    let mut incident = None;
    let mut backups = Vec::new();
    let mut json = false;
    let mut rest = args.iter();
    while let Some(arg) = rest.next() {
        match arg.as_str() {
            "--data" => data = Some(rest.next().ok_or("--data needs a file")?.clone()),
            "--off" => off.extend(rest.next().ok_or("--off needs ids")?.split(',').map(str::to_string)),
            "--incident" => incident = Some(rest.next().ok_or("--incident needs an incident id")?.clone()),
            "--backup" => backups.push(rest.next().ok_or("--backup needs SERVICE:BACKUP")?.clone()),
            "--json" => json = true,
            other => return Err(format!("unknown option \"{other}\"")),
        }
    }
    let model = model(data.as_deref())?;
    let incident = match &incident {
        Some(id) => Some(model.incident(id).ok_or(format!("there is no incident with the id \"{id}\""))?),
        None => None,
    };
    if off.is_empty() && incident.is_none() {
        return Err("say what to switch off with --off or --incident".to_string());
    }
    let mut indices: Vec<_> = incident.iter().flat_map(|incident| incident.failed.iter().copied()).collect();
    for id in off.iter().filter(|id| !id.is_empty()) {
        indices.push(lookup(&model, id)?);
    }
    let mut pairs = Vec::new();
    for pair in &backups {
        let (service, backup) = pair.split_once(':').ok_or(format!("\"{pair}\" is not SERVICE:BACKUP"))?;
        pairs.push(Backup { service: lookup(&model, service)?, backup: lookup(&model, backup)? });
    }
    let outcome = propagate_with(&model, &indices, &pairs);
    if json {
        let mut value = to_json(&model, &outcome);
        if let Some(incident) = incident {
            let independent = propagate_independently(&model, &indices, &pairs, &incident.id);
            let replay = compare(&model, incident, &independent);
            let ids = |list: &[cloudfall_model::NodeIndex]| -> Vec<String> {
                list.iter().map(|&index| model.node(index).id.to_string()).collect()
            };
            let misses: Vec<String> =
                replay.misses.iter().map(|(index, _)| model.node(*index).id.to_string()).collect();
            value["incident"] = serde_json::json!({
                "id": incident.id, "hits": ids(&replay.hits), "misses": misses, "unreported": ids(&replay.unreported)
            });
        }
        out!("{value}");
    } else {
        let impact = impact(&model, &outcome);
        out!("{} of {} web services down, {} degraded", impact.down.len(), impact.web_services, impact.degraded.len());
        for (index, node) in model.nodes() {
            let state = outcome.state(index);
            if state != NodeState::Up {
                out!("{:<8} {}", state.as_str(), node.id);
            }
        }
    }
    Ok(ExitCode::SUCCESS)
}

fn replay_all(args: &[String]) -> Result<ExitCode, String> {
    let model = model(data_option(args)?.as_deref())?;
    out!("{:<24} {:>8} {:>5} {:>7} {:>8} {:>11}", "incident", "reported", "hits", "misses", "at risk", "unreported");
    for incident in &model.incidents {
        let replay = replay(&model, incident);
        out!(
            "{:<24} {:>8} {:>5} {:>7} {:>8} {:>11}",
            incident.id,
            replay.hits.len() + replay.misses.len(),
            replay.hits.len(),
            replay.misses.len(),
            replay.at_risk(),
            replay.unreported.len()
        );
        for (index, miss) in &replay.misses {
            let why = match miss {
                Miss::Explained(why) => why.clone(),
                Miss::AtRisk { provider } => format!("at risk: runs on {}", model.node(*provider).id),
                Miss::Unexplained => "(nothing else in the data links it to what failed)".to_string(),
            };
            out!("    miss {}: {why}", model.node(*index).id);
        }
    }
    Ok(ExitCode::SUCCESS)
}

/// Median and maximum of `runs` timings of `f`, in milliseconds.
#[allow(clippy::disallowed_methods)] // `Instant` is banned for the wasm app; this command is native only.
fn time<T>(runs: usize, mut f: impl FnMut() -> T) -> (f64, f64) {
    let mut times: Vec<f64> = (0..runs)
        .map(|_| {
            let start = Instant::now();
            std::hint::black_box(f());
            start.elapsed().as_secs_f64() * 1000.0
        })
        .collect();
    times.sort_by(f64::total_cmp);
    (times[times.len() / 2], times[times.len() - 1])
}

fn bench(args: &[String]) -> Result<ExitCode, String> {
    let model = model(data_option(args)?.as_deref())?;
    out!("{:<34} {:>8} {:>8} {:>22} {:>22}", "dataset", "nodes", "links", "propagate+metrics ms", "blast radius ms");
    bench_one("this data", &model);
    for edges in [10_000, 100_000, 1_000_000] {
        let nodes = edges * 10 / 18;
        let generated =
            build(generate(nodes, 1)).map_err(|problems| format!("generated data invalid: {problems:?}"))?;
        bench_one(&format!("generated, ~{edges} edges"), &generated);
    }
    Ok(ExitCode::SUCCESS)
}

/// Times one propagation (with metrics) of the three largest providers switched off, and the blast-radius ranking.
fn bench_one(label: &str, model: &Model) {
    let providers: Vec<_> =
        model.nodes_of_kind(cloudfall_model::NodeKind::Provider).map(|(index, _)| index).take(3).collect();
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

fn generate_command(args: &[String]) -> Result<ExitCode, String> {
    let mut nodes = None;
    let mut seed = 1;
    let mut rest = args.iter();
    while let Some(arg) = rest.next() {
        let value = rest.next().ok_or(format!("{arg} needs a number"))?;
        let number: u64 = value.parse().map_err(|_| format!("\"{value}\" is not a number"))?;
        match arg.as_str() {
            "--nodes" => nodes = Some(usize::try_from(number).map_err(|_| "too many nodes".to_string())?),
            "--seed" => seed = number,
            other => return Err(format!("unknown option \"{other}\"")),
        }
    }
    let nodes = nodes.ok_or("generate needs --nodes N")?;
    let file = generate(nodes, seed);
    out!("{}", serde_json::to_string(&file).map_err(|error| format!("cannot write JSON: {error}"))?);
    Ok(ExitCode::SUCCESS)
}

fn data_option(args: &[String]) -> Result<Option<String>, String> {
    match args {
        [] => Ok(None),
        [flag, path] if flag == "--data" => Ok(Some(path.clone())),
        _ => Err(format!("unexpected arguments: {}", args.join(" "))),
    }
}

fn model(data: Option<&str>) -> Result<Model, String> {
    let text = match data {
        Some(path) => read(path)?,
        None => SHIPPED.to_string(),
    };
    load(&text).map_err(|problems| {
        let first = problems.first().map(ToString::to_string).unwrap_or_default();
        format!("the data has {} problem(s); run `cloudfall validate` on it. First: {first}", problems.len())
    })
}

fn lookup(model: &Model, id: &str) -> Result<cloudfall_model::NodeIndex, String> {
    model.lookup(&NodeId::new(id.to_string())).ok_or(format!("there is no node with the id \"{id}\""))
}

/// The stable JSON interface: every node's state, and the affected web services.
fn to_json(model: &Model, outcome: &cloudfall_model::Outcome) -> serde_json::Value {
    let nodes: Vec<serde_json::Value> = model
        .nodes()
        .map(|(index, node)| {
            serde_json::json!({"id": node.id.as_str(), "name": node.name, "kind": node.kind.as_str(), "state": outcome.state(index).as_str()})
        })
        .collect();
    let affected: Vec<serde_json::Value> = model
        .nodes_of_kind(cloudfall_model::NodeKind::WebService)
        .filter(|(index, _)| outcome.state(*index) != NodeState::Up)
        .map(|(index, node)| serde_json::json!({"id": node.id.as_str(), "name": node.name, "state": outcome.state(index).as_str()}))
        .collect();
    serde_json::json!({"nodes": nodes, "affected": affected})
}

fn read(path: &str) -> Result<String, String> {
    std::fs::read_to_string(path).map_err(|error| format!("cannot read {path}: {error}"))
}
