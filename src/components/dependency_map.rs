//! The dependency map: an SVG of the layered layout, edges first and nodes on top (draw order), each node coloured
//! by the cascade's pure `display` of the `Outcome`. Every node is a button: clicking or focusing it opens its
//! details (`Action::Select`). Geometry is computed here from the model's `Layout`; a canvas layer can replace
//! the edges later without touching the model.

use std::rc::Rc;

use cloudfall_model::label::accessible_name;
use cloudfall_model::layout::{relative, Layout};
use cloudfall_model::{Action, EvidenceKind, Link, NodeId, NodeIndex, NodeKind, NodeState, Scenario};
use yew::prelude::*;

use super::{button_handlers, focus_map_node};
use crate::hooks::Cascade;
use crate::i18n::texts;
use crate::ModelRef;
use cloudfall_model::Derived;

#[derive(Properties, PartialEq)]
pub struct DependencyMapProps {
    pub model: ModelRef,
    pub layout: Rc<Layout>,
    pub derived: Rc<Derived>,
    pub scenario: Rc<Scenario>,
    pub cascade: Cascade,
    /// The viewport width: below `NARROW_BELOW` the map runs top to bottom and wraps to fit.
    pub viewport: u32,
    pub onswitch: Callback<Action>,
}

/// Below this viewport width the map runs top to bottom, each column wrapped into rows that fit the screen.
pub const NARROW_BELOW: u32 = 700;

/// Horizontal room the page takes around the map (page and panel padding, border), in CSS pixels.
const PAGE_CHROME: u32 = 62;

/// Pixel geometry of the map: left to right on wide screens; on narrow ones, top to bottom with each column of the
/// layout wrapped into rows of `per_row` nodes, so the whole map fits the width of a phone without scrolling.
struct Frame {
    narrow: bool,
    node_width: f64,
    node_height: f64,
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

/// Wide maps split a column taller than this into side-by-side sub-columns.
const ROWS_MAX: usize = 36;
/// Wide maps: distance between sub-columns of one layer, and the extra gap between layers (room for edges).
const SUB_STRIDE: f64 = 148.0;
const LAYER_GAP: f64 = 60.0;
/// The zoom levels a reader steps through; "fit" picks the level that shows the whole width, within these bounds.
const ZOOMS: [f64; 5] = [0.5, 0.65, 0.8, 1.0, 1.25];

impl Frame {
    fn new(layout: &Layout, viewport: u32) -> Frame {
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
            node_height: 28.0,
            layer_stride: 40.0,
            span: node_width + gap,
            padding,
            per_row,
            layer_rows,
            sub_columns: Vec::new(),
            layer_x: Vec::new(),
        }
    }

    /// The top-left corner of a node's box.
    fn corner(&self, layout: &Layout, index: NodeIndex) -> (f64, f64) {
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

    fn size(&self) -> (f64, f64) {
        if self.narrow {
            let rows = self.layer_rows.last().copied().unwrap_or(0.0) - 0.8;
            (self.padding * 2.0 + self.per_row as f64 * self.span, self.padding * 2.0 + rows * self.layer_stride)
        } else {
            let right = self.layer_x.last().copied().unwrap_or(self.padding) - LAYER_GAP - SUB_STRIDE + self.node_width;
            (right + self.padding, self.padding * 2.0 + self.span)
        }
    }

    /// A curve from the source's outgoing side to the target's incoming side.
    fn edge_path(&self, from: (f64, f64), to: (f64, f64)) -> String {
        if self.narrow {
            let (x0, y0) = (from.0 + self.node_width / 2.0, from.1 + self.node_height);
            let (x1, y1) = (to.0 + self.node_width / 2.0, to.1);
            let bend = (y1 - y0) / 2.0;
            format!("M{x0:.1},{y0:.1} C{x0:.1},{:.1} {x1:.1},{:.1} {x1:.1},{y1:.1}", y0 + bend, y1 - bend)
        } else {
            let (x0, y0) = (from.0 + self.node_width, from.1 + self.node_height / 2.0);
            let (x1, y1) = (to.0, to.1 + self.node_height / 2.0);
            let bend = (x1 - x0) / 2.0;
            format!("M{x0:.1},{y0:.1} C{:.1},{y0:.1} {:.1},{y1:.1} {x1:.1},{y1:.1}", x0 + bend, x1 - bend)
        }
    }

    /// The label, cut between words with an ellipsis when it would overflow the box (about `CHAR_PX` a
    /// character, room for an icon), so its accessible name still contains what it shows.
    fn fit<'a>(&self, label: &'a str) -> std::borrow::Cow<'a, str> {
        cloudfall_model::label::shorten(label, (label_room(self.node_width) / CHAR_PX) as usize)
    }
}

/// About how wide a character of a node's label is, in pixels.
const CHAR_PX: f64 = 7.0;

/// The width a node's label has: the box less its padding and the state icon.
fn label_room(node_width: f64) -> f64 {
    node_width - 26.0
}

/// The kind of evidence an edge is drawn as.
fn edge_kind(link: &Link) -> &'static str {
    match link {
        Link::Contains => "contains",
        Link::Uses(dependency) => match dependency.strongest_evidence() {
            EvidenceKind::Documented => "documented",
            EvidenceKind::Reported => "reported",
            EvidenceKind::Inferred => "inferred",
        },
    }
}

/// One edge, ready to draw.
#[derive(PartialEq)]
struct EdgeShape {
    source: NodeIndex,
    target: NodeIndex,
    d: AttrValue,
    kind: &'static str,
}

/// Everything about the map that depends on the model and the screen but not on the scenario: computed once per
/// layout and viewport, so a click only recolours.
struct Drawing {
    frame: Frame,
    width: f64,
    height: f64,
    corners: Vec<(f64, f64)>,
    transforms: Vec<AttrValue>,
    labels: Vec<AttrValue>,
    edges: Vec<EdgeShape>,
    /// For the arrow keys: each node's neighbour above, below, in the column to the left and to the right.
    neighbours: Vec<[Option<NodeIndex>; 4]>,
}

/// The arrow keys, as indices into `Drawing::neighbours`.
const ARROWS: [&str; 4] = ["ArrowUp", "ArrowDown", "ArrowLeft", "ArrowRight"];

/// Each node's neighbours in the layout: above and below in its column, and the nearest by height in the columns
/// on either side.
fn neighbours(model: &ModelRef, layout: &Layout) -> Vec<[Option<NodeIndex>; 4]> {
    let mut columns: Vec<Vec<NodeIndex>> = layout.layer_sizes().iter().map(|&size| Vec::with_capacity(size)).collect();
    let mut ranked: Vec<(usize, usize, NodeIndex)> =
        model.nodes().map(|(index, _)| (layout.slot(index).0, layout.slot(index).1, index)).collect();
    ranked.sort_unstable();
    for (layer, _, index) in ranked {
        if let Some(column) = columns.get_mut(layer) {
            column.push(index);
        }
    }
    let across = |layer: Option<usize>, at: f64| -> Option<NodeIndex> {
        let column = columns.get(layer?)?;
        let rank = (at * column.len() as f64).floor() as usize;
        column.get(rank.min(column.len().saturating_sub(1))).copied()
    };
    model
        .nodes()
        .map(|(index, _)| {
            let (layer, rank) = layout.slot(index);
            let size = columns.get(layer).map_or(1, Vec::len);
            let at = relative(rank, size);
            let column = columns.get(layer);
            [
                rank.checked_sub(1).and_then(|above| column?.get(above).copied()),
                column.and_then(|column| column.get(rank + 1).copied()),
                across(layer.checked_sub(1), at),
                across(Some(layer + 1), at),
            ]
        })
        .collect()
}

impl Drawing {
    fn new(model: &ModelRef, layout: &Layout, viewport: u32) -> Drawing {
        let frame = Frame::new(layout, viewport);
        let (width, height) = frame.size();
        let corners: Vec<(f64, f64)> = model.nodes().map(|(index, _)| frame.corner(layout, index)).collect();
        let corner = |index: NodeIndex| corners.get(index.index()).copied().unwrap_or((0.0, 0.0));
        let transforms = corners.iter().map(|(x, y)| AttrValue::from(format!("translate({x:.1},{y:.1})"))).collect();
        let labels = model.nodes().map(|(_, node)| AttrValue::from(frame.fit(node.label()).into_owned())).collect();
        let edges = model
            .edges()
            .map(|(source, target, link)| EdgeShape {
                source,
                target,
                d: AttrValue::from(frame.edge_path(corner(source), corner(target))),
                kind: edge_kind(link),
            })
            .collect();
        let neighbours = neighbours(model, layout);
        Drawing { frame, width, height, corners, transforms, labels, edges, neighbours }
    }

    fn corner(&self, index: NodeIndex) -> (f64, f64) {
        self.corners.get(index.index()).copied().unwrap_or((0.0, 0.0))
    }
}

/// A shared `Drawing`, compared by pointer.
#[derive(Clone)]
struct DrawingRef(Rc<Drawing>);

impl PartialEq for DrawingRef {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

#[derive(Properties, PartialEq)]
struct EdgeLayerProps {
    drawing: DrawingRef,
}

/// Every edge in its resting colours. It renders again only when the drawing changes (a new model or a resize),
/// never on a click: the edges a failure flows along are drawn again on top, in the overlay.
#[component]
fn EdgeLayer(props: &EdgeLayerProps) -> Html {
    html! {
        <g class="edges" aria-hidden="true">
            { for props.drawing.0.edges.iter().map(|edge| html! {
                <path class={classes!("edge", edge.kind)} d={edge.d.clone()} />
            }) }
        </g>
    }
}

#[derive(Properties, PartialEq)]
struct MapNodeProps {
    index: NodeIndex,
    id: NodeId,
    /// The one node of the map in the Tab order (roving tabindex): the arrow keys move between nodes.
    tab: bool,
    onmove: Callback<(NodeIndex, usize)>,
    kind: NodeKind,
    state: NodeState,
    is_off: bool,
    selected: bool,
    transform: AttrValue,
    text: AttrValue,
    /// The accessible name, with the state.
    label: AttrValue,
    width: f64,
    height: f64,
    onswitch: Callback<Action>,
}

/// One node of the map: a button that opens its details. Unchanged nodes skip rendering.
#[component]
fn MapNode(props: &MapNodeProps) -> Html {
    let (onclick, onselect) = button_handlers(&props.onswitch, &props.id, |id| Action::Select(Some(id)));
    let onkeydown = {
        let (onmove, index) = (props.onmove.clone(), props.index);
        Callback::from(move |event: KeyboardEvent| match ARROWS.iter().position(|&key| key == event.key()) {
            Some(direction) => {
                event.prevent_default();
                onmove.emit((index, direction));
            }
            None => onselect.emit(event),
        })
    };
    let onfocus = {
        let (onswitch, id) = (props.onswitch.clone(), props.id.clone());
        Callback::from(move |_: FocusEvent| onswitch.emit(Action::Select(Some(id.clone()))))
    };
    let state = props.state;
    let classes = classes!(
        "node",
        format!("kind-{}", props.kind.as_str()),
        format!("state-{}", state.as_str()),
        props.is_off.then_some("is-off"),
        props.kind.is_switchable().then_some("switchable"),
        props.selected.then_some("is-selected")
    );
    let (width, height) = (props.width.to_string(), props.height.to_string());
    let icon_x = (props.width - 12.0).to_string();
    // A first word too long for the box comes whole (never cut inside a word), squeezed to fit.
    let room = label_room(props.width);
    let squeeze = (props.text.chars().count() as f64 * CHAR_PX > room).then(|| format!("{room:.0}"));
    html! {
        <g class={classes} data-node-id={props.id.to_string()} data-state={state.as_str()}
            transform={props.transform.clone()} role="button" tabindex={if props.tab { "0" } else { "-1" }}
            aria-label={props.label.clone()}
            aria-current={props.selected.then_some("true")} {onclick} {onkeydown} {onfocus}>
            <title>{ props.label.clone() }</title>
            <rect class="node-box" width={width.clone()} height={height.clone()} rx="5" />
            if state == NodeState::Down {
                <rect class="node-hatch" {width} {height} rx="5" />
                <text class="node-icon" x={icon_x} y="19">{ "✕" }</text>
            } else if state == NodeState::Degraded {
                <text class="node-icon" x={icon_x} y="19">{ "!" }</text>
            }
            <text class="node-label" x="8" y="18" textLength={squeeze.clone()}
                lengthAdjust={squeeze.is_some().then_some("spacingAndGlyphs")}>{ props.text.clone() }</text>
        </g>
    }
}

#[component]
pub fn DependencyMap(props: &DependencyMapProps) -> Html {
    let text = texts(props.scenario.lang);
    let model = &props.model;
    let derived = &props.derived;
    let cascade = &props.cascade;
    let drawing = use_memo((props.model.clone(), props.layout.clone(), props.viewport), |(model, layout, viewport)| {
        Drawing::new(model, layout, *viewport)
    });
    let onmove = use_callback(
        (DrawingRef(drawing.clone()), props.model.clone()),
        |(index, direction): (NodeIndex, usize), (drawing, model)| {
            let next =
                drawing.0.neighbours.get(index.index()).and_then(|around| around.get(direction).copied().flatten());
            if let Some(next) = next {
                focus_map_node(&model.node(next).id);
            }
        },
    );
    let frame = &drawing.frame;
    let (width, height) = (drawing.width, drawing.height);
    // The room the map has: the page's width less its padding (the details open in a drawer above the map).
    let room = f64::from(props.viewport.min(1232).saturating_sub(PAGE_CHROME + 40));
    let fit = (room / width).clamp(ZOOMS[0], 1.0);
    let zoom_state = use_state(|| None::<f64>);
    let zoom = if frame.narrow { 1.0 } else { zoom_state.unwrap_or(fit) };
    let step = |direction: i8| {
        let zoom_state = zoom_state.clone();
        Callback::from(move |_: MouseEvent| {
            let next = if direction > 0 {
                ZOOMS.iter().copied().find(|&z| z > zoom + 1e-6)
            } else {
                ZOOMS.iter().rev().copied().find(|&z| z < zoom - 1e-6)
            };
            if let Some(next) = next {
                zoom_state.set(Some(next));
            }
        })
    };
    let onfit = {
        let zoom_state = zoom_state.clone();
        Callback::from(move |_: MouseEvent| zoom_state.set(None))
    };
    let display: Vec<NodeState> = model.nodes().map(|(index, _)| cascade.display(index, derived)).collect();
    let shown = |index: NodeIndex| display.get(index.index()).copied().unwrap_or_default();
    let selected = props.scenario.selected.as_ref().and_then(|id| model.lookup(id));
    let backups = props.scenario.backup_indices(model);
    // Drawn again on top of the resting edges: those a failure flows along, and those of the selected node.
    let overlay: Vec<(&EdgeShape, Classes)> = drawing
        .edges
        .iter()
        .filter_map(|edge| {
            let state = shown(edge.source);
            let is_selected = selected.is_some_and(|s| s == edge.source || s == edge.target);
            (state != NodeState::Up || is_selected).then(|| {
                let carries = (state != NodeState::Up).then(|| format!("carries-{}", state.as_str()));
                (edge, classes!("edge", edge.kind, carries, is_selected.then_some("is-selected")))
            })
        })
        .collect();

    html! {
        <>
        if !frame.narrow {
            <div class="map-zoom" role="group" aria-label={text.zoom_label}>
                <button type="button" data-zoom="out" onclick={step(-1)} disabled={zoom <= ZOOMS[0] + 1e-6}
                    aria-label={text.zoom_out}>{ "−" }</button>
                <span class="zoom-level" aria-live="polite">{ format!("{:.0} %", zoom * 100.0) }</span>
                <button type="button" data-zoom="in" onclick={step(1)} disabled={zoom >= ZOOMS[ZOOMS.len() - 1] - 1e-6}
                    aria-label={text.zoom_in}>{ "+" }</button>
                <button type="button" data-zoom="fit" onclick={onfit} aria-pressed={zoom_state.is_none().to_string()}>
                    { text.zoom_fit }
                </button>
            </div>
        }
        <div class={classes!("map-scroll", frame.narrow.then_some("narrow"))}>
            <svg class="dependency-map" viewBox={format!("0 0 {width:.0} {height:.0}")}
                width={format!("{:.0}", width * zoom)} height={format!("{:.0}", height * zoom)}
                data-cascade={if cascade.is_done() { "done" } else { "running" }}
                role="group" aria-label={(text.map_caption)(model.node_count(), model.edge_count())}>
                <defs>
                    <pattern id="cf-hatch" patternUnits="userSpaceOnUse" width="7" height="7" patternTransform="rotate(45)">
                        <line x1="0" y1="0" x2="0" y2="7" class="hatch-line" />
                    </pattern>
                </defs>
                <EdgeLayer drawing={DrawingRef(drawing.clone())} />
                <g class="edges overlay" aria-hidden="true">
                    { for overlay.into_iter().map(|(edge, classes)| html! { <path class={classes} d={edge.d.clone()} /> }) }
                    { for backups.iter().map(|backup| html! {
                        <path class="edge whatif" data-whatif={model.node(backup.service).id.to_string()}
                            d={frame.edge_path(drawing.corner(backup.backup), drawing.corner(backup.service))}>
                            <title>{ text.whatif_edge }</title>
                        </path>
                    }) }
                </g>
                <g class="nodes">
                    { for model.nodes().map(|(index, node)| {
                        let state = shown(index);
                        html! {
                            <MapNode key={node.id.as_str()} {index} id={node.id.clone()} kind={node.kind} {state}
                                tab={selected.map_or(index.index() == 0, |s| s == index)} onmove={onmove.clone()}
                                is_off={props.scenario.off.contains(&node.id)} selected={selected == Some(index)}
                                transform={drawing.transforms.get(index.index()).cloned().unwrap_or_default()}
                                text={drawing.labels.get(index.index()).cloned().unwrap_or_default()}
                                label={AttrValue::from((text.node_label)(&accessible_name(&node.name, node.label()), (text.kind_name)(node.kind), (text.state_name)(state)))}
                                width={frame.node_width} height={frame.node_height} onswitch={props.onswitch.clone()} />
                        }
                    }) }
                </g>
            </svg>
        </div>
        </>
    }
}
