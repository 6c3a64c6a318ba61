//! Entry point of the teacher's page's binary: the teacher's page and the model only (see `teacher_app`).

#![forbid(unsafe_code)]

fn main() {
    cloudfall::teacher_app::run();
}
