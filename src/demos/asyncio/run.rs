//! Runs the asyncio workload on the page's real event loop and records what happened.
//!
//! Each task is a Rust future shaped like the generated Python coroutine: `async with sem`,
//! then `await asyncio.sleep(wait)` (or a blocking `time.sleep`), then its CPU part;
//! `asyncio.wait_for` is a race with a timer; `gather` is `join_all`. A periodic tick measures
//! the event loop's lag while the run lasts.

use std::cell::RefCell;
use std::convert::Infallible;
use std::pin::pin;
use std::rc::Rc;
use std::sync::Arc;

use futures::channel::oneshot;
use futures::future::{self, Either};

use super::recorder::{Recorded, Recorder};
use super::replay::Await;
use super::trace::{Outcome, RunTrace, TaskRecord};
use super::AsyncioParams;
use crate::model::semaphore::Semaphore;
use crate::runtime::clock::now_ms;
use crate::runtime::event_loop::{block_for, compute_for, sleep};

/// How often the lag tick asks to run, in ms.
pub const TICK_MS: f64 = 10.0;

/// What the page hears while a run goes on: elapsed ms, tasks ended, the latest lag.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Progress {
    pub elapsed_ms: f64,
    pub ended: usize,
    pub lag_ms: f64,
}

/// Run `params` until every task ends or `cancel` fires; `on_tick` hears progress from the
/// lag tick (so it also stops hearing while the loop is blocked, which is the point).
pub async fn run(
    params: AsyncioParams,
    cancel: oneshot::Receiver<()>,
    on_tick: impl Fn(Progress) + 'static,
) -> RunTrace {
    let cpu_ms = f64::from(params.cpu_ms);
    let cpu: CpuPart = Rc::new(move |_| {
        if cpu_ms > 0.0 {
            compute_for(cpu_ms);
        }
    });
    run_with(params, params.waits(), cpu, cancel, on_tick).await
}

/// A task's CPU part, given its index: it runs on the loop without yielding, so it really
/// blocks it. The asyncio page computes for `cpu_ms`; Bandingkan does the task's calibrated
/// units of the kernel the workers use, so every model does the same work.
pub type CpuPart = Rc<dyn Fn(usize)>;

/// [`run`] with the tasks' I/O `waits` (ms) and CPU part given: the semaphore, timeout and
/// blocking mode still come from `params`.
pub async fn run_with(
    params: AsyncioParams,
    waits: Vec<f64>,
    cpu: CpuPart,
    cancel: oneshot::Receiver<()>,
    on_tick: impl Fn(Progress) + 'static,
) -> RunTrace {
    let start = now_ms();
    let trace = Rc::new(RefCell::new(RunTrace {
        start,
        end: start,
        blocking: params.blocking,
        tasks: vec![
            TaskRecord {
                created: start,
                ..TaskRecord::default()
            };
            waits.len()
        ],
        lag: Vec::new(),
        replay: Arc::default(),
    }));
    let ended = Rc::new(RefCell::new(0usize));
    let sem = params.semaphore().map(Semaphore::new);
    let recorder = Recorder::new(
        waits.len(),
        start,
        params.blocking,
        crate::runtime::browser::read_recording_switch(),
        now_ms,
    );
    let tasks = waits.into_iter().enumerate().map(|(i, wait)| {
        let (trace, ended, sem, cpu) = (trace.clone(), ended.clone(), sem.clone(), cpu.clone());
        let rec = recorder.clone();
        let task = async move {
            let body = async {
                let _permit = match &sem {
                    Some(sem) => {
                        rec.note(i, Await::Semaphore);
                        Some(sem.acquire().await)
                    }
                    None => None,
                };
                trace.borrow_mut().tasks[i].started = Some(now_ms());
                if params.blocking {
                    block_for(wait);
                } else {
                    rec.note(i, Await::Sleep(now_ms() - start + wait));
                    sleep(wait).await;
                }
                trace.borrow_mut().tasks[i].resumed = Some(now_ms());
                cpu(i);
            };
            let outcome = match params.timeout() {
                Some(limit) => match future::select(pin!(body), pin!(sleep(limit))).await {
                    Either::Left(_) => Outcome::Done,
                    Either::Right(_) => Outcome::TimedOut,
                },
                None => {
                    body.await;
                    Outcome::Done
                }
            };
            let mut t = trace.borrow_mut();
            t.tasks[i].finished = Some(now_ms());
            t.tasks[i].outcome = Some(outcome);
            *ended.borrow_mut() += 1;
            outcome
        };
        Recorded::new(i, recorder.clone(), task)
    });
    let gather = future::join_all(tasks);

    let ticker = tick_lag(trace.clone(), ended.clone(), start, on_tick);
    let mut ticker = pin!(ticker);
    {
        let gather = pin!(gather);
        let work = future::select(gather, cancel);
        // The tick is polled first, so its first deadline is set before any task can block.
        match future::select(ticker.as_mut(), work).await {
            Either::Right((Either::Left(_), _)) => {}
            // Cancelled (or the Cancel button's sender was dropped): every unfinished task
            // ends now, as `gather` cancels its children.
            Either::Right((Either::Right(_), _)) => {
                let now = now_ms();
                trace.borrow_mut().end_unfinished(now, Outcome::Cancelled);
            }
            Either::Left((never, _)) => match never {},
        }
        // `gather` goes here, with the tasks a cancel left: their ends are recorded now.
    }
    // NOTE: a run that blocked the loop from start to end finishes before any tick could run.
    // Yielding once lets the overdue tick run now and record how late it was.
    let _ = future::select(ticker, pin!(sleep(TICK_MS))).await;
    // The lag tick still holds the trace until this function returns: copy it out.
    let mut trace = trace.borrow().clone();
    trace.end = trace
        .tasks
        .iter()
        .filter_map(|t| t.finished)
        .fold(start, f64::max);
    trace.replay = Arc::new(recorder.finish(&trace));
    trace
}

/// Measure the event loop's lag until dropped: ask to run every [`TICK_MS`] and record how
/// late each tick really ran. A blocked loop shows up as one long-delayed tick.
async fn tick_lag(
    trace: Rc<RefCell<RunTrace>>,
    ended: Rc<RefCell<usize>>,
    start: f64,
    on_tick: impl Fn(Progress),
) -> Infallible {
    loop {
        let due = now_ms() + TICK_MS;
        sleep(TICK_MS).await;
        let now = now_ms();
        let lag = (now - due).max(0.0);
        trace.borrow_mut().lag.push((now - start, lag));
        on_tick(Progress {
            elapsed_ms: now - start,
            ended: *ended.borrow(),
            lag_ms: lag,
        });
    }
}
