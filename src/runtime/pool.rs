//! The rayon thread pool on Web Workers (wasm-bindgen-rayon), started once per page.
//!
//! The page only ever *awaits* pool work: jobs go in with `rayon::spawn` and come back
//! through a oneshot channel, so the main thread never blocks (a blocking `par_iter` on the
//! main thread would spin and freeze the page).

use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};

use futures_channel::oneshot;
use wasm_bindgen_futures::JsFuture;

use super::{browser, clock};

/// Threads in the pool once it is ready; 0 before that or when it cannot start.
static THREADS: AtomicUsize = AtomicUsize::new(0);

/// Whether a measured run owns the pool (see [`exclusive`]).
static BUSY: AtomicBool = AtomicBool::new(false);

/// Where the pool is in its life.
#[derive(Clone, Debug, PartialEq)]
pub enum PoolState {
    Starting,
    /// `start_ms` is the measured time from the start request until every worker was up.
    Ready {
        threads: usize,
        start_ms: f64,
    },
    /// The page is not cross-origin isolated: shared memory, and so the pool, is unavailable.
    Unavailable,
    /// Starting was tried and the browser refused; the reason is the browser's own words.
    Failed(String),
}

impl PoolState {
    pub fn threads(&self) -> usize {
        match self {
            PoolState::Ready { threads, .. } => *threads,
            _ => 0,
        }
    }
}

/// Threads in the pool: enough for the largest worker count a demo allows (32 Python
/// processes or threads), or one per core if the device has more.
///
/// NOTE: wasm-bindgen-rayon builds rayon's one global pool with a fixed size and cannot add
/// threads later. A demo with 4 workers on a 2-core device must really get 4 Web Workers
/// for the browser to time-slice, as an OS would with 4 processes; idle pool threads sleep
/// in `Atomics.wait` and cost no CPU.
pub const MAX_THREADS: usize = 32;

/// Start the pool. Call once, after the first render.
pub async fn start() -> PoolState {
    if !browser::cross_origin_isolated() {
        return PoolState::Unavailable;
    }
    let threads = browser::hardware_concurrency().max(MAX_THREADS);
    let started = clock::now_ms();
    match JsFuture::from(wasm_bindgen_rayon::init_thread_pool(threads)).await {
        Ok(_) => {
            THREADS.store(threads, Ordering::Release);
            PoolState::Ready {
                threads,
                start_ms: clock::now_ms() - started,
            }
        }
        Err(e) => PoolState::Failed(js_error_text(&e)),
    }
}

/// Why pool work could not be done.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PoolError {
    /// The pool is not ready (still starting, or unavailable on this page).
    NotReady,
    /// The job ended without an answer (a worker trapped).
    Lost,
}

/// Run `job` on the pool and await its answer without blocking the page.
pub async fn run<T, F>(job: F) -> Result<T, PoolError>
where
    T: Send + 'static,
    F: FnOnce() -> T + Send + 'static,
{
    // NOTE: without this check, rayon would try to build its default pool with std threads,
    // which do not exist here.
    if THREADS.load(Ordering::Acquire) == 0 {
        return Err(PoolError::NotReady);
    }
    let (tx, rx) = oneshot::channel();
    rayon::spawn(move || {
        let _ = tx.send(job());
    });
    rx.await.map_err(|_| PoolError::Lost)
}

/// Longest a watched job may take before the page gives up on it, in ms: twice the longest
/// run a demo accepts. A worker that trapped never answers (no unwinding on wasm), and the
/// page must say so rather than wait forever.
pub const WATCHDOG_MS: f64 = 120_000.0;

/// [`run`], calling `on_tick` every `every_ms` on the page while the job runs: how a long job
/// reports progress through shared atomics without the page ever blocking. After
/// [`WATCHDOG_MS`] without an answer it ends with [`PoolError::Lost`].
pub async fn run_watching<T, F>(job: F, every_ms: f64, on_tick: impl Fn()) -> Result<T, PoolError>
where
    T: Send + 'static,
    F: FnOnce() -> T + Send + 'static,
{
    use futures::future::{self, Either};
    use std::pin::pin;
    let started = clock::now_ms();
    let on_tick = &on_tick;
    let watch = async move {
        while clock::now_ms() - started < WATCHDOG_MS {
            super::event_loop::sleep(every_ms).await;
            on_tick();
        }
    };
    match future::select(pin!(run(job)), pin!(watch)).await {
        Either::Left((result, _)) => result,
        Either::Right(((), _)) => Err(PoolError::Lost),
    }
}

/// The pool for one measured run at a time: held while it lives, released on drop.
pub struct Exclusive(());

impl Drop for Exclusive {
    fn drop(&mut self) {
        BUSY.store(false, Ordering::Release);
    }
}

/// Wait until no other measured run uses the pool, then own it. Two runs at once would
/// measure each other (a page left mid-run keeps its workers busy until its Cancel lands).
pub async fn exclusive() -> Exclusive {
    while BUSY
        .compare_exchange(false, true, Ordering::AcqRel, Ordering::Acquire)
        .is_err()
    {
        super::event_loop::sleep(20.0).await;
    }
    Exclusive(())
}

fn js_error_text(e: &wasm_bindgen::JsValue) -> String {
    js_sys::Reflect::get(e, &"message".into())
        .ok()
        .and_then(|m| m.as_string())
        .or_else(|| e.as_string())
        .unwrap_or_else(|| format!("{e:?}"))
}
