//! Cloudfall's pictures as pure code, shared by the web app and the `cloudfall` command: the market chart drawn
//! with plotters into an SVG string, and a scenario told as text, picture and CSV with the context every export
//! carries (title, scenario, date, data version, licence, sources). No DOM, no IO: a native test reads every string this crate writes.

#![forbid(unsafe_code)]

pub mod card;
pub mod chart;
pub mod map;
pub mod market;
pub mod scenario;
pub mod words;

/// The alarm red of what fails, as the app's map draws it (`--alarm`, `src/components/map/palette.rs`; darker than
/// the amber of degraded links so the two stay apart for colour-blind readers): the exported pictures use it too.
pub const ALARM: plotters::style::RGBColor = plotters::style::RGBColor(0x94, 0x24, 0x20);
