//! What a click changes on the SVG map's boxes, written straight onto the boxes the map has drawn: each box's
//! `data-state` (which the stylesheet reads), its `data-certainty` and its `<title>` (its accessible name and
//! tooltip, which say its state). Yew renders each box once, from what a click does not change (its place, name,
//! selection); `use_node_states` then writes these three for the boxes whose state, words or reach changed, after
//! each render and in the same frame. A click that darkens 193 boxes then re-renders no box component: measured on
//! the shipped map (issue 19), yew's render and diff of those boxes were most of the click's script.

use std::cell::RefCell;
use std::rc::Rc;

use cloudfall_model::certainty::HowKnown;
use cloudfall_model::{Lang, NodeKind, NodeState};
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
