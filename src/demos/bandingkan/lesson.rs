//! Bandingkan's lesson: two "Tebak dulu" prompts, each a race of two models run by the page's
//! own plan (the model pages' engines), the misconceptions with the workload that disproves
//! each (run with the page's whole race), and the textbook example: one `concurrent.futures`
//! program in which only the executor's class changes. Pure: which choice held is a function
//! of the measured outcome.

use super::outcome::{Model, Outcome};
use super::BandingkanParams;
use crate::model::lesson::{band, Lesson, Misconception, Prompt, Unit, Verdict};

/// Bandingkan's lesson (a marker type: everything is in its constants).
pub struct BandingkanLesson;

const BASE: BandingkanParams = BandingkanParams {
    tasks: 8,
    io_ms: 100,
    cpu_ms: 50,
    jitter: 0,
    seed: 1,
    workers: 4,
};

/// 4 tasks of pure-Python CPU work: 4 threads under the GIL, or 4 processes?
pub const CPU: &str = "cpu";
/// 40 tasks that only wait: asyncio, or 4 processes?
pub const IO: &str = "io";

/// Times within this factor of each other count as the same: a busy device's noise.
pub const SAME: f64 = 1.2;

impl Lesson for BandingkanLesson {
    type Params = BandingkanParams;
    const PAGE: &'static str = "bandingkan";
    const PROMPTS: &'static [Prompt<BandingkanParams>] = &[
        Prompt {
            id: CPU,
            options: &["multiprocessing", "threading", "same"],
            params: BandingkanParams {
                tasks: 4,
                io_ms: 0,
                cpu_ms: 300,
                ..BASE
            },
            unit: Unit::Ratio,
        },
        Prompt {
            id: IO,
            options: &["asyncio", "multiprocessing", "same"],
            params: BandingkanParams {
                tasks: 40,
                io_ms: 100,
                cpu_ms: 0,
                ..BASE
            },
            unit: Unit::Ratio,
        },
    ];
    const MISCONCEPTIONS: &'static [Misconception<BandingkanParams>] = &[
        // Waiting only: asyncio and threads finish far ahead of 4 processes.
        Misconception {
            id: "processes-always",
            params: BandingkanParams {
                tasks: 20,
                io_ms: 100,
                cpu_ms: 0,
                ..BASE
            },
        },
        // CPU only: asyncio takes as long as running the tasks one after another.
        Misconception {
            id: "asyncio-cpu",
            params: BandingkanParams {
                tasks: 8,
                io_ms: 0,
                cpu_ms: 100,
                ..BASE
            },
        },
        // Waiting only, 8 threads: the GIL is released while they wait.
        Misconception {
            id: "threads-useless",
            params: BandingkanParams {
                tasks: 8,
                io_ms: 100,
                cpu_ms: 0,
                workers: 8,
                ..BASE
            },
        },
        // Tiny tasks: Celery pays for its node and the broker's round trips, and comes last.
        Misconception {
            id: "queue-faster",
            params: BandingkanParams {
                tasks: 10,
                io_ms: 5,
                cpu_ms: 0,
                workers: 2,
                ..BASE
            },
        },
    ];
    const EXAMPLE: &'static str = r#"
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
from time import perf_counter

def count(n):
    return sum(i * i for i in range(n))  # «1»

if __name__ == "__main__":  # «2»
    for Executor in (ThreadPoolExecutor, ProcessPoolExecutor):
        start = perf_counter()
        with Executor(4) as pool:  # «3»
            list(pool.map(count, [3_000_000] * 4))
        print(Executor.__name__, round(perf_counter() - start, 2))
"#;
}

/// The two models a prompt races: the one its question is about, and the other. The verdict's
/// figure is how many times faster the first was (the other's time over its time).
pub fn raced(prompt: &str) -> [Model; 2] {
    match prompt {
        CPU => [Model::Multiprocessing, Model::Threading],
        _ => [Model::Asyncio, Model::Multiprocessing],
    }
}

/// Which of the two raced models was faster, or neither (within [`SAME`]); `None` if one of
/// them was not measured (its engine did not start, or the run was cancelled).
pub fn verdict(prompt: &str, o: &Outcome) -> Option<Verdict> {
    let [first, other] = raced(prompt);
    let ratio = o.measure(other)?.wall_ms / o.measure(first)?.wall_ms.max(1e-9);
    let held = if ratio >= SAME {
        first.id()
    } else {
        band(ratio, &[(1.0 / SAME, other.id())], "same")
    };
    Some(Verdict { held, value: ratio })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::demos::bandingkan::outcome::{Measure, ModelResult, MODELS};
    use crate::demos::MAX_RUN_MS;
    use crate::model::timeline::Timeline;

    /// An outcome where `measured` models took those times, ms.
    fn outcome(measured: &[(Model, f64)]) -> Outcome {
        Outcome {
            params: BASE,
            results: MODELS
                .iter()
                .map(|info| ModelResult {
                    model: info.model,
                    measured: measured
                        .iter()
                        .find(|m| m.0 == info.model)
                        .map(|&(_, wall_ms)| Measure {
                            wall_ms,
                            pass_ms: wall_ms,
                            startup_ms: 0.0,
                            started: 0,
                        }),
                })
                .collect(),
            startup: None,
            timeline: Timeline {
                duration: 1.0,
                lanes: Vec::new(),
            },
            failed: Vec::new(),
            replays: Vec::new(),
        }
    }

    #[test]
    fn the_cpu_prompt_holds_the_faster_of_threads_and_processes() {
        let race = |threads: f64, processes: f64| {
            verdict(
                CPU,
                &outcome(&[
                    (Model::Threading, threads),
                    (Model::Multiprocessing, processes),
                ]),
            )
            .unwrap()
        };
        let v = race(1_200.0, 650.0);
        assert_eq!(v.held, "multiprocessing");
        assert!((v.value - 1_200.0 / 650.0).abs() < 1e-9);
        assert_eq!(race(1_200.0, 1_150.0).held, "same");
        assert_eq!(race(600.0, 1_200.0).held, "threading");
    }

    #[test]
    fn the_io_prompt_holds_the_faster_of_asyncio_and_processes() {
        let race = |aio: f64, processes: f64| {
            verdict(
                IO,
                &outcome(&[(Model::Asyncio, aio), (Model::Multiprocessing, processes)]),
            )
            .unwrap()
        };
        assert_eq!(race(105.0, 1_150.0).held, "asyncio");
        assert_eq!(race(1_000.0, 900.0).held, "same");
        assert_eq!(race(1_000.0, 500.0).held, "multiprocessing");
        // A model that did not run: no verdict.
        assert_eq!(verdict(IO, &outcome(&[(Model::Asyncio, 100.0)])), None);
    }

    #[test]
    fn every_verdict_is_one_of_its_prompts_choices() {
        for p in BandingkanLesson::PROMPTS {
            let [a, b] = raced(p.id);
            for (ta, tb) in [(1.0, 5.0), (5.0, 1.0), (1.0, 1.0)] {
                let v = verdict(p.id, &outcome(&[(a, ta), (b, tb)])).unwrap();
                assert!(p.options.contains(&v.held), "{}: {}", p.id, v.held);
            }
        }
    }

    #[test]
    fn the_workloads_fit_the_page_and_each_run_is_short() {
        use super::super::advice::{advise, Fit};
        use crate::model::lesson::workload_problems;
        assert_eq!(
            workload_problems::<BandingkanLesson>(),
            Vec::<String>::new()
        );
        let all = BandingkanLesson::PROMPTS
            .iter()
            .map(|p| p.params)
            .chain(BandingkanLesson::MISCONCEPTIONS.iter().map(|m| m.params));
        for p in all {
            assert!(p.estimated_run_ms(2) < MAX_RUN_MS / 4.0);
            assert!(p.loop_blocking_ms() <= super::super::MAX_BLOCKING_MS);
        }
        // The prompts' workloads are what their questions say: all CPU, all waiting.
        assert_eq!(
            advise(&BandingkanLesson::PROMPTS[0].params).fit,
            Fit::Multiprocessing
        );
        assert_eq!(BandingkanLesson::PROMPTS[1].params.totals_ms().1, 0.0);
        assert_eq!(BASE, BandingkanParams::default());
    }
}
