//! The one lifecycle of a run on the workers. Every demo hands it a [`Plan`] and gets back the
//! measured passes; nothing else in the app spawns or sequences pool jobs.
//!
//! In order: hold a [`Need`](pool::Need) (the workers stay while the run lives) → wait for the
//! lease (one measured run at a time, first come first served) → workers started or grown →
//! calibration (once per kernel and page load) → an untimed warm-up → the passes, each under a
//! watchdog with progress ticks. Cancel is a flag the workers check often; the lease is held
//! until a job has really ended, and a job that never answers is given up with its pool.

use std::any::Any;
use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;
use std::sync::atomic::Ordering;
use std::sync::Arc;

use futures::future::{self, Either, LocalBoxFuture};

use super::clock::{self, epoch_ms};
use super::event_loop::sleep;
use super::pool::{self, Pool};
use crate::model::kernels::{calibrate, Kernel};
use crate::model::run::{Live, Phase, RunError};

/// Work done on a worker thread, given the calibrated rate and the run's shared state.
pub type Job<R> = Box<dyn FnOnce(&Ctx) -> R + Send>;

/// What a job knows while it runs on a worker.
pub struct Ctx<'a> {
    /// Units of the plan's kernel per ms of one core (0 when the plan calibrates nothing).
    pub rate: f64,
    pub live: &'a Live,
}

/// Work done on the page's own event loop (asyncio's tasks, the Celery broker driving its
/// nodes), given the calibrated rate and the run's shared state. It must await often and look
/// at `live.cancel`.
pub type PageJob<R> = Box<dyn FnOnce(f64, Arc<Live>) -> LocalBoxFuture<'static, R>>;

/// Where a pass runs.
pub enum Work<R> {
    /// On one worker of the pool: blocking code, rayon inside.
    Pool(Job<R>),
    /// On the page's event loop, awaited.
    Page(PageJob<R>),
}

/// One measured pass: its label (already in the reader's language), its task count for the
/// progress bar (0: no count), and its work.
pub struct PassPlan<R> {
    pub label: String,
    pub total: usize,
    pub job: Work<R>,
}

/// What a demo asks of the lifecycle.
pub struct Plan<R> {
    /// Worker threads the passes need at once (0: the plan uses no pool).
    pub threads: usize,
    pub calibrate: Option<Kernel>,
    /// Run untimed before the passes, so the browser has compiled the hot code at full speed.
    pub warm_up: Option<Job<()>>,
    pub passes: Vec<PassPlan<R>>,
}

/// The passes as they were measured, with the rate they were calibrated at.
pub struct Measured<R> {
    pub rate: f64,
    pub passes: Vec<R>,
    /// Threads of the pool the run used, and how long starting them took (ms, measured when
    /// the page or this run started them), so a page can show what Python pays to start its
    /// processes.
    pub threads: usize,
    pub start_ms: Option<f64>,
}

/// Longest a job may take before the page gives up on it, in ms: twice the longest run a
/// demo accepts. A worker that trapped never answers (no unwinding on wasm).
pub const WATCHDOG_MS: f64 = 120_000.0;

/// After the watchdog raised Cancel, how long a job still has to end, in ms.
const CANCEL_GRACE_MS: f64 = 5_000.0;

/// How often progress is read from the workers' counters and drawn, in ms. Each tick redraws
/// the demo on the page's thread, which shares the device's cores with the workers: at 100 ms
/// that cost the 2-worker pass a few percent of a core on this 2-core box (median speedup
/// 1,85× against 1,92× at 500 ms, alternating builds, n=18 each); two updates a second are
/// enough for a bar.
const PROGRESS_MS: f64 = 500.0;

/// How often a wait (for another run's lease, for workers) looks at Cancel, in ms: well within
/// the 200 ms a press of Cancel may take to land.
const CANCEL_POLL_MS: f64 = 50.0;

thread_local! {
    // Calibration is per page load and kernel: the device does not change under us.
    static RATES: RefCell<HashMap<Kernel, f64>> = RefCell::new(HashMap::new());
}

/// A pass's result with its type erased: the lifecycle is one copy of code for every demo
/// (issue 12: wasm size); [`Plan::erased`] and [`Measured::typed`] go to and from a demo's type.
pub type AnyPass = Box<dyn Any + Send>;

impl<R: Send + 'static> Plan<R> {
    /// This plan with its passes' results boxed as [`AnyPass`], for [`execute_any`].
    pub fn erased(self) -> Plan<AnyPass> {
        let passes = self
            .passes
            .into_iter()
            .map(|p| PassPlan {
                label: p.label,
                total: p.total,
                job: match p.job {
                    Work::Pool(job) => {
                        Work::Pool(Box::new(move |ctx: &Ctx| -> AnyPass { Box::new(job(ctx)) }))
                    }
                    Work::Page(job) => Work::Page(Box::new(move |rate, live| {
                        let work = job(rate, live);
                        Box::pin(async move { Box::new(work.await) as AnyPass })
                    })),
                },
            })
            .collect();
        Plan {
            threads: self.threads,
            calibrate: self.calibrate,
            warm_up: self.warm_up,
            passes,
        }
    }
}

impl Measured<AnyPass> {
    /// The passes of an [`erased`](Plan::erased) plan of `R`s, as `R`s again.
    pub fn typed<R: 'static>(self) -> Measured<R> {
        // A loop, not an iterator chain: this is compiled once per pass type (wasm size).
        let mut passes = Vec::with_capacity(self.passes.len());
        for p in self.passes {
            // Every pass was made by the plan's jobs, so each is an `R`.
            if let Ok(p) = p.downcast::<R>() {
                passes.push(*p);
            }
        }
        Measured {
            rate: self.rate,
            passes,
            threads: self.threads,
            start_ms: self.start_ms,
        }
    }
}

/// Run `plan`, telling `on_phase` where it is. `live` is the run's Cancel flag and counter.
pub async fn execute<R: Send + 'static>(
    plan: Plan<R>,
    live: Arc<Live>,
    on_phase: &dyn Fn(Phase),
) -> Result<Measured<R>, RunError> {
    let measured = execute_any(plan.erased(), live, on_phase).await?;
    Ok(measured.typed())
}

/// [`execute`] with the passes' type erased: the lifecycle itself.
pub async fn execute_any(
    plan: Plan<AnyPass>,
    live: Arc<Live>,
    on_phase: &dyn Fn(Phase),
) -> Result<Measured<AnyPass>, RunError> {
    let cancelled = || live.cancel.load(Ordering::Relaxed);
    crate::runtime::browser::read_recording_switch();
    let _need = pool::need(0);
    if pool::leased() {
        on_phase(Phase::Queued);
    }
    let Some(_lease) = unless_cancelled(pool::lease(), &live).await else {
        return Err(RunError::Cancelled);
    };
    if cancelled() {
        return Err(RunError::Cancelled);
    }
    // Calibration and warm-up run on a worker, so they need a pool of at least one.
    let needs_pool = plan.threads > 0 || plan.calibrate.is_some() || plan.warm_up.is_some();
    let threads = plan.threads.max(1);
    let was_ready =
        matches!(pool::state(), pool::PoolState::Ready { threads: t, .. } if t >= threads);
    let pool = if needs_pool {
        if !was_ready {
            on_phase(Phase::StartingWorkers { threads });
        }
        match unless_cancelled(pool::ensure(threads), &live).await {
            Some(pool) => Some(pool?),
            None => return Err(RunError::Cancelled),
        }
    } else {
        None
    };
    // Only a pool started for exactly this need says what starting these workers cost (a
    // bigger one left by another page or the smoke job would name the wrong count).
    let start_ms = pool
        .as_ref()
        .filter(|p| p.threads() == threads)
        .map(|p| p.start_ms());
    if cancelled() {
        return Err(RunError::Cancelled);
    }
    let rate = match (plan.calibrate, &pool) {
        (Some(kernel), Some(pool)) => {
            on_phase(Phase::Calibrating);
            rate(pool, kernel, &live).await?
        }
        _ => 0.0,
    };
    if let (Some(warm_up), Some(pool)) = (plan.warm_up, &pool) {
        watched(pool, warm_up, rate, &live, &|_| {}).await?;
    }
    let count = plan.passes.len();
    let mut passes = Vec::with_capacity(count);
    for (index, p) in plan.passes.into_iter().enumerate() {
        if cancelled() {
            return Err(RunError::Cancelled);
        }
        live.done.store(0, Ordering::Relaxed);
        let (label, total) = (p.label, p.total);
        let phase = |done| Phase::Pass {
            index,
            count,
            label: label.clone(),
            done,
            total,
        };
        on_phase(phase(0));
        let on_tick = |done| on_phase(phase(done));
        let result = match (p.job, &pool) {
            (Work::Pool(job), Some(pool)) => watched(pool, job, rate, &live, &on_tick).await?,
            (Work::Page(job), _) => on_page(job(rate, live.clone()), &live, &on_tick).await?,
            // A pool pass in a plan that asked for no threads: a demo's mistake, said plainly.
            (Work::Pool(_), None) => return Err(RunError::WorkersFailed("no pool".into())),
        };
        if cancelled() {
            return Err(RunError::Cancelled);
        }
        passes.push(result);
    }
    Ok(Measured {
        rate,
        passes,
        threads: pool.as_ref().map_or(0, |p| p.threads()),
        start_ms,
    })
}

/// Units of `kernel` per ms of one core, measured once on a worker, then remembered.
async fn rate(pool: &Rc<Pool>, kernel: Kernel, live: &Arc<Live>) -> Result<f64, RunError> {
    if let Some(r) = RATES.with(|r| r.borrow().get(&kernel).copied()) {
        return Ok(r);
    }
    let job: Job<f64> = Box::new(move |_| calibrate(kernel, &epoch_ms));
    let r = watched(pool, job, 0.0, live, &|_| {}).await?;
    RATES.with(|rates| rates.borrow_mut().insert(kernel, r));
    Ok(r)
}

/// Run one job on `pool` under the watchdog, calling `on_tick(done)` while it runs. When the
/// watchdog gives up it raises Cancel and waits a little more for the job to end; a job that
/// still does not answer takes its pool with it ([`pool::discard`]).
async fn watched<R: Send + 'static>(
    pool: &Rc<Pool>,
    job: Job<R>,
    rate: f64,
    live: &Arc<Live>,
    on_tick: &dyn Fn(usize),
) -> Result<R, RunError> {
    let started = clock::now_ms();
    let shared = live.clone();
    let answer = pool.run(move || {
        job(&Ctx {
            rate,
            live: &shared,
        })
    });
    let mut answer = std::pin::pin!(answer);
    let watchdog = async {
        while clock::now_ms() - started < WATCHDOG_MS {
            sleep(PROGRESS_MS).await;
            on_tick(live.done.load(Ordering::Relaxed));
        }
    };
    match future::select(answer.as_mut(), std::pin::pin!(watchdog)).await {
        Either::Left((Some(result), _)) => return Ok(result),
        Either::Left((None, _)) => {
            pool::discard(pool);
            return Err(RunError::Lost);
        }
        Either::Right(((), _)) => {}
    }
    live.cancel.store(true, Ordering::Relaxed);
    let grace = std::pin::pin!(sleep(CANCEL_GRACE_MS));
    if let Either::Right(_) = future::select(answer, grace).await {
        pool::discard(pool);
    }
    Err(RunError::Lost)
}

/// Await page work under the same watchdog and progress ticks as pool work. Dropping the
/// future cancels it, so a page job that ignores Cancel still ends when the watchdog gives up.
async fn on_page<R>(
    work: LocalBoxFuture<'static, R>,
    live: &Arc<Live>,
    on_tick: &dyn Fn(usize),
) -> Result<R, RunError> {
    let started = clock::now_ms();
    let mut work = work;
    let watchdog = async {
        while clock::now_ms() - started < WATCHDOG_MS {
            sleep(PROGRESS_MS).await;
            on_tick(live.done.load(Ordering::Relaxed));
        }
    };
    match future::select(work.as_mut(), std::pin::pin!(watchdog)).await {
        Either::Left((result, _)) => return Ok(result),
        Either::Right(((), _)) => {}
    }
    live.cancel.store(true, Ordering::Relaxed);
    match future::select(work, std::pin::pin!(sleep(CANCEL_GRACE_MS))).await {
        Either::Left((result, _)) => Ok(result),
        Either::Right(_) => Err(RunError::Lost),
    }
}

/// Await `work` unless Cancel is raised first (`None`): waiting for another run's lease or for
/// workers to start must not make Cancel wait too.
async fn unless_cancelled<T>(work: impl std::future::Future<Output = T>, live: &Live) -> Option<T> {
    let cancel = async {
        while !live.cancel.load(Ordering::Relaxed) {
            sleep(CANCEL_POLL_MS).await;
        }
    };
    match future::select(std::pin::pin!(work), std::pin::pin!(cancel)).await {
        Either::Left((done, _)) => Some(done),
        Either::Right(((), _)) => None,
    }
}
