//! The maps' pure geometry: where each node sits on screen, which node an arrow key reaches, edge shapes, the
//! canvas map's grid, view, zoom and hit-testing. Plain arithmetic on the model's `Layout`: no yew and no web-sys
//! here, so every rule is unit-tested natively (`cargo test -p cloudfall`).

use std::borrow::Cow;

use cloudfall_model::layout::{relative, Layout};
use cloudfall_model::{EvidenceKind, Link, Model, NodeIndex};

/// Below this viewport width the SVG map runs top to bottom and wraps to fit.
pub const NARROW_BELOW: u32 = 700;

/// Horizontal room the page takes around the map (page and panel padding, border), in CSS pixels.
const PAGE_CHROME: u32 = 62;
/// Wide maps split a column taller than this into side-by-side sub-columns.
const ROWS_MAX: usize = 36;
/// Wide maps: distance between sub-columns of one layer, and the extra gap between layers (room for edges).
const SUB_STRIDE: f64 = 148.0;
const LAYER_GAP: f64 = 60.0;
/// The zoom levels a reader of the SVG map steps through; "fit" picks the level that shows the whole width,
/// within these bounds.
pub const ZOOMS: [f64; 5] = [0.5, 0.65, 0.8, 1.0, 1.25];

/// Pixel geometry of the SVG map: left to right on wide screens; on narrow ones, top to bottom with each column of
/// the layout wrapped into rows of `per_row` nodes, so the whole map fits the width of a phone without scrolling.
#[derive(Debug)]
pub struct Frame {
    pub narrow: bool,
    pub node_width: f64,
    pub node_height: f64,
    /// Wide: distance between columns. Narrow: distance between rows of nodes.
    layer_stride: f64,
    /// Wide: length of the tallest column. Narrow: distance between nodes in a row.
    span: f64,
    padding: f64,
    /// Narrow only: nodes per row, and where each layer starts (in rows, counting layer gaps).
    per_row: usize,
    layer_rows: Vec<f64>,
    /// Wide only: how many side-by-side sub-columns each layer is split into, and where each layer starts.
    sub_columns: Vec<usize>,
    layer_x: Vec<f64>,
}

impl Frame {
    pub fn new(layout: &Layout, viewport: u32) -> Frame {
        let narrow = viewport < NARROW_BELOW;
        let padding = 10.0;
        if !narrow {
            let sub_columns: Vec<usize> =
                layout.layer_sizes().iter().map(|&size| size.div_ceil(ROWS_MAX).max(1)).collect();
            let tallest = layout
                .layer_sizes()
                .iter()
                .zip(&sub_columns)
                .map(|(&size, &subs)| size.div_ceil(subs))
                .max()
                .unwrap_or(1)
                .max(1) as f64;
            let mut layer_x = Vec::with_capacity(sub_columns.len() + 1);
            let mut x = padding;
            for &subs in &sub_columns {
                layer_x.push(x);
                x += subs as f64 * SUB_STRIDE + LAYER_GAP;
            }
            layer_x.push(x);
            return Frame {
                narrow,
                node_width: 138.0,
                node_height: 28.0,
                layer_stride: 0.0,
                span: tallest * 36.0,
                padding,
                per_row: 0,
                layer_rows: Vec::new(),
                sub_columns,
                layer_x,
            };
        }
        let (narrowest, widest, gap) = (96.0, 150.0, 4.0);
        let room = f64::from(viewport.saturating_sub(PAGE_CHROME)) - 2.0 * padding + gap;
        let per_row = ((room / (narrowest + gap)).floor() as usize).max(1);
        // Share the room between the nodes of a row, so labels get all the width there is.
        let node_width = (room / per_row as f64 - gap).clamp(narrowest, widest);
        // Each layer takes its rows plus one row's worth of gap, so edges between layers stay visible.
        let mut layer_rows = Vec::with_capacity(layout.layer_sizes().len() + 1);
        let mut rows = 0.0;
        for &size in layout.layer_sizes() {
            layer_rows.push(rows);
            rows += size.div_ceil(per_row) as f64 + 0.8;
        }
        layer_rows.push(rows);
        Frame {
            narrow,
            node_width,
            // Two lines of label (`fit_label`).
            node_height: 36.0,
            layer_stride: 44.0,
            span: node_width + gap,
            padding,
            per_row,
            layer_rows,
            sub_columns: Vec::new(),
            layer_x: Vec::new(),
        }
    }

    /// The top-left corner of a node's box.
    pub fn corner(&self, layout: &Layout, index: NodeIndex) -> (f64, f64) {
        let (layer, rank) = layout.slot(index);
        let size = layout.layer_sizes().get(layer).copied().unwrap_or(1);
        if self.narrow {
            let (row, column) = (rank / self.per_row, rank % self.per_row);
            // Centre the last, shorter row.
            let in_row = (size - row * self.per_row).min(self.per_row);
            let indent = (self.per_row - in_row) as f64 * self.span / 2.0;
            let top = self.layer_rows.get(layer).copied().unwrap_or(0.0) + row as f64;
            (self.padding + indent + column as f64 * self.span, self.padding + top * self.layer_stride)
        } else {
            // Interleave the ranks over the sub-columns, so the barycentre order still runs top to bottom.
            let subs = self.sub_columns.get(layer).copied().unwrap_or(1).max(1);
            let (row, sub) = (rank / subs, rank % subs);
            let along = self.padding + relative(row, size.div_ceil(subs)) * self.span;
            let x = self.layer_x.get(layer).copied().unwrap_or(self.padding) + sub as f64 * SUB_STRIDE;
            (x, along - self.node_height / 2.0)
        }
    }

    /// How a layer of `size` nodes is drawn in lines (see `neighbours`): how many lines, and at most how many nodes
    /// in each.
    fn lines_of(&self, layer: usize, size: usize) -> (usize, usize) {
        if self.narrow {
            (size.div_ceil(self.per_row), self.per_row)
        } else {
            let subs = self.sub_columns.get(layer).copied().unwrap_or(1).max(1);
            (subs, size.div_ceil(subs))
        }
    }

    /// The line of its layer a node of rank `rank` is drawn in, and its place in that line (as `corner` draws it).
    fn line_place(&self, layer: usize, rank: usize) -> (usize, usize) {
        if self.narrow {
            (rank / self.per_row, rank % self.per_row)
        } else {
            let subs = self.sub_columns.get(layer).copied().unwrap_or(1).max(1);
            (rank % subs, rank / subs)
        }
    }

    /// The width and height of the whole map, in SVG units.
    pub fn size(&self) -> (f64, f64) {
        if self.narrow {
            let rows = self.layer_rows.last().copied().unwrap_or(0.0) - 0.8;
            (self.padding * 2.0 + self.per_row as f64 * self.span, self.padding * 2.0 + rows * self.layer_stride)
        } else {
            let right = self.layer_x.last().copied().unwrap_or(self.padding) - LAYER_GAP - SUB_STRIDE + self.node_width;
            (right + self.padding, self.padding * 2.0 + self.span)
        }
    }

    /// A curve from the source's outgoing side to the target's incoming side, as SVG path data.
    pub fn edge_path(&self, from: (f64, f64), to: (f64, f64)) -> String {
        if self.narrow {
            let (x0, y0) = (from.0 + self.node_width / 2.0, from.1 + self.node_height);
            let (x1, y1) = (to.0 + self.node_width / 2.0, to.1);
            let bend = (y1 - y0) / 2.0;
            let (x0, y0, x1, y1, b0, b1) =
                (Tenths(x0), Tenths(y0), Tenths(x1), Tenths(y1), Tenths(y0 + bend), Tenths(y1 - bend));
            format!("M{x0},{y0} C{x0},{b0} {x1},{b1} {x1},{y1}")
        } else {
            let (x0, y0) = (from.0 + self.node_width, from.1 + self.node_height / 2.0);
            let (x1, y1) = (to.0, to.1 + self.node_height / 2.0);
            let bend = (x1 - x0) / 2.0;
            let (x0, y0, x1, y1, b0, b1) =
                (Tenths(x0), Tenths(y0), Tenths(x1), Tenths(y1), Tenths(x0 + bend), Tenths(x1 - bend));
            format!("M{x0},{y0} C{b0},{y0} {b1},{y1} {x1},{y1}")
        }
    }

    /// The label, cut between words with an ellipsis when it would overflow the box (about `CHAR_PX` a character, or
    /// `PROJECTOR_CHAR_PX` for the projector's larger bold labels; room for an icon), so its accessible name still
    /// contains what it shows. What still overflows once drawn is squeezed (`node_state::use_label_fit`), so a label a
    /// little too long comes whole rather than cut to a first word that says nothing ("eu…"). On a phone, whose boxes
    /// are tall enough for two lines of the usual labels (not the projector's), a label too long for one takes two
    /// (`label::two_lines`), written with a line break between them: "Cloudflare\nWorkers KV", not "Cloudflare…".
    pub fn fit_label<'a>(&self, label: &'a str, projector: bool) -> Cow<'a, str> {
        let char_px = if projector { PROJECTOR_CHAR_PX } else { CHAR_PX };
        let room = (label_room(self.node_width) / char_px) as usize;
        if !self.narrow || projector {
            return cloudfall_model::label::shorten_to_squeeze(label, room);
        }
        match cloudfall_model::label::two_lines(label, room) {
            (top, Some(bottom)) => Cow::Owned(format!("{top}\n{bottom}")),
            (top, None) => top,
        }
    }

    /// The zoom that shows the whole width of a map `width` wide in a viewport `viewport` wide (the page's width
    /// less its padding; the details open in a drawer above the map), within the zoom levels.
    pub fn fit_zoom(viewport: u32, width: f64) -> f64 {
        let room = f64::from(viewport.min(1232).saturating_sub(PAGE_CHROME + 40));
        (room / width).clamp(ZOOMS[0], 1.0)
    }
}

/// The next zoom level from `zoom`, in (`inwards`) or out; `None` at either end.
pub fn zoom_step(zoom: f64, inwards: bool) -> Option<f64> {
    if inwards {
        ZOOMS.iter().copied().find(|&z| z > zoom + 1e-6)
    } else {
        ZOOMS.iter().rev().copied().find(|&z| z < zoom - 1e-6)
    }
}

/// The kind of evidence an edge is drawn as (a CSS class of the SVG map).
pub fn edge_kind(link: &Link) -> &'static str {
    match link {
        Link::Contains => "contains",
        Link::Uses(dependency) => match dependency.strongest_evidence() {
            EvidenceKind::Documented => "documented",
            EvidenceKind::Reported => "reported",
            EvidenceKind::Inferred => "inferred",
        },
    }
}

/// An arrow key, as the reader sees it on the screen.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Arrow {
    Up,
    Down,
    Left,
    Right,
}

impl Arrow {
    /// The arrow of a `KeyboardEvent.key`, if it is one.
    pub fn from_key(key: &str) -> Option<Arrow> {
        match key {
            "ArrowUp" => Some(Arrow::Up),
            "ArrowDown" => Some(Arrow::Down),
            "ArrowLeft" => Some(Arrow::Left),
            "ArrowRight" => Some(Arrow::Right),
            _ => None,
        }
    }
}

/// For the arrow keys: each node's neighbour above, below, to the left and to the right, as drawn.
#[derive(Debug, Default, PartialEq)]
pub struct Neighbours(Vec<[Option<NodeIndex>; 4]>);

impl Neighbours {
    /// The node the arrow key moves to from `index`, if any.
    pub fn get(&self, index: NodeIndex, arrow: Arrow) -> Option<NodeIndex> {
        self.0.get(index.index()).and_then(|around| around.get(arrow as usize).copied().flatten())
    }
}

/// Each node's neighbours on screen. The map is drawn in lines: columns on wide screens (a layer split into
/// side-by-side sub-columns is several lines), rows on narrow ones, each line holding its nodes in order. The arrow
/// along a line moves to the next node in it; an arrow across moves to the node of the next line nearest on
/// screen (by the top-left corners of the boxes, `corners`, indexed by `NodeIndex`). At the end of a line, or
/// beside the last line, nothing moves.
///
/// # Complexity
/// O(V × L) for lines of at most L nodes (36 on wide screens, a phone's row on narrow ones): no sort, the lines
/// come from the layout.
pub fn neighbours(frame: &Frame, layout: &Layout, corners: &[(f64, f64)]) -> Neighbours {
    // Where each layer's lines start, each line with room for its longest run.
    let mut first_line = Vec::with_capacity(layout.layer_sizes().len());
    let mut lines: Vec<Vec<Option<NodeIndex>>> = Vec::new();
    for (layer, &size) in layout.layer_sizes().iter().enumerate() {
        first_line.push(lines.len());
        let (count, room) = frame.lines_of(layer, size);
        lines.extend((0..count).map(|_| vec![None; room]));
    }
    let place = |index: NodeIndex| {
        let (layer, rank) = layout.slot(index);
        let (line, at) = frame.line_place(layer, rank);
        (first_line.get(layer).copied().unwrap_or(0) + line, at)
    };
    for index in (0..corners.len()).map(NodeIndex::new) {
        let (line, at) = place(index);
        if let Some(slot) = lines.get_mut(line).and_then(|line| line.get_mut(at)) {
            *slot = Some(index);
        }
    }
    // Only the end of a line is ever empty, so a node keeps its place.
    let lines: Vec<Vec<NodeIndex>> = lines.into_iter().map(|line| line.into_iter().flatten().collect()).collect();
    let along = |index: NodeIndex| {
        let (x, y) = corners.get(index.index()).copied().unwrap_or_default();
        if frame.narrow {
            x
        } else {
            y
        }
    };
    // The node of line `l` nearest on screen to `at` along it.
    let nearest = |l: Option<usize>, at: f64| -> Option<NodeIndex> {
        lines.get(l?)?.iter().copied().min_by(|&a, &b| (along(a) - at).abs().total_cmp(&(along(b) - at).abs()))
    };
    let around = (0..corners.len())
        .map(NodeIndex::new)
        .map(|index| {
            let (l, at) = place(index);
            let line = lines.get(l).map_or(&[][..], Vec::as_slice);
            let before = at.checked_sub(1).and_then(|at| line.get(at)).copied();
            let after = line.get(at + 1).copied();
            let (previous, next) = (nearest(l.checked_sub(1), along(index)), nearest(Some(l + 1), along(index)));
            if frame.narrow {
                [previous, next, before, after]
            } else {
                [before, after, previous, next]
            }
        })
        .collect();
    Neighbours(around)
}

/// The canvas map: world units per node cell, a box of 10 and a gap of 2.
pub const CELL: f64 = 12.0;
pub const BOX: f64 = 10.0;
/// The canvas map: empty cells between two layers.
const GRID_LAYER_GAP: f64 = 8.0;
/// The canvas map's levels of detail: below this many pixels a box is a pixel square of the overview; links are
/// drawn when at most `EDGE_DETAIL` nodes are in view; names when a box is at least `LABEL_PIXELS` wide.
pub const BOX_PIXELS: f64 = 3.0;
pub const EDGE_DETAIL: usize = 4_000;
pub const LABEL_PIXELS: f64 = 56.0;

/// Where every node of the canvas map sits, in world units: each layer is a block of columns, all blocks the same
/// height.
#[derive(Debug)]
pub struct Grid {
    rows: usize,
    /// Per layer: its left edge and its nodes by rank.
    blocks: Vec<(f64, Vec<Option<NodeIndex>>)>,
    positions: Vec<(f64, f64)>,
    pub width: f64,
    pub height: f64,
}

impl Grid {
    pub fn new(model: &Model, layout: &Layout) -> Grid {
        let sizes = layout.layer_sizes();
        let tallest = sizes.iter().copied().max().unwrap_or(1).max(1);
        // The tallest layer about two and a half times as wide as tall, so the whole map suits a wide screen.
        let rows = ((tallest as f64 / 2.5).sqrt().ceil() as usize).clamp(1, tallest);
        let mut blocks: Vec<(f64, Vec<Option<NodeIndex>>)> = Vec::with_capacity(sizes.len());
        let mut x = 0.0;
        for &size in sizes {
            blocks.push((x, vec![None; size]));
            x += (size.div_ceil(rows) as f64 + GRID_LAYER_GAP) * CELL;
        }
        let mut positions = vec![(0.0, 0.0); model.node_count()];
        for (index, _) in model.nodes() {
            let (layer, rank) = layout.slot(index);
            if let Some((left, slots)) = blocks.get_mut(layer) {
                if let Some(slot) = slots.get_mut(rank) {
                    *slot = Some(index);
                }
                if let Some(position) = positions.get_mut(index.index()) {
                    *position = (*left + (rank / rows) as f64 * CELL, (rank % rows) as f64 * CELL);
                }
            }
        }
        Grid { rows, blocks, positions, width: (x - GRID_LAYER_GAP * CELL).max(CELL), height: rows as f64 * CELL }
    }

    /// The top-left corner of a node's box, in world units.
    pub fn position(&self, index: NodeIndex) -> (f64, f64) {
        self.positions.get(index.index()).copied().unwrap_or_default()
    }

    /// The node whose box holds the world point `(x, y)`; `None` in the gaps between boxes and outside the map.
    pub fn hit(&self, x: f64, y: f64) -> Option<NodeIndex> {
        let (left, slots) = self.blocks.iter().rev().find(|(left, _)| x >= *left)?;
        let (column, row) = (((x - left) / CELL).floor(), (y / CELL).floor());
        let inside = (x - left) - column * CELL <= BOX && y - row * CELL <= BOX;
        if !inside || column < 0.0 || row < 0.0 || row as usize >= self.rows {
            return None;
        }
        slots.get(column as usize * self.rows + row as usize).copied().flatten()
    }
}

/// What part of the world the canvas shows: screen pixel = world × scale + offset.
#[derive(Clone, Copy, PartialEq, Debug)]
pub struct View {
    pub scale: f64,
    pub x: f64,
    pub y: f64,
}

impl View {
    /// The view that shows the whole grid, centred, on a canvas `width` × `height` CSS pixels.
    pub fn fit(grid: &Grid, width: f64, height: f64) -> View {
        let scale = (width / grid.width).min(height / grid.height).max(1e-4);
        View { scale, x: (width - grid.width * scale) / 2.0, y: (height - grid.height * scale) / 2.0 }
    }

    /// The world point under the screen point `(sx, sy)`.
    pub fn world(&self, sx: f64, sy: f64) -> (f64, f64) {
        ((sx - self.x) / self.scale, (sy - self.y) / self.scale)
    }

    /// The screen point of the world point `(wx, wy)`.
    pub fn screen(&self, wx: f64, wy: f64) -> (f64, f64) {
        (wx * self.scale + self.x, wy * self.scale + self.y)
    }

    /// Zooms by `factor` keeping the screen point `(sx, sy)` still (within the scale's bounds).
    pub fn zoom(self, factor: f64, sx: f64, sy: f64) -> View {
        let scale = (self.scale * factor).clamp(0.005, 12.0);
        let (wx, wy) = self.world(sx, sy);
        View { scale, x: sx - wx * scale, y: sy - wy * scale }
    }

    /// Moves the world by `(dx, dy)` screen pixels.
    pub fn pan(self, dx: f64, dy: f64) -> View {
        View { x: self.x + dx, y: self.y + dy, ..self }
    }

    /// How wide a node's box is on screen, in CSS pixels: this picks the level of detail.
    pub fn box_pixels(&self) -> f64 {
        BOX * self.scale
    }

    /// The node under the screen point `(sx, sy)`.
    pub fn node_at(&self, grid: &Grid, sx: f64, sy: f64) -> Option<NodeIndex> {
        let (wx, wy) = self.world(sx, sy);
        grid.hit(wx, wy)
    }

    /// Whether a box whose top-left world corner is `(x, y)` shows, at least in part, on a canvas `width` ×
    /// `height` CSS pixels.
    pub fn shows(&self, (x, y): (f64, f64), (width, height): (f64, f64)) -> bool {
        let (left, top) = self.world(0.0, 0.0);
        let (right, bottom) = self.world(width, height);
        x + BOX >= left && x <= right && y + BOX >= top && y <= bottom
    }
}

/// About how wide a character of a node's label is, in pixels.
pub const CHAR_PX: f64 = 7.0;
/// About how wide a character of a node's label is in projector mode (16 px, bold), in pixels.
pub const PROJECTOR_CHAR_PX: f64 = 9.5;

/// The width a node's label has: the box less its padding and the state icon.
pub fn label_room(node_width: f64) -> f64 {
    node_width - 26.0
}

/// Where a node's label starts, from its box's left edge.
pub const LABEL_X: f64 = 8.0;

/// The baselines of the label in a box `height` tall: one line's, centred, and two lines' (12 px text, 13 px apart,
/// centred together); and the baseline of the box's how mark ("~", "?"), centred beside them.
pub fn label_baselines(height: f64) -> (f64, (f64, f64), f64) {
    let middle = height / 2.0;
    (middle + 4.0, (middle - 3.5, middle + 9.5), middle + 5.0)
}

/// The width a drawn label wider than it is squeezed into (`node_state::use_label_fit`): its room less the paper halo
/// the stylesheet strokes around it (3 px wide), so a squeezed label's halo stays clear of the box's ✕ (whose stroke
/// starts 17 px from the box's right edge) instead of touching it ("Pokémon GO✕" on a phone).
pub fn squeeze_room(node_width: f64) -> f64 {
    label_room(node_width) - 3.0
}

/// One node's shapes for the SVG map's state overlay, as path data in the map's coordinates, for a box of
/// `width` × `height` whose top-left corner is `(x, y)`: the box itself (its ground, by state and kind), its how-we-know
/// outline 3 px inside, its ✕ (down) and its ! (degraded), both centred 12 px from the right edge. Every down box's
/// ground is then one path, every ✕ one path, and so on: a click rewrites a few `d` attributes instead of restyling each
/// box's parts (issue 19).
#[derive(Debug, Clone, PartialEq)]
pub struct NodeShapes {
    pub outline: String,
    pub how: String,
    pub cross: String,
    pub bang: String,
}

impl NodeShapes {
    pub fn new((x, y): (f64, f64), width: f64, height: f64) -> NodeShapes {
        let icon = x + width - 12.0;
        NodeShapes {
            outline: rounded_rect(x, y, width, height, 5.0),
            how: rounded_rect(x + 3.0, y + 3.0, width - 6.0, height - 6.0, 3.0),
            cross: format!("M{} {}l8 8m0 -8l-8 8", Tenths(icon - 4.0), Tenths(y + height / 2.0 - 4.5)),
            bang: format!("M{} {}v7m0 3.5v0.5", Tenths(icon), Tenths(y + height / 2.0 - 6.5)),
        }
    }
}

/// A rectangle with rounded corners as path data, drawn clockwise from the top edge's start, as SVG draws a `<rect>`
/// (so a dashed outline starts where it would).
pub fn rounded_rect(x: f64, y: f64, width: f64, height: f64, radius: f64) -> String {
    let (across, down) = (Tenths((width - 2.0 * radius).max(0.0)), Tenths((height - 2.0 * radius).max(0.0)));
    let r = radius;
    format!(
        "M{} {}h{across}a{r} {r} 0 0 1 {r} {r}v{down}a{r} {r} 0 0 1 -{r} {r}h-{across}a{r} {r} 0 0 1 -{r} -{r}v-{down}a{r} {r} 0 0 1 {r} -{r}z",
        Tenths(x + r),
        Tenths(y)
    )
}

/// A coordinate written to a tenth, as `{:.1}` writes it (halves away from zero), by integer formatting: the map
/// writes thousands of them on its first render, and a float's own formatting was about a tenth of that render's
/// script in a profile (issue 19). Not a number is written 0.0.
#[derive(Debug, Clone, Copy)]
pub struct Tenths(pub f64);

impl std::fmt::Display for Tenths {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // `as` saturates and turns NaN into 0: no value makes this panic.
        let tenths = (self.0 * 10.0).round() as i64;
        let sign = if tenths < 0 { "-" } else { "" };
        let abs = tenths.unsigned_abs();
        write!(f, "{sign}{}.{}", abs / 10, abs % 10)
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, clippy::indexing_slicing)]

    use super::*;
    use cloudfall_model::generate::generate;
    use cloudfall_model::layout::layered;
    use cloudfall_model::validate::build;

    const ARROWS: [Arrow; 4] = [Arrow::Up, Arrow::Down, Arrow::Left, Arrow::Right];

    #[test]
    fn tenths_are_written_as_the_float_formatting_writes_them() {
        for i in -20_000..20_000 {
            // Sevenths and thirteenths: never a tie at the hundredths, where the two round halves differently.
            for value in [f64::from(i) / 7.0, f64::from(i) / 13.0 + 0.003] {
                assert_eq!(Tenths(value).to_string(), format!("{value:.1}").replace("-0.0", "0.0"), "{value}");
            }
        }
        assert_eq!(Tenths(f64::NAN).to_string(), "0.0");
        assert_eq!(Tenths(1e300).to_string(), format!("{}.{}", i64::MAX as u64 / 10, i64::MAX as u64 % 10));
    }

    #[test]
    fn a_node_s_shapes_sit_on_its_box() {
        let shapes = NodeShapes::new((100.0, 40.0), 138.0, 28.0);
        // The box: from (105, 40) along the top edge, round the corners, back to the start.
        assert_eq!(
            shapes.outline,
            "M105.0 40.0h128.0a5 5 0 0 1 5 5v18.0a5 5 0 0 1 -5 5h-128.0a5 5 0 0 1 -5 -5v-18.0a5 5 0 0 1 5 -5z"
        );
        // The how outline, 3 px inside the box: from (106, 43) along the top edge, round the corners, back to the start.
        assert_eq!(
            shapes.how,
            "M106.0 43.0h126.0a3 3 0 0 1 3 3v16.0a3 3 0 0 1 -3 3h-126.0a3 3 0 0 1 -3 -3v-16.0a3 3 0 0 1 3 -3z"
        );
        // The marks centred 12 px from the right edge (x = 226): the ✕ from (222, 49.5) to (230, 57.5).
        assert_eq!(shapes.cross, "M222.0 49.5l8 8m0 -8l-8 8");
        assert_eq!(shapes.bang, "M226.0 47.5v7m0 3.5v0.5");
    }

    fn generated(nodes: usize) -> (Model, Layout) {
        let model = build(generate(nodes, 5)).expect("generated data loads");
        let layout = layered(&model);
        (model, layout)
    }

    fn corners(model: &Model, layout: &Layout, frame: &Frame) -> Vec<(f64, f64)> {
        model.nodes().map(|(index, _)| frame.corner(layout, index)).collect()
    }

    fn close(a: (f64, f64), b: (f64, f64)) -> bool {
        (a.0 - b.0).abs() < 1e-9 && (a.1 - b.1).abs() < 1e-9
    }

    #[test]
    fn fitting_a_view_shows_the_whole_grid_centred() {
        let (model, layout) = generated(2_000);
        let grid = Grid::new(&model, &layout);
        let view = View::fit(&grid, 960.0, 560.0);
        let (left, top) = view.screen(0.0, 0.0);
        let (right, bottom) = view.screen(grid.width, grid.height);
        assert!(left >= -1e-9 && top >= -1e-9 && right <= 960.0 + 1e-9 && bottom <= 560.0 + 1e-9);
        // One side touches the canvas's edges, and the margins on the other are equal.
        assert!((right - left - 960.0).abs() < 1e-6 || (bottom - top - 560.0).abs() < 1e-6);
        assert!((left - (960.0 - right)).abs() < 1e-6 && (top - (560.0 - bottom)).abs() < 1e-6);
        assert!(model.nodes().all(|(index, _)| view.shows(grid.position(index), (960.0, 560.0))));
    }

    #[test]
    fn world_and_screen_points_round_trip() {
        let view = View { scale: 0.37, x: -120.5, y: 33.0 };
        for point in [(0.0, 0.0), (12.5, -7.0), (4_000.0, 900.25)] {
            assert!(close(view.world(view.screen(point.0, point.1).0, view.screen(point.0, point.1).1), point));
            assert!(close(view.screen(view.world(point.0, point.1).0, view.world(point.0, point.1).1), point));
        }
    }

    #[test]
    fn zooming_about_a_point_keeps_that_point_still() {
        let view = View { scale: 0.5, x: 10.0, y: -20.0 };
        for (factor, point) in [(1.25, (300.0, 200.0)), (0.8, (0.0, 0.0)), (1.25, (959.0, 559.0))] {
            let zoomed = view.zoom(factor, point.0, point.1);
            assert!((zoomed.scale - view.scale * factor).abs() < 1e-12);
            assert!(close(zoomed.world(point.0, point.1), view.world(point.0, point.1)));
        }
        // At the bounds the scale stops, and the point still stays where it is.
        let far = View { scale: 12.0, x: 0.0, y: 0.0 }.zoom(2.0, 50.0, 60.0);
        assert_eq!(far.scale, 12.0);
        assert!(close(far.world(50.0, 60.0), (50.0 / 12.0, 60.0 / 12.0)));
    }

    #[test]
    fn hit_testing_finds_the_node_under_a_point_and_nothing_between_nodes() {
        let (model, layout) = generated(500);
        let grid = Grid::new(&model, &layout);
        let view = View { scale: 2.0, x: 15.0, y: 7.0 };
        for (index, _) in model.nodes() {
            let (x, y) = grid.position(index);
            // The middle and the corners of its box find it, in world units and from the screen.
            assert_eq!(grid.hit(x + BOX / 2.0, y + BOX / 2.0), Some(index));
            assert_eq!(grid.hit(x, y), Some(index));
            assert_eq!(grid.hit(x + BOX, y + BOX), Some(index));
            let (sx, sy) = view.screen(x + 1.0, y + 9.0);
            assert_eq!(view.node_at(&grid, sx, sy), Some(index));
            // The gap to the right of and below the box holds nothing.
            assert_eq!(grid.hit(x + BOX + 1.0, y + BOX / 2.0), None);
            assert_eq!(grid.hit(x + BOX / 2.0, y + BOX + 1.0), None);
        }
        assert_eq!(grid.hit(-1.0, 5.0), None);
        assert_eq!(grid.hit(5.0, grid.height + 1.0), None);
        assert_eq!(grid.hit(grid.width + 100.0, 5.0), None);
    }

    /// Every arrow move goes the way the key points on screen, and at least one node can move each way.
    fn check_moves_as_drawn(viewport: u32) {
        let (model, layout) = generated(400);
        let frame = Frame::new(&layout, viewport);
        let corners = corners(&model, &layout, &frame);
        let around = neighbours(&frame, &layout, &corners);
        for arrow in ARROWS {
            let mut moves = 0;
            for (index, _) in model.nodes() {
                let Some(next) = around.get(index, arrow) else { continue };
                moves += 1;
                let ((x0, y0), (x1, y1)) = (corners[index.index()], corners[next.index()]);
                let (dx, dy) = (x1 - x0, y1 - y0);
                match arrow {
                    Arrow::Up => assert!(dy < 0.0 && (frame.narrow || dx == 0.0), "{arrow:?} {dx} {dy}"),
                    Arrow::Down => assert!(dy > 0.0 && (frame.narrow || dx == 0.0), "{arrow:?} {dx} {dy}"),
                    Arrow::Left => assert!(dx < 0.0 && (!frame.narrow || dy == 0.0), "{arrow:?} {dx} {dy}"),
                    Arrow::Right => assert!(dx > 0.0 && (!frame.narrow || dy == 0.0), "{arrow:?} {dx} {dy}"),
                }
            }
            assert!(moves > 0, "no node moves {arrow:?}");
        }
    }

    #[test]
    fn arrow_keys_move_the_way_they_point_on_a_wide_map() {
        check_moves_as_drawn(1280);
    }

    #[test]
    fn arrow_keys_move_the_way_they_point_on_a_narrow_map() {
        check_moves_as_drawn(360);
    }

    #[test]
    fn arrow_keys_walk_a_split_column_down_and_step_to_the_next_line_beside() {
        let (model, layout) = generated(400);
        let frame = Frame::new(&layout, 1280);
        let corners = corners(&model, &layout, &frame);
        let around = neighbours(&frame, &layout, &corners);
        // The web services' layer is tall enough to be split into side-by-side sub-columns.
        let (first, _) =
            model.nodes().find(|&(index, _)| layout.slot(index) == (layout.layer_sizes().len() - 1, 0)).unwrap();
        assert!(layout.layer_sizes().last().copied().unwrap() > ROWS_MAX);
        let below = around.get(first, Arrow::Down).unwrap();
        assert_eq!(corners[below.index()].0, corners[first.index()].0, "down stays in the sub-column");
        let beside = around.get(first, Arrow::Right).unwrap();
        assert_eq!(corners[beside.index()].1, corners[first.index()].1, "right stays on the row");
        assert_eq!(around.get(beside, Arrow::Left), Some(first));
        assert_eq!(around.get(below, Arrow::Up), Some(first));
        // The first node of the first column has nothing above it and nothing to its left.
        let top_left = (0..corners.len())
            .min_by(|&a, &b| corners[a].0.total_cmp(&corners[b].0).then(corners[a].1.total_cmp(&corners[b].1)))
            .map(NodeIndex::new)
            .unwrap();
        assert_eq!(around.get(top_left, Arrow::Up), None);
        assert_eq!(around.get(top_left, Arrow::Left), None);
    }

    #[test]
    fn arrow_keys_come_from_their_key_names() {
        assert_eq!(Arrow::from_key("ArrowLeft"), Some(Arrow::Left));
        assert_eq!(Arrow::from_key("Enter"), None);
    }

    #[test]
    fn zoom_steps_stop_at_either_end() {
        assert_eq!(zoom_step(1.0, true), Some(1.25));
        assert_eq!(zoom_step(1.25, true), None);
        assert_eq!(zoom_step(0.6, false), Some(0.5));
        assert_eq!(zoom_step(0.5, false), None);
    }

    #[test]
    fn long_labels_are_cut_with_an_ellipsis() {
        let (_, layout) = generated(100);
        let frame = Frame::new(&layout, 1280);
        assert_eq!(frame.fit_label("AWS", false), "AWS");
        let cut = frame.fit_label("A name far too long to fit in one box of the map", false);
        assert!(cut.ends_with('…') && cut.chars().count() <= 16, "{cut}");
        assert_eq!(frame.fit_label("Cloudflare Workers KV", true), "Cloudflare…");
        // On a phone a box holds about 10 characters: a region's code comes whole, to be squeezed, not "eu…"; a
        // longer name takes a second line (not with the projector's larger labels, which one line holds).
        let phone = Frame::new(&layout, 390);
        assert_eq!(phone.fit_label("eu-central-1", false), "eu-central-1");
        assert_eq!(phone.fit_label("Amazon DynamoDB in us-east-1", false), "Amazon\nDynamoDB…");
        assert_eq!(phone.fit_label("Cloudflare Workers KV", false), "Cloudflare\nWorkers KV");
        assert_eq!(phone.fit_label("Cloudflare Workers KV", true), "Cloudflare…");
        // Two lines of 12 px text fit the phone's box, with room above and below.
        let (_, (top, bottom), _) = label_baselines(phone.node_height);
        assert!(top - 10.0 >= 3.0 && bottom + 3.0 <= phone.node_height - 3.0, "{top} {bottom}");
        assert!(label_baselines(frame.node_height).0 == 18.0, "one line as before on a wide screen");
        // A squeezed label and its 3 px halo end before the ✕'s stroke, 17 px from the box's right edge.
        assert!(LABEL_X + squeeze_room(phone.node_width) + 1.5 <= phone.node_width - 17.0);
    }
}
