//! Cloudfall's pictures as pure code, shared by the web app and the `cloudfall` command: the market chart drawn
//! with plotters into an SVG string. No DOM, no IO: a native test reads every string this crate writes.

#![forbid(unsafe_code)]

pub mod chart;
