//! Celery: a broker, worker nodes, task states, retries and acks.

use crate::model::params::Kind;

crate::params! {
    /// The Celery workload: `tasks` sent to a broker and consumed by `workers`.
    pub struct CeleryParams {
        /// Number of tasks sent with `.delay()`.
        tasks: u32 = 20 => Kind::int(1, 1_000),
        /// Number of worker nodes.
        workers: u32 = 2 => Kind::int(1, 8),
        /// I/O wait per task, in milliseconds.
        io_ms: u32 = 200 => Kind::int(0, 10_000),
        /// CPU work per task, in milliseconds of one core.
        cpu_ms: u32 = 0 => Kind::int(0, 10_000),
        /// Random spread of each task, in ± percent.
        jitter: u32 = 0 => Kind::int(0, 100),
        /// Seed of the jitter.
        seed: u32 = 1 => Kind::int(0, 999_999),
    }
}
