//! Entry point of the web app: everything lives in the library so browser tests can mount it too.

#![forbid(unsafe_code)]

fn main() {
    cloudfall::run();
}

/// For `make bench`, in the full app only (the embed's story binary never links the full file's reader): loads `json`, switches off the nodes in `off` (comma-separated ids) and times `runs`
/// propagations with their metrics in a row, in the page, as the app does them. Returns the mean in milliseconds
/// (the page's clock is too coarse to time one small propagation).
///
/// # Errors
/// A sentence when the data does not load, an id is unknown, or the page has no clock.
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn bench_propagation(json: &str, off: &str, runs: u32) -> Result<f64, wasm_bindgen::JsValue> {
    use cloudfall_model::{metrics::impact, propagate, NodeId};
    let model = cloudfall_model::load(json)
        .map_err(|problems| wasm_bindgen::JsValue::from_str(&format!("{} problem(s) in the data", problems.len())))?;
    let mut indices = Vec::new();
    for id in off.split(',').filter(|id| !id.is_empty()) {
        indices.push(
            model.lookup(&NodeId::new(id)).ok_or_else(|| wasm_bindgen::JsValue::from_str(&format!("no node {id}")))?,
        );
    }
    let clock = web_sys::window()
        .and_then(|window| window.performance())
        .ok_or_else(|| wasm_bindgen::JsValue::from_str("no performance clock"))?;
    let runs = runs.max(1);
    let start = clock.now();
    for _ in 0..runs {
        let outcome = propagate(&model, &indices);
        std::hint::black_box(impact(&model, &outcome));
    }
    Ok((clock.now() - start) / f64::from(runs))
}
