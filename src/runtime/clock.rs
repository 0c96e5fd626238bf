//! Time as the browser measures it, on the page or in a Web Worker.

use wasm_bindgen::JsCast;

thread_local! {
    // Looked up once per thread: reading `performance` through the global object on every
    // call costs more than the timestamp itself when 10.000 tasks record their steps.
    static PERFORMANCE: Option<web_sys::Performance> = {
        // NOTE: `window()` is absent inside Web Workers; the global scope has `performance`
        // in both, so read it from there.
        js_sys::Reflect::get(&js_sys::global(), &"performance".into())
            .ok()
            .and_then(|p| p.dyn_into::<web_sys::Performance>().ok())
    };
}

/// Milliseconds since this context (page or worker) started, sub-millisecond precision.
pub fn now_ms() -> f64 {
    PERFORMANCE.with(|p| p.as_ref().map_or(0.0, |p| p.now()))
}

/// Milliseconds since the Unix epoch, comparable across the page and its workers.
///
/// Each worker's `performance.now()` counts from its own start; adding `timeOrigin` puts
/// every context on one timeline.
pub fn epoch_ms() -> f64 {
    PERFORMANCE.with(|p| p.as_ref().map_or(0.0, |p| p.time_origin() + p.now()))
}

/// Run `work` with a clock that reads 0 when it starts (ms on the epoch clock, so any worker
/// can read it), and return its result with the time it took. Timing inside the worker keeps
/// message latency to and from the page out of the measurement.
pub fn timed<R>(work: impl FnOnce(&(dyn Fn() -> f64 + Sync)) -> R) -> (R, f64) {
    let start = epoch_ms();
    let since = move || epoch_ms() - start;
    let result = work(&since);
    (result, since())
}
