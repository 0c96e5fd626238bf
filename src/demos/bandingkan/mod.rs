//! Bandingkan: one workload under every model, one after another, on one time axis.
//!
//! The page runs no engine of its own: sequential, threading (with and without the GIL) and
//! multiprocessing are the threading page's `run_threads` on Web Workers, asyncio is the
//! asyncio page's coroutines on the page's own event loop. This module holds the pure parts:
//! the workload, its presets and the other pages' parameters it maps to; Celery is the Celery
//! page's live run (a node Web Worker and its children) driven from the page's event loop.
//! [`outcome`] ranks the
//! measured models, [`advice`] is the decision helper. Jitter comes from `seed`, so a shared
//! link replays the same workload.

use crate::model::params::Kind;

crate::params! {
    /// The shared workload compared across the models.
    pub struct BandingkanParams {
        /// Number of tasks.
        tasks: u32 = 8 => Kind::int(1, 1_000),
        /// I/O wait per task, in milliseconds.
        io_ms: u32 = 100 => Kind::int(0, 10_000),
        /// CPU work per task, in milliseconds of one core.
        cpu_ms: u32 = 50 => Kind::int(0, 10_000),
        /// Random spread of each task, in ± percent.
        jitter: u32 = 0 => Kind::int(0, 100),
        /// Seed of the jitter.
        seed: u32 = 1 => Kind::int(0, 999_999),
        /// Threads or processes for the parallel models.
        workers: u32 = 4 => Kind::int(1, 32),
    }
}

pub mod advice;
pub mod lesson;
pub mod outcome;

#[cfg(target_arch = "wasm32")]
pub mod predict;
#[cfg(target_arch = "wasm32")]
pub mod run;
#[cfg(target_arch = "wasm32")]
pub mod view;

use super::asyncio::AsyncioParams;
use super::celery::{CeleryParams, Crash};
use super::multiprocessing::{Kernel, MultiprocessingParams};
use super::threading::ThreadingParams;
pub use super::MAX_RUN_MS;
pub use crate::demos::asyncio::MAX_BLOCKING_MS;

impl BandingkanParams {
    /// The workload as the threading page's parameters, with `gil` on or off. Its
    /// `io_waits` and `cpu_times` are the workload's tasks for every model.
    pub fn threading(&self, gil: bool) -> ThreadingParams {
        ThreadingParams {
            threads: self.workers,
            tasks: self.tasks,
            cpu_ms: self.cpu_ms,
            io_ms: self.io_ms,
            jitter: self.jitter,
            seed: self.seed,
            gil,
            ..ThreadingParams::default()
        }
    }

    /// The workload as the asyncio page's parameters (no limit, no timeout, awaited waits).
    /// The asyncio page allows at most 1.000 ms of CPU per task; its program is shown with that.
    pub fn asyncio(&self) -> AsyncioParams {
        AsyncioParams {
            tasks: self.tasks,
            io_ms: self.io_ms,
            cpu_ms: self.cpu_ms.min(1_000),
            jitter: self.jitter,
            seed: self.seed,
            ..AsyncioParams::default()
        }
    }

    /// The workload as the multiprocessing page's parameters (its program): `Pool(workers)`.
    pub fn multiprocessing(&self) -> MultiprocessingParams {
        MultiprocessingParams {
            tasks: self.tasks,
            cpu_ms: self.cpu_ms.max(1),
            workers: self.workers,
            chunksize: 1,
            kernel: Kernel::Primes,
            jitter: self.jitter,
            seed: self.seed,
        }
    }

    /// The workload as a Celery run: one `celery worker` node with `--concurrency` = `workers`
    /// prefork children (a process pool, like multiprocessing, but fed through the broker),
    /// Celery's default settings (early ack, prefetch multiplier 4), no failures, no crash, and
    /// Celery's clock at real time (without retries no countdown or timeout is in play). The
    /// Celery page's own form allows at most 8 children per node; the run itself has no limit.
    pub fn celery(&self) -> CeleryParams {
        CeleryParams {
            tasks: self.tasks,
            io_ms: self.io_ms,
            cpu_ms: self.cpu_ms,
            jitter: self.jitter,
            seed: self.seed,
            workers: 1,
            concurrency: self.workers.max(1),
            prefetch: 4,
            acks_late: false,
            reject_on_worker_lost: false,
            fail_pct: 0,
            crash: Crash::None,
            clock: 1,
            ..CeleryParams::default()
        }
    }

    /// Each task's I/O wait and CPU time, ms: the same for every model.
    pub fn tasks_ms(&self) -> (Vec<f64>, Vec<f64>) {
        let t = self.threading(true);
        (t.io_waits(), t.cpu_times())
    }

    /// Total I/O and CPU time of the tasks, ms.
    pub fn totals_ms(&self) -> (f64, f64) {
        let (io, cpu) = self.tasks_ms();
        (io.iter().sum(), cpu.iter().sum())
    }

    /// How long the asyncio pass holds the page's only thread, ms (a model, before running).
    pub fn loop_blocking_ms(&self) -> f64 {
        self.totals_ms().1
    }

    /// Expected length of the whole run on `cores` cores, ms (a model, to refuse a run of
    /// minutes before starting it): sequential, asyncio, threading under the GIL, free-threaded,
    /// multiprocessing and Celery (like the processes, its start-up not counted).
    pub fn estimated_run_ms(&self, cores: usize) -> f64 {
        let (io, cpu) = self.totals_ms();
        let n = f64::from(self.tasks);
        let w = f64::from(self.workers.min(self.tasks).max(1));
        let parallel_cpu = w.min(cores.max(1) as f64);
        let longest_io = if n > 0.0 { io / n } else { 0.0 };
        let sequential = io + cpu;
        let asyncio = longest_io + cpu;
        let gil = (io / w).max(cpu);
        let free = (io / w).max(cpu / parallel_cpu) + cpu / parallel_cpu.max(1.0) * 0.1;
        sequential + asyncio + gil + 3.0 * free
    }
}

/// Rows of the summary table (`bandingkan-table-row-N`, cells split by `|`).
pub const TABLE_ROWS: usize = 6;
/// Lines of "other libraries" (`bandingkan-libs-N`).
pub const LIBS: usize = 6;

/// The text keys the page builds from names (models, fits, presets, table rows, libraries),
/// which the locale test's scan of literal keys cannot see.
pub fn built_text_keys() -> Vec<String> {
    let mut keys: Vec<String> = outcome::MODELS
        .iter()
        .map(|m| format!("bandingkan-model-{}", m.id))
        .collect();
    keys.extend(
        [
            advice::Fit::Sequential,
            advice::Fit::Asyncio,
            advice::Fit::Threading,
            advice::Fit::Multiprocessing,
            advice::Fit::Mixed,
            advice::Fit::Celery,
        ]
        .iter()
        .map(|f| format!("bandingkan-advice-fit-{}", f.name())),
    );
    keys.extend(
        PRESETS
            .iter()
            .map(|(n, _)| format!("bandingkan-preset-{n}")),
    );
    keys.extend((1..=TABLE_ROWS).map(|i| format!("bandingkan-table-row-{i}")));
    keys.extend((1..=LIBS).map(|i| format!("bandingkan-libs-{i}")));
    keys
}

/// Named workloads from everyday programs; each sets every parameter.
pub const PRESETS: [(&str, BandingkanParams); 5] = [
    (
        "scraping",
        BandingkanParams {
            tasks: 50,
            io_ms: 200,
            cpu_ms: 5,
            jitter: 40,
            seed: 3,
            workers: 8,
        },
    ),
    (
        "photos",
        BandingkanParams {
            tasks: 20,
            io_ms: 10,
            cpu_ms: 150,
            jitter: 30,
            seed: 8,
            workers: 2,
        },
    ),
    (
        "chat",
        BandingkanParams {
            tasks: 1_000,
            io_ms: 15,
            cpu_ms: 0,
            jitter: 50,
            seed: 5,
            workers: 16,
        },
    ),
    (
        "report",
        BandingkanParams {
            tasks: 4,
            io_ms: 300,
            cpu_ms: 500,
            jitter: 20,
            seed: 2,
            workers: 2,
        },
    ),
    (
        "mixed",
        BandingkanParams {
            tasks: 12,
            io_ms: 50,
            cpu_ms: 30,
            jitter: 50,
            seed: 4,
            workers: 4,
        },
    ),
];

#[cfg(test)]
mod tests {
    use super::advice::{advise, Fit};
    use super::*;
    use crate::model::params::Params;

    #[test]
    fn presets_are_valid_quick_and_within_the_loop_budget() {
        for (name, p) in PRESETS {
            for spec in BandingkanParams::SPECS {
                let v = p.get(spec.key).unwrap();
                assert_eq!(spec.normalize(v), v, "{name}: {}", spec.key);
            }
            assert!(p.estimated_run_ms(2) < MAX_RUN_MS, "{name}: too long");
            assert!(p.loop_blocking_ms() <= MAX_BLOCKING_MS, "{name}: freezes");
        }
    }

    #[test]
    fn each_preset_teaches_its_own_choice() {
        let fits: Vec<Fit> = PRESETS.iter().map(|(_, p)| advise(p).fit).collect();
        assert_eq!(
            fits,
            [
                Fit::Asyncio,
                Fit::Multiprocessing,
                Fit::Asyncio,
                Fit::Celery,
                Fit::Mixed
            ]
        );
    }

    #[test]
    fn every_model_gets_the_same_tasks() {
        let p = BandingkanParams {
            tasks: 30,
            jitter: 40,
            seed: 9,
            ..BandingkanParams::default()
        };
        let (io, cpu) = p.tasks_ms();
        assert_eq!(
            io,
            p.asyncio().waits(),
            "asyncio's waits are the threads' waits"
        );
        assert_eq!(
            cpu,
            p.threading(false).cpu_times(),
            "GIL or not, the same CPU parts"
        );
        assert_ne!(io, cpu, "I/O and CPU are drawn from different seeds");
        assert_eq!(io.len(), 30);
    }

    #[test]
    fn every_built_text_key_exists_and_table_rows_fill_every_column() {
        use crate::i18n::Texts;
        use crate::model::lang::Lang;
        for lang in Lang::ALL {
            let texts = Texts::load(lang);
            for key in built_text_keys() {
                assert!(texts.has(&key), "{lang:?}: {key}");
            }
            let columns = texts.get("bandingkan-table-head").split('|').count();
            assert_eq!(columns, 6);
            for i in 1..=TABLE_ROWS {
                let row = texts.get(&format!("bandingkan-table-row-{i}"));
                assert_eq!(row.split('|').count(), columns, "{lang:?} row {i}: {row}");
            }
        }
    }

    #[test]
    fn celery_gets_the_workload_on_one_node_with_default_settings() {
        let p = BandingkanParams {
            workers: 16,
            jitter: 30,
            ..BandingkanParams::default()
        };
        let c = p.celery();
        assert_eq!(
            (c.workers, c.concurrency),
            (1, 16),
            "one node, a child per worker"
        );
        assert_eq!((c.tasks, c.io_ms, c.cpu_ms), (p.tasks, p.io_ms, p.cpu_ms));
        assert_eq!((c.prefetch, c.acks_late, c.fail_pct), (4, false, 0));
        assert_eq!((c.crash, c.clock), (Crash::None, 1));
        assert!(c.scenario().actions.is_empty(), "nothing dies");
    }

    #[test]
    fn a_long_run_is_estimated_long() {
        let slow = BandingkanParams {
            tasks: 1_000,
            io_ms: 1_000,
            ..BandingkanParams::default()
        };
        assert!(slow.estimated_run_ms(2) > MAX_RUN_MS);
        let quick = BandingkanParams::default();
        assert!(quick.estimated_run_ms(2) < 5_000.0);
    }
}
