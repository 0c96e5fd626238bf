//! One run on the workers, as data: what the page and the workers share while it lives, the
//! phases every run goes through, and how it can end without a result.
//!
//! Every demo that runs work on Web Workers (threading, multiprocessing, the race lab, the
//! capability panel's smoke job, Celery, Bandingkan) goes through the same lifecycle
//! (`runtime::run`); these are its pure parts, so one widget can show any run.

use std::sync::atomic::{AtomicBool, AtomicUsize};

/// What the page shares with work running on the workers: a Cancel flag the workers check
/// often, and how many tasks are done (read by the page for progress).
#[derive(Debug, Default)]
pub struct Live {
    pub cancel: AtomicBool,
    pub done: AtomicUsize,
}

/// Where a run is. Runs move forward only: queued → workers → calibrating → pass 1 … pass n.
#[derive(Clone, Debug, PartialEq)]
pub enum Phase {
    /// Another run owns the workers; this one starts when it has really ended.
    Queued,
    /// The Web Workers this run needs are starting (the page's first run, or more workers).
    StartingWorkers { threads: usize },
    /// Measuring how much work one core does per millisecond on this device.
    Calibrating,
    /// Pass `index` (0-based) of `count`: `done` of `total` tasks finished.
    Pass {
        index: usize,
        count: usize,
        label: String,
        done: usize,
        total: usize,
    },
}

impl Phase {
    /// The state's name for scripts (`data-phase`).
    pub fn name(&self) -> &'static str {
        match self {
            Phase::Queued => "queued",
            Phase::StartingWorkers { .. } => "workers",
            Phase::Calibrating => "calibrating",
            Phase::Pass { .. } => "pass",
        }
    }

    /// This phase if it counts tasks (a pass with a known total), for a determinate progress
    /// bar; `None` draws an indeterminate one.
    pub fn filter_counted(self) -> Option<Phase> {
        match self {
            Phase::Pass { total, .. } if total > 0 => Some(self),
            _ => None,
        }
    }

    /// How far the whole run is, from 0 to 1: each pass is an equal share, the steps before
    /// the first pass count as 0.
    pub fn fraction(&self) -> f64 {
        match self {
            Phase::Pass {
                index,
                count,
                done,
                total,
                ..
            } => {
                let count = (*count).max(1) as f64;
                let within = if *total == 0 {
                    0.0
                } else {
                    (*done).min(*total) as f64 / *total as f64
                };
                ((*index as f64 + within) / count).clamp(0.0, 1.0)
            }
            _ => 0.0,
        }
    }
}

/// Why a run ended without a result.
#[derive(Clone, Debug, PartialEq)]
pub enum RunError {
    /// The reader pressed Cancel or left the page.
    Cancelled,
    /// The page is not cross-origin isolated: no shared memory, so no workers.
    Unavailable,
    /// The browser refused to start the workers; its own words.
    WorkersFailed(String),
    /// A job gave no answer within the watchdog's time and was given up.
    Lost,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pass(index: usize, count: usize, done: usize, total: usize) -> Phase {
        Phase::Pass {
            index,
            count,
            label: String::new(),
            done,
            total,
        }
    }

    #[test]
    fn progress_counts_passes_as_equal_shares() {
        assert_eq!(Phase::Calibrating.fraction(), 0.0);
        assert_eq!(pass(0, 2, 0, 10).fraction(), 0.0);
        assert_eq!(pass(0, 2, 5, 10).fraction(), 0.25);
        assert_eq!(pass(1, 2, 10, 10).fraction(), 1.0);
    }

    #[test]
    fn progress_never_leaves_zero_to_one() {
        assert_eq!(pass(0, 1, 50, 10).fraction(), 1.0, "done beyond total");
        assert_eq!(pass(3, 2, 0, 10).fraction(), 1.0, "index beyond count");
        assert_eq!(pass(0, 0, 0, 0).fraction(), 0.0, "an empty plan");
    }
}
