//! What a threading run measured, turned into what the page shows: the speedup and the
//! timeline (the GIL's lane, one lane per thread). Pure, tested natively.

use super::replay::{recording, ThreadsRecording, GIL_TINTS};
use super::work::ThreadRun;
use super::ThreadingParams;
use crate::model::timeline::{Lane, Segment, Timeline};

/// One measured pass, times relative to its start.
#[derive(Clone, Debug, PartialEq)]
pub struct Pass {
    pub wall_ms: f64,
    pub run: ThreadRun,
}

#[derive(Debug, PartialEq)]
pub struct Outcome {
    pub params: ThreadingParams,
    pub sequential: Pass,
    pub threaded: Pass,
    pub timeline: Timeline,
    /// The threaded pass, step by step (the replay).
    pub replay: std::sync::Arc<ThreadsRecording>,
}

impl Outcome {
    /// The outcome of the two measured passes (sequential first); `None` if one is missing.
    pub fn new(params: ThreadingParams, passes: Vec<Pass>) -> Option<Outcome> {
        let mut passes = passes.into_iter();
        let (sequential, threaded) = (passes.next()?, passes.next()?);
        Some(Outcome {
            timeline: timeline(&params, &threaded),
            replay: std::sync::Arc::new(recording(&threaded, params.threads as usize, params.gil)),
            params,
            sequential,
            threaded,
        })
    }

    /// Sequential time over threaded time (both measured in this run).
    pub fn speedup(&self) -> f64 {
        self.sequential.wall_ms / self.threaded.wall_ms.max(1e-9)
    }

    /// Time the threads spent waiting for the GIL, summed, in ms.
    pub fn gil_wait_ms(&self) -> f64 {
        self.threaded.run.waited_ms.iter().sum()
    }
}

/// Boxes per timeline lane at most: a 0,5 ms switch interval can make tens of thousands.
const MAX_SEGMENTS: usize = 400;

/// The GIL's lane (under the GIL) and one lane per thread of the threaded pass `thr`.
pub fn timeline(p: &ThreadingParams, thr: &Pass) -> Timeline {
    let mut lanes = Vec::with_capacity(p.threads as usize + 1);
    if p.gil {
        lanes.push(Lane {
            id: "gil".into(),
            label: "GIL".into(),
            segments: thr
                .run
                .turns
                .iter()
                .map(|t| Segment {
                    kind: GIL_TINTS[t.thread % GIL_TINTS.len()],
                    start: t.from,
                    end: t.to,
                    task: format!("thread {}", t.thread + 1),
                    mix: Vec::new(),
                })
                .collect(),
        });
    }
    for t in 0..p.threads as usize {
        lanes.push(Lane {
            id: format!("thread-{t}"),
            label: format!("thread {}", t + 1),
            segments: thr
                .run
                .spans
                .iter()
                .filter(|s| s.thread == t)
                .map(|s| Segment {
                    kind: s.doing.name(),
                    start: s.start,
                    end: s.end,
                    task: format!("{}", s.task + 1),
                    mix: Vec::new(),
                })
                .collect(),
        });
    }
    let duration = thr.wall_ms.max(1.0);
    Timeline::of_thinned_lanes(duration, lanes, MAX_SEGMENTS)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::demos::threading::work::{Doing, Span};
    use crate::model::gil::Turn;

    fn pass(wall_ms: f64, spans: Vec<Span>, turns: Vec<Turn>) -> Pass {
        Pass {
            wall_ms,
            run: ThreadRun {
                spans,
                turns,
                ..ThreadRun::default()
            },
        }
    }

    fn span(thread: usize, doing: Doing, start: f64, end: f64) -> Span {
        Span {
            thread,
            doing,
            task: thread,
            start,
            end,
        }
    }

    #[test]
    fn the_gil_lane_exists_only_under_the_gil() {
        let threaded = || {
            pass(
                100.0,
                vec![
                    span(0, Doing::Running, 0.0, 50.0),
                    span(1, Doing::WaitingGil, 0.0, 50.0),
                    span(1, Doing::Running, 50.0, 100.0),
                ],
                vec![
                    Turn {
                        thread: 0,
                        from: 0.0,
                        to: 50.0,
                    },
                    Turn {
                        thread: 1,
                        from: 50.0,
                        to: 100.0,
                    },
                ],
            )
        };
        let p = ThreadingParams {
            threads: 2,
            gil: true,
            ..ThreadingParams::default()
        };
        let o = Outcome::new(p, vec![pass(200.0, vec![], vec![]), threaded()]).unwrap();
        let ids: Vec<&str> = o.timeline.lanes.iter().map(|l| l.id.as_str()).collect();
        assert_eq!(ids, ["gil", "thread-0", "thread-1"]);
        assert_eq!(
            o.timeline.lanes[0].segments[1].kind, "gil-b",
            "a hand-over changes colour"
        );
        assert!((o.speedup() - 2.0).abs() < 1e-9);

        let free = Outcome::new(
            ThreadingParams { gil: false, ..p },
            vec![pass(200.0, vec![], vec![]), threaded()],
        )
        .unwrap();
        assert_eq!(
            free.timeline.lanes.len(),
            2,
            "no GIL lane when free-threaded"
        );
    }

    #[test]
    fn a_missing_pass_gives_no_outcome() {
        assert!(
            Outcome::new(ThreadingParams::default(), vec![pass(1.0, vec![], vec![])]).is_none()
        );
    }
}
