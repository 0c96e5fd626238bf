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
