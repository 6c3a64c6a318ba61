//! Every string the reader sees, one table per language. Components never hold text of their own.

mod en;
mod fr;

use cloudfall_model::certainty::{Certainty, Counted, HowKnown};
use cloudfall_model::data::{Category, DependencyMode, Role, ShareLabel, ShareScope};
use cloudfall_model::metrics::Reading;
use cloudfall_model::{EvidenceKind, Jurisdiction, Lang, NodeKind, NodeState};

/// The text of the app in one language. Functions build the sentences that hold numbers or names.
pub struct Texts {
    pub title: &'static str,
    pub tagline: &'static str,
    pub language_label: &'static str,
    pub chart_heading: &'static str,
    pub chart_intro: &'static str,
    /// "Cloud infrastructure market share, 2025-Q2".
    pub chart_caption: fn(period: &str) -> String,
    pub market_size: fn(usd_bn: f64) -> String,
    pub source_label: &'static str,
    pub map_heading: &'static str,
    pub map_intro: &'static str,
    pub switches_heading: &'static str,
    pub switches_intro: &'static str,
    pub reset: &'static str,
    /// The jurisdiction switches: their group's legend, what a group holds, and each group's name.
    pub jurisdiction_heading: &'static str,
    pub jurisdiction_hint: &'static str,
    pub jurisdiction_name: fn(Jurisdiction) -> String,
    /// "24 of the 61 web services based in the EU keep standing", shown while a jurisdiction is off.
    pub eu_standing: fn(standing: usize, total: usize) -> String,
    pub notice_unknown_jurisdiction: fn(code: &str) -> String,
    /// The accessible name of a switch: "Switch off AWS" / "Switch AWS back on".
    pub switch_label: fn(name: &str, off: bool) -> String,
    pub summary_none: fn(total: usize) -> String,
    pub summary_caveat: &'static str,
    pub list_separator: &'static str,
    pub notice_unknown_id: fn(id: &str) -> String,
    pub notice_not_switchable: fn(id: &str) -> String,
    pub notice_unknown_lang: fn(code: &str) -> String,
    pub notice_heading: &'static str,
    pub dismiss: &'static str,
    pub data_error: &'static str,
    pub legend_heading: &'static str,
    pub dataset_line: fn(version: &str, as_of: &str) -> String,
    pub evidence_counts: fn(documented: usize, reported: usize, inferred: usize) -> String,
    pub kind_name: fn(NodeKind) -> &'static str,
    pub state_name: fn(NodeState) -> &'static str,
    pub evidence_name: fn(EvidenceKind) -> &'static str,
    pub evidence_explained: fn(EvidenceKind) -> &'static str,
    /// The accessible name of a map node: "Airbnb, web service, down".
    pub node_label: fn(name: &str, kind: &str, state: &str) -> String,
    pub map_caption: fn(nodes: usize, edges: usize) -> String,

    // The chart's controls and history.
    pub share_label: fn(ShareLabel) -> &'static str,
    pub scope_name: fn(ShareScope) -> &'static str,
    pub europe_caption: fn(period: &str) -> String,
    pub period_label: &'static str,
    pub latest: &'static str,
    pub view_shares: &'static str,
    pub view_history: &'static str,
    pub history_caption: fn(first: &str, last: &str) -> String,
    pub history_sources: fn(periods: usize) -> String,
    pub history_table: &'static str,
    pub and_more: fn(more: usize) -> String,
    pub switch_children: fn(count: usize) -> String,
    pub loading: &'static str,
    /// While the details file loads, in place of a citation.
    pub texts_loading: &'static str,
    /// In place of a citation when the details file could not be loaded.
    pub texts_missing: &'static str,
    /// When the details file could not be loaded, with why: said once for the page.
    pub texts_failed: fn(&str) -> String,
    pub zoom_label: &'static str,
    pub zoom_in: &'static str,
    pub zoom_out: &'static str,
    pub zoom_fit: &'static str,
    pub notice_bad_data_path: fn(path: &str) -> String,
    pub canvas_hint: fn(drawn: usize, labels: bool) -> String,
    pub more_in_search: fn(more: usize) -> String,
    /// ": " in English, " : " in French (a space before the colon).
    pub colon: &'static str,
    pub data_error_fallback: &'static str,
    pub history_note: &'static str,
    pub approximate_note: &'static str,

    // Metrics.
    pub metrics_heading: &'static str,
    pub metric_down: fn(down: usize, total: usize, percent: f64) -> String,
    pub metric_degraded: fn(degraded: usize, percent: f64) -> String,
    /// The audience of the services down, with what was counted and its caveat in the same sentence.
    pub metric_audience: fn(millions: f64, known: usize, down: usize, counted: &str) -> String,
    pub metric_audience_none: &'static str,
    pub metric_hhi: fn(hhi: f64, period: &str, lower_bound: bool) -> String,
    pub hhi_reading: fn(Reading) -> &'static str,
    pub hhi_caveat: &'static str,

    // How we know (issue 14): the affected web services by the certainty of their chain.
    /// A why-chain's link to the next step: "documented link, 2018-07-31", or containment.
    pub why_link: fn(Certainty, date: Option<&str>) -> String,
    /// A company's headquarters country, with its source, in the details.
    pub headquarters: &'static str,
    /// What the page says after a crash, and the link back to the start.
    pub crashed: &'static str,
    pub crashed_back: &'static str,
    pub spof_heading: &'static str,
    /// "No single switch does; these 2 together do:" (and whether the set is proven the smallest).
    pub spof_set: fn(count: usize, proven: bool) -> String,
    pub spof_none: &'static str,
    pub spof_unknown: &'static str,
    pub legend_how_heading: &'static str,
    /// "Of the 44 web services affected, …": the breakdown sentence's start.
    pub how_intro: fn(affected: usize) -> String,
    /// One kind's part: "3 through documented links".
    pub how_part: fn(Certainty, count: usize) -> String,
    pub how_at_risk: fn(count: usize) -> String,
    pub how_unknown: fn(count: usize) -> String,
    /// A node's certainty in a few words, for its accessible name and the legend.
    pub how_name: fn(HowKnown) -> &'static str,
    pub how_explained: fn(HowKnown) -> &'static str,

    // Blast radius.
    pub blast_heading: &'static str,
    pub blast_intro: &'static str,
    pub blast_row: fn(down: usize, degraded: usize) -> String,
    pub blast_none: &'static str,

    // Details of a node.
    pub details_empty: &'static str,
    pub close: &'static str,
    pub depends_on_heading: &'static str,
    pub dependents_heading: &'static str,
    pub nothing_listed: &'static str,
    pub evidence_heading: &'static str,
    pub incidents_heading: &'static str,
    pub why_heading: &'static str,
    /// "Fortnite is down because: …".
    pub why_intro: fn(name: &str, state: &str) -> String,
    pub why_switched_off: &'static str,
    pub role_name: fn(Role) -> &'static str,
    pub mode_name: fn(DependencyMode) -> &'static str,
    pub category_name: fn(Category) -> &'static str,
    pub audience_line: fn(millions: f64, measure: &str, scope: &str) -> String,
    pub switch_off: &'static str,
    pub switch_on: &'static str,
    pub opens_new_tab: &'static str,

    // What-ifs.
    pub whatif_heading: &'static str,
    pub whatif_intro: fn(name: &str) -> String,
    pub whatif_choose: &'static str,
    pub whatif_add: &'static str,
    pub whatif_item: fn(service: &str, backup: &str) -> String,
    pub whatif_remove: &'static str,
    pub whatif_banner: &'static str,
    pub whatif_edge: &'static str,

    // Search.
    pub search_label: &'static str,
    pub search_placeholder: &'static str,
    pub search_none: &'static str,

    // Incident replay.
    pub replay_heading: &'static str,
    pub replay_intro: &'static str,
    pub replay_choose: &'static str,
    pub replay_close: &'static str,
    pub replay_duration: fn(hours: f64) -> String,
    /// The replay's headline: reported, predicted from independent evidence, at risk.
    pub replay_headline: fn(date: &str, reported: usize, predicted: usize, at_risk: usize) -> String,
    /// Out of sample (independent evidence) against in sample (with the outage's own reports), of the reported.
    pub replay_samples: fn(out_of_sample: usize, in_sample: usize, reported: usize) -> String,
    pub replay_overall: fn(hits: usize, reported: usize, incidents: usize) -> String,
    pub replay_hits: fn(hits: usize, reported: usize) -> String,
    pub replay_misses: fn(misses: usize, at_risk: usize) -> String,
    pub replay_at_risk: fn(provider: &str) -> String,
    pub replay_unreported: fn(count: usize) -> String,
    pub replay_miss_unexplained: &'static str,
    pub replay_hits_explained: &'static str,
    pub replay_misses_explained: &'static str,
    pub replay_unreported_explained: &'static str,
    pub replay_changed: &'static str,
    pub notice_unknown_incident: fn(id: &str) -> String,
    pub notice_unknown_period: fn(period: &str) -> String,
    pub notice_bad_backup: fn(pair: &str) -> String,
    /// A parameter of the link that the page does not know (`of=aws`).
    pub notice_unknown_key: fn(key: &str) -> String,
    pub notice_unknown_certainty: fn(value: &str) -> String,
    /// The figures' certainty control: its label, each choice, and the note the headline then carries.
    pub counted_label: &'static str,
    pub counted_name: fn(Option<Counted>) -> &'static str,
    pub counted_note: fn(Counted) -> &'static str,
    pub notice_unknown_chart: fn(chart: &str) -> String,
    /// The link was `bytes` long, over the limit the page reads.
    pub notice_too_long: fn(bytes: usize) -> String,
    /// The list `key` named `count` ids, over the limit the page reads.
    pub notice_too_many_ids: fn(key: &str, count: usize) -> String,

    // The data's provenance (issue 15): copies, dated evidence, unknown hosting, licence and citation.
    /// "read through a copy: archive.org", after a source whose original could not be opened.
    pub read_via: fn(site: &str) -> String,
    /// "dated: 9 years old", on evidence more than five years older than the dataset.
    pub evidence_dated: fn(years: u32) -> String,
    /// "newest evidence 2024-05", beside each dependency in the details.
    pub newest_evidence: fn(date: &str) -> String,
    /// The label before a web service's hosting note: "How we know".
    pub hosting_note_label: &'static str,
    /// The foot of the page: the data's version and date, its licence and how to cite it.
    pub data_credit_label: &'static str,
    pub licence_label: &'static str,
    pub citation_label: &'static str,
    /// Said when the data file states no licence.
    pub no_licence: &'static str,
}

/// The table for `lang`.
pub fn texts(lang: Lang) -> &'static Texts {
    match lang {
        Lang::En => &en::EN,
        Lang::Fr => &fr::FR,
    }
}

/// The name of a language in that language, for the language switch.
pub fn lang_name(lang: Lang) -> &'static str {
    match lang {
        Lang::En => "English",
        Lang::Fr => "Français",
    }
}

/// A share in percent for the figures: whole numbers, and "<1 %" rather than a misleading "0 %".
pub fn percent(value: f64) -> String {
    if value > 0.0 && value < 1.0 {
        "<1 %".to_string()
    } else {
        format!("{value:.0} %")
    }
}
