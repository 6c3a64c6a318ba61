//! What the `cloudfall` command accepts, declared once with clap: parsing, `--help` and the usage errors all come
//! from these types. The help is written for a data editor; it must not promise anything `main` does not do.
//! Doc comments are verbatim (clap is built without `wrap_help`, to stay small), so they are wrapped by hand to
//! fit an 80-column terminal once clap indents them.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand};

/// Check Cloudfall's data file and audit its health, switch parts of the cloud off and see what goes dark,
/// find what can take a service down, replay past outages,
/// print the data file's JSON Schema.
///
/// Exit codes: 0 when all is well, 1 when the data has problems,
/// 2 when the command was used wrongly.
#[derive(Debug, Parser)]
#[command(name = "cloudfall", version, verbatim_doc_comment, arg_required_else_help = true)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

/// The subcommands, one per job.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Check a data file and list every problem with its place in the file.
    ///
    /// Prints `FILE: valid (N nodes, M links)`, or one line per problem with its place,
    /// such as `FILE: dependencies[3].evidence[0].date: "20 Oct" is not a date`,
    /// then a count. Exits with 1 when the file has problems.
    #[command(verbatim_doc_comment)]
    Validate {
        /// The data file to check, for example static/data/cloudfall.json.
        #[arg(verbatim_doc_comment)]
        file: PathBuf,
        /// Answer in JSON: whether the file is valid and every problem with its path:
        /// {"file", "valid", "nodes", "links", "problems": [{"path", "message"}]}.
        #[arg(long, verbatim_doc_comment)]
        json: bool,
    },
    /// Print the data's health and check its hard lines.
    ///
    /// Counts the evidence by kind and age (as of the dataset's date), the items
    /// read only through a copy, dates that give only a year or a month, web
    /// services without any dependency (and how many say what was looked for),
    /// dependencies whose newest evidence is over five years old, audience figures
    /// over three years old, and what is not yet in French. Then lists every broken
    /// hard line with its place in the file: a documented item from a job post or
    /// from an outage day, a source "not re-found", market shares over 100 % or
    /// without their source. Exits with 1 when a hard line is broken (or the file
    /// is not valid), 0 otherwise. docs/data.md states the rules.
    #[command(verbatim_doc_comment)]
    Audit {
        /// The data file to audit. Without it, the copy of static/data/cloudfall.json
        /// built into the command.
        #[arg(verbatim_doc_comment)]
        file: Option<PathBuf>,
        /// Answer in JSON: {"file", "version", "as_of", "evidence": [{"kind",
        /// "total", "by_age": {"<=1y", "1-3y", "3-5y", ">5y"}}], "dependencies", ...,
        /// "violations": [{"rule", "path", "message"}]}.
        #[arg(long, verbatim_doc_comment)]
        json: bool,
    },
    /// Switch components off and print what goes down or degraded.
    ///
    /// Prints how many web services go down or degraded, then every node that is
    /// not up. Say what to switch off with --off, --incident, or both.
    #[command(verbatim_doc_comment)]
    Simulate(Simulate),
    /// Replay every incident: what the model predicts next to what was reported.
    ///
    /// For each incident: how many services were reported affected, how many the
    /// model predicts (hits), how many it does not (misses, each with why), how many
    /// misses run on the failed provider (at risk), and the services it predicts
    /// down that no source reported (unreported). The prediction leaves out the
    /// dependencies known only from that incident's own reports, so a report never
    /// confirms itself.
    #[command(verbatim_doc_comment)]
    Replay {
        #[command(flatten)]
        data: Data,
        /// Answer in JSON: {"incidents": [{"id", "reported", "hits",
        /// "misses": [{"id", "why"}], "at_risk", "unreported"}]}.
        #[arg(long, verbatim_doc_comment)]
        json: bool,
    },
    /// What can take a service down: its single points of failure, or the smallest set.
    ///
    /// Lists each provider, region, zone or cloud service whose loss alone takes
    /// SERVICE down, with the chain and its weakest evidence (documented, inferred
    /// or reported). Where none does, the fewest switches that do together.
    /// Exits with 1 when there is no node with that id.
    #[command(verbatim_doc_comment)]
    Spof(Spof),
    /// Check the likelihood model against history, leaving one incident out at a time.
    ///
    /// For each incident: the weights fitted on the other incidents only, then its
    /// web services predicted from evidence other than its own reports and compared
    /// with them: how many were reported, predicted (likelihood of at least 0.5),
    /// both (hits), the recall, the precision and the Brier score (0 is best) beside
    /// the Brier score of predicting that nothing is affected.
    /// docs/model.md explains the method and its limits.
    #[command(verbatim_doc_comment)]
    Calibrate {
        #[command(flatten)]
        data: Data,
        /// Answer in JSON: {"threshold", "incidents": [{"id", "reported", "predicted",
        /// "hits", "recall", "precision", "brier", "brier_if_nothing", "weights"}],
        /// "overall": {the same scores}, "fitted_on_all": {the weights}}.
        #[arg(long, verbatim_doc_comment)]
        json: bool,
    },
    /// Time propagation, metrics and blast radius natively.
    ///
    /// For the data, then for generated graphs of about 10k, 100k and 1M links.
    /// Run a --release build for meaningful timings.
    #[command(verbatim_doc_comment)]
    Bench {
        #[command(flatten)]
        data: Data,
    },
    /// Print a generated benchmark dataset (JSON) on standard output.
    #[command(verbatim_doc_comment)]
    Generate {
        /// How many nodes to generate.
        #[arg(long, value_name = "N", verbatim_doc_comment)]
        nodes: usize,
        /// The random seed: the same seed gives the same dataset.
        #[arg(long, value_name = "S", default_value_t = 1, verbatim_doc_comment)]
        seed: u64,
    },
    /// Write the pictures and text the page shows without JavaScript or WebAssembly.
    ///
    /// From the data: the market chart (market-en.svg, market-fr.svg), the picture
    /// of the seed scenario, DynamoDB in us-east-1 switched off (scenario-en.svg,
    /// scenario-fr.svg), its summary as text (summary-en.txt, summary-fr.txt) and
    /// the link preview picture (og-image.png, 1200 x 630), into DIR. With --page,
    /// also rewrites the fallback between the page's <!-- snapshot:start --> and
    /// <!-- snapshot:end --> lines and the og:/twitter: tags between
    /// <!-- preview:start --> and <!-- preview:end -->. Dated with the
    /// data's own date, so the same data gives the same files. `make dist` runs
    /// it before building the page.
    #[command(verbatim_doc_comment)]
    Snapshot {
        #[command(flatten)]
        data: Data,
        /// Where to write the files.
        #[arg(long, value_name = "DIR", default_value = "static/snapshot", verbatim_doc_comment)]
        out: PathBuf,
        /// The page whose fallback block and preview tags to rewrite, for example index.html.
        #[arg(long, value_name = "FILE", verbatim_doc_comment)]
        page: Option<PathBuf>,
        /// The site's absolute address, ending in /, put before the preview
        /// picture's address in the og:image and twitter:image tags (Open Graph
        /// asks for an absolute URL). Empty by default: the address stays relative.
        #[arg(long, value_name = "URL", default_value = "", verbatim_doc_comment)]
        public_url: String,
    },
    /// Write the data for the app's first load: a core file, a story file and a details file.
    ///
    /// From the full data file FILE, writes into DIR `cloudfall.core.json` (what the
    /// first map needs), `cloudfall.story.json` (the core without the market tables,
    /// for the embed's story view) and `cloudfall.details.<hash>.json` (publishers,
    /// titles, links, notes, descriptions, incidents' texts), and removes older details
    /// files there. The same FILE always gives the same three files. `make serve` and
    /// `make dist` run it; editors keep editing FILE only.
    /// With --check, writes nothing and exits with 1 when DIR's files are missing
    /// or not those FILE gives (`make test` checks dist/data so).
    #[command(verbatim_doc_comment)]
    Split {
        /// The full data file, for example static/data/cloudfall.json.
        #[arg(verbatim_doc_comment)]
        file: PathBuf,
        /// Where to write the three files, for example static/data.
        #[arg(long, value_name = "DIR", verbatim_doc_comment)]
        out: PathBuf,
        /// Only check that DIR's files are current.
        #[arg(long, verbatim_doc_comment)]
        check: bool,
    },
    /// Print the JSON Schema of the data file, derived from the types the loader reads.
    ///
    /// Editors use it to underline mistakes and suggest field names as you type.
    /// docs/cloudfall.schema.json is its output; after changing the data types,
    /// regenerate it with:
    ///     cargo run -p cloudfall-cli -- schema > docs/cloudfall.schema.json
    #[command(verbatim_doc_comment)]
    Schema,
    /// Print the oEmbed response (oembed.json) of the site published at URL.
    ///
    /// CMSs that speak oEmbed turn a bare link to the site into the embed it
    /// describes: the story view in an iframe, with the resizer script. URL is
    /// the site's absolute address, such as https://example.org/cloudfall/.
    /// `make dist PUBLIC_URL=...` runs it and links it from index.html.
    #[command(verbatim_doc_comment)]
    Oembed {
        /// The address the site is published at.
        #[arg(long, verbatim_doc_comment)]
        url: String,
    },
}

/// `--data FILE`, shared by the commands that read the data.
#[derive(Debug, Args)]
pub struct Data {
    /// The data file to use. Without it, the copy of static/data/cloudfall.json
    /// built into the command (`cargo run` rebuilds it after an edit).
    #[arg(long, value_name = "FILE", verbatim_doc_comment)]
    pub data: Option<PathBuf>,
}

/// The options of `cloudfall simulate`.
#[derive(Debug, Args)]
pub struct Simulate {
    #[command(flatten)]
    pub data: Data,
    /// Node ids to switch off, separated by commas or given with several --off:
    /// --off aws/us-east-1,cloudflare/proxy.
    #[arg(long, value_name = "ID[,ID...]", value_delimiter = ',', verbatim_doc_comment)]
    pub off: Vec<String>,
    /// Replay an incident by switching off its `failed` list: --incident aws-2025-10-20.
    /// With --json, the answer also compares the simulation with the reports.
    #[arg(long, value_name = "ID", verbatim_doc_comment)]
    pub incident: Option<String>,
    /// What if SERVICE could fall back on BACKUP: --backup fortnite:google.
    /// May be given several times.
    #[arg(long, value_name = "SERVICE:BACKUP", value_parser = backup_pair, verbatim_doc_comment)]
    pub backup: Vec<(String, String)>,
    /// With --incident: predict from the evidence other than that incident's own
    /// reports, so a report never confirms itself (the replay's prediction).
    #[arg(long, requires = "incident", verbatim_doc_comment)]
    pub independent: bool,
    /// Answer in JSON, on one line: {"affected": [{"id", "name", "state"}],
    /// "incident": {"hits", "id", "misses", "unreported"},
    /// "nodes": [{"id", "kind", "name", "state", "likelihood"}]}. States are up,
    /// degraded or down; likelihood is the chance (0 to 1) of being down or degraded.
    #[arg(long, verbatim_doc_comment)]
    pub json: bool,
}

/// Splits `SERVICE:BACKUP`; whether both ids exist is checked against the data later.
fn backup_pair(text: &str) -> Result<(String, String), String> {
    match text.split_once(':') {
        Some((service, backup)) if !service.is_empty() && !backup.is_empty() => {
            Ok((service.to_string(), backup.to_string()))
        }
        _ => Err(format!("\"{text}\" is not SERVICE:BACKUP")),
    }
}

/// The options of `cloudfall spof`.
#[derive(Debug, Args)]
pub struct Spof {
    /// The id of the service (or supplier, or any node) to examine: fortnite.
    #[arg(value_name = "SERVICE", verbatim_doc_comment)]
    pub service: String,
    #[command(flatten)]
    pub data: Data,
    /// What if SERVICE could fall back on BACKUP: --backup fortnite:google.
    /// May be given several times.
    #[arg(long, value_name = "SERVICE:BACKUP", value_parser = backup_pair, verbatim_doc_comment)]
    pub backup: Vec<(String, String)>,
    /// Answer in JSON, on one line: {"service", "points": [{"id", "name", "kind",
    /// "chain", "weakest"}], "smallest_set": {"ids", "proven_minimal"} or null,
    /// "upstream_switches"}.
    #[arg(long, verbatim_doc_comment)]
    pub json: bool,
}
