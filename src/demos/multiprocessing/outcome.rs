//! What a multiprocessing run measured, turned into what the page shows: the speedup, the
//! Amdahl fit, the per-worker timeline and the picture's strip owners. Pure: the lifecycle
//! hands over the measured passes, and this is tested natively with made-up ones.

use std::rc::Rc;

use super::replay::{recording, PoolRecording};
use super::work::PassResult;
use super::MultiprocessingParams;
use crate::model::amdahl::fit_serial_fraction;
use crate::model::kernels::Frame;
use crate::model::timeline::{Lane, Segment, Timeline};

/// One measured pass: its chunks (times relative to its start) and its wall time.
#[derive(Clone, Debug, PartialEq)]
pub struct Pass {
    pub workers: usize,
    pub wall_ms: f64,
    pub result: PassResult,
}

/// A finished run: the parameters it used, its calibration and its passes.
#[derive(Debug, PartialEq)]
pub struct Outcome {
    pub params: MultiprocessingParams,
    /// Units of the kernel per ms of one core, as calibrated.
    pub rate: f64,
    pub frame: Option<(Frame, bool)>,
    /// Every pass, the first being the 1-worker baseline.
    pub passes: Vec<Pass>,
    /// Whether this was a sweep over 1…workers.
    pub sweep: bool,
    /// Cores the browser reported: the ceiling of any speedup.
    pub cores: usize,
    /// Workers of the pool this run used and how long starting them took (ms).
    pub started: Option<(usize, f64)>,
    /// Built once when the run ends, so redrawing the page (a form edit, the language
    /// toggle) never rebuilds the timeline or copies the picture.
    pub timeline: Rc<Timeline>,
    /// The last pass's picture (only that pass keeps its pixels).
    pub pixels: Rc<Vec<u8>>,
    pub owners: Rc<Vec<usize>>,
    /// The last pass, step by step (the replay).
    pub replay: std::sync::Arc<PoolRecording>,
}

/// The lane labels, in the reader's language.
pub struct Labels {
    pub baseline: String,
    /// "worker {n}" for worker `n` (1-based).
    pub worker: Box<dyn Fn(usize) -> String>,
}

impl Outcome {
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        params: MultiprocessingParams,
        rate: f64,
        mut passes: Vec<Pass>,
        sweep: bool,
        cores: usize,
        started: Option<(usize, f64)>,
        labels: &Labels,
    ) -> Outcome {
        let frame = params.frame(rate);
        let pixels = passes
            .last_mut()
            .map(|p| std::mem::take(&mut p.result.pixels))
            .unwrap_or_default();
        let owners = passes
            .last()
            .map(|p| strip_owners(p, params.tasks as usize))
            .unwrap_or_default();
        let replay = passes
            .last()
            .map(|p| recording(p, params.tasks as usize, params.chunksize as usize))
            .unwrap_or_default();
        Outcome {
            replay: std::sync::Arc::new(replay),
            timeline: Rc::new(timeline(&passes, labels)),
            pixels: Rc::new(pixels),
            owners: Rc::new(owners),
            params,
            rate,
            frame,
            passes,
            sweep,
            cores,
            started,
        }
    }

    pub fn baseline(&self) -> &Pass {
        &self.passes[0]
    }

    pub fn last(&self) -> &Pass {
        &self.passes[self.passes.len() - 1]
    }

    /// Baseline time over the last pass's time (measured, both in this run).
    pub fn speedup(&self) -> f64 {
        self.baseline().wall_ms / self.last().wall_ms.max(1e-9)
    }

    /// (workers, speedup) of every pass.
    pub fn points(&self) -> Vec<(f64, f64)> {
        let base = self.baseline().wall_ms;
        self.passes
            .iter()
            .map(|p| (p.workers as f64, base / p.wall_ms.max(1e-9)))
            .collect()
    }

    /// Amdahl's serial fraction fitted to a sweep; `None` for a plain run.
    pub fn serial_fraction(&self) -> Option<f64> {
        self.sweep
            .then(|| fit_serial_fraction(&self.points(), self.cores as f64))
    }

    /// Whether every pass computed the same answer.
    pub fn same_answer(&self) -> bool {
        let base = self.baseline().result.checksum;
        self.passes.iter().all(|p| p.result.checksum == base)
    }
}

/// The baseline's single lane, then one lane per worker of the last pass, on one time axis.
fn timeline(passes: &[Pass], labels: &Labels) -> Timeline {
    let (Some(base), Some(last)) = (passes.first(), passes.last()) else {
        return Timeline::default();
    };
    let chunk_label = |first: usize, n: usize| {
        if n == 1 {
            format!("{}", first + 1)
        } else {
            format!("{}–{}", first + 1, first + n)
        }
    };
    let segments = |pass: &Pass, kind: &'static str, worker: Option<usize>| -> Vec<Segment> {
        pass.result
            .chunks
            .iter()
            .filter(|c| worker.is_none_or(|w| c.worker == w))
            .map(|c| Segment {
                kind,
                start: c.start,
                end: c.end,
                task: chunk_label(c.first_task, c.tasks),
                mix: Vec::new(),
            })
            .collect()
    };
    let mut lanes = vec![Lane {
        id: "baseline".into(),
        label: labels.baseline.clone(),
        segments: segments(base, "baseline", None),
    }];
    for w in 0..last.workers {
        lanes.push(Lane {
            id: format!("worker-{w}"),
            label: (labels.worker)(w + 1),
            segments: segments(last, "chunk", Some(w)),
        });
    }
    let duration = base.wall_ms.max(last.wall_ms).max(1.0);
    Timeline::of_thinned_lanes(duration, lanes, 400)
}

/// Which worker computed each task (strip) in `pass`.
fn strip_owners(pass: &Pass, tasks: usize) -> Vec<usize> {
    let mut owners = vec![0; tasks];
    for c in &pass.result.chunks {
        let end = (c.first_task + c.tasks).min(tasks);
        for owner in owners.iter_mut().take(end).skip(c.first_task) {
            *owner = c.worker;
        }
    }
    owners
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::demos::multiprocessing::work::ChunkRecord;

    fn pass(workers: usize, wall_ms: f64, chunks: Vec<ChunkRecord>, pixels: Vec<u8>) -> Pass {
        Pass {
            workers,
            wall_ms,
            result: PassResult {
                chunks,
                checksum: 7,
                cancelled: false,
                pixels,
            },
        }
    }

    fn labels() -> Labels {
        Labels {
            baseline: "1 worker".into(),
            worker: Box::new(|n| format!("worker {n}")),
        }
    }

    fn params(tasks: u32, workers: u32) -> MultiprocessingParams {
        MultiprocessingParams {
            tasks,
            workers,
            ..MultiprocessingParams::default()
        }
    }

    #[test]
    fn speedup_timeline_and_owners_come_from_the_measured_passes() {
        let base = pass(
            1,
            400.0,
            (0..4)
                .map(|t| ChunkRecord::at(0, t, 1, t as f64 * 100.0, t as f64 * 100.0 + 100.0))
                .collect(),
            vec![],
        );
        let two = pass(
            2,
            250.0,
            vec![
                ChunkRecord::at(0, 0, 1, 0.0, 100.0),
                ChunkRecord::at(1, 1, 1, 0.0, 120.0),
                ChunkRecord::at(0, 2, 2, 100.0, 250.0),
            ],
            vec![1, 2, 3],
        );
        let o = Outcome::new(
            params(4, 2),
            1.0,
            vec![base, two],
            false,
            2,
            Some((2, 80.0)),
            &labels(),
        );
        assert!((o.speedup() - 1.6).abs() < 1e-9);
        assert_eq!(*o.owners, vec![0, 1, 0, 0]);
        assert_eq!(*o.pixels, vec![1, 2, 3], "the drawn pass's picture");
        assert!(
            o.passes.last().unwrap().result.pixels.is_empty(),
            "kept once, not twice"
        );
        let ids: Vec<&str> = o.timeline.lanes.iter().map(|l| l.id.as_str()).collect();
        assert_eq!(ids, ["baseline", "worker-0", "worker-1"]);
        assert_eq!(o.timeline.lanes[1].segments.len(), 2);
        assert_eq!(o.timeline.lanes[1].segments[1].task, "3–4");
        assert_eq!(o.timeline.duration, 400.0);
        assert!(o.same_answer());
        assert_eq!(o.serial_fraction(), None, "no fit without a sweep");
    }

    #[test]
    fn a_sweep_fits_amdahl_on_every_pass() {
        let passes = (1..=4)
            .map(|n| pass(n, 400.0 / n.min(2) as f64, vec![], vec![]))
            .collect();
        let o = Outcome::new(params(8, 4), 1.0, passes, true, 2, None, &labels());
        assert_eq!(o.points().len(), 4);
        let f = o.serial_fraction().unwrap();
        assert!(f < 0.05, "perfect scaling up to the cores fits ~0, got {f}");
    }
}
