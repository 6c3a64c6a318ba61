//! The map for large datasets (thousands to hundreds of thousands of nodes), drawn on a canvas instead of SVG
//! (`paint` does the drawing, `geometry` the grid, view and hit-testing). Pan by dragging (or the arrow keys),
//! zoom with the wheel (or + and −); a click opens a node's details, and the search box reaches any node from the
//! keyboard. Like the SVG map, the state of a node never rests on colour alone.

use std::cell::RefCell;
use std::rc::Rc;

use cloudfall_model::certainty::HowKnown;
use cloudfall_model::{Action, NodeIndex};
use gloo::events::{EventListener, EventListenerOptions};
use wasm_bindgen::JsCast;
use web_sys::{CanvasRenderingContext2d, HtmlCanvasElement, WheelEvent};
use yew::prelude::*;

use super::geometry::{Grid, View, LABEL_PIXELS};
use super::node_state::{title, Shown};
use super::paint::{paint, Scene};
use super::MapProps;
use crate::i18n::{reach_words, shown_name, texts};
use crate::ModelRef;
use cloudfall_model::label::accessible_name;
use cloudfall_model::metrics::reach;
use cloudfall_model::scenario::HiddenNames;
use cloudfall_model::{Derived, Lang};

#[component]
pub fn CanvasMap(props: &MapProps) -> Html {
    let text = texts(props.scenario.lang);
    let canvas = use_node_ref();
    let grid = use_memo((props.model.clone(), props.layout.clone()), |(model, layout)| Grid::new(model, layout));
    // `None` until the reader pans or zooms: the whole map fits the canvas.
    let view = use_state(|| None::<View>);
    let drawn = use_state(|| 0usize);
    let drag = use_mut_ref(|| None::<(f64, f64, View, bool)>);
    let size = use_state(|| (960.0, 560.0));
    // The view on screen now, for the wheel listener: it is registered once, so it cannot read one render's values
    // (the fitted view of the canvas's size at mount). Every draw and every wheel step writes it.
    let shown: Rc<RefCell<Option<View>>> = use_mut_ref(|| None);

    // Size the canvas to its box, in device pixels, on mount and when the window changes.
    {
        let (canvas, size) = (canvas.clone(), size.clone());
        use_effect_with(props.viewport, move |_| {
            if let Some(element) = canvas.cast::<HtmlCanvasElement>() {
                let rect = element.get_bounding_client_rect();
                let ratio = gloo::utils::window().device_pixel_ratio().max(1.0);
                let (w, h) = (rect.width().max(200.0), rect.height().max(200.0));
                element.set_width((w * ratio) as u32);
                element.set_height((h * ratio) as u32);
                size.set((w, h));
            }
        });
    }
    let current = view.unwrap_or_else(|| View::fit(&grid, size.0, size.1));

    // Draw after every render: new states, a new view, a new size.
    let paints = use_mut_ref(|| 0u64);
    {
        let (canvas, grid, model, derived, cascade, drawn_state, shown) = (
            canvas.clone(),
            grid.clone(),
            props.model.clone(),
            props.derived.clone(),
            props.cascade.clone(),
            drawn.clone(),
            shown.clone(),
        );
        let selected = props.scenario.selected.as_ref().and_then(|id| props.model.lookup(id));
        let links = !props.scenario.hides_edges();
        let size = *size;
        let paints = paints.clone();
        use_effect(move || {
            *shown.borrow_mut() = Some(current);
            let element = canvas.cast::<HtmlCanvasElement>();
            let context = element
                .as_ref()
                .and_then(|element| element.get_context("2d").ok().flatten())
                .and_then(|context| context.dyn_into::<CanvasRenderingContext2d>().ok());
            if let (Some(element), Some(context)) = (element, context) {
                let ratio = gloo::utils::window().device_pixel_ratio().max(1.0);
                let _ = context.set_transform(ratio, 0.0, 0.0, ratio, 0.0, 0.0);
                let state = |index: NodeIndex| cascade.display(index, &derived);
                // Mid-cascade a node shows its earlier state, and says nothing yet of how we know.
                let how = |index: NodeIndex| {
                    if cascade.display(index, &derived) == derived.outcome.state(index) {
                        derived.assessment.how(index)
                    } else {
                        HowKnown::Unaffected
                    }
                };
                let scene = Scene {
                    model: &model,
                    grid: &grid,
                    view: current,
                    size,
                    pixels: (element.width(), element.height()),
                    ratio,
                    state: &state,
                    how: &how,
                    selected,
                    hidden: derived.hidden_names,
                    links,
                };
                let count = paint(&context, &scene);
                // How many times it has painted, for `make bench`: written directly, so it costs no render.
                *paints.borrow_mut() += 1;
                let _ = element.set_attribute("data-paints", &paints.borrow().to_string());
                if *drawn_state != count {
                    drawn_state.set(count);
                }
            }
        });
    }

    // The wheel zooms the map, not the page: a listener that may prevent the default scroll. It zooms from the view
    // in `shown`, not from the render it was registered in.
    {
        let (canvas, view, shown) = (canvas.clone(), view.clone(), shown.clone());
        use_effect_with((), move |_| {
            let listener = canvas.cast::<HtmlCanvasElement>().map(|element| {
                EventListener::new_with_options(
                    &element,
                    "wheel",
                    EventListenerOptions::enable_prevent_default(),
                    move |event| {
                        let Some(wheel) = event.dyn_ref::<WheelEvent>() else { return };
                        wheel.prevent_default();
                        let mut last = shown.borrow_mut();
                        if let Some(last) = last.as_mut() {
                            let factor = if wheel.delta_y() < 0.0 { 1.25 } else { 0.8 };
                            *last = last.zoom(factor, f64::from(wheel.offset_x()), f64::from(wheel.offset_y()));
                            view.set(Some(*last));
                        }
                    },
                )
            });
            move || drop(listener)
        });
    }

    let onmousedown = {
        let drag = drag.clone();
        Callback::from(move |event: MouseEvent| {
            *drag.borrow_mut() = Some((f64::from(event.client_x()), f64::from(event.client_y()), current, false));
        })
    };
    // The box under the pointer, for the tooltip: the canvas's `title` is written directly when the pointer moves
    // onto another box (no render), with the box's name, state and what it takes down (issue 17, requirement 15).
    let hovered = use_mut_ref(|| None::<NodeIndex>);
    let tooltip = {
        let (grid, model, derived, hovered) =
            (grid.clone(), props.model.clone(), props.derived.clone(), hovered.clone());
        let (lang, hidden, scenario) = (props.scenario.lang, props.derived.hidden_names, props.scenario.clone());
        move |event: &MouseEvent| {
            let index = current.node_at(&grid, f64::from(event.offset_x()), f64::from(event.offset_y()));
            if *hovered.borrow() == index {
                return;
            }
            *hovered.borrow_mut() = index;
            let Some(element) = event.target().and_then(|target| target.dyn_into::<web_sys::Element>().ok()) else {
                return;
            };
            let title = index
                .map(|index| {
                    box_title(&model, &derived, index, lang, hidden, scenario.off.contains(&model.node(index).id))
                })
                .unwrap_or_default();
            let _ = element.set_attribute("title", &title);
        }
    };
    let onmousemove = {
        let (drag, view) = (drag.clone(), view.clone());
        Callback::from(move |event: MouseEvent| {
            tooltip(&event);
            let mut state = drag.borrow_mut();
            if let Some((x, y, start, moved)) = state.as_mut() {
                let (dx, dy) = (f64::from(event.client_x()) - *x, f64::from(event.client_y()) - *y);
                if dx.abs() + dy.abs() > 3.0 {
                    *moved = true;
                }
                if *moved {
                    view.set(Some(start.pan(dx, dy)));
                }
            }
        })
    };
    let onmouseup = {
        let (drag, grid, onswitch, model) = (drag.clone(), grid.clone(), props.onswitch.clone(), props.model.clone());
        Callback::from(move |event: MouseEvent| {
            let was = drag.borrow_mut().take();
            if let Some((_, _, start, false)) = was {
                if let Some(index) = start.node_at(&grid, f64::from(event.offset_x()), f64::from(event.offset_y())) {
                    onswitch.emit(Action::Select(Some(model.node(index).id.clone())));
                }
            }
        })
    };
    let onmouseleave = {
        let drag = drag.clone();
        Callback::from(move |_: MouseEvent| {
            drag.borrow_mut().take();
        })
    };
    let onkeydown = {
        let view = view.clone();
        let (w, h) = *size;
        Callback::from(move |event: KeyboardEvent| {
            let step = 80.0;
            let next = match event.key().as_str() {
                "ArrowLeft" => Some(current.pan(step, 0.0)),
                "ArrowRight" => Some(current.pan(-step, 0.0)),
                "ArrowUp" => Some(current.pan(0.0, step)),
                "ArrowDown" => Some(current.pan(0.0, -step)),
                "+" | "=" => Some(current.zoom(1.25, w / 2.0, h / 2.0)),
                "-" => Some(current.zoom(0.8, w / 2.0, h / 2.0)),
                _ => None,
            };
            if let Some(next) = next {
                event.prevent_default();
                view.set(Some(next));
            }
        })
    };
    let zoom_button = |factor: f64| {
        let view = view.clone();
        let (w, h) = *size;
        Callback::from(move |_: MouseEvent| view.set(Some(current.zoom(factor, w / 2.0, h / 2.0))))
    };
    let onfit = {
        let view = view.clone();
        Callback::from(move |_: MouseEvent| view.set(None))
    };
    // Panning by buttons as well as by dragging (WCAG 2.5.7): the same steps as the arrow keys.
    let pan_button = |dx: f64, dy: f64| {
        let view = view.clone();
        Callback::from(move |_: MouseEvent| view.set(Some(current.pan(dx, dy))))
    };
    // Each switched-off box's tooltip, once per scenario rather than on every pan and zoom: a walk through what
    // depends on each box, which on a large dataset is the costly part.
    let off_titles =
        use_memo((props.model.clone(), props.derived.clone(), props.scenario.clone()), |(model, derived, scenario)| {
            scenario
                .off_indices(model)
                .into_iter()
                .map(|index| box_title(model, derived, index, scenario.lang, derived.hidden_names, true))
                .collect::<Vec<_>>()
        });
    html! {
        <>
            <div class="map-zoom" role="group" aria-label={text.zoom_label}>
                <button type="button" data-zoom="out" onclick={zoom_button(0.8)} aria-label={text.zoom_out}>{ "−" }</button>
                <button type="button" data-zoom="in" onclick={zoom_button(1.25)} aria-label={text.zoom_in}>{ "+" }</button>
                <button type="button" data-zoom="fit" onclick={onfit} aria-pressed={view.is_none().to_string()}>{ text.zoom_fit }</button>
                <button type="button" data-pan="left" onclick={pan_button(80.0, 0.0)} aria-label={text.pan_left}>{ "←" }</button>
                <button type="button" data-pan="up" onclick={pan_button(0.0, 80.0)} aria-label={text.pan_up}>{ "↑" }</button>
                <button type="button" data-pan="down" onclick={pan_button(0.0, -80.0)} aria-label={text.pan_down}>{ "↓" }</button>
                <button type="button" data-pan="right" onclick={pan_button(-80.0, 0.0)} aria-label={text.pan_right}>{ "→" }</button>
                <span class="zoom-level">{ (text.canvas_hint)(*drawn, current.box_pixels() >= LABEL_PIXELS) }</span>
            </div>
            // What each switched-off box takes down, for a screen reader: the canvas's accessible equivalent of the
            // SVG boxes' tooltips.
            <ul class="visually-hidden" id="cf-canvas-reach" data-canvas-reach="">
                { for off_titles.iter().map(|title| html! { <li>{ title.clone() }</li> }) }
            </ul>
            <div class="map-scroll canvas">
                <canvas ref={canvas} class="dependency-canvas" tabindex="0" aria-describedby="cf-canvas-reach"
                    role="img" aria-label={(text.map_caption)(props.model.node_count(), props.model.edge_count())}
                    data-cascade={if props.cascade.is_done() { "done" } else { "running" }}
                    data-drawn={drawn.to_string()}
                    {onmousedown} {onmousemove} {onmouseup} {onmouseleave} {onkeydown}>
                </canvas>
            </div>
        </>
    }
}

/// A box's tooltip on the canvas: its name (or "Box N" when a teacher hides the names), its state, and what it takes
/// down (`metrics::reach`), worded as the SVG map's boxes are (`node_state::title`; the canvas draws how we know apart).
fn box_title(
    model: &ModelRef,
    derived: &Derived,
    index: NodeIndex,
    lang: Lang,
    hidden: HiddenNames,
    off: bool,
) -> String {
    let node = model.node(index);
    let name = match hidden.masked(index) {
        Some(_) => shown_name(model, hidden, index, lang).into_owned(),
        None => accessible_name(node.name_in(lang), node.label_in(lang)).into_owned(),
    };
    let reach = reach(model, &derived.outcome, index)
        .map_or_else(AttrValue::default, |reach| AttrValue::from(reach_words(model, &reach, hidden, lang)));
    let shown = Shown {
        state: derived.outcome.state(index),
        how: HowKnown::Unaffected,
        kind: node.kind,
        is_off: off,
        name: AttrValue::from(name),
        reach,
    };
    title(&shown, lang)
}
