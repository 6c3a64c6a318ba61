//! One component per file, each with its `<Name>Props` beside it. Components render state and send `Action`s.

mod data_error;
mod dependency_map;
mod header;
mod legend;
mod notices;
mod share_chart;
mod summary_line;
mod switch_panel;

pub use data_error::{DataError, DataErrorProps};
pub use dependency_map::DependencyMap;
pub use header::Header;
pub use legend::Legend;
pub use notices::Notices;
pub use share_chart::ShareChart;
pub use summary_line::SummaryLine;
pub use switch_panel::SwitchPanel;

use cloudfall_model::{Action, NodeId};
use yew::prelude::*;

/// The click and key handlers of an SVG element that acts as a toggle button for `id`: a click, Enter or Space
/// sends `Action::Toggle(id)`, as an HTML button would.
pub(crate) fn toggle_handlers(
    onswitch: &Callback<Action>,
    id: &NodeId,
) -> (Callback<MouseEvent>, Callback<KeyboardEvent>) {
    let onclick = {
        let (onswitch, id) = (onswitch.clone(), id.clone());
        Callback::from(move |_: MouseEvent| onswitch.emit(Action::Toggle(id.clone())))
    };
    let onkeydown = {
        let (onswitch, id) = (onswitch.clone(), id.clone());
        Callback::from(move |event: KeyboardEvent| {
            if event.key() == "Enter" || event.key() == " " {
                event.prevent_default();
                onswitch.emit(Action::Toggle(id.clone()));
            }
        })
    };
    (onclick, onkeydown)
}
