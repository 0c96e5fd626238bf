//! Celery worker nodes on Web Workers, each with its own instance of the app's module.
//!
//! A node is a Web Worker that instantiates this very module *without* the page's memory, so it
//! is as separate from the page as a `celery worker` process is from the producer; its
//! `concurrency` prefork children are nested Web Workers, each its own instance too
//! (`celery_node.js`). The page reaches a node only through lines of text (`demos::celery::wire`).
//!
//! The `#[wasm_bindgen]` functions below are what a child calls in its own instance: the task's
//! CPU work, the seeded failure rule (the same one `tasks.py` uses), and calibration for a page
//! without the shared pool.
//!
//! NOTE: a fresh instance runs the module's start function, that is the app's `main`; `main`
//! returns at once when there is no `window` (see `src/main.rs`).

use std::sync::atomic::AtomicBool;

use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;

use super::clock;
use crate::model::celery::FailureRule;
use crate::model::kernels::{calibrate, run_task, Kernel};

#[wasm_bindgen(module = "/src/runtime/celery_node.js")]
extern "C" {
    #[wasm_bindgen(js_name = spawnNode)]
    fn spawn_node(
        module: JsValue,
        main_js: JsValue,
        concurrency: u32,
        on_line: &Closure<dyn FnMut(String)>,
    ) -> js_sys::Promise;
    #[wasm_bindgen(js_name = post)]
    fn post_line(worker: &JsValue, line: &str);
    #[wasm_bindgen(js_name = terminate)]
    fn terminate_worker(worker: &JsValue);
}

#[wasm_bindgen]
extern "C" {
    // The app's own JS module, which each node and child imports to instantiate the module.
    #[wasm_bindgen(thread_local_v2, js_namespace = ["import", "meta"], js_name = url)]
    static MAIN_JS: js_sys::JsString;
}

/// A task body's CPU part, in a child: `units` of the primes kernel. Returns a checksum so
/// the work cannot be optimised away.
#[wasm_bindgen]
pub fn celery_task_cpu(task: u32, units: f64) -> f64 {
    let never = AtomicBool::new(false);
    run_task(Kernel::Primes, task as usize, units as u64, &never).unwrap_or(0) as f64
}

/// Whether the run of `task` with `request.retries == retries` raises: the page's seeded rule,
/// decided in the child as `tasks.py` decides it in its process.
#[wasm_bindgen]
pub fn celery_task_raises(seed: u32, fail_pct: u32, task: u32, retries: u32) -> bool {
    FailureRule { seed, fail_pct }.fails(task, retries)
}

/// Units of the primes kernel per ms, measured in the instance that calls it.
#[wasm_bindgen]
pub fn celery_calibrate() -> f64 {
    calibrate(Kernel::Primes, &clock::now_ms)
}

/// A running node worker, as the page holds it.
pub struct NodeWorker {
    worker: JsValue,
    // Called by the node's `onmessage` for as long as the node lives.
    _on_line: Closure<dyn FnMut(String)>,
    /// Measured from the spawn request until every child was up, in ms.
    pub start_ms: f64,
}

impl NodeWorker {
    /// Start a node with `concurrency` children; `on_line` gets every line it says after
    /// it is up. Resolves when its children are up, with the browser's words if it fails.
    pub async fn spawn(
        concurrency: usize,
        on_line: impl FnMut(String) + 'static,
    ) -> Result<NodeWorker, String> {
        let started = clock::now_ms();
        let on_line = Closure::<dyn FnMut(String)>::new(on_line);
        let main_js: JsValue = MAIN_JS.with(|u| u.clone()).into();
        let promise = spawn_node(
            wasm_bindgen::module(),
            main_js,
            concurrency as u32,
            &on_line,
        );
        let answer = JsFuture::from(promise).await.map_err(|e| {
            e.dyn_ref::<js_sys::Error>()
                .map(|e| String::from(e.message()))
                .or_else(|| e.as_string())
                .unwrap_or_else(|| "?".into())
        })?;
        let worker = js_sys::Reflect::get(&answer, &0.into()).map_err(|_| "no worker")?;
        Ok(NodeWorker {
            worker,
            _on_line: on_line,
            start_ms: clock::now_ms() - started,
        })
    }

    pub fn post(&self, line: &str) {
        post_line(&self.worker, line);
    }

    /// `Worker.terminate()`: the node and its nested children stop at once.
    pub fn terminate(&self) {
        terminate_worker(&self.worker);
    }
}

impl Drop for NodeWorker {
    fn drop(&mut self) {
        self.terminate();
    }
}
