//! The SVG dependency map (up to `LARGE` nodes): the layered layout, edges first and nodes on top (draw order),
//! each node coloured by the cascade's pure `display` of the `Outcome`. Every node is a button: clicking or
//! focusing it opens its details (`Action::Select`); the map is one Tab stop whose arrow keys walk the nodes as
//! drawn. Geometry comes from `geometry` through a `Drawing` computed once per layout and viewport.

use std::rc::Rc;

use cloudfall_model::certainty::{Certainty, HowKnown};
use cloudfall_model::derive::chain_of;
use cloudfall_model::label::accessible_name;
use cloudfall_model::metrics::reach;
use cloudfall_model::{Action, NodeIndex, NodeState};
use yew::prelude::*;

use super::drawing::{Drawing, DrawingRef};
use super::edge_layer::EdgeLayer;
use super::geometry::{squeeze_room, zoom_step, Arrow, Frame, ZOOMS};
use super::map_node::{how_mark, MapNode};
use super::node_state::{use_label_fit, use_node_states, Shown};
use super::MapProps;
use crate::i18n::{class_texts, reach_words, shown_name, texts};
use cloudfall_model::scenario::Masked;

#[component]
pub fn DependencyMap(props: &MapProps) -> Html {
    let text = texts(props.scenario.lang);
    let model = &props.model;
    let derived = &props.derived;
    let cascade = &props.cascade;
    let drawing = use_memo((props.model.clone(), props.layout.clone(), props.viewport), |(model, layout, viewport)| {
        Drawing::new(model, layout, *viewport)
    });
    let onmove = use_callback(
        (DrawingRef(drawing.clone()), props.model.clone(), props.onswitch.clone(), props.derived.hidden_names),
        |(index, arrow): (NodeIndex, Arrow), (drawing, model, onswitch, hidden)| {
            if let Some(next) = drawing.0.neighbours.get(index, arrow) {
                let id = model.node(next).id.clone();
                crate::browser::focus_map_box(&hidden.dom_id(next, &id));
                // The box reached is selected (its details show beside the map); the focus stays on the map.
                onswitch.emit(Action::Select(Some(id)));
            }
        },
    );
    // The boxes' names in the reader's language (`Node::label_in`), fitted to the box. A teacher's `hide=labels`
    // leaves them out of the DOM altogether, and `hide=edges` the links: hidden information is not merely
    // invisible, so neither the page's source nor a screen reader gives it away.
    // The mystery challenge hides one service's name the same way, drawing "Mystery service" in its box.
    let (lang, hidden) = (props.scenario.lang, props.derived.hidden_names);
    let hide_edges = props.scenario.hides_edges();
    // Projector mode's labels are larger and bold: fewer characters fit.
    let labels = use_memo(
        (props.model.clone(), DrawingRef(drawing.clone()), lang, hidden, props.projector),
        |(model, drawing, lang, hidden, projector)| {
            let fit = |label: &str| AttrValue::from(drawing.0.frame.fit_label(label, *projector).into_owned());
            model
                .nodes()
                .map(|(index, node)| match hidden.masked(index) {
                    Some(Masked::Numbered(_)) => AttrValue::default(),
                    Some(Masked::Mystery) => fit(class_texts(*lang).mystery_service),
                    None => fit(node.label_in(*lang)),
                })
                .collect::<Vec<_>>()
        },
    );
    // The ids written in the page: `box-N` for a box whose name is hidden.
    let dom_ids = use_memo((props.model.clone(), hidden), |(model, hidden)| {
        model
            .nodes()
            .map(|(index, node)| AttrValue::from(hidden.dom_id(index, &node.id).into_owned()))
            .collect::<Vec<_>>()
    });
    let frame = &drawing.frame;
    let (width, height) = (drawing.width, drawing.height);
    let fit = Frame::fit_zoom(props.viewport, width);
    let zoom_state = use_state(|| None::<f64>);
    let opening = if props.projector { ZOOMS.last().copied().unwrap_or(fit) } else { fit };
    let zoom = if frame.narrow { 1.0 } else { zoom_state.unwrap_or(opening) };
    let step = |inwards: bool| {
        let zoom_state = zoom_state.clone();
        Callback::from(move |_: MouseEvent| {
            if let Some(next) = zoom_step(zoom, inwards) {
                zoom_state.set(Some(next));
            }
        })
    };
    let onfit = {
        let zoom_state = zoom_state.clone();
        Callback::from(move |_: MouseEvent| zoom_state.set(None))
    };
    let display: Vec<NodeState> = model.nodes().map(|(index, _)| cascade.display(index, derived)).collect();
    let shown = |index: NodeIndex| display.get(index.index()).copied().unwrap_or_default();
    let selected = props.scenario.selected.as_ref().and_then(|id| model.lookup(id));
    // The selected node's chain is highlighted and the rest fades, so a chain can be followed on the map itself.
    let chain = use_memo((props.model.clone(), selected), |(model, selected)| selected.map(|s| chain_of(model, s)));
    let in_chain = |index: NodeIndex| {
        chain.as_ref().as_ref().is_none_or(|chain| chain.get(index.index()).copied().unwrap_or(false))
    };
    // Mid-cascade a node shows its earlier state, and says nothing yet of how we know.
    let hows: Vec<HowKnown> = model
        .nodes()
        .map(|(index, _)| {
            if shown(index) == derived.outcome.state(index) {
                derived.assessment.how(index)
            } else {
                HowKnown::Unaffected
            }
        })
        .collect();
    let shown_how = |index: NodeIndex| hows.get(index.index()).copied().unwrap_or(HowKnown::Unaffected);
    let backups = props.scenario.backup_indices(model);
    // Each node's name for screen readers, once per language: a click renders only the nodes whose state changed,
    // and each of those words its own label.
    // With the names hidden (`hide=labels`), a box is named by its number alone, in the page and for a screen reader.
    let names = use_memo((props.model.clone(), props.scenario.lang, hidden), |(model, lang, hidden)| {
        model
            .nodes()
            .map(|(index, node)| {
                AttrValue::from(match hidden.masked(index) {
                    Some(_) => shown_name(model, *hidden, index, *lang).into_owned(),
                    None => accessible_name(node.name_in(*lang), node.label_in(*lang)).into_owned(),
                })
            })
            .collect::<Vec<_>>()
    });
    // What each failed box takes down, as its tooltip says it (issue 17, requirement 15): counts and every name up
    // to 20 services, the three best known past that; counts alone when a teacher hides the names.
    let reaches = use_memo(
        (props.model.clone(), props.derived.clone(), props.scenario.lang, hidden),
        |(model, derived, lang, hidden)| {
            model
                .nodes()
                .map(|(index, _)| {
                    reach(model, &derived.outcome, index).map_or_else(AttrValue::default, |reach| {
                        AttrValue::from(reach_words(model, &reach, *hidden, *lang))
                    })
                })
                .collect::<Vec<_>>()
        },
    );
    // Drawn again on top of the resting edges: those a failure flows along, and those of the selected node. One path
    // per look (kind, state carried, selected), its outline the union of its edges: a click rewrites a few `d`
    // attributes instead of adding and removing a path per edge (about 280 for AWS, 7 ms of Chromium's work).
    let mut overlay: Vec<(String, String)> = Vec::new();
    for edge in &drawing.edges {
        let state = shown(edge.source);
        let is_selected = selected.is_some() && in_chain(edge.source) && in_chain(edge.target);
        if state == NodeState::Up && !is_selected {
            continue;
        }
        let carries = if state == NodeState::Up { String::new() } else { format!(" carries-{}", state.as_str()) };
        let look = format!("edge {}{carries}{}", edge.kind, if is_selected { " is-selected" } else { "" });
        draw(&mut overlay, look, &edge.d);
    }
    overlay.sort_unstable();
    // The boxes' state, one path per look as for the edges, in two layers: under the boxes' labels, every box's ground
    // by state and kind (a down box's dark and hatched; the labels keep their colour on a halo); over them, every ✕,
    // every !, and the how outlines by kind and by the state under them. A click rewrites these few `d` attributes,
    // and no rule reads a box's `data-state`: no box is restyled (issue 19).
    let mut under: Vec<(String, String)> = Vec::new();
    let mut over: Vec<(String, String)> = Vec::new();
    for (index, node) in model.nodes() {
        let state = shown(index);
        let Some(shapes) = drawing.shapes.get(index.index()) else { continue };
        let faded = if in_chain(index) { "" } else { " is-faded" };
        let ground = format!("node-ground ground-{} kind-{}{faded}", state.as_str(), node.kind.as_str());
        draw(&mut under, ground, &shapes.outline);
        match state {
            NodeState::Down => draw(&mut over, format!("node-mark mark-down{faded}"), &shapes.cross),
            NodeState::Degraded => draw(&mut over, format!("node-mark mark-degraded{faded}"), &shapes.bang),
            NodeState::Up => {}
        }
        let kind = match shown_how(index) {
            HowKnown::Affected(Certainty::Inferred) => "how-inferred",
            HowKnown::Affected(Certainty::Reported) => "how-reported",
            HowKnown::AtRisk { .. } => "how-at-risk",
            HowKnown::Unknown => "how-unknown",
            HowKnown::Affected(Certainty::Documented) | HowKnown::Unaffected => continue,
        };
        draw(&mut over, format!("node-how {kind} on-{}{faded}", state.as_str()), &shapes.how);
    }
    under.sort_unstable();
    over.sort_unstable();
    let is_off = |index: NodeIndex| props.scenario.off.contains(&model.node(index).id);
    // What a click changes on each box, written on the drawn boxes after this render (`use_node_states`).
    let shown_now = model
        .nodes()
        .map(|(index, node)| Shown {
            state: shown(index),
            how: shown_how(index),
            kind: node.kind,
            is_off: is_off(index),
            name: names.get(index.index()).cloned().unwrap_or_default(),
            reach: reaches.get(index.index()).cloned().unwrap_or_default(),
        })
        .collect();
    let nodes_ref = use_node_ref();
    use_node_states(nodes_ref.clone(), Rc::as_ptr(&model.0) as usize, props.scenario.lang, shown_now);
    use_label_fit(nodes_ref.clone(), Rc::as_ptr(&labels) as usize, squeeze_room(frame.node_width));
    html! {
        <>
        if !frame.narrow {
            <div class="map-zoom" role="group" aria-label={text.zoom_label}>
                <button type="button" data-zoom="out" onclick={step(false)} disabled={zoom <= ZOOMS[0] + 1e-6}
                    aria-label={text.zoom_out}>{ "−" }</button>
                <span class="zoom-level" aria-live="polite">{ format!("{:.0} %", zoom * 100.0) }</span>
                <button type="button" data-zoom="in" onclick={step(true)} disabled={zoom >= ZOOMS.last().copied().unwrap_or(zoom) - 1e-6}
                    aria-label={text.zoom_in}>{ "+" }</button>
                <button type="button" data-zoom="fit" onclick={onfit} aria-pressed={zoom_state.is_none().to_string()}>
                    { text.zoom_fit }
                </button>
            </div>
        }
        <div class={classes!("map-scroll", frame.narrow.then_some("narrow"))}>
            <svg class={classes!("dependency-map", selected.is_some().then_some("has-selection"))} viewBox={format!("0 0 {width:.0} {height:.0}")}
                width={format!("{:.0}", width * zoom)} height={format!("{:.0}", height * zoom)}
                data-cascade={if cascade.is_done() { "done" } else { "running" }}
                role="group" aria-label={(text.map_caption)(model.node_count(), model.edge_count())}>
                <defs>
                    <pattern id="cf-hatch" patternUnits="userSpaceOnUse" width="7" height="7" patternTransform="rotate(45)">
                        // The down boxes' ground (`node-ground`): the dark of a failure, striped.
                        <rect class="hatch-bg" width="7" height="7" />
                        <line x1="0" y1="0" x2="0" y2="7" class="hatch-line" />
                    </pattern>
                </defs>
                if !hide_edges {
                    <EdgeLayer drawing={DrawingRef(drawing.clone())} />
                }
                <g class="edges overlay" aria-hidden="true">
                    // Keyed by look, so a click rewrites the outlines that changed.
                    { for overlay.into_iter().filter(|_| !hide_edges).map(|(look, d)| html! {
                        <path key={look.clone()} class={look} {d} />
                    }) }
                    { for backups.iter().map(|backup| html! {
                        <path class="edge whatif" data-whatif={props.derived.hidden_names.dom_id(backup.service, &model.node(backup.service).id).into_owned()}
                            d={frame.edge_path(drawing.corner(backup.backup), drawing.corner(backup.service))}>
                            <title>{ text.whatif_edge }</title>
                        </path>
                    }) }
                </g>
                <g class="node-states under" aria-hidden="true">
                    { for under.into_iter().map(|(look, d)| html! { <path key={look.clone()} class={look} {d} /> }) }
                </g>
                <g class="nodes" ref={nodes_ref}>
                    { for model.nodes().map(|(index, node)| {
                        let (state, how) = (shown(index), shown_how(index));
                        html! {
                            <MapNode key={node.id.as_str()} {index} id={node.id.clone()} kind={node.kind}
                                dom_id={dom_ids.get(index.index()).cloned().unwrap_or_default()}
                                tab={selected.map_or(index.index() == 0, |s| s == index)} onmove={onmove.clone()}
                                is_off={is_off(index)} selected={selected == Some(index)}
                                faded={!in_chain(index)}
                                transform={drawing.transforms.get(index.index()).cloned().unwrap_or_default()}
                                text={labels.get(index.index()).cloned().unwrap_or_default()} mark={how_mark(how, state)}
                                width={frame.node_width} height={frame.node_height} onswitch={props.onswitch.clone()} />
                        }
                    }) }
                </g>
                <g class="node-states" aria-hidden="true">
                    { for over.into_iter().map(|(look, d)| html! { <path key={look.clone()} class={look} {d} /> }) }
                </g>
            </svg>
        </div>
        </>
    }
}

/// Adds path data `d` to the path of its `look` (its classes) in `layer`, or starts that path: the map's overlays draw
/// one path per look, so a click rewrites a few `d` attributes instead of adding and removing an element per edge or box.
fn draw(layer: &mut Vec<(String, String)>, look: String, d: &str) {
    match layer.iter_mut().find(|(seen, _)| *seen == look) {
        Some((_, path)) => path.push_str(d),
        None => layer.push((look, d.to_string())),
    }
}
