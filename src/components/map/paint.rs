//! The canvas map's painting, with level of detail: from afar every node is a square of a pixel or two written
//! straight into one image (patterned by state, see `palette::overview_pixel`); nearer, boxes drawn as the SVG
//! map's (fill, outline, dashed when degraded, hatched when down), then the links of what is in view, the ✕ and !
//! marks and the names. Only what is in view is drawn, and each kind of stroke is one path for all the nodes.

use cloudfall_model::certainty::{Certainty, HowKnown};
use cloudfall_model::scenario::HiddenNames;
use cloudfall_model::{Model, NodeIndex, NodeState};
use wasm_bindgen::Clamped;
use web_sys::{CanvasRenderingContext2d, ImageData};

use super::geometry::{Grid, View, BOX_PIXELS, CELL, EDGE_DETAIL, LABEL_PIXELS};
use super::palette::{look, overview_pixel, Mark, ALARM, DEGRADED, EDGE, FOCUS, HATCH, PAPER, UNKNOWN};

/// Boxes at least this many pixels wide are hatched when down, with stripes `HATCH_STEP` apart; at least
/// `MARK_PIXELS`, they carry ✕ or !.
const HATCH_PIXELS: f64 = 6.0;
const HATCH_STEP: f64 = 7.0;
const MARK_PIXELS: f64 = 12.0;

/// Everything one frame of the canvas shows.
pub struct Scene<'a> {
    pub model: &'a Model,
    pub grid: &'a Grid,
    pub view: View,
    /// The canvas in CSS pixels, and in device pixels (`ratio` device pixels to a CSS pixel).
    pub size: (f64, f64),
    pub pixels: (u32, u32),
    pub ratio: f64,
    /// The state to show for each node (the cascade's `display`).
    pub state: &'a dyn Fn(NodeIndex) -> NodeState,
    /// How we know the state shown (`HowKnown::Unaffected` while the cascade has not reached the node).
    pub how: &'a dyn Fn(NodeIndex) -> HowKnown,
    pub selected: Option<NodeIndex>,
    /// Whose names a class link or the mystery challenge hides (not drawn), and whether links are drawn at all
    /// (`Scenario::hides_edges`).
    pub hidden: HiddenNames,
    pub links: bool,
}

impl Scene<'_> {
    fn screen(&self, index: NodeIndex) -> (f64, f64) {
        let (x, y) = self.grid.position(index);
        self.view.screen(x, y)
    }
}

/// Paints the scene; returns how many nodes were drawn.
pub fn paint(context: &CanvasRenderingContext2d, scene: &Scene) -> usize {
    let (width, height) = scene.size;
    context.clear_rect(0.0, 0.0, width, height);
    let size = scene.view.box_pixels().max(1.0);
    if scene.view.box_pixels() < BOX_PIXELS {
        let drawn = paint_pixels(context, scene);
        ring(context, scene, size, 4.0);
        return drawn;
    }
    let in_view: Vec<NodeIndex> = scene
        .model
        .nodes()
        .map(|(index, _)| index)
        .filter(|&index| scene.view.shows(scene.grid.position(index), scene.size))
        .collect();
    if scene.links && in_view.len() <= EDGE_DETAIL {
        paint_links(context, scene, &in_view, size);
    }
    for state in [NodeState::Up, NodeState::Degraded, NodeState::Down] {
        let nodes: Vec<(f64, f64)> =
            in_view.iter().filter(|&&index| (scene.state)(index) == state).map(|&index| scene.screen(index)).collect();
        if !nodes.is_empty() {
            paint_boxes(context, state, &nodes, size);
        }
    }
    if size >= MARK_PIXELS {
        paint_how(context, scene, &in_view, size);
    }
    ring(context, scene, size, 2.0);
    if size >= LABEL_PIXELS {
        context.set_font(&format!("{:.0}px sans-serif", (size / 5.0).clamp(9.0, 14.0)));
        for &index in in_view.iter().filter(|&&index| scene.hidden.masked(index).is_none()) {
            let (x, y) = scene.screen(index);
            context.set_fill_style_str(look((scene.state)(index)).label.css);
            let _ =
                context.fill_text_with_max_width(scene.model.node(index).label(), x + 3.0, y + size / 2.0, size - 6.0);
        }
    }
    in_view.len()
}

/// The overview, when boxes are a pixel or two: every node written straight into one image, which is far cheaper
/// than a hundred thousand rectangles. Returns how many nodes were drawn.
fn paint_pixels(context: &CanvasRenderingContext2d, scene: &Scene) -> usize {
    let (pixels_wide, pixels_high) = scene.pixels;
    let (wide, high) = (pixels_wide as usize, pixels_high as usize);
    let mut buffer = vec![0u8; wide * high * 4];
    let side = (CELL * scene.view.scale * scene.ratio).ceil().max(1.0) as usize;
    let mut drawn = 0;
    for (index, _) in scene.model.nodes() {
        let (x, y) = scene.screen(index);
        let (left, top) = ((x * scene.ratio).floor(), (y * scene.ratio).floor());
        if left < 0.0 || top < 0.0 || left as usize >= wide || top as usize >= high {
            continue;
        }
        drawn += 1;
        let state = (scene.state)(index);
        for row in (top as usize)..(top as usize + side).min(high) {
            for column in (left as usize)..(left as usize + side).min(wide) {
                let at = (row * wide + column) * 4;
                if let Some(pixel) = buffer.get_mut(at..at + 4) {
                    let [r, g, b] = overview_pixel(state, column, row);
                    pixel.copy_from_slice(&[r, g, b, 255]);
                }
            }
        }
    }
    if let Ok(image) = ImageData::new_with_u8_clamped_array_and_sh(Clamped(&buffer), pixels_wide, pixels_high) {
        let _ = context.put_image_data(&image, 0.0, 0.0);
    }
    drawn
}

/// The links of the nodes in view: resting ones thin and grey, those that carry a failure on top in amber or
/// red, each group one path stroked once (not one stroke per link).
fn paint_links(context: &CanvasRenderingContext2d, scene: &Scene, in_view: &[NodeIndex], size: f64) {
    let mut shown = vec![false; scene.model.node_count()];
    for &index in in_view {
        if let Some(flag) = shown.get_mut(index.index()) {
            *flag = true;
        }
    }
    let visible = |index: NodeIndex| shown.get(index.index()).copied().unwrap_or(false);
    let half = size / 2.0;
    for (carries, colour, alpha) in
        [(NodeState::Up, EDGE, 0.35), (NodeState::Degraded, DEGRADED, 0.8), (NodeState::Down, ALARM, 0.8)]
    {
        context.begin_path();
        for (source, target, _) in scene.model.edges() {
            if (visible(source) || visible(target)) && (scene.state)(source) == carries {
                let ((x0, y0), (x1, y1)) = (scene.screen(source), scene.screen(target));
                context.move_to(x0 + size, y0 + half);
                context.line_to(x1, y1 + half);
            }
        }
        context.set_stroke_style_str(colour.css);
        context.set_global_alpha(alpha);
        context.stroke();
    }
    context.set_global_alpha(1.0);
}

/// The boxes of the nodes in one state, whose top-left corners on screen are `corners`, as the SVG map draws
/// them: fill and outline, hatching when down, and once there is room the ✕ or ! mark and the degraded box's dashed
/// outline (a dot in the middle of a degraded box before that).
fn paint_boxes(context: &CanvasRenderingContext2d, state: NodeState, corners: &[(f64, f64)], size: f64) {
    let look = look(state);
    context.begin_path();
    for &(x, y) in corners {
        context.rect(x, y, size, size);
    }
    context.set_fill_style_str(look.fill.css);
    context.fill();
    context.set_stroke_style_str(look.outline.css);
    context.set_line_width((size / 12.0).clamp(1.0, 2.0));
    if look.dashed && size >= MARK_PIXELS {
        // Dashes of 4 and gaps of 2 along each side, as `stroke-dasharray: 4 2` in the CSS. Small boxes, where
        // dashes cannot be told apart, carry a dot instead.
        context.begin_path();
        for &(x, y) in corners {
            dashed_square(context, x, y, size, 4.0, 2.0);
        }
        context.stroke();
    } else if look.outline != look.fill {
        // A down box's outline is its fill: no stroke to draw.
        context.stroke();
    }
    if look.hatched && size >= HATCH_PIXELS {
        // Diagonal stripes 7 pixels apart, as the SVG map's `cf-hatch` pattern: one or two across a small box.
        context.set_stroke_style_str(HATCH.css);
        context.set_line_width(2.5);
        context.begin_path();
        for &(x, y) in corners {
            let mut t = HATCH_STEP;
            while t < 2.0 * size {
                let (a, b) = (t.min(size), (t - size).max(0.0));
                context.move_to(x + a, y + b);
                context.line_to(x + b, y + a);
                t += HATCH_STEP;
            }
        }
        context.stroke();
    }
    if look.dashed && size < MARK_PIXELS {
        // Too small for the "!": a dot in the middle, so a degraded box differs from one that is up by more than hue.
        let dot = size / 3.0;
        context.set_fill_style_str(look.outline.css);
        context.begin_path();
        for &(x, y) in corners {
            context.rect(x + dot, y + dot, dot, dot);
        }
        context.fill();
    }
    if let (Some((mark, colour)), true) = (look.mark, size >= MARK_PIXELS) {
        let side = (size * 0.3).clamp(4.0, 12.0);
        let pad = (size * 0.1).min(4.0);
        context.set_stroke_style_str(colour.css);
        context.set_line_width((side / 5.0).max(1.5));
        context.begin_path();
        for &(x, y) in corners {
            let (left, top) = (x + size - side - pad, y + pad);
            match mark {
                Mark::Cross => {
                    context.move_to(left, top);
                    context.line_to(left + side, top + side);
                    context.move_to(left + side, top);
                    context.line_to(left, top + side);
                }
                Mark::Bang => {
                    let middle = left + side / 2.0;
                    context.move_to(middle, top);
                    context.line_to(middle, top + side * 0.6);
                    context.move_to(middle, top + side * 0.8);
                    context.line_to(middle, top + side);
                }
            }
        }
        context.stroke();
    }
    context.set_line_width(1.0);
}

/// Dashes of `dash` and gaps of `gap` around the square of side `size` at `(x, y)`, added to the current path (as a
/// CSS `stroke-dasharray`, drawn by hand: one path for many boxes, no dash array to pass to the canvas).
fn dashed_square(context: &CanvasRenderingContext2d, x: f64, y: f64, size: f64, dash: f64, gap: f64) {
    let sides = [(x, y, 1.0, 0.0), (x + size, y, 0.0, 1.0), (x + size, y + size, -1.0, 0.0), (x, y + size, 0.0, -1.0)];
    for (left, top, dx, dy) in sides {
        let mut t = 0.0;
        while t < size {
            let end = (t + dash).min(size);
            context.move_to(left + dx * t, top + dy * t);
            context.line_to(left + dx * end, top + dy * end);
            t += dash + gap;
        }
    }
}

/// One kind of how-we-know outline: which nodes get it (by how we know and the state shown), its colour, its dash
/// and gap, and its mark.
type HowOutline = (fn(HowKnown, NodeState) -> bool, &'static str, f64, f64, Option<&'static str>);

/// How we know, as on the SVG map: an inner outline dotted for inferred and dashed for reported (light on a dark
/// box, amber on a degraded one), a dashed amber outline and "~" for a node at risk, a dotted grey one and "?" for a
/// web service the data knows nothing about. One path per kind of outline.
fn paint_how(context: &CanvasRenderingContext2d, scene: &Scene, in_view: &[NodeIndex], size: f64) {
    let inset = 3.0;
    let inner = size - 2.0 * inset;
    let kinds: [HowOutline; 6] = [
        (
            |how, state| how == HowKnown::Affected(Certainty::Inferred) && state == NodeState::Down,
            PAPER.css,
            1.5,
            3.0,
            None,
        ),
        (
            |how, state| how == HowKnown::Affected(Certainty::Inferred) && state != NodeState::Down,
            DEGRADED.css,
            1.5,
            3.0,
            None,
        ),
        (
            |how, state| how == HowKnown::Affected(Certainty::Reported) && state == NodeState::Down,
            PAPER.css,
            6.0,
            3.0,
            None,
        ),
        (
            |how, state| how == HowKnown::Affected(Certainty::Reported) && state != NodeState::Down,
            DEGRADED.css,
            6.0,
            3.0,
            None,
        ),
        (|how, _| matches!(how, HowKnown::AtRisk { .. }), DEGRADED.css, 6.0, 3.0, Some("~")),
        (|how, _| how == HowKnown::Unknown, UNKNOWN.css, 2.0, 2.0, Some("?")),
    ];
    context.set_line_width(1.5);
    context.set_font(&format!("bold {:.0}px sans-serif", (size * 0.3).clamp(9.0, 14.0)));
    for (matches, colour, dash, gap, mark) in kinds {
        let nodes: Vec<(f64, f64)> = in_view
            .iter()
            .filter(|&&index| matches((scene.how)(index), (scene.state)(index)))
            .map(|&index| scene.screen(index))
            .collect();
        if nodes.is_empty() {
            continue;
        }
        context.set_stroke_style_str(colour);
        context.begin_path();
        for &(x, y) in &nodes {
            dashed_square(context, x + inset, y + inset, inner, dash, gap);
        }
        context.stroke();
        if let Some(mark) = mark {
            context.set_fill_style_str(colour);
            for &(x, y) in &nodes {
                let _ = context.fill_text(mark, x + size - size * 0.3, y + size * 0.35);
            }
        }
    }
    context.set_line_width(1.0);
}

/// The focus ring around the selected node, `gap` pixels out.
fn ring(context: &CanvasRenderingContext2d, scene: &Scene, size: f64, gap: f64) {
    if let Some(index) = scene.selected {
        let (x, y) = scene.screen(index);
        context.set_stroke_style_str(FOCUS.css);
        context.set_line_width(3.0);
        context.stroke_rect(x - gap, y - gap, size + 2.0 * gap, size + 2.0 * gap);
        context.set_line_width(1.0);
    }
}
