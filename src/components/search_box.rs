//! Finds any node by name or id and focuses it: its details open and the map scrolls to it.

use cloudfall_model::{Action, Lang, NodeId};
use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::i18n::texts;
use crate::ModelRef;

#[derive(Properties, PartialEq)]
pub struct SearchBoxProps {
    pub model: ModelRef,
    pub lang: Lang,
    pub onswitch: Callback<Action>,
}

/// The most results listed at once.
const MAX_RESULTS: usize = 8;

/// Lowercase without accents, so "societe" finds "Société".
pub fn fold(text: &str) -> String {
    text.chars()
        .flat_map(char::to_lowercase)
        .map(|c| match c {
            'à' | 'â' | 'ä' | 'á' => 'a',
            'é' | 'è' | 'ê' | 'ë' => 'e',
            'î' | 'ï' | 'í' => 'i',
            'ô' | 'ö' | 'ó' => 'o',
            'ù' | 'û' | 'ü' | 'ú' => 'u',
            'ç' => 'c',
            other => other,
        })
        .collect()
}

#[component]
pub fn SearchBox(props: &SearchBoxProps) -> Html {
    let text = texts(props.lang);
    let query = use_state(String::new);
    let oninput = {
        let query = query.clone();
        Callback::from(move |event: InputEvent| {
            if let Some(input) = event.target_dyn_into::<HtmlInputElement>() {
                query.set(input.value());
            }
        })
    };
    let needle = fold(query.trim());
    let results: Vec<_> = if needle.is_empty() {
        Vec::new()
    } else {
        props
            .model
            .nodes()
            .filter(|(_, node)| fold(&node.name).contains(&needle) || node.id.as_str().contains(&needle))
            .take(MAX_RESULTS)
            .collect()
    };
    let choose = |id: NodeId| {
        let (onswitch, query) = (props.onswitch.clone(), query.clone());
        Callback::from(move |_: MouseEvent| {
            onswitch.emit(Action::Select(Some(id.clone())));
            query.set(String::new());
            let id = id.clone();
            // After the render that opens the details, so the node exists and keeps the focus.
            gloo::timers::callback::Timeout::new(0, move || crate::browser::focus_map_node(&id)).forget();
        })
    };
    html! {
        <div class="search" role="search">
            <label for="cf-search">{ text.search_label }</label>
            <input id="cf-search" type="search" autocomplete="off" placeholder={text.search_placeholder}
                value={(*query).clone()} {oninput}
                // It controls the list of results only while there is one: an id that names nothing is invalid.
                aria-controls={(!needle.is_empty()).then_some("cf-search-results")} />
            if !needle.is_empty() {
                <ul id="cf-search-results" class="search-results" aria-live="polite">
                    if results.is_empty() { <li class="search-none">{ text.search_none }</li> }
                    { for results.iter().map(|(_, node)| html! {
                        <li key={node.id.to_string()}>
                            <button type="button" data-search-result={node.id.to_string()} onclick={choose(node.id.clone())}>
                                { &node.name }<span class="search-kind">{ " · " }{ (text.kind_name)(node.kind) }</span>
                            </button>
                        </li>
                    }) }
                </ul>
            }
        </div>
    }
}
