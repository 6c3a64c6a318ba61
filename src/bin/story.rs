//! Entry point of the embed's story binary: the story view and the model only (see `story_app`).

#![forbid(unsafe_code)]

fn main() {
    cloudfall::story_app::run();
}
