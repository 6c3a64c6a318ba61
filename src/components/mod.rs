//! One component per file, each with its `<Name>Props` beside it (the two maps share theirs, in `map/`).
//! Components render state and send `Action`s.

mod blast_ranking;
mod data_error;
mod details_panel;
mod header;
mod legend;
mod map;
mod metrics;
mod notices;
mod replay_panel;
mod replay_picker;
mod search_box;
mod share_chart;
mod source_list;
mod status_bar;
mod switch_panel;

pub use blast_ranking::BlastRanking;
pub use data_error::{DataError, DataErrorProps};
pub use details_panel::DetailsPanel;
pub use header::Header;
pub use legend::Legend;
pub use map::{CanvasMap, DependencyMap, MapProps, LARGE};
pub use metrics::Metrics;
pub use notices::Notices;
pub use replay_panel::ReplayPanel;
pub use replay_picker::{replay_action, ReplayPicker};
pub use search_box::{focus_map_node, SearchBox};
pub use share_chart::ShareChart;
pub use source_list::{SourceLink, SourceList};
pub use status_bar::StatusBar;
pub use switch_panel::SwitchPanel;

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
