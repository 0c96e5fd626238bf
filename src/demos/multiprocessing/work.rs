//! The CPU work of the multiprocessing demo, and the pool that shares it among workers.
//!
//! Pure Rust on rayon: the same code runs natively in the tests and on Web Workers in the
//! browser. Work is counted in *units* (numbers checked, hash rounds, Mandelbrot pixels), so a
//! task is a fixed amount of work; calibration turns "ms of one core" into units.

use std::sync::atomic::{AtomicBool, AtomicU64, AtomicU8, AtomicUsize, Ordering};
use std::sync::Mutex;

use super::Kernel;
use crate::demos::Live;
use crate::model::kernels::is_prime;

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
pub fn mandel_iter(frame: Frame, x: u32, y: u32) -> u32 {
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

/// One chunk as a worker ran it, timestamps on the caller's clock (ms).
#[derive(Clone, Debug, PartialEq)]
pub struct ChunkRecord {
    /// The logical worker (0-based): one Python process.
    pub worker: usize,
    /// The pool thread it ran on, when known.
    pub thread: Option<usize>,
    pub first_task: usize,
    pub tasks: usize,
    pub start: f64,
    pub end: f64,
}

/// What one pass over the tasks produced.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct PassResult {
    pub chunks: Vec<ChunkRecord>,
    pub checksum: u64,
    pub cancelled: bool,
    /// Mandelbrot only: escape iterations of every pixel, row by row (empty otherwise).
    pub pixels: Vec<u8>,
}

/// A zeroed picture buffer for `frame` (empty without one). Made before a pass is timed, so
/// allocating it is not counted as the pass's work.
pub fn picture_buffer(frame: Option<Frame>) -> Vec<AtomicU8> {
    match frame {
        Some(f) => (0..u64::from(f.width) * u64::from(f.height))
            .map(|_| AtomicU8::new(0))
            .collect(),
        None => Vec::new(),
    }
}

/// Run every task on `workers` workers, each taking `chunksize` tasks at a time from a shared
/// queue, like `Pool.map(chunksize=…)`. Must be called on a rayon pool with at least
/// `workers` threads for them to run at once; `now` is the clock to stamp chunks with.
/// With a `frame`, the Mandelbrot strips are drawn into `pixels` (see [`picture_buffer`]).
#[allow(clippy::too_many_arguments)]
pub fn run_pass(
    kernel: Kernel,
    units: &[u64],
    workers: usize,
    chunksize: usize,
    frame: Option<Frame>,
    pixels: &[AtomicU8],
    live: &Live,
    now: &(dyn Fn() -> f64 + Sync),
) -> PassResult {
    let chunksize = chunksize.max(1);
    let chunks = units.len().div_ceil(chunksize);
    let next = AtomicUsize::new(0);
    let records = Mutex::new(Vec::with_capacity(chunks));
    let checksum = AtomicU64::new(0);
    rayon::scope(|scope| {
        for worker in 0..workers.max(1) {
            let (next, records, checksum, pixels) = (&next, &records, &checksum, &pixels);
            scope.spawn(move |_| loop {
                let chunk = next.fetch_add(1, Ordering::Relaxed);
                if chunk >= chunks || live.cancel.load(Ordering::Relaxed) {
                    break;
                }
                let first = chunk * chunksize;
                let last = (first + chunksize).min(units.len());
                let start = now();
                for task in first..last {
                    let sum = match frame {
                        Some(f) => run_strip(f, task, units.len(), pixels, &live.cancel),
                        None => run_task(kernel, task, units[task], &live.cancel),
                    };
                    let Some(sum) = sum else { break };
                    checksum.fetch_add(sum, Ordering::Relaxed);
                    live.done.fetch_add(1, Ordering::Relaxed);
                }
                let record = ChunkRecord {
                    worker,
                    thread: rayon::current_thread_index(),
                    first_task: first,
                    tasks: last - first,
                    start,
                    end: now(),
                };
                if let Ok(mut r) = records.lock() {
                    r.push(record);
                }
            });
        }
    });
    let mut chunks = records.into_inner().unwrap_or_default();
    chunks.sort_by(|a, b| a.start.total_cmp(&b.start));
    PassResult {
        chunks,
        checksum: checksum.into_inner(),
        cancelled: live.cancel.load(Ordering::Relaxed),
        pixels: pixels.iter().map(|p| p.load(Ordering::Relaxed)).collect(),
    }
}

/// Compute strip `task` of the Mandelbrot `frame` into `pixels`; `None` if cancelled.
fn run_strip(
    frame: Frame,
    task: usize,
    tasks: usize,
    pixels: &[AtomicU8],
    cancel: &AtomicBool,
) -> Option<u64> {
    let (from, to) = frame.strip(task, tasks);
    let mut sum = 0u64;
    for y in from..to {
        if cancel.load(Ordering::Relaxed) {
            return None;
        }
        for x in 0..frame.width {
            let it = mandel_iter(frame, x, y);
            sum += u64::from(it);
            let at = y as usize * frame.width as usize + x as usize;
            if let Some(p) = pixels.get(at) {
                p.store(it.min(255) as u8, Ordering::Relaxed);
            }
        }
    }
    Some(sum)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::test_support::{clock, pool};

    #[test]
    fn serial_and_parallel_passes_give_the_same_answer() {
        let units = vec![3_000u64; 24];
        for kernel in [Kernel::Primes, Kernel::Hash, Kernel::Mandelbrot] {
            let one = pool(1)
                .install(|| run_pass(kernel, &units, 1, 1, None, &[], &Live::default(), &clock()));
            let four = pool(4)
                .install(|| run_pass(kernel, &units, 4, 5, None, &[], &Live::default(), &clock()));
            assert_eq!(one.checksum, four.checksum, "{kernel:?}");
            assert_eq!(one.chunks.len(), 24);
            assert_eq!(four.chunks.len(), 5, "24 tasks in chunks of 5");
            assert_eq!(four.chunks.iter().map(|c| c.tasks).sum::<usize>(), 24);
        }
    }

    #[test]
    fn the_picture_is_the_same_however_it_is_split() {
        let frame = Frame::with_pixels(6_000);
        let units = vec![0u64; 7];
        let a = pool(1).install(|| {
            run_pass(
                Kernel::Mandelbrot,
                &units,
                1,
                1,
                Some(frame),
                &picture_buffer(Some(frame)),
                &Live::default(),
                &clock(),
            )
        });
        let b = pool(3).install(|| {
            run_pass(
                Kernel::Mandelbrot,
                &units,
                3,
                2,
                Some(frame),
                &picture_buffer(Some(frame)),
                &Live::default(),
                &clock(),
            )
        });
        assert_eq!(a.pixels.len(), (frame.width * frame.height) as usize);
        assert_eq!(a.pixels, b.pixels);
        assert!(
            a.pixels.iter().any(|&p| p as u32 == MANDEL_MAX_ITER),
            "the set itself is in view"
        );
    }

    #[test]
    fn several_workers_share_the_chunks() {
        let units = vec![20_000u64; 40];
        let r = pool(4).install(|| {
            run_pass(
                Kernel::Primes,
                &units,
                4,
                1,
                None,
                &[],
                &Live::default(),
                &clock(),
            )
        });
        let mut workers: Vec<usize> = r.chunks.iter().map(|c| c.worker).collect();
        workers.sort_unstable();
        workers.dedup();
        assert!(workers.len() >= 2, "{workers:?}");
    }

    #[test]
    fn cancel_stops_the_remaining_work() {
        let live = Live::default();
        live.cancel.store(true, Ordering::Relaxed);
        let r = pool(2).install(|| {
            run_pass(
                Kernel::Hash,
                &[1_000_000; 8],
                2,
                1,
                None,
                &[],
                &live,
                &clock(),
            )
        });
        assert!(r.cancelled);
        assert_eq!(live.done.load(Ordering::Relaxed), 0);
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
}
