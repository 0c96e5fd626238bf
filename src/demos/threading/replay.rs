//! A threading run step by step: the GIL's decisions as the [`Gil`](super::work::Gil) logged
//! them under its lock (who asked, who got it, the drop request, each release) and what each
//! thread did (its recorded spans), merged in time order.

use super::outcome::Pass;
use super::work::Doing;
use crate::model::gil::{GilEvent, ThreadId};
use crate::model::lang::Lang;
use crate::model::numfmt;
use crate::model::replay::{list, Line, Machine, Recording, Row};

/// One step: a GIL decision, or a thread starting something (or going idle).
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Change {
    Gil(GilEvent),
    /// Thread `thread` starts `doing` for task `task` (0-based); `None`: it has nothing to do.
    Thread {
        thread: ThreadId,
        doing: Option<Doing>,
        task: usize,
    },
}

/// The GIL and the threads at one moment.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Threads {
    /// The holder and since when (ms).
    pub holder: Option<(ThreadId, f64)>,
    /// Waiting for the GIL, in the order they asked, with since when.
    pub waiting: Vec<(ThreadId, f64)>,
    /// The last drop request: (holder asked to drop, waiter that asked).
    pub drop_request: Option<(ThreadId, ThreadId)>,
    /// Hand-overs from one thread to another.
    pub switches: usize,
    last_holder: Option<ThreadId>,
    /// What each thread does now: (doing, task), by thread.
    pub doing: Vec<Option<(Doing, usize)>>,
}

impl Machine for Threads {
    type Change = Change;

    fn apply(&mut self, change: &Change) {
        match *change {
            Change::Gil(GilEvent::Asked(t, at)) => self.waiting.push((t, at)),
            Change::Gil(GilEvent::Took(t, at)) => {
                self.waiting.retain(|w| w.0 != t);
                if self.last_holder.is_some_and(|l| l != t) {
                    self.switches += 1;
                }
                self.last_holder = Some(t);
                self.holder = Some((t, at));
            }
            Change::Gil(GilEvent::DropRequest { holder, waiter, .. }) => {
                self.drop_request = Some((holder, waiter));
            }
            Change::Gil(GilEvent::Released(t, _)) => {
                if self.holder.is_some_and(|h| h.0 == t) {
                    self.holder = None;
                }
                if self.drop_request.is_some_and(|d| d.0 == t) {
                    self.drop_request = None;
                }
            }
            Change::Thread {
                thread,
                doing,
                task,
            } => {
                if self.doing.len() <= thread {
                    self.doing.resize(thread + 1, None);
                }
                self.doing[thread] = doing.map(|d| (d, task));
            }
        }
    }

    fn caption(change: &Change, lang: Lang) -> Line {
        let th = |t: ThreadId| ("thread", (t + 1).to_string());
        let at = |ms: f64| ("at", numfmt::millis(lang, ms));
        match *change {
            Change::Gil(GilEvent::Asked(t, ms)) => Line::new("replay-gil-asked", &[th(t), at(ms)]),
            Change::Gil(GilEvent::Took(t, ms)) => Line::new("replay-gil-took", &[th(t), at(ms)]),
            Change::Gil(GilEvent::DropRequest { holder, waiter, .. }) => Line::new(
                "replay-gil-drop-request",
                &[
                    ("holder", (holder + 1).to_string()),
                    ("waiter", (waiter + 1).to_string()),
                ],
            ),
            Change::Gil(GilEvent::Released(t, ms)) => {
                Line::new("replay-gil-released", &[th(t), at(ms)])
            }
            Change::Thread {
                thread,
                doing,
                task,
            } => {
                let key = match doing {
                    Some(Doing::Running) => "replay-thread-running",
                    Some(Doing::WaitingGil) => "replay-thread-gil-wait",
                    Some(Doing::Io) => "replay-thread-io",
                    None => "replay-thread-idle",
                };
                Line::new(key, &[th(thread), ("task", (task + 1).to_string())])
            }
        }
    }

    fn rows(&self, lang: Lang) -> Vec<Row> {
        let since =
            |(t, ms): &(ThreadId, f64)| format!("{} @ {}", t + 1, numfmt::millis(lang, *ms));
        let doing = |what: Doing| {
            let threads = self.doing.iter().enumerate();
            list(
                threads
                    .filter(|(_, d)| d.is_some_and(|d| d.0 == what))
                    .map(|(t, _)| t + 1),
                lang,
            )
        };
        vec![
            Row {
                id: "holder",
                value: list(self.holder.iter().map(since), lang),
            },
            Row {
                id: "gil-waiting",
                value: list(self.waiting.iter().map(since), lang),
            },
            Row {
                id: "drop-request",
                value: list(
                    self.drop_request
                        .map(|(h, w)| format!("{} → {}", w + 1, h + 1)),
                    lang,
                ),
            },
            Row {
                id: "switches",
                value: numfmt::integer(lang, self.switches as u64),
            },
            Row {
                id: "python",
                value: doing(Doing::Running),
            },
            Row {
                id: "io",
                value: doing(Doing::Io),
            },
        ]
    }
}

/// A threading run's recording.
pub type ThreadsRecording = Recording<Threads>;

/// The GIL lane's colour per holder, as the timeline draws it.
pub const GIL_TINTS: [&str; 4] = ["gil", "gil-b", "gil-c", "gil-d"];

/// A step before sorting: (at, order within one instant, lane, kind, change).
type Pending = (f64, (u8, usize), u32, Option<&'static str>, Change);

/// The threaded pass as steps: its GIL log and its threads' spans, in time order. With the
/// GIL, lane 0 is the GIL and lane `1 + t` thread `t`; free-threaded, lane `t` is thread `t`.
pub fn recording(pass: &Pass, threads: usize, gil: bool) -> ThreadsRecording {
    let first = usize::from(gil);
    let mut lanes: Vec<String> = Vec::with_capacity(threads + first);
    if gil {
        lanes.push("gil".into());
    }
    lanes.extend((0..threads).map(|t| format!("thread-{t}")));
    // (at, order within one instant, lane, kind, change). At one instant: threads going idle,
    // then the GIL's decisions in the order its lock saw them, then spans starting.
    let mut steps: Vec<Pending> = Vec::new();
    if gil {
        for (seq, e) in pass.run.gil_log.iter().enumerate() {
            let (lane, kind) = match *e {
                GilEvent::Took(t, _) => (0, Some(GIL_TINTS[t % GIL_TINTS.len()])),
                GilEvent::Released(..) => (0, None),
                // Asks and drop requests are steps of the waiting thread's lane: the GIL's
                // span (its holder's colour) goes on.
                GilEvent::Asked(t, _) | GilEvent::DropRequest { waiter: t, .. } => {
                    ((first + t) as u32, Some(Doing::WaitingGil.name()))
                }
            };
            steps.push((e.at(), (1, seq), lane, kind, Change::Gil(*e)));
        }
    }
    // Each span's start; its end too when nothing of the same thread follows at once.
    let spans = &pass.run.spans;
    for (i, s) in spans.iter().enumerate() {
        let lane = (first + s.thread) as u32;
        let change = Change::Thread {
            thread: s.thread,
            doing: Some(s.doing),
            task: s.task,
        };
        steps.push((s.start, (2, i), lane, Some(s.doing.name()), change));
        // Between two parts of one task (I/O, then taking a free GIL) the gap is bookkeeping.
        let followed = spans[i + 1..]
            .iter()
            .find(|n| n.thread == s.thread)
            .is_some_and(|n| n.task == s.task || (n.start - s.end).abs() < 1e-6);
        if !followed {
            let idle = Change::Thread {
                thread: s.thread,
                doing: None,
                task: s.task,
            };
            steps.push((s.end, (0, i), lane, None, idle));
        }
    }
    steps.sort_by(|a, b| a.0.total_cmp(&b.0).then(a.1.cmp(&b.1)));
    let mut rec = ThreadsRecording::new(lanes);
    rec.first = Threads {
        doing: vec![None; threads],
        ..Threads::default()
    };
    for (at, _, lane, kind, change) in steps {
        rec.push(at, lane, kind, change);
    }
    rec.dropped += pass.run.gil_log_dropped;
    rec.end = pass.wall_ms;
    rec.last = Some(Threads {
        switches: pass.run.switches,
        last_holder: pass.run.turns.last().map(|t| t.thread),
        doing: vec![None; threads],
        ..Threads::default()
    });
    rec
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::demos::threading::work::{Span, ThreadRun};
    use crate::model::gil::GilState;

    /// Two CPU-bound threads on a made-up clock, with the spans a run records for them.
    fn two_threads() -> Pass {
        let mut gil = GilState::new(2, 5.0);
        gil.request(0, 0.0);
        gil.request(1, 0.0);
        gil.yield_to_waiter(0, 5.0);
        gil.release(1, 10.0);
        gil.release(0, 15.0);
        let span = |thread, doing, start, end| Span {
            thread,
            doing,
            task: thread,
            start,
            end,
        };
        Pass {
            wall_ms: 15.0,
            run: ThreadRun {
                spans: vec![
                    span(0, Doing::Running, 0.0, 5.0),
                    span(1, Doing::WaitingGil, 0.0, 5.0),
                    span(1, Doing::Running, 5.0, 10.0),
                    span(0, Doing::WaitingGil, 5.0, 10.0),
                    span(0, Doing::Running, 10.0, 15.0),
                ],
                switches: gil.switches,
                turns: gil.turns.clone(),
                gil_log: gil.log.clone(),
                ..ThreadRun::default()
            },
        }
    }

    #[test]
    fn replaying_the_gil_log_reproduces_the_end_of_the_run() {
        let rec = recording(&two_threads(), 2, true);
        assert!(rec.replays_to_last(), "{:?}", rec.state_at(rec.steps.len()));
        assert_eq!(rec.state_at(rec.steps.len()).switches, 2);
    }

    #[test]
    fn mid_run_the_replay_shows_holder_waiter_and_drop_request() {
        let rec = recording(&two_threads(), 2, true);
        // Just before the first hand-over: thread 0 holds, thread 1 waits and has asked.
        let k = rec
            .steps
            .iter()
            .position(|s| matches!(s.change, Change::Gil(GilEvent::DropRequest { .. })))
            .unwrap();
        let s = rec.state_at(k + 1);
        assert_eq!(s.holder, Some((0, 0.0)));
        assert_eq!(s.waiting, [(1, 0.0)]);
        assert_eq!(s.drop_request, Some((0, 1)));
        let after = rec.state_at(k + 4);
        assert_eq!(after.holder.map(|h| h.0), Some(1));
        assert_eq!(after.drop_request, None);
    }

    #[test]
    fn free_threaded_runs_have_no_gil_lane() {
        let mut pass = two_threads();
        pass.run.gil_log.clear();
        pass.run.switches = 0;
        pass.run.turns.clear();
        let rec = recording(&pass, 2, false);
        assert_eq!(rec.lanes, ["thread-0", "thread-1"]);
        assert!(rec
            .steps
            .iter()
            .all(|s| matches!(s.change, Change::Thread { .. })));
        assert!(rec.replays_to_last());
    }

    #[test]
    fn threads_that_got_no_task_end_idle_too() {
        // Four threads for two tasks: threads 2 and 3 never ran anything.
        let rec = recording(&two_threads(), 4, true);
        assert_eq!(rec.lanes.len(), 5);
        assert!(rec.replays_to_last(), "{:?}", rec.state_at(rec.steps.len()));
    }
}
