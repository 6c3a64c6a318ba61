//! The map as a keyboard tree (issue 17; the WAI-ARIA APG tree view), from one of two viewpoints the reader
//! switches between (`tree=service` in the URL): "by provider", providers at the top, then what sits in each or
//! depends on it (regions, cloud services, suppliers, web services); "by service", web services at the top, then
//! what each depends on, down to the providers. The structure is `model::tree`'s; this only renders it, opened
//! level by level. A node that several others lead to is a junction: it appears under each, and says which
//! others. Up and Down move, Right opens or goes in, Left closes or goes out, Home and End jump, Enter opens the
//! details, Space switches a switchable node off or on. The focused item is the map's selection, so the map
//! highlights it and its chain, and the reverse.

use std::collections::HashSet;
use std::rc::Rc;

use cloudfall_model::tree::{self, Viewpoint};
use cloudfall_model::{Action, Derived, NodeIndex, NodeState, Scenario};
use yew::prelude::*;

use crate::browser;
use crate::i18n::texts;
use crate::ModelRef;

#[derive(Properties, PartialEq)]
pub struct DependencyTreeProps {
    pub model: ModelRef,
    pub scenario: Rc<Scenario>,
    pub derived: Rc<Derived>,
    pub onswitch: Callback<Action>,
}

/// An item's place: the nodes from its root down to it.
type Path = Vec<NodeIndex>;

/// The key of a path in the DOM (`cf-tree-3-17-40`) and in the set of open items.
fn key(path: &[NodeIndex]) -> String {
    path.iter().map(|index| index.index().to_string()).collect::<Vec<_>>().join("-")
}

/// One visible row of the tree.
struct Row {
    path: Path,
    level: usize,
    position: usize,
    siblings: usize,
    has_children: bool,
}

/// How many of a junction's other parents it names.
const NAMED_PARENTS: usize = 3;

#[component]
pub fn DependencyTree(props: &DependencyTreeProps) -> Html {
    let lang = props.scenario.lang;
    let text = texts(lang);
    let model = &props.model;
    let shown = use_state(|| false);
    let open = use_state(HashSet::<String>::new);
    // The open items as the keys see them: a second key can come before the render that shows the first one's
    // effect (Right, Right into a group), so the handler reads and writes this copy at once.
    let open_now = use_mut_ref(HashSet::<String>::new);
    open_now.borrow_mut().clone_from(&open);
    let focused = use_state(|| None::<Path>);
    // The tree moves the focus itself after its own renders (the app's effect runs after the app's).
    use_effect(browser::apply_pending_focus);
    let ontoggle = {
        let shown = shown.clone();
        Callback::from(move |event: Event| {
            shown.set(event.target_dyn_into::<web_sys::Element>().is_some_and(|details| details.has_attribute("open")));
        })
    };
    let viewpoint = props.scenario.tree;
    let roots: Vec<NodeIndex> = tree::roots(model, viewpoint);
    let children = |index: NodeIndex| tree::children(model, viewpoint, index);
    // The visible rows, depth first through the open items.
    let mut rows: Vec<Row> = Vec::new();
    if *shown {
        let mut stack: Vec<(Path, usize, usize)> =
            roots.iter().enumerate().rev().map(|(at, &root)| (vec![root], at + 1, roots.len())).collect();
        while let Some((path, position, siblings)) = stack.pop() {
            let Some(&last) = path.last() else { continue };
            let below = children(last);
            let is_open = open.contains(&key(&path));
            if is_open {
                for (at, &child) in below.iter().enumerate().rev() {
                    let mut next = path.clone();
                    next.push(child);
                    stack.push((next, at + 1, below.len()));
                }
            }
            rows.push(Row { level: path.len(), path, position, siblings, has_children: !below.is_empty() });
        }
    }
    let tab_path = focused
        .as_ref()
        .filter(|path| rows.iter().any(|row| &row.path == *path))
        .cloned()
        .or_else(|| rows.first().map(|row| row.path.clone()));
    let move_to = {
        let (focused, onswitch, model) = (focused.clone(), props.onswitch.clone(), model.clone());
        move |path: &Path| {
            focused.set(Some(path.clone()));
            if let Some(&index) = path.last() {
                onswitch.emit(Action::Select(Some(model.node(index).id.clone())));
            }
            browser::focus_after_render(&format!("#cf-tree-{}", key(path)));
        }
    };
    let onkeydown = {
        let (open, open_now, onswitch, model, move_to) =
            (open.clone(), open_now.clone(), props.onswitch.clone(), model.clone(), move_to.clone());
        let rows: Vec<(Path, bool)> = rows.iter().map(|row| (row.path.clone(), row.has_children)).collect();
        let current = tab_path.clone();
        Callback::from(move |event: KeyboardEvent| {
            // The item the key was pressed on is the focused one in the page: a quick key after a move can arrive
            // before the render that records the move, so the event's target says where the reader is.
            let target = event
                .target()
                .and_then(|target| wasm_bindgen::JsCast::dyn_into::<web_sys::Element>(target).ok())
                .map(|element| element.id());
            let on_target = target.and_then(|id| {
                let wanted = id.strip_prefix("cf-tree-")?.to_string();
                rows.iter().map(|(path, _)| path).find(|path| key(path) == wanted).cloned()
            });
            let Some(current) = on_target.or_else(|| current.clone()) else { return };
            let Some(at) = rows.iter().position(|(path, _)| *path == current) else { return };
            let is_open = open_now.borrow().contains(&key(&current));
            let has_children = rows.get(at).is_some_and(|(_, children)| *children);
            let set_open = |path: &Path, now_open: bool| {
                let mut next = open_now.borrow().clone();
                if now_open {
                    next.insert(key(path));
                } else {
                    next.remove(&key(path));
                }
                open_now.borrow_mut().clone_from(&next);
                open.set(next);
            };
            let mut handled = true;
            match event.key().as_str() {
                "ArrowDown" => {
                    if let Some((path, _)) = rows.get(at + 1) {
                        move_to(path)
                    }
                }
                "ArrowUp" => {
                    if let Some((path, _)) = at.checked_sub(1).and_then(|at| rows.get(at)) {
                        move_to(path)
                    }
                }
                "Home" => {
                    if let Some((path, _)) = rows.first() {
                        move_to(path)
                    }
                }
                "End" => {
                    if let Some((path, _)) = rows.last() {
                        move_to(path)
                    }
                }
                "ArrowRight" if has_children && !is_open => set_open(&current, true),
                "ArrowRight" if has_children => {
                    // Into the group: its first child, known from the model even before the render shows it.
                    let first =
                        current.last().and_then(|&last| tree::children(&model, viewpoint, last).first().copied());
                    if let Some(child) = first {
                        let mut path = current.clone();
                        path.push(child);
                        move_to(&path)
                    }
                }
                "ArrowLeft" if is_open => set_open(&current, false),
                "ArrowLeft" if current.len() > 1 => {
                    if let Some((_, parent)) = current.split_last() {
                        move_to(&parent.to_vec());
                    }
                }
                "Enter" => {
                    if let Some(&index) = current.last() {
                        let id = model.node(index).id.clone();
                        onswitch.emit(Action::Select(Some(id.clone())));
                        browser::focus_after_render(&browser::details_heading(&id));
                    }
                }
                " " => {
                    if let Some(&index) = current.last() {
                        if model.node(index).kind.is_switchable() {
                            onswitch.emit(Action::Toggle(model.node(index).id.clone()));
                        }
                    }
                }
                _ => handled = false,
            }
            if handled {
                event.prevent_default();
            }
        })
    };
    let outcome = &props.derived.outcome;
    let selected = props.scenario.selected.as_ref().and_then(|id| model.lookup(id));
    let row_html = |row: &Row| -> Html {
        let Some(&index) = row.path.last() else { return html! {} };
        let node = model.node(index);
        let state = outcome.state(index);
        let parent = row.path.len().checked_sub(2).and_then(|at| row.path.get(at)).copied();
        let junction =
            tree::junction(model, viewpoint, index, parent, NAMED_PARENTS).filter(|seen| !seen.others.is_empty());
        let is_off = props.scenario.off.contains(&node.id);
        let onclick = {
            let (move_to, path) = (move_to.clone(), row.path.clone());
            Callback::from(move |_: MouseEvent| move_to(&path))
        };
        let ondblclick = {
            let (open, path) = (open.clone(), row.path.clone());
            Callback::from(move |_: MouseEvent| {
                let mut next = (*open).clone();
                if !next.remove(&key(&path)) {
                    next.insert(key(&path));
                }
                open.set(next);
            })
        };
        html! {
            <li key={key(&row.path)} id={format!("cf-tree-{}", key(&row.path))} role="treeitem"
                class={classes!("tree-item", format!("state-{}", state.as_str()), (selected == Some(index)).then_some("is-selected"))}
                data-tree-node={node.id.to_string()} data-state={state.as_str()}
                aria-level={row.level.to_string()} aria-posinset={row.position.to_string()} aria-setsize={row.siblings.to_string()}
                aria-expanded={row.has_children.then(|| open.contains(&key(&row.path)).to_string())}
                aria-selected={(selected == Some(index)).to_string()}
                tabindex={if tab_path.as_ref() == Some(&row.path) { "0" } else { "-1" }}
                {onclick} {ondblclick}>
                <span class="tree-mark" aria-hidden="true">
                    { match state { NodeState::Down => "✕", NodeState::Degraded => "!", NodeState::Up => "" } }
                </span>
                <span class="tree-name">{ node.name_in(lang) }</span>
                { " — " }{ (text.kind_name)(node.kind) }{ ", " }{ (text.state_name)(state) }
                if is_off { { ", " }{ text.why_switched_off } }
                if let Some(seen) = junction {
                    <span class="tree-junction">{ (text.tree_junction)(
                        &seen.others.iter().map(|&other| model.node(other).name_in(lang)).collect::<Vec<_>>().join(text.list_separator),
                        seen.more,
                    ) }</span>
                }
            </li>
        }
    };
    // The viewpoint switch: the same tree read from the providers or from the web services (the ILOG navigator's
    // "tree-style / graph-style" toggle, the research's "by provider / by service").
    let viewpoint_button = |choice: Viewpoint, label: &'static str| {
        let onswitch = props.onswitch.clone();
        html! {
            <button type="button" data-tree-viewpoint={choice.code()} aria-pressed={(viewpoint == choice).to_string()}
                onclick={move |_| onswitch.emit(Action::SetTree(choice))}>{ label }</button>
        }
    };
    let intro = match viewpoint {
        Viewpoint::Provider => text.tree_intro,
        Viewpoint::Service => text.tree_intro_service,
    };
    html! {
        <details class="panel dependency-tree" data-dependency-tree={viewpoint.code()} ontoggle={ontoggle}>
            <summary><h2 class="tree-heading">{ text.tree_heading }</h2></summary>
            <div class="segmented tree-viewpoints" role="group" aria-label={text.tree_viewpoints}>
                { viewpoint_button(Viewpoint::Provider, text.tree_by_provider) }
                { viewpoint_button(Viewpoint::Service, text.tree_by_service) }
            </div>
            <p class="hint" id="cf-tree-hint">{ intro }</p>
            if *shown {
                <ul role="tree" class="tree" aria-labelledby="cf-tree-hint" {onkeydown}>
                    { for rows.iter().map(row_html) }
                </ul>
            }
        </details>
    }
}
