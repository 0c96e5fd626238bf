//! Python threads as real threads: a GIL behind a real lock, and tasks with a CPU part
//! (which needs the GIL) and an I/O part (which releases it). The race-condition lab, which
//! shares this [`Gil`], lives in [`super::race`].
//!
//! Runs on rayon: natively in the tests, on Web Workers in the browser. The rules of the GIL
//! are [`GilState`]'s; this file only adds the lock, the waiting, the work and the clock.

use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{Condvar, Mutex, MutexGuard};

use crate::model::gil::{GilEvent, GilState, ThreadId, Turn};
use crate::model::kernels::{run_task, Kernel};

pub use super::race::{race, RaceResult};

/// CPU work is done in slices this long (ms of one core); the GIL is checked between slices,
/// as CPython checks for a drop request between bytecodes.
pub const SLICE_MS: f64 = 0.1;

/// What a thread was doing, for the timeline.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Doing {
    /// Holding the GIL (or free-threaded) and running Python code.
    Running,
    /// Waiting to get the GIL.
    WaitingGil,
    /// Blocked on I/O, GIL released.
    Io,
}

impl Doing {
    pub fn name(self) -> &'static str {
        match self {
            Doing::Running => "running",
            Doing::WaitingGil => "gil-wait",
            Doing::Io => "io",
        }
    }
}

/// The GIL as real threads meet it: [`GilState`] behind a mutex, one condition variable per
/// thread to sleep on while waiting, and an atomic flag the holder can read cheaply between
/// slices.
///
/// A hand-over wakes only the thread that got the GIL, as CPython's `drop_gil` signals one
/// waiter instead of broadcasting: waking every waiter would make the others take the mutex,
/// competing with the new holder, only to sleep again.
pub struct Gil<'c> {
    state: Mutex<GilState>,
    /// `turn[t]`: thread `t` sleeps on it until it holds the GIL.
    turn: Vec<Condvar>,
    /// Someone is waiting: only then does the holder take the lock to ask `must_drop`.
    contended: AtomicBool,
    /// Times a waiting thread woke up and found the GIL was not its own.
    idle_wakeups: AtomicUsize,
    /// `false` for free-threaded Python: every call is a no-op.
    enabled: bool,
    now: &'c (dyn Fn() -> f64 + Sync),
}

impl<'c> Gil<'c> {
    pub fn new(
        threads: usize,
        switch_ms: f64,
        enabled: bool,
        now: &'c (dyn Fn() -> f64 + Sync),
    ) -> Self {
        Gil {
            state: Mutex::new(GilState::new(threads, switch_ms)),
            turn: (0..threads).map(|_| Condvar::new()).collect(),
            contended: AtomicBool::new(false),
            idle_wakeups: AtomicUsize::new(0),
            enabled,
            now,
        }
    }

    fn lock(&self) -> MutexGuard<'_, GilState> {
        // A panic while holding the lock would already have aborted (panic=abort on wasm);
        // natively, keep going with the state as it is.
        self.state.lock().unwrap_or_else(|e| e.into_inner())
    }

    fn wait_for_turn<'g>(
        &self,
        t: ThreadId,
        mut s: MutexGuard<'g, GilState>,
    ) -> MutexGuard<'g, GilState> {
        while s.holder() != Some(t) {
            s = self.turn[t].wait(s).unwrap_or_else(|e| e.into_inner());
            if s.holder() != Some(t) {
                self.idle_wakeups.fetch_add(1, Ordering::Relaxed);
            }
        }
        self.contended.store(s.has_waiters(), Ordering::Release);
        s
    }

    /// Take the GIL, waiting in line if another thread holds it. Returns whether it had to
    /// wait: never without the GIL, nor when the GIL was free.
    pub fn acquire(&self, t: ThreadId) -> bool {
        if !self.enabled {
            return false;
        }
        let mut s = self.lock();
        if s.request(t, (self.now)()) {
            return false;
        }
        self.contended.store(true, Ordering::Release);
        drop(self.wait_for_turn(t, s));
        true
    }

    /// Let go of the GIL (I/O, a finished task); the next in line gets it.
    pub fn release(&self, t: ThreadId) {
        if !self.enabled {
            return;
        }
        let mut s = self.lock();
        s.release(t, (self.now)());
        self.contended.store(s.has_waiters(), Ordering::Release);
        self.wake_holder(&s);
    }

    /// Wake the thread that now holds the GIL, and no other.
    fn wake_holder(&self, s: &GilState) {
        if let Some(cv) = s.holder().and_then(|h| self.turn.get(h)) {
            cv.notify_one();
        }
    }

    /// Between two slices of Python code: drop the GIL if a waiter has waited a whole switch
    /// interval with no switch in between ([`GilState::must_drop`]), and wait for it to come
    /// back. Returns whether a switch happened.
    pub fn check(&self, t: ThreadId) -> bool {
        if !self.enabled || !self.contended.load(Ordering::Acquire) {
            return false;
        }
        let mut s = self.lock();
        let now = (self.now)();
        if !s.must_drop(t, now) {
            return false;
        }
        s.yield_to_waiter(t, now);
        self.wake_holder(&s);
        drop(self.wait_for_turn(t, s));
        true
    }

    /// Hand-overs, waiting time per thread, the number of switches, how many times a
    /// waiter woke up for nothing, and the log of decisions (with how many it did not keep).
    pub fn finish(self) -> GilReport {
        let s = self.state.into_inner().unwrap_or_else(|e| e.into_inner());
        GilReport {
            turns: s.turns,
            waited_ms: s.waited_ms,
            switches: s.switches,
            idle_wakeups: self.idle_wakeups.into_inner(),
            log: s.log,
            log_dropped: s.log_dropped,
        }
    }
}

/// What a [`Gil`] saw in a whole run.
pub struct GilReport {
    pub turns: Vec<Turn>,
    pub waited_ms: Vec<f64>,
    pub switches: usize,
    pub idle_wakeups: usize,
    pub log: Vec<GilEvent>,
    pub log_dropped: usize,
}

/// One span of one thread, in ms on the caller's clock.
#[derive(Clone, Debug, PartialEq)]
pub struct Span {
    pub thread: ThreadId,
    pub doing: Doing,
    pub task: usize,
    pub start: f64,
    pub end: f64,
}

/// The work of one run: each task's I/O wait then CPU part.
pub struct Workload<'a> {
    /// I/O wait per task, ms.
    pub io_ms: &'a [f64],
    /// CPU units per task (see `multiprocessing::calibrate`).
    pub cpu_units: &'a [u64],
    /// CPU units per slice.
    pub slice_units: u64,
}

/// What a threaded run recorded.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ThreadRun {
    pub spans: Vec<Span>,
    pub turns: Vec<Turn>,
    pub waited_ms: Vec<f64>,
    pub switches: usize,
    /// Times a thread waiting for the GIL woke up while another thread got it.
    pub idle_wakeups: usize,
    pub cancelled: bool,
    /// The GIL's decisions, for the replay; and how many past the cap were not kept.
    pub gil_log: Vec<GilEvent>,
    pub gil_log_dropped: usize,
}

/// Run the tasks on `threads` threads taking them from one queue (like `ThreadPoolExecutor`),
/// under the GIL if `gil`. Call on a rayon pool with at least `threads` threads.
#[allow(clippy::too_many_arguments)]
pub fn run_threads(
    work: &Workload,
    threads: usize,
    gil: bool,
    switch_ms: f64,
    cancel: &AtomicBool,
    done: &AtomicUsize,
    now: &(dyn Fn() -> f64 + Sync),
    sleep: &(dyn Fn(f64) + Sync),
) -> ThreadRun {
    let threads = threads.max(1);
    let lock = Gil::new(threads, switch_ms, gil, now);
    let next = AtomicUsize::new(0);
    let spans = Mutex::new(Vec::new());
    rayon::scope(|scope| {
        for t in 0..threads {
            let (lock, next, spans) = (&lock, &next, &spans);
            scope.spawn(move |_| {
                let mut mine = Vec::new();
                let mut span = |doing, task, start, end: f64| {
                    if end > start {
                        mine.push(Span {
                            thread: t,
                            doing,
                            task,
                            start,
                            end,
                        });
                    }
                };
                loop {
                    let task = next.fetch_add(1, Ordering::Relaxed);
                    if task >= work.io_ms.len() || cancel.load(Ordering::Relaxed) {
                        break;
                    }
                    // I/O first (fetch), GIL released: other threads run meanwhile.
                    let io = work.io_ms[task];
                    if io > 0.0 {
                        let start = now();
                        // In pieces, so Cancel is heard within 50 ms even during a long wait.
                        let mut left = io;
                        while left > 0.0 && !cancel.load(Ordering::Relaxed) {
                            sleep(left.min(50.0));
                            left -= 50.0;
                        }
                        span(Doing::Io, task, start, now());
                    }
                    // Then the CPU part (process), holding the GIL.
                    let units = work.cpu_units[task];
                    if units > 0 {
                        let asked = now();
                        let waited = lock.acquire(t);
                        let mut start = now();
                        // Free-threaded, or the GIL was free: no wait to draw, not even a sliver.
                        if waited {
                            span(Doing::WaitingGil, task, asked, start);
                        }
                        let mut left = units;
                        let mut slice_no = 0usize;
                        while left > 0 && !cancel.load(Ordering::Relaxed) {
                            let slice = left.min(work.slice_units.max(1));
                            // Each slice checks other numbers, so a slice costs what the
                            // calibration measured on average, not the cost of one fixed range.
                            let index = task.wrapping_mul(104_729).wrapping_add(slice_no);
                            std::hint::black_box(run_task(Kernel::Primes, index, slice, cancel));
                            slice_no += 1;
                            left -= slice;
                            let before = now();
                            // After the last slice the thread is about to let go anyway.
                            if left > 0 && lock.check(t) {
                                span(Doing::Running, task, start, before);
                                start = now();
                                span(Doing::WaitingGil, task, before, start);
                            }
                        }
                        span(Doing::Running, task, start, now());
                        lock.release(t);
                    }
                    done.fetch_add(1, Ordering::Relaxed);
                }
                if let Ok(mut all) = spans.lock() {
                    all.extend(mine);
                }
            });
        }
    });
    let report = lock.finish();
    let mut spans = spans.into_inner().unwrap_or_default();
    spans.sort_by(|a, b| a.start.total_cmp(&b.start));
    ThreadRun {
        spans,
        turns: report.turns,
        waited_ms: report.waited_ms,
        switches: report.switches,
        idle_wakeups: report.idle_wakeups,
        cancelled: cancel.load(Ordering::Relaxed),
        gil_log: report.log,
        gil_log_dropped: report.log_dropped,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::demos::multiprocessing::calibrate;
    use crate::test_support::{clock, cpu_lock, pool};

    #[allow(clippy::disallowed_methods)] // a worker thread blocking on "I/O", natively
    fn sleep(ms: f64) {
        std::thread::sleep(std::time::Duration::from_secs_f64(ms / 1000.0));
    }

    fn timed(threads: usize, gil: bool, io: f64, cpu_ms: f64) -> (f64, ThreadRun) {
        let _cpu = cpu_lock();
        let now = clock();
        let rate = calibrate(Kernel::Primes, &now);
        let tasks = 4;
        let io_ms = vec![io; tasks];
        let cpu_units = vec![(cpu_ms * rate) as u64; tasks];
        let work = Workload {
            io_ms: &io_ms,
            cpu_units: &cpu_units,
            slice_units: (rate * SLICE_MS) as u64,
        };
        let (cancel, done) = (AtomicBool::new(false), AtomicUsize::new(0));
        let start = now();
        let run = pool(threads.max(4))
            .install(|| run_threads(&work, threads, gil, 5.0, &cancel, &done, &now, &sleep));
        assert_eq!(done.load(Ordering::Relaxed), tasks);
        (now() - start, run)
    }

    #[test]
    fn io_bound_threads_overlap_even_with_the_gil() {
        let (ms, run) = timed(4, true, 60.0, 0.0);
        assert!(ms < 150.0, "four 60 ms waits on four threads: {ms} ms");
        assert_eq!(run.spans.iter().filter(|s| s.doing == Doing::Io).count(), 4);
    }

    #[test]
    fn under_the_gil_only_one_thread_runs_python_at_a_time() {
        // 60 ms each: long enough that all four overlap even when a busy machine starts
        // them late, so the GIL must change hands (about every 5 ms).
        let (_, run) = timed(4, true, 0.0, 60.0);
        let mut running: Vec<&Span> = run
            .spans
            .iter()
            .filter(|s| s.doing == Doing::Running)
            .collect();
        running.sort_by(|a, b| a.start.total_cmp(&b.start));
        for w in running.windows(2) {
            assert!(
                w[0].end <= w[1].start + 0.05,
                "overlap: {:?} and {:?}",
                w[0],
                w[1]
            );
        }
        assert!(run.switches >= 3, "switches: {}", run.switches);
        assert!(run.waited_ms.iter().sum::<f64>() > 0.0);
        // The GIL's turns cover the running spans.
        assert!(!run.turns.is_empty());
    }

    #[test]
    fn free_threaded_runs_overlap() {
        let (_, run) = timed(2, false, 0.0, 40.0);
        let r: Vec<&Span> = run
            .spans
            .iter()
            .filter(|s| s.doing == Doing::Running)
            .collect();
        assert!(r.len() >= 2);
        let overlap = r.iter().any(|a| {
            r.iter()
                .any(|b| a.thread != b.thread && a.start < b.end && b.start < a.end)
        });
        assert!(overlap, "without the GIL, two threads run at the same time");
        assert_eq!(run.switches, 0);
    }

    #[test]
    fn free_threaded_runs_record_no_gil_waits() {
        // Four threads on a 4-thread pool, with I/O so they also start CPU parts together.
        let (_, run) = timed(4, false, 5.0, 20.0);
        let waits: Vec<&Span> = run
            .spans
            .iter()
            .filter(|s| s.doing == Doing::WaitingGil)
            .collect();
        assert!(waits.is_empty(), "no GIL, no GIL wait: {waits:?}");
        assert_eq!(run.waited_ms.iter().sum::<f64>(), 0.0);
    }

    #[test]
    fn a_gil_taken_at_once_records_no_wait() {
        // One thread: every request finds the GIL free.
        let (_, run) = timed(1, true, 0.0, 10.0);
        assert!(
            run.spans.iter().all(|s| s.doing != Doing::WaitingGil),
            "{:?}",
            run.spans
        );
        assert_eq!(run.switches, 0);
    }

    #[test]
    fn a_hand_over_wakes_only_the_new_holder() {
        // Four CPU-bound threads: three wait at every hand-over, one of them gets the GIL.
        let (_, run) = timed(4, true, 0.0, 50.0);
        assert!(run.switches >= 10, "switches: {}", run.switches);
        assert!(
            run.idle_wakeups <= 2 + run.switches / 50,
            "{} idle wake-ups for {} switches",
            run.idle_wakeups,
            run.switches
        );
    }

    #[test]
    fn cpu_bound_threads_hold_the_gil_about_one_switch_interval() {
        // Four threads x 200 ms of CPU at a 5 ms interval: in CPython each turn lasts about
        // one interval, since a switch restarts every waiter's count (a third of one if
        // waiting before the switch counted).
        let (_, run) = timed(4, true, 0.0, 200.0);
        let total: f64 = run.turns.iter().map(|t| t.to - t.from).sum();
        let mean = total / run.turns.len().max(1) as f64;
        assert!(
            mean >= 4.0,
            "mean turn {mean:.2} ms over {} turns ({} switches)",
            run.turns.len(),
            run.switches
        );
    }
}
