//! Runs the asyncio workload on the page's real event loop and records what happened.
//!
//! Each task is a Rust future shaped like the generated Python coroutine: `async with sem`,
//! then `await asyncio.sleep(wait)` (or a blocking `time.sleep`), then its CPU part;
//! `asyncio.wait_for` is a race with a timer; `gather` is `join_all`. A periodic tick measures
//! the event loop's lag while the run lasts.

use std::cell::RefCell;
use std::convert::Infallible;
use std::future::Future;
use std::pin::{pin, Pin};
use std::rc::Rc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::task::{Context, Poll, Wake, Waker};

use futures::channel::oneshot;
use futures::future::{self, Either};

use super::replay::{self, Await, Change, Loop, LoopRecording};
use super::trace::{Outcome, RunTrace, TaskRecord};
use super::AsyncioParams;
use crate::model::replay::MAX_STEPS;

/// Coroutines a run records at most: a huge run records its first ones, so recording stays
/// within the noise of the measured wall time (`make bench` prints both).
const WATCHED_TASKS: usize = 2_000;
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
    let recorder = Recorder::new(waits.len(), start, params.blocking);
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
    let gather = pin!(gather);
    let mut ticker = pin!(ticker);
    let work = future::select(gather, cancel);
    // The tick is polled first, so its first deadline is set before any task can block.
    match future::select(ticker.as_mut(), work).await {
        Either::Right((Either::Left(_), _)) => {}
        // Cancelled (or the Cancel button's sender was dropped): every unfinished task ends now,
        // as `gather` cancels its children.
        Either::Right((Either::Right(_), _)) => {
            let now = now_ms();
            trace.borrow_mut().end_unfinished(now, Outcome::Cancelled);
        }
        Either::Left((never, _)) => match never {},
    }
    // NOTE: a run that blocked the loop from start to end finishes before any tick could run.
    // Yielding once lets the overdue tick run now and record how late it was.
    let _ = future::select(ticker, pin!(sleep(TICK_MS))).await;
    // The tasks' futures still hold the trace until this function returns: copy it out.
    let mut trace = trace.borrow().clone();
    trace.end = trace
        .tasks
        .iter()
        .filter_map(|t| t.finished)
        .fold(start, f64::max);
    trace.replay = Arc::new(recorder.finish(&trace));
    trace
}

/// Records the event loop's decisions for the replay (`replay.rs`) while a run goes on.
///
/// Every task's future is wrapped in [`Recorded`], which sees each time the loop resumes it
/// and what it awaited when it gave control back; a waker of our own sees each wake-up. What
/// it costs, measured with recording on and off, is in `make bench`.
struct Recorder {
    rec: RefCell<LoopRecording>,
    start: f64,
    blocking: bool,
    on: bool,
    /// Tasks `0..watched` are recorded: every task of a normal run, the first
    /// [`WATCHED_TASKS`] of a huge one (watching costs about 1 µs a step).
    watched: usize,
    /// What each task is about to await, noted just before the `await`.
    notes: RefCell<Vec<Option<Await>>>,
    /// Woken since the loop last resumed it.
    woken: RefCell<Vec<bool>>,
    /// Wake-ups not yet written: a waker may be called from wherever the timer fires, so it
    /// only appends here, and the next poll writes them in order.
    wakes: Arc<Mutex<Vec<(u32, f64)>>>,
    /// The recording reached its cap: wakers stop reading the clock.
    full: Arc<AtomicBool>,
}

impl Recorder {
    fn new(tasks: usize, start: f64, blocking: bool) -> Rc<Recorder> {
        let on = crate::runtime::browser::read_recording_switch();
        let watched = if on { tasks.min(WATCHED_TASKS) } else { 0 };
        let mut rec = LoopRecording::new(replay::lanes(watched));
        // About six steps per task, up to the cap: no reallocation while the run is timed.
        rec.steps.reserve((watched * 6).min(MAX_STEPS));
        if watched < tasks && on {
            rec.dropped = tasks - watched;
            rec.partial = Some((
                "replay-asyncio-partial",
                vec![("watched", watched as u64), ("tasks", tasks as u64)],
            ));
        }
        for t in 0..watched as u32 {
            let change = Change::Created(t);
            rec.push(0.0, t, replay::kind_after(&change, blocking), change);
        }
        Rc::new(Recorder {
            rec: RefCell::new(rec),
            start,
            blocking,
            on,
            watched,
            notes: RefCell::new(vec![None; watched]),
            woken: RefCell::new(vec![false; watched]),
            wakes: Arc::new(Mutex::new(Vec::new())),
            full: Arc::new(AtomicBool::new(false)),
        })
    }

    fn note(&self, task: usize, on: Await) {
        if task < self.watched {
            self.notes.borrow_mut()[task] = Some(on);
        }
    }

    fn push(&self, change: Change) {
        let lane = match change {
            Change::Created(t)
            | Change::Resumed(t)
            | Change::Suspended(t, _)
            | Change::Woken(t)
            | Change::Ended(t, _) => t,
        };
        let mut rec = self.rec.borrow_mut();
        if rec.steps.len() >= MAX_STEPS {
            // Past the cap: count the step, skip the clock.
            rec.dropped += 1;
            self.full.store(true, Ordering::Relaxed);
            return;
        }
        let at = now_ms() - self.start;
        let kind = replay::kind_after(&change, self.blocking);
        rec.push(at, lane, kind, change);
    }

    /// Write the wake-ups heard since the last poll.
    fn drain_wakes(&self) {
        let wakes = std::mem::take(&mut *self.wakes.lock().unwrap_or_else(|e| e.into_inner()));
        let mut woken = self.woken.borrow_mut();
        let mut rec = self.rec.borrow_mut();
        for (t, at) in wakes {
            if !std::mem::replace(&mut woken[t as usize], true) {
                let change = Change::Woken(t);
                rec.push(
                    at - self.start,
                    t,
                    replay::kind_after(&change, self.blocking),
                    change,
                );
            }
        }
    }

    /// The recording, with the loop's state at the end as the run's own records say it.
    fn finish(&self, trace: &RunTrace) -> LoopRecording {
        let mut rec = self.rec.replace(LoopRecording::default());
        if !self.on {
            return rec;
        }
        let summary = trace.summary();
        rec.end = trace.end - trace.start;
        rec.last = Some(Loop {
            done: summary.done as u32,
            timed_out: summary.timed_out as u32,
            cancelled: summary.cancelled as u32,
            ..Loop::default()
        });
        rec
    }
}

/// The waker a recorded task gets: notes the wake-up, then wakes the loop's own waker.
struct TaskWaker {
    task: u32,
    inner: Waker,
    wakes: Arc<Mutex<Vec<(u32, f64)>>>,
    full: Arc<AtomicBool>,
}

impl Wake for TaskWaker {
    fn wake(self: Arc<Self>) {
        self.wake_by_ref();
    }

    fn wake_by_ref(self: &Arc<Self>) {
        // Past the cap the wake-up is still noted (the next poll is a resume), without a time.
        let at = if self.full.load(Ordering::Relaxed) {
            0.0
        } else {
            now_ms()
        };
        if let Ok(mut wakes) = self.wakes.lock() {
            wakes.push((self.task, at));
        }
        self.inner.wake_by_ref();
    }
}

/// A task's future, watched by the [`Recorder`].
struct Recorded<F> {
    task: u32,
    rec: Rc<Recorder>,
    inner: Pin<Box<F>>,
    ended: bool,
    /// Polled at least once: its first poll is the loop resuming it out of `gather`'s queue.
    started: bool,
    /// What it awaited last, for a wake-up that resumes it into the same await.
    last: Await,
    /// Our waker around the loop's, kept while the loop's stays the same: one allocation per
    /// task, not per poll.
    waker: Option<(Waker, Waker)>,
}

impl<F: Future<Output = Outcome>> Recorded<F> {
    fn new(task: usize, rec: Rc<Recorder>, inner: F) -> Recorded<F> {
        Recorded {
            task: task as u32,
            rec,
            inner: Box::pin(inner),
            ended: false,
            started: false,
            last: Await::Semaphore,
            waker: None,
        }
    }
}

impl<F: Future<Output = Outcome>> Future for Recorded<F> {
    type Output = ();

    fn poll(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<()> {
        let this = &mut *self;
        let rec = this.rec.clone();
        // Off, not watched, or past the cap: poll as if unwatched, so a long run pays nothing
        // more.
        if this.task as usize >= rec.watched || rec.full.load(Ordering::Relaxed) {
            return match this.inner.as_mut().poll(cx) {
                Poll::Ready(_) => Poll::Ready(()),
                Poll::Pending => Poll::Pending,
            };
        }
        rec.drain_wakes();
        let t = this.task;
        // A small `join_all` polls every task on any wake-up: only a woken task (or one that
        // made progress) is a decision of the loop worth a step.
        let woken = std::mem::take(&mut rec.woken.borrow_mut()[t as usize]);
        let scheduled = !std::mem::replace(&mut this.started, true);
        if woken || scheduled {
            rec.push(Change::Resumed(t));
        }
        let waker = match &this.waker {
            Some((theirs, ours)) if theirs.will_wake(cx.waker()) => ours.clone(),
            _ => {
                let ours = Waker::from(Arc::new(TaskWaker {
                    task: t,
                    inner: cx.waker().clone(),
                    wakes: rec.wakes.clone(),
                    full: rec.full.clone(),
                }));
                this.waker = Some((cx.waker().clone(), ours.clone()));
                ours
            }
        };
        let result = this.inner.as_mut().poll(&mut Context::from_waker(&waker));
        let note = rec.notes.borrow_mut()[t as usize].take();
        match result {
            Poll::Ready(outcome) => {
                if !(woken || scheduled) {
                    rec.push(Change::Resumed(t));
                }
                rec.push(Change::Ended(t, outcome));
                this.ended = true;
                Poll::Ready(())
            }
            Poll::Pending => {
                if let Some(on) = note {
                    this.last = on;
                }
                if woken || scheduled || note.is_some() {
                    if !(woken || scheduled) {
                        rec.push(Change::Resumed(t));
                    }
                    rec.push(Change::Suspended(t, this.last));
                }
                Poll::Pending
            }
        }
    }
}

impl<F> Drop for Recorded<F> {
    fn drop(&mut self) {
        // `gather` dropped before the task ended: Cancel.
        if !self.ended && (self.task as usize) < self.rec.watched {
            self.rec.push(Change::Ended(self.task, Outcome::Cancelled));
        }
    }
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
