//! English.

use cloudfall_model::certainty::{Certainty, Counted, HowKnown};
use cloudfall_model::data::{Category, DependencyMode, Role, ShareLabel, ShareScope};
use cloudfall_model::metrics::Reading;
use cloudfall_model::query::{MAX_LIST_IDS, MAX_QUERY_BYTES};
use cloudfall_model::{EvidenceKind, Jurisdiction, NodeKind, NodeState};

use super::Texts;

pub const EN: Texts = Texts {
    title: "Cloudfall",
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
    notice_unknown_jurisdiction: |code| format!("The link names the jurisdiction \"{code}\", which is not a country code; it was ignored."),
    switch_label: |name, off| {
        if off {
            format!("{name}: switched off (press to switch back on)")
        } else {
            format!("{name}: on (press to switch off)")
        }
    },
    summary_none: |total| format!("All {total} web services in this dataset are up. Switch something off to see what depends on it."),
    summary_caveat: "Only the dependencies in this dataset are counted; real services may have more, or fail over.",
    list_separator: ", ",
    notice_unknown_id: |id| format!("The link names \"{id}\", which is not in this dataset; it was ignored."),
    notice_not_switchable: |id| format!("\"{id}\" is a web service, not something that can be switched off; it was ignored."),
    notice_unknown_lang: |code| format!("The language \"{code}\" is not available; showing English."),
    notice_heading: "About this link",
    dismiss: "Dismiss",
    data_error: "The data could not be loaded. Nothing is shown so that nothing false is shown. Problems found:",
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
    state_name: |state| match state {
        NodeState::Up => "up",
        NodeState::Degraded => "degraded",
        NodeState::Down => "down",
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
    and_more: |more| format!("and {more} more"),
    switch_children: |count| if count == 1 { "1 region or service".to_string() } else { format!("{count} regions and services") },
    loading: "Loading the data…",
    texts_loading: "Loading the sources…",
    texts_missing: "sources not loaded",
    texts_failed: |why| format!("The sources could not be loaded: {why} The map and the figures do not need them; reload the page to try again."),
    zoom_label: "Zoom the map",
    zoom_in: "Zoom in",
    zoom_out: "Zoom out",
    zoom_fit: "Fit the width",
    notice_bad_data_path: |path| format!("The link asks for the data file \"{path}\", which is not a file of this site; the built-in data is shown instead."),
    canvas_hint: |drawn, labels| {
        let names = if labels { "" } else { " Zoom in to see the links, then the names." };
        format!("{drawn} nodes in view. Drag to move, use the wheel or + and − to zoom.{names}")
    },
    more_in_search: |more| format!("and {more} more: find them with the search box."),
    colon: ": ",
    data_error_fallback: "Show Cloudfall with its built-in data instead",
    history_note: "Gaps are quarters for which no share was found in a source; lines join the quarters that have one.",
    approximate_note: "~ marks an approximate figure (\"about\", \"over\", or read off a chart).",

    metrics_heading: "What is down",
    metric_down: |down, total, percent| format!("{down} of {total} web services down ({})", super::percent(percent)),
    metric_degraded: |degraded, percent| format!("{degraded} degraded ({})", super::percent(percent)),
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
    headquarters: "Headquarters",
    crashed: "Cloudfall stopped because of an error in the app. What you chose is still in the link in the address bar. ",
    crashed_back: "Start again from the beginning",
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
    how_name: |how| match how {
        HowKnown::Affected(Certainty::Documented) => "documented",
        HowKnown::Affected(Certainty::Inferred) => "inferred",
        HowKnown::Affected(Certainty::Reported) => "reported only",
        HowKnown::AtRisk { .. } => "at risk",
        HowKnown::Unaffected => "not affected",
        HowKnown::Unknown => "unknown",
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
    why_heading: "Why?",
    why_intro: |name, state| format!("{name} is {state} because of this chain:"),
    why_switched_off: "switched off",
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
    category_name: |category| match category {
        Category::Social => "social network",
        Category::Messaging => "messaging",
        Category::Video => "video",
        Category::Music => "music",
        Category::Gaming => "gaming",
        Category::Travel => "travel",
        Category::Commerce => "shopping",
        Category::Banking => "banking",
        Category::Payments => "payments",
        Category::News => "news",
        Category::Productivity => "productivity",
        Category::Public => "public service",
        Category::Education => "education",
        Category::Ai => "AI",
        Category::Health => "health",
        Category::Transport => "transport",
        Category::Developer => "developer tools",
        Category::Authentication => "sign-in",
        Category::Support => "customer support",
        Category::Monitoring => "monitoring",
        Category::Collaboration => "collaboration",
        Category::Cdn => "content delivery",
        Category::Dns => "DNS",
        Category::Storage => "storage",
        Category::Database => "database",
        Category::Hosting => "hosting",
        Category::Other => "other",
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
    notice_unknown_incident: |id| format!("The link names the outage \"{id}\", which is not in this dataset; it was ignored."),
    notice_unknown_period: |period| format!("The link names the period \"{period}\", for which there are no market shares; showing the latest."),
    notice_bad_backup: |pair| format!("The link asks for the backup \"{pair}\", which is not a web service and a piece of infrastructure of this dataset; it was ignored."),
    notice_unknown_key: |key| format!("The link has a part \"{key}\" that this page does not know; it was ignored."),
    notice_unknown_certainty: |value| format!("The link asks to count \"{value}\", which is not a kind of evidence; every affected service is counted."),
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
    notice_unknown_chart: |chart| format!("The link asks for the chart \"{chart}\", which does not exist; showing the market shares."),
    notice_too_long: |bytes| format!("The link is {bytes} characters long, more than this page reads; only its first {MAX_QUERY_BYTES} characters were read."),
    notice_too_many_ids: |key, count| format!("The link lists {count} items in \"{key}\"; only the first {MAX_LIST_IDS} were read."),

    read_via: |site| format!("read through a copy: {site}"),
    evidence_dated: |years| format!("dated: {years} years old"),
    newest_evidence: |date| format!("newest evidence {date}"),
    hosting_note_label: "How we know",
    data_credit_label: "About the data",
    licence_label: "Licence",
    citation_label: "Cite as",
    no_licence: "This data file states no licence.",
};
