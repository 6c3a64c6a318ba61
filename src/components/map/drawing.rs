//! The SVG map's `Drawing`: everything about it that depends on the model and the screen but not on the scenario,
//! computed once per layout and viewport from the pure geometry, so a click only recolours.

use std::rc::Rc;

use cloudfall_model::layout::Layout;
use cloudfall_model::{Model, NodeIndex};
use yew::AttrValue;

use super::geometry::{edge_kind, neighbours, Frame, Neighbours, NodeShapes, Tenths};

/// One edge, ready to draw.
#[derive(PartialEq)]
pub struct EdgeShape {
    pub source: NodeIndex,
    pub target: NodeIndex,
    pub d: AttrValue,
    /// Its CSS class: how strong its evidence is (`geometry::edge_kind`).
    pub kind: &'static str,
}

pub struct Drawing {
    pub frame: Frame,
    pub width: f64,
    pub height: f64,
    corners: Vec<(f64, f64)>,
    pub transforms: Vec<AttrValue>,
    /// Each node's shapes for the state overlay (ground, how outline, marks), in the map's coordinates.
    pub shapes: Vec<NodeShapes>,
    pub edges: Vec<EdgeShape>,
    /// For the arrow keys: each node's neighbour on screen in each direction.
    pub neighbours: Neighbours,
}

impl Drawing {
    pub fn new(model: &Model, layout: &Layout, viewport: u32) -> Drawing {
        let frame = Frame::new(layout, viewport);
        let (width, height) = frame.size();
        let corners: Vec<(f64, f64)> = model.nodes().map(|(index, _)| frame.corner(layout, index)).collect();
        let corner = |index: NodeIndex| corners.get(index.index()).copied().unwrap_or((0.0, 0.0));
        let transforms =
            corners.iter().map(|(x, y)| AttrValue::from(format!("translate({},{})", Tenths(*x), Tenths(*y)))).collect();
        let shapes =
            corners.iter().map(|&corner| NodeShapes::new(corner, frame.node_width, frame.node_height)).collect();
        let edges = model
            .edges()
            .map(|(source, target, link)| EdgeShape {
                source,
                target,
                d: AttrValue::from(frame.edge_path(corner(source), corner(target))),
                kind: edge_kind(link),
            })
            .collect();
        let neighbours = neighbours(&frame, layout, &corners);
        Drawing { frame, width, height, corners, transforms, shapes, edges, neighbours }
    }

    /// The top-left corner of a node's box.
    pub fn corner(&self, index: NodeIndex) -> (f64, f64) {
        self.corners.get(index.index()).copied().unwrap_or((0.0, 0.0))
    }
}

/// A shared `Drawing`, compared by pointer, so the edge layer renders again only for a new drawing.
#[derive(Clone)]
pub struct DrawingRef(pub Rc<Drawing>);

impl PartialEq for DrawingRef {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}
