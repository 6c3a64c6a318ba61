//! Entry point of the web app: everything lives in the library so browser tests can mount it too.

#![forbid(unsafe_code)]

fn main() {
    cloudfall::run();
}
