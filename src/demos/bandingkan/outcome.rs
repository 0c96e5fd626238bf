//! The models Bandingkan races, what each measured pass gives, and what the page shows from
//! them: each model's wall time and speedup over the sequential run (both measured in the same
//! run), the ranking, the verdict on the reader's prediction, and the timelines of every model
//! stacked on one time axis. Pure, tested natively with made-up passes.
//!
//! [`MODELS`] is the one list of models: the page's rows, the prediction choices, the plan and
//! the code tabs loop over it. Adding a model is its entry here plus its pass in `run.rs`; a
//! model whose engine is not on this page ([`Engine::NotYet`]) keeps its row with an honest
//! "not run here".

use crate::demos::asyncio::trace::{self, RunTrace};
use crate::demos::celery::driver::RunSpan;
use std::sync::Arc;

use crate::demos::asyncio::replay::LoopRecording;
use crate::demos::celery::replay::BrokerRecording;
use crate::demos::threading::outcome::{self as threading, Pass as ThreadPass};
use crate::demos::threading::replay::{recording as threads_recording, ThreadsRecording};
use crate::demos::threading::ThreadingParams;
use crate::model::replay::Replay;
use crate::model::timeline::{Lane, Segment, Timeline};

use super::BandingkanParams;

/// A way to run the workload.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Model {
    Sequential,
    Asyncio,
    Threading,
    ThreadingNogil,
    Multiprocessing,
    Celery,
}

/// How a model's pass is run on this page.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Engine {
    /// The threading page's `run_threads` on Web Workers: `one` thread or `workers`, with or
    /// without the GIL.
    Threads { one: bool, gil: bool },
    /// The asyncio page's coroutines on the page's own event loop.
    Loop,
    /// `workers` Web Workers without a shared GIL, plus the measured start-up of those workers:
    /// what `Pool(workers)` pays to start its processes.
    Processes,
    /// The Celery page's live engine: the broker's loop on the page, one node Web Worker with
    /// `workers` prefork children (each its own instance of the module), default settings. The
    /// nodes' measured start-up is counted in, like `celery worker` starting.
    Queue,
    /// Not run on this page: the row says so.
    NotYet,
}

/// One model: its id (`data-model`, text keys `bandingkan-model-<id>`) and its engine.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct ModelInfo {
    pub model: Model,
    pub id: &'static str,
    pub engine: Engine,
}

/// Every model, in the order the run measures them (sequential first: the baseline).
pub const MODELS: [ModelInfo; 6] = [
    ModelInfo {
        model: Model::Sequential,
        id: "sequential",
        engine: Engine::Threads {
            one: true,
            gil: false,
        },
    },
    ModelInfo {
        model: Model::Asyncio,
        id: "asyncio",
        engine: Engine::Loop,
    },
    ModelInfo {
        model: Model::Threading,
        id: "threading",
        engine: Engine::Threads {
            one: false,
            gil: true,
        },
    },
    ModelInfo {
        model: Model::ThreadingNogil,
        id: "threading-nogil",
        engine: Engine::Threads {
            one: false,
            gil: false,
        },
    },
    ModelInfo {
        model: Model::Multiprocessing,
        id: "multiprocessing",
        engine: Engine::Processes,
    },
    ModelInfo {
        model: Model::Celery,
        id: "celery",
        engine: Engine::Queue,
    },
];

impl Model {
    pub fn info(self) -> ModelInfo {
        MODELS
            .into_iter()
            .find(|m| m.model == self)
            .unwrap_or(MODELS[0])
    }

    pub fn id(self) -> &'static str {
        self.info().id
    }

    /// Whether this page runs it.
    pub fn runs_here(self) -> bool {
        self.info().engine != Engine::NotYet
    }

    /// The model with this id.
    pub fn from_id(id: &str) -> Option<Model> {
        MODELS.into_iter().find(|m| m.id == id).map(|m| m.model)
    }

    /// The models this page runs, in run order.
    pub fn runnable() -> Vec<Model> {
        MODELS
            .into_iter()
            .map(|m| m.model)
            .filter(|m| m.runs_here())
            .collect()
    }
}

/// What a pass recorded.
#[derive(Clone, Debug, PartialEq)]
pub enum PassData {
    /// Threads (or Web Workers standing for processes): spans per thread, GIL turns.
    Threads(ThreadPass),
    /// Coroutines on the event loop.
    Loop(RunTrace),
    /// Tasks sent through the broker to a Celery node's children.
    Queue(QueuePass),
    /// The model's engine did not start (the browser's words).
    Failed(String),
}

/// A Celery pass: what the live run measured.
#[derive(Clone, Debug, PartialEq)]
pub struct QueuePass {
    /// Starting the nodes and their children, ms (before the tasks are sent).
    pub startup_ms: f64,
    /// From sending the tasks until the page heard the last body end, ms: the bodies plus
    /// every message between page, node and child.
    pub wall_ms: f64,
    pub nodes: usize,
    pub concurrency: usize,
    /// Each run on a child, ms since the tasks were sent.
    pub spans: Vec<RunSpan>,
    /// Each task's I/O wait, ms (the first part of its run).
    pub io_ms: Vec<f64>,
    /// Tasks that ended SUCCESS.
    pub succeeded: usize,
    /// The run step by step (the Celery page's recording).
    pub replay: Arc<BrokerRecording>,
}

impl QueuePass {
    /// Web Workers started: each node and its children.
    pub fn web_workers(&self) -> usize {
        self.nodes * (1 + self.concurrency)
    }

    /// One lane per child (`ForkPoolWorker-N`, Celery's own name for it; the node's name
    /// first when there are several), each run as its I/O wait then its CPU part.
    pub fn timeline(&self) -> Timeline {
        let mut keys: Vec<(usize, usize)> = self.spans.iter().map(|r| (r.node, r.child)).collect();
        keys.sort_unstable();
        keys.dedup();
        let lanes = keys
            .into_iter()
            .map(|(node, child)| {
                let mut segments = Vec::new();
                for r in self
                    .spans
                    .iter()
                    .filter(|r| (r.node, r.child) == (node, child))
                {
                    let io = self.io_ms.get(r.task as usize).copied().unwrap_or(0.0);
                    let split = (r.start_ms + io).min(r.end_ms);
                    let task = format!("{}", r.task + 1);
                    if split > r.start_ms {
                        segments.push(Segment {
                            task: task.clone(),
                            ..segment("io", r.start_ms, split)
                        });
                    }
                    if r.end_ms > split {
                        segments.push(Segment {
                            task,
                            ..segment("running", split, r.end_ms)
                        });
                    }
                }
                let name = format!("ForkPoolWorker-{}", child + 1);
                Lane {
                    id: format!("node-{node}/child-{child}"),
                    label: if self.nodes > 1 {
                        format!("celery@node{} {name}", node + 1)
                    } else {
                        name
                    },
                    segments,
                }
            })
            .collect();
        Timeline {
            duration: self.wall_ms.max(1.0),
            lanes,
        }
    }
}

/// One model's measured pass, as it comes back from the lifecycle.
#[derive(Clone, Debug, PartialEq)]
pub struct ModelPass {
    pub model: Model,
    pub data: PassData,
}

impl ModelPass {
    /// The pass's own wall time, ms, measured where the work ran.
    pub fn pass_ms(&self) -> f64 {
        match &self.data {
            PassData::Threads(p) => p.wall_ms,
            PassData::Loop(t) => t.summary().wall_ms,
            PassData::Queue(q) => q.wall_ms,
            PassData::Failed(_) => 0.0,
        }
    }

    /// The start-up this pass needs before its work, counted into its time: (Web Workers,
    /// ms). Processes get theirs from the pool (`pool`); Celery measures its nodes itself.
    fn startup(&self, engine: Engine, pool: Option<(usize, f64)>) -> Option<(usize, f64)> {
        match (&self.data, engine) {
            (PassData::Queue(q), _) => Some((q.web_workers(), q.startup_ms)),
            (_, Engine::Processes) => pool,
            _ => None,
        }
    }
}

/// A model's measured time.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Measure {
    /// What the reader compares: the pass plus the start-up it needs, ms.
    pub wall_ms: f64,
    /// The pass alone, ms.
    pub pass_ms: f64,
    /// Start-up counted in (processes and Celery), ms.
    pub startup_ms: f64,
    /// Web Workers that start-up started.
    pub started: usize,
}

/// One row of the page: a model and, once it ran, its measure.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct ModelResult {
    pub model: Model,
    pub measured: Option<Measure>,
}

/// The verdict on the reader's prediction.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Verdict {
    pub predicted: Model,
    pub fastest: Model,
    /// The prediction was the fastest, or within [`TIE`] of it.
    pub held: bool,
    pub predicted_ms: f64,
    pub fastest_ms: f64,
}

/// Two models whose times are within this factor count as a tie: run-to-run noise on a busy
/// device is about that large.
pub const TIE: f64 = 1.05;

/// Rows per asyncio block in the stacked timeline (tasks are grouped beyond that).
const LOOP_ROWS: usize = 6;
/// Boxes per lane at most in the stacked timeline.
const MAX_SEGMENTS: usize = 200;

/// The lane labels, in the reader's language.
pub struct Labels {
    /// The model's name, for its heading lane.
    pub model: Box<dyn Fn(Model) -> String>,
    /// "event loop".
    pub event_loop: String,
}

/// Everything the page shows after (or during) a run.
#[derive(Debug, PartialEq)]
pub struct Outcome {
    pub params: BandingkanParams,
    /// One row per model of [`MODELS`], in that order.
    pub results: Vec<ModelResult>,
    /// Workers and the measured time it took to start them, ms, when known.
    pub startup: Option<(usize, f64)>,
    pub timeline: Timeline,
    /// Models whose engine failed to start, with the browser's words.
    pub failed: Vec<(Model, String)>,
    /// Each measured model's pass, step by step, in [`MODELS`] order.
    pub replays: Vec<(Model, ModelReplay)>,
}

/// A model's pass as its own page records it: the threading page's GIL log and spans, the
/// asyncio page's event loop, the Celery page's broker journal.
#[derive(Clone, Debug, PartialEq)]
pub enum ModelReplay {
    Threads(Arc<ThreadsRecording>),
    Loop(Arc<LoopRecording>),
    Queue(Arc<BrokerRecording>),
}

impl ModelReplay {
    /// The recording, whatever its machine.
    pub fn recording(&self) -> Arc<dyn Replay + Send + Sync> {
        match self {
            ModelReplay::Threads(r) => r.clone(),
            ModelReplay::Loop(r) => r.clone(),
            ModelReplay::Queue(r) => r.clone(),
        }
    }
}

/// The replay of `pass`, run by `engine` with `workers` workers.
fn replay_of(pass: &ModelPass, engine: Engine, workers: usize) -> Option<ModelReplay> {
    Some(match (&pass.data, engine) {
        (PassData::Threads(p), Engine::Threads { one, gil }) => ModelReplay::Threads(Arc::new(
            threads_recording(p, if one { 1 } else { workers }, gil),
        )),
        (PassData::Threads(p), _) => {
            ModelReplay::Threads(Arc::new(threads_recording(p, workers, false)))
        }
        (PassData::Loop(t), _) => ModelReplay::Loop(t.replay.clone()),
        (PassData::Queue(q), _) => ModelReplay::Queue(q.replay.clone()),
        (PassData::Failed(_), _) => return None,
    })
}

impl Outcome {
    /// The outcome of the passes measured so far (a model that has not run yet has no
    /// measure). `startup` is counted into the processes' time.
    pub fn new(
        params: BandingkanParams,
        passes: &[ModelPass],
        startup: Option<(usize, f64)>,
        labels: &Labels,
    ) -> Outcome {
        let results = MODELS
            .iter()
            .map(|info| ModelResult {
                model: info.model,
                measured: passes
                    .iter()
                    .find(|p| p.model == info.model && !matches!(p.data, PassData::Failed(_)))
                    .map(|p| {
                        let (started, startup_ms) =
                            p.startup(info.engine, startup).unwrap_or_default();
                        Measure {
                            wall_ms: p.pass_ms() + startup_ms,
                            pass_ms: p.pass_ms(),
                            startup_ms,
                            started,
                        }
                    }),
            })
            .collect();
        let failed = passes
            .iter()
            .filter_map(|p| match &p.data {
                PassData::Failed(why) => Some((p.model, why.clone())),
                _ => None,
            })
            .collect();
        let replays = MODELS
            .iter()
            .filter_map(|info| {
                let pass = passes.iter().find(|p| p.model == info.model)?;
                Some((
                    info.model,
                    replay_of(pass, info.engine, params.workers as usize)?,
                ))
            })
            .collect();
        Outcome {
            replays,
            timeline: stacked(&params, passes, startup, labels),
            params,
            results,
            startup,
            failed,
        }
    }

    pub fn measure(&self, model: Model) -> Option<Measure> {
        self.results
            .iter()
            .find(|r| r.model == model)
            .and_then(|r| r.measured)
    }

    /// Sequential time over this model's time (both measured in this run).
    pub fn speedup(&self, model: Model) -> Option<f64> {
        let base = self.measure(Model::Sequential)?.wall_ms;
        let m = self.measure(model)?.wall_ms;
        Some(base / m.max(1e-9))
    }

    /// The measured models, fastest first.
    pub fn ranking(&self) -> Vec<(Model, f64)> {
        let mut r: Vec<(Model, f64)> = self
            .results
            .iter()
            .filter_map(|r| r.measured.map(|m| (r.model, m.wall_ms)))
            .collect();
        r.sort_by(|a, b| a.1.total_cmp(&b.1));
        r
    }

    /// The longest measured time: the bar chart's scale, ms.
    pub fn longest_ms(&self) -> f64 {
        self.ranking().last().map_or(1.0, |r| r.1.max(1.0))
    }

    /// Whether every model this page runs has been measured (or failed to start).
    pub fn complete(&self) -> bool {
        self.results.iter().all(|r| {
            r.measured.is_some() || !r.model.runs_here() || self.failure(r.model).is_some()
        })
    }

    /// The browser's words if this model's engine failed to start.
    pub fn failure(&self, model: Model) -> Option<&str> {
        self.failed
            .iter()
            .find(|f| f.0 == model)
            .map(|f| f.1.as_str())
    }

    /// How `predicted` fared against the fastest measured model; `None` before the run ends
    /// or if the predicted model did not run.
    pub fn verdict(&self, predicted: Model) -> Option<Verdict> {
        if !self.complete() {
            return None;
        }
        let &(fastest, fastest_ms) = self.ranking().first()?;
        let predicted_ms = self.measure(predicted)?.wall_ms;
        Some(Verdict {
            predicted,
            fastest,
            held: predicted == fastest || predicted_ms <= fastest_ms * TIE,
            predicted_ms,
            fastest_ms,
        })
    }
}

/// Every measured model's lanes under a heading lane of its own, on one time axis as long as
/// the slowest model. The processes' and Celery's lanes start after their measured start-up.
fn stacked(
    p: &BandingkanParams,
    passes: &[ModelPass],
    startup: Option<(usize, f64)>,
    labels: &Labels,
) -> Timeline {
    let mut lanes = Vec::new();
    let mut duration: f64 = 1.0;
    for info in MODELS {
        let Some(pass) = passes.iter().find(|x| x.model == info.model) else {
            continue;
        };
        if matches!(pass.data, PassData::Failed(_)) {
            continue;
        }
        let shift = pass.startup(info.engine, startup).map_or(0.0, |s| s.1);
        let wall = pass.pass_ms() + shift;
        duration = duration.max(wall);
        let mut heading = Vec::new();
        if shift > 0.0 {
            heading.push(segment("startup", 0.0, shift));
        }
        heading.push(segment("total", shift, wall));
        lanes.push(Lane {
            id: info.id.into(),
            label: (labels.model)(info.model),
            segments: heading,
        });
        let inner = match (&pass.data, info.engine) {
            (PassData::Threads(t), Engine::Threads { one, gil }) => {
                threading::timeline(&thread_params(p, one, gil), t)
            }
            (PassData::Threads(t), _) => threading::timeline(&thread_params(p, false, false), t),
            (PassData::Loop(t), _) => trace::timeline(t, LOOP_ROWS, labels.event_loop.clone()),
            (PassData::Queue(q), _) => q.timeline(),
            (PassData::Failed(_), _) => Timeline::default(),
        };
        for lane in inner.lanes {
            let mut segments = lane.segments;
            if shift > 0.0 {
                segments.insert(0, segment("startup", -shift, 0.0));
                for s in &mut segments {
                    s.start += shift;
                    s.end += shift;
                }
            }
            lanes.push(Lane {
                id: format!("{}/{}", info.id, lane.id),
                label: lane.label,
                segments,
            });
        }
    }
    Timeline::of_thinned_lanes(duration, lanes, MAX_SEGMENTS)
}

fn segment(kind: &'static str, start: f64, end: f64) -> Segment {
    Segment {
        kind,
        start,
        end,
        task: String::new(),
        mix: Vec::new(),
    }
}

/// The threading page's parameters for a pass on one thread or on `workers`.
fn thread_params(p: &BandingkanParams, one: bool, gil: bool) -> ThreadingParams {
    let mut t = p.threading(gil);
    if one {
        t.threads = 1;
    }
    t
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::demos::asyncio::trace::TaskRecord;
    use crate::demos::celery::driver::RunEnd;
    use crate::demos::threading::work::{Doing, Span, ThreadRun};

    fn threads(model: Model, wall_ms: f64, threads: usize) -> ModelPass {
        let spans = (0..threads)
            .map(|t| Span {
                thread: t,
                doing: Doing::Running,
                task: t,
                start: 0.0,
                end: wall_ms,
            })
            .collect();
        ModelPass {
            model,
            data: PassData::Threads(ThreadPass {
                wall_ms,
                run: ThreadRun {
                    spans,
                    ..ThreadRun::default()
                },
            }),
        }
    }

    fn event_loop(wall_ms: f64) -> ModelPass {
        let task = TaskRecord {
            created: 1000.0,
            started: Some(1000.0),
            resumed: Some(1000.0 + wall_ms - 1.0),
            finished: Some(1000.0 + wall_ms),
            outcome: Some(trace::Outcome::Done),
        };
        ModelPass {
            model: Model::Asyncio,
            data: PassData::Loop(RunTrace {
                start: 1000.0,
                end: 1000.0 + wall_ms,
                tasks: vec![task; 3],
                ..RunTrace::default()
            }),
        }
    }

    /// A Celery pass: 1 node, 2 children, two 100 ms runs per child, ending at `wall_ms`.
    fn queue(wall_ms: f64, startup_ms: f64) -> ModelPass {
        let spans = (0..4u32)
            .map(|t| RunSpan {
                node: 0,
                child: (t % 2) as usize,
                task: t,
                start_ms: wall_ms - 100.0 * f64::from(2 - t / 2),
                end_ms: wall_ms - 100.0 * f64::from(1 - t / 2),
                end: RunEnd::Success,
            })
            .collect();
        ModelPass {
            model: Model::Celery,
            data: PassData::Queue(QueuePass {
                startup_ms,
                wall_ms,
                nodes: 1,
                concurrency: 2,
                spans,
                io_ms: vec![60.0; 4],
                succeeded: 4,
                replay: Arc::default(),
            }),
        }
    }

    fn labels() -> Labels {
        Labels {
            model: Box::new(|m| m.id().to_uppercase()),
            event_loop: "loop".into(),
        }
    }

    fn params() -> BandingkanParams {
        BandingkanParams {
            workers: 2,
            ..BandingkanParams::default()
        }
    }

    fn all(seq: f64, aio: f64, gil: f64, free: f64, mp: f64) -> Vec<ModelPass> {
        vec![
            threads(Model::Sequential, seq, 1),
            event_loop(aio),
            threads(Model::Threading, gil, 2),
            threads(Model::ThreadingNogil, free, 2),
            threads(Model::Multiprocessing, mp, 2),
            queue(400.0, 300.0),
        ]
    }

    #[test]
    fn ids_are_unique_and_round_trip() {
        for (i, m) in MODELS.iter().enumerate() {
            assert_eq!(Model::from_id(m.id), Some(m.model));
            assert!(MODELS[..i]
                .iter()
                .all(|o| o.id != m.id && o.model != m.model));
        }
        assert_eq!(
            MODELS[0].model,
            Model::Sequential,
            "the baseline runs first"
        );
        assert_eq!(Model::runnable().len(), 6);
        assert!(Model::Celery.runs_here());
    }

    #[test]
    fn speedups_and_ranking_come_from_the_measured_times() {
        let o = Outcome::new(
            params(),
            &all(800.0, 110.0, 220.0, 210.0, 200.0),
            Some((2, 50.0)),
            &labels(),
        );
        let mp = o.measure(Model::Multiprocessing).unwrap();
        assert_eq!(mp.wall_ms, 250.0, "the processes pay their start-up");
        assert_eq!(mp.startup_ms, 50.0);
        assert_eq!(o.measure(Model::ThreadingNogil).unwrap().startup_ms, 0.0);
        assert!((o.speedup(Model::Asyncio).unwrap() - 800.0 / 110.0).abs() < 1e-9);
        assert_eq!(o.speedup(Model::Sequential), Some(1.0));
        let celery = o.measure(Model::Celery).unwrap();
        assert_eq!(
            (
                celery.wall_ms,
                celery.pass_ms,
                celery.startup_ms,
                celery.started
            ),
            (700.0, 400.0, 300.0, 3),
            "Celery pays its own nodes' start-up, not the pool's"
        );
        assert_eq!(mp.started, 2);
        assert!((o.speedup(Model::Celery).unwrap() - 800.0 / 700.0).abs() < 1e-9);
        let order: Vec<Model> = o.ranking().iter().map(|r| r.0).collect();
        assert_eq!(
            order,
            [
                Model::Asyncio,
                Model::ThreadingNogil,
                Model::Threading,
                Model::Multiprocessing,
                Model::Celery,
                Model::Sequential
            ]
        );
        assert_eq!(o.longest_ms(), 800.0);
        assert!(o.complete());
    }

    #[test]
    fn the_verdict_names_the_fastest_and_allows_a_tie() {
        let o = Outcome::new(
            params(),
            &all(800.0, 110.0, 114.0, 300.0, 300.0),
            None,
            &labels(),
        );
        let v = o.verdict(Model::Asyncio).unwrap();
        assert!(v.held);
        assert_eq!(v.fastest, Model::Asyncio);
        assert!(
            o.verdict(Model::Threading).unwrap().held,
            "114 vs 110: a tie"
        );
        let wrong = o.verdict(Model::Multiprocessing).unwrap();
        assert!(!wrong.held);
        assert_eq!((wrong.predicted_ms, wrong.fastest_ms), (300.0, 110.0));
        assert!(!o.verdict(Model::Celery).unwrap().held);
    }

    #[test]
    fn results_land_one_by_one() {
        let passes = all(800.0, 110.0, 220.0, 210.0, 200.0);
        let partial = Outcome::new(params(), &passes[..2], None, &labels());
        assert!(partial.measure(Model::Asyncio).is_some());
        assert!(partial.measure(Model::Threading).is_none());
        assert!(!partial.complete());
        assert_eq!(
            partial.verdict(Model::Asyncio),
            None,
            "no verdict before the end"
        );
        assert_eq!(partial.results.len(), MODELS.len(), "every row is there");
        // Each landed pass can be replayed with its own page's machinery.
        let replayed: Vec<Model> = partial.replays.iter().map(|r| r.0).collect();
        assert_eq!(replayed, [Model::Sequential, Model::Asyncio]);
        let full = Outcome::new(params(), &passes, None, &labels());
        let threading = full
            .replays
            .iter()
            .find(|r| r.0 == Model::Threading)
            .unwrap();
        let ModelReplay::Threads(rec) = &threading.1 else {
            panic!("threading replays its threads");
        };
        assert_eq!(rec.lanes[0], "gil", "under the GIL");
        let nogil = full
            .replays
            .iter()
            .find(|r| r.0 == Model::ThreadingNogil)
            .unwrap();
        assert!(nogil
            .1
            .recording()
            .lanes()
            .iter()
            .all(|l| l.starts_with("thread-")));
    }

    #[test]
    fn timelines_stack_on_one_axis_as_long_as_the_slowest() {
        let o = Outcome::new(
            params(),
            &all(800.0, 110.0, 220.0, 210.0, 200.0),
            Some((2, 50.0)),
            &labels(),
        );
        assert_eq!(o.timeline.duration, 800.0);
        let ids: Vec<&str> = o.timeline.lanes.iter().map(|l| l.id.as_str()).collect();
        assert_eq!(ids[0], "sequential");
        assert_eq!(ids[1], "sequential/thread-0");
        assert!(ids.contains(&"asyncio/loop"));
        assert!(ids.contains(&"threading/thread-1"));
        assert!(
            !ids.contains(&"threading-nogil/gil"),
            "no GIL lane without the GIL"
        );
        let child = o
            .timeline
            .lanes
            .iter()
            .find(|l| l.id == "celery/node-0/child-1")
            .unwrap();
        assert_eq!(child.label, "ForkPoolWorker-2");
        assert_eq!(child.segments[0].kind, "startup");
        let kinds: Vec<(&str, f64, f64)> = child.segments[1..]
            .iter()
            .map(|s| (s.kind, s.start, s.end))
            .collect();
        assert_eq!(
            kinds,
            [
                ("io", 500.0, 560.0),
                ("running", 560.0, 600.0),
                ("io", 600.0, 660.0),
                ("running", 660.0, 700.0)
            ],
            "each run after the nodes' 300 ms start-up: its wait, then its CPU part"
        );
        let worker = o
            .timeline
            .lanes
            .iter()
            .find(|l| l.id == "multiprocessing/thread-0")
            .unwrap();
        assert_eq!(worker.segments[0].kind, "startup");
        assert_eq!(
            (worker.segments[1].start, worker.segments[1].end),
            (50.0, 250.0),
            "the work starts after the workers did"
        );
    }

    #[test]
    fn a_model_that_failed_to_start_ends_the_run_without_a_measure() {
        let mut passes = all(800.0, 110.0, 220.0, 210.0, 200.0);
        passes[5] = ModelPass {
            model: Model::Celery,
            data: PassData::Failed("a node did not start".into()),
        };
        let o = Outcome::new(params(), &passes, None, &labels());
        assert!(o.complete());
        assert_eq!(o.measure(Model::Celery), None);
        assert_eq!(o.failure(Model::Celery), Some("a node did not start"));
        assert!(o.timeline.lanes.iter().all(|l| !l.id.starts_with("celery")));
        assert_eq!(o.ranking().len(), 5);
    }
}
