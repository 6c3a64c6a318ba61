//! The map for large datasets (thousands to hundreds of thousands of nodes), drawn on a canvas instead of SVG.
//! Level of detail: from afar every node is a small square coloured by its state (the extent of an outage shows as
//! dark areas); zoomed in, the links of the visible nodes appear, then the names. Only what is in view is drawn.
//! Pan by dragging (or the arrow keys), zoom with the wheel (or + and −); a click opens a node's details, and the
//! search box reaches any node from the keyboard.

use cloudfall_model::layout::Layout;
use cloudfall_model::{Action, NodeIndex, NodeState};
use gloo::events::{EventListener, EventListenerOptions};
use wasm_bindgen::Clamped;
use wasm_bindgen::JsCast;
use web_sys::{CanvasRenderingContext2d, HtmlCanvasElement, ImageData, WheelEvent};
use yew::prelude::*;

use super::dependency_map::DependencyMapProps;
use crate::i18n::texts;
use crate::ModelRef;

/// Above this many nodes the map is drawn on a canvas.
pub const LARGE: usize = 800;

/// World units per node cell: a box of 10 and a gap of 2.
const CELL: f64 = 12.0;
const BOX: f64 = 10.0;
/// Empty cells between two layers.
const LAYER_GAP: f64 = 8.0;
/// Links are drawn when at most this many nodes are in view; names when a box is at least this many pixels wide.
const EDGE_DETAIL: usize = 4_000;
const LABEL_PIXELS: f64 = 56.0;

/// Where every node sits, in world units: each layer is a block of columns, all blocks the same height.
pub struct Grid {
    rows: usize,
    /// Per layer: its left edge and its nodes by rank.
    blocks: Vec<(f64, Vec<NodeIndex>)>,
    positions: Vec<(f64, f64)>,
    pub width: f64,
    pub height: f64,
}

impl Grid {
    pub fn new(model: &ModelRef, layout: &Layout) -> Grid {
        let sizes = layout.layer_sizes();
        let tallest = sizes.iter().copied().max().unwrap_or(1).max(1);
        // The tallest layer about two and a half times as wide as tall, so the whole map suits a wide screen.
        let rows = ((tallest as f64 / 2.5).sqrt().ceil() as usize).clamp(1, tallest);
        let mut blocks: Vec<(f64, Vec<NodeIndex>)> = Vec::with_capacity(sizes.len());
        let mut x = 0.0;
        for &size in sizes {
            blocks.push((x, vec![NodeIndex::new(usize::MAX); size]));
            x += (size.div_ceil(rows) as f64 + LAYER_GAP) * CELL;
        }
        let mut positions = vec![(0.0, 0.0); model.node_count()];
        for (index, _) in model.nodes() {
            let (layer, rank) = layout.slot(index);
            if let Some((left, slots)) = blocks.get_mut(layer) {
                if let Some(slot) = slots.get_mut(rank) {
                    *slot = index;
                }
                positions[index.index()] = (*left + (rank / rows) as f64 * CELL, (rank % rows) as f64 * CELL);
            }
        }
        Grid { rows, blocks, positions, width: (x - LAYER_GAP * CELL).max(CELL), height: rows as f64 * CELL }
    }

    fn position(&self, index: NodeIndex) -> (f64, f64) {
        self.positions.get(index.index()).copied().unwrap_or_default()
    }

    /// The node whose box holds the world point `(x, y)`.
    fn hit(&self, x: f64, y: f64) -> Option<NodeIndex> {
        let (left, slots) = self.blocks.iter().rev().find(|(left, _)| x >= *left)?;
        let (column, row) = (((x - left) / CELL).floor(), (y / CELL).floor());
        let inside = (x - left) - column * CELL <= BOX && y - row * CELL <= BOX;
        if !inside || column < 0.0 || row < 0.0 || row as usize >= self.rows {
            return None;
        }
        slots.get(column as usize * self.rows + row as usize).copied().filter(|index| index.index() != usize::MAX)
    }
}

/// What part of the world the canvas shows: screen pixel = world × scale + offset.
#[derive(Clone, Copy, PartialEq, Debug)]
struct View {
    scale: f64,
    x: f64,
    y: f64,
}

impl View {
    fn fit(grid: &Grid, width: f64, height: f64) -> View {
        let scale = (width / grid.width).min(height / grid.height).max(1e-4);
        View { scale, x: (width - grid.width * scale) / 2.0, y: (height - grid.height * scale) / 2.0 }
    }

    fn world(&self, sx: f64, sy: f64) -> (f64, f64) {
        ((sx - self.x) / self.scale, (sy - self.y) / self.scale)
    }

    /// Zooms by `factor` keeping the screen point `(sx, sy)` still.
    fn zoom(self, factor: f64, sx: f64, sy: f64) -> View {
        let scale = (self.scale * factor).clamp(0.005, 12.0);
        let (wx, wy) = self.world(sx, sy);
        View { scale, x: sx - wx * scale, y: sy - wy * scale }
    }
}

fn fill_for(state: NodeState) -> &'static str {
    match state {
        NodeState::Up => "#6f9fcf",
        NodeState::Degraded => "#e0a030",
        NodeState::Down => "#222222",
    }
}

/// The colour of a state in the overview, as RGB bytes (the same as `fill_for`).
fn rgb_for(state: NodeState) -> [u8; 3] {
    match state {
        NodeState::Up => [0x6f, 0x9f, 0xcf],
        NodeState::Degraded => [0xe0, 0xa0, 0x30],
        NodeState::Down => [0x22, 0x22, 0x22],
    }
}

/// The overview, when boxes are a pixel or two: every node written straight into one image, which is far
/// cheaper than a hundred thousand rectangles. Returns how many nodes were drawn.
fn draw_pixels(
    context: &CanvasRenderingContext2d,
    (pixels_wide, pixels_high): (u32, u32),
    ratio: f64,
    model: &ModelRef,
    screen: &dyn Fn(NodeIndex) -> (f64, f64),
    cell: f64,
    state: &dyn Fn(NodeIndex) -> NodeState,
) -> usize {
    let (wide, high) = (pixels_wide as usize, pixels_high as usize);
    let mut buffer = vec![0u8; wide * high * 4];
    let side = (cell * ratio).ceil().max(1.0) as usize;
    let mut drawn = 0;
    for (index, _) in model.nodes() {
        let (x, y) = screen(index);
        let (left, top) = ((x * ratio).floor(), (y * ratio).floor());
        if left < 0.0 || top < 0.0 || left as usize >= wide || top as usize >= high {
            continue;
        }
        drawn += 1;
        let [r, g, b] = rgb_for(state(index));
        for row in (top as usize)..(top as usize + side).min(high) {
            for column in (left as usize)..(left as usize + side).min(wide) {
                let at = (row * wide + column) * 4;
                if let Some(pixel) = buffer.get_mut(at..at + 4) {
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

/// Draws what is in view; returns how many nodes were drawn.
#[allow(clippy::too_many_arguments)]
fn draw(
    context: &CanvasRenderingContext2d,
    (width, height): (f64, f64),
    pixels: (u32, u32),
    ratio: f64,
    model: &ModelRef,
    grid: &Grid,
    view: View,
    state: &dyn Fn(NodeIndex) -> NodeState,
    selected: Option<NodeIndex>,
) -> usize {
    context.clear_rect(0.0, 0.0, width, height);
    let size = (BOX * view.scale).max(1.0);
    let screen = |index: NodeIndex| {
        let (x, y) = grid.position(index);
        (x * view.scale + view.x, y * view.scale + view.y)
    };
    if BOX * view.scale < 3.0 {
        let drawn = draw_pixels(context, pixels, ratio, model, &screen, CELL * view.scale, state);
        if let Some(index) = selected {
            let (x, y) = screen(index);
            context.set_stroke_style_str("#ffbf47");
            context.set_line_width(3.0);
            context.stroke_rect(x - 4.0, y - 4.0, size + 8.0, size + 8.0);
            context.set_line_width(1.0);
        }
        return drawn;
    }
    let (left, top) = view.world(0.0, 0.0);
    let (right, bottom) = view.world(width, height);
    let visible = |(x, y): (f64, f64)| x + BOX >= left && x <= right && y + BOX >= top && y <= bottom;
    let in_view: Vec<NodeIndex> =
        model.nodes().map(|(index, _)| index).filter(|&i| visible(grid.position(i))).collect();
    let size = (BOX * view.scale).max(1.0);
    let screen = |index: NodeIndex| {
        let (x, y) = grid.position(index);
        (x * view.scale + view.x, y * view.scale + view.y)
    };
    if in_view.len() <= EDGE_DETAIL {
        // The links of what is in view: resting ones thin and grey, failing ones on top in red or amber.
        let half = size / 2.0;
        for carrying in [false, true] {
            for (source, target, _) in model.edges() {
                let s = state(source);
                if (s != NodeState::Up) != carrying
                    || !(visible(grid.position(source)) || visible(grid.position(target)))
                {
                    continue;
                }
                let colour = match (carrying, s) {
                    (false, _) => "rgba(120, 130, 144, 0.35)",
                    (true, NodeState::Down) => "rgba(179, 38, 30, 0.8)",
                    _ => "rgba(178, 106, 0, 0.8)",
                };
                context.set_stroke_style_str(colour);
                context.begin_path();
                let ((x0, y0), (x1, y1)) = (screen(source), screen(target));
                context.move_to(x0 + size, y0 + half);
                context.line_to(x1, y1 + half);
                context.stroke();
            }
        }
    }
    for wanted in [NodeState::Up, NodeState::Degraded, NodeState::Down] {
        context.set_fill_style_str(fill_for(wanted));
        context.begin_path();
        for &index in in_view.iter().filter(|&&index| state(index) == wanted) {
            let (x, y) = screen(index);
            context.rect(x, y, size, size);
        }
        context.fill();
    }
    if let Some(index) = selected {
        let (x, y) = screen(index);
        context.set_stroke_style_str("#ffbf47");
        context.set_line_width(3.0);
        context.stroke_rect(x - 2.0, y - 2.0, size + 4.0, size + 4.0);
        context.set_line_width(1.0);
    }
    if size >= LABEL_PIXELS {
        context.set_font(&format!("{:.0}px sans-serif", (size / 5.0).clamp(9.0, 14.0)));
        for &index in &in_view {
            let (x, y) = screen(index);
            context.set_fill_style_str(if state(index) == NodeState::Up { "#1a1a1a" } else { "#ffffff" });
            let _ = context.fill_text_with_max_width(model.node(index).label(), x + 3.0, y + size / 2.0, size - 6.0);
        }
    }
    in_view.len()
}

#[component]
pub fn CanvasMap(props: &DependencyMapProps) -> Html {
    let text = texts(props.scenario.lang);
    let canvas = use_node_ref();
    let grid = use_memo((props.model.clone(), props.layout.clone()), |(model, layout)| Grid::new(model, layout));
    // `None` until the reader pans or zooms: the whole map fits the canvas.
    let view = use_state(|| None::<View>);
    let drawn = use_state(|| 0usize);
    let drag = use_mut_ref(|| None::<(f64, f64, View, bool)>);
    let size = use_state(|| (960.0, 560.0));

    // Size the canvas to its box, in device pixels, on mount and when the window changes.
    {
        let (canvas, size) = (canvas.clone(), size.clone());
        use_effect_with(props.viewport, move |_| {
            if let Some(element) = canvas.cast::<HtmlCanvasElement>() {
                let rect = element.get_bounding_client_rect();
                let ratio = gloo::utils::window().device_pixel_ratio().max(1.0);
                let (w, h) = (rect.width().max(200.0), rect.height().max(200.0));
                element.set_width((w * ratio) as u32);
                element.set_height((h * ratio) as u32);
                size.set((w, h));
            }
        });
    }
    let current = view.unwrap_or_else(|| View::fit(&grid, size.0, size.1));

    // Draw after every render: new states, a new view, a new size.
    {
        let (canvas, grid, model, derived, cascade, drawn_state) = (
            canvas.clone(),
            grid.clone(),
            props.model.clone(),
            props.derived.clone(),
            props.cascade.clone(),
            drawn.clone(),
        );
        let selected = props.scenario.selected.as_ref().and_then(|id| props.model.lookup(id));
        let size = *size;
        use_effect(move || {
            let context = canvas
                .cast::<HtmlCanvasElement>()
                .and_then(|element| element.get_context("2d").ok().flatten())
                .and_then(|context| context.dyn_into::<CanvasRenderingContext2d>().ok());
            if let Some(context) = context {
                let ratio = gloo::utils::window().device_pixel_ratio().max(1.0);
                let _ = context.set_transform(ratio, 0.0, 0.0, ratio, 0.0, 0.0);
                let state = |index: NodeIndex| cascade.display(index, &derived);
                let pixels =
                    canvas.cast::<HtmlCanvasElement>().map_or((1, 1), |element| (element.width(), element.height()));
                let count = draw(&context, size, pixels, ratio, &model, &grid, current, &state, selected);
                if *drawn_state != count {
                    drawn_state.set(count);
                }
            }
        });
    }

    // The wheel zooms the map, not the page: a listener that may prevent the default scroll.
    {
        let (canvas, view, grid, size) = (canvas.clone(), view.clone(), grid.clone(), *size);
        use_effect_with((), move |_| {
            let listener = canvas.cast::<HtmlCanvasElement>().map(|element| {
                let target = element.clone();
                EventListener::new_with_options(
                    &target,
                    "wheel",
                    EventListenerOptions::enable_prevent_default(),
                    move |event| {
                        if let Some(wheel) = event.dyn_ref::<WheelEvent>() {
                            wheel.prevent_default();
                            let factor = if wheel.delta_y() < 0.0 { 1.25 } else { 0.8 };
                            let base = view.unwrap_or_else(|| View::fit(&grid, size.0, size.1));
                            view.set(Some(base.zoom(factor, f64::from(wheel.offset_x()), f64::from(wheel.offset_y()))));
                        }
                    },
                )
            });
            move || drop(listener)
        });
    }

    let onmousedown = {
        let drag = drag.clone();
        Callback::from(move |event: MouseEvent| {
            *drag.borrow_mut() = Some((f64::from(event.client_x()), f64::from(event.client_y()), current, false));
        })
    };
    let onmousemove = {
        let (drag, view) = (drag.clone(), view.clone());
        Callback::from(move |event: MouseEvent| {
            let mut state = drag.borrow_mut();
            if let Some((x, y, start, moved)) = state.as_mut() {
                let (dx, dy) = (f64::from(event.client_x()) - *x, f64::from(event.client_y()) - *y);
                if dx.abs() + dy.abs() > 3.0 {
                    *moved = true;
                }
                if *moved {
                    view.set(Some(View { x: start.x + dx, y: start.y + dy, ..*start }));
                }
            }
        })
    };
    let onmouseup = {
        let (drag, grid, onswitch, model) = (drag.clone(), grid.clone(), props.onswitch.clone(), props.model.clone());
        Callback::from(move |event: MouseEvent| {
            let was = drag.borrow_mut().take();
            if let Some((_, _, start, false)) = was {
                let (wx, wy) = start.world(f64::from(event.offset_x()), f64::from(event.offset_y()));
                if let Some(index) = grid.hit(wx, wy) {
                    onswitch.emit(Action::Select(Some(model.node(index).id.clone())));
                }
            }
        })
    };
    let onmouseleave = {
        let drag = drag.clone();
        Callback::from(move |_: MouseEvent| {
            drag.borrow_mut().take();
        })
    };
    let onkeydown = {
        let view = view.clone();
        let (w, h) = *size;
        Callback::from(move |event: KeyboardEvent| {
            let step = 80.0;
            let next = match event.key().as_str() {
                "ArrowLeft" => Some(View { x: current.x + step, ..current }),
                "ArrowRight" => Some(View { x: current.x - step, ..current }),
                "ArrowUp" => Some(View { y: current.y + step, ..current }),
                "ArrowDown" => Some(View { y: current.y - step, ..current }),
                "+" | "=" => Some(current.zoom(1.25, w / 2.0, h / 2.0)),
                "-" => Some(current.zoom(0.8, w / 2.0, h / 2.0)),
                _ => None,
            };
            if let Some(next) = next {
                event.prevent_default();
                view.set(Some(next));
            }
        })
    };
    let zoom_button = |factor: f64| {
        let view = view.clone();
        let (w, h) = *size;
        Callback::from(move |_: MouseEvent| view.set(Some(current.zoom(factor, w / 2.0, h / 2.0))))
    };
    let onfit = {
        let view = view.clone();
        Callback::from(move |_: MouseEvent| view.set(None))
    };
    html! {
        <>
            <div class="map-zoom" role="group" aria-label={text.zoom_label}>
                <button type="button" data-zoom="out" onclick={zoom_button(0.8)} aria-label={text.zoom_out}>{ "−" }</button>
                <button type="button" data-zoom="in" onclick={zoom_button(1.25)} aria-label={text.zoom_in}>{ "+" }</button>
                <button type="button" data-zoom="fit" onclick={onfit} aria-pressed={view.is_none().to_string()}>{ text.zoom_fit }</button>
                <span class="zoom-level">{ (text.canvas_hint)(*drawn, current.scale * BOX >= LABEL_PIXELS) }</span>
            </div>
            <div class="map-scroll canvas">
                <canvas ref={canvas} class="dependency-canvas" tabindex="0"
                    role="img" aria-label={(text.map_caption)(props.model.node_count(), props.model.edge_count())}
                    data-cascade={if props.cascade.is_done() { "done" } else { "running" }}
                    data-drawn={drawn.to_string()}
                    {onmousedown} {onmousemove} {onmouseup} {onmouseleave} {onkeydown}>
                </canvas>
            </div>
        </>
    }
}
