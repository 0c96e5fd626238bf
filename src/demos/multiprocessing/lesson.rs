//! The multiprocessing page's lesson: two "Tebak dulu" prompts answered by real runs on the
//! page's worker processes, the misconceptions with the workload that disproves each, and
//! the textbook example (the one the Python documentation opens with). Pure: which choice
//! held is a function of the measured outcome.

use super::outcome::Outcome;
use super::{Kernel, MultiprocessingParams};
use crate::model::lesson::{band, Lesson, Misconception, Prompt, Unit, Verdict};

/// The multiprocessing page's lesson (a marker type: everything is in its constants).
pub struct MultiprocessingLesson;

const BASE: MultiprocessingParams = MultiprocessingParams {
    tasks: 8,
    cpu_ms: 50,
    workers: 2,
    chunksize: 1,
    kernel: Kernel::Primes,
    jitter: 0,
    seed: 1,
};

/// 16 tasks of 1 ms on 8 worker processes: above or below 1×?
pub const TINY: &str = "tiny";
/// Two worker processes, CPU-bound, on this device: how much faster?
pub const TWO: &str = "two";

impl Lesson for MultiprocessingLesson {
    type Params = MultiprocessingParams;
    const PAGE: &'static str = "multiprocessing";
    const PROMPTS: &'static [Prompt<MultiprocessingParams>] = &[
        Prompt {
            id: TINY,
            options: &["above", "below"],
            params: MultiprocessingParams {
                tasks: 16,
                cpu_ms: 1,
                workers: 8,
                ..BASE
            },
            unit: Unit::Ratio,
        },
        Prompt {
            id: TWO,
            options: &["one", "two", "more"],
            params: BASE,
            unit: Unit::Ratio,
        },
    ];
    const MISCONCEPTIONS: &'static [Misconception<MultiprocessingParams>] = &[
        // More worker processes than cores: the sweep flattens at the core count.
        Misconception {
            id: "more-workers",
            params: MultiprocessingParams {
                tasks: 16,
                workers: 8,
                ..BASE
            },
        },
        // A chunk as large as the task list: one worker process does everything.
        Misconception {
            id: "big-chunks",
            params: MultiprocessingParams {
                cpu_ms: 100,
                chunksize: 8,
                ..BASE
            },
        },
        // Equal task counts, unequal work: Mandelbrot strips through the set cost more.
        Misconception {
            id: "balanced",
            params: MultiprocessingParams {
                tasks: 4,
                cpu_ms: 100,
                kernel: Kernel::Mandelbrot,
                ..BASE
            },
        },
    ];
    const EXAMPLE: &'static str = r#"
from multiprocessing import Pool

def square(x):
    return x * x  # «1»

if __name__ == "__main__":  # «2»
    with Pool(4) as pool:
        print(pool.map(square, range(10)))  # «3»
"#;
}

/// Speedup of the last pass over the 1-worker baseline, and the choice it falls in.
pub fn verdict(prompt: &str, o: &Outcome) -> Verdict {
    let speedup = o.speedup();
    let held = match prompt {
        TINY => band(speedup, &[(1.0, "below")], "above"),
        _ => band(speedup, &[(1.25, "one"), (2.2, "two")], "more"),
    };
    Verdict {
        held,
        value: speedup,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::demos::multiprocessing::outcome::{Labels, Pass};
    use crate::demos::multiprocessing::work::PassResult;

    fn outcome(baseline_ms: f64, parallel_ms: f64) -> Outcome {
        let pass = |workers, wall_ms| Pass {
            workers,
            wall_ms,
            result: PassResult::default(),
        };
        let labels = Labels {
            baseline: "1".into(),
            worker: Box::new(|n| n.to_string()),
        };
        Outcome::new(
            BASE,
            1.0,
            vec![pass(1, baseline_ms), pass(2, parallel_ms)],
            false,
            2,
            None,
            &labels,
        )
    }

    #[test]
    fn the_tiny_prompt_holds_which_side_of_one_the_speedup_is() {
        assert_eq!(verdict(TINY, &outcome(16.0, 20.0)).held, "below");
        assert_eq!(verdict(TINY, &outcome(16.0, 9.0)).held, "above");
        assert!((verdict(TINY, &outcome(16.0, 8.0)).value - 2.0).abs() < 1e-9);
    }

    #[test]
    fn the_two_workers_prompt_holds_the_measured_band() {
        assert_eq!(verdict(TWO, &outcome(400.0, 390.0)).held, "one");
        assert_eq!(verdict(TWO, &outcome(400.0, 215.0)).held, "two");
        assert_eq!(verdict(TWO, &outcome(400.0, 100.0)).held, "more");
    }

    #[test]
    fn the_workloads_fit_the_page_and_each_myth_changes_the_link() {
        use crate::model::lesson::workload_problems;
        assert_eq!(
            workload_problems::<MultiprocessingLesson>(),
            Vec::<String>::new()
        );
        let myths = MultiprocessingLesson::MISCONCEPTIONS;
        for m in myths {
            assert!(
                m.params.estimated_run_ms(&m.params.worker_counts(true), 2)
                    < super::super::MAX_RUN_MS
            );
        }
        // The big-chunk myth: one chunk holds every task, so one worker process gets them all.
        let big = myths[1].params;
        assert_eq!(big.chunksize, big.tasks);
    }
}
