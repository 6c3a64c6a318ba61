//! The dependency map: an SVG of the layered layout, edges first and nodes on top (draw order), each node coloured
//! by a pure `node_display` of the `Outcome`. Switchable nodes are buttons; clicking one sends `Action::Toggle`.
//! Geometry is computed here from the model's `Layout`; a canvas layer can replace the edges later without
//! touching the model.

use std::collections::BTreeSet;
use std::rc::Rc;

use cloudfall_model::layout::{relative, Layout};
use cloudfall_model::{Action, EvidenceKind, Lang, Link, NodeId, NodeIndex, NodeState, Outcome};
use yew::prelude::*;

use super::toggle_handlers;
use crate::app::Derived;
use crate::i18n::texts;
use crate::ModelRef;

#[derive(Properties, PartialEq)]
pub struct DependencyMapProps {
    pub model: ModelRef,
    pub layout: Rc<Layout>,
    pub derived: Rc<Derived>,
    pub off: Rc<BTreeSet<NodeId>>,
    pub lang: Lang,
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
}

impl Frame {
    fn new(layout: &Layout, viewport: u32) -> Frame {
        let narrow = viewport < NARROW_BELOW;
        let padding = 10.0;
        if !narrow {
            let tallest = layout.max_layer_size().max(1) as f64;
            return Frame {
                narrow,
                node_width: 156.0,
                node_height: 30.0,
                layer_stride: 230.0,
                span: tallest * 42.0,
                padding,
                per_row: 0,
                layer_rows: Vec::new(),
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
            let along = self.padding + relative(rank, size) * self.span;
            (self.padding + layer as f64 * self.layer_stride, along - self.node_height / 2.0)
        }
    }

    fn size(&self, layout: &Layout) -> (f64, f64) {
        if self.narrow {
            let rows = self.layer_rows.last().copied().unwrap_or(0.0) - 0.8;
            (self.padding * 2.0 + self.per_row as f64 * self.span, self.padding * 2.0 + rows * self.layer_stride)
        } else {
            let layers = layout.layer_sizes().len().max(1) as f64;
            (self.padding * 2.0 + (layers - 1.0) * self.layer_stride + self.node_width, self.padding * 2.0 + self.span)
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

    /// The label, cut with an ellipsis when it would overflow the box (about 7 px a character, room for an icon).
    fn fit<'a>(&self, label: &'a str) -> std::borrow::Cow<'a, str> {
        let room = ((self.node_width - 26.0) / 7.0) as usize;
        if label.chars().count() <= room {
            std::borrow::Cow::Borrowed(label)
        } else {
            let cut: String = label.chars().take(room.saturating_sub(1)).collect();
            std::borrow::Cow::Owned(format!("{}…", cut.trim_end()))
        }
    }
}

/// How a node looks, derived from the outcome alone (sigma's node reducer): never stored.
pub fn node_display(index: NodeIndex, outcome: &Outcome) -> NodeState {
    outcome.state(index)
}

/// The class naming an edge's evidence, and whether the failure flows along it.
fn edge_classes(link: &Link, source_state: NodeState) -> Classes {
    let kind = match link {
        Link::Contains => "contains",
        Link::Uses(dependency) => match dependency.strongest_evidence() {
            EvidenceKind::Documented => "documented",
            EvidenceKind::Reported => "reported",
            EvidenceKind::Inferred => "inferred",
        },
    };
    classes!("edge", kind, (source_state != NodeState::Up).then_some(format!("carries-{}", source_state.as_str())))
}

#[component]
pub fn DependencyMap(props: &DependencyMapProps) -> Html {
    let text = texts(props.lang);
    let model = &props.model;
    let layout = &props.layout;
    let outcome = &props.derived.outcome;
    let frame = Frame::new(layout, props.viewport);
    let (width, height) = frame.size(layout);
    let corners: Vec<(f64, f64)> = model.nodes().map(|(index, _)| frame.corner(layout, index)).collect();
    let corner = |index: NodeIndex| corners.get(index.index()).copied().unwrap_or((0.0, 0.0));

    // Edges that carry a failure are drawn last, on top of the others.
    let mut edges: Vec<(NodeIndex, NodeIndex, &Link)> = model.edges().collect();
    edges.sort_by_key(|(source, _, _)| outcome.state(*source) != NodeState::Up);

    let node = |index: NodeIndex| -> Html {
        let node = model.node(index);
        let state = node_display(index, outcome);
        let (x, y) = corner(index);
        let label = (text.node_label)(&node.name, (text.kind_name)(node.kind), (text.state_name)(state));
        let is_off = props.off.contains(&node.id);
        let classes = classes!(
            "node",
            format!("kind-{}", node.kind.as_str()),
            format!("state-{}", state.as_str()),
            is_off.then_some("is-off"),
            node.kind.is_switchable().then_some("switchable")
        );
        let body = html! {
            <>
                <title>{ label.clone() }</title>
                <rect class="node-box" width={frame.node_width.to_string()} height={frame.node_height.to_string()} rx="5" />
                if state == NodeState::Down {
                    <rect class="node-hatch" width={frame.node_width.to_string()} height={frame.node_height.to_string()} rx="5" />
                    <text class="node-icon" x={(frame.node_width - 12.0).to_string()} y="19">{ "✕" }</text>
                } else if state == NodeState::Degraded {
                    <text class="node-icon" x={(frame.node_width - 12.0).to_string()} y="19">{ "!" }</text>
                }
                <text class="node-label" x="8" y={if frame.narrow { "18" } else { "19" }}>{ frame.fit(node.label()).into_owned() }</text>
            </>
        };
        let transform = format!("translate({x:.1},{y:.1})");
        if node.kind.is_switchable() {
            let (onclick, onkeydown) = toggle_handlers(&props.onswitch, &node.id);
            html! {
                <g key={node.id.to_string()} class={classes} data-node-id={node.id.to_string()} data-state={state.as_str()}
                    {transform} role="button" tabindex="0" aria-pressed={is_off.to_string()} aria-label={label}
                    {onclick} {onkeydown}>
                    { body }
                </g>
            }
        } else {
            html! {
                <g key={node.id.to_string()} class={classes} data-node-id={node.id.to_string()} data-state={state.as_str()}
                    {transform} role="img" aria-label={label}>
                    { body }
                </g>
            }
        }
    };

    html! {
        <div class={classes!("map-scroll", frame.narrow.then_some("narrow"))}>
            <svg class="dependency-map" viewBox={format!("0 0 {width:.0} {height:.0}")}
                width={format!("{width:.0}")} height={format!("{height:.0}")}
                role="group" aria-label={(text.map_caption)(model.node_count(), model.edge_count())}>
                <defs>
                    <pattern id="cf-hatch" patternUnits="userSpaceOnUse" width="7" height="7" patternTransform="rotate(45)">
                        <line x1="0" y1="0" x2="0" y2="7" class="hatch-line" />
                    </pattern>
                </defs>
                <g class="edges" aria-hidden="true">
                    { for edges.iter().map(|&(source, target, link)| html! {
                        <path class={edge_classes(link, outcome.state(source))}
                            d={frame.edge_path(corner(source), corner(target))} />
                    }) }
                </g>
                <g class="nodes">
                    { for model.nodes().map(|(index, _)| node(index)) }
                </g>
            </svg>
        </div>
    }
}
