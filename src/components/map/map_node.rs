//! One node of the SVG map: a button that opens its details, and one stop of the map's roving tabindex. Its look by
//! state is the map's overlays (`svg`): its ground under it (fill and border, hatched on the dark when down, dashed
//! when degraded), ✕ down, ! degraded and an inner outline dotted for inferred, dashed for reported over it; the box's
//! own mark says "~" at risk, "?" unknown. Its `data-state`, `data-certainty` and `<title>` words are written by
//! `node_state`.

use cloudfall_model::certainty::HowKnown;
use cloudfall_model::{Action, NodeId, NodeIndex, NodeKind, NodeState};
use yew::prelude::*;

use super::geometry::{label_baselines, Arrow, Tenths, LABEL_X};
use crate::components::button_handlers;

#[derive(Properties, PartialEq)]
pub struct MapNodeProps {
    pub index: NodeIndex,
    pub id: NodeId,
    /// The id written in the page (`data-node-id`): the node's id, or `box-N` when its name is hidden.
    pub dom_id: AttrValue,
    /// The one node of the map in the Tab order (roving tabindex): the arrow keys move between nodes.
    pub tab: bool,
    pub onmove: Callback<(NodeIndex, Arrow)>,
    pub kind: NodeKind,
    pub is_off: bool,
    pub selected: bool,
    /// Outside the selected node's chain: drawn faded.
    #[prop_or_default]
    pub faded: bool,
    pub transform: AttrValue,
    /// Its label as fitted (`Frame::fit_label`): one line, or two with a line break between them.
    pub text: AttrValue,
    /// Its how mark and the mark's class (`how_mark`).
    pub mark: Option<(&'static str, &'static str)>,
    pub width: f64,
    pub height: f64,
    pub onswitch: Callback<Action>,
}

/// One node of the map: a button that opens its details. Unchanged nodes skip rendering.
#[component]
pub fn MapNode(props: &MapNodeProps) -> Html {
    // Opening a box (click, Enter, Space) moves the focus to its details; the arrow keys walk the map, selecting
    // each box they reach but leaving the focus on the map.
    let (onclick, onselect) = button_handlers(&props.onswitch, &props.id, |id| Action::Select(Some(id)));
    let to_details = crate::browser::details_heading_of(&props.dom_id);
    let onclick = {
        let to_details = to_details.clone();
        Callback::from(move |event: MouseEvent| {
            onclick.emit(event);
            crate::browser::focus_after_render(&to_details);
        })
    };
    let onkeydown = {
        let (onmove, index) = (props.onmove.clone(), props.index);
        Callback::from(move |event: KeyboardEvent| match Arrow::from_key(&event.key()) {
            Some(arrow) => {
                event.prevent_default();
                onmove.emit((index, arrow));
            }
            None => {
                let opens = event.key() == "Enter" || event.key() == " ";
                onselect.emit(event);
                if opens {
                    crate::browser::focus_after_render(&to_details);
                }
            }
        })
    };
    // The state (`data-state`), `data-certainty` and the `<title>`'s words (the accessible name, which is also the
    // tooltip) are written on the box by the map's `use_node_states`, not rendered here: a click then re-renders no
    // box. The `<title>` stays the group's first child.
    let classes = classes!(
        "node",
        format!("kind-{}", props.kind.as_str()),
        props.is_off.then_some("is-off"),
        props.kind.is_switchable().then_some("switchable"),
        props.selected.then_some("is-selected"),
        props.faded.then_some("is-faded")
    );
    let (one, two, mark_y) = label_baselines(props.height);
    let x = Tenths(LABEL_X).to_string();
    html! {
        <g class={classes} data-node-id={props.dom_id.clone()}
            transform={props.transform.clone()} role="button" tabindex={if props.tab { "0" } else { "-1" }}
            aria-current={props.selected.then_some("true")} {onclick} {onkeydown}>
            <title></title>
            <rect class="node-box" width={Tenths(props.width).to_string()} height={Tenths(props.height).to_string()} rx="5" />
            if let Some((mark, class)) = props.mark {
                <text class={classes!("node-icon", class)} x={Tenths(props.width - 12.0).to_string()} y={Tenths(mark_y).to_string()}>{ mark }</text>
            }
            // A label still too wide once drawn is squeezed into its room by the map (`node_state::use_label_fit`),
            // each line on its own. A space stays between the lines (at the end of the first, unseen), so the text
            // reads as the label does.
            if let Some((top, bottom)) = props.text.split_once('\n') {
                <text class="node-label two-lines">
                    <tspan x={x.clone()} y={Tenths(two.0).to_string()}>{ top }</tspan>{ " " }
                    <tspan x={x} y={Tenths(two.1).to_string()}>{ bottom }</tspan>
                </text>
            } else {
                <text class="node-label" {x} y={Tenths(one).to_string()}>{ props.text.clone() }</text>
            }
        </g>
    }
}

/// A box's how mark, on a box still up: "~" at risk, "?" unknown (with its class), or none.
pub fn how_mark(how: HowKnown, state: NodeState) -> Option<(&'static str, &'static str)> {
    match (how, state) {
        (HowKnown::AtRisk { .. }, NodeState::Up) => Some(("~", "how-at-risk")),
        (HowKnown::Unknown, NodeState::Up) => Some(("?", "how-unknown")),
        _ => None,
    }
}
