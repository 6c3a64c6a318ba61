//! Every string the reader sees, one table per language. Components never hold text of their own.

mod en;
mod fr;

use cloudfall_model::{EvidenceKind, Lang, NodeKind, NodeState};

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
    pub others: &'static str,
    pub map_heading: &'static str,
    pub map_intro: &'static str,
    pub switches_heading: &'static str,
    pub switches_intro: &'static str,
    pub reset: &'static str,
    /// The accessible name of a switch: "Switch off AWS" / "Switch AWS back on".
    pub switch_label: fn(name: &str, off: bool) -> String,
    pub summary_none: fn(total: usize) -> String,
    pub summary_down: fn(down: usize, total: usize) -> String,
    pub summary_degraded: fn(degraded: usize) -> String,
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
