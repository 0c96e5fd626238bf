//! The multiprocessing run as a plan for the lifecycle (`runtime::run`): calibrate the
//! kernel, warm up, then one pass per worker count. Each pass is one job that opens a
//! `rayon::scope` with one loop per worker; only the pass that is drawn keeps its picture.

use super::outcome::Pass;
use super::work::{picture_buffer, run_pass};
use super::MultiprocessingParams;
use crate::runtime::clock::timed;
use crate::runtime::run::{Job, PassPlan, Plan, Work};

/// The plan for `p` with these worker `counts` (1 first: the baseline); `label(n)` names the
/// pass with `n` workers for the progress line.
pub fn plan(
    p: MultiprocessingParams,
    counts: &[usize],
    label: impl Fn(usize) -> String,
) -> Plan<Pass> {
    let last = counts.len().saturating_sub(1);
    let passes = counts
        .iter()
        .enumerate()
        .map(|(i, &workers)| PassPlan {
            label: label(workers),
            total: p.tasks as usize,
            job: Work::Pool(pass(p, workers, i == last)),
        })
        .collect();
    Plan {
        threads: counts.iter().copied().max().unwrap_or(1),
        calibrate: Some(p.kernel),
        warm_up: Some(Box::new(move |ctx| {
            let (units, frame) = p.warm_up(ctx.rate);
            let pixels = picture_buffer(frame);
            run_pass(p.kernel, &units, 1, 1, frame, &pixels, ctx.live, &|| 0.0);
        })),
        passes,
    }
}

/// One pass with `workers` workers; `drawn` keeps its Mandelbrot pixels (the others do the
/// same work without storing a picture, so a sweep holds one picture, not one per pass).
fn pass(p: MultiprocessingParams, workers: usize, drawn: bool) -> Job<Pass> {
    Box::new(move |ctx| {
        let units = p.units(ctx.rate);
        let frame = p.frame(ctx.rate).map(|f| f.0);
        // Made before the clock starts: allocating the picture is not the pass's work.
        let pixels = picture_buffer(frame.filter(|_| drawn));
        let (result, wall_ms) = timed(|now| {
            run_pass(
                p.kernel,
                &units,
                workers,
                p.chunksize as usize,
                frame,
                &pixels,
                ctx.live,
                now,
            )
        });
        Pass {
            workers,
            wall_ms,
            result,
        }
    })
}
