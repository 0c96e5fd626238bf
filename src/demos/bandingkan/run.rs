//! The Bandingkan race as one plan for the lifecycle (`runtime::run`): one pass per model of
//! [`MODELS`] that runs here, in that order, each with the model page's own engine.
//!
//! - sequential, threading (GIL on and off) and multiprocessing: the threading page's
//!   `run_pass` on Web Workers (one thread, or `workers` threads; processes are `workers` Web
//!   Workers with no GIL between them, their start-up is measured by the pool);
//! - asyncio: the asyncio page's coroutines on the page's own event loop ([`Work::Page`]), with
//!   I/O as timers and each task's CPU part done right there, so it really blocks the loop;
//! - Celery: the Celery page's live run (`celery::run::run_live`) on the page's event loop: the
//!   broker's loop here, one node Web Worker with `workers` prefork children, each task's body
//!   run in a child; starting the node is part of the pass and counted in.
//!
//! Every pass also sends its result to `landed` as soon as it ends, so the page shows each
//! model's result while the next one runs (the lifecycle hands them all over at the end).

use std::cell::Cell;
use std::rc::Rc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;

use futures::channel::{mpsc, oneshot};
use futures::FutureExt;

use super::outcome::{Engine, Model, ModelPass, PassData, QueuePass, MODELS};
use super::BandingkanParams;
use crate::demos::asyncio::run::{run_with, CpuPart, Progress};
use crate::demos::celery::run::run_live;
use crate::demos::threading::run::run_pass;
use crate::demos::threading::work::SLICE_MS;
use crate::model::kernels::{run_task, Kernel};
use crate::model::run::Live;
use crate::runtime::event_loop::sleep;
use crate::runtime::run::{PassPlan, Plan, Work};

/// The plan for `p`, racing `models` (in [`MODELS`] order): `label(model)` names each pass for
/// the progress line; every finished pass is also sent to `landed`.
pub fn plan(
    p: BandingkanParams,
    models: &[Model],
    label: impl Fn(Model) -> String,
    landed: mpsc::UnboundedSender<ModelPass>,
) -> Plan<ModelPass> {
    let passes = MODELS
        .into_iter()
        .filter(|info| models.contains(&info.model))
        .filter_map(|info| {
            let landed = landed.clone();
            let model = info.model;
            let job = match info.engine {
                Engine::Threads { one, gil } => threads(p, model, one, gil, landed),
                Engine::Processes => threads(p, model, false, false, landed),
                Engine::Loop => event_loop(p, landed),
                Engine::Queue => queue(p, landed),
                Engine::NotYet => return None,
            };
            Some(PassPlan {
                label: label(model),
                total: p.tasks as usize,
                job,
            })
        })
        .collect();
    Plan {
        threads: p.workers as usize,
        calibrate: Some(Kernel::Primes),
        warm_up: Some(crate::demos::threading::run::warm_up()),
        passes,
    }
}

/// The workload on one thread or on `workers` threads of the pool, under the GIL or not.
fn threads(
    p: BandingkanParams,
    model: Model,
    one: bool,
    gil: bool,
    landed: mpsc::UnboundedSender<ModelPass>,
) -> Work<ModelPass> {
    Work::Pool(Box::new(move |ctx| {
        let n = if one { 1 } else { p.workers as usize };
        let pass = ModelPass {
            model,
            data: PassData::Threads(run_pass(p.threading(gil), ctx.rate, n, gil, ctx.live)),
        };
        let _ = landed.unbounded_send(pass.clone());
        pass
    }))
}

/// The workload as coroutines on the page's event loop: `await asyncio.sleep` for the I/O,
/// then the task's CPU part (the same calibrated units of the same kernel as on the workers,
/// in the same slices), which holds the loop until it is done.
fn event_loop(p: BandingkanParams, landed: mpsc::UnboundedSender<ModelPass>) -> Work<ModelPass> {
    Work::Page(Box::new(move |rate: f64, live: Arc<Live>| {
        async move {
            let (waits, cpu_ms) = p.tasks_ms();
            let slice = ((rate * SLICE_MS) as u64).max(1);
            let units: Vec<u64> = cpu_ms.iter().map(|ms| (ms * rate).round() as u64).collect();
            // NOTE: the page's thread has its own copy of the compiled module: warm its kernel
            // untimed too, or the first tasks would run in the baseline compiler.
            let idle = AtomicBool::new(false);
            std::hint::black_box(run_task(Kernel::Primes, 1, (20.0 * rate) as u64, &idle));
            // Let the page paint the pass's progress line before the loop may be held.
            sleep(30.0).await;
            let cpu: CpuPart = {
                let live = live.clone();
                Rc::new(move |task| {
                    let mut left = units[task];
                    let mut slice_no = 0usize;
                    while left > 0 && !live.cancel.load(Ordering::Relaxed) {
                        let n = left.min(slice);
                        let index = task.wrapping_mul(104_729).wrapping_add(slice_no);
                        std::hint::black_box(run_task(Kernel::Primes, index, n, &live.cancel));
                        slice_no += 1;
                        left -= n;
                    }
                })
            };
            // The lifecycle's Cancel is a flag; the asyncio run listens on a channel.
            let (stop, stopped) = oneshot::channel();
            let finished = Rc::new(Cell::new(false));
            let watch = {
                let (live, finished) = (live.clone(), finished.clone());
                async move {
                    while !finished.get() {
                        if live.cancel.load(Ordering::Relaxed) {
                            let _ = stop.send(());
                            return;
                        }
                        sleep(20.0).await;
                    }
                }
            };
            let on_tick = {
                let live = live.clone();
                move |pr: Progress| live.done.store(pr.ended, Ordering::Relaxed)
            };
            let race = async {
                let trace = run_with(p.asyncio(), waits, cpu, stopped, on_tick).await;
                finished.set(true);
                trace
            };
            let (trace, ()) = futures::join!(race, watch);
            let pass = ModelPass {
                model: Model::Asyncio,
                data: PassData::Loop(trace),
            };
            let _ = landed.unbounded_send(pass.clone());
            pass
        }
        .boxed_local()
    }))
}

/// The workload as Celery tasks: `.delay()` for every task, one node with `workers` children
/// (`p.celery()`), its start-up measured from the spawn request until every child is up. The
/// node's lines and the board go nowhere else: this page shows the result and the lanes.
fn queue(p: BandingkanParams, landed: mpsc::UnboundedSender<ModelPass>) -> Work<ModelPass> {
    Work::Page(Box::new(move |rate: f64, live: Arc<Live>| {
        async move {
            let ce = p.celery();
            let (io_ms, cpu_ms) = p.tasks_ms();
            let inbox = mpsc::unbounded();
            let data = match run_live(
                ce,
                rate,
                Some((io_ms.clone(), cpu_ms)),
                live,
                inbox,
                Rc::new(|_| {}),
            )
            .await
            {
                Ok(run) => PassData::Queue(QueuePass {
                    startup_ms: run.startup_ms,
                    wall_ms: run.driver.wall_ms,
                    nodes: ce.workers as usize,
                    concurrency: ce.concurrency as usize,
                    succeeded: run.board.summary.succeeded,
                    spans: run.driver.spans,
                    io_ms,
                    replay: run.board.replay.clone().unwrap_or_default(),
                }),
                Err(why) => PassData::Failed(why),
            };
            let pass = ModelPass {
                model: Model::Celery,
                data,
            };
            let _ = landed.unbounded_send(pass.clone());
            pass
        }
        .boxed_local()
    }))
}
