//! Native tests of the scenario's summary, picture, fallback and CSV, and of the framed market chart, on a tiny
//! dataset whose texts carry markup and CSV syntax: every output must keep them as text.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, clippy::indexing_slicing)]

use cloudfall_draw::market::market_svg;
use cloudfall_draw::scenario::{fallback_html, seed_scenario, services_csv, summarise, summary_svg, summary_text};
use cloudfall_model::{load, Lang, Model};

fn model() -> Model {
    load(
        r#"{"dataset": {"id": "t", "version": "9.9.9", "as_of": "2026-12-01", "title": "t",
                        "licence": {"name": "CC BY 4.0", "url": "https://creativecommons.org/licenses/by/4.0/"},
                        "citation": "Tests & co, <cite>"},
            "nodes": [{"id": "aws", "kind": "provider", "name": "AWS"},
                      {"id": "aws/us-east-1", "kind": "region", "name": "us-east-1"},
                      {"id": "aws/us-east-1/dynamodb", "kind": "cloud_service", "name": "DynamoDB in us-east-1",
                       "short_name": "DynamoDB"},
                      {"id": "shop", "kind": "web_service", "name": "<script>alert(1)</script> Shop, \"Inc\"",
                       "category": "commerce", "audience": {"millions": 5, "measure": "users",
                       "source": {"publisher": "P", "title": "T", "date": "2024"}}},
                      {"id": "news", "kind": "web_service", "name": "=News", "name_fr": "=Infos",
                       "category": "news"},
                      {"id": "calm", "kind": "web_service", "name": "Calm"}],
            "dependencies": [
                {"dependent": "shop", "depends_on": "aws/us-east-1/dynamodb", "role": "database",
                 "evidence": [{"kind": "documented", "publisher": "Shop & Sons", "title": "How we <b>scale</b>",
                               "url": "https://example.org/a?b=1&c=2", "date": "2024"}]},
                {"dependent": "news", "depends_on": "aws/us-east-1/dynamodb", "role": "hosting",
                 "evidence": [{"kind": "reported", "publisher": "Wire", "title": "Outage", "date": "2025-10-20",
                               "via": "archive.org", "incident": "aws-2025-10-20"}]}],
            "market_shares": [
                {"period": "2026-Q1", "market": "m", "analyst": "Synergy <Research>",
                 "sources": [{"publisher": "Synergy & co", "title": "Q1 <shares>", "date": "2026"}],
                 "shares": [{"provider": "aws", "percent": 30}, {"label": "others", "percent": 70}]}],
            "incidents": [
                {"id": "aws-2025-10-20", "name": "n", "date": "2025-10-20", "cause_en": "c", "cause_fr": "c",
                 "failed": ["aws/us-east-1/dynamodb"], "reported_affected": ["news"], "sources": []}]}"#,
    )
    .unwrap()
}

#[test]
fn the_seed_scenario_says_what_is_off_what_goes_dark_and_how_we_know() {
    let summary = summarise(&model(), &seed_scenario(Lang::En), "2026-12-02");
    assert_eq!(summary.context.scenario, "Switched off: DynamoDB (us-east-1)");
    assert_eq!(summary.headline, "2 of 3 web services go dark");
    assert_eq!(summary.chain, ["DynamoDB (us-east-1)", "<script>alert(1)</script> Shop, \"Inc\""], "the best known");
    let text = summary_text(&summary);
    for needle in [
        "shopping (1): <script>alert(1)</script> Shop, \"Inc\" (documented)",
        "news (1): =News (reported only)",
        "Data 9.9.9, checked 2026-12-01. Made on 2026-12-02.",
        "Licence: CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/)",
        "Shop & Sons, “How we <b>scale</b>” (2024), https://example.org/a?b=1&c=2",
        "Wire, “Outage” (2025-10-20), read via archive.org",
    ] {
        assert!(text.contains(needle), "missing {needle} in\n{text}");
    }
    assert!(!text.contains("Calm"), "an unaffected service is not listed");
}

#[test]
fn the_summary_speaks_french_when_asked() {
    let summary = summarise(&model(), &seed_scenario(Lang::Fr), "2026-12-02");
    assert_eq!(summary.headline, "2 services web sur 3 s'arrêtent");
    let text = summary_text(&summary);
    assert!(text.contains("information (1)\u{a0}: =Infos (seulement signalé)"), "{text}");
    assert!(text.contains("Données 9.9.9, vérifiées le 2026-12-01"), "{text}");
}

#[test]
fn the_scenario_picture_escapes_every_data_text() {
    let svg = summary_svg(&summarise(&model(), &seed_scenario(Lang::En), "2026-12-02")).unwrap();
    assert!(svg.starts_with("<svg") || svg.starts_with("<?xml"), "{svg}");
    assert!(!svg.contains("<script"), "markup from the data must stay text: {svg}");
    assert!(!svg.contains("<b>") && !svg.contains("<cite>"), "{svg}");
    assert!(svg.contains("&lt;script&gt;alert(1)&lt;/script&gt; Shop"), "{svg}");
    assert!(svg.contains("Switched off: DynamoDB (us-east-1)"), "{svg}");
    assert!(svg.contains("Shop &amp; Sons"), "the sources are drawn in: {svg}");
    assert!(svg.contains("Data 9.9.9, checked 2026-12-01"), "{svg}");
}

#[test]
fn the_fallback_html_escapes_data_text_and_points_at_relative_pictures() {
    let html = fallback_html(&summarise(&model(), &seed_scenario(Lang::En), "2026-12-02"));
    assert!(!html.contains("<script") && !html.contains("<b>"), "{html}");
    assert!(html.contains("&lt;script&gt;alert(1)&lt;/script&gt; Shop, &quot;Inc&quot;"), "{html}");
    assert!(html.contains("src=\"snapshot/scenario-en.svg\""), "relative, so any sub-path works: {html}");
    assert!(html.contains("src=\"snapshot/market-en.svg\""), "{html}");
    assert!(html.contains("lang=\"en\""), "{html}");
    assert!(html.contains("href=\"snapshot/summary-en.txt\">Sources (2)</a>"), "the sources are one link away: {html}");
}

#[test]
fn the_csv_has_its_context_in_comments_and_quotes_data_text() {
    let csv = services_csv(&summarise(&model(), &seed_scenario(Lang::En), "2026-12-02"));
    let lines: Vec<&str> = csv.lines().collect();
    assert_eq!(lines[0], "# Cloudfall — cloud concentration risk");
    assert_eq!(lines[1], "# Switched off: DynamoDB (us-east-1)");
    assert!(csv.contains("# Made on 2026-12-02\n# Data 9.9.9, checked 2026-12-01\n"), "{csv}");
    assert!(csv.contains("#   Wire, “Outage” (2025-10-20), read via archive.org\n"), "{csv}");
    assert!(csv.contains("\nid,name,category,state,how we know,chain\n"), "{csv}");
    assert!(
        csv.contains("\nshop,\"<script>alert(1)</script> Shop, \"\"Inc\"\"\",shopping,down,documented,"),
        "a comma and quotes stay in one field: {csv}"
    );
    assert!(csv.contains("\nnews,'=News,news,down,reported only,"), "no formula from the data: {csv}");
    assert_eq!(csv.lines().filter(|line| !line.starts_with('#')).count(), 3, "header and two services: {csv}");
}

#[test]
fn the_market_picture_carries_the_analyst_the_sources_and_escapes_them() {
    let svg = market_svg(&model(), &seed_scenario(Lang::En), "2026-12-02", 640).unwrap();
    assert!(svg.contains("Synergy &lt;Research&gt;"), "{svg}");
    assert!(svg.contains("Synergy &amp; co, “Q1 &lt;shares&gt;” (2026)"), "{svg}");
    assert!(svg.contains(">AWS<") || svg.contains(">\nAWS\n<"), "the chart is inside: {svg}");
    assert!(svg.contains("DynamoDB (us-east-1)"), "{svg}");
    assert!(!svg.contains("30 % ✕"), "AWS itself is on: {svg}");
    let mut aws_off = seed_scenario(Lang::En);
    aws_off.off = [cloudfall_model::NodeId::new("aws")].into();
    let svg = market_svg(&model(), &aws_off, "2026-12-02", 640).unwrap();
    assert!(svg.contains("30 % ✕"), "the provider off is marked: {svg}");
    assert_eq!(svg.matches("<svg").count(), 2, "the chart nests inside the frame: {svg}");
}

#[test]
fn the_preview_card_is_1200_by_630_and_escapes_data_text() {
    use cloudfall_draw::card::card_svg;
    let scenario = seed_scenario(Lang::En);
    let summary = summarise(&model(), &scenario, "2026-12-02");
    let svg = card_svg(&model(), &scenario, &summary).unwrap();
    assert!(svg.contains("viewBox=\"0 0 1200 630\""), "{svg}");
    assert!(!svg.contains("<script"), "{svg}");
    assert!(svg.contains("Switched off: DynamoDB (us-east-1)"), "{svg}");
    assert!(svg.contains("2 of 3 web services go"), "{svg}");
}

#[test]
fn preview_tags_are_relative_unless_a_public_address_is_given_and_escape_text() {
    use cloudfall_draw::card::preview_tags;
    let summary = summarise(&model(), &seed_scenario(Lang::En), "2026-12-02");
    let tags = preview_tags(&summary, "");
    assert!(tags.contains("<meta property=\"og:image\" content=\"snapshot/og-image.png\" />"), "{tags}");
    assert!(tags.contains("<meta name=\"twitter:card\" content=\"summary_large_image\" />"), "{tags}");
    assert!(tags.contains("property=\"og:description\" content=\"A few cloud providers"), "{tags}");
    let tags = preview_tags(&summary, "https://news.example/graphics/cloudfall/");
    assert!(
        tags.contains("content=\"https://news.example/graphics/cloudfall/snapshot/og-image.png\""),
        "absolute when published: {tags}"
    );
    let mut hostile = summary.clone();
    hostile.headline = "\"><script>x</script>".into();
    let tags = preview_tags(&hostile, "");
    assert!(!tags.contains("<script") && tags.contains("&quot;&gt;&lt;script&gt;"), "{tags}");
}

#[test]
fn the_map_picture_draws_every_node_in_its_state_with_the_context() {
    use cloudfall_draw::map::map_svg;
    let model = model();
    let scenario = seed_scenario(Lang::En);
    let derived = cloudfall_model::derive(&model, &scenario);
    let summary = summarise(&model, &scenario, "2026-12-02");
    let svg = map_svg(&model, &scenario, &derived, &summary.context).unwrap();
    assert!(
        svg.contains(">\n&lt;script&gt;alert(1)…\n<"),
        "the label, cut between words to fit its box, escaped: {svg}"
    );
    assert!(!svg.contains("<script"), "{svg}");
    for label in ["AWS", "us-east-1", "DynamoDB", "=News", "Calm"] {
        assert!(
            svg.contains(&format!(">\n{label}\n<")) || svg.contains(&format!(">{label}<")),
            "missing {label}: {svg}"
        );
    }
    assert!(svg.contains("fill=\"none\" stroke=\"#942420\""), "what is off is outlined: {svg}");
    assert_eq!(
        svg.matches("fill=\"#222222\"").count(),
        4,
        "DynamoDB and the two services are down, and the key's box: {svg}"
    );
    assert!(svg.contains("Switched off: DynamoDB (us-east-1)") && svg.contains("Wire, “Outage”"), "{svg}");
    assert_eq!(svg.matches("<svg").count(), 2, "the map nests inside the frame: {svg}");
}

/// WCAG's relative luminance and contrast ratio, for the exported map's boxes.
fn contrast(a: plotters::style::RGBColor, b: plotters::style::RGBColor) -> f64 {
    let luminance = |c: plotters::style::RGBColor| {
        let channel = |v: u8| {
            let v = f64::from(v) / 255.0;
            if v <= 0.03928 {
                v / 12.92
            } else {
                ((v + 0.055) / 1.055).powf(2.4)
            }
        };
        0.2126 * channel(c.0) + 0.7152 * channel(c.1) + 0.0722 * channel(c.2)
    };
    let (x, y) = (luminance(a), luminance(b));
    (x.max(y) + 0.05) / (x.min(y) + 0.05)
}

#[test]
fn the_map_picture_carries_its_key_in_its_language_and_every_label_reads_on_its_box() {
    use cloudfall_draw::map::{map_svg, state_colours};
    use cloudfall_model::NodeState;
    let model = model();
    for (lang, key) in [
        (Lang::En, ["Down", "Degraded", "Up", "Switched off"]),
        (Lang::Fr, ["En panne", "Dégradé", "En service", "Éteint"]),
    ] {
        let scenario = seed_scenario(lang);
        let derived = cloudfall_model::derive(&model, &scenario);
        let summary = summarise(&model, &scenario, "2026-12-02");
        let svg = map_svg(&model, &scenario, &derived, &summary.context).unwrap();
        for word in key {
            assert!(
                svg.contains(&format!(">\n{word}\n<")) || svg.contains(&format!(">{word}<")),
                "{lang:?}: {word}: {svg}"
            );
        }
    }
    for state in [NodeState::Down, NodeState::Degraded, NodeState::Up] {
        let (ground, ink) = state_colours(state);
        assert!(contrast(ground, ink) >= 4.5, "{state:?}: {:.2}", contrast(ground, ink));
    }
    let (down, _) = state_colours(NodeState::Down);
    let (degraded, _) = state_colours(NodeState::Degraded);
    let (up, _) = state_colours(NodeState::Up);
    assert!(contrast(down, degraded) >= 3.0 && contrast(degraded, up) >= 1.5, "the three grounds stay apart");
}
