//! The asyncio page's lesson: two "Tebak dulu" prompts answered by a real run on the page's
//! event loop, the misconceptions with the workload that disproves each, and the textbook
//! example. Pure: which choice held is a function of the run's [`Summary`].

use super::trace::Summary;
use super::{AsyncioParams, PRESETS};
use crate::model::lesson::{band, nearest, Lesson, Misconception, Prompt, Unit, Verdict};

/// The asyncio page's lesson (a marker type: everything is in its constants).
pub struct AsyncioLesson;

const NONE: AsyncioParams = AsyncioParams {
    tasks: 10,
    io_ms: 100,
    cpu_ms: 0,
    jitter: 0,
    seed: 1,
    limit: 0,
    timeout_ms: 0,
    blocking: false,
};

/// 100 tasks × 300 ms, at most 20 at a time: five waves, about 1,5 s.
pub const WAVES: &str = "waves";
/// `wait_for` around a task that first queues on the semaphore.
pub const WAIT_FOR: &str = "wait-for";

impl Lesson for AsyncioLesson {
    type Params = AsyncioParams;
    const PAGE: &'static str = "asyncio";
    const PROMPTS: &'static [Prompt<AsyncioParams>] = &[
        Prompt {
            id: WAVES,
            options: &["300ms", "1500ms", "30s"],
            params: AsyncioParams {
                tasks: 100,
                io_ms: 300,
                limit: 20,
                ..NONE
            },
            unit: Unit::Millis,
        },
        Prompt {
            id: WAIT_FOR,
            // Waves end at 100, 200 and 300 ms: if the queue counts, six tasks time out.
            options: &["counts", "not-counted"],
            params: AsyncioParams {
                tasks: 10,
                io_ms: 100,
                limit: 2,
                timeout_ms: 250,
                ..NONE
            },
            unit: Unit::Count,
        },
    ];
    const MISCONCEPTIONS: &'static [Misconception<AsyncioParams>] = &[
        // 10 coroutines × 50 ms of CPU take the sum, 500 ms: one coroutine at a time.
        Misconception {
            id: "parallel",
            params: AsyncioParams {
                tasks: 10,
                io_ms: 0,
                cpu_ms: 50,
                ..NONE
            },
        },
        // `time.sleep` in a coroutine: five 100 ms sleeps one after another.
        Misconception {
            id: "sleep",
            params: PRESETS[2].1,
        },
        // 10.000 tasks waiting 100 ms each end together, in a few hundred ms.
        Misconception {
            id: "many",
            params: AsyncioParams {
                tasks: 10_000,
                io_ms: 100,
                ..NONE
            },
        },
    ];
    const EXAMPLE: &'static str = r#"
import asyncio

async def fetch(i):
    await asyncio.sleep(1)  # «1»
    return i

async def main():
    results = await asyncio.gather(*(fetch(i) for i in range(10)))
    print(results)  # «2»

asyncio.run(main())
"#;
}

/// Which choice held, from what the run measured.
pub fn verdict(prompt: &str, s: &Summary) -> Verdict {
    match prompt {
        WAVES => Verdict {
            held: nearest(
                s.wall_ms,
                &[(300.0, "300ms"), (1_500.0, "1500ms"), (30_000.0, "30s")],
            ),
            value: s.wall_ms,
        },
        _ => Verdict {
            held: band(s.timed_out as f64, &[(1.0, "not-counted")], "counts"),
            value: s.timed_out as f64,
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::lesson::{outline, Lesson};

    fn summary(wall_ms: f64, done: usize, timed_out: usize) -> Summary {
        Summary {
            wall_ms,
            done,
            timed_out,
            cancelled: 0,
            max_lag_ms: 0.0,
        }
    }

    #[test]
    fn the_waves_prompt_holds_what_the_clock_says() {
        assert_eq!(verdict(WAVES, &summary(1_530.0, 100, 0)).held, "1500ms");
        assert_eq!(verdict(WAVES, &summary(320.0, 100, 0)).held, "300ms");
        assert_eq!(verdict(WAVES, &summary(29_000.0, 100, 0)).held, "30s");
        assert_eq!(verdict(WAVES, &summary(1_530.0, 100, 0)).value, 1_530.0);
    }

    #[test]
    fn the_wait_for_prompt_holds_what_timed_out() {
        let counts = verdict(WAIT_FOR, &summary(252.0, 4, 6));
        assert_eq!((counts.held, counts.value), ("counts", 6.0));
        assert_eq!(
            verdict(WAIT_FOR, &summary(302.0, 10, 0)).held,
            "not-counted"
        );
    }

    #[test]
    fn every_verdict_is_one_of_its_prompts_choices() {
        for p in AsyncioLesson::PROMPTS {
            for s in [summary(10.0, 0, 10), summary(2_000.0, 10, 0)] {
                assert!(p.options.contains(&verdict(p.id, &s).held), "{}", p.id);
            }
        }
    }

    #[test]
    fn the_workloads_fit_the_page() {
        assert_eq!(outline::<AsyncioLesson>().problems, Vec::<String>::new());
        for p in AsyncioLesson::PROMPTS
            .iter()
            .map(|p| p.params)
            .chain(AsyncioLesson::MISCONCEPTIONS.iter().map(|m| m.params))
        {
            assert!(p.blocking_ms(&p.waits()) <= super::super::MAX_BLOCKING_MS);
        }
        // The parallel myth's run really is all CPU work, no waiting.
        let m = AsyncioLesson::MISCONCEPTIONS[0].params;
        assert_eq!((m.io_ms, m.blocking_ms(&m.waits())), (0, 500.0));
        assert_eq!(outline::<AsyncioLesson>().prompts.len(), 2);
    }
}
