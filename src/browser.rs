//! What the app reads from and does to the page outside rendering: the URL, downloads, `<html lang>`, focus and
//! scrolling, the reader's motion preference and the viewport's width. Where a browser can refuse (sandboxed
//! iframes, file URLs), a function returns `Result` with a sentence. (Components render; the canvas map draws on
//! its own canvas; hooks subscribe to events through gloo.)
//! It reads and writes the query string only as a whole: the model's `query` codec parses and builds it.

use cloudfall_model::{Lang, Model, NodeId, QueryProblem, Scenario};
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{HtmlElement, SvgElement};

/// The scenario in the page's URL, with whatever in it was not understood.
pub fn scenario_from_url(model: &Model) -> (Scenario, Vec<QueryProblem>) {
    Scenario::from_query(&query(), model)
}

/// Writes the scenario into the URL without reloading or adding a history entry.
///
/// # Errors
/// When the browser refuses to change the URL.
pub fn write_url(scenario: &Scenario) -> Result<(), String> {
    let window = gloo::utils::window();
    let location = window.location();
    let path = location.pathname().map_err(|_| "The page address could not be read.".to_string())?;
    let hash = location.hash().unwrap_or_default();
    let url = format!("{path}{}{hash}", scenario.to_query());
    let current = format!("{path}{}{hash}", query());
    if url == current {
        return Ok(());
    }
    let history = window.history().map_err(|_| "The browser history is not available.".to_string())?;
    history
        .replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url))
        .map_err(|_| "The browser did not let the page update its address.".to_string())
}

/// Sets `<html lang>` to the language shown, for screen readers and hyphenation.
pub fn set_document_lang(lang: Lang) {
    if let Some(root) = gloo::utils::document().document_element() {
        let _ = root.set_attribute("lang", lang.code());
    }
}

/// Logs a problem the reader cannot act on.
pub fn warn(message: &str) {
    web_sys::console::warn_1(&message.into());
}

/// The page's query (`?lang=fr`), or an empty string when the browser does not give it.
fn query() -> String {
    gloo::utils::window().location().search().unwrap_or_default()
}

/// The data file the URL asks for instead of the shipped one, if it names a safe relative path (an unsafe one is
/// reported by `scenario_from_url` and the shipped data is loaded).
pub fn data_source() -> Option<String> {
    cloudfall_model::query::data_source(&query()).ok().flatten()
}

/// The language asked for in the URL, before any data is loaded (for the loading message).
pub fn lang_from_url() -> Lang {
    cloudfall_model::query::lang_asked(&query())
}

/// Downloads a text file relative to the page (so the site works from any sub-path).
///
/// # Errors
/// A sentence saying what went wrong, for the reader.
pub async fn fetch_text(url: &str) -> Result<String, String> {
    let failed = |what: &str| format!("The data file {url} could not be loaded ({what}).");
    let response = JsFuture::from(gloo::utils::window().fetch_with_str(url))
        .await
        .map_err(|_| failed("the network request failed"))?;
    let response: web_sys::Response = response.dyn_into().map_err(|_| failed("no response"))?;
    if !response.ok() {
        return Err(failed(&format!("the server answered {}", response.status())));
    }
    let text = response.text().map_err(|_| failed("the response has no text"))?;
    JsFuture::from(text)
        .await
        .map_err(|_| failed("the download was interrupted"))?
        .as_string()
        .ok_or_else(|| failed("the response is not text"))
}

/// Moves keyboard focus to the map node `id` and scrolls it into view, once the DOM has it.
pub fn focus_map_node(id: &NodeId) {
    let selector = format!("[data-node-id=\"{}\"]", id.as_str().replace('"', ""));
    if let Ok(Some(element)) = gloo::utils::document().query_selector(&selector) {
        element.scroll_into_view_with_bool(false);
        if let Some(svg) = element.dyn_ref::<SvgElement>() {
            let _ = svg.focus();
        } else if let Some(html) = element.dyn_ref::<HtmlElement>() {
            let _ = html.focus();
        }
    }
}

/// Whether the reader asked for reduced motion (the cascade then shows its end state at once).
pub fn prefers_reduced_motion() -> bool {
    gloo::utils::window()
        .match_media("(prefers-reduced-motion: reduce)")
        .ok()
        .flatten()
        .is_some_and(|query| query.matches())
}

/// The viewport's width in CSS pixels, or `fallback` when the browser does not say.
pub fn viewport_width(fallback: u32) -> u32 {
    gloo::utils::window()
        .inner_width()
        .ok()
        .and_then(|width| width.as_f64())
        .map_or(fallback, |width| width.max(0.0) as u32)
}

/// After a crash (the panic hook): a message on top of the page in the reader's language, with a link back to the
/// page without its query (the default scenario). Best effort: anything the browser refuses is skipped.
pub fn show_crash(text: &crate::i18n::Texts) {
    let document = gloo::utils::document();
    let (Ok(notice), Ok(link), Some(body)) =
        (document.create_element("div"), document.create_element("a"), document.body())
    else {
        return;
    };
    notice.set_class_name("crash");
    let _ = notice.set_attribute("role", "alert");
    notice.set_text_content(Some(text.crashed));
    let path = gloo::utils::window().location().pathname().unwrap_or_default();
    let _ = link.set_attribute("href", &path);
    link.set_text_content(Some(text.crashed_back));
    let _ = notice.append_child(&link);
    let _ = body.prepend_with_node_1(&notice);
}

/// Today's date, `YYYY-MM-DD` (UTC), for the date an export carries.
pub fn today() -> String {
    let iso: String = js_sys::Date::new_0().to_iso_string().into();
    iso.get(..10).unwrap_or_default().to_string()
}

/// Clicks a temporary `<a download>` for `href`, the one way a page offers a file without a server.
fn click_download(href: &str, name: &str) -> Result<(), String> {
    let document = gloo::utils::document();
    let link: web_sys::HtmlAnchorElement = document
        .create_element("a")
        .ok()
        .and_then(|element| element.dyn_into().ok())
        .ok_or("This browser would not make a download link.")?;
    link.set_href(href);
    link.set_download(name);
    link.set_hidden(true);
    let body = document.body().ok_or("The page has no body to hold the download link.")?;
    body.append_child(&link).map_err(|_| "The download link could not be added to the page.")?;
    link.click();
    link.remove();
    Ok(())
}

/// Offers `text` as a file named `name` of type `mime`: a Blob and an object URL, which a strict CSP allows
/// (nothing is loaded from it by the page itself). The URL is released a minute later, once the download started.
///
/// # Errors
/// A sentence when the browser refuses (some sandboxed iframes forbid downloads).
pub fn download_text(name: &str, mime: &str, text: &str) -> Result<(), String> {
    let refused = "This browser refused to make the file (an embedding page may forbid downloads).";
    let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(text));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options).map_err(|_| refused)?;
    let url = web_sys::Url::create_object_url_with_blob(&blob).map_err(|_| refused)?;
    let result = click_download(&url, name);
    gloo::timers::callback::Timeout::new(60_000, move || {
        let _ = web_sys::Url::revoke_object_url(&url);
    })
    .forget();
    result
}

/// Offers an SVG drawing as a PNG file named `name`, at twice its size for sharp print: the SVG is loaded as an
/// image from a `data:` URL (which the CSP's `img-src` allows), drawn on a canvas, and the canvas saved. The
/// drawing happens once the image has loaded; a failure then is logged, as nothing waits for it.
///
/// # Errors
/// A sentence when the browser cannot make the image.
pub fn download_png(name: &str, svg: &str) -> Result<(), String> {
    let image = web_sys::HtmlImageElement::new().map_err(|_| "This browser could not make the picture.")?;
    let name = name.to_string();
    let loaded = image.clone();
    gloo::events::EventListener::once(&image, "load", move |_| {
        if let Err(message) = draw_and_save(&loaded, &name) {
            warn(&message);
        }
    })
    .forget();
    let encoded: String = js_sys::encode_uri_component(svg).into();
    image.set_src(&format!("data:image/svg+xml;charset=utf-8,{encoded}"));
    Ok(())
}

/// Draws a loaded image on a white canvas twice its size and downloads it as PNG.
fn draw_and_save(image: &web_sys::HtmlImageElement, name: &str) -> Result<(), String> {
    let failed = "The picture could not be turned into a PNG.";
    let canvas: web_sys::HtmlCanvasElement = gloo::utils::document()
        .create_element("canvas")
        .ok()
        .and_then(|element| element.dyn_into().ok())
        .ok_or(failed)?;
    let (width, height) = (image.natural_width().max(1), image.natural_height().max(1));
    canvas.set_width(width * 2);
    canvas.set_height(height * 2);
    let context: web_sys::CanvasRenderingContext2d =
        canvas.get_context("2d").ok().flatten().and_then(|context| context.dyn_into().ok()).ok_or(failed)?;
    context.set_fill_style_str("#ffffff");
    context.fill_rect(0.0, 0.0, f64::from(width * 2), f64::from(height * 2));
    context
        .draw_image_with_html_image_element_and_dw_and_dh(image, 0.0, 0.0, f64::from(width * 2), f64::from(height * 2))
        .map_err(|_| failed)?;
    let png = canvas.to_data_url_with_type("image/png").map_err(|_| failed)?;
    click_download(&png, name)
}
