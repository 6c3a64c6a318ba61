//! The market chart with its context, for the page without JavaScript and for exports: the bars of the table the
//! scenario shows, framed by a title, the period and analyst, the data version, licence and sources, all drawn
//! into one SVG. No DOM and no IO here.

use cloudfall_model::derive::chosen_table;
use cloudfall_model::{MarketTable, Model, Scenario, ShareHolder};
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

use crate::chart::{render, Chart, ShareRow};
use crate::scenario::{context, wrap, Context};
use crate::words::words;

/// The bars of `table` for `scenario`: each provider's label in the scenario's language, dark when it is off.
pub fn share_rows(model: &Model, table: &MarketTable, scenario: &Scenario) -> Vec<ShareRow> {
    let words = words(scenario.lang);
    table
        .shares
        .iter()
        .map(|share| {
            let (label, off) = match share.holder {
                ShareHolder::Provider(index) => {
                    let node = model.node(index);
                    (node.label_in(scenario.lang).to_string(), scenario.off.contains(&node.id))
                }
                ShareHolder::Group(label) => ((words.share_label)(label).to_string(), false),
            };
            ShareRow { label, percent: share.percent, approximate: share.approximate, off }
        })
        .collect()
}

/// The context of the chart of `table`: its scope, period and analyst, and its sources.
pub fn market_context(model: &Model, table: &MarketTable, scenario: &Scenario, made: &str) -> Context {
    let words = words(scenario.lang);
    let line = format!("{}, {} ({}), {}", words.market_title, (words.scope)(table.scope), table.period, table.analyst);
    let sources = table
        .sources
        .iter()
        .map(|source| {
            let mut text = format!("{}, \u{201c}{}\u{201d} ({})", source.publisher, source.title, source.date);
            if let Some(url) = &source.url {
                text.push_str(&format!(", {url}"));
            }
            if let Some(via) = &source.via {
                text.push_str(&format!(", {} {via}", words.via));
            }
            text
        })
        .collect();
    let mut context = context(model, line, sources, scenario.lang, made);
    if !scenario.off.is_empty() {
        let off: Vec<String> = scenario
            .off_indices(model)
            .into_iter()
            .map(|index| crate::scenario::display_name(model, index, scenario.lang))
            .collect();
        context.scenario.push_str(&format!(". {}{}{}", words.switched_off, words.colon, off.join(", ")));
    }
    context
}

/// The chart the scenario shows (its period's bars), `width` pixels wide, framed by its context.
///
/// # Errors
/// A sentence when the data has no share table or the chart could not be drawn.
pub fn market_svg(model: &Model, scenario: &Scenario, made: &str, width: u32) -> Result<String, String> {
    let table = chosen_table(model, scenario).ok_or("The data has no market-share table to draw.")?;
    let rows = share_rows(model, table, scenario);
    let (chart, targets) = render(&Chart::Shares(&rows), width)?;
    framed(&chart, (targets.width, targets.height), &market_context(model, table, scenario, made))
}

const LINE: u32 = 20;
const MARGIN: u32 = 16;

/// Puts a drawn chart (an `<svg>` with a `viewBox`, `size` its drawing size) inside a picture with the title and
/// scenario above it and the data, licence and sources below it. The frame's texts are drawn by plotters, which
/// escapes them; the chart keeps its own drawing, placed as a nested `<svg>`.
///
/// # Errors
/// A sentence when the frame could not be drawn or `chart` is not an SVG.
pub fn framed(chart: &str, size: (u32, u32), context: &Context) -> Result<String, String> {
    let (width, chart_height) = size;
    let fits = usize::try_from(width.saturating_sub(2 * MARGIN) / 7).unwrap_or(80).max(20);
    // Each text wrapped to the width, so nothing is cut: the sources are what the picture must carry.
    let wrapped = |text: &str, size: f64| -> Vec<(String, f64)> {
        wrap(text, fits).into_iter().filter(|line| !line.is_empty()).map(|line| (line, size)).collect()
    };
    let mut lines_above = wrapped(&context.title, 20.0);
    lines_above.extend(wrapped(&context.scenario, 15.0));
    let mut lines_below = wrapped(&format!("{}. {}.", context.data, context.made), 13.0);
    lines_below.extend(wrapped(&context.licence, 13.0));
    lines_below
        .extend(wrapped(&format!("{}{}", words(context.lang).sources, words(context.lang).colon.trim_end()), 13.0));
    for source in &context.sources {
        lines_below.extend(wrapped(&format!("– {source}"), 12.0));
    }
    let count = |lines: &[(String, f64)]| u32::try_from(lines.len()).unwrap_or(0);
    let above = MARGIN + count(&lines_above) * LINE + 8;
    let height = above + chart_height + 8 + count(&lines_below) * LINE + MARGIN;
    let failed = |error: String| format!("The picture could not be drawn: {error}");
    let mut svg = String::new();
    {
        let root = SVGBackend::with_string(&mut svg, (width, height)).into_drawing_area();
        root.fill(&WHITE).map_err(|error| failed(error.to_string()))?;
        let style = |size: f64| TextStyle {
            font: ("sans-serif", size).into_font(),
            color: RGBColor(0x1a, 0x1a, 0x1a).to_backend_color(),
            pos: Pos::new(HPos::Left, VPos::Top),
        };
        let x = i32::try_from(MARGIN).unwrap_or(16);
        let line_height = i32::try_from(LINE).unwrap_or(20);
        let mut y = i32::try_from(MARGIN).unwrap_or(16);
        for (text, size) in &lines_above {
            root.draw(&Text::new(text.as_str(), (x, y), style(*size))).map_err(|error| failed(error.to_string()))?;
            y += line_height;
        }
        y = i32::try_from(above + chart_height + 8).unwrap_or(y);
        for (text, size) in &lines_below {
            root.draw(&Text::new(text.as_str(), (x, y), style(*size))).map_err(|error| failed(error.to_string()))?;
            y += line_height;
        }
        root.present().map_err(|error| failed(error.to_string()))?;
    }
    // The chart scales to its container in the page; in a file it takes its drawing size at its place.
    let nested = chart
        .replacen("<svg ", &format!("<svg x=\"0\" y=\"{above}\" width=\"{width}\" height=\"{chart_height}\" "), 1)
        .replace("<?xml version=\"1.0\" encoding=\"UTF-8\"?>", "");
    if !nested.contains("<svg x=") {
        return Err("The picture could not be drawn: the chart is not an SVG.".to_string());
    }
    let end = svg.rfind("</svg>").ok_or_else(|| failed("no end of the drawing".to_string()))?;
    svg.insert_str(end, &nested);
    Ok(svg)
}
