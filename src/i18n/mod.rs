//! Every string the reader sees, one table per language. Components never hold text of their own.

mod en;
mod fr;

use cloudfall_model::certainty::{Certainty, Counted, HowKnown};
use cloudfall_model::data::{Category, DependencyMode, Role, ShareLabel, ShareScope};
use cloudfall_model::embed::View;
use cloudfall_model::metrics::Reading;
use cloudfall_model::{EvidenceKind, Jurisdiction, Lang, NodeKind, NodeState, Problem};
// The names a class link or the mystery challenge hides (`shown_name`).
use cloudfall_model::scenario::{HiddenNames, Masked};
use cloudfall_model::{Model, NodeIndex};
use std::borrow::Cow;

/// The text of the app in one language. Functions build the sentences that hold numbers or names.
/// The texts the embed's story binary needs, which the full app shares: a section of each language's table,
/// kept apart so the story binary links only these (issue 16's weight). `Texts` derefs to it, so the full app
/// reads them as its own fields.
pub struct StoryTexts {
    pub notice_bad_class_value: fn(key: &str, value: &str) -> String,
    pub title: &'static str,
    pub notice_unknown_jurisdiction: fn(code: &str) -> String,
    pub list_separator: &'static str,
    pub notice_unknown_id: fn(id: &str) -> String,
    pub notice_not_switchable: fn(id: &str) -> String,
    pub notice_unknown_lang: fn(code: &str) -> String,
    pub notice_heading: &'static str,
    pub dismiss: &'static str,
    pub data_error: &'static str,
    pub state_name: fn(NodeState) -> &'static str,
    pub and_more: fn(more: usize) -> String,
    pub loading: &'static str,
    pub notice_bad_data_path: fn(path: &str) -> String,
    /// ": " in English, " : " in French (a space before the colon).
    pub colon: &'static str,
    pub data_error_fallback: &'static str,
    pub metric_down: fn(down: usize, total: usize, percent: f64) -> String,
    pub metric_degraded: fn(degraded: usize, percent: f64) -> String,
    // How we know (issue 14): the affected web services by the certainty of their chain.
    /// A why-chain's link to the next step: "documented link, 2018-07-31", or containment.
    pub why_link: fn(Certainty, date: Option<&str>) -> String,
    /// What the page says after a crash, and the link back to the start.
    pub crashed: &'static str,
    pub crashed_back: &'static str,
    /// A node's certainty in a few words, for its accessible name and the legend.
    pub how_name: fn(HowKnown) -> &'static str,
    /// How many of a group of dark services are known so: "11 reported only", "11 seulement signalés".
    pub how_count: fn(Certainty, usize) -> String,
    pub why_heading: &'static str,
    /// "Fortnite is down because: …".
    pub why_intro: fn(name: &str, state: &str) -> String,
    pub why_switched_off: &'static str,
    pub category_name: fn(Category) -> &'static str,
    pub notice_unknown_incident: fn(id: &str) -> String,
    pub notice_unknown_period: fn(period: &str) -> String,
    pub notice_bad_backup: fn(pair: &str) -> String,
    /// A parameter of the link that the page does not know (`of=aws`).
    pub notice_unknown_key: fn(key: &str) -> String,
    pub notice_unknown_certainty: fn(value: &str) -> String,
    pub notice_unknown_chart: fn(chart: &str) -> String,
    /// The link was `bytes` long, over the limit the page reads.
    pub notice_too_long: fn(bytes: usize) -> String,
    /// The list `key` named `count` ids, over the limit the page reads.
    pub notice_too_many_ids: fn(key: &str, count: usize) -> String,

    // A data file's problems in the reader's language (issue 18): what, and where in words.
    /// What is wrong, in words a pupil follows; every kind is matched, so a new kind does not compile untranslated.
    pub problem: fn(&Problem) -> String,
    /// Where: "line 4, column 35 (nodes → no. 2 → name)".
    pub problem_place: fn(&Problem) -> String,

    // Embedding, the story view and the share dialog (issue 16).
    /// A presentation parameter with a value it does not take (`view=3d`).
    /// `takes`: the values the parameter does take (`Presentation::takes`), empty when they are not a short list.
    pub notice_bad_value: fn(key: &str, value: &str, takes: &[&str]) -> String,
    /// The embed's link to the whole explorer, in a new tab.
    pub open_explorer: &'static str,
    pub views_label: &'static str,
    pub view_name: fn(View) -> &'static str,
    /// The credit line under an embed: data version, date, licence.
    pub credits: fn(version: &str, as_of: &str, licence: Option<&str>) -> String,
    pub story_heading: &'static str,
    /// Nothing is switched off: what the story would tell.
    pub story_none: &'static str,
    pub story_off: &'static str,
    pub story_chain: &'static str,
    pub story_suppliers: &'static str,
    /// A category's count: "Gaming: 12".
    pub story_group: fn(category: &str, count: usize) -> String,
    /// A dark service's state, heard between its name and how we know it: ", down, ".
    pub story_service_state: fn(state: &str) -> String,
    pub story_see_map: &'static str,
    /// The folded smaller groups: "12 more services in 9 other categories".
    pub story_folded: fn(services: usize, groups: usize) -> String,
    pub share_open: &'static str,
    pub share_heading: &'static str,
    pub share_link_label: &'static str,
    pub share_embed_label: &'static str,
    pub share_embed_hint: &'static str,
    pub share_copy: &'static str,
    pub share_copied: &'static str,
    pub share_copy_failed: &'static str,
    pub share_close: &'static str,
    pub share_preview_label: &'static str,
    /// A link pinned to a data version the site does not ship (`v=0.9`).
    pub notice_unknown_version: fn(version: &str) -> String,
    /// The quiet note over pinned data: "This shows data version 1.0.0 (checked up to ...), as when the link was
    /// made.", then the link to the current data.
    pub pinned_note: fn(version: &str, as_of: &str) -> String,
    pub pinned_latest: &'static str,
    /// The iframe's title: "Cloudfall: what goes dark when AWS fails" (or the plain title when nothing is off).
    pub embed_title: fn(off: &str) -> String,
    /// The page's `<title>`, in the language shown.
    pub page_title: &'static str,
}

pub struct Texts {
    /// The section the story binary shares.
    pub story: StoryTexts,
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
    /// The accessible name of a switch: "Switch off AWS" / "Switch AWS back on".
    pub switch_label: fn(name: &str, off: bool) -> String,
    pub summary_none: fn(total: usize) -> String,
    pub summary_caveat: &'static str,
    pub legend_heading: &'static str,
    pub dataset_line: fn(version: &str, as_of: &str) -> String,
    pub evidence_counts: fn(documented: usize, reported: usize, inferred: usize) -> String,
    pub kind_name: fn(NodeKind) -> &'static str,
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
    pub switch_children: fn(count: usize) -> String,
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
    pub canvas_hint: fn(drawn: usize, labels: bool) -> String,
    pub more_in_search: fn(more: usize) -> String,
    pub history_note: &'static str,
    pub approximate_note: &'static str,

    // Metrics.
    pub metrics_heading: &'static str,
    /// The audience of the services down, with what was counted and its caveat in the same sentence.
    pub metric_audience: fn(millions: f64, known: usize, down: usize, counted: &str) -> String,
    pub metric_audience_none: &'static str,
    pub metric_hhi: fn(hhi: f64, period: &str, lower_bound: bool) -> String,
    pub hhi_reading: fn(Reading) -> &'static str,
    pub hhi_caveat: &'static str,

    /// A company's headquarters country, with its source, in the details.
    pub headquarters: &'static str,
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
    pub role_name: fn(Role) -> &'static str,
    pub mode_name: fn(DependencyMode) -> &'static str,
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
    /// The figures' certainty control: its label, each choice, and the note the headline then carries.
    pub counted_label: &'static str,
    pub counted_name: fn(Option<Counted>) -> &'static str,
    pub counted_note: fn(Counted) -> &'static str,
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
    // Loading one's own data file (issue 17): the file picker and the drop zone.
    pub loader_heading: &'static str,
    pub loader_intro: &'static str,
    pub loader_choose: &'static str,
    pub loader_drop: &'static str,
    pub loader_template: &'static str,
    pub loader_reading: fn(name: &str) -> String,
    pub loader_loaded: fn(name: &str, nodes: usize) -> String,
    pub loader_back: &'static str,
    pub loader_refused: fn(name: &str, problems: usize) -> String,
    pub loader_unreadable: &'static str,
    // Access (issue 17): keyboard, screen reader, themes, projector, table, tree.
    /// The page's first link, to the map.
    pub skip_to_map: &'static str,
    /// The label of a node's switch in its details; the switch is on while the node runs.
    pub switch_running: &'static str,
    /// "3 suggestions", said while the search box lists them.
    pub search_count: fn(count: usize) -> String,
    /// The concentration index explained to a pupil: the disclosure's label, then what it measures and what not.
    pub hhi_more: &'static str,
    pub hhi_explained: &'static str,
    /// A short glossary: its heading, then each term with its meaning.
    pub glossary_heading: &'static str,
    pub glossary: &'static [(&'static str, &'static str)],
    /// The live sentence after a switch: what was switched, then the counts and up to three best-known services.
    pub live_switched: fn(name: &str, off: bool) -> String,
    pub live_all_on: &'static str,
    pub live_counts: fn(down: usize, degraded: usize, up: usize, names: &[&str]) -> String,
    pub dark_theme: &'static str,
    /// The table of web services by state.
    pub table_heading: &'static str,
    pub table_intro: &'static str,
    pub table_service: &'static str,
    pub table_state: &'static str,
    pub table_audience: &'static str,
    pub table_millions: fn(millions: f64) -> String,
    /// The cascade's controls: their group's name, the wave-by-wave switch, the next-wave button, where it stands.
    pub cascade_label: &'static str,
    pub cascade_stepping: &'static str,
    pub cascade_next: &'static str,
    pub cascade_wave: fn(shown: u32, waves: u32) -> String,
    pub cascade_done: &'static str,
    /// The tree view: its heading, how to use it, and a junction's other parents ("also under AWS, Google").
    pub tree_heading: &'static str,
    pub tree_intro: &'static str,
    pub tree_junction: fn(others: &str, more: usize) -> String,
    /// The canvas map's pan buttons.
    pub pan_left: &'static str,
    pub pan_up: &'static str,
    pub pan_down: &'static str,
    pub pan_right: &'static str,

    // Issue 16, export: the export buttons and the printed page.
    pub export_heading: &'static str,
    pub export_intro: &'static str,
    pub export_chart_svg: &'static str,
    pub export_chart_png: &'static str,
    pub export_story_svg: &'static str,
    pub export_story_png: &'static str,
    pub export_map_svg: &'static str,
    pub export_map_png: &'static str,
    pub export_csv: &'static str,
    pub export_print: &'static str,

    // Issue 17 (requirements 12 and 15): the tree view's two viewpoints, and what a failed box's tooltip says.
    /// The viewpoint switch's group name and its two buttons, and the tree's intro by service.
    pub tree_viewpoints: &'static str,
    pub tree_by_provider: &'static str,
    pub tree_by_service: &'static str,
    pub tree_intro_service: &'static str,
    /// What a failed box takes down (`metrics::reach`): the counts, then every name up to 20 services or the three
    /// best known past that (`summarised`).
    pub box_reach: fn(down: usize, degraded: usize, names: &[&str], summarised: bool) -> String,
}

/// The table for `lang`.
pub fn texts(lang: Lang) -> &'static Texts {
    match lang {
        Lang::En => &en::EN,
        Lang::Fr => &fr::FR,
    }
}

/// The story binary's section of the table for `lang` (the whole table is never linked into that binary).
pub fn story_texts(lang: Lang) -> &'static StoryTexts {
    match lang {
        Lang::En => &en::STORY,
        Lang::Fr => &fr::STORY,
    }
}

impl std::ops::Deref for Texts {
    type Target = StoryTexts;

    fn deref(&self) -> &StoryTexts {
        &self.story
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

// Classroom (issue 17): the guided story, the challenges and the teacher's page, in their own table per language
// (`en::CLASS`, `fr::CLASS`) so the explorer's table stays as it is. Long teacher texts are in
// `static/teacher/{en,fr}.json`, outside the wasm.

use cloudfall_model::challenge::{Challenge, CodeProblem, Right, Wrong, ZoneGuess};
use cloudfall_model::NodeId;

/// One step of the guided story: at most three sentences, one action, one question.
pub struct StepTexts {
    pub title: &'static str,
    pub body: &'static str,
    /// What the pupil does, said before the button.
    pub action: &'static str,
    /// The button that does it.
    pub button: &'static str,
    pub question: &'static str,
}

/// A node's name in the reader's language, for sentences that name nodes.
pub type NameOf<'a> = &'a dyn Fn(&NodeId) -> String;

/// The classroom texts of one language.
pub struct ClassTexts {
    pub story_title: &'static str,
    pub story_time: &'static str,
    pub story_start: &'static str,
    pub challenges_start: &'static str,
    pub teacher_open: &'static str,
    pub classroom_heading: &'static str,
    pub step_of: fn(step: u8, total: usize) -> String,
    pub steps: &'static [StepTexts],
    pub predict_prompt: &'static str,
    pub predict_commit: &'static str,
    pub predict_hidden: &'static str,
    pub reveal_heading: &'static str,
    /// One candidate after the reveal: hit or miss said in words and by a mark, never by colour alone.
    pub reveal_line: fn(name: &str, guessed: bool, state: &str, hit: bool) -> String,
    pub reveal_score: fn(hits: usize, total: usize) -> String,
    pub question_label: &'static str,
    pub previous: &'static str,
    pub next: &'static str,
    pub restart_step: &'static str,
    pub leave_story: &'static str,
    pub to_challenges: &'static str,
    pub locked_note: &'static str,
    pub done_label: &'static str,
    pub challenges_heading: &'static str,
    pub challenge_name: fn(Challenge) -> &'static str,
    pub challenge_task: fn(Challenge) -> &'static str,
    pub zone_question: &'static str,
    pub zone_guess: fn(ZoneGuess) -> &'static str,
    pub check: &'static str,
    pub right: fn(&Right, NameOf) -> String,
    pub wrong: fn(&Wrong, NameOf) -> String,
    pub solved_mark: &'static str,
    pub code_heading: &'static str,
    pub code_hint: &'static str,
    pub progress_line: fn(steps: u32, total_steps: usize, solved: usize, total: usize) -> String,
    pub leave_challenges: &'static str,
    pub notice_other_version: fn(asked: &str, shown: &str) -> String,

    // The teacher's page.
    pub teacher_title: &'static str,
    pub teacher_back: &'static str,
    pub teacher_dataset: fn(version: &str, as_of: &str) -> String,
    pub teacher_privacy: &'static str,
    pub teacher_loading: &'static str,
    pub teacher_missing: &'static str,
    pub builder_heading: &'static str,
    pub builder_intro: &'static str,
    pub builder_lang: &'static str,
    pub builder_step: &'static str,
    pub builder_no_step: &'static str,
    pub builder_lock: &'static str,
    pub builder_hide_edges: &'static str,
    pub builder_hide_labels: &'static str,
    pub builder_projector: &'static str,
    pub builder_version: fn(version: &str) -> String,
    pub builder_link: &'static str,
    pub builder_open: &'static str,
    pub tally_heading: &'static str,
    pub tally_intro: &'static str,
    pub tally_label: &'static str,
    pub tally_pupils: fn(pupils: usize) -> String,
    pub tally_step: fn(step: usize) -> String,
    pub tally_tries: fn(tries: usize) -> String,
    pub tally_unread: fn(code: &str, CodeProblem) -> String,
    pub tally_item: &'static str,
    pub tally_count: &'static str,
    pub print_worksheet: &'static str,

    // What was left of issue 17 (class2).
    /// Above the switches while a prediction waits: why they do nothing yet.
    pub switches_wait: &'static str,
    /// A map box's name while a teacher's link hides the names (`hide=labels`): its number only.
    pub mystery_box: fn(number: usize) -> String,
    /// Where the tree view and the table were, while a teacher's link hides the links or the names.
    pub hidden_views: &'static str,
    /// In a box's details, where its dependencies, dependents, why-chain and single points of failure were, while
    /// the links are hidden (`hide=edges`, the mystery challenge).
    pub hidden_links_details: &'static str,

    // Issue 17, requirements 7 to 9 (cls1): the builder's scenario and hidden values, Reset to the link's map, the
    // mystery service.
    /// The builder's checkbox for `hide=values`.
    pub builder_hide_values: &'static str,
    /// The builder's "what the map opens with" choice, its options and the note under it.
    pub builder_start: &'static str,
    pub builder_start_all_on: &'static str,
    pub builder_start_incident: fn(name: &str, date: &str) -> String,
    pub builder_start_off: fn(name: &str) -> String,
    pub builder_start_hint: &'static str,
    /// The "switch everything back on" button when the link opened a map of its own: it returns there.
    pub reset_to_link: &'static str,
    /// Reset's words in a challenge that starts with something off: it returns to the challenge's start.
    pub reset_to_challenge: &'static str,
    /// The mystery challenge's service, wherever its name would be.
    pub mystery_service: &'static str,
    /// The mystery challenge's question and its list's first, empty, option.
    pub mystery_question: &'static str,
    pub mystery_choose: &'static str,
    /// Where the figures were while a teacher's link hides the numbers (`hide=values`).
    pub values_hidden: &'static str,
    /// The live sentence's ending while the numbers are hidden.
    pub live_values_hidden: &'static str,
    /// The screen summary's "Currently" while the numbers are hidden: only how many things are off.
    pub summary_now_hidden: fn(off: usize) -> String,
    /// The details of a box whose name is hidden.
    pub details_hidden: &'static str,
    /// The screen summary above the map (PhET's "Play area / Controls / Currently / Tip").
    pub summary_heading: &'static str,
    pub summary_play_area: &'static str,
    pub summary_controls: &'static str,
    pub summary_currently: &'static str,
    pub summary_tip: &'static str,
    pub summary_play: fn(&cloudfall_model::metrics::MapCounts) -> String,
    pub summary_controls_text: &'static str,
    pub summary_now: fn(&Currently) -> String,
    pub summary_tip_start: &'static str,
    pub summary_tip_why: &'static str,
    /// The services table as a CSV file: the link, the file's name and its audience column.
    pub csv_download: &'static str,
    pub csv_file_name: &'static str,
    pub csv_audience_millions: &'static str,
    /// The breadth-first queue while the cascade is stepped: the names listed (none when hidden) and how many.
    pub cascade_queue: fn(names: &[&str], total: usize) -> String,
    /// The switch for short announcements after a switch (counts only).
    pub short_announcements: &'static str,
}

/// A node's name as the page may show it: its own in `lang`, or the mask a teacher's `hide=labels` ("Box 12") or
/// the mystery challenge ("Mystery service") puts on it. Every view that writes a node's name asks here (or
/// `shown_label`), so a hidden name is in no text and no accessible name.
pub fn shown_name(model: &Model, hidden: HiddenNames, index: NodeIndex, lang: Lang) -> Cow<'_, str> {
    match hidden.masked(index) {
        Some(Masked::Numbered(number)) => Cow::Owned((class_texts(lang).mystery_box)(number)),
        Some(Masked::Mystery) => Cow::Borrowed(class_texts(lang).mystery_service),
        None => Cow::Borrowed(model.node(index).name_in(lang)),
    }
}

/// What a failed box takes down, as its tooltip says it (issue 17, requirement 15): the counts, and the services
/// named as the page may name them (none when a teacher hides every name; the mystery service masked).
pub fn reach_words(model: &Model, reach: &cloudfall_model::metrics::Reach, hidden: HiddenNames, lang: Lang) -> String {
    let names: Vec<Cow<'_, str>> = match hidden {
        HiddenNames::All => Vec::new(),
        _ => reach.named.iter().map(|&named| shown_name(model, hidden, named, lang)).collect(),
    };
    let names: Vec<&str> = names.iter().map(AsRef::as_ref).collect();
    (texts(lang).box_reach)(reach.down, reach.degraded, &names, reach.summarised)
}

/// `text` (a story step's or a challenge's own words) with every name the page hides replaced by its mask, so the
/// prose gives away no more than the page: each hidden web service's and supplier's name and label in `lang`, longest first, as whole
/// words (a letter or digit on either side is no match), and names of fewer than three characters left alone.
///
/// # Complexity
/// O(N · T) for N hidden nodes and a text of T bytes: a few hundred nodes over a few hundred bytes.
pub fn masked_text(model: &Model, hidden: HiddenNames, lang: Lang, text: &str) -> String {
    let indices: Vec<NodeIndex> = match hidden {
        HiddenNames::None => return text.to_string(),
        HiddenNames::One(index) => vec![index],
        // The switches keep their names on the switch panel (pupils must find them), so the prose keeps them too:
        // "switch off DynamoDB" stays something a pupil can do.
        HiddenNames::All => {
            model.nodes().filter(|(_, node)| !node.kind.is_switchable()).map(|(index, _)| index).collect()
        }
    };
    let mut names: Vec<(&str, String)> = indices
        .iter()
        .flat_map(|&index| {
            let node = model.node(index);
            let mask = shown_name(model, hidden, index, lang).into_owned();
            [(node.name_in(lang), mask.clone()), (node.label_in(lang), mask)]
        })
        .filter(|(name, _)| name.chars().count() >= 3)
        .collect();
    names.sort_by(|a, b| b.0.len().cmp(&a.0.len()).then_with(|| a.0.cmp(b.0)));
    names.dedup_by(|a, b| a.0 == b.0);
    replace_words(text, &names)
}

/// `text` with each whole-word occurrence of a name of `names` (tried in order) replaced by its mask, in one pass,
/// so a mask just written is never read again.
fn replace_words(text: &str, names: &[(&str, String)]) -> String {
    let is_word = |c: Option<char>| c.is_some_and(cloudfall_model::label::is_word_char);
    let mut out = String::with_capacity(text.len());
    let mut at = 0;
    while let Some(c) = text[at..].chars().next() {
        let starts_word = !is_word(text[..at].chars().next_back());
        let found = names.iter().find(|(name, _)| {
            starts_word && text[at..].starts_with(name) && !is_word(text[at + name.len()..].chars().next())
        });
        match found {
            Some((name, mask)) => {
                out.push_str(mask);
                at += name.len();
            }
            None => {
                out.push(c);
                at += c.len_utf8();
            }
        }
    }
    out
}

/// A node's short label as the page may show it (see `shown_name`).
pub fn shown_label(model: &Model, hidden: HiddenNames, index: NodeIndex, lang: Lang) -> Cow<'_, str> {
    match hidden.masked(index) {
        Some(_) => shown_name(model, hidden, index, lang),
        None => Cow::Borrowed(model.node(index).label_in(lang)),
    }
}

/// The classroom table for `lang`.
pub fn class_texts(lang: Lang) -> &'static ClassTexts {
    match lang {
        Lang::En => &en::CLASS,
        Lang::Fr => &fr::CLASS,
    }
}

/// What the screen summary's "Currently" says: what is switched off (nodes and groups), the web services down,
/// degraded and up, and the story step (of how many) if the pupil is in the story.
pub struct Currently {
    pub off: usize,
    pub down: usize,
    pub degraded: usize,
    pub up: usize,
    pub step: Option<(u8, usize)>,
}

/// `text` with its first letter in capitals, for a name used as a heading ("gaming" becomes "Gaming"): the model's,
/// which knows the Latin letters of both languages without Unicode's case tables.
pub use cloudfall_model::label::capitalised;

/// Names as a sentence's list: "A", "A and B", "A, B and C", with `and` ("and", "et").
pub fn list_and(names: &[&str], and: &str) -> String {
    match names {
        [] => String::new(),
        [one] => (*one).to_string(),
        [rest @ .., last] => format!("{} {and} {last}", rest.join(", ")),
    }
}

/// A count with its noun in French: "1 dégradé", "0 dégradé", "3 dégradés" (French singular for 0 and 1).
pub fn fr_count(count: usize, singular: &str, plural: &str) -> String {
    format!("{count}\u{a0}{}", if count < 2 { singular } else { plural })
}

/// A number of millions in French words and digits: "7,4 milliards", "1,2 milliard", "943 millions", "0,5 million",
/// with a decimal comma, a no-break space before the unit, and "milliard"/"million" singular below 2.
pub fn fr_millions(millions: f64) -> String {
    let (value, singular, plural) = if millions >= 1000.0 {
        (millions / 1000.0, "milliard", "milliards")
    } else {
        (millions, "million", "millions")
    };
    let digits = if value >= 100.0 || value.fract() == 0.0 { format!("{value:.0}") } else { format!("{value:.1}") };
    let digits = digits.strip_suffix(".0").unwrap_or(&digits).replace('.', ",");
    format!("{digits}\u{a0}{}", if value < 2.0 { singular } else { plural })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The keys of a strings file, in order: the fields its table sets, one per line at the table's indent.
    fn keys(source: &str) -> Vec<&str> {
        source
            .lines()
            .filter_map(|line| line.strip_prefix("    "))
            .filter(|line| !line.starts_with(' '))
            .filter_map(|line| line.split_once(':').map(|(key, _)| key))
            .filter(|key| {
                !key.is_empty() && key.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
            })
            .collect()
    }

    #[test]
    fn hidden_names_are_masked_in_prose_as_whole_words_only() {
        let names = [("Snapchat", "Box 3".to_string()), ("Box", "Box 9".to_string())];
        assert_eq!(replace_words("Snapchat, Snapchatter and Snapchat.", &names), "Box 3, Snapchatter and Box 3.");
        assert_eq!(replace_words("reSnapchat Snapchat", &names), "reSnapchat Box 3");
        assert_eq!(replace_words("é Snapchat, Box", &names), "é Box 3, Box 9", "a mask written is not read again");
    }

    #[test]
    fn the_english_and_french_strings_files_have_the_same_keys_in_the_same_order() {
        let (en, fr) = (keys(include_str!("en.rs")), keys(include_str!("fr.rs")));
        assert!(en.len() > 150, "{} keys read from en.rs", en.len());
        assert_eq!(en, fr);
    }

    #[test]
    fn the_glossary_has_the_same_terms_in_both_languages_and_none_is_empty() {
        let (en, fr) = (texts(Lang::En).glossary, texts(Lang::Fr).glossary);
        assert_eq!(en.len(), fr.len());
        assert!(en.iter().chain(fr).all(|(term, meaning)| !term.is_empty() && meaning.len() > 40));
        // Region, availability zone, supplier and DNS, at least.
        for term in ["Region", "Availability zone", "Supplier", "DNS"] {
            assert!(en.iter().any(|(t, _)| *t == term), "{term}");
        }
    }

    #[test]
    fn french_counts_are_singular_below_two() {
        assert_eq!(fr_count(1, "dégradé", "dégradés"), "1\u{a0}dégradé");
        assert_eq!(fr_count(0, "dégradé", "dégradés"), "0\u{a0}dégradé");
        assert_eq!(fr_count(3, "dégradé", "dégradés"), "3\u{a0}dégradés");
    }

    #[test]
    fn french_millions_use_a_decimal_comma_and_the_right_plural() {
        assert_eq!(fr_millions(7400.0), "7,4\u{a0}milliards");
        assert_eq!(fr_millions(1200.0), "1,2\u{a0}milliard");
        assert_eq!(fr_millions(2000.0), "2\u{a0}milliards");
        assert_eq!(fr_millions(943.0), "943\u{a0}millions");
        assert_eq!(fr_millions(0.5), "0,5\u{a0}million");
        assert_eq!(fr_millions(1.5), "1,5\u{a0}million");
    }
}
