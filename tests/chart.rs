//! Native tests of the chart's pure draw function: the SVG string plotters writes, and the bar geometry.

#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use cloudfall::chart::{geometry, render_svg, ShareRow};

fn rows() -> Vec<ShareRow> {
    vec![
        ShareRow { label: "AWS".into(), percent: 30.0, approximate: false, off: true },
        ShareRow { label: "Microsoft".into(), percent: 20.0, approximate: false, off: false },
        ShareRow { label: "Others".into(), percent: 24.5, approximate: true, off: false },
    ]
}

#[test]
fn the_svg_holds_every_label_and_percentage() {
    let (svg, _) = render_svg(&rows(), 640).unwrap();
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
        let geometry = geometry(width, &rows());
        let aws = geometry.bars[0].2 - geometry.bars[0].0;
        let microsoft = geometry.bars[1].2 - geometry.bars[1].0;
        assert!((f64::from(aws) / f64::from(microsoft) - 1.5).abs() < 0.05, "{aws} vs {microsoft}");
        let chart_width = i32::try_from(geometry.width).unwrap();
        assert!(geometry.bars.iter().all(|bar| bar.2 + 80 <= chart_width), "{geometry:?}");
    }
}

#[test]
fn history_lines_break_where_a_quarter_has_no_source_and_years_are_labelled() {
    use cloudfall::chart::{quarter_number, render_history_svg, HistorySeries};
    let periods: Vec<String> = ["2019-Q1", "2019-Q2", "2019-Q4", "2020-Q1"].iter().map(|p| p.to_string()).collect();
    let series = vec![HistorySeries {
        label: "AWS".into(),
        points: vec![Some((33.0, false)), Some((32.0, true)), Some((33.0, false)), Some((32.0, false))],
    }];
    let svg = render_history_svg(&periods, &series, 640).unwrap();
    // 2019-Q3 is missing, so two separate lines, not one across the gap.
    let lines = svg.lines().filter(|line| line.starts_with("<polyline") && line.contains("stroke=\"#1F6FB2\"")).count();
    assert_eq!(lines, 2, "{svg}");
    for text in ["2019", "2020", "AWS", "30 %"] {
        assert!(svg.contains(&format!(">{text}<")) || svg.contains(&format!(">\n{text}\n<")), "missing {text}");
    }
    assert_eq!(quarter_number("2019-Q4").unwrap() - quarter_number("2019-Q1").unwrap(), 3.0);
    assert_eq!(quarter_number("2024"), quarter_number("2024-Q4"));
    assert_eq!(quarter_number("soon"), None);
}
