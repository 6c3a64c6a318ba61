//! The market-share charts as pure draw functions over any plotters backend: `draw_shares` (one period's shares as
//! bars) and `draw_history` (every period as lines). plotters' `ChartBuilder` lays out each chart, its y axis
//! picks the history's percent ticks, and its coordinate mapping places everything, including the click targets
//! over the bars. One `render` draws either chart into an SVG string. No DOM here: a native test reads the string
//! and the targets. plotters' mesh (`configure_mesh`) is not used: it cost about 5 KB gzip of wasm for a grid
//! and one axis of labels.

use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

/// One bar of the shares chart.
#[derive(Debug, Clone, PartialEq)]
pub struct ShareRow {
    pub label: String,
    pub percent: f64,
    pub approximate: bool,
    /// Drawn dark and hatched when the provider is switched off.
    pub off: bool,
}

/// One provider's share over time: `None` where no source gives a figure for that period.
#[derive(Debug, Clone, PartialEq)]
pub struct HistorySeries {
    pub label: String,
    /// One entry per period, `(percent, approximate)`.
    pub points: Vec<Option<(f64, bool)>>,
}

/// Which chart to draw, with its data.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Chart<'a> {
    /// One period's shares, one bar per row, top to bottom.
    Shares(&'a [ShareRow]),
    /// Every period's shares as lines; `periods` are the x axis, each series has one point per period.
    History { periods: &'a [String], series: &'a [HistorySeries] },
}

/// A rectangle in pixels of the drawing, `(x0, y0, x1, y1)`: an SVG `<rect>` at `x0, y0`, `x1 - x0` wide.
pub type Rect = (i32, i32, i32, i32);

/// What the reader can click on a drawn chart, in pixels of its `width` × `height` drawing (its `viewBox`).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct HitTargets {
    pub width: u32,
    pub height: u32,
    /// Each bar as drawn, in row order (empty for the history chart).
    pub bars: Vec<Rect>,
    /// Each bar's full row across the drawing, a larger click target than the bar, in row order.
    pub rows: Vec<Rect>,
}

/// The height of one bar's row, and of the bar in it, in pixels.
const ROW_HEIGHT: u32 = 34;
const BAR_HEIGHT: u32 = 22;
/// The space above the first row and below the last.
const TOP: u32 = 8;
/// The history chart's height, and the room under its plot for the years.
const HISTORY_HEIGHT: u32 = 300;
const HISTORY_BOTTOM: u32 = 38;
const FONT: &str = "sans-serif";
/// plotters writes `font-size` as this divided by 1.24, so 17 gives about 13.7 px.
const FONT_SIZE: f64 = 17.0;
const TEXT_COLOUR: RGBColor = RGBColor(0x1a, 0x1a, 0x1a);

/// The drawing's size for a chart `width` pixels wide: narrow and very wide requests are clamped.
fn size(chart: &Chart, width: u32) -> (u32, u32) {
    let width = width.clamp(280, 1200);
    match chart {
        Chart::Shares(rows) => (width, TOP * 2 + ROW_HEIGHT * u32::try_from(rows.len()).unwrap_or(0)),
        Chart::History { .. } => (width, HISTORY_HEIGHT),
    }
}

/// Draws `chart` into an SVG string that scales to its container (no fixed width or height), with its click targets.
///
/// # Errors
/// A sentence saying the chart could not be drawn.
pub fn render(chart: &Chart, width: u32) -> Result<(String, HitTargets), String> {
    let (width, height) = size(chart, width);
    let failed = |error: String| format!("The chart could not be drawn: {error}");
    let mut svg = String::new();
    let targets = {
        let root = SVGBackend::with_string(&mut svg, (width, height)).into_drawing_area();
        let targets = match chart {
            Chart::Shares(rows) => draw_shares(&root, rows),
            Chart::History { periods, series } => draw_history(&root, periods, series),
        }
        .map_err(|error| failed(error.to_string()))?;
        root.present().map_err(|error| failed(error.to_string()))?;
        targets
    };
    // Let CSS size the chart: drop the fixed width and height, keep the viewBox.
    let svg = svg.replacen(
        &format!("width=\"{width}\" height=\"{height}\" "),
        "aria-hidden=\"true\" focusable=\"false\" class=\"chart-drawing\" ",
        1,
    );
    Ok((svg, targets))
}

/// Draws one bar per row with its label on the left and its percentage on the right; a switched-off provider's
/// bar is dark and hatched, so "off" does not rest on colour alone. Returns where the bars and rows were drawn.
///
/// The x axis runs from 0 to the largest share (at least 10 %); the y axis counts rows from the top, row `i`
/// spanning `i..i + 1`. Names, bars, percentages and targets are all placed through that one mapping.
///
/// # Errors
/// Whatever the backend reports.
pub fn draw_shares<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    rows: &[ShareRow],
) -> Result<HitTargets, DrawingAreaErrorKind<DB::ErrorType>> {
    let (width, height) = root.dim_in_pixel();
    let label_width = if width < 420 { 92 } else { 130 };
    let scale_max = rows.iter().map(|row| row.percent).fold(10.0_f64, f64::max);
    // The y axis runs downwards, from row 0 at the top to the last row at the bottom.
    let mut chart = ChartBuilder::on(root)
        .margin_top(TOP)
        .margin_bottom(TOP)
        .margin_right(92)
        .set_label_area_size(LabelAreaPosition::Left, label_width)
        .build_cartesian_2d(0.0..scale_max, rows.len() as f64..0.0)?;
    let label_style = text_style(FONT_SIZE, TEXT_COLOUR, Pos::new(HPos::Right, VPos::Center));
    chart.draw_series(rows.iter().enumerate().map(|(i, row)| {
        EmptyElement::at((0.0, i as f64 + 0.5)) + Text::new(row.label.clone(), (-8, 0), label_style.clone())
    }))?;

    // A bar is at least 2 px long, so a share under 1 % still shows.
    let plot_width = chart.plotting_area().dim_in_pixel().0.max(1);
    let shortest = scale_max * 2.0 / f64::from(plot_width);
    let inset = f64::from((ROW_HEIGHT - BAR_HEIGHT) / 2) / f64::from(ROW_HEIGHT);
    let bar = |i: usize, row: &ShareRow| [(0.0, i as f64 + inset), (row.percent.max(shortest), i as f64 + 1.0 - inset)];
    let bar_colour = RGBColor(0x1f, 0x6f, 0xb2);
    let off_colour = RGBColor(0x22, 0x22, 0x22);
    chart.draw_series(
        rows.iter()
            .enumerate()
            .map(|(i, row)| Rectangle::new(bar(i, row), if row.off { off_colour } else { bar_colour }.filled())),
    )?;
    let value_style = text_style(FONT_SIZE, TEXT_COLOUR, Pos::new(HPos::Left, VPos::Center));
    chart.draw_series(rows.iter().enumerate().map(|(i, row)| {
        let mut value = format_percent(row.percent);
        if row.approximate {
            value = format!("~{value}");
        }
        if row.off {
            value.push_str(" ✕");
        }
        EmptyElement::at((row.percent.max(shortest), i as f64 + 0.5)) + Text::new(value, (6, 0), value_style.clone())
    }))?;

    // The targets come from the same mapping that placed the bars.
    let pixels = |[from, to]: [(f64, f64); 2]| -> Rect {
        let ((x0, y0), (x1, y1)) = (chart.backend_coord(&from), chart.backend_coord(&to));
        (x0.min(x1), y0.min(y1), x0.max(x1), y0.max(y1))
    };
    let bars: Vec<Rect> = rows.iter().enumerate().map(|(i, row)| pixels(bar(i, row))).collect();
    let full_width = i32::try_from(width).unwrap_or(i32::MAX);
    let bands = (0..rows.len()).map(|i| {
        let (_, top, _, bottom) = pixels([(0.0, i as f64), (0.0, i as f64 + 1.0)]);
        (0, top, full_width, bottom)
    });
    let bands: Vec<Rect> = bands.collect();
    for (row, &(x0, y0, x1, y1)) in rows.iter().zip(&bars) {
        if row.off {
            hatch(root, (x0, y0, x1, y1))?;
        }
    }
    Ok(HitTargets { width, height, bars, rows: bands })
}

/// White diagonal stripes over a bar, clipped to it.
fn hatch<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    (x0, y0, x1, y1): Rect,
) -> Result<(), DrawingAreaErrorKind<DB::ErrorType>> {
    let side = y1 - y0;
    let mut x = x0 - side;
    while x < x1 {
        let start = (x.max(x0), y1 - (x.max(x0) - x));
        let end_x = (x + side).min(x1);
        root.draw(&PathElement::new(vec![start, (end_x, y1 - (end_x - x))], WHITE.stroke_width(2)))?;
        x += 7;
    }
    Ok(())
}

/// The chart's font at `size`, in `colour`, anchored at `pos`.
fn text_style(size: f64, colour: RGBColor, pos: Pos) -> TextStyle<'static> {
    TextStyle { font: (FONT, size).into_font(), color: colour.to_backend_color(), pos }
}

/// `30 %` style, with no decimals unless the figure has them.
pub fn format_percent(percent: f64) -> String {
    if (percent - percent.round()).abs() < 1e-9 {
        format!("{percent:.0} %")
    } else {
        format!("{percent:.1} %")
    }
}

/// A period's position in quarters (`2019-Q4` → 2019 × 4 + 3); a year alone counts as its last quarter.
pub fn quarter_number(period: &str) -> Option<f64> {
    let (year, quarter) = match period.split_once("-Q") {
        Some((year, quarter)) => (year, quarter.parse::<u8>().ok().filter(|q| (1..=4).contains(q))?),
        None => (period, 4),
    };
    Some(f64::from(year.parse::<u16>().ok()?) * 4.0 + f64::from(quarter) - 1.0)
}

/// The colours of the history lines, told apart by their labels and by filled or hollow points too.
const SERIES_COLOURS: [RGBColor; 6] = [
    RGBColor(0x1f, 0x6f, 0xb2),
    RGBColor(0xc2, 0x41, 0x0c),
    RGBColor(0x2e, 0x7d, 0x32),
    RGBColor(0x6a, 0x1b, 0x9a),
    RGBColor(0x8d, 0x6e, 0x00),
    RGBColor(0x45, 0x5a, 0x64),
];

/// Draws every series as a line over the periods, with a y axis in percent (a grid line every 10 %) and the
/// years under their first quarter. A missing quarter breaks the line: nothing is drawn where no source gives a
/// figure. Approximate figures are hollow points. Nothing here is clickable, so the targets are empty.
///
/// The x axis counts quarters from the first period, so a gap of a year takes the room of four quarters.
///
/// # Errors
/// Whatever the backend reports.
pub fn draw_history<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    periods: &[String],
    series: &[HistorySeries],
) -> Result<HitTargets, DrawingAreaErrorKind<DB::ErrorType>> {
    let (width, height) = root.dim_in_pixel();
    let highest = series.iter().flat_map(|s| s.points.iter().flatten()).map(|(p, _)| *p).fold(0.0_f64, f64::max);
    let max_percent = ((highest / 10.0).ceil() * 10.0).max(10.0);
    let steps: Vec<f64> = {
        let numbers: Vec<f64> =
            periods.iter().enumerate().map(|(i, p)| quarter_number(p).unwrap_or(i as f64)).collect();
        let first = numbers.first().copied().unwrap_or(0.0);
        numbers.iter().map(|n| n - first).collect()
    };
    let span = steps.last().copied().unwrap_or(1.0).max(1.0);
    let small = FONT_SIZE * 0.85;
    let mut chart = ChartBuilder::on(root)
        .margin_top(12)
        .margin_bottom(HISTORY_BOTTOM)
        .margin_right(if width < 420 { 78 } else { 118 })
        .set_label_area_size(LabelAreaPosition::Left, 40)
        .build_cartesian_2d(0.0..span, 0.0..max_percent)?;
    // plotters' own ticks for the percent axis: with one more than the tens, they fall on every multiple of 10.
    let ticks = chart.as_coord_spec().y_spec().key_points((max_percent / 10.0).round() as usize + 1);
    let grid = RGBColor(0xdd, 0xdd, 0xdd);
    chart.draw_series(ticks.iter().map(|&tick| PathElement::new(vec![(0.0, tick), (span, tick)], grid)))?;
    let tick_style = text_style(small, TEXT_COLOUR, Pos::new(HPos::Right, VPos::Center));
    chart.draw_series(
        ticks.iter().map(|&tick| {
            EmptyElement::at((0.0, tick)) + Text::new(format!("{tick:.0} %"), (-4, 0), tick_style.clone())
        }),
    )?;

    // One label per year, under its first quarter, and none that would run into the previous one.
    let period_style = text_style(small, TEXT_COLOUR, Pos::new(HPos::Center, VPos::Top));
    let mut years: Vec<(f64, String)> = Vec::new();
    let mut last_label_x: Option<i32> = None;
    for (i, (period, &step)) in periods.iter().zip(&steps).enumerate() {
        let year = period.get(..4).unwrap_or(period);
        let new_year = i == 0 || periods.get(i - 1).and_then(|previous| previous.get(..4)) != Some(year);
        let (x, _) = chart.backend_coord(&(step, 0.0));
        if new_year && last_label_x.is_none_or(|last| x - last >= 44) {
            years.push((step, year.to_string()));
            last_label_x = Some(x);
        }
    }
    chart.draw_series(
        years
            .into_iter()
            .map(|(step, year)| EmptyElement::at((step, 0.0)) + Text::new(year, (0, 6), period_style.clone())),
    )?;

    // Whether period `i` directly follows period `i - 1` (no quarter missing in between).
    let follows =
        |i: usize| i > 0 && matches!((steps.get(i), steps.get(i - 1)), (Some(a), Some(b)) if a - b <= 1.0 + 1e-9);
    for (n, one) in series.iter().enumerate() {
        let colour = SERIES_COLOURS.get(n % SERIES_COLOURS.len()).copied().unwrap_or(SERIES_COLOURS[0]);
        let mut runs: Vec<Vec<(f64, f64)>> = vec![Vec::new()];
        let mut last = None;
        for (i, point) in one.points.iter().enumerate() {
            if !follows(i) || point.is_none() {
                runs.push(Vec::new());
            }
            if let (Some((percent, approximate)), Some(&step)) = (point, steps.get(i)) {
                let at = (step, *percent);
                if let Some(run) = runs.last_mut() {
                    run.push(at);
                }
                last = Some(at);
                let style = if *approximate { colour.stroke_width(2) } else { colour.filled() };
                chart.draw_series(std::iter::once(Circle::new(at, 3, style)))?;
            }
        }
        let lines = runs.into_iter().filter(|run| run.len() > 1);
        chart.draw_series(lines.map(|run| PathElement::new(run, colour.stroke_width(2))))?;
        if let Some(at) = last {
            let label_style = text_style(small, colour, Pos::new(HPos::Left, VPos::Center));
            // Stagger labels that would sit on top of each other.
            let dy = i32::try_from(n % 2).unwrap_or(0) * 4;
            chart.draw_series(std::iter::once(
                EmptyElement::at(at) + Text::new(one.label.clone(), (8, dy), label_style),
            ))?;
        }
    }
    Ok(HitTargets { width, height, ..HitTargets::default() })
}
