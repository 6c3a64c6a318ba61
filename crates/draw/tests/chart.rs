//! Native tests of the charts' pure draw functions: the SVG string plotters writes, and the click targets that
//! come from the same coordinate mapping as the bars.

#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, clippy::indexing_slicing)]

use cloudfall_draw::chart::{quarter_number, render, Chart, HistorySeries, Rect, ShareRow};

fn rows() -> Vec<ShareRow> {
    vec![
        ShareRow { label: "AWS".into(), percent: 30.0, approximate: false, off: true },
        ShareRow { label: "Microsoft".into(), percent: 20.0, approximate: false, off: false },
        ShareRow { label: "Others".into(), percent: 24.5, approximate: true, off: false },
    ]
}

/// The value of `name="..."` in one SVG element.
fn attribute(element: &str, name: &str) -> Option<i32> {
    let start = element.find(&format!(" {name}=\""))? + name.len() + 3;
    element[start..].split('"').next()?.parse().ok()
}

/// Every filled `<rect>` plotters drew, as `(x, y, x + width, y + height)`, and its fill.
fn drawn_rects(svg: &str) -> Vec<(Rect, String)> {
    svg.lines()
        .filter(|line| line.starts_with("<rect"))
        .filter_map(|line| {
            let (x, y) = (attribute(line, "x")?, attribute(line, "y")?);
            let (w, h) = (attribute(line, "width")?, attribute(line, "height")?);
            let fill = line.split("fill=\"").nth(1)?.split('"').next()?.to_string();
            Some(((x, y, x + w, y + h), fill))
        })
        .collect()
}

#[test]
fn the_svg_holds_every_label_and_percentage() {
    let (svg, _) = render(&Chart::Shares(&rows()), 640).unwrap();
    for text in ["AWS", "Microsoft", "Others", "30 % ✕", "20 %", "~24.5 %"] {
        assert!(
            svg.contains(&format!(">{text}<")) || svg.contains(&format!(">\n{text}\n<")),
            "missing {text} in {svg}"
        );
    }
    assert!(svg.contains("viewBox=\"0 0 640 "));
    assert!(!svg.contains("width=\"640\""), "the chart must scale: {svg}");
}

#[test]
fn bars_are_proportional_and_fit_at_phone_width() {
    for width in [320, 360, 1600] {
        let (_, targets) = render(&Chart::Shares(&rows()), width).unwrap();
        let aws = targets.bars[0].2 - targets.bars[0].0;
        let microsoft = targets.bars[1].2 - targets.bars[1].0;
        assert!((f64::from(aws) / f64::from(microsoft) - 1.5).abs() < 0.05, "{aws} vs {microsoft}");
        let chart_width = i32::try_from(targets.width).unwrap();
        assert!(targets.bars.iter().all(|bar| bar.2 + 80 <= chart_width), "{targets:?}");
    }
}

#[test]
fn each_bar_s_click_target_covers_the_bar_drawn() {
    for width in [320, 640, 1200] {
        let (svg, targets) = render(&Chart::Shares(&rows()), width).unwrap();
        let bars: Vec<Rect> = drawn_rects(&svg)
            .into_iter()
            .filter(|(_, fill)| fill == "#1F6FB2" || fill == "#222222")
            .map(|(rect, _)| rect)
            .collect();
        assert_eq!(bars, targets.bars, "the targets are the bars plotters drew, at {width} px");
        let chart_width = i32::try_from(targets.width).unwrap();
        for (i, (bar, row)) in bars.iter().zip(&targets.rows).enumerate() {
            assert!(row.0 <= bar.0 && row.1 <= bar.1 && bar.2 <= row.2 && bar.3 <= row.3, "row {i}: {row:?} {bar:?}");
            assert_eq!((row.0, row.2), (0, chart_width), "a row spans the chart");
        }
        // Rows are stacked without gaps or overlaps, top to bottom, inside the drawing.
        for pair in targets.rows.windows(2) {
            assert_eq!(pair[0].3, pair[1].1, "{:?}", targets.rows);
        }
        let height = i32::try_from(targets.height).unwrap();
        assert!(targets.rows.first().unwrap().1 >= 0 && targets.rows.last().unwrap().3 <= height);
    }
}

#[test]
fn a_switched_off_provider_is_dark_and_hatched() {
    let (svg, targets) = render(&Chart::Shares(&rows()), 640).unwrap();
    let fills: Vec<String> = drawn_rects(&svg).into_iter().map(|(_, fill)| fill).collect();
    assert_eq!(fills.iter().filter(|fill| *fill == "#222222").count(), 1, "{fills:?}");
    let (x0, y0, x1, y1) = targets.bars[0];
    let stripes: Vec<&str> =
        svg.lines().filter(|line| line.starts_with("<polyline") && line.contains("stroke=\"#FFFFFF\"")).collect();
    assert!(stripes.len() > 3, "{svg}");
    for stripe in stripes {
        let points = stripe.split("points=\"").nth(1).unwrap().split('"').next().unwrap();
        for point in points.split_whitespace() {
            let (x, y) = point.split_once(',').unwrap();
            let (x, y): (i32, i32) = (x.parse().unwrap(), y.parse().unwrap());
            assert!((x0..=x1 + 1).contains(&x) && (y0..=y1 + 1).contains(&y), "{point} outside the bar");
        }
    }
}

#[test]
fn a_tiny_share_still_shows_a_bar() {
    let rows = vec![
        ShareRow { label: "Big".into(), percent: 40.0, approximate: false, off: false },
        ShareRow { label: "Tiny".into(), percent: 0.1, approximate: false, off: false },
    ];
    let (_, targets) = render(&Chart::Shares(&rows), 640).unwrap();
    assert!(targets.bars[1].2 - targets.bars[1].0 >= 1, "{targets:?}");
    let (_, empty) = render(&Chart::Shares(&[]), 640).unwrap();
    assert!(empty.bars.is_empty() && empty.rows.is_empty());
}

#[test]
fn history_lines_break_where_a_quarter_has_no_source_and_years_are_labelled() {
    let periods: Vec<String> = ["2019-Q1", "2019-Q2", "2019-Q4", "2020-Q1"].iter().map(|p| p.to_string()).collect();
    let series = vec![HistorySeries {
        label: "AWS".into(),
        points: vec![Some((33.0, false)), Some((32.0, true)), Some((33.0, false)), Some((32.0, false))],
    }];
    let (svg, targets) = render(&Chart::History { periods: &periods, series: &series }, 640).unwrap();
    assert!(targets.bars.is_empty() && targets.rows.is_empty(), "nothing to click in the history");
    // 2019-Q3 is missing, so two separate lines, not one across the gap.
    let lines = svg.lines().filter(|line| line.starts_with("<polyline") && line.contains("stroke=\"#1F6FB2\"")).count();
    assert_eq!(lines, 2, "{svg}");
    for text in ["2019", "2020", "AWS", "0 %", "10 %", "20 %", "30 %", "40 %"] {
        assert!(svg.contains(&format!(">{text}<")) || svg.contains(&format!(">\n{text}\n<")), "missing {text}");
    }
    assert!(!svg.contains(">50 %<") && !svg.contains(">5 %<"), "one tick every 10 %, up to the highest: {svg}");
    assert_eq!(quarter_number("2019-Q4").unwrap() - quarter_number("2019-Q1").unwrap(), 3.0);
    assert_eq!(quarter_number("2024"), quarter_number("2024-Q4"));
    assert_eq!(quarter_number("soon"), None);
}

#[test]
fn a_missing_figure_breaks_the_line_and_an_empty_history_still_draws() {
    let periods: Vec<String> = ["2019-Q1", "2019-Q2", "2019-Q3", "2019-Q4"].iter().map(|p| p.to_string()).collect();
    let series =
        vec![HistorySeries { label: "AWS".into(), points: vec![Some((30.0, false)), Some((31.0, false)), None, None] }];
    let (svg, _) = render(&Chart::History { periods: &periods, series: &series }, 640).unwrap();
    let lines = svg.lines().filter(|line| line.starts_with("<polyline") && line.contains("stroke=\"#1F6FB2\"")).count();
    assert_eq!(lines, 1, "{svg}");
    assert!(render(&Chart::History { periods: &[], series: &[] }, 640).is_ok());
}

#[test]
fn a_hostile_name_is_text_in_the_chart_svg_never_markup() {
    let hostile = "<img src=x onerror=alert(1)>\"&'";
    let rows = vec![ShareRow { label: hostile.into(), percent: 30.0, approximate: false, off: false }];
    let (svg, _) = render(&Chart::Shares(&rows), 640).unwrap();
    assert!(!svg.contains("<img"), "{svg}");
    assert!(svg.contains("&lt;img src=x onerror=alert(1)&gt;"), "{svg}");
    let series = vec![HistorySeries { label: hostile.into(), points: vec![Some((30.0, false)), Some((31.0, true))] }];
    let periods = vec!["2024-Q4".to_string(), "2025-Q1".to_string()];
    let (svg, _) = render(&Chart::History { periods: &periods, series: &series }, 640).unwrap();
    assert!(!svg.contains("<img"), "{svg}");
}
