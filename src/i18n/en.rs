//! English.

use cloudfall_model::certainty::{Certainty, Counted, HowKnown};
use cloudfall_model::data::{DependencyMode, Role, ShareLabel, ShareScope};
use cloudfall_model::embed::View;
use cloudfall_model::metrics::Reading;
use cloudfall_model::query::{MAX_LIST_IDS, MAX_QUERY_BYTES};
use cloudfall_model::validate::{JsonType, ProblemKind, Shape, Step, Syntax};
use cloudfall_model::{EvidenceKind, Jurisdiction, Lang, NodeKind, NodeState, Problem};

use super::{StoryTexts, Texts};

pub const STORY: StoryTexts = StoryTexts {
    notice_bad_class_value: |key, value| format!("The link sets \"{key}\" to \"{value}\", which this page does not know; it was ignored."),
    problem,
    problem_place,
    title: "Cloudfall",
    notice_unknown_jurisdiction: |code| format!("The link names the jurisdiction \"{code}\", which is not a country code; it was ignored."),
    list_separator: ", ",
    notice_unknown_id: |id| format!("The link names \"{id}\", which is not in this dataset; it was ignored."),
    notice_not_switchable: |id| format!("\"{id}\" is a web service, not something that can be switched off; it was ignored."),
    notice_unknown_lang: |code| format!("The language \"{code}\" is not available; showing English."),
    notice_heading: "About this link",
    dismiss: "Dismiss",
    data_error: "The data could not be loaded. Nothing is shown so that nothing false is shown. Problems found:",
    state_name: |state| match state {
        NodeState::Up => "up",
        NodeState::Degraded => "degraded",
        NodeState::Down => "down",
    },
    and_more: |more| format!("and {more} more"),
    loading: "Loading the data…",
    notice_bad_data_path: |path| format!("The link asks for the data file \"{path}\", which is not a file of this site; the built-in data is shown instead."),
    colon: ": ",
    data_error_fallback: "Show Cloudfall with its built-in data instead",
    metric_down: |down, total, percent| format!("{down} of {total} web services down ({})", super::percent(percent)),
    metric_degraded: |degraded, percent| format!("{degraded} degraded ({})", super::percent(percent)),
    why_link: |certainty, date| {
        let kind = match certainty {
            Certainty::Documented => "documented link",
            Certainty::Inferred => "inferred link",
            Certainty::Reported => "reported only",
        };
        match date {
            Some(date) => format!("{kind}, {date}"),
            None => "sits inside".to_string(),
        }
    },
    crashed: "Cloudfall stopped because of an error in the app. What you chose is still in the link in the address bar. ",
    crashed_back: "Start again from the beginning",
    how_name: |how| (cloudfall_draw::words::words(Lang::En).how)(how),
    how_count: |certainty, count| format!("{count} {}", (cloudfall_draw::words::words(Lang::En).how)(HowKnown::Affected(certainty))),
    why_heading: "Why?",
    why_intro: |name, state| format!("{name} is {state} because of this chain:"),
    why_switched_off: "switched off",
    category_name: |category| (cloudfall_draw::words::words(Lang::En).category)(Some(category)),
    notice_unknown_incident: |id| format!("The link names the outage \"{id}\", which is not in this dataset; it was ignored."),
    notice_unknown_period: |period| format!("The link names the period \"{period}\", for which there are no market shares; showing the latest."),
    notice_bad_backup: |pair| format!("The link asks for the backup \"{pair}\", which is not a web service and a piece of infrastructure of this dataset; it was ignored."),
    notice_unknown_key: |key| format!("The link has a part \"{key}\" that this page does not know; it was ignored."),
    notice_unknown_certainty: |value| format!("The link asks to count \"{value}\", which is not a kind of evidence; every affected service is counted."),
    notice_unknown_chart: |chart| format!("The link asks for the chart \"{chart}\", which does not exist; showing the market shares."),
    notice_too_long: |bytes| format!("The link is {bytes} characters long, more than this page reads; only its first {MAX_QUERY_BYTES} characters were read."),
    notice_too_many_ids: |key, count| format!("The link lists {count} items in \"{key}\"; only the first {MAX_LIST_IDS} were read."),

    notice_bad_value: |key, value, takes| {
        let takes = if takes.is_empty() { String::new() } else { format!(" (it takes {})", super::list_and(takes, "or")) };
        format!("The link sets \"{key}\" to \"{value}\", which it does not take{takes}; it was ignored.")
    },
    open_explorer: "Open the full explorer",
    views_label: "Show",
    view_name: |view| match view {
        View::Story => "Story",
        View::Chart => "Market",
        View::Map => "Map",
        View::Full => "Everything",
    },
    credits: |version, as_of, licence| match licence {
        Some(licence) => format!("Cloudfall · data {version}, checked up to {as_of} · {licence}"),
        None => format!("Cloudfall · data {version}, checked up to {as_of}"),
    },
    story_heading: "What goes dark",
    story_none: "Nothing is switched off: every web service in the dataset is up. Open the full explorer to switch off a provider, a region or a single cloud service.",
    story_off: "Switched off",
    story_chain: "How the failure travels",
    story_suppliers: "Suppliers that go down with it",
    story_group: |category, count| format!("{category}: {count}"),
    story_service_state: |state| format!(", {state}, "),
    story_see_map: "See the full map",
    story_folded: |services, groups| match groups {
        1 => format!("{services} more in 1 other category"),
        _ => format!("{services} more in {groups} other categories"),
    },
    share_open: "Share or embed",
    share_heading: "Share this view",
    share_link_label: "Link to this view",
    share_embed_label: "Embed code for an article",
    share_embed_hint: "Paste it into your page's HTML. The small script resizes the frame to its content; without it the frame keeps its height.",
    share_copy: "Copy",
    share_copied: "Copied",
    share_copy_failed: "The browser did not let the page copy: the text is selected, press Ctrl+C (⌘C on a Mac).",
    share_close: "Close",
    share_preview_label: "Preview at",
    notice_unknown_version: |version| format!("The link asks for data version {version}, which this site does not have; showing the current data."),
    pinned_note: |version, as_of| format!("This shows data version {version} (facts checked up to {as_of}), as when the link was made."),
    pinned_latest: "See it with the current data",
    embed_title: |off| if off.is_empty() {
        "Cloudfall: cloud concentration risk".to_string()
    } else {
        format!("Cloudfall: what goes dark when {off} fails")
    },
    page_title: "Cloudfall — cloud concentration risk",
};

pub const EN: Texts = Texts {
    story: STORY,
    tagline: "A few cloud providers run much of the Web. Switch one off and watch what goes dark.",
    language_label: "Language",
    chart_heading: "Who holds the cloud market",
    chart_intro: "Click a provider's bar to switch it off.",
    chart_caption: |period| format!("Worldwide cloud infrastructure market share, {period}"),
    market_size: |usd_bn| format!("Market size: US${usd_bn:.0} billion in the quarter"),
    source_label: "Source",
    map_heading: "Who runs on whom",
    map_intro: "Providers on the left, the services people use on the right. Solid lines are documented dependencies; dashed lines only say the service was reported affected during an outage.",
    switches_heading: "Switch off",
    switches_intro: "Switch off a whole provider, one region, or a single service in a region.",
    reset: "Switch everything back on",
    jurisdiction_heading: "By headquarters",
    jurisdiction_hint: "Every provider and supplier (payments, login…) based there.",
    jurisdiction_name: |group| match group {
        Jurisdiction::Country(code) if &code == b"US" => "Every US provider".to_string(),
        Jurisdiction::Country(code) if &code == b"CN" => "Every Chinese provider".to_string(),
        Jurisdiction::Country(_) => format!("Every provider based in {}", group.code().to_ascii_uppercase()),
        Jurisdiction::OutsideEu => "Every provider outside the EU".to_string(),
    },
    eu_standing: |standing, total| {
        format!("{standing} of the {total} web services based in the EU keep standing (up or degraded); {} go down.", total - standing)
    },
    switch_label: |name, off| {
        if off {
            format!("{name}: switched off (press to switch back on)")
        } else {
            format!("{name}: on (press to switch off)")
        }
    },
    summary_none: |total| format!("All {total} web services in this dataset are up. Switch something off to see what depends on it."),
    summary_caveat: "Only the dependencies in this dataset are counted; real services may have more, or fail over.",
    legend_heading: "How to read the map",
    dataset_line: |version, as_of| format!("Dataset {version}, facts checked up to {as_of}."),
    evidence_counts: |documented, reported, inferred| {
        let all = (documented + reported + inferred).max(1) as f64;
        let percent = |n: usize| 100.0 * n as f64 / all;
        format!(
            "Dependencies: {documented} documented ({:.0} %), {reported} only reported during an outage ({:.0} %), {inferred} inferred ({:.0} %).",
            percent(documented), percent(reported), percent(inferred)
        )
    },
    kind_name: |kind| match kind {
        NodeKind::Provider => "cloud provider",
        NodeKind::Region => "region",
        NodeKind::Zone => "availability zone",
        NodeKind::CloudService => "cloud service",
        NodeKind::Supplier => "supplier",
        NodeKind::WebService => "web service",
    },
    evidence_name: |kind| match kind {
        EvidenceKind::Documented => "documented",
        EvidenceKind::Reported => "reported",
        EvidenceKind::Inferred => "inferred",
    },
    evidence_explained: |kind| match kind {
        EvidenceKind::Documented => "Documented: stated by the company or its provider (case study, filing, talk).",
        EvidenceKind::Reported => "Reported: the service was reported affected when this failed; the exact path is not public.",
        EvidenceKind::Inferred => "Inferred: deduced from other facts, not stated anywhere.",
    },
    node_label: |name, kind, state| format!("{name}, {kind}, {state}"),
    map_caption: |nodes, edges| format!("Dependency map: {nodes} nodes, {edges} links."),
    share_label: |label| match label {
        ShareLabel::Others => "Others",
        ShareLabel::BigThree => "Amazon + Microsoft + Google",
        ShareLabel::EuropeanProviders => "European providers",
    },
    scope_name: |scope| match scope {
        ShareScope::Worldwide => "Worldwide",
        ShareScope::Europe => "Europe",
    },
    europe_caption: |period| format!("Cloud infrastructure market in Europe, {period}"),
    period_label: "Period",
    latest: "latest",
    view_shares: "Shares",
    view_history: "History",
    history_caption: |first, last| format!("Worldwide market share over time, {first} to {last}"),
    history_sources: |periods| format!("{periods} quarterly estimates, each with its own source: choose a period under Shares to see it."),
    history_table: "The figures as a table",
    switch_children: |count| if count == 1 { "1 region or service".to_string() } else { format!("{count} regions and services") },
    texts_loading: "Loading the sources…",
    texts_missing: "sources not loaded",
    texts_failed: |why| format!("The sources could not be loaded: {why} The map and the figures do not need them; reload the page to try again."),
    zoom_label: "Zoom the map",
    zoom_in: "Zoom in",
    zoom_out: "Zoom out",
    zoom_fit: "Fit the width",
    canvas_hint: |drawn, labels| {
        let names = if labels { "" } else { " Zoom in to see the links, then the names." };
        format!("{drawn} nodes in view. Drag to move, use the wheel or + and − to zoom.{names}")
    },
    more_in_search: |more| format!("and {more} more: find them with the search box."),
    history_note: "Gaps are quarters for which no share was found in a source; lines join the quarters that have one.",
    approximate_note: "~ marks an approximate figure (\"about\", \"over\", or read off a chart).",

    metrics_heading: "What is down",
    metric_audience: |millions, known, down, counted| {
        let total = if millions >= 1000.0 { format!("{:.1} billion", millions / 1000.0) } else { format!("{millions:.0} million") };
        format!("The known audiences of {known} of the {down} services down ({counted}) add up to {total} users: an order of magnitude, not a number of people, since one person using three of them counts three times and each source counts in its own way (monthly users, accounts, visits).")
    },
    metric_audience_none: "No audience figure is known for the services down.",
    metric_hhi: |hhi, period, lower_bound| {
        format!("Market concentration (HHI, {period}): {}{hhi:.0}", if lower_bound { "at least " } else { "" })
    },
    hhi_reading: |reading| match reading {
        Reading::Unconcentrated => "unconcentrated",
        Reading::Moderately => "moderately concentrated",
        Reading::Highly => "highly concentrated",
    },
    hhi_caveat: "Sum of the squared market shares of the named providers (\"others\" left out, so a lower bound). Reading: U.S. DOJ/FTC Horizontal Merger Guidelines, 2010, §5.3 (below 1,500 unconcentrated; 1,500 to 2,500 moderately; above 2,500 highly concentrated). The 2023 Merger Guidelines call markets above 1,800 highly concentrated.",

    legend_how_heading: "How we know a box's state",
    headquarters: "Headquarters",
    spof_heading: "What alone can take it down",
    spof_set: |count, proven| {
        let minimal = if proven { "" } else { " (the search stopped early: maybe not the smallest)" };
        format!("No single switch does; these {count} together do{minimal}:")
    },
    spof_none: "No switch in this dataset takes it down, alone or together.",
    spof_unknown: "Nothing public says what it runs on: what can take it down is unknown, not nothing.",
    how_intro: |affected| {
        if affected == 1 {
            "How we know: of the 1 web service affected, ".to_string()
        } else {
            format!("How we know: of the {affected} web services affected, ")
        }
    },
    how_part: |certainty, count| match certainty {
        Certainty::Documented => format!("{count} through documented links"),
        Certainty::Inferred => format!("{count} through inferred links"),
        Certainty::Reported => format!("{count} only through outage-day reports (observed, not explained)"),
    },
    how_at_risk: |count| {
        if count == 1 {
            "1 more is at risk: it runs on the provider or region that failed, but which part it uses is not public.".to_string()
        } else {
            format!("{count} more are at risk: they run on the provider or region that failed, but which part they use is not public.")
        }
    },
    how_unknown: |count| {
        if count == 1 {
            "1 has no public dependency at all: unknown, not safe.".to_string()
        } else {
            format!("{count} have no public dependency at all: unknown, not safe.")
        }
    },
    how_explained: |how| match how {
        HowKnown::Affected(Certainty::Documented) => "every link of the chain is documented",
        HowKnown::Affected(Certainty::Inferred) => "the weakest link of the chain is inferred",
        HowKnown::Affected(Certainty::Reported) => "only an outage-day report ties it to what failed",
        HowKnown::AtRisk { .. } => "runs on what failed; which part is not public",
        HowKnown::Unaffected => "nothing in the data ties it to what is off",
        HowKnown::Unknown => "no public dependency: the data cannot say",
    },
    blast_heading: "Single points of failure",
    blast_intro: "How many web services each piece of infrastructure would take down on its own, in this dataset.",
    blast_row: |down, degraded| {
        if degraded > 0 { format!("{down} down, {degraded} degraded") } else { format!("{down} down") }
    },
    blast_none: "Nothing in this dataset takes a web service down on its own.",

    details_empty: "Click or focus a box on the map, or search for a name, to see what it is, what it depends on and why we think so.",
    close: "Close",
    depends_on_heading: "Depends on",
    dependents_heading: "Depended on by",
    nothing_listed: "Nothing in this dataset.",
    evidence_heading: "Evidence",
    incidents_heading: "Reported affected during",
    role_name: |role| match role {
        Role::Hosting => "hosting",
        Role::Compute => "computing",
        Role::Database => "database",
        Role::Storage => "storage",
        Role::Cdn => "content delivery (CDN)",
        Role::Dns => "DNS",
        Role::Authentication => "sign-in",
        Role::Payments => "payments",
        Role::Messaging => "messaging",
        Role::Support => "customer support",
        Role::Monitoring => "monitoring",
        Role::Collaboration => "collaboration",
        Role::ControlPlane => "control plane",
        Role::Network => "network",
        Role::Identity => "identity",
        Role::Ai => "AI",
        Role::Unknown => "unknown role",
    },
    mode_name: |mode| match mode {
        DependencyMode::Required => "required",
        DependencyMode::Redundant => "one of several alternatives",
        DependencyMode::Soft => "soft: degrades rather than breaks",
    },
    audience_line: |millions, measure, scope| {
        if millions >= 1000.0 {
            format!("Audience: {:.1} billion {measure} ({scope})", millions / 1000.0)
        } else {
            format!("Audience: {millions} million {measure} ({scope})")
        }
    },
    switch_off: "Switch off",
    switch_on: "Switch back on",
    opens_new_tab: "(opens in a new tab)",

    whatif_heading: "What if…",
    whatif_intro: |name| format!("What if {name} could also run elsewhere? Pick a backup: when its own infrastructure fails, it moves there and is only degraded."),
    whatif_choose: "Choose a backup",
    whatif_add: "Add this backup",
    whatif_item: |service, backup| format!("Hypothetical: {service} could also run on {backup}"),
    whatif_remove: "Remove",
    whatif_banner: "Hypothetical backups in play (not real):",
    whatif_edge: "hypothetical backup",

    search_label: "Find on the map",
    search_placeholder: "Airbnb, DynamoDB, Paris…",
    search_none: "No match in this dataset.",

    replay_heading: "Replay a real outage",
    replay_intro: "Switch off exactly what failed, then compare what the model predicts with what was reported.",
    replay_choose: "Choose an outage",
    replay_close: "Leave the replay",
    replay_duration: |hours| {
        if hours.fract() == 0.0 { format!("about {hours:.0} hours") } else { format!("about {hours:.1} hours") }
    },
    replay_headline: |date, reported, predicted, at_risk| format!("On {date}, {reported} of these services were reported affected. The evidence independent of that day's reports predicted {predicted} of them; of the others, {at_risk} are known to run on the provider that failed, without saying where (at risk)."),
    replay_samples: |out, within, reported| format!("The evidence independent of this outage's own reports predicts {out} of the {reported} services reported affected; with those reports (what the map shows) {within} of {reported}, which proves nothing: a report cannot confirm itself."),
    replay_overall: |hits, reported, incidents| format!("Over all {incidents} outages, independent evidence predicts {hits} of {reported}."),
    replay_hits: |hits, reported| format!("Predicted and reported: {hits} of {reported}"),
    replay_misses: |misses, at_risk| format!("Reported but not predicted: {misses}, of which {at_risk} known to run on the provider that failed"),
    replay_at_risk: |provider| format!("runs on {provider}, but which of its regions and services is not public: the outage showed it"),
    replay_unreported: |count| format!("Predicted but not reported: {count}"),
    replay_miss_unexplained: "The dataset has no dependency explaining it.",
    replay_hits_explained: "Other evidence (documented hosting, other outages) predicts these, and sources reported them affected. The reports of this outage itself are left out of the prediction, so a report never confirms itself.",
    replay_misses_explained: "Sources reported these affected, but nothing else in the data says they needed what failed: hidden dependencies, often through a supplier or a region nobody mentioned. Worth discussing.",
    replay_unreported_explained: "The model darkens these, but no source we found reported them: perhaps they failed over, or nobody wrote about it.",
    replay_changed: "You changed the switches since the replay started: the comparison is with what you switched off now.",
    counted_label: "Count",
    counted_name: |counted| match counted {
        None => "every affected service",
        Some(Counted::Documented) => "only documented chains",
        Some(Counted::Inferred) => "documented or inferred chains",
        Some(Counted::Reported) => "every affected service, reports included",
        Some(Counted::AtRisk) => "affected services and those at risk",
    },
    counted_note: |counted| match counted {
        Counted::Documented => " (counting only services tied to what is off by documented links)",
        Counted::Inferred => " (counting only services tied to what is off by documented or inferred links)",
        Counted::Reported => "",
        Counted::AtRisk => " (counting the services at risk as down)",
    },
    read_via: |site| format!("read through a copy: {site}"),
    evidence_dated: |years| format!("dated: {years} years old"),
    newest_evidence: |date| format!("newest evidence {date}"),
    hosting_note_label: "How we know",
    data_credit_label: "About the data",
    licence_label: "Licence",
    citation_label: "Cite as",
    no_licence: "This data file states no licence.",
    loader_heading: "Your own data",
    loader_intro: "Open a data file (.json) of your own, or drop it here. It is checked first: if it has problems, they are listed and nothing on the page changes.",
    loader_choose: "Open a data file",
    loader_drop: "Drop a .json file here",
    loader_template: "Download a small example file to start from",
    loader_reading: |name| format!("Checking \u{201c}{name}\u{201d}\u{2026}"),
    loader_loaded: |name, nodes| format!("Now showing your file \u{201c}{name}\u{201d} ({nodes} boxes)."),
    loader_back: "Back to the built-in data",
    loader_refused: |name, problems| {
        let problems = if problems == 1 { "1 problem".to_string() } else { format!("{problems} problems") };
        format!("\u{201c}{name}\u{201d} was not loaded ({problems}); the page has not changed. Fix these in the file and open it again:")
    },
    loader_unreadable: "The browser could not read this file.",
    skip_to_map: "Skip to the map",
    switch_running: "Running",
    search_count: |count| if count == 1 { "1 suggestion".to_string() } else { format!("{count} suggestions") },
    hhi_more: "What does this number say?",
    hhi_explained: "It measures how the cloud market is shared between the companies that sell it: add up the square of each company's share in percent (10,000 if one company had it all). Around 1,400, several big companies share the market, so competition rules call it \"unconcentrated\". It does not measure how many websites depend on one company or one region: the map shows that one region, us-east-1, can take many services down at once even in such a market.",
    glossary_heading: "Words used here",
    glossary: &[
        ("Cloud provider", "A company that rents out computers in its data centres (Amazon Web Services, Microsoft Azure, Google Cloud...). \"The cloud\" is these computers, in real buildings."),
        ("Region", "A group of data centres of one provider in one area, such as us-east-1 in northern Virginia (USA). A region is a few buildings, not where the users are."),
        ("Availability zone", "One or more data centres inside a region, with their own power and network, so one building failing does not stop the region. It does not help when something the whole region shares fails."),
        ("Supplier", "A company a website uses for one job (payments, logins, messages, help desk...). If the supplier goes down, the website can go down with it, even without using the failed cloud itself."),
        ("DNS", "The Internet's address book: it turns a name such as dynamodb.us-east-1.amazonaws.com into the numeric address of a computer. On 20 October 2025 such a record was emptied by mistake."),
    ],
    live_switched: |name, off| if off { format!("{name} switched off.") } else { format!("{name} switched back on.") },
    live_all_on: "Everything switched back on.",
    live_counts: |down, degraded, up, names| {
        let services = if down == 1 { "web service" } else { "web services" };
        let including = if names.is_empty() || names.len() == down {
            if names.is_empty() { String::new() } else { format!(": {}", super::list_and(names, "and")) }
        } else {
            format!(", including {}", super::list_and(names, "and"))
        };
        format!("{down} {services} down{including}; {degraded} degraded; {up} up.")
    },
    dark_theme: "Dark theme",
    table_heading: "Every web service, as a table",
    table_intro: "The same states as the map, one row per service. Sort by a column's button.",
    table_service: "Service",
    table_state: "State",
    table_audience: "Audience",
    table_millions: |millions| if millions >= 1000.0 { format!("{:.1} billion", millions / 1000.0) } else { format!("{millions:.0} million") },
    cascade_label: "How the failure spreads",
    cascade_stepping: "Wave by wave",
    cascade_next: "Next wave",
    cascade_wave: |shown, waves| format!("Wave {shown} of {waves}: the boxes reached so far show their new state."),
    cascade_done: "Every wave shown.",
    tree_heading: "The map as a list",
    tree_intro: "Providers, then what sits in each or depends on it. Up and Down move; Right opens, Left closes; Enter shows the details; Space switches off or on.",
    tree_junction: |others, more| if more > 0 { format!(" (junction: also under {others} and {more} more)") } else { format!(" (junction: also under {others})") },
    pan_left: "Move the view left",
    pan_up: "Move the view up",
    pan_down: "Move the view down",
    pan_right: "Move the view right",
    // Issue 16, export.
    export_heading: "Download and print",
    export_intro: "Each file carries the scenario, the date, the data version, its licence and its sources.",
    export_chart_svg: "Chart (SVG)",
    export_chart_png: "Chart (PNG)",
    export_story_svg: "Scenario picture (SVG)",
    export_story_png: "Scenario picture (PNG)",
    export_map_svg: "Map (SVG)",
    export_map_png: "Map (PNG)",
    export_csv: "Affected services (CSV)",
    export_print: "Print this scenario",
    // Issue 17: the tree's viewpoints and the boxes' summarising tooltips.
    tree_viewpoints: "Read the list",
    tree_by_provider: "By provider: what depends on it",
    tree_by_service: "By service: what it needs",
    tree_intro_service: "Web services, best known first, then what each needs, down to the providers. Up and Down move; Right opens, Left closes; Enter shows the details; Space switches off or on.",
    box_reach: |down, degraded, names, summarised| {
        let dark = if down == 1 { "1 web service goes dark".to_string() } else { format!("{down} web services go dark") };
        let counts = match (down, degraded) {
            (_, 0) => dark,
            (0, 1) => "1 web service is degraded".to_string(),
            (0, _) => format!("{degraded} web services are degraded"),
            _ => format!("{dark} and {degraded} degraded"),
        };
        if names.is_empty() {
            format!("{counts}.")
        } else if summarised {
            format!("{counts}, among them {}.", super::list_and(names, "and"))
        } else {
            format!("{counts}: {}.", super::list_and(names, "and"))
        }
    },
};

// A data file's problems (issue 18), in words a pupil follows.

/// "a, b or c".
fn one_of(names: &[String]) -> String {
    match names {
        [] => String::new(),
        [one] => one.clone(),
        [rest @ .., last] => format!("{} or {last}", rest.join(", ")),
    }
}

/// What a value in the field at the end of `problem`'s path is called.
fn value_name(problem: &Problem) -> &'static str {
    let in_evidence = problem.path.contains("evidence");
    match problem.path.rsplit('.').next().unwrap_or_default() {
        "kind" if in_evidence => "kind of evidence",
        "kind" => "kind of box",
        "role" => "role",
        "mode" => "mode",
        "scope" => "scope",
        "label" => "label",
        "category" => "category",
        _ => "value",
    }
}

fn json_type(found: &JsonType) -> String {
    match found {
        JsonType::Text(Some(value)) => format!("the text \"{value}\""),
        JsonType::Text(None) => "a text in quotes".to_string(),
        JsonType::Number(Some(value)) => format!("the number {value}"),
        JsonType::Number(None) => "a number".to_string(),
        JsonType::WholeNumber => "a whole number (0, 1, 2...)".to_string(),
        JsonType::TrueFalse(Some(value)) => format!("the word {value}"),
        JsonType::TrueFalse(None) => "true or false".to_string(),
        JsonType::List => "a list [ ... ]".to_string(),
        JsonType::Object => "a group { ... }".to_string(),
        JsonType::Null => "null (nothing)".to_string(),
        JsonType::Other(other) => other.clone(),
    }
}

fn problem(problem: &Problem) -> String {
    use ProblemKind as K;
    match &problem.kind {
        K::TooLarge { megabytes, limit_megabytes } => format!("The file is {megabytes} MB: too big. Cloudfall reads data files of up to {limit_megabytes} MB."),
        K::NotUtf8 { byte } => format!("The file is not saved as text in UTF-8 (the first wrong byte is number {byte}). Save it again as UTF-8 text."),
        K::Syntax(kind) => {
            let what = syntax(kind);
            format!("This is not valid JSON: {what}.")
        }
        K::NotAnObject => "The file must be one group { ... } with a \"dataset\" and \"nodes\".".to_string(),
        K::Sections(_) => "The file's sections cannot be read: it must be one group { ... } of named sections.".to_string(),
        K::MissingSection { name } => format!("The file needs a \"{name}\" section."),
        K::UnknownSection { name } => format!("\"{name}\" is not a section Cloudfall knows: use $schema, dataset, market_shares, nodes, dependencies or incidents."),
        K::RepeatedSection { name } => format!("The \"{name}\" section is written twice in the file. Keep one, with everything from both in it."),
        K::NotAList => "This section must be a list, written [ ... ].".to_string(),
        K::Shape(shape) => match shape {
            Shape::UnknownValue { found, allowed } => format!("\"{found}\" is not a {} Cloudfall knows: write {}.", value_name(problem), one_of(allowed)),
            Shape::UnknownField { found, allowed } if allowed.is_empty() => format!("\"{found}\" is not allowed here."),
            Shape::UnknownField { found, allowed } => format!("\"{found}\" is not a field Cloudfall knows here: the fields are {}.", one_of(allowed)),
            Shape::MissingField { field } => format!("The field \"{field}\" is missing."),
            Shape::DuplicateField { field } => format!("The field \"{field}\" is written twice."),
            Shape::WrongType { found, expected } => format!("{} was expected here, not {}.", super::capitalised(&json_type(expected)), json_type(found)),
            Shape::WrongValue { found, expected } => format!("{} was expected here, not {}.", super::capitalised(&json_type(expected)), json_type(found)),
            Shape::Syntax(inner) => format!("This is not valid JSON: {}.", syntax(inner)),
            Shape::Other(message) => message.clone(),
        },
        K::NotADate { text } => format!("\"{text}\" is not a date: write it as 2025, 2025-10 or 2025-10-20."),
        K::NotAWebLink { excerpt } => format!("\"{excerpt}\" is not a web address: a link must start with https:// (or http://)."),
        K::ControlCharacter { code } => format!("The text contains an invisible character (U+{code:04X}) that could hide what it says: remove it."),
        K::EmptyVia => "\"via\" is empty: name the copy the source was read through, or remove \"via\".".to_string(),
        K::NoPublisher => "Say who published the source.".to_string(),
        K::NoTitle => "Give the source's title.".to_string(),
        K::UnknownNode { id } => format!("There is no box with the id \"{id}\"."),
        K::NoVersion => "The dataset needs a version number.".to_string(),
        K::NoLicenceName => "Name the licence, such as CC BY 4.0.".to_string(),
        K::NoChangelogVersion => "Each entry of the changelog needs the version it describes.".to_string(),
        K::BadId { id } => format!("\"{id}\" is not a valid id: use lowercase letters, digits and dashes, with / between levels (like aws/us-east-1)."),
        K::EmptyName => "The name is empty.".to_string(),
        K::IdUsedTwice { id } => format!("The id \"{id}\" is used twice: each box needs its own."),
        K::NoParent { id, parent } => format!("\"{id}\" sits inside \"{parent}\", but there is no box \"{parent}\"."),
        K::BadCountry { country } => format!("\"{country}\" is not a country code: write two capital letters, like FR or US."),
        K::CountrySourceWithoutCountry => "There is a source for the country, but no country: add \"country\".".to_string(),
        K::BadAudience { millions } => format!("{millions} is not a number of millions of people."),
        K::NoMeasure => "Say what was counted (monthly users, accounts...).".to_string(),
        K::HostingNoteNotWebService => "Only a web service can have a note on where it runs.".to_string(),
        K::SelfDependency => "A box cannot depend on itself.".to_string(),
        K::RedundantWithoutGroup => "A redundant dependency needs a \"group\" naming the alternatives that back each other up.".to_string(),
        K::GroupWithoutRedundant => "Only a redundant dependency has a \"group\".".to_string(),
        K::NoEvidence => "Every dependency needs at least one piece of evidence with its source.".to_string(),
        K::DependsTwice { dependent, depends_on } => format!("\"{dependent}\" already depends on \"{depends_on}\": put all the evidence in one dependency."),
        K::ReportWithoutIncident => "A report must name the outage in which the service was reported affected.".to_string(),
        K::UnknownIncident { id } => format!("There is no outage with the id \"{id}\"."),
        K::NotReportedInIncident { dependent, incident } => format!("\"{dependent}\" is not in the list of services reported affected by the outage \"{incident}\": add it there too."),
        K::BadIncidentId { id } => format!("\"{id}\" is not a valid outage id: use lowercase letters, digits and dashes, like aws-2025-10-20."),
        K::IncidentIdUsedTwice { id } => format!("The outage id \"{id}\" is used twice."),
        K::NothingFailed => "Name at least one part that failed.".to_string(),
        K::CannotFail { id, kind } => format!("\"{id}\" is a {}: only providers, regions, zones and cloud services can fail in an outage.", (EN.kind_name)(*kind)),
        K::MissNotReported { service } => format!("\"{service}\" is not in this outage's list of services reported affected."),
        K::TableTwice { scope, period } => format!("There is already a {scope} table for {period}: one table per period."),
        K::NoTableSource => "Every market-share table needs a source.".to_string(),
        K::BadPercent { percent } => format!("{percent} is not a percentage between 0 and 100."),
        K::NoSuchSource { number } => format!("There is no source number {number} in this table (they are numbered from 0)."),
        K::WhichSource => "This table has several sources: say which one gives this figure (0 for the first).".to_string(),
        K::NotAProvider { id } => format!("\"{id}\" is not a provider."),
        K::NoShareHolder => "A share needs a provider id or a label.".to_string(),
        K::SharesOver100 { total } => format!("The shares add up to {total} %, more than 100 %."),
        K::Unreadable { detail } => detail.clone(),
        K::CoreFile => "This is a core file written by cloudfall split, without its sources: open the full data file (cloudfall.json).".to_string(),
        K::NotACoreFile => "This is a full data file, not the first load's core file.".to_string(),
        K::SplitMismatch { detail } => format!("The sources file does not belong with this data: {detail}"),
    }
}

fn syntax(syntax: &Syntax) -> String {
    match syntax {
        Syntax::EndsTooEarly => {
            "the file stops before the data is complete: a closing bracket } or ] may be missing".to_string()
        }
        Syntax::ExpectedValue => {
            "a value was expected here: a text in quotes, a number, a list [ ] or a group { }".to_string()
        }
        Syntax::ExpectedCommaOrEnd => "a comma or a closing bracket was expected here".to_string(),
        Syntax::ExpectedColon => "a colon : was expected after the name".to_string(),
        Syntax::TrailingCharacters => {
            "there is something after the end of the data, or a comma before a closing bracket".to_string()
        }
        Syntax::KeyMustBeText => "a name in quotes was expected here".to_string(),
        Syntax::BadEscape => "a backslash \\ code in a text is not valid".to_string(),
        Syntax::ControlInText => "a text in quotes contains a line break or an invisible character".to_string(),
        Syntax::TooDeep => "brackets are nested too deep".to_string(),
        Syntax::BadNumber => "a number is not valid or too large".to_string(),
        Syntax::Other(message) => message.clone(),
    }
}

fn problem_place(problem: &Problem) -> String {
    let steps: Vec<String> = problem
        .steps()
        .into_iter()
        .map(|step| match step {
            Step::Field(field) => field,
            Step::Item(item) => format!("no. {}", item + 1),
        })
        .collect();
    let path = steps.join(" \u{2192} ");
    match (problem.at, path.is_empty()) {
        (Some(at), true) => format!("Line {}, column {}", at.line, at.column),
        (Some(at), false) => format!("Line {}, column {} ({path})", at.line, at.column),
        (None, false) => path,
        (None, true) => "The whole file".to_string(),
    }
}
// Classroom (issue 17): the guided story, the challenges and the teacher's page.

use cloudfall_model::challenge::{Challenge, CodeProblem, Right, Wrong, ZoneGuess};

use super::{ClassTexts, StepTexts};

pub const CLASS: ClassTexts = ClassTexts {
    story_title: "20 October 2025: the morning the cloud went dark",
    story_time: "Guided story in 7 steps, about 20 minutes, then 5 challenges.",
    story_start: "Start the guided story",
    challenges_start: "Try the challenges",
    teacher_open: "For teachers",
    classroom_heading: "In class",
    step_of: |step, total| format!("Step {step} of {total}"),
    steps: &[
        StepTexts {
            title: "08:45 in Paris: Snapchat and Fortnite go dark",
            body: "On Monday 20 October 2025, from 08:45 Paris time, Snapchat, Fortnite and Roblox stopped working for millions of people: 6.5 million problems were reported worldwide. Nothing had broken in France: the trouble was in us-east-1, a group of Amazon Web Services (AWS) data centres in northern Virginia, USA. There, a database service called DynamoDB stopped answering.",
            action: "Predict which apps go dark, then switch off DynamoDB in us-east-1, as it failed that morning.",
            button: "Lock in my prediction and switch off DynamoDB",
            question: "The failure was 6,000 km away: why did apps used in France go dark?",
        },
        StepTexts {
            title: "An emptied address",
            body: "DynamoDB's computers did not burn and were not hacked: its entry in the DNS, the Internet's address book, was emptied. Two automatic tools that update that entry ran at the same time, and one deleted the plan the other had just applied. Programs asking \"where is DynamoDB?\" got no answer, so they could not reach a database that was still running.",
            action: "Open DynamoDB's details and look at what it depends on.",
            button: "Open DynamoDB's details",
            question: "Was this a hack? What is the difference between a service being down and data being stolen?",
        },
        StepTexts {
            title: "Why three data centres did not help",
            body: "A region like us-east-1 is split into availability zones: separate buildings with their own power, so that one fire or flood does not stop everything. But DynamoDB's address was shared by every zone of the region, so all of them lost it at once. Here you switch off one zone, as if one building failed.",
            action: "Predict what goes dark, then switch off one availability zone of us-east-1.",
            button: "Lock in my prediction and switch off the zone",
            question: "Why do several buildings protect against a fire, but not against a wrong address shared by all of them?",
        },
        StepTexts {
            title: "AWS needs AWS",
            body: "AWS builds its own services on top of each other. EC2, which rents out servers, uses DynamoDB to keep track of them: without it, AWS could not start new servers, even to repair the damage. That is why the trouble lasted hours after the address was back.",
            action: "Open EC2 in us-east-1 and read why it is degraded.",
            button: "Open EC2 in us-east-1",
            question: "Why is it hard to repair a system with tools that depend on the broken part?",
        },
        StepTexts {
            title: "The domino through suppliers",
            body: "Many apps rent nothing from AWS themselves but use a supplier that does: a payments company, a sign-in service, a chat tool. Fall Guys signs players in through Epic Online Services, and the payment app Lydia runs on Treezor: both suppliers run on AWS. Imagine now that all of AWS fails, every region at once.",
            action: "Predict what goes dark, then switch off all of AWS.",
            button: "Lock in my prediction and switch off AWS",
            question: "How could a company depend on AWS without ever signing a contract with AWS?",
        },
        StepTexts {
            title: "What if another provider?",
            body: "Back to the real outage: DynamoDB is down in us-east-1. A company can prepare a second place to run, in another region or with another provider, and move there when the first one fails. Give Roblox a backup on Google Cloud and watch it stay up, slowed down (degraded) instead of dark.",
            action: "Give Roblox a backup on Google Cloud.",
            button: "Give Roblox a backup on Google Cloud",
            question: "If a backup saves an app, why doesn't every company have one? Who pays for it?",
        },
        StepTexts {
            title: "What reduces the risk",
            body: "us-east-1 is AWS's oldest and busiest region, and many companies put everything there. Losing the whole region darkens more services than losing DynamoDB alone. Spreading an app over several zones, regions or providers protects it against a bigger and bigger failure, and costs more each time.",
            action: "Predict what goes dark, then switch off the whole us-east-1 region.",
            button: "Lock in my prediction and switch off us-east-1",
            question: "Name two things a company, and one thing a country, could do to depend less on one region or one provider.",
        },
    ],
    predict_prompt: "Your prediction: which of these will go dark? Pick every one you think will.",
    predict_commit: "Your prediction is locked in when you press the button below.",
    predict_hidden: "The map shows what goes dark only after you lock in your prediction.",
    reveal_heading: "Your prediction, checked",
    reveal_line: |name, guessed, state, hit| {
        let said = if guessed { "you said dark" } else { "you said it stays on" };
        let mark = if hit { "✓ right" } else { "✗ wrong" };
        format!("{mark}: {name}, {said}; it is {state}.")
    },
    reveal_score: |hits, total| format!("{hits} of {total} right."),
    question_label: "Question",
    previous: "Previous step",
    next: "Next step",
    restart_step: "Start this step again",
    leave_story: "Leave the story",
    to_challenges: "On to the challenges",
    locked_note: "Your teacher's link keeps the class on this step.",
    done_label: "Done.",
    challenges_heading: "Challenges",
    challenge_name: |challenge| match challenge {
        Challenge::Most => "The biggest single switch",
        Challenge::Survive => "Save Roblox",
        Challenge::Indirect => "Hidden dependence",
        Challenge::Zone => "One building",
        Challenge::Mystery => "The mystery service",
    },
    challenge_task: |challenge| match challenge {
        Challenge::Most => "Find the one switch (a region, a zone or a cloud service, not a whole provider) that on its own darkens the most web services. Switch it off, alone, then check.",
        Challenge::Survive => "us-east-1 is switched off and Roblox is down. With one change, make Roblox survive: open Roblox's details (search for it) and give it one backup under \"What if…\", then check.",
        Challenge::Indirect => "All of AWS is switched off. Find a web service that is down although it does not use AWS directly: open its details, then check.",
        Challenge::Zone => "Switch off one availability zone (under AWS, us-east-1 in the switches), say what changes, then check.",
        Challenge::Mystery => "One web service is shown as \"Mystery service\", its name and links hidden. Switch providers and regions off and on, watch when it goes dark, then say which provider it runs on and check.",
    },
    zone_question: "What changes when one zone is off?",
    zone_guess: |guess| match guess {
        ZoneGuess::Nothing => "No web service goes dark",
        ZoneGuess::AFew => "A few web services go dark",
        ZoneGuess::WholeRegion => "Everything that uses us-east-1 goes dark",
    },
    check: "Check my answer",
    right: |right, name| match right {
        Right::Most { node, down } => format!("Right: {} alone darkens {down} web services, more than any other region, zone or cloud service. A region holds many services, so everything that needs any of them falls with it.", name(node)),
        Right::Survive { backup, .. } => format!("Right: with a backup on {}, Roblox is only degraded when us-east-1 fails, because the backup does not depend on us-east-1.", name(backup)),
        Right::Indirect { service, via } => format!("Right: {} does not use AWS directly, but it needs {}, which runs on AWS.", name(service), name(via)),
        Right::Zone => "Right: nothing goes dark. Zones are built to be lost one at a time; what failed on 20 October was shared by every zone of the region.".to_string(),
        Right::Mystery { provider } => format!("Right: the mystery service goes dark when {0} is switched off, and with no other provider: it runs on {0}. You found a dependency from its effects alone, as engineers do after an outage.", name(provider)),
    },
    wrong: |wrong, name| match wrong {
        Wrong::NothingOff => "Nothing is switched off yet. Switch off one thing, then check.".to_string(),
        Wrong::MoreThanOne => "Switch off only one thing: several at once do not answer the question.".to_string(),
        Wrong::WholeProvider { node } => format!("{} is a whole provider: the question asks for one region, zone or cloud service inside one.", name(node)),
        Wrong::Smaller { node, down, best } => format!("Not quite: {} darkens {down} web services on its own, but one switch darkens {best}. Look for something that holds many others.", name(node)),
        Wrong::RegionBackOn => "us-east-1 is back on: the challenge is to survive its loss. Switch it off again.".to_string(),
        Wrong::NoBackup => "Roblox has no backup yet. Open Roblox's details (search for it) and add one under \"What if…\".".to_string(),
        Wrong::TooManyChanges => "One change only: keep us-east-1 off, switch everything else on, and add a single backup.".to_string(),
        Wrong::OtherService { service } => format!("That backup is for {}: the challenge is to save Roblox.", name(service)),
        Wrong::BackupFailsToo { backup } => format!("{} fails with us-east-1 (it sits inside it or needs it), so Roblox is still down. Choose a backup outside us-east-1.", name(backup)),
        Wrong::ProviderBackOn => "AWS is back on: switch it off again, then find the service.".to_string(),
        Wrong::NothingSelected => "Open a web service's details first: click it on the map or search for it.".to_string(),
        Wrong::NotWebService { node } => format!("{} is not an app or a website people use: it is infrastructure or a supplier.", name(node)),
        Wrong::NotDark { service, state } => format!("{} is {}, not down. Pick a service that went dark.", name(service), (EN.state_name)(*state)),
        Wrong::UsesAwsDirectly { service, on } => format!("{} uses {} directly. Look for a service that reaches AWS only through a supplier.", name(service), name(on)),
        Wrong::NoZoneOff => "Switch off exactly one availability zone, and nothing else.".to_string(),
        Wrong::NoGuess => "Choose what you think changes, then check.".to_string(),
        Wrong::WrongGuess { down, .. } => match down {
            0 => "Look at the map again: no web service is down. A zone is one group of buildings, and losing one is planned for.".to_string(),
            1 => "Look at the map again: only 1 web service is down.".to_string(),
            _ => format!("Look at the map again: {down} web services are down."),
        },
        Wrong::NoProvider => "Choose the provider you think the mystery service runs on, then check.".to_string(),
        Wrong::StillRunsWithout { provider } => format!("Switch {0} off on its own and watch: the mystery service keeps running, so it does not depend on {0}. Switch it back on and try another provider.", name(provider)),
        Wrong::NoMystery => "This data has no web service that one provider alone takes down, so there is no mystery to solve. Try another challenge.".to_string(),
    },
    solved_mark: "✓ solved",
    code_heading: "Your answer code",
    code_hint: "Copy this code into your school's platform for your teacher. It holds only your results: no name, nothing about you.",
    progress_line: |steps, total_steps, solved, total| format!("{steps} of {total_steps} story steps done, {solved} of {total} challenges solved."),
    leave_challenges: "Back to exploring",
    notice_other_version: |asked, shown| format!("This link was prepared with dataset {asked}; the page now shows dataset {shown}, so some figures may differ."),

    teacher_title: "Cloudfall for teachers",
    teacher_back: "Back to the map",
    teacher_dataset: |version, as_of| format!("Dataset {version}, facts checked up to {as_of}."),
    teacher_privacy: "No personal data is collected: no account, no cookie, no request to another site. Pupils' answer codes hold only their results and never leave the browser unless they paste them somewhere.",
    teacher_loading: "Loading the lesson material…",
    teacher_missing: "The lesson material could not be loaded; the tools below still work.",
    builder_heading: "A link for my class",
    builder_intro: "Choose what pupils see, then share the link. Reset returns pupils to the step or the map the link opens.",
    builder_lang: "Language",
    builder_step: "Open at story step",
    builder_no_step: "No step (the explorer)",
    builder_lock: "Keep pupils on this step",
    builder_hide_edges: "Hide the links between boxes (pupils infer them)",
    builder_hide_labels: "Hide the names on the map",
    builder_projector: "Projector mode",
    builder_version: |version| format!("Pin dataset {version}"),
    builder_link: "The link",
    builder_open: "Open the link",
    tally_heading: "Class results from answer codes",
    tally_intro: "Paste the codes your pupils handed in (one per line, or separated by spaces). They are read here, in your browser; nothing is sent anywhere.",
    tally_label: "Answer codes",
    tally_pupils: |pupils| if pupils == 1 { "1 code read.".to_string() } else { format!("{pupils} codes read.") },
    tally_step: |step| format!("Story step {step} done"),
    tally_tries: |tries| format!("Answers checked, over the class: {tries}"),
    tally_unread: |code, problem| match problem {
        CodeProblem::Shape => format!("\"{code}\" is not an answer code (CF- then 7 letters and digits)."),
        CodeProblem::Character(c) => format!("\"{code}\" holds \"{c}\", which no answer code has."),
        CodeProblem::Checksum => format!("\"{code}\" has a typo: its check letters do not match."),
        CodeProblem::Format => format!("\"{code}\" comes from another version of Cloudfall."),
    },
    tally_item: "Item",
    tally_count: "Pupils",
    print_worksheet: "Print the worksheet",

    // What was left of issue 17 (class2).
    switches_wait: "Lock in your prediction first: the switches wait until then, so the map cannot give the answer away.",
    mystery_box: |number| format!("Box {number}"),
    hidden_views: "Your teacher has hidden the map's links or names for this activity, so the tree view and the table of services are not shown: work them out from what goes dark.",
    hidden_links_details: "The links are hidden for this activity, so what this box depends on, what depends on it and the outages it was reported in are not listed: work them out from what goes dark.",

    // Issue 17, requirements 7 to 9 (cls1).
    builder_hide_values: "Hide the numbers (pupils predict how many go dark)",
    builder_start: "The map opens with",
    builder_start_all_on: "Everything running",
    builder_start_incident: |name, date| format!("The outage of {date} replayed: {name}"),
    builder_start_off: |name| format!("{name} switched off"),
    builder_start_hint: "Without a story step. After a change, Reset returns pupils to the map the link opens.",
    reset_to_link: "Back to the map the link opened",
    reset_to_challenge: "Back to the challenge's start",
    mystery_service: "Mystery service",
    mystery_question: "Which provider does the mystery service run on?",
    mystery_choose: "Choose a provider",
    values_hidden: "Your teacher has hidden the numbers for this activity: predict how many web services go dark, then compare with the map.",
    live_values_hidden: "The numbers are hidden: look at the map.",
    summary_now_hidden: |off| match off { 0 => "Everything is running. The numbers are hidden for this activity.".to_string(), 1 => "1 thing switched off. The numbers are hidden for this activity.".to_string(), _ => format!("{off} things switched off. The numbers are hidden for this activity.") },
    details_hidden: "Your teacher's link hides this box's name and links: find out what it depends on by switching things off and on.",
    summary_heading: "Screen summary",
    summary_play_area: "Play area",
    summary_controls: "Controls",
    summary_currently: "Currently",
    summary_tip: "Tip",
    summary_play: |c| {
        format!(
            "The map has {} on the left, then {} and {}, {}, and {} on the right, joined by {}.",
            count(c.providers, "cloud provider", "cloud providers"),
            count(c.regions, "region or zone", "regions and zones"),
            count(c.cloud_services, "cloud service", "cloud services"),
            count(c.suppliers, "supplier", "suppliers"),
            count(c.web_services, "web service", "web services"),
            count(c.links, "dependency", "dependencies")
        )
    },
    summary_controls_text: "Switches turn a provider, a region or a cloud service off and on. Below the map, a tree view and a table list every service. The guided story and the challenges are at the top of the page.",
    summary_now: |&super::Currently { off, down, degraded, up, step }| {
        let switched =
            if off == 0 { "Everything is running".to_string() } else { format!("{} switched off", count(off, "thing", "things")) };
        let place = step.map(|(step, of)| format!(" Story step {step} of {of}.")).unwrap_or_default();
        format!("{switched}: {}, {degraded} degraded, {up} up.{place}", count(down, "web service down", "web services down"))
    },
    summary_tip_start: "Switch off the region us-east-1 and listen to what goes dark.",
    summary_tip_why: "Open a service that is down to hear why, link by link.",
    csv_download: "Download this table (CSV, for a spreadsheet)",
    csv_file_name: "cloudfall-services.csv",
    csv_audience_millions: "Audience (millions)",
    cascade_queue: |names, total| {
        let boxes = count(total, "box", "boxes");
        match names.len() {
            0 => format!("Queue: the next wave reaches {boxes}."),
            listed if listed < total => format!("Queue: the next wave reaches {boxes}: {}, and {} more.", names.join(", "), total - listed),
            _ => format!("Queue: the next wave reaches {boxes}: {}.", names.join(", ")),
        }
    },
    short_announcements: "Short announcements",
};

/// A count with its noun: "1 supplier", "3 suppliers".
fn count(count: usize, singular: &str, plural: &str) -> String {
    format!("{count} {}", if count == 1 { singular } else { plural })
}
