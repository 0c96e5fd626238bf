//! multiprocessing: real CPU work in parallel on Web Workers.

use crate::model::params::Kind;
// NOTE: re-exported so older paths keep working; the kernels live in the model, shared by
// every demo that does CPU work.
pub use crate::model::kernels::{calibrate, Kernel};

pub mod work;

crate::params! {
    /// The multiprocessing workload: `tasks` CPU-bound tasks over a pool of `workers`.
    pub struct MultiprocessingParams {
        /// Number of tasks given to `Pool.map`.
        tasks: u32 = 16 => Kind::int(1, 10_000),
        /// CPU work per task, in milliseconds of one core on this device.
        cpu_ms: u32 = 100 => Kind::int(1, 10_000),
        /// Pool size; more than the cores is allowed and shows oversubscription.
        workers: u32 = 2 => Kind::int(1, 32),
        /// Tasks handed to a worker at a time, like `Pool.map(chunksize=…)`.
        chunksize: u32 = 1 => Kind::int(1, 10_000),
        /// The CPU kernel.
        kernel: Kernel = Kernel::Primes => Kind::Choice(Kernel::NAMES),
        /// Random spread of each task, in ± percent.
        jitter: u32 = 0 => Kind::int(0, 100),
        /// Seed of the jitter.
        seed: u32 = 1 => Kind::int(0, 999_999),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::params::Params;

    #[test]
    fn the_kernel_round_trips_through_its_index() {
        let mut p = MultiprocessingParams::default();
        p.set("kernel", 1.0);
        assert_eq!(p.kernel, Kernel::Mandelbrot);
        assert_eq!(p.get("kernel"), Some(1.0));
    }
}

pub mod lesson;
pub mod outcome;
pub mod python;
pub mod replay;

#[cfg(target_arch = "wasm32")]
pub mod predict;
#[cfg(target_arch = "wasm32")]
pub mod run;
#[cfg(target_arch = "wasm32")]
pub mod view;

use crate::model::kernels::Frame;
use crate::model::rng;

/// Largest Mandelbrot picture kept and drawn, in pixels (4 MB of iteration counts).
pub const MAX_PIXELS: u64 = 4_000_000;
pub use super::MAX_RUN_MS;

impl MultiprocessingParams {
    /// Each task's CPU time in ms of one core: `cpu_ms` ± `jitter`, drawn from `seed`.
    pub fn durations(&self) -> Vec<f64> {
        rng::jittered(
            f64::from(self.cpu_ms),
            self.jitter,
            self.seed,
            self.tasks as usize,
        )
    }

    /// Units of work per task at `rate` units per ms.
    pub fn units(&self, rate: f64) -> Vec<u64> {
        self.durations()
            .iter()
            .map(|ms| ((ms * rate).round() as u64).max(1))
            .collect()
    }

    /// The Mandelbrot frame for `rate` pixels per ms, capped at [`MAX_PIXELS`]; `None` for
    /// the other kernels. The second value says whether the cap cut the work down.
    pub fn frame(&self, rate: f64) -> Option<(Frame, bool)> {
        (self.kernel == Kernel::Mandelbrot).then(|| {
            let wanted = f64::from(self.tasks) * f64::from(self.cpu_ms) * rate;
            let pixels = (wanted.round() as u64).clamp(u64::from(self.tasks) * 2, MAX_PIXELS);
            (
                Frame::for_tasks(pixels, self.tasks),
                wanted > MAX_PIXELS as f64,
            )
        })
    }

    /// A short version of this workload (a few tasks of about 10 ms), run untimed before the
    /// measured passes so that every code path they use is already compiled at full speed.
    pub fn warm_up(&self, rate: f64) -> (Vec<u64>, Option<Frame>) {
        let tasks = self.tasks.clamp(1, 4) as usize;
        let units = vec![((10.0 * rate) as u64).max(1); tasks];
        let frame = (self.kernel == Kernel::Mandelbrot)
            .then(|| Frame::with_pixels(((10.0 * rate) as u64 * tasks as u64).max(64)));
        (units, frame)
    }

    /// One core's time for every task, in ms: the baseline's expected length (a model).
    pub fn total_ms(&self) -> f64 {
        self.durations().iter().sum()
    }

    /// The worker counts a run measures: 1 then `workers`, or every count up to `workers`
    /// for a sweep.
    pub fn worker_counts(&self, sweep: bool) -> Vec<usize> {
        if sweep {
            (1..=self.workers as usize).collect()
        } else {
            vec![1, self.workers as usize]
        }
    }

    /// Expected length of passes with these worker `counts` on `cores`, in ms (a model, to
    /// refuse runs that would take minutes before starting them).
    pub fn estimated_run_ms(&self, counts: &[usize], cores: usize) -> f64 {
        let total = self.total_ms();
        counts
            .iter()
            .map(|n| total / (*n).min(cores).max(1) as f64)
            .sum()
    }
}

/// Named starting points; each sets every parameter.
pub const PRESETS: [(&str, MultiprocessingParams); 3] = [
    (
        "images",
        MultiprocessingParams {
            tasks: 8,
            cpu_ms: 250,
            workers: 2,
            chunksize: 1,
            kernel: Kernel::Hash,
            jitter: 30,
            seed: 8,
        },
    ),
    (
        "primes",
        MultiprocessingParams {
            tasks: 16,
            cpu_ms: 100,
            workers: 2,
            chunksize: 1,
            kernel: Kernel::Primes,
            jitter: 0,
            seed: 1,
        },
    ),
    (
        "tiny",
        MultiprocessingParams {
            tasks: 5_000,
            cpu_ms: 1,
            workers: 16,
            chunksize: 1,
            kernel: Kernel::Primes,
            jitter: 0,
            seed: 1,
        },
    ),
];

#[cfg(test)]
mod calibration_tests {
    use super::*;
    use crate::model::params::Params;

    #[test]
    fn units_follow_durations_and_frames_are_capped() {
        let p = MultiprocessingParams {
            tasks: 4,
            cpu_ms: 10,
            ..MultiprocessingParams::default()
        };
        assert_eq!(p.units(100.0), vec![1_000; 4]);
        assert_eq!(p.frame(100.0), None);
        let m = MultiprocessingParams {
            kernel: Kernel::Mandelbrot,
            tasks: 10_000,
            cpu_ms: 10_000,
            ..p
        };
        let (frame, capped) = m.frame(1_000.0).unwrap();
        assert!(capped && u64::from(frame.width * frame.height) <= MAX_PIXELS + 10_000);
        assert!(frame.height >= 10_000, "every task gets at least one row");
        assert!((0..10_000).all(|t| {
            let (a, b) = frame.strip(t, 10_000);
            b > a
        }));
    }

    #[test]
    fn presets_are_valid() {
        for (_, p) in PRESETS {
            for spec in MultiprocessingParams::SPECS {
                let v = p.get(spec.key).unwrap();
                assert_eq!(spec.normalize(v), v, "{}", spec.key);
            }
            assert!(p.estimated_run_ms(&p.worker_counts(false), 2) < MAX_RUN_MS);
        }
    }
}
