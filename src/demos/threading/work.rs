//! Python threads as real threads: a GIL behind a real lock, tasks with a CPU part (which
//! needs the GIL) and an I/O part (which releases it), and the race-condition lab.
//!
//! Runs on rayon: natively in the tests, on Web Workers in the browser. The rules of the GIL
//! are [`GilState`]'s; this file only adds the lock, the waiting, the work and the clock.

use std::sync::atomic::{AtomicBool, AtomicU64, AtomicUsize, Ordering};
use std::sync::{Condvar, Mutex, MutexGuard};

use crate::model::gil::{GilState, ThreadId, Turn};
use crate::model::kernels::{run_task, Kernel};

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

    /// Hand-overs, waiting time per thread, the number of switches, and how many times a
    /// waiter woke up for nothing.
    pub fn finish(self) -> (Vec<Turn>, Vec<f64>, usize, usize) {
        let s = self.state.into_inner().unwrap_or_else(|e| e.into_inner());
        (
            s.turns,
            s.waited_ms,
            s.switches,
            self.idle_wakeups.into_inner(),
        )
    }
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
    let (turns, waited_ms, switches, idle_wakeups) = lock.finish();
    let mut spans = spans.into_inner().unwrap_or_default();
    spans.sort_by(|a, b| a.start.total_cmp(&b.start));
    ThreadRun {
        spans,
        turns,
        waited_ms,
        switches,
        idle_wakeups,
        cancelled: cancel.load(Ordering::Relaxed),
    }
}

/// What the race lab counted.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct RaceResult {
    pub expected: u64,
    pub actual: u64,
    pub switches: usize,
    /// Times a thread found the Lock taken and had to wait for it: the Lock at work.
    pub lock_waits: u64,
    /// Stopped early: the counts mean nothing then.
    pub cancelled: bool,
}

impl RaceResult {
    pub fn lost(&self) -> u64 {
        self.expected.saturating_sub(self.actual)
    }
}

/// `threads` threads each do `counter += 1` `n` times as read, add, write, on one shared
/// counter; with `locked`, each increment holds one shared `threading.Lock`. Under the GIL, a
/// switch can land between the read and the write, lock or no lock (the GIL is checked after
/// each step, as CPython checks at a call); without it, threads truly overlap. Every lost
/// update is real, and so is every wait for the Lock.
pub fn race(
    threads: usize,
    n: u64,
    locked: bool,
    gil: bool,
    switch_ms: f64,
    cancel: &AtomicBool,
    now: &(dyn Fn() -> f64 + Sync),
) -> RaceResult {
    let shared = [Mutex::new(())];
    let locks: &[Mutex<()>] = if locked { &shared } else { &[] };
    race_with_locks(threads, n, locks, gil, switch_ms, cancel, now)
}

/// [`race`] with thread `t` taking `locks[t % locks.len()]` around each increment (no lock if
/// `locks` is empty). One lock is `with lock:`; one lock per thread is a Lock that excludes
/// nobody, which the tests use to show that it is the Lock, not the GIL, that keeps the count.
fn race_with_locks(
    threads: usize,
    n: u64,
    locks: &[Mutex<()>],
    gil: bool,
    switch_ms: f64,
    cancel: &AtomicBool,
    now: &(dyn Fn() -> f64 + Sync),
) -> RaceResult {
    let threads = threads.max(1);
    let counter = AtomicU64::new(0);
    let lock_waits = AtomicU64::new(0);
    let the_gil = Gil::new(threads, switch_ms, gil, now);
    rayon::scope(|scope| {
        for t in 0..threads {
            let (counter, lock_waits, g) = (&counter, &lock_waits, &the_gil);
            let py_lock = (!locks.is_empty()).then(|| &locks[t % locks.len()]);
            scope.spawn(move |_| {
                g.acquire(t);
                for i in 0..n {
                    if i % 1_024 == 0 && cancel.load(Ordering::Relaxed) {
                        break;
                    }
                    // The loop's back edge: CPython checks for a drop request here too.
                    g.check(t);
                    let _held = py_lock.map(|l| match l.try_lock() {
                        Ok(guard) => guard,
                        // Blocking on a Lock releases the GIL, as in CPython.
                        Err(_) => {
                            lock_waits.fetch_add(1, Ordering::Relaxed);
                            g.release(t);
                            let guard = l.lock().unwrap_or_else(|e| e.into_inner());
                            g.acquire(t);
                            guard
                        }
                    });
                    // Inside `with lock:` too, the GIL may switch between the steps: only the
                    // Lock keeps another thread out of them.
                    let value = counter.load(Ordering::Relaxed); // read
                    g.check(t);
                    let value = std::hint::black_box(value) + 1; // add (a call: a check point)
                    g.check(t);
                    counter.store(value, Ordering::Relaxed); // write
                }
                g.release(t);
            });
        }
    });
    let (_, _, switches, _) = the_gil.finish();
    RaceResult {
        expected: threads as u64 * n,
        actual: counter.into_inner(),
        switches,
        lock_waits: lock_waits.into_inner(),
        cancelled: cancel.load(Ordering::Relaxed),
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
        let (_, run) = timed(4, true, 0.0, 30.0);
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

    /// Increments per thread in the race tests: the page's default. Far fewer, and a thread
    /// may finish before the others have started, with no switch at all.
    const N: u64 = 100_000;

    /// Three runs of the race lab on a 4-thread pool: 4 threads x [`N`] increments, 0,5 ms
    /// switch interval (the page's smallest), with the locks `locks()` makes, as in
    /// [`race_with_locks`]. Three, because threads that happen not to overlap lose nothing.
    fn race_runs(locks: impl Fn() -> Vec<Mutex<()>>, gil: bool) -> Vec<RaceResult> {
        let _cpu = cpu_lock();
        let now = clock();
        (0..3)
            .map(|_| {
                let locks = locks();
                let cancel = AtomicBool::new(false);
                let r = pool(4).install(|| race_with_locks(4, N, &locks, gil, 0.5, &cancel, &now));
                assert_eq!(r.expected, 4 * N);
                assert!(!r.cancelled);
                r
            })
            .collect()
    }

    fn no_lock() -> Vec<Mutex<()>> {
        Vec::new()
    }

    fn one_lock() -> Vec<Mutex<()>> {
        vec![Mutex::new(())]
    }

    /// A Lock per thread: the Lock's code path, check points and all, excluding nobody.
    fn own_locks() -> Vec<Mutex<()>> {
        (0..4).map(|_| Mutex::new(())).collect()
    }

    #[test]
    fn under_the_gil_a_switch_inside_the_increment_loses_updates() {
        let runs = race_runs(no_lock, true);
        assert!(
            runs.iter().map(RaceResult::lost).sum::<u64>() > 0,
            "{runs:?}"
        );
        assert!(runs.iter().all(|r| r.lock_waits == 0));
    }

    #[test]
    fn under_the_gil_the_lock_is_really_contended_and_keeps_the_count() {
        let runs = race_runs(one_lock, true);
        assert!(runs.iter().all(|r| r.lost() == 0), "{runs:?}");
        // The GIL switched inside `with lock:` and another thread had to wait for the Lock.
        let waits: u64 = runs.iter().map(|r| r.lock_waits).sum();
        assert!(waits > 0, "the Lock was never needed: {runs:?}");
    }

    #[test]
    fn a_lock_that_excludes_nobody_keeps_nothing() {
        let runs = race_runs(own_locks, true);
        assert!(runs.iter().all(|r| r.lock_waits == 0));
        let lost: u64 = runs.iter().map(RaceResult::lost).sum();
        assert!(lost > 0, "the GIL alone kept the count: {runs:?}");
    }

    #[test]
    fn free_threaded_a_lock_keeps_the_count_exact() {
        let runs = race_runs(one_lock, false);
        assert!(
            runs.iter().all(|r| r.lost() == 0 && r.switches == 0),
            "{runs:?}"
        );
        // And through the page's entry point.
        let _cpu = cpu_lock();
        let now = clock();
        let r = pool(4).install(|| race(4, N, true, false, 0.5, &AtomicBool::new(false), &now));
        assert_eq!((r.lost(), r.actual), (0, 4 * N));
    }

    #[test]
    fn without_a_lock_and_without_the_gil_updates_get_lost() {
        let _cpu = cpu_lock();
        let now = clock();
        // Real threads on real cores: losses are likely but not certain on a given try.
        let lost: u64 = (0..5)
            .map(|_| {
                pool(4)
                    .install(|| race(4, 200_000, false, false, 5.0, &AtomicBool::new(false), &now))
                    .lost()
            })
            .sum();
        assert!(lost > 0, "no update was lost in five tries");
    }
}
