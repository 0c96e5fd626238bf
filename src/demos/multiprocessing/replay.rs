//! The last pass of a multiprocessing run step by step: each worker process taking a chunk
//! from the shared queue and finishing it, as the workers stamped them.

use super::outcome::Pass;
use crate::model::lang::Lang;
use crate::model::numfmt;
use crate::model::replay::{list, Line, Machine, Recording, Row};

/// One step. Chunks are numbered in queue order (0-based); tasks too.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Change {
    /// `Pool.map` split the tasks into `chunks` chunks of `chunksize` and queued them.
    Queued {
        chunks: usize,
        chunksize: usize,
        tasks: usize,
    },
    /// Worker `worker` took chunk `chunk` (tasks `first`…`first + tasks - 1`) from the queue.
    Took {
        worker: usize,
        chunk: usize,
        first: usize,
        tasks: usize,
    },
    /// Worker `worker` finished chunk `chunk` and sent its results back.
    Finished { worker: usize, chunk: usize },
}

/// The pool at one moment.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct PoolState {
    pub chunksize: usize,
    pub tasks: usize,
    /// `taken[c]`: chunk `c` has left the queue.
    pub taken: Vec<bool>,
    /// Each worker's chunk now: (chunk, first task, tasks).
    pub current: Vec<Option<(usize, usize, usize)>>,
    pub finished: usize,
}

impl PoolState {
    fn range(&self, chunk: usize) -> String {
        let first = chunk * self.chunksize;
        let last = ((chunk + 1) * self.chunksize).min(self.tasks);
        if last <= first + 1 {
            (first + 1).to_string()
        } else {
            format!("{}–{}", first + 1, last)
        }
    }
}

impl Machine for PoolState {
    type Change = Change;

    fn apply(&mut self, change: &Change) {
        match *change {
            Change::Queued {
                chunks,
                chunksize,
                tasks,
            } => {
                self.taken = vec![false; chunks];
                self.chunksize = chunksize.max(1);
                self.tasks = tasks;
            }
            Change::Took {
                worker,
                chunk,
                first,
                tasks,
            } => {
                if let Some(t) = self.taken.get_mut(chunk) {
                    *t = true;
                }
                if self.current.len() <= worker {
                    self.current.resize(worker + 1, None);
                }
                self.current[worker] = Some((chunk, first, tasks));
            }
            Change::Finished { worker, chunk } => {
                if let Some(slot) = self.current.get_mut(worker) {
                    if slot.is_some_and(|c| c.0 == chunk) {
                        *slot = None;
                    }
                }
                self.finished += 1;
            }
        }
    }

    fn caption(change: &Change, lang: Lang) -> Line {
        let n = |x: usize| numfmt::integer(lang, x as u64);
        match *change {
            Change::Queued {
                chunks,
                chunksize,
                tasks,
            } => Line::new(
                "replay-mp-queued",
                &[
                    ("tasks", n(tasks)),
                    ("chunks", n(chunks)),
                    ("chunksize", n(chunksize)),
                ],
            ),
            Change::Took {
                worker,
                chunk,
                first,
                tasks,
            } => Line::new(
                "replay-mp-took",
                &[
                    ("worker", (worker + 1).to_string()),
                    ("chunk", n(chunk + 1)),
                    ("first", n(first + 1)),
                    ("last", n(first + tasks)),
                ],
            ),
            Change::Finished { worker, chunk } => Line::new(
                "replay-mp-finished",
                &[
                    ("worker", (worker + 1).to_string()),
                    ("chunk", n(chunk + 1)),
                ],
            ),
        }
    }

    fn rows(&self, lang: Lang) -> Vec<Row> {
        let current = self.current.iter().enumerate().map(|(w, c)| match c {
            Some((chunk, _, _)) => format!("{}: {}", w + 1, self.range(*chunk)),
            None => format!("{}: –", w + 1),
        });
        let queued = self.taken.iter().enumerate().filter(|(_, t)| !**t);
        vec![
            Row {
                id: "mp-current",
                value: list(current, lang),
            },
            Row {
                id: "mp-queue",
                value: list(queued.map(|(c, _)| self.range(c)), lang),
            },
            Row {
                id: "mp-finished",
                value: format!(
                    "{} / {}",
                    numfmt::integer(lang, self.finished as u64),
                    numfmt::integer(lang, self.taken.len() as u64)
                ),
            },
        ]
    }
}

/// A multiprocessing pass's recording.
pub type PoolRecording = Recording<PoolState>;

/// The pass `pass` of `tasks` tasks in chunks of `chunksize` as steps, lane `worker-<i>` per
/// worker process.
pub fn recording(pass: &Pass, tasks: usize, chunksize: usize) -> PoolRecording {
    let chunksize = chunksize.max(1);
    let chunks = tasks.div_ceil(chunksize);
    let mut rec = PoolRecording::new((0..pass.workers).map(|w| format!("worker-{w}")).collect());
    rec.first = PoolState {
        current: vec![None; pass.workers],
        ..PoolState::default()
    };
    // Queued before any worker starts: a step of no lane's own, drawn on worker 0's lane as
    // nothing (kind None keeps it out of the spans).
    rec.push(
        0.0,
        0,
        None,
        Change::Queued {
            chunks,
            chunksize,
            tasks,
        },
    );
    // In the order the chunks started (a chunk too short for the clock first), a chunk is
    // taken before it is finished and finished before its worker takes the next: the tie-break
    // at one instant, where a clock tick can hold all three.
    let mut by_start: Vec<_> = pass.result.chunks.iter().collect();
    by_start.sort_by(|a, b| a.start.total_cmp(&b.start).then(a.end.total_cmp(&b.end)));
    let mut steps: Vec<(f64, usize, usize, Change)> = Vec::with_capacity(by_start.len() * 2);
    for (i, c) in by_start.into_iter().enumerate() {
        let chunk = c.first_task / chunksize;
        steps.push((
            c.start,
            2 * i,
            c.worker,
            Change::Took {
                worker: c.worker,
                chunk,
                first: c.first_task,
                tasks: c.tasks,
            },
        ));
        steps.push((
            c.end,
            2 * i + 1,
            c.worker,
            Change::Finished {
                worker: c.worker,
                chunk,
            },
        ));
    }
    steps.sort_by(|a, b| a.0.total_cmp(&b.0).then(a.1.cmp(&b.1)));
    for (at, _, worker, change) in steps {
        let kind = matches!(change, Change::Took { .. }).then_some("chunk");
        rec.push(at, worker as u32, kind, change);
    }
    rec.end = pass.wall_ms;
    let ran = pass.result.chunks.len();
    let mut taken = vec![false; chunks];
    for c in &pass.result.chunks {
        if let Some(t) = taken.get_mut(c.first_task / chunksize) {
            *t = true;
        }
    }
    rec.last = Some(PoolState {
        chunksize,
        tasks,
        taken,
        current: vec![None; pass.workers],
        finished: ran,
    });
    rec
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::demos::multiprocessing::work::{ChunkRecord, PassResult};

    fn pass() -> Pass {
        let chunk = ChunkRecord::at;
        // 7 tasks in chunks of 2 on 2 workers.
        Pass {
            workers: 2,
            wall_ms: 40.0,
            result: PassResult {
                chunks: vec![
                    chunk(0, 0, 2, 0.0, 10.0),
                    chunk(1, 2, 2, 0.5, 12.0),
                    chunk(0, 4, 2, 10.0, 20.0),
                    chunk(1, 6, 1, 12.0, 17.0),
                ],
                ..PassResult::default()
            },
        }
    }

    #[test]
    fn replaying_the_chunks_reproduces_the_end_of_the_pass() {
        let rec = recording(&pass(), 7, 2);
        assert!(rec.replays_to_last(), "{:?}", rec.state_at(rec.steps.len()));
    }

    #[test]
    fn the_queue_empties_as_workers_take_chunks() {
        let rec = recording(&pass(), 7, 2);
        let rows = |k| rec.state_at(k).rows(Lang::Id);
        let row = |k, id| rows(k).into_iter().find(|r| r.id == id).unwrap().value;
        assert_eq!(row(1, "mp-queue"), "1–2, 3–4, 5–6, 7");
        assert_eq!(row(3, "mp-queue"), "5–6, 7");
        assert_eq!(row(3, "mp-current"), "1: 1–2, 2: 3–4");
        // Worker 1 finishes at 10 ms and takes chunk 3 at the same instant.
        assert_eq!(row(5, "mp-current"), "1: 5–6, 2: 3–4");
        assert_eq!(row(rec.steps.len(), "mp-finished"), "4 / 4");
    }

    #[test]
    fn a_chunk_too_short_for_the_clock_is_taken_before_it_is_finished() {
        // Worker 1's last chunk starts and ends on the same clock tick.
        let mut p = pass();
        p.result.chunks[3].end = 12.0;
        let rec = recording(&p, 7, 2);
        assert!(rec.replays_to_last(), "{:?}", rec.state_at(rec.steps.len()));
        let lane1: Vec<_> = rec
            .spans()
            .iter()
            .filter(|s| s.lane == 1)
            .map(|s| (s.start, s.end))
            .collect();
        assert_eq!(lane1, [(0.5, 12.0), (12.0, 12.0)]);
    }

    #[test]
    fn a_worker_that_got_no_chunk_is_shown_idle_from_the_start() {
        let mut p = pass();
        p.workers = 3;
        let rec = recording(&p, 7, 2);
        assert!(rec.replays_to_last(), "{:?}", rec.state_at(rec.steps.len()));
        let before = rec.state_at(0).rows(Lang::Id);
        let current = before.iter().find(|r| r.id == "mp-current").unwrap();
        assert_eq!(current.value, "1: –, 2: –, 3: –");
    }
}
