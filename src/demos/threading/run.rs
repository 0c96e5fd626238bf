//! The threading demo's runs as plans for the lifecycle (`runtime::run`): the sequential
//! baseline then the threaded pass, and the race lab; each job runs on real Web Workers.

use super::outcome::Pass;
use super::work::{race, run_threads, RaceResult, Workload, SLICE_MS};
use super::ThreadingParams;
use crate::model::kernels::Kernel;
use crate::model::run::Live;
use crate::runtime::clock::timed;
use crate::runtime::run::{Job, PassPlan, Plan, Work};

/// `time.sleep` in a Web Worker: blocks that worker only, as a blocking read blocks its
/// thread. (Never called on the page's main thread.)
#[allow(clippy::disallowed_methods)]
fn block_worker(ms: f64) {
    std::thread::sleep(std::time::Duration::from_secs_f64(ms.max(0.0) / 1000.0));
}

/// Run the tasks of `p` on `threads` threads (1 thread = the sequential baseline), on the
/// worker that calls it; CPU work at `rate` units per ms.
pub fn run_pass(p: ThreadingParams, rate: f64, threads: usize, gil: bool, live: &Live) -> Pass {
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

/// A short untimed run (about 20 ms of CPU work on one thread), so the browser has compiled
/// the hot code at full speed before anything is measured. Bandingkan warms up with it too.
pub fn warm_up() -> Job<()> {
    Box::new(|ctx| {
        let warm = ThreadingParams {
            tasks: 2,
            cpu_ms: 10,
            io_ms: 0,
            jitter: 0,
            ..ThreadingParams::default()
        };
        run_pass(warm, ctx.rate, 1, false, &Live::default());
    })
}

/// Sequential on one thread, then `p.threads` threads (under the GIL if `p.gil`).
/// `labels` name the two passes for the progress line.
pub fn plan(p: ThreadingParams, labels: [String; 2]) -> Plan<Pass> {
    let [sequential, threaded] = labels;
    let total = p.tasks as usize;
    Plan {
        threads: p.threads as usize,
        calibrate: Some(Kernel::Primes),
        warm_up: Some(warm_up()),
        passes: vec![
            PassPlan {
                label: sequential,
                total,
                job: Work::Pool(Box::new(move |ctx| {
                    run_pass(p, ctx.rate, 1, false, ctx.live)
                })),
            },
            PassPlan {
                label: threaded,
                total,
                job: Work::Pool(Box::new(move |ctx| {
                    run_pass(p, ctx.rate, p.threads as usize, p.gil, ctx.live)
                })),
            },
        ],
    }
}

/// The race lab on real threads: the count, the lost updates and the wall time (ms).
pub fn race_plan(p: ThreadingParams, label: String) -> Plan<(RaceResult, f64)> {
    Plan {
        threads: p.race_threads as usize,
        calibrate: None,
        warm_up: None,
        passes: vec![PassPlan {
            label,
            // The lab counts no tasks: its progress bar just says it is running.
            total: 0,
            job: Work::Pool(Box::new(move |ctx| {
                timed(|now| {
                    race(
                        p.race_threads as usize,
                        u64::from(p.race_n),
                        p.race_lock,
                        p.gil,
                        p.switch_ms,
                        &ctx.live.cancel,
                        now,
                    )
                })
            })),
        }],
    }
}
