//! asyncio: coroutines on the browser's real event loop.

use crate::model::params::Kind;

crate::params! {
    /// The asyncio workload: `tasks` coroutines, each awaiting `io_ms` of simulated I/O.
    pub struct AsyncioParams {
        /// Number of coroutines started together with `gather`.
        tasks: u32 = 10 => Kind::int(1, 100_000),
        /// I/O wait per task, in milliseconds.
        io_ms: u32 = 100 => Kind::int(0, 10_000),
        /// CPU work inside each coroutine between awaits, in milliseconds of one core.
        cpu_ms: u32 = 0 => Kind::int(0, 1_000),
        /// Random spread of each wait, in ± percent.
        jitter: u32 = 0 => Kind::int(0, 100),
        /// Seed of the jitter, so a link replays the same waits.
        seed: u32 = 1 => Kind::int(0, 999_999),
        /// Concurrency limit like `asyncio.Semaphore`; 0 means none.
        limit: u32 = 0 => Kind::int(0, 100_000),
        /// Per-task `asyncio.wait_for` timeout in milliseconds; 0 means none.
        timeout_ms: u32 = 0 => Kind::int(0, 60_000),
        /// Whether each task blocks like `time.sleep` instead of `await asyncio.sleep`.
        blocking: bool = false => Kind::Toggle,
    }
}

pub mod lesson;
pub mod python;
pub mod recorder;
pub mod replay;
pub mod trace;

#[cfg(target_arch = "wasm32")]
pub mod predict;
#[cfg(target_arch = "wasm32")]
pub mod run;
#[cfg(target_arch = "wasm32")]
pub mod view;

use crate::model::rng;

/// Longest the page agrees to freeze itself in one run, in ms. Blocking waits and CPU parts
/// run on the page's only thread, exactly like in asyncio, so a run that would hold it longer
/// is refused with an explanation instead of freezing the tab.
pub const MAX_BLOCKING_MS: f64 = 5_000.0;

impl AsyncioParams {
    /// Each task's I/O wait in ms: `io_ms` ± `jitter`, drawn from `seed`.
    pub fn waits(&self) -> Vec<f64> {
        rng::jittered(
            f64::from(self.io_ms),
            self.jitter,
            self.seed,
            self.tasks as usize,
        )
    }

    /// How long the run would keep the event loop itself busy, in ms (a model, before running).
    pub fn blocking_ms(&self, waits: &[f64]) -> f64 {
        let cpu = f64::from(self.cpu_ms) * f64::from(self.tasks);
        if self.blocking {
            cpu + waits.iter().sum::<f64>()
        } else {
            cpu
        }
    }

    /// What the same tasks cost one after another: the sum of every wait and CPU part.
    /// Computed, not run.
    pub fn sequential_ms(&self, waits: &[f64]) -> f64 {
        waits.iter().sum::<f64>() + f64::from(self.cpu_ms) * f64::from(self.tasks)
    }

    /// The concurrency limit, if any (`limit=0` means none).
    pub fn semaphore(&self) -> Option<usize> {
        (self.limit > 0).then_some(self.limit as usize)
    }

    /// The per-task timeout in ms, if any.
    pub fn timeout(&self) -> Option<f64> {
        (self.timeout_ms > 0).then_some(f64::from(self.timeout_ms))
    }
}

/// Named starting points for common situations; each sets every parameter.
pub const PRESETS: [(&str, AsyncioParams); 3] = [
    (
        "http",
        AsyncioParams {
            tasks: 100,
            io_ms: 300,
            cpu_ms: 0,
            jitter: 40,
            seed: 7,
            limit: 20,
            timeout_ms: 0,
            blocking: false,
        },
    ),
    (
        "bot",
        AsyncioParams {
            tasks: 30,
            io_ms: 200,
            cpu_ms: 5,
            jitter: 50,
            seed: 3,
            limit: 0,
            timeout_ms: 250,
            blocking: false,
        },
    ),
    (
        "blocking",
        AsyncioParams {
            tasks: 5,
            io_ms: 100,
            cpu_ms: 0,
            jitter: 0,
            seed: 1,
            limit: 0,
            timeout_ms: 0,
            blocking: true,
        },
    ),
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn waits_are_reproducible_from_the_link() {
        let p = AsyncioParams {
            tasks: 50,
            jitter: 30,
            seed: 9,
            ..AsyncioParams::default()
        };
        assert_eq!(p.waits(), p.clone().waits());
        assert_eq!(p.waits().len(), 50);
    }

    #[test]
    fn only_blocking_waits_and_cpu_parts_hold_the_loop() {
        let p = AsyncioParams {
            tasks: 5,
            io_ms: 100,
            cpu_ms: 2,
            ..AsyncioParams::default()
        };
        let w = p.waits();
        assert_eq!(p.blocking_ms(&w), 10.0);
        let b = AsyncioParams {
            blocking: true,
            ..p
        };
        assert_eq!(b.blocking_ms(&w), 510.0);
        assert_eq!(p.sequential_ms(&w), 510.0);
    }

    #[test]
    fn presets_are_valid_and_within_the_blocking_budget() {
        use crate::model::params::Params;
        for (_, p) in PRESETS {
            for spec in AsyncioParams::SPECS {
                let v = p.get(spec.key).unwrap();
                assert_eq!(spec.normalize(v), v);
            }
            assert!(p.blocking_ms(&p.waits()) <= MAX_BLOCKING_MS);
        }
    }

    #[test]
    fn limit_zero_means_no_semaphore() {
        let p = AsyncioParams::default();
        assert_eq!(p.semaphore(), None);
        assert_eq!(AsyncioParams { limit: 3, ..p }.semaphore(), Some(3));
    }
}
