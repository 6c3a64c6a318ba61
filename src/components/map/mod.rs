//! The dependency map family: the SVG map (`DependencyMap`, up to `LARGE` nodes) and the canvas map (`CanvasMap`,
//! above it) share their props, their pure geometry (`geometry`, unit-tested natively) and one palette. The SVG map
//! is made of `EdgeLayer` and keyed `MapNode`s over a `Drawing` computed once per layout and viewport; the canvas
//! map paints with `paint`. Nothing here computes propagation: every node shows the cascade's `display`.

mod canvas;
mod drawing;
mod edge_layer;
pub mod geometry;
mod map_node;
mod node_state;
mod paint;
pub mod palette;
mod svg;

use std::rc::Rc;

use cloudfall_model::layout::Layout;
use cloudfall_model::{Action, Scenario};
use yew::prelude::*;

use crate::hooks::Cascade;
use crate::ModelRef;
use cloudfall_model::Derived;

pub use canvas::CanvasMap;
pub use svg::DependencyMap;

/// Above this many nodes the map is drawn on a canvas.
pub const LARGE: usize = 800;

/// The props of both maps: the app hands either the same values.
#[derive(Properties, PartialEq)]
pub struct MapProps {
    pub model: ModelRef,
    pub layout: Rc<Layout>,
    pub derived: Rc<Derived>,
    pub scenario: Rc<Scenario>,
    pub cascade: Cascade,
    /// The viewport width: below `NARROW_BELOW` the SVG map runs top to bottom and wraps to fit.
    pub viewport: u32,
    pub onswitch: Callback<Action>,
    /// Projector mode (`projector=1`): the SVG map opens at its largest zoom, so its names are at least 20 px.
    #[prop_or_default]
    pub projector: bool,
}
