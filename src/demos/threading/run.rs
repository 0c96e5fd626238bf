//! Runs the threading demo's passes and the race lab on the pool (real Web Workers).

use std::sync::atomic::Ordering;
use std::sync::Arc;

use super::work::{race, run_threads, RaceResult, ThreadRun, Workload, SLICE_MS};
use super::ThreadingParams;
pub use crate::demos::Live;
use crate::runtime::clock::timed;
use crate::runtime::pool::{self, PoolError};

/// One measured pass, times relative to its start.
#[derive(Clone, Debug, PartialEq)]
pub struct Pass {
    pub wall_ms: f64,
    pub run: ThreadRun,
}

/// `time.sleep` in a Web Worker: blocks that worker only, as a blocking read blocks its
/// thread. (Never called on the page's main thread.)
#[allow(clippy::disallowed_methods)]
fn block_worker(ms: f64) {
    std::thread::sleep(std::time::Duration::from_secs_f64(ms.max(0.0) / 1000.0));
}

/// Run the tasks on `threads` threads (1 thread = the sequential baseline).
pub async fn pass(
    p: ThreadingParams,
    rate: f64,
    threads: usize,
    gil: bool,
    live: Arc<Live>,
    on_progress: impl Fn(usize),
) -> Result<Pass, PoolError> {
    live.done.store(0, Ordering::Relaxed);
    let job = {
        let live = live.clone();
        move || {
            let io_ms = p.io_waits();
            let cpu_units: Vec<u64> = p
                .cpu_times()
                .iter()
                .map(|ms| (ms * rate).round() as u64)
                .collect();
            let work = Workload {
                io_ms: &io_ms,
                cpu_units: &cpu_units,
                slice_units: ((rate * SLICE_MS) as u64).max(1),
            };
            let (run, wall_ms) = timed(|now| {
                run_threads(
                    &work,
                    threads,
                    gil,
                    p.switch_ms,
                    &live.cancel,
                    &live.done,
                    now,
                    &block_worker,
                )
            });
            Pass { wall_ms, run }
        }
    };
    pool::run_watching(job, 100.0, || {
        on_progress(live.done.load(Ordering::Relaxed))
    })
    .await
}

/// A short untimed run on one thread (about 20 ms of CPU work), so the browser has compiled
/// the hot code at full speed before anything is measured.
pub async fn warm_up(rate: f64) -> Result<(), PoolError> {
    let p = ThreadingParams {
        tasks: 2,
        cpu_ms: 10,
        io_ms: 0,
        jitter: 0,
        ..ThreadingParams::default()
    };
    pass(p, rate, 1, false, Arc::new(Live::default()), |_| {})
        .await
        .map(|_| ())
}

/// The race lab, on real threads: returns the count and the lost updates.
pub async fn race_lab(p: ThreadingParams, live: Arc<Live>) -> Result<(RaceResult, f64), PoolError> {
    pool::run(move || {
        timed(|now| {
            race(
                p.race_threads as usize,
                u64::from(p.race_n),
                p.race_lock,
                p.gil,
                p.switch_ms,
                &live.cancel,
                now,
            )
        })
    })
    .await
}
