//! The URL query, the one codec for it: `form_urlencoded` reads a query into decoded pairs and
//! `percent-encoding` writes one back, keeping `/`, `,` and `:` readable. The `Scenario`'s URL form lives here
//! (`Scenario::from_query`, `Scenario::to_query`), with the two things read before any data is loaded: the data
//! file (`data_source`) and the language (`lang_asked`). No other code parses or builds a query.

use percent_encoding::{utf8_percent_encode, AsciiSet, NON_ALPHANUMERIC};

use crate::certainty::Counted;
use crate::challenge::Challenge;
use crate::graph::{Model, NodeId};
use crate::jurisdiction::Jurisdiction;
use crate::scenario::{can_have_backup, ChallengePlace, ChartView, Lang, Page, Scenario};
use crate::story::{self, StoryPlace};

/// The longest query read, in bytes: more than any real link needs, and a bound on the work a crafted one causes.
pub const MAX_QUERY_BYTES: usize = 4096;

/// The most ids read from one list (`off=a,b,c`, `backup=...`); the shipped data has fewer than 200 switches.
pub const MAX_LIST_IDS: usize = 200;

/// Parameters that newsrooms and newsletters add to links, dropped without a word: they are not the reader's.
const TRACKING_KEYS: [&str; 4] = ["fbclid", "gclid", "mc_cid", "mc_eid"];

/// What is percent-encoded in a value: everything but letters, digits, `-_.~` and the readable `/`, `,`, `:`.
/// `+` is encoded because a query reads it as a space.
const VALUE: &AsciiSet =
    &NON_ALPHANUMERIC.remove(b'-').remove(b'_').remove(b'.').remove(b'~').remove(b'/').remove(b',').remove(b':');

/// A part of a link that was not understood; the rest of the link still applies.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum QueryProblem {
    /// An id that names no node of this dataset.
    UnknownId(String),
    /// An id in `off` that names something that cannot be switched off (a web service).
    NotSwitchable(String),
    UnknownLang(String),
    UnknownIncident(String),
    UnknownPeriod(String),
    /// A `jurisdiction` entry that is neither a two-letter country code nor `non-eu`.
    UnknownJurisdiction(String),
    /// A `backup` entry that is not `service:backup`, with a web service or supplier and a piece of infrastructure.
    BadBackup(String),
    /// A `data` value that is not a path relative to the page (another site's address, say): never loaded.
    BadDataPath(String),
    /// A parameter the app does not know (a typo such as `of=aws`, or a newer link's); tracking parameters are not
    /// reported.
    UnknownKey(String),
    /// A `certainty` value other than `documented`, `inferred`, `reported` or `at_risk`.
    UnknownCertainty(String),
    /// A `chart` value other than `shares` or `history`.
    UnknownChart(String),
    /// The query was longer than `MAX_QUERY_BYTES`: only its beginning was read. Holds the length in bytes.
    TooLong(usize),
    /// A list named more than `MAX_LIST_IDS` ids: only the first ones were read.
    TooManyIds {
        key: String,
        count: usize,
    },
    /// A classroom parameter (`step`, `challenge`, `lock`, `hide`, `projector`, `page`, `guess`, `code`, `tree`) with a value
    /// the page does not know.
    BadClassValue {
        key: String,
        value: String,
    },
    /// A data version (`v=`) that the site does not ship: the current data is shown.
    UnknownVersion(String),
    /// A presentation parameter (`embed`, `view`, `theme`, `plain`, `static`, `v`, `childId`) with a value it does
    /// not take.
    BadValue {
        key: String,
        value: String,
    },
}

/// Reads a query (with or without its leading `?`) into decoded `(key, value)` pairs, in order. `+` is a space,
/// `%xx` a byte (UTF-8 as a whole, invalid sequences replaced), and an invalid escape stays as it is written.
/// A query longer than `MAX_QUERY_BYTES` is cut after its last whole pair within the limit, and reported.
///
/// # Complexity
/// Linear in the length of the query, which is bounded.
pub fn parse(query: &str) -> (Vec<(String, String)>, Vec<QueryProblem>) {
    let query = query.strip_prefix('?').unwrap_or(query);
    let mut problems = Vec::new();
    let read = if query.len() > MAX_QUERY_BYTES {
        problems.push(QueryProblem::TooLong(query.len()));
        cut(query)
    } else {
        query
    };
    let pairs = form_urlencoded::parse(read.as_bytes()).map(|(key, value)| (key.into_owned(), value.into_owned()));
    (pairs.collect(), problems)
}

/// The beginning of an over-long query: up to its last `&` within the limit, so no pair is read cut in half
/// (or up to the limit, on a character boundary, when the first pair alone is too long).
fn cut(query: &str) -> &str {
    let mut end = MAX_QUERY_BYTES.min(query.len());
    while !query.is_char_boundary(end) {
        end -= 1;
    }
    let head = &query[..end];
    match head.rfind('&') {
        Some(last) => &head[..last],
        None => head,
    }
}

/// Writes `pairs` as a query with its leading `?`, or an empty string when there are none. Keys and values are
/// percent-encoded, except for `/`, `,` and `:`, which a query allows and which keep ids and lists readable.
pub fn build<'a>(pairs: impl IntoIterator<Item = (&'a str, String)>) -> String {
    let mut query = String::new();
    for (key, value) in pairs {
        query.push(if query.is_empty() { '?' } else { '&' });
        query.extend(utf8_percent_encode(key, VALUE));
        query.push('=');
        query.extend(utf8_percent_encode(&value, VALUE));
    }
    query
}

/// Whether `key` is a tracking parameter added by a newsroom or a newsletter, to be dropped silently.
fn is_tracking(key: &str) -> bool {
    key.starts_with("utm_") || TRACKING_KEYS.contains(&key)
}

/// The ids of a list value, trimmed and without empty entries, at most `MAX_LIST_IDS` of them (more is reported).
fn ids(key: &str, value: &str, problems: &mut Vec<QueryProblem>) -> Vec<String> {
    let all: Vec<&str> = value.split(',').map(str::trim).filter(|id| !id.is_empty()).collect();
    if all.len() > MAX_LIST_IDS {
        problems.push(QueryProblem::TooManyIds { key: key.to_string(), count: all.len() });
    }
    all.into_iter().take(MAX_LIST_IDS).map(str::to_string).collect()
}

impl Scenario {
    /// Reads a URL query (with or without the leading `?`). Nothing in it is fatal: a bad value, an unknown
    /// parameter or an over-long list is skipped or cut and reported, and the rest applies. Tracking parameters
    /// (`utm_*`, `fbclid`, `gclid`, `mc_cid`, `mc_eid`) are dropped silently. When a parameter is repeated, the
    /// last good value wins; `off`, `jurisdiction` and `backup` lists add up.
    pub fn from_query(query: &str, model: &Model) -> (Scenario, Vec<QueryProblem>) {
        let mut scenario = Scenario::default();
        let (pairs, mut problems) = parse(query);
        // A story step or a challenge opens on its own state, unless the link says what the map shows.
        let map_given = pairs.iter().any(|(key, _)| matches!(key.as_str(), "off" | "backup" | "sel" | "jurisdiction"));
        let mut guess = Vec::new();
        let mut off_given = false;
        for (key, value) in pairs {
            // How the page is presented (`embed`, `view`, `theme`, `plain`, `static`, `v`, Pym.js's `childId`).
            if let Some(read) = scenario.presentation.read(&key, &value) {
                if read.is_err() {
                    problems.push(QueryProblem::BadValue { key, value });
                }
                continue;
            }
            match key.as_str() {
                "off" => {
                    off_given = true;
                    for id in ids(&key, &value, &mut problems) {
                        let node_id = NodeId::new(id.to_ascii_lowercase());
                        match model.lookup(&node_id) {
                            Some(index) if model.node(index).kind.is_switchable() => {
                                scenario.off.insert(node_id);
                            }
                            Some(_) => problems.push(QueryProblem::NotSwitchable(id)),
                            None => problems.push(QueryProblem::UnknownId(id)),
                        }
                    }
                }
                "backup" => {
                    for pair in ids(&key, &value, &mut problems) {
                        match parse_backup(&pair, model) {
                            Some(backup) => {
                                scenario.backups.insert(backup);
                            }
                            None => problems.push(QueryProblem::BadBackup(pair)),
                        }
                    }
                }
                "jurisdiction" => {
                    for code in ids(&key, &value, &mut problems) {
                        match Jurisdiction::from_code(&code) {
                            Some(group) => {
                                if let Err(at) = scenario.jurisdictions.binary_search(&group) {
                                    scenario.jurisdictions.insert(at, group);
                                }
                            }
                            None => problems.push(QueryProblem::UnknownJurisdiction(code)),
                        }
                    }
                }
                "sel" => {
                    let node_id = NodeId::new(value.to_ascii_lowercase());
                    match model.lookup(&node_id) {
                        Some(_) => scenario.selected = Some(node_id),
                        None => problems.push(QueryProblem::UnknownId(value)),
                    }
                }
                "incident" => match model.incident(&value) {
                    Some(incident) => scenario.incident = Some(incident.id.clone()),
                    None => problems.push(QueryProblem::UnknownIncident(value)),
                },
                "period" => match model.market.iter().find(|table| table.key() == value) {
                    Some(table) => scenario.period = Some(table.key()),
                    None => problems.push(QueryProblem::UnknownPeriod(value)),
                },
                "certainty" => match Counted::from_code(&value) {
                    // Counting reports too is the default.
                    Some(Counted::Reported) => scenario.certainty = None,
                    Some(counted) => scenario.certainty = Some(counted),
                    None => problems.push(QueryProblem::UnknownCertainty(value)),
                },
                "chart" => match ChartView::from_code(&value) {
                    Some(chart) => scenario.chart = chart,
                    None => problems.push(QueryProblem::UnknownChart(value)),
                },
                // The tree view's viewpoint (issue 17): a value it does not take is a classroom value not known.
                "tree" => match crate::tree::Viewpoint::from_code(value.trim()) {
                    Some(viewpoint) => scenario.tree = viewpoint,
                    None => problems.push(QueryProblem::BadClassValue { key, value }),
                },
                "data" => match data_path(&value) {
                    Ok(path) => scenario.data = path,
                    Err(problem) => problems.push(problem),
                },
                "lang" => match Lang::from_code(&value) {
                    Some(lang) => scenario.lang = lang,
                    None => problems.push(QueryProblem::UnknownLang(value)),
                },
                "step" | "challenge" | "lock" | "hide" | "projector" | "page" | "code" => {
                    read_class_key(&key, &value, &mut scenario, &mut problems);
                }
                "guess" => guess = ids(&key, &value, &mut problems),
                // An empty key (`?=x`, `?&&`) names nothing a reader could recognise.
                "" => {}
                _ if is_tracking(&key) => {}
                _ => problems.push(QueryProblem::UnknownKey(key)),
            }
        }
        if !off_given {
            switch_off_what_failed(&mut scenario, model);
        }
        // A pinned version the site does not ship: the current data was loaded instead, and the reader is told.
        if let Some(asked) = &scenario.presentation.version {
            if *asked != model.info.version {
                problems.push(QueryProblem::UnknownVersion(asked.clone()));
            }
        }
        settle_class_state(&mut scenario, map_given, guess, &mut problems);
        // A link that says what the explorer's map shows (`off=`, `incident=`...) is where Reset returns
        // (requirement 8); a story step and a challenge have their own start.
        if (map_given || scenario.incident.is_some()) && scenario.story.is_none() && scenario.challenge.is_none() {
            scenario = scenario.launch();
        }
        (scenario, problems)
    }

    /// The URL query for this scenario, with the leading `?`, or an empty string for the default scenario.
    /// `/`, `,` and `:` stay readable: ids cannot hold `,` or `:`, so lists split back exactly.
    pub fn to_query(&self) -> String {
        let mut pairs: Vec<(&str, String)> = Vec::new();
        // While replaying, `off` is always written (even empty): without it, a link means what failed is off.
        if !self.off.is_empty() || self.incident.is_some() {
            let ids: Vec<&str> = self.off.iter().map(NodeId::as_str).collect();
            pairs.push(("off", ids.join(",")));
        }
        if !self.jurisdictions.is_empty() {
            let codes: Vec<String> = self.jurisdictions.iter().map(|group| group.code()).collect();
            pairs.push(("jurisdiction", codes.join(",")));
        }
        // With names hidden, the address bar names no box: neither one given a backup nor the one opened (below).
        if !self.backups.is_empty() && !self.link_hides_boxes() {
            let backups: Vec<String> =
                self.backups.iter().map(|(service, backup)| format!("{service}:{backup}")).collect();
            pairs.push(("backup", backups.join(",")));
        }
        if let Some(incident) = &self.incident {
            pairs.push(("incident", incident.clone()));
        }
        if let Some(selected) = self.selected.as_ref().filter(|_| !self.link_hides_boxes()) {
            pairs.push(("sel", selected.to_string()));
        }
        if let Some(period) = &self.period {
            pairs.push(("period", period.clone()));
        }
        if self.chart != ChartView::default() {
            pairs.push(("chart", self.chart.code().to_string()));
        }
        if let Some(certainty) = self.certainty {
            pairs.push(("certainty", certainty.code().to_string()));
        }
        if self.tree != crate::tree::Viewpoint::default() {
            pairs.push(("tree", self.tree.code().to_string()));
        }
        if self.lang != Lang::default() {
            pairs.push(("lang", self.lang.code().to_string()));
        }
        if let Some(data) = &self.data {
            pairs.push(("data", data.clone()));
        }
        self.class_pairs(&mut pairs);
        pairs.extend(self.presentation.pairs());
        build(pairs)
    }

    /// The classroom part of the URL (issue 17): story step and prediction, challenge, page, and the teacher's
    /// class-link options, in the order the link builder shows them.
    fn class_pairs(&self, pairs: &mut Vec<(&str, String)>) {
        if let Some(place) = &self.story {
            pairs.push(("step", place.step.to_string()));
            if !place.guess.is_empty() {
                let ids: Vec<&str> = place.guess.iter().map(NodeId::as_str).collect();
                pairs.push(("guess", ids.join(",")));
            }
        }
        if let Some(place) = &self.challenge {
            pairs.push(("challenge", place.challenge.code().to_string()));
        }
        if self.page == Page::Teacher {
            pairs.push(("page", "teacher".to_string()));
        }
        if self.progress != crate::challenge::Progress::default() {
            pairs.push(("code", crate::challenge::encode(self.progress)));
        }
        let class = &self.class;
        if class.lock {
            pairs.push(("lock", "step".to_string()));
        }
        let hidden: Vec<&str> =
            [(class.hide_edges, "edges"), (class.hide_labels, "labels"), (class.hide_values, "values")]
                .into_iter()
                .filter(|(on, _)| *on)
                .map(|(_, name)| name)
                .collect();
        if !hidden.is_empty() {
            pairs.push(("hide", hidden.join(",")));
        }
        if class.projector {
            pairs.push(("projector", "1".to_string()));
        }
    }
}

/// Reads one classroom parameter into `scenario`; a value not understood is reported and skipped.
fn read_class_key(key: &str, value: &str, scenario: &mut Scenario, problems: &mut Vec<QueryProblem>) {
    let value = value.trim();
    let flag = match value {
        "1" | "true" | "yes" | "on" => Some(true),
        "0" | "false" | "no" | "off" => Some(false),
        _ => None,
    };
    let read = match key {
        "step" => value.parse::<u8>().ok().filter(|number| story::step(*number).is_some()).map(|step| {
            scenario.story = Some(StoryPlace { step, ..StoryPlace::default() });
        }),
        "challenge" => Challenge::from_code(value).map(|challenge| {
            scenario.challenge = Some(ChallengePlace { challenge, guess: None, provider: None, verdict: None });
        }),
        // `lock=step` is the research's spelling ("keep pupils on this step"), the one written; older links'
        // `lock=1` still reads.
        "lock" => (if value == "step" { Some(true) } else { flag }).map(|lock| scenario.class.lock = lock),
        "projector" => flag.map(|projector| scenario.class.projector = projector),
        "hide" => {
            let parts: Vec<&str> = value.split(',').map(str::trim).filter(|part| !part.is_empty()).collect();
            parts.iter().all(|part| matches!(*part, "edges" | "labels" | "values")).then(|| {
                scenario.class.hide_edges = parts.contains(&"edges");
                scenario.class.hide_labels = parts.contains(&"labels");
                scenario.class.hide_values = parts.contains(&"values");
            })
        }
        // The pupil's results travel in the link as their answer code, so a reload keeps them.
        "code" => crate::challenge::decode(value).ok().map(|progress| scenario.progress = progress),
        "page" => match value {
            "teacher" => {
                scenario.page = Page::Teacher;
                Some(())
            }
            "explorer" | "" => {
                scenario.page = Page::Explorer;
                Some(())
            }
            _ => None,
        },
        _ => None,
    };
    if read.is_none() {
        problems.push(QueryProblem::BadClassValue { key: key.to_string(), value: value.to_string() });
    }
}

/// After the whole link is read: a story step or a challenge opens on its own state unless the link says what
/// the map shows (`map_given`); a step whose state is its after-action state reads as acted; the prediction keeps
/// only the step's candidates. A challenge wins over a story step when a link has both.
fn settle_class_state(scenario: &mut Scenario, map_given: bool, guess: Vec<String>, problems: &mut Vec<QueryProblem>) {
    if let Some(place) = scenario.challenge.clone() {
        scenario.story = None;
        if !map_given {
            let _ = scenario
                .apply(crate::scenario::Action::ChallengeGo(Some(place.challenge)))
                .map(|next| *scenario = next);
        }
    }
    let Some(number) = scenario.story.as_ref().map(|place| place.step) else {
        if !guess.is_empty() {
            problems.push(QueryProblem::BadClassValue { key: "guess".into(), value: guess.join(",") });
        }
        return;
    };
    if !map_given {
        if let Some(next) = scenario.apply(crate::scenario::Action::StoryGo(number)) {
            *scenario = next;
        }
    }
    let candidates = story::step(number).map_or(&[][..], |step| step.predict);
    let acted = scenario.matches_step_after_action();
    if let Some(place) = scenario.story.as_mut() {
        place.acted = acted;
        for id in guess {
            if candidates.contains(&id.as_str()) {
                place.guess.insert(NodeId::new(id));
            } else {
                problems.push(QueryProblem::BadClassValue { key: "guess".into(), value: id });
            }
        }
    }
}

/// A replay link without `off` (`?incident=aws-2025-10-20`, the README's form) switches off what failed in the
/// incident, as choosing it in the replay menu does; an `off` beside it, even empty, says exactly what is off, so a
/// link written while replaying (`Scenario::to_query`) reads back as it was.
fn switch_off_what_failed(scenario: &mut Scenario, model: &Model) {
    if let Some(incident) = scenario.incident.as_deref().and_then(|id| model.incident(id)) {
        scenario.off.extend(incident.failed.iter().map(|&failed| model.node(failed).id.clone()));
    }
}

/// The data file a URL query asks for, read before any data is loaded: `Ok(None)` for the shipped one. As in
/// `Scenario::from_query`, the last `data` parameter counts.
///
/// # Errors
/// When the query names a file that is not a plain path relative to the page.
pub fn data_source(query: &str) -> Result<Option<String>, QueryProblem> {
    let (pairs, _) = parse(query);
    match pairs.into_iter().rev().find(|(key, _)| key == "data") {
        Some((_, value)) => data_path(&value),
        None => Ok(None),
    }
}

/// The language a URL query asks for, read before any data is loaded (for the loading and error messages): the
/// last `lang` that names a language, as `Scenario::from_query` reads it, or the default.
pub fn lang_asked(query: &str) -> Lang {
    let (pairs, _) = parse(query);
    pairs
        .iter()
        .rev()
        .filter(|(key, _)| key == "lang")
        .find_map(|(_, value)| Lang::from_code(value))
        .unwrap_or_default()
}

/// The language to show (issue 17): the URL's `lang` when it names one, else the first of the reader's browser
/// languages (`navigator.languages`, most preferred first) that the app speaks, by its primary subtag (`fr-CA` and
/// `fr` give French), else English. So a French pupil's browser opens in French without a `lang=` in the link.
pub fn lang_for(query: &str, preferred: &[String]) -> Lang {
    let (pairs, _) = parse(query);
    let asked = pairs.iter().rev().filter(|(key, _)| key == "lang").find_map(|(_, value)| Lang::from_code(value));
    asked
        .or_else(|| preferred.iter().find_map(|tag| tag.split(['-', '_']).next().and_then(Lang::from_code)))
        .unwrap_or_default()
}

/// The data version a URL query pins (`v=1.0.0`), read before any data is loaded: the last well-formed `v`.
pub fn version_asked(query: &str) -> Option<String> {
    let (pairs, _) = parse(query);
    pairs.iter().rev().filter(|(key, _)| key == "v").find_map(|(_, value)| crate::embed::version(value))
}

/// A data path must stay on the page's own site: relative, with no scheme, host or backslash.
fn data_path(value: &str) -> Result<Option<String>, QueryProblem> {
    let value = value.trim();
    if value.is_empty() {
        return Ok(None);
    }
    let safe = !value.starts_with('/')
        && !value.contains(':')
        && !value.contains('\\')
        && value.bytes().all(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.' | b'/'));
    if safe {
        Ok(Some(value.to_string()))
    } else {
        Err(QueryProblem::BadDataPath(value.to_string()))
    }
}

/// `service:backup`, with a service that can have a backup and a backup that is infrastructure.
fn parse_backup(pair: &str, model: &Model) -> Option<(NodeId, NodeId)> {
    let (service, backup) = pair.split_once(':')?;
    let service = NodeId::new(service.trim().to_ascii_lowercase());
    let backup = NodeId::new(backup.trim().to_ascii_lowercase());
    let service_kind = model.node(model.lookup(&service)?).kind;
    let backup_kind = model.node(model.lookup(&backup)?).kind;
    (can_have_backup(service_kind) && backup_kind.is_switchable()).then_some((service, backup))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_french_browser_opens_in_french_unless_the_link_names_a_language() {
        let browser = |tags: &[&str]| tags.iter().map(|tag| tag.to_string()).collect::<Vec<_>>();
        assert_eq!(lang_for("", &browser(&["fr-CA", "en"])), Lang::Fr);
        assert_eq!(lang_for("?step=1", &browser(&["de-DE", "fr"])), Lang::Fr, "the first language the app speaks");
        assert_eq!(lang_for("", &browser(&["en-GB", "fr-FR"])), Lang::En);
        assert_eq!(lang_for("", &browser(&["de", "es"])), Lang::En);
        assert_eq!(lang_for("", &[]), Lang::En);
        assert_eq!(lang_for("?lang=en", &browser(&["fr-FR"])), Lang::En, "the link wins");
        assert_eq!(
            lang_for("?lang=xx", &browser(&["fr-FR"])),
            Lang::Fr,
            "a language the app does not speak is skipped"
        );
    }
    use crate::embed::Presentation;
    use crate::scenario::Action;
    use crate::validate::load;
    use proptest::prelude::*;

    fn model() -> Model {
        load(
            r#"{"dataset": {"id": "t", "version": "1", "as_of": "2025-11-01", "title": "t"},
                "nodes": [{"id": "aws", "kind": "provider", "name": "AWS"},
                          {"id": "aws/us-east-1", "kind": "region", "name": "us-east-1"},
                          {"id": "aws/us-east-1/dynamodb", "kind": "cloud_service", "name": "DynamoDB"},
                          {"id": "google", "kind": "provider", "name": "Google"},
                          {"id": "shop", "kind": "web_service", "name": "Shop"}],
                "market_shares": [{"period": "2024-Q3", "market": "m", "analyst": "a",
                    "sources": [{"publisher": "p", "title": "t", "date": "2024"}],
                    "shares": [{"provider": "aws", "percent": 31}]},
                    {"period": "2024-Q3", "scope": "europe", "market": "m", "analyst": "a",
                    "sources": [{"publisher": "p", "title": "t", "date": "2024"}],
                    "shares": [{"provider": "aws", "percent": 25}]}],
                "incidents": [{"id": "aws-2025-10-20", "name": "n", "date": "2025-10-20", "cause_en": "c",
                    "cause_fr": "c", "failed": ["aws/us-east-1/dynamodb"], "reported_affected": ["shop"],
                    "sources": []}]}"#,
        )
        .unwrap()
    }

    fn pairs(query: &str) -> Vec<(String, String)> {
        parse(query).0
    }

    fn pair(key: &str, value: &str) -> (String, String) {
        (key.to_string(), value.to_string())
    }

    #[test]
    fn a_signed_escape_is_not_a_byte() {
        // `u8::from_str_radix` accepts a sign, so the old decoder read `%+1` as byte 0x01.
        assert_eq!(pairs("?sel=%+1"), [pair("sel", "% 1")]);
        let (_, problems) = Scenario::from_query("?sel=%+1&off=%-1", &model());
        assert_eq!(problems, [QueryProblem::UnknownId("% 1".into()), QueryProblem::UnknownId("%-1".into())]);
    }

    #[test]
    fn an_escaped_language_code_is_decoded_before_any_data_is_loaded() {
        assert_eq!(lang_asked("?lang=%66r"), Lang::Fr);
        assert_eq!(lang_asked("lang=FR"), Lang::Fr);
        assert_eq!(lang_asked("?lang=fr&lang=xx"), Lang::Fr, "a bad value does not undo a good one");
        assert_eq!(lang_asked("?language=fr"), Lang::En);
        assert_eq!(Scenario::from_query("?lang=%66r", &model()).0.lang, Lang::Fr);
    }

    #[test]
    fn a_plus_is_a_space_and_invalid_escapes_stay_literal() {
        assert_eq!(
            pairs("a=x+y&b=%zz%4&c=%&d=100%25"),
            [pair("a", "x y"), pair("b", "%zz%4"), pair("c", "%"), pair("d", "100%")]
        );
        assert_eq!(pairs("?off"), [pair("off", "")]);
        assert_eq!(pairs("?"), []);
    }

    #[test]
    fn every_field_round_trips_through_the_url() {
        let model = model();
        let scenario = Scenario::default()
            .apply(Action::Replay {
                incident: "aws-2025-10-20".into(),
                failed: vec![NodeId::new("aws/us-east-1/dynamodb"), NodeId::new("aws")],
            })
            .and_then(|s| s.apply(Action::AddBackup { service: NodeId::new("shop"), backup: NodeId::new("google") }))
            .and_then(|s| s.apply(Action::Select(Some(NodeId::new("shop")))))
            .and_then(|s| s.apply(Action::SetPeriod(Some("europe-2024-Q3".into()))))
            .and_then(|s| s.apply(Action::SetChart(ChartView::History)))
            .and_then(|s| s.apply(Action::SetLang(Lang::Fr)))
            .map(|s| Scenario { data: Some("bench/generated-1000.json".into()), ..s })
            .unwrap();
        let query = scenario.to_query();
        assert_eq!(
            query,
            "?off=aws,aws/us-east-1/dynamodb&backup=shop:google&incident=aws-2025-10-20&sel=shop\
             &period=europe-2024-Q3&chart=history&lang=fr&data=bench/generated-1000.json"
        );
        // Read back, the link's map is also where Reset returns (`launch`).
        assert_eq!(Scenario::from_query(&query, &model), (scenario.clone().launch(), vec![]));
        assert_eq!(Scenario::default().to_query(), "");
        let reset = scenario.apply(Action::Reset).unwrap();
        assert!(reset.off.is_empty() && reset.backups.is_empty() && reset.incident.is_none());
        assert_eq!(reset.selected, Some(NodeId::new("shop")), "reset keeps what the reader is looking at");
    }

    #[test]
    fn a_replay_link_without_off_switches_off_what_failed_and_one_with_off_keeps_its_switches() {
        let model = model();
        let (readme, problems) = Scenario::from_query("?incident=aws-2025-10-20", &model);
        let replayed =
            Scenario::default().apply(crate::derive::replay_action(&model, "aws-2025-10-20").unwrap()).unwrap();
        assert_eq!((&readme, problems), (&replayed.launch(), vec![]), "the same as choosing the incident in the menu");
        assert!(crate::derive::derive(&model, &readme).replay_exact);
        assert_eq!(readme.to_query(), "?off=aws/us-east-1/dynamodb&incident=aws-2025-10-20");

        // Everything switched on again during the replay: the link says so with an empty `off`.
        let all_on = readme.apply(Action::Toggle(NodeId::new("aws/us-east-1/dynamodb"))).unwrap();
        assert_eq!(all_on.to_query(), "?off=&incident=aws-2025-10-20");
        assert_eq!(Scenario::from_query(&all_on.to_query(), &model).0, all_on.clone().launch());
        let (google, _) = Scenario::from_query("?incident=aws-2025-10-20&off=google", &model);
        assert_eq!(google.off.iter().map(NodeId::as_str).collect::<Vec<_>>(), ["google"]);
        assert_eq!(
            Scenario::from_query("?incident=nope", &model).0.off.len(),
            0,
            "an unknown incident switches nothing"
        );
    }

    #[test]
    fn presentation_flags_round_trip_and_pym_s_parameters_are_read_quietly() {
        use crate::embed::{Theme, View};
        let model = model();
        let query = "?off=aws&embed=1&view=story&theme=dark&plain=1&static=1&v=1\
                     &childId=cf-1&initialWidth=360&parentTitle=News&parentUrl=https%3A%2F%2Fnews.example%2F";
        let (scenario, problems) = Scenario::from_query(query, &model);
        assert_eq!(problems, []);
        let shown = &scenario.presentation;
        assert_eq!((shown.view(), shown.theme(), shown.interactive()), (View::Story, Some(Theme::Dark), false));
        assert_eq!(shown.child_id(), "cf-1");
        let written = scenario.to_query();
        assert_eq!(written, "?off=aws&embed=1&view=story&theme=dark&plain=1&static=1&v=1");
        assert_eq!(version_asked(query), Some("1".into()));
        let (_, problems) = Scenario::from_query("?v=0.9", &model);
        assert_eq!(problems, [QueryProblem::UnknownVersion("0.9".into())], "the data loaded is version 1");
        let back = Scenario::from_query(&written, &model).0;
        assert_eq!(back, Scenario { presentation: Presentation { child_id: None, ..shown.clone() }, ..scenario });
        let (_, problems) = Scenario::from_query("?embed=maybe&view=3d", &model);
        assert_eq!(
            problems,
            [
                QueryProblem::BadValue { key: "embed".into(), value: "maybe".into() },
                QueryProblem::BadValue { key: "view".into(), value: "3d".into() }
            ]
        );
    }

    #[test]
    fn jurisdictions_round_trip_through_the_url_and_unknown_ones_are_reported() {
        let model = model();
        let scenario = Scenario::default()
            .apply(Action::ToggleJurisdiction(Jurisdiction::OutsideEu))
            .and_then(|s| s.apply(Action::ToggleJurisdiction(Jurisdiction::Country(*b"US"))))
            .and_then(|s| s.apply(Action::Toggle(NodeId::new("google"))))
            .unwrap();
        let query = scenario.to_query();
        assert_eq!(query, "?off=google&jurisdiction=us,non-eu");
        assert_eq!(Scenario::from_query(&query, &model), (scenario.launch(), vec![]));
        let (read, problems) = Scenario::from_query("?jurisdiction=CN,europe,,u5&jurisdiction=Non-EU", &model);
        assert_eq!(
            read.jurisdictions.into_iter().collect::<Vec<_>>(),
            [Jurisdiction::Country(*b"CN"), Jurisdiction::OutsideEu]
        );
        assert_eq!(
            problems,
            [QueryProblem::UnknownJurisdiction("europe".into()), QueryProblem::UnknownJurisdiction("u5".into())]
        );
    }

    #[test]
    fn unknown_ids_are_skipped_and_reported_and_the_rest_applies() {
        let (scenario, problems) =
            Scenario::from_query("?off=bogus,aws%2Fus-east-1,,shop&lang=xx&utm_source=a", &model());
        assert_eq!(scenario.off.iter().map(NodeId::as_str).collect::<Vec<_>>(), ["aws/us-east-1"]);
        assert_eq!(
            problems,
            [
                QueryProblem::UnknownId("bogus".into()),
                QueryProblem::NotSwitchable("shop".into()),
                QueryProblem::UnknownLang("xx".into())
            ]
        );
    }

    #[test]
    fn unknown_keys_and_charts_are_reported_but_tracking_parameters_are_not() {
        let (scenario, problems) = Scenario::from_query(
            "?of=aws&utm_campaign=x&fbclid=1&gclid=2&mc_cid=3&mc_eid=4&chart=pie&Lang=fr&=x&&off=aws",
            &model(),
        );
        assert_eq!(
            problems,
            [
                QueryProblem::UnknownKey("of".into()),
                QueryProblem::UnknownChart("pie".into()),
                QueryProblem::UnknownKey("Lang".into()),
            ]
        );
        assert_eq!(scenario.off.len(), 1, "the rest of the link applies");
        assert_eq!(scenario.chart, ChartView::Shares);
        let (scenario, problems) = Scenario::from_query("?chart=history&chart=shares", &model());
        assert_eq!((scenario.chart, problems), (ChartView::Shares, vec![]));
    }

    #[test]
    fn bad_what_ifs_incidents_and_periods_are_reported() {
        let (scenario, problems) = Scenario::from_query(
            "?backup=google:shop,shop:nowhere,shop,shop:google&incident=nope&period=1999-Q1&sel=ghost",
            &model(),
        );
        assert_eq!(scenario.backups.len(), 1);
        assert_eq!(
            problems,
            [
                QueryProblem::BadBackup("google:shop".into()),
                QueryProblem::BadBackup("shop:nowhere".into()),
                QueryProblem::BadBackup("shop".into()),
                QueryProblem::UnknownIncident("nope".into()),
                QueryProblem::UnknownPeriod("1999-Q1".into()),
                QueryProblem::UnknownId("ghost".into()),
            ]
        );
    }

    #[test]
    fn a_data_path_must_stay_on_the_page_s_own_site() {
        assert_eq!(
            data_source("?data=bench/generated-1000.json&lang=fr"),
            Ok(Some("bench/generated-1000.json".into()))
        );
        assert_eq!(data_source("?lang=fr"), Ok(None));
        for bad in
            ["https://evil.example/x.json", "//evil.example/x.json", "/etc/passwd", "a\\b", "javascript:alert(1)"]
        {
            let query = build([("data", bad.to_string())]);
            assert_eq!(data_source(&query), Err(QueryProblem::BadDataPath(bad.into())), "{bad}");
            assert_eq!(Scenario::from_query(&query, &model()).1, [QueryProblem::BadDataPath(bad.into())]);
        }
        assert_eq!(data_source("?data=a.json&data=b.json"), Ok(Some("b.json".into())), "the last one counts");
        let (scenario, problems) = Scenario::from_query("?data=mine.json&off=aws", &model());
        assert!(problems.is_empty());
        assert_eq!(scenario.to_query(), "?off=aws&data=mine.json");
    }

    #[test]
    fn an_over_long_query_is_cut_after_its_last_whole_pair_and_reported() {
        let long = format!("?lang=fr&off=aws&sel={}&chart=history", "x".repeat(MAX_QUERY_BYTES));
        let (scenario, problems) = Scenario::from_query(&long, &model());
        assert_eq!(problems, [QueryProblem::TooLong(long.len() - 1)]);
        assert_eq!((scenario.lang, scenario.off.len(), scenario.chart), (Lang::Fr, 1, ChartView::Shares));
        // One pair longer than the limit, cut inside a multi-byte character, still reads without a panic.
        let one = format!("sel={}", "é".repeat(MAX_QUERY_BYTES));
        let (pairs, problems) = parse(&one);
        assert_eq!(problems, [QueryProblem::TooLong(one.len())]);
        assert!(pairs[0].1.len() <= MAX_QUERY_BYTES);
    }

    #[test]
    fn an_over_long_list_is_cut_and_reported() {
        let ids = vec!["aws"; MAX_LIST_IDS + 1].join(",");
        let (scenario, problems) = Scenario::from_query(&format!("?off={ids}&backup={ids}"), &model());
        assert_eq!(scenario.off.len(), 1);
        assert_eq!(problems.first(), Some(&QueryProblem::TooManyIds { key: "off".into(), count: MAX_LIST_IDS + 1 }));
        assert!(problems.contains(&QueryProblem::TooManyIds { key: "backup".into(), count: MAX_LIST_IDS + 1 }));
        assert_eq!(problems.len(), 2 + MAX_LIST_IDS, "each of the 200 backups read is reported as bad");
    }

    #[test]
    fn garbage_never_panics() {
        for query in ["%", "%zz", "off=%E2%82", "&&&=", "off=\u{1F600}", "?off", "??", "=", "%FF=%FE", "a==b"] {
            let _ = Scenario::from_query(query, &model());
            let _ = (data_source(query), lang_asked(query));
        }
    }

    proptest! {
        #[test]
        fn any_value_round_trips_through_the_codec(key in "[a-z_]{1,8}", value in any::<String>()) {
            let query = build([(key.as_str(), value.clone())]);
            prop_assert_eq!(pairs(&query), vec![(key, value)]);
        }

        #[test]
        fn any_query_reads_without_a_panic(query in any::<String>()) {
            let _ = Scenario::from_query(&query, &model());
            let _ = (data_source(&query), lang_asked(&query));
        }
    }
}
