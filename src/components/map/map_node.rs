//! One node of the SVG map: a button that opens its details, marked by its state beyond colour (hatching and ✕ for
//! down, a dashed outline and ! for degraded) and by how we know it (an inner outline dotted for inferred, dashed for
//! reported; "~" at risk, "?" unknown), and one stop of the map's roving tabindex.

use cloudfall_model::certainty::{Certainty, HowKnown};
use cloudfall_model::{Action, Lang, NodeId, NodeIndex, NodeKind, NodeState};
use yew::prelude::*;

use super::geometry::{label_squeeze, Arrow};
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
    let classes = classes!(
        "node",
        format!("kind-{}", props.kind.as_str()),
        format!("state-{}", state.as_str()),
        props.is_off.then_some("is-off"),
        props.kind.is_switchable().then_some("switchable"),
        props.selected.then_some("is-selected"),
        props.faded.then_some("is-faded")
    );
    // How we know, beyond colour: an inner outline dotted (inferred) or dashed (reported), like the links of those
    // kinds; a dashed outline and "~" for a service at risk, "?" for one the data knows nothing about.
    let (how_class, how_mark) = match props.how {
        HowKnown::Affected(Certainty::Documented) | HowKnown::Unaffected => (None, None),
        HowKnown::Affected(Certainty::Inferred) => (Some("how-inferred"), None),
        HowKnown::Affected(Certainty::Reported) => (Some("how-reported"), None),
        HowKnown::AtRisk { .. } => (Some("how-at-risk"), Some("~")),
        HowKnown::Unknown => (Some("how-unknown"), Some("?")),
    };
    // The how mark ("~", "?") is the only text a click may change, and only for a box whose certainty changes: the
    // down and degraded marks are drawn shapes, always there and shown by the state's class (CSS), as the hatching
    // is. A text that changes costs Chromium a text layout per box (about 10 ms for the 190 boxes AWS takes down).
    let how_mark = if state == NodeState::Up { how_mark.unwrap_or("") } else { "" };
    let (width, height) = (props.width.to_string(), props.height.to_string());
    let icon_x = props.width - 12.0;
    // ✕ (down) and ! (degraded), centred where the how mark's text is.
    let cross =
        format!("M{:.1} 9.5L{:.1} 17.5M{:.1} 9.5L{:.1} 17.5", icon_x - 4.0, icon_x + 4.0, icon_x + 4.0, icon_x - 4.0);
    let bang = format!("M{icon_x:.1} 7.5V14.5M{icon_x:.1} 18V18.5");
    // A first word too long for the box comes whole (never cut inside a word), squeezed to fit.
    let squeeze = label_squeeze(&props.text, props.width).map(|room| format!("{room:.0}"));
    html! {
        <g class={classes} data-node-id={props.dom_id.clone()} data-state={state.as_str()}
            data-certainty={props.how.as_str()}
            transform={props.transform.clone()} role="button" tabindex={if props.tab { "0" } else { "-1" }}
            aria-label={label.clone()}
            aria-current={props.selected.then_some("true")} {onclick} {onkeydown}>
            <title>{ label }</title>
            <rect class="node-box" width={width.clone()} height={height.clone()} rx="5" />
            // The how outline, the hatching and the marks are always there, so a click changes classes instead of
            // adding and removing elements and texts: each shows only in its state (CSS).
            <rect class={classes!("node-how", how_class.unwrap_or("how-none"))} x="3" y="3"
                width={(props.width - 6.0).to_string()} height={(props.height - 6.0).to_string()} rx="3" />
            <rect class="node-hatch" {width} {height} rx="5" />
            <path class="node-mark mark-down" d={cross} />
            <path class="node-mark mark-degraded" d={bang} />
            <text class={classes!("node-icon", how_class.filter(|_| !how_mark.is_empty()))} x={icon_x.to_string()} y="19">{ how_mark }</text>
            <text class="node-label" x="8" y="18" textLength={squeeze.clone()}
                lengthAdjust={squeeze.is_some().then_some("spacingAndGlyphs")}>{ props.text.clone() }</text>
        </g>
    }
}
