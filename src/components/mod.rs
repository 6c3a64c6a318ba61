//! One component per file, each with its `<Name>Props` beside it (the two maps share theirs, in `map/`).
//! Components render state and send `Action`s.

mod blast_ranking;
mod data_credit;
mod data_error;
mod details_panel;
mod evidence_list;
mod header;
mod how_we_know;
mod legend;
mod map;
mod metrics;
mod node_button;
mod notices;
mod points_of_failure;
mod replay_panel;
mod replay_picker;
mod search_box;
mod share_chart;
mod source_link;
mod source_list;
mod status_bar;
mod switch_panel;
mod texts_status;
mod what_if;
mod why_chain;

/// Kept here for the map components, which focus nodes with it; it lives with the other page effects.
pub(crate) use crate::browser::focus_map_node;
pub use blast_ranking::BlastRanking;
pub use data_credit::DataCredit;
pub use data_error::{DataError, DataErrorProps};
pub use details_panel::DetailsPanel;
pub use evidence_list::EvidenceList;
pub use header::Header;
pub use how_we_know::HowWeKnow;
pub use legend::Legend;
pub use map::{CanvasMap, DependencyMap, MapProps, LARGE};
pub use metrics::Metrics;
pub use node_button::NodeButton;
pub use notices::Notices;
pub use points_of_failure::PointsOfFailure;
pub use replay_panel::ReplayPanel;
pub use replay_picker::ReplayPicker;
pub use search_box::SearchBox;
pub use share_chart::ShareChart;
pub use source_link::SourceLink;
pub use source_list::SourceList;
pub use status_bar::StatusBar;
pub use switch_panel::SwitchPanel;
pub use texts_status::TextsStatus;
pub use what_if::WhatIf;
pub use why_chain::WhyChain;

use cloudfall_model::{Action, NodeId};
use yew::prelude::*;

/// The click and key handlers of an SVG element that acts as a button sending `action(id)`: a click, Enter or
/// Space sends it, as an HTML button would.
pub(crate) fn button_handlers(
    onswitch: &Callback<Action>,
    id: &NodeId,
    action: fn(NodeId) -> Action,
) -> (Callback<MouseEvent>, Callback<KeyboardEvent>) {
    let onclick = {
        let (onswitch, id) = (onswitch.clone(), id.clone());
        Callback::from(move |_: MouseEvent| onswitch.emit(action(id.clone())))
    };
    let onkeydown = {
        let (onswitch, id) = (onswitch.clone(), id.clone());
        Callback::from(move |event: KeyboardEvent| {
            if event.key() == "Enter" || event.key() == " " {
                event.prevent_default();
                onswitch.emit(action(id.clone()));
            }
        })
    };
    (onclick, onkeydown)
}

/// Handlers for an SVG toggle button: sends `Action::Toggle(id)`.
pub(crate) fn toggle_handlers(
    onswitch: &Callback<Action>,
    id: &NodeId,
) -> (Callback<MouseEvent>, Callback<KeyboardEvent>) {
    button_handlers(onswitch, id, Action::Toggle)
}
