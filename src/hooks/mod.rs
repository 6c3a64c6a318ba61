//! One `use_*` hook per file.

mod use_cascade;
mod use_embed_height;
mod use_link_scenario;
mod use_map_first;
mod use_printing;
mod use_texts;
mod use_viewport_width;

pub use use_cascade::{use_cascade, Cascade};
pub use use_embed_height::use_embed_height;
pub use use_link_scenario::{use_hand_over, use_link_scenario, LinkScenario, ScenarioState};
pub use use_map_first::use_map_first;
pub use use_printing::{use_printing, Printing};
pub use use_texts::use_texts;
pub use use_viewport_width::use_viewport_width;
