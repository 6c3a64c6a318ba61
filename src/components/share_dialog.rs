//! "Share or embed": a button that opens, right under it, the link to the current state and the iframe snippet for
//! an article (both built by the model's `embed::share_links`), each with a copy button (the clipboard, or the text
//! selected when the browser refuses), and a preview of the embed at a phone's and a column's width. Inside an
//! iframe the reader cannot see the address: this is how the scenario is passed on.

use std::rc::Rc;

use cloudfall_model::embed::{share_links, SNIPPET_HEIGHT};
use cloudfall_model::{Model, Scenario};
use yew::prelude::*;

use crate::browser;
use crate::i18n::story_texts;
use crate::ModelRef;

/// The preview widths offered, in CSS pixels: a phone and an article column.
const PREVIEW_WIDTHS: [u32; 2] = [360, 700];

#[derive(Properties, PartialEq)]
pub struct ShareDialogProps {
    pub model: ModelRef,
    pub scenario: Rc<Scenario>,
}

/// What the last copy did, per field.
#[derive(Clone, Copy, PartialEq)]
enum Copied {
    Not,
    Done(&'static str),
    Failed(&'static str),
}

/// The names of what is switched off, for the iframe's title.
fn off_names(model: &Model, scenario: &Scenario, separator: &str) -> String {
    let lang = scenario.lang;
    scenario.off_indices(model).iter().map(|&index| model.node(index).name_in(lang)).collect::<Vec<_>>().join(separator)
}

#[component]
pub fn ShareDialog(props: &ShareDialogProps) -> Html {
    let open = use_state(|| false);
    let copied = use_state(|| Copied::Not);
    let preview = use_state(|| None::<u32>);
    let text = story_texts(props.scenario.lang);
    let ontoggle = {
        let (open, copied, preview) = (open.clone(), copied.clone(), preview.clone());
        move |_| {
            open.set(!*open);
            copied.set(Copied::Not);
            preview.set(None);
        }
    };
    let button = html! {
        <button type="button" class="share-open" data-action="share" aria-expanded={open.to_string()}
            aria-controls="share-dialog" onclick={ontoggle.clone()}>{ text.share_open }</button>
    };
    if !*open {
        return button;
    }
    let title = (text.embed_title)(&off_names(&props.model, &props.scenario, text.list_separator));
    let links = share_links(&props.scenario, &browser::page_address(), &title, Some(&props.model.info.version));
    let copy = |field: &'static str, value: String| {
        let copied = copied.clone();
        Callback::from(move |_: MouseEvent| {
            let (copied, value) = (copied.clone(), value.clone());
            wasm_bindgen_futures::spawn_local(async move {
                copied.set(match browser::copy_text(&value, field).await {
                    Ok(()) => Copied::Done(field),
                    Err(_) => Copied::Failed(field),
                });
            });
        })
    };
    let status = |field: &'static str| match *copied {
        Copied::Done(done) if done == field => {
            html! { <span class="copy-status" role="status">{ text.share_copied }</span> }
        }
        Copied::Failed(failed) if failed == field => {
            html! { <span class="copy-status" role="status">{ text.share_copy_failed }</span> }
        }
        _ => html! {},
    };
    html! {
        <>
            { button }
            <section id="share-dialog" class="share-dialog" role="dialog" aria-labelledby="share-heading">
                <h2 id="share-heading">{ text.share_heading }</h2>
                <label for="share-link">{ text.share_link_label }</label>
                <div class="share-row">
                    <input id="share-link" type="text" readonly=true value={links.link.clone()} data-share="link" />
                    <button type="button" data-copy="link" onclick={copy("share-link", links.link.clone())}>{ text.share_copy }</button>
                    { status("share-link") }
                </div>
                <label for="share-embed">{ text.share_embed_label }</label>
                <p class="hint">{ text.share_embed_hint }</p>
                <div class="share-row">
                    <textarea id="share-embed" readonly=true rows="4" value={links.snippet.clone()} data-share="embed" />
                    <button type="button" data-copy="embed" onclick={copy("share-embed", links.snippet.clone())}>{ text.share_copy }</button>
                    { status("share-embed") }
                </div>
                <div class="share-preview-choice" role="group" aria-label={text.share_preview_label}>
                    { text.share_preview_label }{ " " }
                    { for PREVIEW_WIDTHS.iter().map(|&width| {
                        let preview = preview.clone();
                        let pressed = *preview == Some(width);
                        html! {
                            <button type="button" aria-pressed={pressed.to_string()} data-preview={width.to_string()}
                                onclick={move |_| preview.set((!pressed).then_some(width))}>{ format!("{width} px") }</button>
                        }
                    }) }
                </div>
                if let Some(width) = *preview {
                    <iframe class={classes!("share-preview", format!("preview-{width}"))} src={links.embed.clone()}
                        title={title.clone()} width={width.to_string()} height={SNIPPET_HEIGHT.to_string()} loading="lazy"></iframe>
                }
                <button type="button" class="share-close" onclick={ontoggle}>{ text.share_close }</button>
            </section>
        </>
    }
}
