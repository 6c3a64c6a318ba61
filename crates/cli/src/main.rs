//! The `cloudfall` command: check a data file, or simulate an outage, with the same model the app uses.
//! Exit codes: 0 fine, 1 the data has problems, 2 the command was used wrongly.

use std::process::ExitCode;

use cloudfall_model::{load, propagate, summarize, Model, NodeId, NodeState};

const SHIPPED: &str = include_str!("../../../static/data/cloudfall.json");

const USAGE: &str = "usage:
  cloudfall validate FILE
  cloudfall simulate [--data FILE] --off ID[,ID...] [--json]";

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
                    println!("{path}: valid ({} nodes, {} links)", model.node_count(), model.edge_count());
                    Ok(ExitCode::SUCCESS)
                }
                Err(problems) => {
                    for problem in &problems {
                        println!("{path}: {problem}");
                    }
                    println!("{} problem(s)", problems.len());
                    Ok(ExitCode::from(1))
                }
            }
        }
        Some("simulate") => simulate(&args[1..]),
        Some("--help" | "-h" | "help") => {
            println!("{USAGE}");
            Ok(ExitCode::SUCCESS)
        }
        Some(other) => Err(format!("unknown command \"{other}\"")),
        None => Err("no command given".to_string()),
    }
}

fn simulate(args: &[String]) -> Result<ExitCode, String> {
    let mut data = None;
    let mut off = Vec::new();
    let mut json = false;
    let mut rest = args.iter();
    while let Some(arg) = rest.next() {
        match arg.as_str() {
            "--data" => data = Some(rest.next().ok_or("--data needs a file")?.clone()),
            "--off" => off.extend(rest.next().ok_or("--off needs ids")?.split(',').map(str::to_string)),
            "--json" => json = true,
            other => return Err(format!("unknown option \"{other}\"")),
        }
    }
    let text = match &data {
        Some(path) => read(path)?,
        None => SHIPPED.to_string(),
    };
    let model = load(&text).map_err(|problems| {
        format!("the data has {} problem(s); run `cloudfall validate` on it. First: {}", problems.len(), problems[0])
    })?;
    let mut indices = Vec::new();
    for id in off.iter().filter(|id| !id.is_empty()) {
        indices.push(model.lookup(&NodeId::new(id.clone())).ok_or(format!("there is no node with the id \"{id}\""))?);
    }
    let outcome = propagate(&model, &indices);
    if json {
        println!("{}", to_json(&model, &outcome));
    } else {
        let summary = summarize(&model, &outcome);
        println!(
            "{} of {} web services down, {} degraded",
            summary.down.len(),
            summary.web_services,
            summary.degraded.len()
        );
        for (index, node) in model.nodes() {
            let state = outcome.state(index);
            if state != NodeState::Up {
                println!("{:<8} {}", state.as_str(), node.id);
            }
        }
    }
    Ok(ExitCode::SUCCESS)
}

/// The stable JSON interface: every node's state, and the affected web services.
fn to_json(model: &Model, outcome: &cloudfall_model::Outcome) -> String {
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
    serde_json::json!({"nodes": nodes, "affected": affected}).to_string()
}

fn read(path: &str) -> Result<String, String> {
    std::fs::read_to_string(path).map_err(|error| format!("cannot read {path}: {error}"))
}
