//! Whether the details file (citations, notes, descriptions, incidents' texts) has arrived, from the context the
//! root provides; a component rendered without it (a component test on a full file) has its texts.

use yew::prelude::*;

use crate::TextsState;

#[hook]
pub fn use_texts() -> TextsState {
    use_context::<TextsState>().unwrap_or(TextsState::Ready)
}
