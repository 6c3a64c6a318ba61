//! Inside an iframe, tells the host page how tall the content is whenever that changes (a `ResizeObserver` on the
//! page's root), in the formats newsroom pages listen for: Pym.js, Datawrapper and AMP (built by the model's
//! `embed::height_messages`), and answers Pym.js's `width` message with the height. A host's message is read only
//! when it comes from the parent window, is a short string and parses as Pym's width message
//! (`embed::pym_width`); nothing in it is ever run. Outside an iframe it does nothing.

use std::cell::Cell;
use std::rc::Rc;

use cloudfall_model::embed::{height_messages, pym_width, MAX_HOST_MESSAGE};
use gloo::events::EventListener;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{MessageEvent, ResizeObserver, Window};
use yew::prelude::*;

/// What keeps the page posting its height; dropping it stops the observer and the listener.
struct HeightWatch {
    observer: ResizeObserver,
    _on_resize: Closure<dyn FnMut()>,
    _on_message: EventListener,
}

impl Drop for HeightWatch {
    fn drop(&mut self) {
        self.observer.disconnect();
    }
}

/// The parent window when the page is framed, `None` when it is the top window (or the browser hides the parent).
fn parent() -> Option<Window> {
    let window = gloo::utils::window();
    let parent = window.parent().ok().flatten()?;
    (!js_sys::Object::is(&parent, &window)).then_some(parent)
}

/// The content's height in whole CSS pixels: the root element's box, which grows and shrinks with the content
/// whatever the iframe's own height.
fn content_height() -> u32 {
    gloo::utils::document()
        .document_element()
        .map_or(0, |root| root.get_bounding_client_rect().height().ceil().max(0.0) as u32)
}

/// Posts `height` to `parent` in the three formats. The messages carry only a number and the child id, so they
/// are posted to any origin: the host page's origin is not known to the embed.
fn post_height(parent: &Window, child_id: &str, height: u32) {
    let messages = height_messages(child_id, height);
    let _ = parent.post_message(&JsValue::from_str(&messages.pym), "*");
    for json in [messages.datawrapper, messages.amp] {
        if let Ok(object) = js_sys::JSON::parse(&json) {
            let _ = parent.post_message(&object, "*");
        }
    }
}

fn watch(child_id: String) -> Option<HeightWatch> {
    let parent = parent()?;
    let root = gloo::utils::document().document_element()?;
    let last = Rc::new(Cell::new(0_u32));
    let send = {
        let (parent, child_id, last) = (parent.clone(), child_id.clone(), last.clone());
        move |always: bool| {
            let height = content_height();
            if always || height != last.get() {
                last.set(height);
                post_height(&parent, &child_id, height);
            }
        }
    };
    let on_resize = {
        let send = send.clone();
        Closure::<dyn FnMut()>::new(move || send(false))
    };
    let observer = ResizeObserver::new(on_resize.as_ref().unchecked_ref()).ok()?;
    observer.observe(&root);
    let on_message = EventListener::new(&gloo::utils::window(), "message", {
        let send = send.clone();
        move |event| {
            let Some(event) = event.dyn_ref::<MessageEvent>() else { return };
            let from_parent = event.source().is_some_and(|source| js_sys::Object::is(&source, &parent));
            let Some(text) = event.data().as_string() else { return };
            if from_parent && text.len() <= MAX_HOST_MESSAGE && pym_width(&text, &child_id).is_some() {
                send(true);
            }
        }
    });
    send(true);
    Some(HeightWatch { observer, _on_resize: on_resize, _on_message: on_message })
}

/// While `active` and framed, posts the content's height to the host page under `child_id`.
#[hook]
pub fn use_embed_height(active: bool, child_id: AttrValue) {
    use_effect_with((active, child_id), |(active, child_id)| {
        let watch = if *active { watch(child_id.to_string()) } else { None };
        move || drop(watch)
    });
}
