//! The picture a shared link previews with (Open Graph, 1200 × 630): the seed scenario's headline and its largest
//! kinds of service on the left, the market chart on the right, the data's version and licence at the foot. Drawn on
//! any plotters backend; the command line writes it as SVG and renders that to PNG. Also the page's `og:` and
//! `twitter:` tags that point at it. No DOM and no IO here.

use cloudfall_model::derive::chosen_table;
use cloudfall_model::{Model, Scenario};
use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

use crate::chart::{draw_shares, ShareRow};
use crate::market::share_rows;
use crate::scenario::{escape_html, wrap, Summary};
use crate::words::words;

/// The size social networks ask for.
pub const CARD_SIZE: (u32, u32) = (1200, 630);

/// The card of `summary` with the market chart the scenario shows, as SVG.
///
/// # Errors
/// A sentence when the card could not be drawn.
pub fn card_svg(model: &Model, scenario: &Scenario, summary: &Summary) -> Result<String, String> {
    let rows = chosen_table(model, scenario).map(|table| share_rows(model, table, scenario)).unwrap_or_default();
    let mut svg = String::new();
    {
        let root = SVGBackend::with_string(&mut svg, CARD_SIZE).into_drawing_area();
        draw_card(&root, summary, &rows).map_err(|error| format!("The preview picture could not be drawn: {error}"))?;
        root.present().map_err(|error| format!("The preview picture could not be drawn: {error}"))?;
    }
    Ok(svg)
}

/// Draws the card: a dark band with the title, the scenario and its headline, the four largest kinds of service
/// that go dark, the market bars, and the data's version and licence.
///
/// # Errors
/// Whatever the backend reports.
pub fn draw_card<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    summary: &Summary,
    rows: &[ShareRow],
) -> Result<(), DrawingAreaErrorKind<DB::ErrorType>> {
    let words = words(summary.lang);
    let ink = RGBColor(0x1a, 0x1a, 0x1a);
    let style = |size: f64, colour: RGBColor| TextStyle {
        font: ("sans-serif", size).into_font(),
        color: colour.to_backend_color(),
        pos: Pos::new(HPos::Left, VPos::Top),
    };
    root.fill(&WHITE)?;
    root.draw(&Rectangle::new([(0, 0), (1200, 112)], ink.filled()))?;
    root.draw(&Text::new(words.title, (48, 30), style(52.0, WHITE)))?;

    let mut y = 146;
    root.draw(&Text::new(summary.context.scenario.clone(), (48, y), style(34.0, ink)))?;
    y += 52;
    for line in wrap(&summary.headline, 30).iter().take(2) {
        root.draw(&Text::new(line.clone(), (48, y), style(40.0, crate::ALARM)))?;
        y += 52;
    }
    y += 12;
    for group in summary.groups.iter().take(4) {
        // As many names as fit whole on the line.
        let mut line = format!("{} {}{}", group.count, group.category, words.colon);
        for (i, (name, _)) in group.named.iter().enumerate() {
            let separator = if i == 0 { "" } else { ", " };
            if line.chars().count() + separator.len() + name.chars().count() > 46 {
                break;
            }
            line.push_str(separator);
            line.push_str(name);
        }
        let line = line.trim_end().trim_end_matches(':').to_string();
        root.draw(&Text::new(line, (48, y), style(27.0, ink)))?;
        y += 40;
    }

    if !rows.is_empty() {
        root.draw(&Text::new(words.market_title, (700, 146), style(24.0, ink)))?;
        let height = 16 + 34 * i32::try_from(rows.len()).unwrap_or(4);
        let area = root.clone().shrink((700, 184), (460, height.max(60)));
        draw_shares(&area, rows)?;
    }

    root.draw(&Rectangle::new([(0, 566), (1200, 630)], RGBColor(0xee, 0xee, 0xee).filled()))?;
    let foot = format!("{} · {}", summary.context.data, summary.context.licence.split(" (").next().unwrap_or_default());
    root.draw(&Text::new(foot.chars().take(96).collect::<String>(), (48, 584), style(24.0, ink)))?;
    Ok(())
}

/// The page's preview tags: `og:` and `twitter:` title, description and image, with the image's size and
/// description. `base` is prepended to the image's address: empty keeps it relative (the default, which works on
/// any host that previews relative images); a publisher sets it to the site's absolute address, which Open Graph
/// asks for.
pub fn preview_tags(summary: &Summary, base: &str) -> String {
    let words = words(summary.lang);
    let description = format!("{} {}. {}.", words.subtitle, summary.context.scenario, summary.headline);
    let image = format!("{base}snapshot/og-image.png");
    let (width, height) = CARD_SIZE;
    let alt = format!("{}. {}.", summary.context.scenario, summary.headline);
    let mut tags = String::new();
    for (attribute, key, value) in [
        ("property", "og:type", "website".to_string()),
        ("property", "og:title", words.title.to_string()),
        ("property", "og:description", description.clone()),
        ("property", "og:image", image.clone()),
        ("property", "og:image:width", width.to_string()),
        ("property", "og:image:height", height.to_string()),
        ("property", "og:image:alt", alt.clone()),
        ("name", "twitter:card", "summary_large_image".to_string()),
        ("name", "twitter:title", words.title.to_string()),
        ("name", "twitter:description", description),
        ("name", "twitter:image", image),
        ("name", "twitter:image:alt", alt),
    ] {
        tags.push_str(&format!("    <meta {attribute}=\"{key}\" content=\"{}\" />\n", escape_html(&value)));
    }
    tags
}
