//! multiprocessing: real CPU work in parallel on Web Workers.

use crate::model::params::{Kind, ParamValue};

/// The CPU kernel each task runs.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kernel {
    Primes,
    Mandelbrot,
    Hash,
}

impl Kernel {
    /// Names in links and in the form, in index order.
    pub const NAMES: &'static [&'static str] = &["primes", "mandelbrot", "hash"];
}

impl ParamValue for Kernel {
    fn to_f64(self) -> f64 {
        self as u8 as f64
    }
    fn from_f64(value: f64) -> Self {
        match value as u8 {
            1 => Kernel::Mandelbrot,
            2 => Kernel::Hash,
            _ => Kernel::Primes,
        }
    }
}

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
