//! Records the event loop's decisions while an asyncio run goes on, for the replay
//! ([`super::replay`]): each task's future is wrapped in a [`Recorded`] that sees the loop
//! resume it and what it awaited when it gave control back, and a waker of its own sees each
//! wake-up.
//!
//! No browser types: the clock is handed in, so the native tests drive it with made-up times
//! and hand-made futures. `run.rs` uses it on the page's event loop.

use std::cell::RefCell;
use std::future::Future;
use std::pin::Pin;
use std::rc::Rc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::task::{Context, Poll, Wake, Waker};

use super::replay::{self, Await, Change, Loop, LoopRecording};
use super::trace::{Outcome, RunTrace};
use crate::model::replay::MAX_STEPS;

/// Coroutines a run records at most: a huge run records its first ones, so recording stays
/// within the noise of the measured wall time (`make bench` prints both).
pub const WATCHED_TASKS: usize = 2_000;

/// A clock in ms (the page's `performance.now()`; a made-up one in tests).
pub type Clock = fn() -> f64;

/// Records the event loop's decisions for the replay while a run goes on. What it costs,
/// measured with recording on and off, is in `make bench`.
pub struct Recorder {
    rec: RefCell<LoopRecording>,
    start: f64,
    now: Clock,
    blocking: bool,
    on: bool,
    /// Tasks `0..watched` are recorded: every task of a normal run, the first
    /// [`WATCHED_TASKS`] of a huge one (watching costs about 1 µs a step).
    watched: usize,
    /// What each task is about to await, noted just before the `await`.
    notes: RefCell<Vec<Option<Await>>>,
    /// Woken since the loop last resumed it.
    woken: RefCell<Vec<bool>>,
    /// Its end is recorded: it ends once, whether it returned, `gather` dropped it, or the
    /// recording was taken first.
    ended: RefCell<Vec<bool>>,
    /// Wake-ups not yet written: a waker may be called from wherever the timer fires, so it
    /// only appends here, and the next poll writes them in order.
    wakes: Arc<Mutex<Vec<(u32, f64)>>>,
    /// The recording reached its cap: wakers stop reading the clock.
    full: Arc<AtomicBool>,
}

impl Recorder {
    /// A recorder for `tasks` tasks of a run that started at `start` on `now`'s clock; `on`:
    /// whether to record at all (the benchmark's switch).
    pub fn new(tasks: usize, start: f64, blocking: bool, on: bool, now: Clock) -> Rc<Recorder> {
        let watched = if on { tasks.min(WATCHED_TASKS) } else { 0 };
        let mut rec = LoopRecording::new(replay::lanes(watched));
        // About six steps per task, up to the cap: no reallocation while the run is timed.
        rec.steps.reserve((watched * 6).min(MAX_STEPS));
        if watched < tasks && on {
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
            now,
            blocking,
            on,
            watched,
            notes: RefCell::new(vec![None; watched]),
            woken: RefCell::new(vec![false; watched]),
            ended: RefCell::new(vec![false; watched]),
            wakes: Arc::new(Mutex::new(Vec::new())),
            full: Arc::new(AtomicBool::new(false)),
        })
    }

    /// Task `task` is about to await `on`.
    pub fn note(&self, task: usize, on: Await) {
        if task < self.watched {
            self.notes.borrow_mut()[task] = Some(on);
        }
    }

    fn push(&self, change: Change) {
        let mut rec = self.rec.borrow_mut();
        if rec.steps.len() >= MAX_STEPS {
            // Past the cap: count the step, skip the clock.
            rec.dropped += 1;
            self.full.store(true, Ordering::Relaxed);
            return;
        }
        let at = (self.now)() - self.start;
        let kind = replay::kind_after(&change, self.blocking);
        rec.push(at, change.task(), kind, change);
    }

    /// Task `t` ended with `outcome`, if its end is not recorded yet.
    fn end(&self, t: u32, outcome: Outcome) {
        let first = self
            .ended
            .borrow_mut()
            .get_mut(t as usize)
            .is_some_and(|e| !std::mem::replace(e, true));
        if first {
            self.push(Change::Ended(t, outcome));
        }
    }

    /// Write the wake-ups heard since they were last written: at the start of a poll (timers
    /// that fired in between) and at its end (a task woken by the one polled, like a permit it
    /// released), so each comes before the steps after it.
    fn drain_wakes(&self) {
        let wakes = std::mem::take(&mut *self.wakes.lock().unwrap_or_else(|e| e.into_inner()));
        if wakes.is_empty() {
            return;
        }
        let mut woken = self.woken.borrow_mut();
        let ended = self.ended.borrow();
        let mut rec = self.rec.borrow_mut();
        for (t, at) in wakes {
            // A wake-up of a task that has ended changes nothing.
            if !ended[t as usize] && !std::mem::replace(&mut woken[t as usize], true) {
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

    /// The recording, with the loop's state at the end as the run's own records say it. A
    /// task still unfinished was cancelled (`gather` cancels its children), and ends here if
    /// `gather` has not dropped it yet.
    pub fn finish(&self, trace: &RunTrace) -> LoopRecording {
        if !self.on {
            return self.rec.take();
        }
        for t in 0..self.watched as u32 {
            self.end(t, Outcome::Cancelled);
        }
        let mut rec = self.rec.take();
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
    now: Clock,
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
            (self.now)()
        };
        if let Ok(mut wakes) = self.wakes.lock() {
            wakes.push((self.task, at));
        }
        self.inner.wake_by_ref();
    }
}

/// A task's future, watched by the [`Recorder`].
pub struct Recorded<F> {
    task: u32,
    rec: Rc<Recorder>,
    inner: Pin<Box<F>>,
    /// Polled at least once: its first poll is the loop resuming it out of `gather`'s queue.
    started: bool,
    /// What it awaited last, for a wake-up that resumes it into the same await.
    last: Await,
    /// Our waker around the loop's, kept while the loop's stays the same: one allocation per
    /// task, not per poll.
    waker: Option<(Waker, Waker)>,
}

impl<F: Future<Output = Outcome>> Recorded<F> {
    pub fn new(task: usize, rec: Rc<Recorder>, inner: F) -> Recorded<F> {
        Recorded {
            task: task as u32,
            rec,
            inner: Box::pin(inner),
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
                Poll::Ready(outcome) => {
                    // Past the cap, counted as a step not kept.
                    rec.end(this.task, outcome);
                    Poll::Ready(())
                }
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
                    now: rec.now,
                }));
                this.waker = Some((cx.waker().clone(), ours.clone()));
                ours
            }
        };
        let result = this.inner.as_mut().poll(&mut Context::from_waker(&waker));
        let note = rec.notes.borrow_mut()[t as usize].take();
        if !(woken || scheduled) && (result.is_ready() || note.is_some()) {
            // Polled without a wake-up of ours, yet it got somewhere: the loop resumed it.
            rec.push(Change::Resumed(t));
        }
        // Whom it woke while it ran (a permit released on leaving `async with sem`) was woken
        // before it suspends or ends.
        rec.drain_wakes();
        match result {
            Poll::Ready(outcome) => {
                rec.end(t, outcome);
                Poll::Ready(())
            }
            Poll::Pending => {
                if let Some(on) = note {
                    this.last = on;
                }
                if woken || scheduled || note.is_some() {
                    rec.push(Change::Suspended(t, this.last));
                }
                Poll::Pending
            }
        }
    }
}

impl<F> Drop for Recorded<F> {
    fn drop(&mut self) {
        // `gather` dropped it before it ended: cancelled (nothing, if its end is recorded).
        self.rec.end(self.task, Outcome::Cancelled);
    }
}

#[cfg(test)]
mod tests {
    use std::cell::Cell;
    use std::future::poll_fn;
    use std::sync::atomic::AtomicUsize;

    use futures::future::join_all;

    use super::*;
    use crate::demos::asyncio::trace::TaskRecord;
    use crate::model::replay::Machine;

    thread_local! {
        /// The made-up clock, ms: each test runs on its own thread.
        static NOW: Cell<f64> = const { Cell::new(0.0) };
    }

    fn now() -> f64 {
        NOW.with(Cell::get)
    }

    fn set_now(ms: f64) {
        NOW.with(|c| c.set(ms));
    }

    /// What a task awaits (a timer, a permit), opened by the test: pending until then.
    #[derive(Clone, Default)]
    struct Gate(Rc<RefCell<(bool, Option<Waker>)>>);

    impl Gate {
        fn open(&self) {
            self.0.borrow_mut().0 = true;
            self.poke();
        }

        /// Wake whoever waits, opened or not (a spurious or repeated wake-up).
        fn poke(&self) {
            let waker = self.0.borrow().1.clone();
            if let Some(w) = waker {
                w.wake();
            }
        }

        async fn wait(&self) {
            poll_fn(|cx| {
                let mut g = self.0.borrow_mut();
                if g.0 {
                    Poll::Ready(())
                } else {
                    g.1 = Some(cx.waker().clone());
                    Poll::Pending
                }
            })
            .await
        }
    }

    /// The loop's own waker: counts how often a task asked to be polled again.
    #[derive(Default)]
    struct LoopWaker(AtomicUsize);

    impl Wake for LoopWaker {
        fn wake(self: Arc<Self>) {
            self.0.fetch_add(1, Ordering::Relaxed);
        }
    }

    /// `tasks` tasks that each sleep on their gate; `then(i)` runs when task `i` wakes.
    fn run(
        tasks: usize,
        then: impl Fn(usize) + Clone + 'static,
    ) -> (
        Rc<Recorder>,
        Vec<Gate>,
        Pin<Box<impl Future<Output = Vec<()>>>>,
    ) {
        let rec = Recorder::new(tasks, 0.0, false, true, now);
        let gates: Vec<Gate> = (0..tasks).map(|_| Gate::default()).collect();
        let futures = gates.iter().cloned().enumerate().map(|(i, gate)| {
            let (r, then) = (rec.clone(), then.clone());
            let body = async move {
                r.note(i, Await::Sleep(100.0));
                gate.wait().await;
                then(i);
                Outcome::Done
            };
            Recorded::new(i, rec.clone(), body)
        });
        let all = Box::pin(join_all(futures));
        (rec, gates, all)
    }

    fn poll<F: Future>(f: &mut Pin<Box<F>>, waker: &Arc<LoopWaker>) -> Poll<F::Output> {
        f.as_mut()
            .poll(&mut Context::from_waker(&Waker::from(waker.clone())))
    }

    /// The trace `run_with` keeps: every task ended with `outcome` at `end`.
    fn trace(tasks: usize, outcome: Outcome, end: f64) -> RunTrace {
        RunTrace {
            end,
            tasks: vec![
                TaskRecord {
                    finished: Some(end),
                    outcome: Some(outcome),
                    ..TaskRecord::default()
                };
                tasks
            ],
            ..RunTrace::default()
        }
    }

    fn changes_of(rec: &LoopRecording, task: u32) -> Vec<Change> {
        rec.steps
            .iter()
            .filter(|s| s.lane == task)
            .map(|s| s.change)
            .collect()
    }

    #[test]
    fn a_run_is_recorded_as_the_loop_decided_and_replays_to_its_end() {
        set_now(0.0);
        let (rec, gates, mut all) = run(2, |_| {});
        let waker = Arc::new(LoopWaker::default());
        set_now(1.0);
        assert!(poll(&mut all, &waker).is_pending());
        set_now(5.0);
        gates[1].open();
        set_now(6.0);
        assert!(poll(&mut all, &waker).is_pending());
        set_now(7.0);
        gates[0].open();
        assert_eq!(
            waker.0.load(Ordering::Relaxed),
            2,
            "the loop heard each wake-up"
        );
        set_now(8.0);
        assert!(poll(&mut all, &waker).is_ready());
        let r = rec.finish(&trace(2, Outcome::Done, 8.0));
        use Change::*;
        assert_eq!(
            changes_of(&r, 1),
            [
                Created(1),
                Resumed(1),
                Suspended(1, Await::Sleep(100.0)),
                Woken(1),
                Resumed(1),
                Ended(1, Outcome::Done)
            ]
        );
        assert!(r.replays_to_last());
        assert_eq!(r.state_at(r.steps.len()).done, 2);
    }

    #[test]
    fn waking_twice_before_the_loop_gets_there_is_one_wake_up() {
        set_now(0.0);
        let (rec, gates, mut all) = run(1, |_| {});
        let waker = Arc::new(LoopWaker::default());
        assert!(poll(&mut all, &waker).is_pending());
        gates[0].poke();
        gates[0].open();
        assert!(poll(&mut all, &waker).is_ready());
        let r = rec.finish(&trace(1, Outcome::Done, 0.0));
        let woken = changes_of(&r, 0)
            .into_iter()
            .filter(|c| matches!(c, Change::Woken(_)))
            .count();
        assert_eq!(woken, 1);
    }

    #[test]
    fn a_wake_up_during_another_tasks_turn_is_recorded_when_it_happened() {
        // Task 0, once woken, releases what task 1 waits for (like leaving `async with sem`)
        // and runs on for 2 ms before it ends.
        set_now(0.0);
        let gates: Rc<RefCell<Vec<Gate>>> = Rc::default();
        let g = gates.clone();
        let (rec, made, mut all) = run(2, move |i| {
            if i == 0 {
                g.borrow()[1].open();
                set_now(now() + 2.0);
            }
        });
        *gates.borrow_mut() = made.clone();
        let waker = Arc::new(LoopWaker::default());
        assert!(poll(&mut all, &waker).is_pending());
        set_now(10.0);
        made[0].open();
        // `join_all` of a few futures polls each in turn: task 1 runs in the same pass.
        assert!(poll(&mut all, &waker).is_ready());
        let r = rec.finish(&trace(2, Outcome::Done, 12.0));
        let times: Vec<f64> = r.steps.iter().map(|s| s.at).collect();
        assert!(
            times.windows(2).all(|w| w[0] <= w[1]),
            "steps out of time order: {:?}",
            r.steps.iter().map(|s| (s.at, s.change)).collect::<Vec<_>>()
        );
        // At task 0's end, task 1 is already back in the ready queue.
        let end0 = r
            .steps
            .iter()
            .position(|s| s.change == Change::Ended(0, Outcome::Done))
            .unwrap();
        assert_eq!(Vec::from(r.state_at(end0 + 1).ready), [1]);
    }

    #[test]
    fn a_cancelled_run_ends_its_unfinished_tasks_in_the_replay() {
        // `run_with` takes the recording while `gather` still holds the tasks, or after it
        // dropped them: either way each unfinished task ends once, cancelled.
        for finish_first in [true, false] {
            set_now(0.0);
            let (rec, _gates, mut all) = run(3, |_| {});
            let waker = Arc::new(LoopWaker::default());
            assert!(poll(&mut all, &waker).is_pending());
            set_now(4.0);
            let cancelled = trace(3, Outcome::Cancelled, 4.0);
            let r = if finish_first {
                let r = rec.finish(&cancelled);
                drop(all);
                r
            } else {
                drop(all);
                rec.finish(&cancelled)
            };
            let end = r.state_at(r.steps.len());
            assert_eq!(end.cancelled, 3, "finish first: {finish_first}");
            assert!(r.replays_to_last(), "finish first: {finish_first}");
            let mut loop_ = Loop::default();
            r.steps.iter().for_each(|s| loop_.apply(&s.change));
            assert!(loop_.timers.is_empty(), "no sleep is left waiting");
        }
    }
}
