//! The GIL's rules, as CPython applies them, over an injected clock.
//!
//! - A thread must hold the GIL to run Python code (the CPU part of a task).
//! - It releases the GIL when it blocks on I/O, and takes it again afterwards.
//! - A thread that has waited for the GIL for a whole switch interval
//!   (`sys.setswitchinterval`, 5 ms by default) *with no switch in between* asks the holder to
//!   drop it; the holder drops it at its next check. A switch starts the count again, so each
//!   holder gets about one interval, however many threads wait. Like CPython's forced
//!   switching, the thread that dropped it cannot take it straight back.
//!
//! **A model choice: the GIL goes to the waiter that asked first (FIFO).** CPython keeps no
//! queue: dropping the GIL signals its condition variable once, and which waiting thread wakes
//! and takes it is up to the OS scheduler (and its mutex), so the order varies from run to run
//! and from system to system. FIFO is one order CPython could produce; it is used here because
//! it is fair and deterministic, so tests can drive it with made-up times and the timeline reads
//! as a round. It is not a promise about the order real CPython threads get the GIL.
//!
//! [`GilState`] is plain data: no locks, no threads, no clock of its own. The browser runtime
//! keeps it behind a real mutex shared by real Web Workers; the tests drive it step by step
//! with made-up times.

use std::collections::VecDeque;

/// A Python thread, numbered from 0.
pub type ThreadId = usize;

/// One turn of a thread holding the GIL, in ms on the caller's clock.
#[derive(Clone, Debug, PartialEq)]
pub struct Turn {
    pub thread: ThreadId,
    pub from: f64,
    pub to: f64,
}

/// One decision about the GIL, for the replay: in ms on the caller's clock.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum GilEvent {
    /// `t` asked for the GIL and got in line.
    Asked(ThreadId, f64),
    /// `t` now holds the GIL.
    Took(ThreadId, f64),
    /// The holder saw, at a check point, that `waiter` had waited a whole switch interval
    /// (`gil_drop_request`), and drops the GIL.
    DropRequest {
        holder: ThreadId,
        waiter: ThreadId,
        at: f64,
    },
    /// `t` let go of the GIL (I/O, a finished task, a drop request).
    Released(ThreadId, f64),
}

impl GilEvent {
    pub fn at(&self) -> f64 {
        match *self {
            GilEvent::Asked(_, at)
            | GilEvent::Took(_, at)
            | GilEvent::Released(_, at)
            | GilEvent::DropRequest { at, .. } => at,
        }
    }
}

#[derive(Clone, Debug)]
pub struct GilState {
    switch_ms: f64,
    holder: Option<(ThreadId, f64)>,
    /// Threads waiting, first come first served (the model's order, not CPython's: it has
    /// no queue), with the time each started waiting.
    waiting: VecDeque<(ThreadId, f64)>,
    /// Every finished turn, in order: the GIL's hand-overs.
    pub turns: Vec<Turn>,
    /// Total time each thread spent waiting for the GIL, in ms.
    pub waited_ms: Vec<f64>,
    /// How many times the GIL went from one thread to another.
    pub switches: usize,
    last_holder: Option<ThreadId>,
    /// When the GIL last went from one thread to another, in ms (CPython's `switch_number`
    /// changing); `-inf` before the first switch. A waiter's interval starts no earlier.
    last_switch_at: f64,
    /// Every decision in order, up to [`GilState::LOG_CAP`], for the replay.
    pub log: Vec<GilEvent>,
    /// Decisions past the cap, not kept.
    pub log_dropped: usize,
    /// Whether to keep the log (see `replay::recording_on`).
    logging: bool,
}

impl GilState {
    /// Decisions the log keeps: the replay keeps no more steps than this in all.
    pub const LOG_CAP: usize = crate::model::replay::MAX_STEPS;

    fn note(&mut self, event: GilEvent) {
        if !self.logging {
            return;
        }
        if self.log.len() < Self::LOG_CAP {
            self.log.push(event);
        } else {
            self.log_dropped += 1;
        }
    }

    pub fn new(threads: usize, switch_ms: f64) -> GilState {
        GilState {
            switch_ms,
            holder: None,
            waiting: VecDeque::new(),
            turns: Vec::new(),
            waited_ms: vec![0.0; threads],
            switches: 0,
            last_holder: None,
            last_switch_at: f64::NEG_INFINITY,
            log: Vec::new(),
            log_dropped: 0,
            logging: crate::model::replay::recording_on(),
        }
    }

    pub fn holder(&self) -> Option<ThreadId> {
        self.holder.map(|h| h.0)
    }

    /// Whether any thread is waiting for the GIL.
    pub fn has_waiters(&self) -> bool {
        !self.waiting.is_empty()
    }

    /// Thread `t` asks for the GIL at `now`; `true` if it got it at once. Otherwise it waits
    /// in line until [`GilState::holder`] is `t`.
    pub fn request(&mut self, t: ThreadId, now: f64) -> bool {
        if self.holder.is_none() && self.waiting.is_empty() {
            self.take(t, now);
            return true;
        }
        if self.holder() != Some(t) && !self.waiting.iter().any(|w| w.0 == t) {
            self.waiting.push_back((t, now));
            self.note(GilEvent::Asked(t, now));
        }
        self.holder() == Some(t)
    }

    /// Whether the holder `t` must drop the GIL at `now`: some waiter has waited a whole
    /// switch interval with no switch in between, i.e.
    /// `now - max(asked, last switch) >= switch_ms`.
    ///
    /// This is CPython's `take_gil` (3.10–3.13): a waiter sleeps on the GIL's condition
    /// variable for one interval; only if that wait timed out *and* the GIL's `switch_number`
    /// is unchanged since the wait began does it set `gil_drop_request`, which the holder
    /// sees at its next check (when this is asked). So time waited before the latest switch
    /// does not count: with four CPU-bound threads each turn lasts about one interval, not a
    /// third of one.
    ///
    /// A simplification: after a switch, a CPython waiter first finishes the timed wait it is
    /// in and only then starts a fresh interval, so its request can come up to one interval
    /// later than here. After a forced switch the two agree: the thread that dropped starts
    /// waiting at the switch and times out one interval later.
    pub fn must_drop(&self, t: ThreadId, now: f64) -> bool {
        self.holder() == Some(t)
            && self
                .waiting
                .iter()
                .any(|&(_, asked)| now - asked.max(self.last_switch_at) >= self.switch_ms)
    }

    /// The holder `t` lets go at `now` (blocking on I/O, dropping on request, or finishing).
    /// The first waiter, if any, becomes the holder: FIFO is this model's choice, where CPython
    /// signals one waiter and lets the OS decide which (see the module doc).
    pub fn release(&mut self, t: ThreadId, now: f64) {
        let Some((holder, since)) = self.holder else {
            return;
        };
        if holder != t {
            return;
        }
        self.turns.push(Turn {
            thread: t,
            from: since,
            to: now,
        });
        self.holder = None;
        self.note(GilEvent::Released(t, now));
        if let Some(&(next, _)) = self.waiting.front() {
            self.take(next, now);
        }
    }

    /// Drop on request and queue again behind the others, as CPython's forced switch does.
    pub fn yield_to_waiter(&mut self, t: ThreadId, now: f64) {
        let last_switch = self.last_switch_at;
        let waiter = self
            .waiting
            .iter()
            .find(|&&(_, asked)| now - asked.max(last_switch) >= self.switch_ms)
            .or(self.waiting.front())
            .map(|w| w.0);
        if let Some(waiter) = waiter {
            self.note(GilEvent::DropRequest {
                holder: t,
                waiter,
                at: now,
            });
        }
        self.release(t, now);
        self.request(t, now);
    }

    /// `t` becomes the holder; if it was in line, its wait is counted.
    fn take(&mut self, t: ThreadId, now: f64) {
        if let Some(i) = self.waiting.iter().position(|w| w.0 == t) {
            if let Some((_, since)) = self.waiting.remove(i) {
                if let Some(w) = self.waited_ms.get_mut(t) {
                    *w += now - since;
                }
            }
        }
        if self.last_holder.is_some_and(|last| last != t) {
            self.switches += 1;
            self.last_switch_at = now;
        }
        self.last_holder = Some(t);
        self.holder = Some((t, now));
        self.note(GilEvent::Took(t, now));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Simulate CPU-bound threads on one GIL with a made-up clock advancing in `step` ms:
    /// each thread needs `work` ms of holding the GIL. Returns (end time, state).
    fn simulate(threads: usize, work: f64, switch_ms: f64, step: f64) -> (f64, GilState) {
        let mut gil = GilState::new(threads, switch_ms);
        let mut left = vec![work; threads];
        let mut now = 0.0;
        for t in 0..threads {
            gil.request(t, now);
        }
        while left.iter().any(|l| *l > 0.0) {
            let Some(t) = gil.holder() else { break };
            now += step;
            left[t] -= step;
            if left[t] <= 1e-9 {
                gil.release(t, now);
            } else if gil.must_drop(t, now) {
                gil.yield_to_waiter(t, now);
            }
        }
        (now, gil)
    }

    #[test]
    fn the_log_tells_each_decision_in_order() {
        let mut gil = GilState::new(2, 5.0);
        gil.request(0, 0.0);
        gil.request(1, 1.0);
        assert!(gil.must_drop(0, 6.0));
        gil.yield_to_waiter(0, 6.0);
        gil.release(1, 8.0);
        use GilEvent::*;
        assert_eq!(
            gil.log,
            [
                Took(0, 0.0),
                Asked(1, 1.0),
                DropRequest {
                    holder: 0,
                    waiter: 1,
                    at: 6.0
                },
                Released(0, 6.0),
                Took(1, 6.0),
                Asked(0, 6.0),
                Released(1, 8.0),
                Took(0, 8.0),
            ]
        );
    }

    #[test]
    fn one_thread_at_a_time_so_cpu_work_adds_up() {
        let (end, gil) = simulate(4, 20.0, 5.0, 0.5);
        assert!(
            (end - 80.0).abs() < 1e-6,
            "four 20 ms threads take 80 ms: {end}"
        );
        // Turns never overlap.
        assert!(gil.turns.windows(2).all(|w| w[0].to <= w[1].from + 1e-9));
        assert!(gil.switches >= 4);
    }

    #[test]
    fn the_holder_drops_after_a_waiter_waited_one_switch_interval() {
        let mut gil = GilState::new(2, 5.0);
        assert!(gil.request(0, 0.0));
        assert!(!gil.request(1, 1.0));
        assert!(!gil.must_drop(0, 5.9));
        assert!(gil.must_drop(0, 6.0));
        gil.yield_to_waiter(0, 6.0);
        assert_eq!(gil.holder(), Some(1));
        assert_eq!(gil.waited_ms[1], 5.0);
        // The dropper waits in line; it cannot take the GIL straight back.
        assert!(!gil.request(0, 6.0));
        assert_eq!(
            gil.turns,
            vec![Turn {
                thread: 0,
                from: 0.0,
                to: 6.0
            }]
        );
        assert_eq!(gil.switches, 1);
    }

    #[test]
    fn cpu_bound_threads_each_hold_the_gil_about_one_switch_interval() {
        // Four CPU-bound threads, 5 ms interval, one simulated second, checked every 0.1 ms.
        let step = 0.1;
        let (end, gil) = simulate(4, 250.0, 5.0, step);
        assert!((end - 1_000.0).abs() < 1e-6, "{end}");
        // A turn ends by a drop request, except each thread's last, which ends with its work.
        let last: Vec<usize> = (0..4)
            .filter_map(|t| gil.turns.iter().rposition(|turn| turn.thread == t))
            .collect();
        for (i, turn) in gil.turns.iter().enumerate() {
            let len = turn.to - turn.from;
            if !last.contains(&i) {
                assert!(
                    len >= 5.0 - 1e-6 && len <= 5.0 + step + 1e-6,
                    "turn {i} lasted {len} ms: {turn:?}"
                );
            }
        }
        // About 1000 / 5 turns, so about 200 switches (a third of an interval each: ~600).
        assert!(
            (190..=205).contains(&gil.switches),
            "{} switches in 1 s at 5 ms",
            gil.switches
        );
    }

    #[test]
    fn a_switch_restarts_every_waiters_interval() {
        let mut gil = GilState::new(3, 5.0);
        gil.request(0, 0.0);
        gil.request(1, 0.5);
        gil.request(2, 1.0);
        // Thread 0 blocks on I/O at 3 ms: a switch to thread 1. Thread 2 has waited 2 ms
        // already, but CPython counts its interval from the switch: nothing is due at 6 ms.
        gil.release(0, 3.0);
        assert_eq!(gil.holder(), Some(1));
        assert!(!gil.must_drop(1, 6.0));
        assert!(!gil.must_drop(1, 7.9));
        assert!(gil.must_drop(1, 8.0));
        // With no switch since it asked, a waiter counts from when it asked.
        let mut gil = GilState::new(2, 5.0);
        gil.request(0, 0.0);
        gil.request(1, 10.0);
        assert!(!gil.must_drop(0, 14.9));
        assert!(gil.must_drop(0, 15.0));
    }

    #[test]
    fn nobody_waiting_means_no_drop() {
        let mut gil = GilState::new(1, 5.0);
        gil.request(0, 0.0);
        assert!(!gil.must_drop(0, 1_000.0));
    }

    #[test]
    fn releasing_for_io_hands_over_at_once() {
        let mut gil = GilState::new(3, 5.0);
        gil.request(0, 0.0);
        gil.request(1, 0.5);
        gil.request(2, 0.7);
        gil.release(0, 2.0); // thread 0 starts its I/O
        assert_eq!(gil.holder(), Some(1));
        gil.release(1, 3.0);
        assert_eq!(gil.holder(), Some(2));
        assert_eq!(gil.waited_ms, vec![0.0, 1.5, 2.3]);
        // Back from I/O, thread 0 queues again.
        assert!(!gil.request(0, 4.0));
        gil.release(2, 4.5);
        assert_eq!(gil.holder(), Some(0));
    }

    #[test]
    fn a_shorter_switch_interval_means_more_switches() {
        let (_, slow) = simulate(2, 50.0, 10.0, 0.5);
        let (_, fast) = simulate(2, 50.0, 1.0, 0.5);
        assert!(
            fast.switches > 3 * slow.switches,
            "{} vs {}",
            fast.switches,
            slow.switches
        );
    }

    #[test]
    fn only_the_holder_can_release() {
        let mut gil = GilState::new(2, 5.0);
        gil.request(0, 0.0);
        gil.release(1, 1.0);
        assert_eq!(gil.holder(), Some(0));
        assert!(gil.turns.is_empty());
    }
}
