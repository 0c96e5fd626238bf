//! threading: real worker threads contending for a real GIL.

use crate::model::params::Kind;

pub mod race;
pub mod work;

crate::params! {
    /// The threading workload: `tasks` spread over `threads`, each with a CPU and an I/O part.
    pub struct ThreadingParams {
        /// Number of Python threads.
        threads: u32 = 4 => Kind::int(1, 32),
        /// Number of tasks shared among the threads.
        tasks: u32 = 4 => Kind::int(1, 1_000),
        /// CPU work per task (holding the GIL), in milliseconds of one core.
        cpu_ms: u32 = 200 => Kind::int(0, 10_000),
        /// I/O wait per task (GIL released), in milliseconds.
        io_ms: u32 = 0 => Kind::int(0, 10_000),
        /// Random spread of each task, in ± percent.
        jitter: u32 = 0 => Kind::int(0, 100),
        /// Seed of the jitter.
        seed: u32 = 1 => Kind::int(0, 999_999),
        /// Whether the GIL exists (off = free-threaded Python, PEP 703).
        gil: bool = true => Kind::Toggle,
        /// `sys.setswitchinterval`, in milliseconds.
        switch_ms: f64 = 5.0 => Kind::decimal(0.5, 100.0, 0.5),
        /// Race lab: threads incrementing the shared counter.
        race_threads: u32 = 4 => Kind::int(1, 32); in "race",
        /// Race lab: increments per thread.
        race_n: u32 = 100_000 => Kind::int(1, 1_000_000); in "race",
        /// Race lab: whether each increment holds a `threading.Lock`.
        race_lock: bool = false => Kind::Toggle; in "race",
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

use crate::model::rng;

/// The race lab's section: its parameters are shown in its own form, not the page's.
pub const RACE_SECTION: &str = "race";

pub use super::MAX_RUN_MS;

impl ThreadingParams {
    /// Each task's I/O wait, ms: `io_ms` ± `jitter` from `seed`.
    pub fn io_waits(&self) -> Vec<f64> {
        rng::jittered(
            f64::from(self.io_ms),
            self.jitter,
            self.seed,
            self.tasks as usize,
        )
    }

    /// Each task's CPU time, ms of one core: `cpu_ms` ± `jitter` from the next seed.
    pub fn cpu_times(&self) -> Vec<f64> {
        rng::jittered(
            f64::from(self.cpu_ms),
            self.jitter,
            self.seed.wrapping_add(1),
            self.tasks as usize,
        )
    }

    /// The sequential run's expected length, ms: every wait and CPU part in a row (a model).
    pub fn sequential_ms(&self) -> f64 {
        self.io_waits().iter().sum::<f64>() + self.cpu_times().iter().sum::<f64>()
    }
}

/// Named starting points; each sets every parameter of the threaded run.
pub const PRESETS: [(&str, ThreadingParams); 3] = [
    (
        "download",
        ThreadingParams {
            threads: 8,
            tasks: 8,
            cpu_ms: 0,
            io_ms: 200,
            jitter: 30,
            seed: 2,
            gil: true,
            switch_ms: 5.0,
            race_threads: 4,
            race_n: 100_000,
            race_lock: false,
        },
    ),
    (
        "cpu",
        ThreadingParams {
            threads: 4,
            tasks: 4,
            cpu_ms: 200,
            io_ms: 0,
            jitter: 0,
            seed: 1,
            gil: true,
            switch_ms: 5.0,
            race_threads: 4,
            race_n: 100_000,
            race_lock: false,
        },
    ),
    (
        "mixed",
        ThreadingParams {
            threads: 4,
            tasks: 12,
            cpu_ms: 30,
            io_ms: 30,
            jitter: 50,
            seed: 4,
            gil: true,
            switch_ms: 5.0,
            race_threads: 4,
            race_n: 100_000,
            race_lock: false,
        },
    ),
];

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::params::Params;

    #[test]
    fn presets_are_valid_and_quick() {
        for (_, p) in PRESETS {
            for spec in ThreadingParams::SPECS {
                let v = p.get(spec.key).unwrap();
                assert_eq!(spec.normalize(v), v, "{}", spec.key);
            }
            assert!(2.0 * p.sequential_ms() < MAX_RUN_MS);
        }
    }
}
