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

use yew::prelude::*;

/// Calls `f` when Enter or Space is pressed, so SVG buttons behave like HTML ones.
pub(crate) fn on_activate_key(f: Callback<()>) -> Callback<KeyboardEvent> {
    Callback::from(move |event: KeyboardEvent| {
        if event.key() == "Enter" || event.key() == " " {
            event.prevent_default();
            f.emit(());
        }
    })
}
