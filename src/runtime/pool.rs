//! Worker pools on Web Workers: started only when a page needs them, sized to that need, and
//! closed when no page needs them any more.
//!
//! A [`Pool`] is a rayon `ThreadPool` whose threads are Web Workers sharing the page's memory
//! (`workers.js`). The page only ever *awaits* pool work: jobs go in with `spawn` and come back
//! through a oneshot channel, so the main thread never blocks (a blocking `par_iter` on the
//! main thread would spin and freeze the page).
//!
//! NOTE: wasm-bindgen-rayon's `init_thread_pool` builds rayon's one *global* pool, once, at a
//! fixed size: a page that never runs anything would pay for the largest pool any demo might
//! want (32 workers, +86 MB in Chromium), and a demo could never get more. So we build local
//! pools ourselves, with wasm-bindgen-rayon's own worker entry (`wbg_rayon_start_worker`)
//! running each thread, and grow by rebuilding. See docs/ARCHITECTURE.md for the figures.

use std::cell::RefCell;
use std::rc::Rc;

use crossbeam_channel::{bounded, Receiver};
use futures::future::{FutureExt, LocalBoxFuture, Shared};
use futures_channel::oneshot;
use rayon::ThreadBuilder;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

use super::{browser, clock};

// NOTE: nothing here calls into wasm-bindgen-rayon; this keeps the crate linked, so the app's
// module exports its worker entry `wbg_rayon_start_worker` for `workers.js` to call.
use crate::model::run::RunError;
use crate::model::semaphore::{Permit, Semaphore};
#[allow(unused_imports)]
use wasm_bindgen_rayon as _;

#[wasm_bindgen(module = "/src/runtime/workers.js")]
extern "C" {
    #[wasm_bindgen(js_name = spawnWorker)]
    fn spawn_worker(
        module: JsValue,
        memory: JsValue,
        main_js: JsValue,
        receiver: u32,
    ) -> js_sys::Promise;
}

#[wasm_bindgen]
extern "C" {
    // The app's own JS module: each worker imports it to instantiate the same wasm module.
    #[wasm_bindgen(thread_local_v2, js_namespace = ["import", "meta"], js_name = url)]
    static MAIN_JS: js_sys::JsString;
}

/// Most threads one pool may have: the largest worker count a demo allows (32 Python
/// processes or threads), or one per core on a bigger device.
pub const MAX_THREADS: usize = 32;

/// How long a pool nobody needs is kept, in ms, so going from one worker page to another
/// (or a quick back and forth) does not restart every worker.
const KEEP_IDLE_MS: f64 = 3_000.0;

/// Where the page's workers are in their life, for the capability panel.
#[derive(Clone, Debug, PartialEq)]
pub enum PoolState {
    /// No page has needed workers yet, or the last one was left: none are running.
    Idle,
    Starting {
        threads: usize,
    },
    /// `start_ms` is the measured time from the start request until every worker was up.
    Ready {
        threads: usize,
        start_ms: f64,
    },
    /// The page is not cross-origin isolated yet, and the service worker is about to make it
    /// so with one automatic reload (`boot.js`): a run waits for that reload, and `boot.js`
    /// presses its button again after it.
    Preparing,
    /// The page is not cross-origin isolated: shared memory, and so workers, are unavailable.
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

/// A rayon pool whose threads are Web Workers.
pub struct Pool {
    rayon: rayon::ThreadPool,
    threads: usize,
    start_ms: f64,
    // NOTE: each worker takes its rayon thread from this channel once the pool is built; it
    // must outlive that moment, so the pool owns it.
    _receiver: Box<Receiver<ThreadBuilder>>,
    // Kept so the browser never collects a worker that shares our memory (a Firefox bug).
    _workers: Vec<JsValue>,
}

impl Pool {
    /// Start `threads` Web Workers and build a rayon pool on them; resolves when every
    /// worker is up.
    async fn start(threads: usize) -> Result<Pool, String> {
        let started = clock::now_ms();
        let (sender, receiver) = bounded::<ThreadBuilder>(threads);
        let receiver = Box::new(receiver);
        // NOTE: a wasm32 pointer fits in u32; the worker hands it back to
        // `wbg_rayon_start_worker`, which reads the ThreadBuilder it is sent.
        let ptr = &*receiver as *const Receiver<ThreadBuilder> as usize as u32;
        let main_js: JsValue = MAIN_JS.with(|u| u.clone()).into();
        // NOTE: the pool is built, and its threads queued in the channel, BEFORE any worker
        // exists. A worker then finds its thread at once and never waits in `recv`; were it
        // waiting, `send` on this (main) thread would have to lock the channel's waker, and a
        // contended lock here means `Atomics.wait`, which the page's thread may not call.
        let rayon = rayon::ThreadPoolBuilder::new()
            .num_threads(threads)
            .thread_name(|i| format!("worker {}", i + 1))
            .spawn_handler(move |thread| {
                sender
                    .send(thread)
                    // A bare kind, not `io::Error::other(text)`: a boxed message brings string Debug and
                    // its Unicode tables into the wasm, and rayon only reports that it failed.
                    .map_err(|_| std::io::Error::from(std::io::ErrorKind::Other))
            })
            .build()
            .map_err(|e| e.to_string())?;
        let starts: Vec<JsFuture> = (0..threads)
            .map(|_| {
                JsFuture::from(spawn_worker(
                    wasm_bindgen::module(),
                    wasm_bindgen::memory(),
                    main_js.clone(),
                    ptr,
                ))
            })
            .collect();
        let mut workers = Vec::with_capacity(threads);
        let mut failure = None;
        for result in futures::future::join_all(starts).await {
            match result {
                Ok(worker) => workers.push(worker),
                Err(e) => failure = Some(js_error_text(&e)),
            }
        }
        if let Some(reason) = failure {
            // The workers that did start may still be reading the receiver: stop them, and
            // never free what they might still read.
            for worker in &workers {
                if let Some(w) = worker.dyn_ref::<web_sys::Worker>() {
                    w.terminate();
                }
            }
            // Nor drop the pool here: that would wake (lock) its threads from the page.
            std::mem::forget(rayon);
            std::mem::forget(receiver);
            return Err(reason);
        }
        // NOTE: `build` only queues the threads; the pool (and the receiver with it) may be
        // dropped only once every worker has taken its own, as rayon's global pool waits for.
        while !receiver.is_empty() {
            super::event_loop::sleep(2.0).await;
        }
        Ok(Pool {
            rayon,
            threads,
            start_ms: clock::now_ms() - started,
            _receiver: receiver,
            _workers: workers,
        })
    }

    pub fn threads(&self) -> usize {
        self.threads
    }

    /// Measured time it took to start this pool's workers, in ms.
    pub fn start_ms(&self) -> f64 {
        self.start_ms
    }

    /// Run `job` on one of this pool's threads and await its answer without blocking the
    /// page. `None` if the job's thread dropped it unanswered. NOTE: a worker that traps
    /// (panic = abort) never answers at all; the lifecycle's watchdog ends such a run.
    pub async fn run<T, F>(&self, job: F) -> Option<T>
    where
        T: Send + 'static,
        F: FnOnce() -> T + Send + 'static,
    {
        let (tx, rx) = oneshot::channel();
        self.rayon.spawn(move || {
            let _ = tx.send(job());
        });
        rx.await.ok()
    }
}

/// Hears the pool's state.
type Listener = Rc<dyn Fn(&PoolState)>;

type StartFuture = Shared<LocalBoxFuture<'static, Result<Rc<Pool>, RunError>>>;

/// The page's one pool, the start under way, and who needs workers now.
struct Slot {
    pool: Option<Rc<Pool>>,
    starting: Option<(usize, StartFuture)>,
    /// Live [`Need`]s: a worker page, a run.
    needs: usize,
    /// Bumped whenever `needs` drops to 0, so a late idle check sees it is stale.
    idle_epoch: u64,
    state: PoolState,
    listeners: Vec<(u64, Listener)>,
    next_listener: u64,
    lease: Semaphore,
}

thread_local! {
    static SLOT: RefCell<Slot> = RefCell::new(Slot {
        pool: None,
        starting: None,
        needs: 0,
        idle_epoch: 0,
        // Known from the first moment: the panel says so before any page asks for workers.
        state: first_state(),
        listeners: Vec::new(),
        next_listener: 0,
        lease: Semaphore::new(1),
    });
}

/// The state before anything was asked: workers are possible (isolated), coming after the
/// service worker's reload, or unavailable.
fn first_state() -> PoolState {
    if browser::cross_origin_isolated() {
        return PoolState::Idle;
    }
    if !browser::isolation_pending() {
        return PoolState::Unavailable;
    }
    // If the reload does not come after all, the panel says what is true then.
    wasm_bindgen_futures::spawn_local(async {
        browser::isolation_settled().await;
        if state() == PoolState::Preparing {
            set_state(PoolState::Unavailable);
        }
    });
    PoolState::Preparing
}

fn set_state(state: PoolState) {
    let listeners: Vec<Listener> = SLOT.with(|s| {
        let mut s = s.borrow_mut();
        s.state = state.clone();
        s.listeners.iter().map(|(_, l)| l.clone()).collect()
    });
    // Called outside the borrow: a listener may re-render and read the state again.
    for listener in listeners {
        listener(&state);
    }
}

/// The pool's state now.
pub fn state() -> PoolState {
    SLOT.with(|s| s.borrow().state.clone())
}

/// Hears every change of [`state`] until dropped.
pub struct Subscription(u64);

impl Drop for Subscription {
    fn drop(&mut self) {
        let id = self.0;
        SLOT.with(|s| s.borrow_mut().listeners.retain(|(i, _)| *i != id));
    }
}

pub fn subscribe(listener: impl Fn(&PoolState) + 'static) -> Subscription {
    SLOT.with(|s| {
        let mut s = s.borrow_mut();
        let id = s.next_listener;
        s.next_listener += 1;
        s.listeners.push((id, Rc::new(listener)));
        Subscription(id)
    })
}

/// A pool of at least `threads` workers, started (or grown) if there is none yet. Several
/// callers asking at once share one start.
pub async fn ensure(threads: usize) -> Result<Rc<Pool>, RunError> {
    if !browser::cross_origin_isolated() {
        // The service worker's reload may be on its way: the run waits for it ("Menyiapkan
        // worker…") instead of failing, and `boot.js` presses Run again on the reloaded,
        // isolated page. If the reload does not come, workers are unavailable after all.
        browser::isolation_settled().await;
        set_state(PoolState::Unavailable);
        return Err(RunError::Unavailable);
    }
    let threads = threads.clamp(1, MAX_THREADS.max(browser::hardware_concurrency()));
    let start = SLOT.with(|s| {
        let mut s = s.borrow_mut();
        if let Some(pool) = s.pool.as_ref().filter(|p| p.threads >= threads) {
            return Err(pool.clone());
        }
        if let Some((size, starting)) = s.starting.as_ref().filter(|(n, _)| *n >= threads) {
            debug_assert!(*size >= threads);
            return Ok(starting.clone());
        }
        // Grow: the new pool replaces the old one, which closes once its last job ends.
        let size = threads.max(s.pool.as_ref().map_or(0, |p| p.threads));
        let starting = start_pool(size);
        s.starting = Some((size, starting.clone()));
        s.state = PoolState::Starting { threads: size };
        set_state_later(s.state.clone());
        Ok(starting)
    });
    match start {
        Err(ready) => Ok(ready),
        Ok(starting) => starting.await,
    }
}

/// [`set_state`] from inside a borrow of the slot: the listeners hear it right after.
fn set_state_later(state: PoolState) {
    wasm_bindgen_futures::spawn_local(async move { set_state(state) });
}

/// The start of a pool of `threads` workers, shared by everyone who awaits it. Lazy: it
/// begins when first polled, after the slot's borrow has ended.
fn start_pool(threads: usize) -> StartFuture {
    async move {
        let result = Pool::start(threads).await.map(Rc::new);
        let state = SLOT.with(|s| {
            let mut s = s.borrow_mut();
            if s.starting.as_ref().is_some_and(|(n, _)| *n == threads) {
                s.starting = None;
            }
            // Starts of different sizes may end in any order: the biggest pool stays.
            if let Ok(pool) = &result {
                if s.pool.as_ref().is_none_or(|p| p.threads < pool.threads) {
                    s.pool = Some(pool.clone());
                }
            }
            match (&s.pool, &result) {
                (Some(pool), _) => PoolState::Ready {
                    threads: pool.threads,
                    start_ms: pool.start_ms,
                },
                (None, Err(reason)) => PoolState::Failed(reason.clone()),
                (None, Ok(_)) => PoolState::Idle,
            }
        });
        set_state(state);
        let result = result.map_err(RunError::WorkersFailed);
        if result.is_ok() {
            close_if_unneeded(SLOT.with(|s| s.borrow().idle_epoch));
        }
        result
    }
    .boxed_local()
    .shared()
}

/// While it lives, the page keeps its workers. A worker page holds one from mount to unmount,
/// and so does every run, so leaving a page mid-run keeps the workers until the run ends.
pub struct Need(());

/// Say that workers are needed, and start `threads` of them in the background if there are
/// fewer, so a Run pressed at once finds them starting or ready.
pub fn need(threads: usize) -> Need {
    SLOT.with(|s| s.borrow_mut().needs += 1);
    if threads > 0 && browser::cross_origin_isolated() {
        wasm_bindgen_futures::spawn_local(async move {
            let _ = ensure(threads).await;
        });
    }
    Need(())
}

impl Drop for Need {
    fn drop(&mut self) {
        let epoch = SLOT.with(|s| {
            let mut s = s.borrow_mut();
            s.needs = s.needs.saturating_sub(1);
            if s.needs == 0 {
                s.idle_epoch += 1;
            }
            s.idle_epoch
        });
        close_if_unneeded(epoch);
    }
}

/// After [`KEEP_IDLE_MS`], drop the pool if nothing needed it since `epoch`: its rayon
/// threads end, and each Web Worker frees its stack and closes itself.
fn close_if_unneeded(epoch: u64) {
    wasm_bindgen_futures::spawn_local(async move {
        super::event_loop::sleep(KEEP_IDLE_MS).await;
        let closed = SLOT.with(|s| {
            let mut s = s.borrow_mut();
            if s.needs == 0 && s.idle_epoch == epoch && s.starting.is_none() && s.pool.is_some() {
                s.pool = None;
                true
            } else {
                false
            }
        });
        if closed {
            set_state(PoolState::Idle);
        }
    });
}

/// Forget `pool` as the page's pool (a job in it never answered): the next run starts fresh
/// workers instead of queueing behind a stuck one.
pub fn discard(pool: &Rc<Pool>) {
    let discarded = SLOT.with(|s| {
        let mut s = s.borrow_mut();
        let same = s.pool.as_ref().is_some_and(|p| Rc::ptr_eq(p, pool));
        if same {
            s.pool = None;
        }
        same
    });
    if discarded {
        let starting = SLOT.with(|s| s.borrow().starting.as_ref().map(|(n, _)| *n));
        set_state(match starting {
            Some(threads) => PoolState::Starting { threads },
            None => PoolState::Idle,
        });
    }
}

/// Whether a run owns the workers now.
pub fn leased() -> bool {
    SLOT.with(|s| s.borrow().lease.available() == 0)
}

/// Wait (first come, first served) until no other run uses the workers, then own them until
/// the permit is dropped. Two runs at once would measure each other.
pub async fn lease() -> Permit {
    let lease = SLOT.with(|s| s.borrow().lease.clone());
    lease.acquire().await
}

fn js_error_text(e: &JsValue) -> String {
    js_sys::Reflect::get(e, &"message".into())
        .ok()
        .and_then(|m| m.as_string())
        .or_else(|| e.as_string())
        .unwrap_or_else(|| format!("{e:?}"))
}
