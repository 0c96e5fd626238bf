//! Runs multiprocessing passes on the rayon pool (Web Workers) and reports them to the page.
//!
//! The page only awaits: each pass is one pool job, its progress is read from shared atomics a
//! few times a second, and Cancel raises a flag the workers check between small batches.

use std::cell::RefCell;
use std::collections::HashMap;
use std::sync::atomic::Ordering;
use std::sync::Arc;

use super::work::{picture_buffer, run_pass, Frame, PassResult};
use super::{calibrate, Kernel};
use crate::demos::Live;
use crate::runtime::clock::{epoch_ms, timed};
use crate::runtime::pool::{self, PoolError};

thread_local! {
    // Calibration is per page load and kernel: the device does not change under us.
    static RATES: RefCell<HashMap<&'static str, f64>> = RefCell::new(HashMap::new());
}

fn kernel_key(kernel: Kernel) -> &'static str {
    super::Kernel::NAMES[kernel as usize]
}

/// Units of `kernel` per ms of one core, measured once on a pool thread, then remembered.
pub async fn rate(kernel: Kernel) -> Result<f64, PoolError> {
    if let Some(r) = RATES.with(|r| r.borrow().get(kernel_key(kernel)).copied()) {
        return Ok(r);
    }
    let r = pool::run(move || calibrate(kernel, &epoch_ms)).await?;
    RATES.with(|rates| rates.borrow_mut().insert(kernel_key(kernel), r));
    Ok(r)
}

/// One measured pass: its chunks (times relative to its start) and its wall time.
#[derive(Clone, Debug, PartialEq)]
pub struct Pass {
    pub workers: usize,
    pub wall_ms: f64,
    pub result: PassResult,
}

/// Run one pass with `workers` workers; `on_progress(done)` hears how many tasks are done.
pub async fn pass(
    kernel: Kernel,
    units: Arc<Vec<u64>>,
    workers: usize,
    chunksize: usize,
    frame: Option<Frame>,
    live: Arc<Live>,
    on_progress: impl Fn(usize),
) -> Result<Pass, PoolError> {
    live.done.store(0, Ordering::Relaxed);
    let job = {
        let live = live.clone();
        move || {
            let pixels = picture_buffer(frame);
            let (result, wall_ms) = timed(|now| {
                run_pass(
                    kernel, &units, workers, chunksize, frame, &pixels, &live, now,
                )
            });
            Pass {
                workers,
                wall_ms,
                result,
            }
        }
    };
    pool::run_watching(job, 100.0, || {
        on_progress(live.done.load(Ordering::Relaxed))
    })
    .await
}
