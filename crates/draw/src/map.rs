//! The dependency map as a picture for export: every node in its column (providers, regions, cloud services,
//! suppliers, web services, as the model's layered layout orders them), coloured by its state in the scenario, every
//! link drawn, framed by the scenario's context. Long columns wrap into sub-columns of `ROWS` so the picture stays
//! printable. No DOM and no IO here.

use cloudfall_model::layout::layered;
use cloudfall_model::{Derived, Link, Model, NodeState, Scenario};
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

use crate::market::framed;
use crate::scenario::Context;
use crate::words::words;

/// Rows per sub-column, and the sizes of a box and its slot, in pixels.
const ROWS: usize = 40;
/// The key's row above the columns (what each box's look means), and the width of its swatches.
const KEY_HEIGHT: i32 = 30;
const SWATCH_WIDTH: i32 = 24;
const ROW_HEIGHT: i32 = 22;
const BOX_WIDTH: i32 = 150;
const BOX_HEIGHT: i32 = 17;
const SUB_STRIDE: i32 = 160;
const LAYER_GAP: i32 = 48;
const MARGIN: i32 = 12;

/// The map of `scenario` (its outcome in `derived`) framed by `context`, as SVG.
///
/// # Errors
/// A sentence when the map could not be drawn.
pub fn map_svg(model: &Model, scenario: &Scenario, derived: &Derived, context: &Context) -> Result<String, String> {
    let layout = layered(model);
    // Where each column starts, in pixels, given how many sub-columns it wraps into.
    let mut starts = Vec::new();
    let mut x = MARGIN;
    for &size in layout.layer_sizes() {
        starts.push(x);
        let subs = i32::try_from(size.div_ceil(ROWS).max(1)).unwrap_or(1);
        x += subs * SUB_STRIDE + LAYER_GAP;
    }
    let width = u32::try_from(x - LAYER_GAP + MARGIN).unwrap_or(800).max(300);
    let rows = i32::try_from(layout.max_layer_size().min(ROWS)).unwrap_or(1);
    let height = u32::try_from(KEY_HEIGHT + rows * ROW_HEIGHT + 2 * MARGIN).unwrap_or(300);
    let corner = |index| {
        let (layer, rank) = layout.slot(index);
        let start = starts.get(layer).copied().unwrap_or(MARGIN);
        let sub = i32::try_from(rank / ROWS).unwrap_or(0);
        let row = i32::try_from(rank % ROWS).unwrap_or(0);
        (start + sub * SUB_STRIDE, MARGIN + KEY_HEIGHT + row * ROW_HEIGHT)
    };
    let word = words(scenario.lang);
    let outcome = &derived.outcome;
    let failed = |error: String| format!("The map could not be drawn: {error}");
    let mut svg = String::new();
    {
        let root = SVGBackend::with_string(&mut svg, (width, height)).into_drawing_area();
        root.fill(&WHITE).map_err(|error| failed(error.to_string()))?;
        // Links first, under the boxes: a failing link dark, the others light.
        for (from, to, link) in model.edges() {
            let ((x0, y0), (x1, y1)) = (corner(from), corner(to));
            // A link carries the failure when it is the one that took its dependent down or degraded it.
            let failing = outcome.why(to).get(1) == Some(&from);
            let colour = if failing { crate::ALARM } else { RGBColor(0xd0, 0xd0, 0xd0) };
            // Containment is drawn thinner than a dependency the data states.
            let style = colour.stroke_width(if matches!(link, Link::Contains) { 1 } else { 2 });
            let path = vec![(x0 + BOX_WIDTH, y0 + BOX_HEIGHT / 2), (x1, y1 + BOX_HEIGHT / 2)];
            root.draw(&PathElement::new(path, style)).map_err(|error| failed(error.to_string()))?;
        }
        // A box `width` wide: its ground by state, its border red when it is switched off, and its label in the ink
        // that reads on that ground (`inside`), or in the page's ink beside it (the key's swatches).
        let draw_box = |(x, y): (i32, i32), width: i32, state: NodeState, off: bool, label: String, inside: bool| {
            let (fill, ink) = state_colours(state);
            let border = if off { crate::ALARM.stroke_width(3) } else { RGBColor(0x55, 0x55, 0x55).stroke_width(1) };
            let corners = [(x, y), (x + width, y + BOX_HEIGHT)];
            root.draw(&Rectangle::new(corners, fill.filled())).map_err(|error| failed(error.to_string()))?;
            root.draw(&Rectangle::new(corners, border)).map_err(|error| failed(error.to_string()))?;
            let (ink, at) = if inside { (ink, x + 4) } else { (state_colours(NodeState::Up).1, x + width + 6) };
            let style = TextStyle {
                font: ("sans-serif", 13.0).into_font(),
                color: ink.to_backend_color(),
                pos: Pos::new(HPos::Left, VPos::Center),
            };
            root.draw(&Text::new(label, (at, y + BOX_HEIGHT / 2), style)).map_err(|error| failed(error.to_string()))
        };
        // The key, first: a picture in an article travels without the app's legend. A small swatch of each look,
        // its meaning beside it.
        let key = [
            (NodeState::Down, false, word.key_down),
            (NodeState::Degraded, false, word.key_degraded),
            (NodeState::Up, false, word.key_up),
            (NodeState::Up, true, word.key_off),
        ];
        for (slot, (state, off, label)) in (0i32..).zip(key) {
            draw_box((MARGIN + slot * SUB_STRIDE, MARGIN), SWATCH_WIDTH, state, off, label.to_string(), false)?;
        }
        for (index, node) in model.nodes() {
            let label = box_label(node.label_in(scenario.lang));
            draw_box(corner(index), BOX_WIDTH, outcome.state(index), scenario.off.contains(&node.id), label, true)?;
        }
        root.present().map_err(|error| failed(error.to_string()))?;
    }
    // The frame places the drawing at its own size: drop the fixed size plotters wrote, keep the viewBox.
    let svg = svg.replacen(&format!("width=\"{width}\" height=\"{height}\" "), "", 1);
    framed(&svg, (width, height), context)
}

/// A box's label in the picture: cut between words as the live map cuts it (`label::shorten`), in the characters a
/// box holds; a first word longer than the box is cut inside, the one case the live map squeezes instead.
fn box_label(label: &str) -> String {
    const ROOM: usize = 21;
    let short = cloudfall_model::label::shorten(label, ROOM);
    if short.chars().count() <= ROOM + 1 {
        short.into_owned()
    } else {
        short.chars().take(ROOM).chain(std::iter::once('…')).collect()
    }
}

/// A box's ground and the ink of its label, by state, in the exported map: down near black, degraded a light grey, up
/// white, each with the ink that reads on it (at least 4.5:1, WCAG AA for small text; `tests/scenario.rs` checks it).
pub fn state_colours(state: NodeState) -> (RGBColor, RGBColor) {
    let ink = RGBColor(0x1a, 0x1a, 0x1a);
    match state {
        NodeState::Down => (RGBColor(0x22, 0x22, 0x22), WHITE),
        NodeState::Degraded => (RGBColor(0xc8, 0xc8, 0xc8), ink),
        NodeState::Up => (WHITE, ink),
    }
}

#[cfg(test)]
mod tests {
    use super::box_label;

    #[test]
    fn a_box_label_is_cut_between_words_and_never_runs_past_its_box() {
        assert_eq!(box_label("DynamoDB"), "DynamoDB");
        assert_eq!(box_label("Amazon Web Services Europe Ltd"), "Amazon Web Services…");
        assert_eq!(box_label("HMRC (UK tax office website)"), "HMRC…");
        // One word longer than the box: cut inside it, the only way to keep it in the box.
        let long = box_label("Supercalifragilisticexpialidocious");
        assert_eq!(long.chars().count(), 22);
        assert!(long.ends_with('…'));
    }
}
