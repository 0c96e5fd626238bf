//! Time as the browser measures it, on the page or in a Web Worker.

use wasm_bindgen::JsCast;

fn performance() -> Option<web_sys::Performance> {
    // NOTE: `window()` is absent inside Web Workers; the global scope has `performance`
    // in both, so read it from there.
    js_sys::Reflect::get(&js_sys::global(), &"performance".into())
        .ok()
        .and_then(|p| p.dyn_into::<web_sys::Performance>().ok())
}

/// Milliseconds since this context (page or worker) started, sub-millisecond precision.
pub fn now_ms() -> f64 {
    performance().map_or(0.0, |p| p.now())
}

/// Milliseconds since the Unix epoch, comparable across the page and its workers.
///
/// Each worker's `performance.now()` counts from its own start; adding `timeOrigin` puts
/// every context on one timeline.
pub fn epoch_ms() -> f64 {
    performance().map_or(0.0, |p| p.time_origin() + p.now())
}
