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
    let query = query();
    let (mut scenario, problems) = Scenario::from_query(&query, model);
    // Without a `lang=` in the link, the reader's browser languages decide (French for `fr-*`).
    scenario.lang = cloudfall_model::query::lang_for(&query, &browser_languages());
    (scenario, problems)
}

/// The reader's browser languages, most preferred first (`navigator.languages`).
fn browser_languages() -> Vec<String> {
    gloo::utils::window().navigator().languages().iter().filter_map(|tag| tag.as_string()).collect()
}

/// Writes the scenario into the URL without reloading or adding a history entry.
///
/// # Errors
/// When the browser refuses to change the URL.
pub fn write_url(scenario: &Scenario) -> Result<(), String> {
    write_query(&scenario.to_query())
}

/// Writes the scenario into the URL once the frame that shows it is painted (issue 19): Chromium's
/// `history.replaceState` took about 12 ms of each click on the map, before that frame. Writes scheduled one after
/// another land in the same order, so the address always ends with the last scenario.
pub fn write_url_after_paint(scenario: &Scenario) {
    let query = scenario.to_query();
    let write = move || {
        if let Err(message) = write_query(&query) {
            warn(&message);
        }
    };
    let after_frame = wasm_bindgen::closure::Closure::once_into_js(move || {
        gloo::timers::callback::Timeout::new(0, write).forget();
    });
    if gloo::utils::window().request_animation_frame(after_frame.unchecked_ref()).is_err() {
        warn("The browser did not schedule the address update.");
    }
}

/// Resolves after the next frame has painted: a frame callback, then a task (the order `write_url_after_paint` uses).
/// What the page does next (the details' download and join, issue 19) then never delays that frame. Resolves at
/// once where the browser schedules no frame.
pub async fn after_next_paint() {
    let promise = js_sys::Promise::new(&mut |resolve, _reject| {
        let after_frame = wasm_bindgen::closure::Closure::once_into_js(move || {
            gloo::timers::callback::Timeout::new(0, move || {
                let _ = resolve.call0(&wasm_bindgen::JsValue::NULL);
            })
            .forget();
        });
        if gloo::utils::window().request_animation_frame(after_frame.unchecked_ref()).is_err() {
            warn("The browser did not schedule a frame.");
        }
    });
    let _ = JsFuture::from(promise).await;
}

/// Runs `run` in the next frame's callback: after every render and effect of this task, before that frame's style,
/// layout and paint, so what it measures is the page as it will be painted and what it writes shows in that frame.
pub fn before_next_paint(run: impl FnOnce() + 'static) {
    let in_frame = wasm_bindgen::closure::Closure::once_into_js(run);
    if gloo::utils::window().request_animation_frame(in_frame.unchecked_ref()).is_err() {
        warn("The browser did not schedule a frame.");
    }
}

fn write_query(query: &str) -> Result<(), String> {
    let window = gloo::utils::window();
    let location = window.location();
    let path = location.pathname().map_err(|_| "The page address could not be read.".to_string())?;
    let hash = location.hash().unwrap_or_default();
    let url = format!("{path}{query}{hash}");
    let current = format!("{path}{}{hash}", self::query());
    if url == current {
        return Ok(());
    }
    let history = window.history().map_err(|_| "The browser history is not available.".to_string())?;
    history
        .replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url))
        .map_err(|_| "The browser did not let the page update its address.".to_string())
}

/// Opens the scenario's link as a page of its own, in a new history entry, so the browser's Back button returns
/// here: the teacher's page and the explorer are two binaries (issue 19), each started by the boot script.
///
/// # Errors
/// When the browser refuses to open the address.
pub fn open_page(scenario: &Scenario) -> Result<(), String> {
    let location = gloo::utils::window().location();
    let path = location.pathname().map_err(|_| "The page address could not be read.".to_string())?;
    location
        .assign(&format!("{path}{}", scenario.to_query()))
        .map_err(|_| "The browser did not open the page.".to_string())
}

/// Loads the page again at its current address (the embed's story binary hands another view to the full app).
///
/// # Errors
/// When the browser refuses to reload the page.
pub fn reload() -> Result<(), String> {
    gloo::utils::window().location().reload().map_err(|_| "The browser did not let the page reload.".to_string())
}

/// Sets `<html lang>` to the language shown, for screen readers and hyphenation.
pub fn set_document_lang(lang: Lang) {
    set_root_attribute("lang", Some(lang.code()));
}

/// Writes an attribute of the page's root (`<html>`), or removes it (`None`), only when that changes it: writing even
/// the same value restyles the whole page (`lang`: about 25 ms after a click; `data-theme`: about 7 ms, issue 19).
fn set_root_attribute(name: &str, value: Option<&str>) {
    if let Some(root) = gloo::utils::document().document_element() {
        if root.get_attribute(name).as_deref() != value {
            let _ = match value {
                Some(value) => root.set_attribute(name, value),
                None => root.remove_attribute(name),
            };
        }
    }
}

/// Sets the page's `<title>` (the tab's name, the first thing a screen reader says) in the language shown.
pub fn set_document_title(title: &str) {
    let document = gloo::utils::document();
    if document.title() != title {
        document.set_title(title);
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
    cloudfall_model::query::lang_for(&query(), &browser_languages())
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
    // The bytes, copied into the WebAssembly's memory at once, then decoded there: `text()` would decode in the
    // browser and the string be encoded again on its way in (issue 19: about 8 ms for the 1,000-node benchmark's
    // file). Decoded as `text()` decodes: a leading byte-order mark dropped, bytes that are not UTF-8 replaced.
    let buffer = response.array_buffer().map_err(|_| failed("the response has no body"))?;
    let buffer = JsFuture::from(buffer).await.map_err(|_| failed("the download was interrupted"))?;
    let bytes = js_sys::Uint8Array::new(&buffer).to_vec();
    let text = match String::from_utf8(bytes) {
        Ok(text) => text,
        Err(error) => String::from_utf8_lossy(error.as_bytes()).into_owned(),
    };
    Ok(match text.strip_prefix('\u{feff}') {
        Some(rest) => rest.to_string(),
        None => text,
    })
}

/// The bytes of a file the reader chose or dropped (the validator reads them, so text that is not UTF-8 is located).
///
/// # Errors
/// A sentence when the browser cannot read the file.
pub async fn read_file(file: &web_sys::File) -> Result<Vec<u8>, String> {
    let buffer = JsFuture::from(file.array_buffer())
        .await
        .map_err(|_| format!("The file {} could not be read.", file.name()))?;
    Ok(js_sys::Uint8Array::new(&buffer).to_vec())
}

/// Moves keyboard focus to the map box whose `data-node-id` is `dom_id` (the node's id, or `box-N` when a class
/// link hides its name: `HiddenNames::dom_id`) and scrolls it into view, once the DOM has it.
pub fn focus_map_box(dom_id: &str) {
    let selector = format!("[data-node-id=\"{}\"]", dom_id.replace('"', ""));
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
pub fn show_crash(text: &crate::i18n::StoryTexts) {
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

// Embedding and sharing (issue 16), and the classroom (issue 17): links to this page, the worksheet's printing.

/// The data version the URL pins (`v=`), before any data is loaded.
pub fn version_asked() -> Option<String> {
    cloudfall_model::query::version_asked(&query())
}

/// The page's own address without its query or fragment (`https://example.org/cloudfall/`), for share and class
/// links: wherever the site is served from.
pub fn page_address() -> String {
    let location = gloo::utils::window().location();
    format!("{}{}", location.origin().unwrap_or_default(), location.pathname().unwrap_or_default())
}

/// Opens the browser's print dialog (the print stylesheet keeps only the worksheet).
///
/// # Errors
/// When the browser refuses to print (a sandboxed frame).
pub fn print_page() -> Result<(), String> {
    gloo::utils::window().print().map_err(|_| "The browser did not open its print dialog.".to_string())
}

/// Sets `data-theme` on the page's root (the stylesheet's palettes key on it), or removes it for the default.
pub fn set_theme(theme: Option<cloudfall_model::embed::Theme>) {
    set_root_attribute("data-theme", theme.map(|theme| theme.code()));
}

/// Copies `text` to the clipboard; when the browser refuses (an iframe without the clipboard permission, an old
/// browser), selects the text of the field `field_id` and tries the old copy command.
///
/// # Errors
/// A sentence when neither way copied: the text is then selected for the reader to copy.
pub async fn copy_text(text: &str, field_id: &str) -> Result<(), String> {
    let clipboard = gloo::utils::window().navigator().clipboard();
    if JsFuture::from(clipboard.write_text(text)).await.is_ok() {
        return Ok(());
    }
    let document = gloo::utils::document();
    let field = document.get_element_by_id(field_id);
    if let Some(area) = field.as_ref().and_then(|field| field.dyn_ref::<web_sys::HtmlTextAreaElement>()) {
        area.select();
    } else if let Some(input) = field.as_ref().and_then(|field| field.dyn_ref::<web_sys::HtmlInputElement>()) {
        input.select();
    }
    let copied =
        document.dyn_ref::<web_sys::HtmlDocument>().and_then(|html| html.exec_command("copy").ok()).unwrap_or(false);
    if copied {
        Ok(())
    } else {
        Err("The browser did not let the page copy.".to_string())
    }
}

/// In an embed, opens the details of the selected node `id` beside its box on the map: moves the open details panel
/// (absolutely placed in the map panel by the stylesheet) just under the box, kept inside the map panel. An
/// iframe's window is as tall as its content, so a panel fixed to the window would open out of the reader's sight.
/// Sets `top` and `left` through the CSSOM, which the strict style policy allows (no style attribute is parsed).
pub fn place_details_beside(id: &NodeId) {
    let document = gloo::utils::document();
    let selector = format!("[data-node-id=\"{}\"]", id.as_str().replace('"', ""));
    let (Ok(Some(node)), Ok(Some(details))) =
        (document.query_selector(&selector), document.query_selector(".is-embedded .details-panel.is-open"))
    else {
        return;
    };
    let (Some(details), Some(panel)) = (details.dyn_ref::<HtmlElement>(), details.parent_element()) else {
        return;
    };
    let (box_, frame, own) =
        (node.get_bounding_client_rect(), panel.get_bounding_client_rect(), details.get_bounding_client_rect());
    let top = (box_.bottom() - frame.top() + 8.0).min(frame.height() - own.height()).max(0.0);
    let left = (box_.left() - frame.left()).min(frame.width() - own.width() - 8.0).max(8.0);
    let style = details.style();
    let _ = style.set_property("top", &format!("{top:.0}px"));
    let _ = style.set_property("left", &format!("{left:.0}px"));
}

/// A focus asked for before its target was on the page: the target's selector, and what had the focus when it was
/// asked (the box or button the reader pressed).
struct PendingFocus {
    selector: String,
    from: Option<web_sys::Element>,
}

thread_local! {
    /// Where the focus goes once the next render has put it on the page (see `focus_after_render`).
    static PENDING_FOCUS: std::cell::RefCell<Option<PendingFocus>> = const { std::cell::RefCell::new(None) };
}

/// Moves keyboard focus to the element `selector` names: at once when the page already has it, else right after
/// the next render (the app calls `apply_pending_focus` from an effect, which runs once the DOM is updated). So a
/// key that opens details or follows a link moves the focus there without waiting on a timer.
pub fn focus_after_render(selector: &str) {
    let pending = (!focus_selector(selector))
        .then(|| PendingFocus { selector: selector.to_string(), from: gloo::utils::document().active_element() });
    PENDING_FOCUS.with(|slot| slot.replace(pending));
}

/// Focuses what `focus_after_render` asked for, if the page now has it. Called after every render of the app. A focus
/// the reader has moved since (Tab, a click elsewhere) is theirs: the request is dropped rather than taking it back.
pub fn apply_pending_focus() {
    let Some((selector, from)) = PENDING_FOCUS
        .with(|slot| slot.borrow().as_ref().map(|pending| (pending.selector.clone(), pending.from.clone())))
    else {
        return;
    };
    if !focus_still_on(from.as_ref()) || focus_selector(&selector) {
        PENDING_FOCUS.with(|slot| slot.replace(None));
    }
}

/// Whether the focus is where it was (`from`), or was lost with a removed element (on the page's body, or nowhere).
fn focus_still_on(from: Option<&web_sys::Element>) -> bool {
    let document = gloo::utils::document();
    match document.active_element() {
        None => true,
        Some(now) => from == Some(&now) || document.body().is_some_and(|body| now == *body.as_ref()),
    }
}

/// The selector of a node's details heading, where the focus goes when the reader opens them.
pub fn details_heading(id: &NodeId) -> String {
    details_heading_of(id.as_str())
}

/// The selector of the details heading whose `data-details` is `dom_id` (see `focus_map_box`).
pub fn details_heading_of(dom_id: &str) -> String {
    format!("[data-details=\"{}\"] #details-heading", dom_id.replace('"', ""))
}

/// The selector of a node's box on the map.
pub fn map_node(id: &NodeId) -> String {
    map_box(id.as_str())
}

/// The selector of the map box whose `data-node-id` is `dom_id` (see `focus_map_box`).
pub fn map_box(dom_id: &str) -> String {
    format!("[data-node-id=\"{}\"]", dom_id.replace('"', ""))
}

/// Focuses the first element matching `selector`; whether there was one.
fn focus_selector(selector: &str) -> bool {
    let Ok(Some(element)) = gloo::utils::document().query_selector(selector) else {
        return false;
    };
    if let Some(svg) = element.dyn_ref::<SvgElement>() {
        svg.focus().is_ok()
    } else if let Some(html) = element.dyn_ref::<HtmlElement>() {
        html.focus().is_ok()
    } else {
        false
    }
}

/// Where the reader's theme choice is kept: in this browser only (localStorage), never a cookie.
const THEME_KEY: &str = "cloudfall-theme";

/// The theme a link sets (`theme=`, an embed's), or else the reader's own choice kept in this browser.
pub fn apply_link_theme(link: Option<cloudfall_model::embed::Theme>) {
    match link {
        Some(theme) => set_theme(Some(theme)),
        None => {
            theme_on_start();
        }
    }
}

/// The theme the page shows: `dark` or `light` as `<html data-theme>` says, else `auto` (the system's choice).
/// An embed sets `data-theme` from its link (`theme=`); otherwise the reader's stored choice applies.
pub fn theme_on_start() -> String {
    let set = gloo::utils::document().document_element().and_then(|root| root.get_attribute("data-theme"));
    let theme = set.or_else(stored_theme).unwrap_or_else(|| "auto".to_string());
    set_root_attribute("data-theme", Some(&theme));
    theme
}

/// Whether the page is dark now: `dark`, or `auto` with a system that prefers dark.
pub fn shows_dark(theme: &str) -> bool {
    theme == "dark"
        || (theme == "auto"
            && gloo::utils::window()
                .match_media("(prefers-color-scheme: dark)")
                .ok()
                .flatten()
                .is_some_and(|query| query.matches()))
}

/// Shows `theme` (`dark` or `light`) and keeps the choice in this browser.
///
/// # Errors
/// When the browser refuses storage (a sandboxed frame, a private mode): the theme still changes for this visit.
pub fn choose_theme(theme: &str) -> Result<(), String> {
    if let Some(root) = gloo::utils::document().document_element() {
        let _ = root.set_attribute("data-theme", theme);
    }
    let refused = || "The browser did not let the page remember the theme; it applies to this visit only.".to_string();
    let storage = gloo::utils::window().local_storage().map_err(|_| refused())?.ok_or_else(refused)?;
    storage.set_item(THEME_KEY, theme).map_err(|_| refused())
}

/// Where the reader's choice of short announcements is kept: in this browser only (localStorage), never a cookie.
const VERBOSITY_KEY: &str = "cloudfall-announcements";

/// Whether the reader chose short announcements (long ones by default).
pub fn short_announcements() -> bool {
    let storage = gloo::utils::window().local_storage().ok().flatten();
    storage.and_then(|storage| storage.get_item(VERBOSITY_KEY).ok().flatten()).is_some_and(|value| value == "short")
}

/// Keeps the reader's choice of short (or long) announcements in this browser.
///
/// # Errors
/// When the browser refuses storage: the choice still applies to this visit.
pub fn choose_short_announcements(short: bool) -> Result<(), String> {
    let refused =
        || "The browser did not let the page remember this choice; it applies to this visit only.".to_string();
    let storage = gloo::utils::window().local_storage().map_err(|_| refused())?.ok_or_else(refused)?;
    storage.set_item(VERBOSITY_KEY, if short { "short" } else { "long" }).map_err(|_| refused())
}

/// The reader's stored theme, if any and valid.
fn stored_theme() -> Option<String> {
    let storage = gloo::utils::window().local_storage().ok().flatten()?;
    storage.get_item(THEME_KEY).ok().flatten().filter(|theme| theme == "dark" || theme == "light")
}

/// Marks `<html>` with `data-projector` when the scenario asks for projector mode (`projector=1`, read by the URL
/// codec): light, large text, thick strokes, applied by the stylesheet.
pub fn set_projector(projector: bool) {
    set_root_attribute("data-projector", projector.then_some(""));
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
