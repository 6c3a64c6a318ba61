//! The SVG map's resting edges, in one layer that never re-renders on a click.

use yew::prelude::*;

use super::drawing::DrawingRef;

#[derive(Properties, PartialEq)]
pub struct EdgeLayerProps {
    pub drawing: DrawingRef,
}

/// Every edge in its resting colours. It renders again only when the drawing changes (a new model or a resize),
/// never on a click: the edges a failure flows along are drawn again on top, in the overlay.
#[component]
pub fn EdgeLayer(props: &EdgeLayerProps) -> Html {
    html! {
        <g class="edges" aria-hidden="true">
            { for props.drawing.0.edges.iter().map(|edge| html! {
                <path class={classes!("edge", edge.kind)} d={edge.d.clone()} />
            }) }
        </g>
    }
}
