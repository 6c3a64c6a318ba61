//! English.

use cloudfall_model::{EvidenceKind, NodeKind, NodeState};

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
    others: "Others",
    map_heading: "Who runs on whom",
    map_intro: "Providers on the left, the services people use on the right. Solid lines are documented dependencies; dashed lines only say the service was reported affected during an outage.",
    switches_heading: "Switch off",
    switches_intro: "Switch off a whole provider, one region, or a single service in a region.",
    reset: "Switch everything back on",
    switch_label: |name, off| {
        if off {
            format!("{name}: switched off (press to switch back on)")
        } else {
            format!("{name}: on (press to switch off)")
        }
    },
    summary_none: |total| format!("All {total} web services in this dataset are up. Switch something off to see what depends on it."),
    summary_down: |down, total| format!("{down} of {total} web services are down"),
    summary_degraded: |degraded| format!("{degraded} degraded"),
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
        format!("Dependencies: {documented} documented, {reported} reported during an outage, {inferred} inferred.")
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
};
