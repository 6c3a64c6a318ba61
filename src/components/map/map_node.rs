//! One node of the SVG map: a button that opens its details, and one stop of the map's roving tabindex. Its box and
//! label are coloured by its state (the stylesheet reads the group's `data-state`); beyond colour, the map's overlays
//! (`svg`) draw a down box's hatched ground under it, ✕ down and ! degraded (with a dashed box) and an inner outline
//! dotted for inferred, dashed for reported over it; the box's own mark says "~" at risk, "?" unknown.

use cloudfall_model::certainty::HowKnown;
use cloudfall_model::{Action, Lang, NodeId, NodeIndex, NodeKind, NodeState};
use yew::prelude::*;

use super::geometry::{label_squeeze, Arrow, Tenths};
use crate::components::button_handlers;
use crate::i18n::texts;

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
    pub state: NodeState,
    /// How we know the state shown (`HowKnown::Unaffected` while the cascade has not reached the node).
    pub how: HowKnown,
    pub is_off: bool,
    pub selected: bool,
    /// Outside the selected node's chain: drawn faded.
    #[prop_or_default]
    pub faded: bool,
    pub transform: AttrValue,
    pub text: AttrValue,
    /// Its how mark and the mark's class (`how_mark`).
    pub mark: Option<(&'static str, &'static str)>,
    /// The node's name for screen readers (`label::accessible_name`); the state and kind are added here, so only
    /// a node that changes words its label again.
    pub name: AttrValue,
    pub lang: Lang,
    /// What this failed box takes down, in words (`metrics::reach`, summarised past 20 services), or empty: added
    /// to the box's tooltip and its accessible name, so hovering or focusing a switched-off box says its effect.
    #[prop_or_default]
    pub reach: AttrValue,
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
    let state = props.state;
    let text = texts(props.lang);
    let state_words = match props.how {
        HowKnown::Unaffected => (text.state_name)(state).to_string(),
        // Never "up" for what the data knows nothing about.
        HowKnown::Unknown => (text.how_name)(props.how).to_string(),
        how => format!("{}, {}", (text.state_name)(state), (text.how_name)(how)),
    };
    // A box switched off says so, beyond "down": the reader knows what they did from what followed.
    let state_words = if props.is_off { format!("{state_words}, {}", text.why_switched_off) } else { state_words };
    let label = (text.node_label)(&props.name, (text.kind_name)(props.kind), &state_words);
    let label = AttrValue::from(if props.reach.is_empty() { label } else { format!("{label}. {}", props.reach) });
    // The state is an attribute the stylesheet reads (`.node[data-state="down"] .node-box`), not a class: a click
    // then writes no class on the boxes it darkens. The accessible name is the `<title>` (which is also the tooltip),
    // not an `aria-label` written again beside it.
    let classes = classes!(
        "node",
        format!("kind-{}", props.kind.as_str()),
        props.is_off.then_some("is-off"),
        props.kind.is_switchable().then_some("switchable"),
        props.selected.then_some("is-selected"),
        props.faded.then_some("is-faded")
    );
    // A first word too long for the box comes whole (never cut inside a word), squeezed to fit.
    let squeeze = label_squeeze(&props.text, props.width).map(|room| format!("{room:.0}"));
    html! {
        <g class={classes} data-node-id={props.dom_id.clone()} data-state={state.as_str()}
            data-certainty={props.how.as_str()}
            transform={props.transform.clone()} role="button" tabindex={if props.tab { "0" } else { "-1" }}
            aria-current={props.selected.then_some("true")} {onclick} {onkeydown}>
            <title>{ label }</title>
            <rect class="node-box" width={Tenths(props.width).to_string()} height={Tenths(props.height).to_string()} rx="5" />
            if let Some((mark, class)) = props.mark {
                <text class={classes!("node-icon", class)} x={Tenths(props.width - 12.0).to_string()} y="19">{ mark }</text>
            }
            <text class="node-label" x="8" y="18" textLength={squeeze.clone()}
                lengthAdjust={squeeze.is_some().then_some("spacingAndGlyphs")}>{ props.text.clone() }</text>
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
