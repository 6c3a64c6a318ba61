//! The data audit on small data files: each hard line is broken by one fixture and kept by a clean twin, and the
//! health counts (age, copies, vague dates, unknown services, audiences, French) count what they say.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use cloudfall_model::audit::{audit, hard_lines, AgeBand, HardLine};
use cloudfall_model::data::{
    Audience, DataFile, DependencyRecord, Evidence, EvidenceKind, NodeKind, NodeRecord, ShareLabel, ShareRecord,
    ShareScope, ShareTable, Source,
};
use common::{data_file, evidence, incidents};

fn documented(date: &str, title: &str, note: Option<&str>) -> Evidence {
    Evidence {
        date: date.into(),
        title: title.into(),
        note: note.map(str::to_string),
        ..evidence(EvidenceKind::Documented, None)
    }
}

fn dependency(dependent: &str, evidence: Vec<Evidence>) -> DependencyRecord {
    DependencyRecord {
        dependent: dependent.into(),
        depends_on: "aws".into(),
        role: cloudfall_model::Role::Hosting,
        mode: cloudfall_model::DependencyMode::Required,
        group: None,
        evidence,
    }
}

/// A provider, two web services (`shop` and `news`) and these dependencies, checked as of 2026-11-25.
fn file(dependencies: Vec<DependencyRecord>) -> DataFile {
    let nodes = vec![
        NodeRecord::new("aws", NodeKind::Provider, "AWS"),
        NodeRecord::new("shop", NodeKind::WebService, "Shop"),
        NodeRecord::new("news", NodeKind::WebService, "News"),
    ];
    data_file("2026-11-25", nodes, dependencies, vec![])
}

fn rules(data: &DataFile) -> Vec<(HardLine, String)> {
    hard_lines(data).into_iter().map(|violation| (violation.rule, violation.path)).collect()
}

#[test]
fn a_documented_job_post_breaks_a_hard_line_and_an_inferred_one_does_not() {
    let job = documented("2024", "Senior SRE", Some("careers page: \"we run on AWS\""));
    let data = file(vec![dependency("shop", vec![job.clone()])]);
    assert_eq!(rules(&data), [(HardLine::JobPost, "dependencies[0].evidence[0]".to_string())]);

    let inferred = Evidence { kind: EvidenceKind::Inferred, ..job };
    assert!(rules(&file(vec![dependency("shop", vec![inferred])])).is_empty());
    let publisher_only = Evidence { publisher: "Shop (job post)".into(), ..documented("2024", "SRE", None) };
    assert_eq!(rules(&file(vec![dependency("shop", vec![publisher_only])])).len(), 1);
}

#[test]
fn documented_evidence_from_the_day_of_an_outage_that_reports_it_breaks_a_hard_line() {
    let report = Evidence { date: "2025-10-20".into(), ..evidence(EvidenceKind::Reported, Some("aws-outage")) };
    let case = |date: &str, note: Option<&str>, dependent: &str| {
        let mut dependencies = vec![dependency("shop", vec![report.clone()])];
        dependencies.push(dependency(dependent, vec![documented(date, "Press article", note)]));
        let mut data = file(dependencies);
        data.incidents = incidents(&["aws-outage"], "aws", &data.dependencies);
        rules(&data)
    };
    let broken = [(HardLine::OutageDay, "dependencies[1].evidence[0]".to_string())];
    assert_eq!(case("2025-10-20", None, "shop"), broken, "the day of the outage");
    assert_eq!(case("2025-10-21", None, "shop"), broken, "the day after");
    assert!(case("2025-10-22", None, "shop").is_empty(), "two days later is not the outage's coverage");
    assert!(case("2025-10", None, "shop").is_empty(), "a month-only date cannot be placed on the day");
    assert!(case("2025-10-20", Some("first-party: the provider's own status post"), "shop").is_empty());
    assert!(case("2025-10-20", None, "news").is_empty(), "news was not reported affected");
}

#[test]
fn a_note_saying_the_source_was_not_found_again_breaks_a_hard_line() {
    let lost = documented("2024", "Case study", Some("From the lead file; not re-found."));
    let data = file(vec![dependency("shop", vec![lost])]);
    assert_eq!(rules(&data), [(HardLine::NotReFound, "dependencies[0].evidence[0].note".to_string())]);
    let found = documented("2024", "Case study", Some("Re-read on the publisher's page."));
    assert!(rules(&file(vec![dependency("shop", vec![found])])).is_empty());
}

fn source(publisher: &str) -> Source {
    Source { publisher: publisher.into(), title: "t".into(), url: None, date: "2025-07".into(), via: None }
}

fn share(provider: Option<&str>, label: Option<ShareLabel>, percent: f64, source: Option<usize>) -> ShareRecord {
    ShareRecord { provider: provider.map(str::to_string), label, percent, approximate: false, source }
}

fn table(shares: Vec<ShareRecord>, sources: Vec<Source>) -> ShareTable {
    ShareTable {
        period: "2025-Q2".into(),
        scope: ShareScope::Worldwide,
        market: "m".into(),
        analyst: "a".into(),
        market_size_usd_bn: None,
        shares,
        sources,
        note: None,
        note_fr: None,
    }
}

#[test]
fn shares_over_100_percent_break_a_hard_line() {
    let mut data = file(vec![]);
    data.market_shares = vec![table(
        vec![share(Some("aws"), None, 60.0, None), share(None, Some(ShareLabel::Others), 40.5, None)],
        vec![source("Synergy")],
    )];
    assert_eq!(rules(&data), [(HardLine::SharesOver100, "market_shares[0].shares".to_string())]);
    data.market_shares[0].shares[1].percent = 40.0;
    assert!(rules(&data).is_empty());
}

#[test]
fn a_share_that_does_not_name_one_of_several_sources_breaks_a_hard_line() {
    let mut data = file(vec![]);
    data.market_shares = vec![table(
        vec![
            share(Some("aws"), None, 30.0, Some(0)),
            share(Some("aws"), None, 20.0, None),
            share(None, Some(ShareLabel::Others), 50.0, None),
        ],
        vec![source("Synergy"), source("Canalys")],
    )];
    // The "others" row is the rest of 100 %, not a figure: it needs no source.
    assert_eq!(rules(&data), [(HardLine::ShareWithoutSource, "market_shares[0].shares[1].source".to_string())]);
    data.market_shares[0].shares[1].source = Some(1);
    assert!(rules(&data).is_empty());
    data.market_shares[0].shares[1].source = Some(2);
    assert_eq!(rules(&data).len(), 1, "a source number past the list names nothing");
    data.market_shares[0].shares[1].source = Some(1);
    data.market_shares[0].shares[2].percent = 40.0;
    assert_eq!(rules(&data).len(), 1, "an \"others\" row that is not the remainder is a figure");
}

#[test]
fn the_health_counts_age_copies_vague_dates_unknown_services_audiences_and_french() {
    let mut old = documented("2016", "Old case study", Some("quote"));
    old.via = Some("archive.org".into());
    let recent =
        Evidence { note_fr: Some("citation".into()), ..documented("2026-06-01", "New case study", Some("quote")) };
    let mid = Evidence { publisher: "Blog (via a copy site)".into(), ..documented("2023-05", "Talk", None) };
    let mut data = file(vec![dependency("shop", vec![old.clone()]), dependency("aws-user", vec![recent, mid, old])]);
    data.nodes.push(NodeRecord::new("aws-user", NodeKind::WebService, "User"));
    data.nodes[2].hosting_note = Some("Its annual report names no provider.".into());
    data.nodes[1].audience = Some(Audience {
        millions: 5.0,
        measure: "monthly users".into(),
        measure_fr: None,
        scope: None,
        scope_fr: None,
        source: source("Shop"),
    });
    data.nodes[1].audience.as_mut().unwrap().source.date = "2022".into();
    data.nodes[1].audience.as_mut().unwrap().source.via = Some("archive.org".into());

    let health = audit(&data);
    let documented_ages = &health.evidence[0];
    assert_eq!(documented_ages.kind, EvidenceKind::Documented);
    let band = |band: AgeBand| documented_ages.by_age[AgeBand::ALL.iter().position(|&b| b == band).unwrap()];
    assert_eq!(
        (band(AgeBand::UpToOne), band(AgeBand::OneToThree), band(AgeBand::ThreeToFive), band(AgeBand::OverFive)),
        (1, 0, 1, 2)
    );
    assert_eq!(health.dependencies_by_strongest, [2, 0, 0]);
    assert_eq!(health.stale_dependencies, ["dependencies[0]"], "the second has newer evidence");
    assert_eq!(
        health.via_evidence,
        ["dependencies[0].evidence[0]", "dependencies[1].evidence[1]", "dependencies[1].evidence[2]"]
    );
    assert_eq!(health.via_sources, ["nodes[1].audience.source"]);
    assert_eq!((health.cited_dates, health.year_only_dates, health.month_only_dates), (5, 3, 1));
    assert_eq!(health.web_services, 3);
    assert_eq!(health.unknown_services, ["news"]);
    assert_eq!(health.unknown_with_note, 1);
    assert_eq!((health.audiences, health.audiences_without_measure_fr), (1, 1));
    assert_eq!(health.old_audiences, ["shop"], "2022 is more than three years before 2026-11-25");
    assert_eq!((health.evidence_notes, health.notes_without_fr), (3, 2));
    assert!(health.violations.is_empty());
}

#[test]
fn data_texts_are_shown_in_french_when_the_data_has_them_and_in_english_otherwise() {
    use cloudfall_model::{Lang, NodeId};
    let mut data = file(vec![dependency("shop", vec![documented("2024", "t", Some("quote"))])]);
    data.nodes[0].name_fr = Some("AWS (Amazon)".into());
    data.nodes[2].hosting_note = Some("Nothing public.".into());
    data.nodes[2].hosting_note_fr = Some("Rien de public.".into());
    let model = cloudfall_model::validate::build(data.clone()).unwrap();
    let node = |id: &str| model.node(model.lookup(&NodeId::new(id)).unwrap());
    assert_eq!((node("aws").name_in(Lang::Fr), node("aws").name_in(Lang::En)), ("AWS (Amazon)", "AWS"));
    assert_eq!(node("shop").name_in(Lang::Fr), "Shop", "no French name: the name");
    assert_eq!(node("aws").label_in(Lang::Fr), "AWS (Amazon)", "no short name: the name in French");
    assert_eq!(node("news").hosting_note_in(Lang::Fr), Some("Rien de public."));
    assert_eq!(node("news").hosting_note_in(Lang::En), Some("Nothing public."));
    assert_eq!(node("shop").hosting_note_in(Lang::Fr), None);

    let mut item = documented("2024", "t", Some("quote"));
    assert_eq!(item.note_in(Lang::Fr), Some("quote"));
    item.note_fr = Some("citation".into());
    assert_eq!((item.note_in(Lang::Fr), item.note_in(Lang::En)), (Some("citation"), Some("quote")));
    let audience = Audience {
        millions: 1.0,
        measure: "monthly users".into(),
        measure_fr: Some("utilisateurs par mois".into()),
        scope: None,
        scope_fr: None,
        source: source("s"),
    };
    assert_eq!(
        (audience.measure_in(Lang::Fr), audience.measure_in(Lang::En)),
        ("utilisateurs par mois", "monthly users")
    );
}
