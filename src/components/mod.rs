//! One component per file, each with its `<Name>Props` beside it (the two maps share theirs, in `map/`).
//! Components render state and send `Action`s.

mod blast_ranking;
mod cascade_controls;
mod challenge_panel;
mod data_credit;
mod data_error;
mod data_loader;
mod dependency_tree;
mod details_panel;
mod embed_header;
mod evidence_list;
mod export_panel;
mod glossary;
mod header;
mod how_we_know;
mod legend;
mod live_sentence;
mod map;
mod metrics;
mod node_button;
mod notices;
mod pinned_note;
mod points_of_failure;
mod replay_panel;
mod replay_picker;
mod screen_summary;
pub(crate) mod search_box;
mod service_table;
mod share_chart;
mod share_dialog;
mod skip_link;
mod source_link;
mod source_list;
mod status_bar;
mod story_panel;
mod story_view;
mod switch_panel;
mod teacher_page;
mod texts_status;
mod theme_switch;
mod verbosity_switch;
mod what_if;
mod why_chain;

pub use blast_ranking::BlastRanking;
pub use cascade_controls::CascadeControls;
pub use challenge_panel::ChallengePanel;
pub use data_credit::DataCredit;
pub use data_error::{DataError, DataErrorProps};
pub use data_loader::{DataLoader, DataLoaderProps, LoadedFile};
pub use dependency_tree::DependencyTree;
pub use details_panel::DetailsPanel;
pub use embed_header::EmbedHeader;
pub use evidence_list::EvidenceList;
pub use export_panel::ExportPanel;
pub use glossary::Glossary;
pub use header::Header;
pub use how_we_know::HowWeKnow;
pub use legend::Legend;
pub use live_sentence::LiveSentence;
pub use map::{CanvasMap, DependencyMap, MapProps, LARGE};
pub use metrics::Metrics;
pub use node_button::NodeButton;
pub use notices::Notices;
pub use pinned_note::PinnedNote;
pub use points_of_failure::PointsOfFailure;
pub use replay_panel::ReplayPanel;
pub use replay_picker::ReplayPicker;
pub use screen_summary::ScreenSummary;
pub use search_box::SearchBox;
pub use service_table::ServiceTable;
pub use share_chart::ShareChart;
pub use share_dialog::ShareDialog;
pub use skip_link::SkipLink;
pub use source_link::SourceLink;
pub use source_list::SourceList;
pub use status_bar::StatusBar;
pub use story_panel::StoryPanel;
pub use story_view::StoryView;
pub use switch_panel::SwitchPanel;
pub use teacher_page::TeacherPage;
pub use texts_status::TextsStatus;
pub use theme_switch::ThemeSwitch;
pub use verbosity_switch::VerbositySwitch;
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
