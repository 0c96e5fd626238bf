//! What happened in one asyncio run, recorded as it happened, and the figures drawn from it.
//!
//! The runtime writes timestamps (page clock, ms) into a [`RunTrace`]; everything the page shows
//! is computed from it here, natively testable: counts, wall time, the event-loop lanes and
//! the timeline rows.

/// How one task ended.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Outcome {
    Done,
    /// `asyncio.wait_for` gave up on it.
    TimedOut,
    /// The reader pressed Cancel before it finished.
    Cancelled,
}

use super::replay::LoopRecording;

/// Shortest span drawn as a phase, in ms.
pub const MIN_PHASE_MS: f64 = 0.1;

/// One task's life; `None` for a step it never reached.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct TaskRecord {
    /// Created by `gather` (all tasks at the start of the run).
    pub created: f64,
    /// Got past the semaphore and started its I/O wait.
    pub started: Option<f64>,
    /// Its wait ended and it resumed to do its CPU part.
    pub resumed: Option<f64>,
    /// Ended, whichever way.
    pub finished: Option<f64>,
    pub outcome: Option<Outcome>,
}

/// A phase of a task, as the timeline colours it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Phase {
    /// Created but not running yet: waiting for the loop to reach it, or for the semaphore.
    Queued,
    /// Awaiting its I/O: the event loop is free for others.
    Waiting,
    /// Blocking the loop: `time.sleep` in blocking mode.
    Blocking,
    /// Running its CPU part: the event loop is busy with it.
    Running,
}

impl Phase {
    pub fn name(self) -> &'static str {
        match self {
            Phase::Queued => "queued",
            Phase::Waiting => "waiting",
            Phase::Blocking => "blocking",
            Phase::Running => "running",
        }
    }
}

/// The whole run: its tasks, and the event loop's measured lag.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct RunTrace {
    pub start: f64,
    pub end: f64,
    /// Whether waits were blocking (`time.sleep`) rather than awaited.
    pub blocking: bool,
    pub tasks: Vec<TaskRecord>,
    /// `(when, lag)`: a periodic tick's delay past its due time, both in ms.
    pub lag: Vec<(f64, f64)>,
    /// The event loop's decisions, for the replay (empty when recording was off).
    pub replay: std::sync::Arc<LoopRecording>,
}

/// The numbers under the result.
#[derive(Clone, Debug, PartialEq)]
pub struct Summary {
    /// Measured: from `gather` to the last task's end.
    pub wall_ms: f64,
    pub done: usize,
    pub timed_out: usize,
    pub cancelled: usize,
    /// Largest measured delay of the lag tick.
    pub max_lag_ms: f64,
}

impl TaskRecord {
    /// The task's phases as `(phase, from, to)`, in order.
    pub fn segments(&self, blocking: bool) -> Vec<(Phase, f64, f64)> {
        let end = self.finished;
        let mut out = Vec::with_capacity(3);
        let wait = if blocking {
            Phase::Blocking
        } else {
            Phase::Waiting
        };
        let steps = [
            (Phase::Queued, Some(self.created), self.started),
            (wait, self.started, self.resumed),
            (Phase::Running, self.resumed, end),
        ];
        for (phase, from, to) in steps {
            // A step cut short (timeout, cancel) ends when the task ended.
            if let (Some(from), Some(to)) = (from, to.or(end)) {
                // Steps shorter than the clock's grain are bookkeeping, not a phase: a task
                // with no CPU part ends microseconds after it resumes.
                if to - from >= MIN_PHASE_MS {
                    out.push((phase, from, to));
                }
            }
        }
        out
    }
}

impl RunTrace {
    pub fn summary(&self) -> Summary {
        let count = |o: Outcome| self.tasks.iter().filter(|t| t.outcome == Some(o)).count();
        Summary {
            wall_ms: (self.end - self.start).max(0.0),
            done: count(Outcome::Done),
            timed_out: count(Outcome::TimedOut),
            cancelled: count(Outcome::Cancelled),
            max_lag_ms: self.lag.iter().map(|l| l.1).fold(0.0, f64::max),
        }
    }

    /// When the event loop itself was busy running task code (CPU parts, blocking waits),
    /// merged into disjoint spans relative to the run's start.
    pub fn loop_busy(&self) -> Vec<(f64, f64)> {
        let mut spans: Vec<(f64, f64)> = self
            .tasks
            .iter()
            .flat_map(|t| t.segments(self.blocking))
            .filter(|s| matches!(s.0, Phase::Running | Phase::Blocking))
            .map(|s| (s.1 - self.start, s.2 - self.start))
            .collect();
        merge(&mut spans)
    }

    /// Mark every unfinished task as ended at `at` with `outcome` (used on cancel).
    pub fn end_unfinished(&mut self, at: f64, outcome: Outcome) {
        for t in self.tasks.iter_mut().filter(|t| t.outcome.is_none()) {
            t.finished = Some(at);
            t.outcome = Some(outcome);
        }
    }
}

/// Merge overlapping or touching spans (sorted by start afterwards).
pub fn merge(spans: &mut [(f64, f64)]) -> Vec<(f64, f64)> {
    spans.sort_by(|a, b| a.0.total_cmp(&b.0));
    let mut out: Vec<(f64, f64)> = Vec::with_capacity(spans.len());
    for &(a, b) in spans.iter() {
        match out.last_mut() {
            Some(last) if a <= last.1 => last.1 = last.1.max(b),
            _ => out.push((a, b)),
        }
    }
    out
}

/// One row of the timeline: a task, or a group of consecutive tasks when there are many.
#[derive(Clone, Debug, PartialEq)]
pub struct Row {
    /// First and last task index (inclusive), 0-based.
    pub tasks: (usize, usize),
    /// Per phase, the span from the earliest start to the latest end among the row's tasks,
    /// relative to the run's start.
    pub spans: Vec<(Phase, f64, f64)>,
    /// The row's tasks' outcomes, in [`Outcome`] order: done, timed out, cancelled.
    pub outcomes: [usize; 3],
}

/// At most `max_rows` rows: one per task when they fit, else groups of equal size, so that
/// 10.000 tasks draw as quickly as 100.
pub fn rows(trace: &RunTrace, max_rows: usize) -> Vec<Row> {
    let n = trace.tasks.len();
    if n == 0 || max_rows == 0 {
        return Vec::new();
    }
    let per_row = n.div_ceil(max_rows);
    trace
        .tasks
        .chunks(per_row)
        .enumerate()
        .map(|(i, group)| {
            let mut spans: Vec<(Phase, f64, f64)> = Vec::new();
            let mut outcomes = [0; 3];
            for t in group {
                for (phase, a, b) in t.segments(trace.blocking) {
                    let (a, b) = (a - trace.start, b - trace.start);
                    match spans.iter_mut().find(|s| s.0 == phase) {
                        Some(s) => {
                            s.1 = s.1.min(a);
                            s.2 = s.2.max(b);
                        }
                        None => spans.push((phase, a, b)),
                    }
                }
                match t.outcome {
                    Some(Outcome::Done) => outcomes[0] += 1,
                    Some(Outcome::TimedOut) => outcomes[1] += 1,
                    Some(Outcome::Cancelled) => outcomes[2] += 1,
                    None => {}
                }
            }
            let first = i * per_row;
            Row {
                tasks: (first, first + group.len() - 1),
                spans,
                outcomes,
            }
        })
        .collect()
}

/// The timeline the page draws: the event loop's lane, then one lane per row of tasks.
pub fn timeline(
    trace: &RunTrace,
    max_rows: usize,
    loop_label: String,
) -> crate::model::timeline::Timeline {
    use crate::model::timeline::{Lane, Segment, Timeline};
    let mut lanes = vec![Lane {
        id: "loop".into(),
        label: loop_label,
        segments: trace
            .loop_busy()
            .into_iter()
            .map(|(start, end)| Segment {
                kind: "busy",
                start,
                end,
                task: String::new(),
                mix: Vec::new(),
            })
            .collect(),
    }];
    for row in rows(trace, max_rows) {
        let (a, b) = row.tasks;
        let (id, task) = if a == b {
            (format!("task-{a}"), format!("{}", a + 1))
        } else {
            (format!("tasks-{a}-{b}"), format!("{}–{}", a + 1, b + 1))
        };
        lanes.push(Lane {
            id,
            label: task.clone(),
            segments: row
                .spans
                .iter()
                .map(|&(phase, start, end)| Segment {
                    kind: phase.name(),
                    start,
                    end,
                    task: task.clone(),
                    mix: Vec::new(),
                })
                .collect(),
        });
    }
    Timeline {
        duration: (trace.end - trace.start).max(1.0),
        lanes,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn task(created: f64, started: f64, resumed: f64, finished: f64) -> TaskRecord {
        TaskRecord {
            created,
            started: Some(started),
            resumed: Some(resumed),
            finished: Some(finished),
            outcome: Some(Outcome::Done),
        }
    }

    #[test]
    fn segments_follow_the_task_through_its_phases() {
        let t = task(0.0, 10.0, 110.0, 115.0);
        assert_eq!(
            t.segments(false),
            vec![
                (Phase::Queued, 0.0, 10.0),
                (Phase::Waiting, 10.0, 110.0),
                (Phase::Running, 110.0, 115.0)
            ]
        );
        assert_eq!(t.segments(true)[1].0, Phase::Blocking);
    }

    #[test]
    fn a_timed_out_task_ends_its_wait_at_the_timeout() {
        let t = TaskRecord {
            created: 0.0,
            started: Some(0.0),
            resumed: None,
            finished: Some(100.0),
            outcome: Some(Outcome::TimedOut),
        };
        assert_eq!(t.segments(false), vec![(Phase::Waiting, 0.0, 100.0)]);
    }

    #[test]
    fn summary_counts_outcomes_and_the_worst_lag() {
        let mut trace = RunTrace {
            start: 1000.0,
            end: 1400.0,
            tasks: vec![task(1000.0, 1000.0, 1100.0, 1100.0); 3],
            lag: vec![(10.0, 2.0), (20.0, 150.0), (30.0, 1.0)],
            ..Default::default()
        };
        trace.tasks.push(TaskRecord {
            created: 1000.0,
            ..Default::default()
        });
        trace.end_unfinished(1400.0, Outcome::Cancelled);
        let s = trace.summary();
        assert_eq!((s.done, s.timed_out, s.cancelled), (3, 0, 1));
        assert_eq!(s.wall_ms, 400.0);
        assert_eq!(s.max_lag_ms, 150.0);
    }

    #[test]
    fn the_loop_is_busy_only_while_task_code_runs() {
        let trace = RunTrace {
            start: 0.0,
            end: 130.0,
            tasks: vec![task(0.0, 0.0, 100.0, 110.0), task(0.0, 0.0, 105.0, 120.0)],
            ..Default::default()
        };
        assert_eq!(trace.loop_busy(), vec![(100.0, 120.0)]);
        let blocking = RunTrace {
            blocking: true,
            tasks: vec![task(0.0, 0.0, 100.0, 100.0), task(0.0, 100.0, 200.0, 200.0)],
            ..trace
        };
        assert_eq!(blocking.loop_busy(), vec![(0.0, 200.0)]);
    }

    #[test]
    fn many_tasks_fold_into_at_most_max_rows() {
        let trace = RunTrace {
            start: 0.0,
            end: 100.0,
            tasks: (0..10_000)
                .map(|i| task(0.0, 0.0, 100.0 + (i % 7) as f64, 101.0 + (i % 7) as f64))
                .collect(),
            ..Default::default()
        };
        let rows = rows(&trace, 120);
        assert!(rows.len() <= 120);
        assert_eq!(rows.first().unwrap().tasks.0, 0);
        assert_eq!(rows.last().unwrap().tasks.1, 9_999);
        assert_eq!(rows.iter().map(|r| r.outcomes[0]).sum::<usize>(), 10_000);
        let few = super::rows(
            &RunTrace {
                tasks: trace.tasks[..5].to_vec(),
                ..trace.clone()
            },
            120,
        );
        assert_eq!(few.len(), 5);
        assert_eq!(few[2].tasks, (2, 2));
    }
}
