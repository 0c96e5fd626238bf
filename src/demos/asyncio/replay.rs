//! The event loop's decisions in one asyncio run, as recorded by `run.rs`, and the loop's
//! state they add up to: the running coroutine, the ready queue (woken, waiting for the loop
//! to resume them, in wake order), the timer heap (sleeps and their deadlines) and the
//! coroutines waiting on the semaphore.

use std::collections::VecDeque;

use super::trace::Outcome;
use crate::model::lang::Lang;
use crate::model::numfmt;
use crate::model::replay::{list, Line, Machine, Recording, Row};

/// What a coroutine awaited when it gave control back to the loop.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Await {
    /// `asyncio.sleep`: a timer at this deadline, ms after the run's start.
    Sleep(f64),
    /// `async with sem`: no permit was free.
    Semaphore,
}

/// One decision. Tasks are 0-based; captions say them 1-based, like the timeline.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Change {
    /// `gather` wrapped the coroutine in a task: it is scheduled, in the ready queue.
    Created(u32),
    /// The loop took the task from the ready queue and runs it until its next `await` that
    /// is not ready.
    Resumed(u32),
    /// The task awaited something not ready and gave control back.
    Suspended(u32, Await),
    /// What it awaited is ready (its timer fired, a permit came free): back in the ready queue.
    Woken(u32),
    /// It ended.
    Ended(u32, Outcome),
}

impl Change {
    /// The task it is about: its lane.
    pub fn task(&self) -> u32 {
        match *self {
            Change::Created(t)
            | Change::Resumed(t)
            | Change::Suspended(t, _)
            | Change::Woken(t)
            | Change::Ended(t, _) => t,
        }
    }
}

/// The loop's state.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Loop {
    pub running: Option<u32>,
    pub ready: VecDeque<u32>,
    /// `(deadline, task)`, earliest first, like asyncio's heap.
    pub timers: Vec<(f64, u32)>,
    pub semaphore: VecDeque<u32>,
    pub done: u32,
    pub timed_out: u32,
    pub cancelled: u32,
}

impl Loop {
    fn forget(&mut self, task: u32) {
        self.ready.retain(|t| *t != task);
        self.timers.retain(|t| t.1 != task);
        self.semaphore.retain(|t| *t != task);
        if self.running == Some(task) {
            self.running = None;
        }
    }
}

impl Machine for Loop {
    type Change = Change;

    fn apply(&mut self, change: &Change) {
        match *change {
            Change::Created(t) => self.ready.push_back(t),
            Change::Resumed(t) => {
                self.ready.retain(|r| *r != t);
                self.running = Some(t);
            }
            Change::Suspended(t, on) => {
                if self.running == Some(t) {
                    self.running = None;
                }
                match on {
                    Await::Sleep(deadline) => {
                        let at = self.timers.partition_point(|x| x.0 <= deadline);
                        self.timers.insert(at, (deadline, t));
                    }
                    Await::Semaphore => self.semaphore.push_back(t),
                }
            }
            Change::Woken(t) => {
                self.timers.retain(|x| x.1 != t);
                self.semaphore.retain(|x| *x != t);
                if !self.ready.contains(&t) && self.running != Some(t) {
                    self.ready.push_back(t);
                }
            }
            Change::Ended(t, outcome) => {
                self.forget(t);
                match outcome {
                    Outcome::Done => self.done += 1,
                    Outcome::TimedOut => self.timed_out += 1,
                    Outcome::Cancelled => self.cancelled += 1,
                }
            }
        }
    }

    fn caption(change: &Change, lang: Lang) -> Line {
        let task = |t: u32| ("task", (t + 1).to_string());
        match *change {
            Change::Created(t) => Line::new("replay-asyncio-created", &[task(t)]),
            Change::Resumed(t) => Line::new("replay-asyncio-resumed", &[task(t)]),
            Change::Suspended(t, Await::Sleep(deadline)) => Line::new(
                "replay-asyncio-sleep",
                &[task(t), ("at", numfmt::millis(lang, deadline))],
            ),
            Change::Suspended(t, Await::Semaphore) => {
                Line::new("replay-asyncio-semaphore", &[task(t)])
            }
            Change::Woken(t) => Line::new("replay-asyncio-woken", &[task(t)]),
            Change::Ended(t, Outcome::Done) => Line::new("replay-asyncio-done", &[task(t)]),
            Change::Ended(t, Outcome::TimedOut) => {
                Line::new("replay-asyncio-timed-out", &[task(t)])
            }
            Change::Ended(t, Outcome::Cancelled) => {
                Line::new("replay-asyncio-cancelled", &[task(t)])
            }
        }
    }

    fn rows(&self, lang: Lang) -> Vec<Row> {
        let one = |t: &u32| t + 1;
        vec![
            Row {
                id: "running",
                value: list(self.running.iter().map(one), lang),
            },
            Row {
                id: "ready",
                value: list(self.ready.iter().map(one), lang),
            },
            Row {
                id: "timers",
                value: list(
                    self.timers
                        .iter()
                        .map(|(at, t)| format!("{} @ {}", t + 1, numfmt::millis(lang, *at))),
                    lang,
                ),
            },
            Row {
                id: "semaphore",
                value: list(self.semaphore.iter().map(one), lang),
            },
            Row {
                id: "ended",
                value: format!(
                    "{} / {} / {}",
                    numfmt::integer(lang, self.done.into()),
                    numfmt::integer(lang, self.timed_out.into()),
                    numfmt::integer(lang, self.cancelled.into())
                ),
            },
        ]
    }
}

/// An asyncio run's recording.
pub type LoopRecording = Recording<Loop>;

/// A lane per task, `task-<i>` like the timeline's.
pub fn lanes(tasks: usize) -> Vec<String> {
    (0..tasks).map(|i| format!("task-{i}")).collect()
}

/// What a lane does after `change`: the timeline's kinds.
pub fn kind_after(change: &Change, blocking: bool) -> Option<&'static str> {
    match change {
        Change::Created(_) | Change::Woken(_) | Change::Suspended(_, Await::Semaphore) => {
            Some("queued")
        }
        Change::Resumed(_) if blocking => Some("blocking"),
        Change::Resumed(_) => Some("running"),
        Change::Suspended(_, Await::Sleep(_)) => Some("waiting"),
        Change::Ended(..) => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Two tasks, a semaphore of one: what the recorder writes for them.
    fn two_tasks_one_permit() -> LoopRecording {
        use Change::*;
        let mut rec = LoopRecording::new(lanes(2));
        let steps = [
            (0.0, Created(0)),
            (0.0, Created(1)),
            (0.1, Resumed(0)),
            (0.2, Suspended(0, Await::Sleep(100.2))),
            (0.3, Resumed(1)),
            (0.3, Suspended(1, Await::Semaphore)),
            (100.4, Woken(0)),
            (100.5, Resumed(0)),
            (100.6, Ended(0, Outcome::Done)),
            (100.6, Woken(1)),
            (100.7, Resumed(1)),
            (100.7, Suspended(1, Await::Sleep(200.7))),
            (200.9, Woken(1)),
            (201.0, Resumed(1)),
            (201.0, Ended(1, Outcome::Done)),
        ];
        for (at, change) in steps {
            rec.push(at, change.task(), kind_after(&change, false), change);
        }
        rec.end = 201.0;
        rec.last = Some(Loop {
            done: 2,
            ..Loop::default()
        });
        rec
    }

    #[test]
    fn replaying_a_recorded_run_reproduces_its_final_state() {
        let rec = two_tasks_one_permit();
        assert!(rec.replays_to_last());
        assert_eq!(rec.state_at(rec.steps.len()).done, 2);
    }

    #[test]
    fn each_step_shows_the_queues_the_loop_had() {
        let rec = two_tasks_one_permit();
        let s = rec.state_at(2);
        assert_eq!((s.running, Vec::from(s.ready.clone())), (None, vec![0, 1]));
        let s = rec.state_at(6);
        assert_eq!(s.timers, [(100.2, 0)]);
        assert_eq!(Vec::from(s.semaphore.clone()), [1]);
        assert_eq!(s.running, None);
        let s = rec.state_at(7);
        assert_eq!((s.timers.len(), Vec::from(s.ready.clone())), (0, vec![0]));
        let rows = rec.state_at(6).rows(Lang::Id);
        let row = |id| rows.iter().find(|r| r.id == id).unwrap().value.clone();
        assert_eq!(row("semaphore"), "2");
        assert_eq!(row("ready"), "–");
        assert!(row("timers").starts_with("1 @ 100"), "{}", row("timers"));
    }

    #[test]
    fn timers_stay_ordered_by_deadline() {
        let mut l = Loop::default();
        for (t, d) in [(0, 30.0), (1, 10.0), (2, 20.0), (3, 10.0)] {
            l.apply(&Change::Suspended(t, Await::Sleep(d)));
        }
        assert_eq!(l.timers, [(10.0, 1), (10.0, 3), (20.0, 2), (30.0, 0)]);
    }

    #[test]
    fn the_spans_are_the_tasks_phases() {
        let spans = two_tasks_one_permit().spans();
        let lane1: Vec<_> = spans
            .iter()
            .filter(|s| s.lane == 1)
            .map(|s| s.kind)
            .collect();
        assert_eq!(
            lane1,
            ["queued", "running", "queued", "queued", "running", "waiting", "queued", "running"]
        );
    }
}
