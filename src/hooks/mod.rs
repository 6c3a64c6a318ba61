//! One `use_*` hook per file.

mod use_viewport_width;

pub use use_viewport_width::use_viewport_width;
