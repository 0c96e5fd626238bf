//! Retries and seeded failures: Celery's countdown formula, and which attempts fail.
//!
//! - `autoretry_for` + `retry_backoff` (`celery/app/autoretry.py`): the countdown is
//!   `get_exponential_backoff_interval(factor=int(max(1.0, retry_backoff)), retries,
//!   maximum=retry_backoff_max, full_jitter=retry_jitter)` (`celery/utils/time.py`):
//!   `min(maximum, factor · 2^retries)` with `retries` = 0 on the first failure, then with
//!   jitter `random.randrange(countdown + 1)`, a whole number in `[0, countdown]`.
//! - Without `retry_backoff`, `Task.retry` waits `default_retry_delay`: 180 s.
//! - `Task.retry` gives up when `retries + 1 > max_retries` (3 by default): at most 4 runs.
//!
//! Determinism: Celery draws its jitter from Python's global `random`; the page draws it from
//! SplitMix64 seeded by (seed, task, retries), so a shared link replays the same countdowns.
//! Failures are drawn the same way, and the generated `tasks.py` repeats that rule exactly.

use crate::model::rng::SplitMix64;

use super::TaskId;

/// `Task.default_retry_delay`, in Celery seconds.
pub const DEFAULT_RETRY_DELAY_S: u32 = 180;

/// A task's retry settings, as in `@app.task(...)`.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct RetryPolicy {
    /// `max_retries`: retries after the first run.
    pub max_retries: u32,
    /// `retry_backoff` factor in seconds; 0 = `False` (then `default_retry_delay`).
    pub backoff: u32,
    /// `retry_backoff_max`, in seconds.
    pub backoff_max: u32,
    /// `retry_jitter`.
    pub jitter: bool,
}

impl Default for RetryPolicy {
    fn default() -> Self {
        RetryPolicy {
            max_retries: 3,
            backoff: 0,
            backoff_max: 600,
            jitter: true,
        }
    }
}

impl RetryPolicy {
    /// Whether a run with `request.retries == retries` that raised may be retried.
    pub fn may_retry(&self, retries: u32) -> bool {
        retries < self.max_retries
    }

    /// The jitter band `[0, countdown]` (or the fixed delay twice) before retry number
    /// `retries + 1`, in Celery seconds.
    pub fn band_s(&self, retries: u32) -> (u32, u32) {
        if self.backoff == 0 {
            return (DEFAULT_RETRY_DELAY_S, DEFAULT_RETRY_DELAY_S);
        }
        let factor = u64::from(self.backoff.max(1));
        let countdown = factor
            .saturating_mul(1u64 << retries.min(40))
            .min(u64::from(self.backoff_max)) as u32;
        if self.jitter {
            (0, countdown)
        } else {
            (countdown, countdown)
        }
    }

    /// The countdown Celery uses for the retry after a failed run of `task` with
    /// `request.retries == retries`, in Celery seconds; jitter from the seeded stream.
    pub fn countdown_s(&self, seed: u32, task: TaskId, retries: u32) -> u32 {
        let (lo, hi) = self.band_s(retries);
        if lo == hi {
            return hi;
        }
        let draw = stream(seed, task, retries, Stream::Jitter).next_u64();
        (draw % (u64::from(hi) + 1)) as u32
    }
}

/// Which seeded draw a stream is for, so failures and jitter stay independent.
#[derive(Clone, Copy)]
enum Stream {
    Failure = 0,
    Jitter = 1,
}

/// The seeded generator for one (task, retries) pair: the same draw whatever order the
/// runs happen in. The key is `seed << 32 | stream << 31 | task << 8 | retries`.
fn stream(seed: u32, task: TaskId, retries: u32, which: Stream) -> SplitMix64 {
    let key = (u64::from(seed) << 32)
        | ((which as u64) << 31)
        | (u64::from(task) << 8)
        | u64::from(retries.min(255));
    SplitMix64::new(key)
}

/// `fail_pct` percent of runs raise, decided per (task, `request.retries`).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct FailureRule {
    pub seed: u32,
    /// Chance that a run raises, in percent (0 to 100).
    pub fail_pct: u32,
}

impl FailureRule {
    /// Whether the run of `task` with `request.retries == retries` raises. A requeued
    /// message keeps its `retries`, so it meets the same verdict: that is what `tasks.py`
    /// can know too.
    pub fn fails(&self, task: TaskId, retries: u32) -> bool {
        let draw = stream(self.seed, task, retries, Stream::Failure).next_u64();
        draw % 100 < u64::from(self.fail_pct)
    }
}

/// How much faster than real time Celery's own clock runs on the page: countdowns and the
/// visibility timeout are divided by it; a task's work (`io_ms`, `cpu_ms`) is not.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct ClockScale {
    pub factor: u32,
}

impl ClockScale {
    /// Celery seconds as ms on the page's clock.
    pub fn ms(&self, celery_s: u32) -> f64 {
        f64::from(celery_s) * 1000.0 / f64::from(self.factor.max(1))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn backoff_doubles_from_the_factor_and_stops_at_the_maximum() {
        let p = RetryPolicy {
            backoff: 2,
            backoff_max: 10,
            jitter: false,
            ..RetryPolicy::default()
        };
        let caps: Vec<u32> = (0..5).map(|r| p.band_s(r).1).collect();
        assert_eq!(caps, vec![2, 4, 8, 10, 10]);
        assert_eq!(p.countdown_s(1, 0, 2), 8, "no jitter: exactly the cap");
    }

    #[test]
    fn without_backoff_the_delay_is_three_minutes() {
        let p = RetryPolicy::default();
        assert_eq!(p.countdown_s(1, 5, 0), 180);
        assert_eq!(p.band_s(3), (180, 180));
    }

    #[test]
    fn jitter_is_a_whole_number_within_the_band_and_reproducible() {
        let p = RetryPolicy {
            backoff: 1,
            backoff_max: 600,
            ..RetryPolicy::default()
        };
        let draws: Vec<u32> = (0..2000).map(|t| p.countdown_s(7, t, 3)).collect();
        assert!(draws.iter().all(|d| *d <= 8));
        assert!(
            draws.contains(&0) && draws.contains(&8),
            "both ends reachable"
        );
        assert_eq!(draws[17], p.countdown_s(7, 17, 3));
        assert_ne!(
            draws,
            (0..2000)
                .map(|t| p.countdown_s(8, t, 3))
                .collect::<Vec<_>>()
        );
    }

    #[test]
    fn max_retries_three_means_four_runs() {
        let p = RetryPolicy::default();
        let runs = 1 + (0..).take_while(|r| p.may_retry(*r)).count();
        assert_eq!(runs, 4);
    }

    #[test]
    fn the_failure_rate_follows_fail_pct() {
        let rule = FailureRule {
            seed: 3,
            fail_pct: 20,
        };
        let fails = (0..10_000)
            .filter(|t| rule.fails(*t % 1000, t / 1000))
            .count();
        assert!((1800..2200).contains(&fails), "{fails}");
        assert!(!(0..100).any(|t| FailureRule {
            fail_pct: 0,
            ..rule
        }
        .fails(t, 0)));
        assert!((0..100).all(|t| FailureRule {
            fail_pct: 100,
            ..rule
        }
        .fails(t, 0)));
    }

    #[test]
    fn the_clock_factor_scales_celery_seconds() {
        assert_eq!(ClockScale { factor: 100 }.ms(180), 1800.0);
        assert_eq!(ClockScale { factor: 1 }.ms(2), 2000.0);
    }
}
