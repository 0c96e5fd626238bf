//! CPU-bound kernels: real work for the parallel demos, identical serial and parallel.
//!
//! Deliberately plain (trial division, no sieve): the point is honest CPU time that splits
//! into independent pieces, like the pure-Python loops in the generated programs.
//!
//! Work is counted in *units* (numbers checked, hash rounds, Mandelbrot pixels), so a task is a
//! fixed amount of work; [`calibrate`] turns "ms of one core" into units on each device. The
//! threading and multiprocessing demos (and Bandingkan) share these kernels.

use std::ops::Range;
use std::sync::atomic::{AtomicBool, Ordering};

use crate::model::params::ParamValue;

/// Whether `n` is prime, by trial division over odd divisors.
pub fn is_prime(n: u64) -> bool {
    // Every number the demos check fits in 32 bits, where division is much cheaper, both
    // natively and in WebAssembly.
    if let Ok(n) = u32::try_from(n) {
        return is_prime_u32(n);
    }
    if n < 2 {
        return false;
    }
    if n < 4 {
        return true;
    }
    if n.is_multiple_of(2) {
        return false;
    }
    let mut d = 3;
    while d * d <= n {
        if n.is_multiple_of(d) {
            return false;
        }
        d += 2;
    }
    true
}

fn is_prime_u32(n: u32) -> bool {
    if n < 4 {
        return n >= 2;
    }
    if n.is_multiple_of(2) {
        return false;
    }
    let mut d: u32 = 3;
    while d.saturating_mul(d) <= n {
        if n.is_multiple_of(d) {
            return false;
        }
        d += 2;
    }
    true
}

/// How many primes lie in `range`.
pub fn count_primes(range: Range<u64>) -> u64 {
    range.filter(|&n| is_prime(n)).count() as u64
}

/// Split `0..limit` into `parts` contiguous ranges (the last ones may be one shorter).
pub fn split(limit: u64, parts: u64) -> Vec<Range<u64>> {
    let parts = parts.clamp(1, limit.max(1));
    let (base, extra) = (limit / parts, limit % parts);
    let mut start = 0;
    (0..parts)
        .map(|i| {
            let len = base + u64::from(i < extra);
            let r = start..start + len;
            start += len;
            r
        })
        .collect()
}

/// What a parallel prime count found, and how the pool shared the work.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct ParallelCount {
    pub primes: u64,
    /// How many distinct pool threads ran at least one piece.
    pub threads_used: usize,
}

/// Count primes below `limit` in `parts` pieces on the current rayon pool.
///
/// The thread that ran each piece is recorded, so the caller can show that the work really
/// was shared rather than trusting the pool's size.
pub fn parallel_prime_count(limit: u64, parts: u64) -> ParallelCount {
    use rayon::prelude::*;
    let pieces: Vec<(u64, Option<usize>)> = split(limit, parts)
        .into_par_iter()
        .map(|r| (count_primes(r), rayon::current_thread_index()))
        .collect();
    let mut threads: Vec<usize> = pieces.iter().filter_map(|p| p.1).collect();
    threads.sort_unstable();
    threads.dedup();
    ParallelCount {
        primes: pieces.iter().map(|p| p.0).sum(),
        threads_used: threads.len(),
    }
}

/// The CPU kernel each task runs.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
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

/// Where the prime kernel starts checking: large enough that each number costs about the same.
const PRIME_BASE: u64 = 10_000_000;
/// Escape-time limit of the Mandelbrot kernel.
pub const MANDEL_MAX_ITER: u32 = 200;
/// How many units run between two looks at the cancel flag.
const CANCEL_EVERY: u64 = 2_048;

/// The Mandelbrot picture's frame: `width × height` pixels of the classic view.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Frame {
    pub width: u32,
    pub height: u32,
}

impl Frame {
    /// A frame of about `pixels` pixels in a 3:2 shape.
    pub fn with_pixels(pixels: u64) -> Frame {
        let width = ((pixels as f64 * 1.5).sqrt().round() as u32).max(3);
        let height = ((pixels as f64 / f64::from(width)).round() as u32).max(2);
        Frame { width, height }
    }

    /// A frame of about `pixels` pixels with at least one row per task, so every task (a
    /// horizontal strip) has real work; many tasks make it tall and narrow.
    pub fn for_tasks(pixels: u64, tasks: u32) -> Frame {
        let f = Frame::with_pixels(pixels);
        if f.height >= tasks {
            return f;
        }
        let height = tasks.max(2);
        let width = ((pixels / u64::from(height)) as u32).max(3);
        Frame { width, height }
    }

    /// The task whose strip holds row `y` (the inverse of [`Frame::strip`]).
    pub fn task_of_row(&self, y: u32, tasks: usize) -> usize {
        let (y, n, h) = (u64::from(y), tasks.max(1) as u64, u64::from(self.height));
        (((y + 1) * n - 1) / h) as usize
    }

    /// Rows `[from, to)` of task `i` out of `tasks` horizontal strips.
    pub fn strip(&self, i: usize, tasks: usize) -> (u32, u32) {
        let h = u64::from(self.height);
        let (t, n) = (i as u64, tasks.max(1) as u64);
        ((h * t / n) as u32, (h * (t + 1) / n) as u32)
    }
}

/// Escape iterations of pixel `(x, y)` in `frame` (the view −2,2…0,8 × −1,2…1,2).
///
/// Written with two steps per trip round the loop (issue 12: the kernel ran at 0,81–0,89 of
/// native Rust). The native build (`opt-level = 3`) unrolls this loop by two itself; the wasm
/// is built for size (`"z"`), which unrolls nothing, and the browser also checks for
/// interrupts at every loop back-edge, so each step paid a compare, a branch and that check.
/// Unrolled by hand, the wasm runs at 0,97 of native and the native code is as fast as before.
/// Inlined into the pixel loops, as the native build does too.
#[inline(always)]
pub fn mandel_iter(frame: Frame, x: u32, y: u32) -> u32 {
    let cx = -2.2 + 3.0 * (f64::from(x) + 0.5) / f64::from(frame.width);
    let cy = -1.2 + 2.4 * (f64::from(y) + 0.5) / f64::from(frame.height);
    let (mut zx, mut zy, mut i) = (0.0f64, 0.0f64, 0);
    while i < MANDEL_MAX_ITER && zx * zx + zy * zy <= 4.0 {
        let t = zx * zx - zy * zy + cx;
        zy = 2.0 * zx * zy + cy;
        zx = t;
        i += 1;
        // A second step in the same trip round the loop (MANDEL_MAX_ITER is even, so `i`
        // cannot pass it here). z stays finite until it escapes, so `>` is `!(<=)`.
        if zx * zx + zy * zy > 4.0 {
            break;
        }
        let t = zx * zx - zy * zy + cx;
        zy = 2.0 * zx * zy + cy;
        zx = t;
        i += 1;
    }
    i
}

/// One step of the hash chain (a 64-bit mix, as in SplitMix64's finaliser).
pub fn hash_step(h: u64) -> u64 {
    let mut z = h.wrapping_add(0x9E37_79B9_7F4A_7C15);
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    z ^ (z >> 31)
}

/// Run `units` of `kernel` for task `index`; `None` if `cancel` was raised meanwhile.
/// The result is a checksum, so the work cannot be optimised away and serial and parallel
/// runs can be compared.
pub fn run_task(kernel: Kernel, index: usize, units: u64, cancel: &AtomicBool) -> Option<u64> {
    let mut sum = 0u64;
    let mut done = 0u64;
    while done < units {
        if cancel.load(Ordering::Relaxed) {
            return None;
        }
        let batch = CANCEL_EVERY.min(units - done);
        sum = sum.wrapping_add(match kernel {
            Kernel::Primes => {
                let from = PRIME_BASE + (index as u64 * 7_919 + done) % 1_000_000;
                (from..from + batch).filter(|&n| is_prime(n)).count() as u64
            }
            Kernel::Hash => {
                let mut h = index as u64 ^ done;
                for _ in 0..batch {
                    h = hash_step(h);
                }
                h
            }
            // The picture is drawn by `run_strip`; as a plain task, pixels of a fixed frame.
            Kernel::Mandelbrot => {
                let frame = Frame::with_pixels(1 << 16);
                (done..done + batch)
                    .map(|p| {
                        let p = p + index as u64 * 977;
                        let x = (p % u64::from(frame.width)) as u32;
                        let y = ((p / u64::from(frame.width)) % u64::from(frame.height)) as u32;
                        u64::from(mandel_iter(frame, x, y))
                    })
                    .sum()
            }
        });
        done += batch;
    }
    Some(sum)
}

/// Measure how many units of `kernel` one core does per millisecond, on the thread that
/// calls it. Doubles the amount until a run lasts long enough to time well, then times that
/// amount again: the browser compiles hot wasm code a second time, faster, while it runs,
/// and the first timing would catch the slower first version. Of three timings the fastest
/// counts: a thread that the system paused (a busy phone, another tab) only ever looks slower.
pub fn calibrate(kernel: Kernel, now: &dyn Fn() -> f64) -> f64 {
    let first = time_until(kernel, now, 40.0, 1_000);
    let units = ((first * 40.0) as u64).max(1_000);
    (0..3)
        .map(|_| time_until(kernel, now, 40.0, units))
        .fold(first, f64::max)
}

/// Units per ms of `kernel`, starting with `units` and doubling until a run lasts `min_ms`.
fn time_until(kernel: Kernel, now: &dyn Fn() -> f64, min_ms: f64, mut units: u64) -> f64 {
    let never = AtomicBool::new(false);
    loop {
        let start = now();
        match kernel {
            Kernel::Mandelbrot => {
                // The picture's own average cost per pixel, on a small frame of the same view.
                let frame = Frame::with_pixels(units);
                let mut sum = 0u64;
                for y in 0..frame.height {
                    for x in 0..frame.width {
                        sum += u64::from(mandel_iter(frame, x, y));
                    }
                }
                std::hint::black_box(sum);
                units = u64::from(frame.width) * u64::from(frame.height);
            }
            _ => {
                std::hint::black_box(run_task(kernel, 0, units, &never));
            }
        }
        let ms = now() - start;
        if ms >= min_ms || units >= 1 << 40 {
            return units as f64 / ms.max(1e-3);
        }
        units *= 2;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::test_support::{clock, cpu_lock};
    use rayon::prelude::*;

    #[test]
    fn both_widths_agree() {
        let oracle = |n: u64| {
            n >= 2
                && (n < 4
                    || (!n.is_multiple_of(2)
                        && (3..)
                            .step_by(2)
                            .take_while(|d| d * d <= n)
                            .all(|d| !n.is_multiple_of(d))))
        };
        for n in (0..5_000u64).chain([4_294_967_291, 4_294_967_295, 4_294_967_311]) {
            assert_eq!(is_prime(n), oracle(n), "{n}");
        }
    }

    #[test]
    fn mandelbrot_counts_every_step_as_the_plain_loop_does() {
        let plain = |frame: Frame, x: u32, y: u32| {
            let cx = -2.2 + 3.0 * (f64::from(x) + 0.5) / f64::from(frame.width);
            let cy = -1.2 + 2.4 * (f64::from(y) + 0.5) / f64::from(frame.height);
            let (mut zx, mut zy, mut i) = (0.0f64, 0.0f64, 0);
            while i < MANDEL_MAX_ITER && zx * zx + zy * zy <= 4.0 {
                let t = zx * zx - zy * zy + cx;
                zy = 2.0 * zx * zy + cy;
                zx = t;
                i += 1;
            }
            i
        };
        let frame = Frame::with_pixels(60_000);
        let mut seen = std::collections::BTreeSet::new();
        for y in 0..frame.height {
            for x in 0..frame.width {
                let i = mandel_iter(frame, x, y);
                assert_eq!(i, plain(frame, x, y), "({x}, {y})");
                seen.insert(i % 2);
            }
        }
        assert_eq!(seen.len(), 2, "odd and even counts both occur");
    }

    #[test]
    fn known_prime_counts() {
        assert_eq!(count_primes(0..10), 4);
        assert_eq!(count_primes(0..100), 25);
        assert_eq!(count_primes(0..100_000), 9_592);
    }

    #[test]
    fn split_covers_the_range_exactly() {
        for (limit, parts) in [(10, 3), (7, 7), (5, 9), (0, 4), (1_000_003, 16)] {
            let ranges = split(limit, parts);
            assert_eq!(ranges.first().map(|r| r.start), Some(0));
            assert_eq!(ranges.last().map(|r| r.end), Some(limit));
            assert!(ranges.windows(2).all(|w| w[0].end == w[1].start));
        }
    }

    #[test]
    fn serial_and_parallel_agree() {
        let ranges = split(200_000, 13);
        let serial: u64 = ranges.iter().cloned().map(count_primes).sum();
        let parallel: u64 = ranges.into_par_iter().map(count_primes).sum();
        assert_eq!(serial, parallel);
        assert_eq!(serial, 17_984);
    }

    #[test]
    fn the_parallel_count_uses_several_threads() {
        let pool = rayon::ThreadPoolBuilder::new()
            .num_threads(2)
            .build()
            .unwrap();
        let found = pool.install(|| parallel_prime_count(2_000_000, 64));
        assert_eq!(found.primes, 148_933);
        assert!((1..=2).contains(&found.threads_used));
    }

    #[test]
    fn every_row_maps_back_to_its_strip() {
        for height in 2..50 {
            let f = Frame { width: 3, height };
            for tasks in 1..=height as usize {
                for y in 0..height {
                    let (a, b) = f.strip(f.task_of_row(y, tasks), tasks);
                    assert!((a..b).contains(&y), "h={height} n={tasks} y={y}");
                }
            }
        }
    }

    #[test]
    fn frames_and_strips_cover_the_picture() {
        let f = Frame::with_pixels(60_000);
        assert!((f.width * f.height).abs_diff(60_000) < 600);
        assert_eq!(f.strip(0, 4).0, 0);
        assert_eq!(f.strip(3, 4).1, f.height);
        assert_eq!(f.strip(1, 4).0, f.strip(0, 4).1);
    }

    #[test]
    fn calibration_makes_one_ms_about_one_ms() {
        let _cpu = cpu_lock();
        let now = clock();
        for kernel in [Kernel::Primes, Kernel::Hash] {
            let rate = calibrate(kernel, &now);
            assert!(rate > 0.0);
            let never = AtomicBool::new(false);
            let start = now();
            run_task(kernel, 3, (rate * 50.0) as u64, &never);
            let ms = now() - start;
            // Loose: a shared CI machine is noisy; the point is the order of magnitude.
            assert!(
                (15.0..200.0).contains(&ms),
                "{kernel:?}: 50 ms of work took {ms} ms"
            );
        }
        assert!(calibrate(Kernel::Mandelbrot, &now) > 0.0);
    }
}
