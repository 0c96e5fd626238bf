//! Bandingkan: one workload under every model, side by side.

use crate::model::params::Kind;

crate::params! {
    /// The shared workload compared across asyncio, threading and multiprocessing.
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
