//! threading: real worker threads contending for a real GIL.

use crate::model::params::Kind;

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
    }
}
