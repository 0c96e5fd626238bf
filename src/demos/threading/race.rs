//! The race-condition lab: threads doing `counter += 1` on one shared counter, as read, add,
//! write, with or without a `threading.Lock`, under the GIL or free-threaded.
//!
//! Every lost update is real: the threads are real and so is the [`Gil`] they share.

use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::Mutex;

use super::work::Gil;

/// What the race lab counted.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RaceResult {
    pub expected: u64,
    pub actual: u64,
    pub switches: usize,
    /// Times a thread found the Lock taken and had to wait for it: the Lock at work.
    pub lock_waits: u64,
    /// Stopped early: the counts mean nothing then.
    pub cancelled: bool,
    /// Lost updates as they happened under the GIL, the first [`LOST_KEPT`] in time order.
    pub lost_log: Vec<LostUpdate>,
}

/// One write that overwrote other threads' increments: recorded under the GIL, where the
/// thread saw the switch between its read and its write. (Free-threaded, threads overlap
/// without a switch to see: watching every write would change the race, so nothing is kept.)
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct LostUpdate {
    pub thread: usize,
    /// The value it read, and the value it wrote (read + 1).
    pub read: u64,
    /// What the counter held just before the write: the others' increments it erased.
    pub before_write: u64,
    /// When it wrote, ms on the run's clock (its order among the others).
    pub at_ms: u64,
}

impl LostUpdate {
    /// Increments erased by this write.
    pub fn erased(&self) -> u64 {
        self.before_write.saturating_sub(self.read)
    }
}

/// Lost updates a race keeps.
pub const LOST_KEPT: usize = 50;

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
    let lost_log = Mutex::new(Vec::new());
    rayon::scope(|scope| {
        for t in 0..threads {
            let (counter, lock_waits, g, lost_log) = (&counter, &lock_waits, &the_gil, &lost_log);
            let py_lock = (!locks.is_empty()).then(|| &locks[t % locks.len()]);
            scope.spawn(move |_| {
                let mut mine = Vec::new();
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
                    let read = counter.load(Ordering::Relaxed); // read
                    let mut switched = g.check(t);
                    let value = std::hint::black_box(read) + 1; // add (a call: a check point)
                    switched |= g.check(t);
                    // Only after a switch, which costs far more than one more load: what
                    // did the others write while this thread waited?
                    if switched && mine.len() < LOST_KEPT {
                        let before_write = counter.load(Ordering::Relaxed);
                        // Others added meanwhile, and this write erases their increments. (A
                        // counter that went down was set back by another stale write.)
                        if before_write > read {
                            mine.push(LostUpdate {
                                thread: t,
                                read,
                                before_write,
                                at_ms: now().max(0.0) as u64,
                            });
                        }
                    }
                    counter.store(value, Ordering::Relaxed); // write
                }
                g.release(t);
                if let Ok(mut all) = lost_log.lock() {
                    all.extend(mine);
                }
            });
        }
    });
    let switches = the_gil.finish().switches;
    let mut lost_log = lost_log.into_inner().unwrap_or_default();
    lost_log.sort_by_key(|l| l.at_ms);
    lost_log.truncate(LOST_KEPT);
    RaceResult {
        lost_log,
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
    use crate::test_support::{clock, cpu_lock, pool};

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
        // Each recorded lost update erased what others wrote between its read and its write.
        let logged: Vec<&LostUpdate> = runs.iter().flat_map(|r| &r.lost_log).collect();
        assert!(
            !logged.is_empty(),
            "the lost updates were seen as they happened"
        );
        assert!(logged.iter().all(|l| l.erased() >= 1));
    }

    #[test]
    fn under_the_gil_the_lock_is_really_contended_and_keeps_the_count() {
        let runs = race_runs(one_lock, true);
        assert!(runs.iter().all(|r| r.lost() == 0), "{runs:?}");
        assert!(runs.iter().all(|r| r.lost_log.is_empty()));
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
