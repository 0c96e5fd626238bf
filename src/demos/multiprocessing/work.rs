//! The CPU work of the multiprocessing demo, and the pool that shares it among workers.
//!
//! Pure Rust on rayon: the same code runs natively in the tests and on Web Workers in the
//! browser. Work is counted in *units* (numbers checked, hash rounds, Mandelbrot pixels), so a
//! task is a fixed amount of work; calibration turns "ms of one core" into units.

use std::sync::atomic::{AtomicBool, AtomicU64, AtomicU8, AtomicUsize, Ordering};
use std::sync::Mutex;

use crate::model::kernels::{mandel_iter, run_task, Kernel};
pub use crate::model::kernels::{Frame, MANDEL_MAX_ITER};
use crate::model::run::Live;

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

#[cfg(test)]
impl ChunkRecord {
    /// A chunk as a test writes it: worker, first task, tasks, start and end (ms).
    pub fn at(worker: usize, first_task: usize, tasks: usize, start: f64, end: f64) -> ChunkRecord {
        ChunkRecord {
            worker,
            thread: None,
            first_task,
            tasks,
            start,
            end,
        }
    }
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
}
