//! Finds any node by name or id and focuses it: its details open and the map scrolls to it. A node whose name is
//! hidden (the mystery service) is never a suggestion.

use cloudfall_model::scenario::HiddenNames;
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
    /// Whose names the page hides: searching must not find them.
    #[prop_or_default]
    pub hidden: HiddenNames,
}

/// The most results listed at once.
const MAX_RESULTS: usize = 8;

/// Lowercase without accents, so "societe" finds "Société".
pub fn fold(text: &str) -> String {
    text.chars()
        .map(cloudfall_model::label::lower)
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

/// An ARIA 1.2 combobox: typing lists the matching nodes, the arrow keys walk the suggestions (the input keeps the
/// focus, `aria-activedescendant` names the active one), Enter opens the active one (or the first), Escape empties
/// the box. Opening a node moves the focus to its details.
#[component]
pub fn SearchBox(props: &SearchBoxProps) -> Html {
    let text = texts(props.lang);
    let query = use_state(String::new);
    // The suggestion the arrow keys reached, by position in the list.
    let active = use_state(|| None::<usize>);
    let oninput = {
        let (query, active) = (query.clone(), active.clone());
        Callback::from(move |event: InputEvent| {
            if let Some(input) = event.target_dyn_into::<HtmlInputElement>() {
                query.set(input.value());
                active.set(None);
            }
        })
    };
    let needle = fold(query.trim());
    let results: Vec<NodeId> = if needle.is_empty() {
        Vec::new()
    } else {
        props
            .model
            .nodes()
            .filter(|(index, node)| {
                props.hidden.masked(*index).is_none()
                    && (fold(node.name_in(props.lang)).contains(&needle)
                        || fold(&node.name).contains(&needle)
                        || node.id.as_str().contains(&needle))
            })
            .take(MAX_RESULTS)
            .map(|(_, node)| node.id.clone())
            .collect()
    };
    let open_node = {
        let (onswitch, query, active) = (props.onswitch.clone(), query.clone(), active.clone());
        move |id: &NodeId| {
            onswitch.emit(Action::Select(Some(id.clone())));
            query.set(String::new());
            active.set(None);
            crate::browser::focus_after_render(&crate::browser::details_heading(id));
        }
    };
    let choose = |id: NodeId| {
        let open_node = open_node.clone();
        Callback::from(move |_: MouseEvent| open_node(&id))
    };
    let onkeydown = {
        let (results, query, active, open_node) = (results.clone(), query.clone(), active.clone(), open_node.clone());
        Callback::from(move |event: KeyboardEvent| {
            let last = results.len().checked_sub(1);
            match event.key().as_str() {
                "ArrowDown" => {
                    event.prevent_default();
                    active.set(last.map(|last| active.map_or(0, |at| if at >= last { 0 } else { at + 1 })));
                }
                "ArrowUp" => {
                    event.prevent_default();
                    active.set(last.map(|last| active.map_or(last, |at| if at == 0 { last } else { at - 1 })));
                }
                "Enter" => {
                    if let Some(id) = results.get(active.unwrap_or(0)) {
                        event.prevent_default();
                        open_node(id);
                    }
                }
                "Escape" => {
                    event.prevent_default();
                    query.set(String::new());
                    active.set(None);
                }
                _ => {}
            }
        })
    };
    let expanded = !needle.is_empty();
    let option_id = |at: usize| format!("cf-search-option-{at}");
    let active_id = active.filter(|&at| at < results.len()).map(option_id);
    html! {
        <div class="search" role="search">
            <label for="cf-search">{ text.search_label }</label>
            <input id="cf-search" type="text" role="combobox" autocomplete="off" placeholder={text.search_placeholder}
                value={(*query).clone()} {oninput} {onkeydown}
                aria-autocomplete="list" aria-expanded={expanded.to_string()} aria-controls="cf-search-results"
                aria-activedescendant={active_id.clone()} />
            <ul id="cf-search-results" class="search-results" role="listbox" aria-label={text.search_label}
                hidden={!expanded}>
                { for results.iter().enumerate().map(|(at, id)| {
                    let Some(node) = props.model.lookup(id).map(|index| props.model.node(index)) else { return html! {} };
                    let is_active = active_id.as_deref() == Some(option_id(at).as_str());
                    html! {
                        <li key={id.to_string()} id={option_id(at)} role="option" aria-selected={is_active.to_string()}
                            class={classes!("search-option", is_active.then_some("is-active"))}
                            data-search-result={id.to_string()} onclick={choose(id.clone())}>
                            { node.name_in(props.lang) }<span class="search-kind">{ " · " }{ (text.kind_name)(node.kind) }</span>
                        </li>
                    }
                }) }
            </ul>
            // Always on the page, so screen readers hear its changes (a live region added with its text is
            // often not announced); not `role=status`, which the page keeps for its summary.
            <p class="search-count" aria-live="polite">
                if expanded {
                    { if results.is_empty() { text.search_none.to_string() } else { (text.search_count)(results.len()) } }
                }
            </p>
        </div>
    }
}
