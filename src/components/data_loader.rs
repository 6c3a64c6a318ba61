//! The reader's own data file, beside `?data=`: a file picker, and a drop anywhere on the page. The file is checked
//! by the same validator as the shipped data (its size before it is read); a file with problems changes nothing and
//! its problems are listed, each with where it is, in the reader's language; a valid one is handed up to replace the
//! data, and the panel then offers the way back to the built-in data. It reads files; it holds no rule of the model.

use std::rc::Rc;

use cloudfall_model::validate::{too_large, MAX_FILE_BYTES};
use cloudfall_model::{load_bytes, Lang, Problem};
use gloo::events::{EventListener, EventListenerOptions};
use wasm_bindgen::JsCast;
use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::i18n::texts;
use crate::{browser, ModelRef};

/// A data file the reader loaded, checked and built.
#[derive(Clone, PartialEq)]
pub struct LoadedFile {
    pub name: AttrValue,
    pub model: ModelRef,
}

#[derive(Properties, PartialEq)]
pub struct DataLoaderProps {
    pub lang: Lang,
    /// The reader's file now shown instead of the built-in data, if any.
    #[prop_or_default]
    pub loaded: Option<AttrValue>,
    /// How many boxes the data now shown has (said when a file of the reader's is shown).
    #[prop_or_default]
    pub nodes: usize,
    /// A valid file: the page shows it instead of the data it showed.
    pub onload: Callback<LoadedFile>,
    /// Back to the built-in data.
    pub onrestore: Callback<()>,
}

/// The problems listed at most: a file broken everywhere would otherwise make a page longer than anyone reads.
const SHOWN: usize = 100;

/// What the panel says about the last file the reader gave it.
#[derive(Clone, PartialEq)]
enum Status {
    Idle,
    Reading(AttrValue),
    Refused { name: AttrValue, problems: Rc<Vec<Problem>> },
    Unreadable(AttrValue),
}

/// Reads `file`, checks it and either hands it up or keeps its problems for the panel to list.
fn take(file: web_sys::File, status: UseStateHandle<Status>, onload: Callback<LoadedFile>) {
    let name = AttrValue::from(file.name());
    // The size is known before reading: a file over the limit is never read into memory.
    if file.size() > MAX_FILE_BYTES as f64 {
        let problems = Rc::new(vec![too_large(file.size() as usize)]);
        status.set(Status::Refused { name, problems });
        return;
    }
    status.set(Status::Reading(name.clone()));
    wasm_bindgen_futures::spawn_local(async move {
        match browser::read_file(&file).await {
            Err(message) => {
                browser::warn(&message);
                status.set(Status::Unreadable(name));
            }
            Ok(bytes) => match load_bytes(&bytes) {
                Ok(model) => {
                    status.set(Status::Idle);
                    onload.emit(LoadedFile { name, model: ModelRef(Rc::new(model)) });
                }
                Err(problems) => status.set(Status::Refused { name, problems: Rc::new(problems) }),
            },
        }
    });
}

/// Whether a drag carries files (text dragged into a field is left alone).
fn carries_files(event: &web_sys::DragEvent) -> bool {
    event.data_transfer().is_some_and(|transfer| transfer.types().includes(&"Files".into(), 0))
}

#[component]
pub fn DataLoader(props: &DataLoaderProps) -> Html {
    let text = texts(props.lang);
    let status = use_state(|| Status::Idle);

    // A file dropped anywhere on the page is taken here, instead of the browser leaving the page to open it.
    {
        let status = status.clone();
        use_effect_with(props.onload.clone(), move |onload| {
            let window = gloo::utils::window();
            let options = EventListenerOptions::enable_prevent_default;
            let over = EventListener::new_with_options(&window, "dragover", options(), |event| {
                if event.dyn_ref::<web_sys::DragEvent>().is_some_and(carries_files) {
                    event.prevent_default();
                }
            });
            let onload = onload.clone();
            let drop = EventListener::new_with_options(&window, "drop", options(), move |event| {
                let Some(event) = event.dyn_ref::<web_sys::DragEvent>().filter(|event| carries_files(event)) else {
                    return;
                };
                event.prevent_default();
                let file = event.data_transfer().and_then(|transfer| transfer.files()).and_then(|files| files.get(0));
                if let Some(file) = file {
                    take(file, status.clone(), onload.clone());
                }
            });
            move || drop_listeners(over, drop)
        });
    }

    let onchange = {
        let (status, onload) = (status.clone(), props.onload.clone());
        Callback::from(move |event: Event| {
            let input: HtmlInputElement = event.target_unchecked_into();
            if let Some(file) = input.files().and_then(|files| files.get(0)) {
                take(file, status.clone(), onload.clone());
            }
            // The same file can be chosen again after it was fixed.
            input.set_value("");
        })
    };
    let onrestore = {
        let onrestore = props.onrestore.clone();
        Callback::from(move |_: MouseEvent| onrestore.emit(()))
    };

    html! {
        <section class="panel data-loader" aria-labelledby="loader-heading" data-loader="">
            <h2 id="loader-heading">{ text.loader_heading }</h2>
            <p class="hint">{ text.loader_intro }</p>
            <div class="drop-zone">
                <label for="data-file">{ text.loader_choose }</label>
                <input id="data-file" type="file" accept=".json,application/json" {onchange} />
                <span class="drop-hint">{ text.loader_drop }</span>
            </div>
            <p><a href="data/template.json" download="cloudfall-template.json">{ text.loader_template }</a></p>
            if let Some(name) = &props.loaded {
                <p class="loader-status" role="status" data-loader-file={name.clone()}>
                    { (text.loader_loaded)(name, props.nodes) }{ " " }
                    <button type="button" data-loader-restore="" onclick={onrestore}>{ text.loader_back }</button>
                </p>
            }
            {
                match &*status {
                    Status::Idle => html! {},
                    Status::Reading(name) => html! {
                        <p class="loader-status" role="status">{ (text.loader_reading)(name) }</p>
                    },
                    Status::Unreadable(name) => html! {
                        <div class="loader-problems" role="alert" data-loader-problems="1">
                            <p><strong>{ name }</strong>{ text.colon }{ text.loader_unreadable }</p>
                        </div>
                    },
                    Status::Refused { name, problems } => html! {
                        <div class="loader-problems" role="alert" data-loader-problems={problems.len().to_string()}>
                            <p>{ (text.loader_refused)(name, problems.len()) }</p>
                            <ul>
                                { for problems.iter().take(SHOWN).map(|problem| html! {
                                    <li><strong>{ (text.problem_place)(problem) }</strong>{ text.colon }{ (text.problem)(problem) }</li>
                                }) }
                            </ul>
                            if problems.len() > SHOWN { <p>{ (text.and_more)(problems.len() - SHOWN) }</p> }
                        </div>
                    },
                }
            }
        </section>
    }
}

/// Removes the page-wide drag listeners (dropping a gloo listener removes it).
fn drop_listeners(over: EventListener, drop: EventListener) {
    std::mem::drop((over, drop));
}
