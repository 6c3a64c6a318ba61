//! The market-share chart as a pure draw function over any plotters backend, plus its geometry, which the
//! component also uses to place a click target over each bar. No DOM here: a native test reads the SVG string.

use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

/// One bar of the chart.
#[derive(Debug, Clone, PartialEq)]
pub struct ShareRow {
    pub label: String,
    pub percent: f64,
    pub approximate: bool,
    /// Drawn dark and hatched when the provider is switched off.
    pub off: bool,
}

/// Where things are drawn, in pixels of a chart `width` wide.
#[derive(Debug, Clone, PartialEq)]
pub struct Geometry {
    pub width: u32,
    pub height: u32,
    /// Each bar's rectangle `(x0, y0, x1, y1)`, in row order, also used as the click target.
    pub bars: Vec<(i32, i32, i32, i32)>,
    /// The full row band `(x0, y0, x1, y1)`, a larger click target than the bar.
    pub rows: Vec<(i32, i32, i32, i32)>,
}

const ROW_HEIGHT: i32 = 34;
const BAR_HEIGHT: i32 = 22;
const TOP: i32 = 8;
const FONT: &str = "sans-serif";
/// plotters writes `font-size` as this divided by 1.24, so 17 gives about 13.7 px.
const FONT_SIZE: f64 = 17.0;

/// Lays out `rows` bars in a chart `width` pixels wide. Narrow charts give the labels less room.
pub fn geometry(width: u32, rows: &[ShareRow]) -> Geometry {
    let width = width.clamp(280, 1200);
    let w = i32::try_from(width).unwrap_or(600);
    let label_width = if w < 420 { 92 } else { 130 };
    let value_room = 92;
    let bar_span = (w - label_width - value_room).max(40);
    let scale_max = rows.iter().map(|row| row.percent).fold(10.0_f64, f64::max);
    let mut bars = Vec::with_capacity(rows.len());
    let mut bands = Vec::with_capacity(rows.len());
    for (i, row) in rows.iter().enumerate() {
        let top = TOP + ROW_HEIGHT * i32::try_from(i).unwrap_or(0);
        let y0 = top + (ROW_HEIGHT - BAR_HEIGHT) / 2;
        let length = ((row.percent / scale_max) * f64::from(bar_span)).round() as i32;
        bars.push((label_width, y0, label_width + length.max(2), y0 + BAR_HEIGHT));
        bands.push((0, top, w, top + ROW_HEIGHT));
    }
    let height = TOP * 2 + ROW_HEIGHT * i32::try_from(rows.len()).unwrap_or(0);
    Geometry { width, height: u32::try_from(height).unwrap_or(0), bars, rows: bands }
}

/// Draws the bars, their labels and percentages.
///
/// # Errors
/// Whatever the backend reports.
pub fn draw_shares<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    rows: &[ShareRow],
    geometry: &Geometry,
) -> Result<(), DrawingAreaErrorKind<DB::ErrorType>> {
    let bar_colour = RGBColor(0x1f, 0x6f, 0xb2);
    let off_colour = RGBColor(0x22, 0x22, 0x22);
    let text_colour = RGBColor(0x1a, 0x1a, 0x1a);
    let label_style =
        TextStyle::from((FONT, FONT_SIZE).into_font()).color(&text_colour).pos(Pos::new(HPos::Right, VPos::Center));
    let value_style =
        TextStyle::from((FONT, FONT_SIZE).into_font()).color(&text_colour).pos(Pos::new(HPos::Left, VPos::Center));
    for (row, &(x0, y0, x1, y1)) in rows.iter().zip(&geometry.bars) {
        let middle = (y0 + y1) / 2;
        root.draw(&Text::new(row.label.clone(), (x0 - 8, middle), label_style.clone()))?;
        let colour = if row.off { off_colour } else { bar_colour };
        root.draw(&Rectangle::new([(x0, y0), (x1, y1)], colour.filled()))?;
        if row.off {
            // Hatching, so "off" does not rest on colour alone.
            let mut x = x0 - BAR_HEIGHT;
            while x < x1 {
                let start = (x.max(x0), y1 - (x.max(x0) - x));
                let end_x = (x + BAR_HEIGHT).min(x1);
                let end = (end_x, y1 - (end_x - x));
                root.draw(&PathElement::new(vec![start, end], WHITE.stroke_width(2)))?;
                x += 7;
            }
        }
        let mut value = format_percent(row.percent);
        if row.approximate {
            value = format!("~{value}");
        }
        if row.off {
            value.push_str(" ✕");
        }
        root.draw(&Text::new(value, (x1 + 6, middle), value_style.clone()))?;
    }
    Ok(())
}

/// `30 %` style, with no decimals unless the figure has them.
pub fn format_percent(percent: f64) -> String {
    if (percent - percent.round()).abs() < 1e-9 {
        format!("{percent:.0} %")
    } else {
        format!("{percent:.1} %")
    }
}

/// Renders the chart to an SVG string that scales to its container (no fixed width or height).
///
/// # Errors
/// A sentence saying the chart could not be drawn.
pub fn render_svg(rows: &[ShareRow], width: u32) -> Result<(String, Geometry), String> {
    let geometry = geometry(width, rows);
    let mut svg = String::new();
    {
        let backend = SVGBackend::with_string(&mut svg, (geometry.width, geometry.height));
        let root = backend.into_drawing_area();
        draw_shares(&root, rows, &geometry).map_err(|error| format!("The chart could not be drawn: {error}"))?;
        root.present().map_err(|error| format!("The chart could not be drawn: {error}"))?;
    }
    // Let CSS size the chart: drop the fixed width and height, keep the viewBox.
    let svg = svg.replacen(
        &format!("width=\"{}\" height=\"{}\" ", geometry.width, geometry.height),
        "aria-hidden=\"true\" focusable=\"false\" class=\"chart-drawing\" ",
        1,
    );
    Ok((svg, geometry))
}

/// One provider's share over time: `None` where no source gives a figure for that period.
#[derive(Debug, Clone, PartialEq)]
pub struct HistorySeries {
    pub label: String,
    /// One entry per period, `(percent, approximate)`.
    pub points: Vec<Option<(f64, bool)>>,
}

/// Where the history chart puts things.
#[derive(Debug, Clone, PartialEq)]
pub struct HistoryGeometry {
    pub width: u32,
    pub height: u32,
    left: i32,
    right: i32,
    top: i32,
    bottom: i32,
    max_percent: f64,
    /// Each period's place on the time axis, in quarters from the first (`2017-Q2` → 0, `2017-Q3` → 1, ...).
    steps: Vec<f64>,
}

/// A period's position in quarters (`2019-Q4` → 2019 × 4 + 3); a year alone counts as its last quarter.
pub fn quarter_number(period: &str) -> Option<f64> {
    let (year, quarter) = match period.split_once("-Q") {
        Some((year, quarter)) => (year, quarter.parse::<u8>().ok().filter(|q| (1..=4).contains(q))?),
        None => (period, 4),
    };
    Some(f64::from(year.parse::<u16>().ok()?) * 4.0 + f64::from(quarter) - 1.0)
}

impl HistoryGeometry {
    pub fn new(width: u32, periods: &[String], series: &[HistorySeries]) -> HistoryGeometry {
        let width = width.clamp(280, 1200);
        let highest = series.iter().flat_map(|s| s.points.iter().flatten()).map(|(p, _)| *p).fold(0.0_f64, f64::max);
        let max_percent = ((highest / 10.0).ceil() * 10.0).max(10.0);
        let w = i32::try_from(width).unwrap_or(600);
        let label_room = if w < 420 { 78 } else { 118 };
        HistoryGeometry {
            width,
            height: 300,
            left: 40,
            right: w - label_room,
            top: 12,
            bottom: 262,
            max_percent,
            steps: {
                let numbers: Vec<f64> =
                    periods.iter().enumerate().map(|(i, p)| quarter_number(p).unwrap_or(i as f64)).collect();
                let first = numbers.first().copied().unwrap_or(0.0);
                numbers.iter().map(|n| n - first).collect()
            },
        }
    }

    /// Whether period `i` directly follows period `i - 1` (no quarter missing in between).
    fn follows(&self, i: usize) -> bool {
        i > 0 && matches!((self.steps.get(i), self.steps.get(i - 1)), (Some(a), Some(b)) if a - b <= 1.0 + 1e-9)
    }

    /// The pixel position of `percent` at period number `i`.
    pub fn point(&self, i: usize, percent: f64) -> (i32, i32) {
        let span = self.steps.last().copied().unwrap_or(1.0).max(1.0);
        let step = self.steps.get(i).copied().unwrap_or(0.0);
        let x = f64::from(self.left) + f64::from(self.right - self.left) * step / span;
        let y = f64::from(self.bottom) - f64::from(self.bottom - self.top) * percent / self.max_percent;
        (x.round() as i32, y.round() as i32)
    }
}

/// The colours of the history lines, told apart by dash pattern too (see `draw_history`).
const SERIES_COLOURS: [RGBColor; 6] = [
    RGBColor(0x1f, 0x6f, 0xb2),
    RGBColor(0xc2, 0x41, 0x0c),
    RGBColor(0x2e, 0x7d, 0x32),
    RGBColor(0x6a, 0x1b, 0x9a),
    RGBColor(0x8d, 0x6e, 0x00),
    RGBColor(0x45, 0x5a, 0x64),
];

/// Draws every series as a line over the periods, with a y axis in percent and every fourth period labelled.
///
/// # Errors
/// Whatever the backend reports.
pub fn draw_history<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    periods: &[String],
    series: &[HistorySeries],
    geometry: &HistoryGeometry,
) -> Result<(), DrawingAreaErrorKind<DB::ErrorType>> {
    let grid = RGBColor(0xdd, 0xdd, 0xdd);
    let text_colour = RGBColor(0x1a, 0x1a, 0x1a);
    let small = (FONT, FONT_SIZE * 0.85).into_font();
    let axis_style = TextStyle::from(small.clone()).color(&text_colour).pos(Pos::new(HPos::Right, VPos::Center));
    let period_style = TextStyle::from(small.clone()).color(&text_colour).pos(Pos::new(HPos::Center, VPos::Top));
    let mut tick = 0.0;
    while tick <= geometry.max_percent + 1e-9 {
        let (_, y) = geometry.point(0, tick);
        root.draw(&PathElement::new(vec![(geometry.left, y), (geometry.right, y)], grid.stroke_width(1)))?;
        root.draw(&Text::new(format!("{tick:.0} %"), (geometry.left - 4, y), axis_style.clone()))?;
        tick += 10.0;
    }
    // One label per year, under its first quarter, and none that would run into the next.
    let mut last_label_x: Option<i32> = None;
    for (i, period) in periods.iter().enumerate() {
        let year = period.get(..4).unwrap_or(period);
        let new_year = i == 0 || periods[i - 1].get(..4) != Some(year);
        let (x, _) = geometry.point(i, 0.0);
        if new_year && last_label_x.is_none_or(|last| x - last >= 44) {
            root.draw(&Text::new(year.to_string(), (x, geometry.bottom + 6), period_style.clone()))?;
            last_label_x = Some(x);
        }
    }
    for (n, one) in series.iter().enumerate() {
        let colour = SERIES_COLOURS[n % SERIES_COLOURS.len()];
        let mut run: Vec<(i32, i32)> = Vec::new();
        let mut last = None;
        for (i, point) in one.points.iter().enumerate() {
            // A missing quarter breaks the line: no figure is drawn where no source gives one.
            if !geometry.follows(i) && run.len() > 1 {
                root.draw(&PathElement::new(std::mem::take(&mut run), colour.stroke_width(2)))?;
            } else if !geometry.follows(i) {
                run.clear();
            }
            match point {
                Some((percent, approximate)) => {
                    let at = geometry.point(i, *percent);
                    run.push(at);
                    last = Some(at);
                    let style = if *approximate { colour.stroke_width(2) } else { colour.filled() };
                    root.draw(&Circle::new(at, 3, style))?;
                }
                None if run.len() > 1 => {
                    root.draw(&PathElement::new(std::mem::take(&mut run), colour.stroke_width(2)))?;
                }
                None => run.clear(),
            }
        }
        if run.len() > 1 {
            root.draw(&PathElement::new(run, colour.stroke_width(2)))?;
        }
        if let Some((x, y)) = last {
            let label_style = TextStyle::from(small.clone()).color(&colour).pos(Pos::new(HPos::Left, VPos::Center));
            // Stagger labels that would sit on top of each other.
            let y = y + i32::try_from(n).unwrap_or(0) % 2 * 4;
            root.draw(&Text::new(one.label.clone(), (x + 8, y), label_style))?;
        }
    }
    Ok(())
}

/// Renders the history chart to an SVG string that scales to its container.
///
/// # Errors
/// A sentence saying the chart could not be drawn.
pub fn render_history_svg(periods: &[String], series: &[HistorySeries], width: u32) -> Result<String, String> {
    let geometry = HistoryGeometry::new(width, periods, series);
    let mut svg = String::new();
    {
        let backend = SVGBackend::with_string(&mut svg, (geometry.width, geometry.height));
        let root = backend.into_drawing_area();
        draw_history(&root, periods, series, &geometry)
            .map_err(|error| format!("The chart could not be drawn: {error}"))?;
        root.present().map_err(|error| format!("The chart could not be drawn: {error}"))?;
    }
    Ok(svg.replacen(
        &format!("width=\"{}\" height=\"{}\" ", geometry.width, geometry.height),
        "aria-hidden=\"true\" focusable=\"false\" class=\"chart-drawing\" ",
        1,
    ))
}
