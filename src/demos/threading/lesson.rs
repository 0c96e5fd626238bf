//! The threading page's lesson: two "Tebak dulu" prompts answered by real runs (threads under
//! the GIL, and the race lab with a Lock), the misconceptions with the workload that
//! disproves each, and the textbook example. Pure: which choice held is a function of the
//! measured outcome.

use super::outcome::Outcome;
use super::race::RaceResult;
use super::{ThreadingParams, PRESETS};
use crate::model::lesson::{band, Lesson, Misconception, Prompt, Unit, Verdict};

/// The threading page's lesson (a marker type: everything is in its constants).
pub struct ThreadingLesson;

const BASE: ThreadingParams = ThreadingParams {
    threads: 4,
    tasks: 4,
    cpu_ms: 100,
    io_ms: 0,
    jitter: 0,
    seed: 1,
    gil: true,
    switch_ms: 5.0,
    race_threads: 4,
    race_n: 100_000,
    race_lock: false,
};

/// Four CPU-bound threads under the GIL: faster, the same, or slower than one?
pub const GIL_CPU: &str = "gil-cpu";
/// The race lab with a Lock: how many updates are lost?
pub const LOCK: &str = "lock";

impl Lesson for ThreadingLesson {
    type Params = ThreadingParams;
    const PAGE: &'static str = "threading";
    const PROMPTS: &'static [Prompt<ThreadingParams>] = &[
        Prompt {
            id: GIL_CPU,
            options: &["faster", "same", "slower"],
            params: BASE,
            unit: Unit::Ratio,
        },
        Prompt {
            id: LOCK,
            options: &["none", "few", "many"],
            // The smallest switch interval, so the GIL often switches inside `with lock:` and
            // the Lock really has to keep the other threads out.
            params: ThreadingParams {
                switch_ms: 0.5,
                race_n: 50_000,
                race_lock: true,
                ..BASE
            },
            unit: Unit::Count,
        },
    ];
    const MISCONCEPTIONS: &'static [Misconception<ThreadingParams>] = &[
        // More threads, same speed: eight threads of pure-Python CPU work under the GIL.
        Misconception {
            id: "more-threads",
            params: ThreadingParams {
                threads: 8,
                tasks: 8,
                cpu_ms: 50,
                ..PRESETS[1].1
            },
        },
        // Threads are useless because of the GIL: eight downloads wait together.
        Misconception {
            id: "useless",
            params: PRESETS[0].1,
        },
        // The GIL makes shared updates safe: the race lab without a Lock loses updates.
        Misconception {
            id: "gil-safe",
            params: ThreadingParams {
                switch_ms: 0.5,
                race_n: 200_000,
                ..BASE
            },
        },
    ];
    const EXAMPLE: &'static str = r#"
import threading
import time

start = time.perf_counter()
# «1»
threads = [threading.Thread(target=time.sleep, args=(1,)) for _ in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(f"{time.perf_counter() - start:.1f} s")  # «2»
"#;
}

/// The GIL prompt's choice from the measured speedup of the threaded pass over the
/// sequential one; within ±25 % counts as the same.
pub fn gil_verdict(o: &Outcome) -> Verdict {
    let speedup = o.speedup();
    Verdict {
        held: band(speedup, &[(0.8, "slower"), (1.25, "same")], "faster"),
        value: speedup,
    }
}

/// The Lock prompt's choice from the updates the race lab really lost: none, under 1 %, or more.
pub fn lock_verdict(r: &RaceResult) -> Verdict {
    let lost = r.lost() as f64;
    let share = lost / (r.expected.max(1) as f64);
    Verdict {
        held: if lost == 0.0 {
            "none"
        } else {
            band(share, &[(0.01, "few")], "many")
        },
        value: lost,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::demos::threading::outcome::Pass;
    use crate::demos::threading::work::ThreadRun;

    fn outcome(sequential_ms: f64, threaded_ms: f64) -> Outcome {
        let pass = |wall_ms| Pass {
            wall_ms,
            run: ThreadRun::default(),
        };
        Outcome::new(BASE, vec![pass(sequential_ms), pass(threaded_ms)]).unwrap()
    }

    fn race(expected: u64, actual: u64) -> RaceResult {
        RaceResult {
            expected,
            actual,
            switches: 10,
            lock_waits: 3,
            cancelled: false,
            lost_log: Vec::new(),
        }
    }

    #[test]
    fn the_gil_prompt_holds_what_the_speedup_says() {
        assert_eq!(gil_verdict(&outcome(400.0, 410.0)).held, "same");
        assert_eq!(gil_verdict(&outcome(400.0, 105.0)).held, "faster");
        assert_eq!(gil_verdict(&outcome(400.0, 600.0)).held, "slower");
        assert!((gil_verdict(&outcome(400.0, 200.0)).value - 2.0).abs() < 1e-9);
    }

    #[test]
    fn the_lock_prompt_holds_what_was_lost() {
        assert_eq!(lock_verdict(&race(200_000, 200_000)).held, "none");
        assert_eq!(lock_verdict(&race(200_000, 199_000)).held, "few");
        let many = lock_verdict(&race(200_000, 90_000));
        assert_eq!((many.held, many.value), ("many", 110_000.0));
    }

    #[test]
    fn the_workloads_fit_the_page_and_each_myth_changes_the_link() {
        use crate::model::lesson::workload_problems;
        assert_eq!(workload_problems::<ThreadingLesson>(), Vec::<String>::new());
        let lesson = ThreadingLesson::MISCONCEPTIONS;
        let lock = ThreadingLesson::PROMPTS[1].params;
        assert!(
            lock.race_lock && lock.gil,
            "the Lock prompt runs the lab with a Lock"
        );
        assert!(
            !lesson[2].params.race_lock,
            "the GIL myth runs the lab without one"
        );
    }
}
