//! `make bench` helper: the multiprocessing kernels' single-thread rate compiled natively,
//! to compare with the same kernels in WebAssembly (the page's calibration).
//! Prints one JSON object: units per millisecond of one core, per kernel.

use lab_konkurensi::demos::multiprocessing::{calibrate, Kernel};

fn main() {
    #[allow(clippy::disallowed_methods)] // native only: the browser uses runtime::clock
    let t0 = std::time::Instant::now();
    let now = move || t0.elapsed().as_secs_f64() * 1000.0;
    let best = |k: Kernel| (0..5).map(|_| calibrate(k, &now)).fold(0.0, f64::max);
    println!(
        "{{\"primes\": {:.3}, \"hash\": {:.3}, \"mandelbrot\": {:.3}}}",
        best(Kernel::Primes),
        best(Kernel::Hash),
        best(Kernel::Mandelbrot)
    );
}
