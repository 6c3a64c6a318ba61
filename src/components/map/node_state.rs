//! What a click changes on the SVG map's boxes, written straight onto the boxes the map has drawn: each box's
//! `data-state` and `data-certainty` (which no style rule reads: the look is the map's overlays) and its `<title>`
//! (its accessible name and tooltip, which say its state). Yew renders each box once, from what a click does not change (its place, name,
//! selection); `use_node_states` then writes these three for the boxes whose state, words or reach changed, after
//! each render and in the same frame. A click that darkens 193 boxes then re-renders no box component: measured on
//! the shipped map (issue 19), yew's render and diff of those boxes were most of the click's script.

use std::cell::RefCell;
use std::rc::Rc;

use cloudfall_model::certainty::HowKnown;
use cloudfall_model::{Lang, NodeKind, NodeState};
use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::i18n::texts;

/// What one box shows of the scenario, beyond its place: its state, how we know it, and the words of its title.
#[derive(Clone, PartialEq)]
pub struct Shown {
    pub state: NodeState,
    /// How we know the state shown (`HowKnown::Unaffected` while the cascade has not reached the node).
    pub how: HowKnown,
    pub kind: NodeKind,
    pub is_off: bool,
    /// The node's name for screen readers (`label::accessible_name`).
    pub name: AttrValue,
    /// What this failed box takes down, in words (`metrics::reach`), or empty.
    pub reach: AttrValue,
}

/// A box's title, which is its accessible name and its tooltip: its name, kind and state (with how we know, and
/// "switched off" for a box the reader switched off), then what it takes down if it failed.
pub fn title(shown: &Shown, lang: Lang) -> String {
    let text = texts(lang);
    let state_words = match shown.how {
        HowKnown::Unaffected => (text.state_name)(shown.state).to_string(),
        // Never "up" for what the data knows nothing about.
        HowKnown::Unknown => (text.how_name)(shown.how).to_string(),
        how => format!("{}, {}", (text.state_name)(shown.state), (text.how_name)(how)),
    };
    // A box switched off says so, beyond "down": the reader knows what they did from what followed.
    let state_words = if shown.is_off { format!("{state_words}, {}", text.why_switched_off) } else { state_words };
    let label = (text.node_label)(&shown.name, (text.kind_name)(shown.kind), &state_words);
    if shown.reach.is_empty() {
        label
    } else {
        format!("{label}. {}", shown.reach)
    }
}

/// What was last written on the boxes: for which model and language, and each box's `Shown`.
#[derive(Default)]
struct Written {
    model: usize,
    lang: Option<Lang>,
    shown: Vec<Option<Shown>>,
}

/// After each render, writes on the boxes under `nodes` (the map's `g.nodes`, whose children are the boxes in the
/// model's order, one `<g>` each) what changed of `shown` since the last write. `model` identifies the model the boxes
/// were drawn for: another one (whose boxes are new) is written whole.
#[hook]
pub fn use_node_states(nodes: NodeRef, model: usize, lang: Lang, shown: Vec<Shown>) {
    let written = use_mut_ref(Written::default);
    use_effect(move || write(&nodes, &written, model, lang, shown));
}

fn write(nodes: &NodeRef, written: &Rc<RefCell<Written>>, model: usize, lang: Lang, shown: Vec<Shown>) {
    let Some(group) = nodes.cast::<web_sys::Element>() else { return };
    let mut written = written.borrow_mut();
    if written.model != model || written.lang != Some(lang) || written.shown.len() != shown.len() {
        *written = Written { model, lang: Some(lang), shown: vec![None; shown.len()] };
    }
    let boxes = group.children();
    for (index, now) in shown.into_iter().enumerate() {
        let Some(before) = written.shown.get_mut(index) else { continue };
        if before.as_ref() == Some(&now) {
            continue;
        }
        let Some(element) = boxes.item(index as u32) else { continue };
        let state_changed = before.as_ref().is_none_or(|before| before.state != now.state);
        let how_changed = before.as_ref().is_none_or(|before| before.how != now.how);
        // Attributes the browser refuses cannot be: these names are fixed and valid.
        if state_changed {
            let _ = element.set_attribute("data-state", now.state.as_str());
        }
        if how_changed {
            let _ = element.set_attribute("data-certainty", now.how.as_str());
        }
        // The box's first child is its `<title>`, rendered empty: its words are written here, into its one text.
        if let Some(title_element) = element.first_element_child() {
            let words = title(&now, lang);
            match title_element.first_child() {
                Some(text) => text.set_node_value(Some(&words)),
                None => title_element.set_text_content(Some(&words)),
            }
        }
        *before = Some(now);
    }
}

/// Squeezes each label still wider than its room (`room`, `geometry::squeeze_room`) once drawn into it (`textLength`,
/// glyphs and spacing), after a render that drew other labels (`labels`: the identity of the map's label list, new
/// for another model, language, box size or projector mode). The width is the browser's, measured in the next frame's
/// callback, once every effect of the render has run (the projector's larger font is the root's, set by the explorer's
/// effect) and before that frame is painted, so no label is painted over its box's mark. `geometry::fit_label` has cut
/// most long labels between words already; this catches what its estimate of a character's width misses.
#[hook]
pub fn use_label_fit(nodes: NodeRef, labels: usize, room: f64) {
    let fitted = use_mut_ref(|| None::<(usize, u64)>);
    use_effect(move || {
        let key = (labels, room.to_bits());
        if *fitted.borrow() != Some(key) {
            *fitted.borrow_mut() = Some(key);
            crate::browser::before_next_paint(move || squeeze_labels(&nodes, room));
        }
    });
}

fn squeeze_labels(nodes: &NodeRef, room: f64) {
    let Some(group) = nodes.cast::<web_sys::Element>() else { return };
    // Each line on its own: a label's one `<text>`, or each line of a two-line label.
    let Ok(found) = group.query_selector_all(".node-label:not(.two-lines), .node-label.two-lines > tspan") else {
        return;
    };
    let labels: Vec<web_sys::SvgTextContentElement> =
        (0..found.length()).filter_map(|index| found.item(index)).filter_map(|node| node.dyn_into().ok()).collect();
    // Measured as drawn: a squeeze from earlier labels taken off first.
    for label in &labels {
        let _ = label.remove_attribute("textLength");
        let _ = label.remove_attribute("lengthAdjust");
    }
    let wide: Vec<&web_sys::SvgTextContentElement> =
        labels.iter().filter(|label| f64::from(label.get_computed_text_length()) > room).collect();
    let room = super::geometry::Tenths(room).to_string();
    for label in wide {
        let _ = label.set_attribute("textLength", &room);
        let _ = label.set_attribute("lengthAdjust", "spacingAndGlyphs");
    }
}
