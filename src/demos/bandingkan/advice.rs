//! The decision helper: from the workload alone (its I/O share against its CPU share, the
//! number of tasks, how long one task lasts), which approach fits, and then whether the race
//! measured on this device agreed, and if not, the likely reason. Pure; the page turns the
//! answer into two or three sentences from `bandingkan-advice-*` and `bandingkan-check-*`.

use super::outcome::{Model, Outcome, TIE};
use super::BandingkanParams;

/// The approach that fits a workload.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Fit {
    /// So little work that starting anything costs more than it saves.
    Sequential,
    /// Mostly waiting, many tasks: one event loop waits for all of them.
    Asyncio,
    /// Mostly waiting, a handful of tasks: threads, with the blocking libraries as they are.
    Threading,
    /// Mostly pure-Python computing: processes (or a free-threaded build).
    Multiprocessing,
    /// Both in earnest: the waits on asyncio or threads, the computing in a process pool.
    Mixed,
    /// Each task lasts long enough that no user should wait for it: a task queue.
    Celery,
}

impl Fit {
    pub fn name(self) -> &'static str {
        match self {
            Fit::Sequential => "sequential",
            Fit::Asyncio => "asyncio",
            Fit::Threading => "threading",
            Fit::Multiprocessing => "multiprocessing",
            Fit::Mixed => "mixed",
            Fit::Celery => "celery",
        }
    }

    /// The model on this page that stands for the approach in the race.
    pub fn model(self) -> Model {
        match self {
            Fit::Sequential => Model::Sequential,
            Fit::Asyncio => Model::Asyncio,
            Fit::Threading => Model::Threading,
            Fit::Multiprocessing | Fit::Mixed => Model::Multiprocessing,
            Fit::Celery => Model::Celery,
        }
    }
}

/// A share of waiting at or above this is I/O-bound.
pub const IO_BOUND: f64 = 0.75;
/// A share of waiting at or below this is CPU-bound.
pub const CPU_BOUND: f64 = 0.25;
/// From this many waiting tasks, one event loop beats a thread per task.
pub const MANY_TASKS: u32 = 50;
/// A task lasting this long (ms) should not keep a web request waiting.
pub const LONG_TASK_MS: f64 = 500.0;
/// Less work than this (ms, all tasks in a row) is not worth starting anything for.
pub const TINY_MS: f64 = 50.0;

/// Free-threaded threads at least this much faster than one thread show that the device ran
/// them on more than one core.
pub const PARALLEL: f64 = 1.2;

/// What the helper read from the workload, and its answer.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Advice {
    pub fit: Fit,
    /// Waiting as a share of all the tasks' time, 0–1.
    pub io_share: f64,
    pub tasks: u32,
    /// One task's mean length, ms.
    pub task_ms: f64,
}

/// The approach that fits `p`, read from the workload alone.
pub fn advise(p: &BandingkanParams) -> Advice {
    let (io, cpu) = p.totals_ms();
    let total = io + cpu;
    let io_share = if total > 0.0 { io / total } else { 0.0 };
    let task_ms = total / f64::from(p.tasks.max(1));
    let fit = if total < TINY_MS {
        Fit::Sequential
    } else if task_ms >= LONG_TASK_MS {
        Fit::Celery
    } else if io_share >= IO_BOUND {
        if p.tasks >= MANY_TASKS {
            Fit::Asyncio
        } else {
            Fit::Threading
        }
    } else if io_share <= CPU_BOUND {
        Fit::Multiprocessing
    } else {
        Fit::Mixed
    };
    Advice {
        fit,
        io_share,
        tasks: p.tasks,
        task_ms,
    }
}

/// Why the race on this device did not crown the advised model.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Why {
    /// The device gave the run no second core: even free-threaded threads were no faster
    /// than one thread (a busy machine, a power-saving mode, a shared VM).
    OneCore,
    /// More workers than cores: the processes queue for the cores.
    Cores,
    /// Starting the workers cost more than the parallel work saved.
    Startup,
    /// Free-threaded threads ran as fast as processes, without their start-up.
    NoGil,
    /// The event loop waited for every task at once, the threads only `workers` at a time.
    Rounds,
    /// asyncio and threads both wait together: on waiting alone they tie.
    WaitingTie,
    /// Celery was advised for long tasks, but a queue makes no run faster: it pays the nodes'
    /// start-up and the broker's round trips; what it buys is that nobody waits for it.
    Queue,
    /// Something else (a busy device, noise): said plainly.
    Other,
}

/// What the measured race says about the advice.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Check {
    /// The advised model won, or tied with the winner.
    Confirmed { model: Model, speedup: f64 },
    /// The advised approach has no engine on this page yet.
    NotRunHere { model: Model },
    /// Another model won, and the likely reason.
    Differs {
        advised: Model,
        fastest: Model,
        why: Why,
    },
}

/// Compare `advice` with the measured `outcome` on a device with `cores` cores.
pub fn check(advice: &Advice, outcome: &Outcome, cores: usize) -> Option<Check> {
    let advised = advice.fit.model();
    if !advised.runs_here() {
        return Some(Check::NotRunHere { model: advised });
    }
    let &(fastest, fastest_ms) = outcome.ranking().first()?;
    let mine = outcome.measure(advised)?;
    if advised == fastest || mine.wall_ms <= fastest_ms * TIE {
        return Some(Check::Confirmed {
            model: advised,
            speedup: outcome.speedup(advised)?,
        });
    }
    let waiting = [Model::Asyncio, Model::Threading, Model::ThreadingNogil];
    let one_core = outcome
        .speedup(Model::ThreadingNogil)
        .is_some_and(|s| s < PARALLEL);
    let why = if advised == Model::Celery {
        Why::Queue
    } else if advised == Model::Multiprocessing && one_core {
        Why::OneCore
    } else if advised == Model::Multiprocessing && fastest == Model::ThreadingNogil {
        if mine.pass_ms <= fastest_ms * TIE {
            Why::Startup
        } else {
            Why::NoGil
        }
    } else if advised == Model::Multiprocessing && mine.pass_ms <= fastest_ms * TIE {
        Why::Startup
    } else if advised == Model::Multiprocessing && outcome.params.workers as usize > cores {
        Why::Cores
    } else if fastest == Model::Asyncio
        && waiting.contains(&advised)
        && outcome.params.workers < outcome.params.tasks
    {
        Why::Rounds
    } else if waiting.contains(&advised) && waiting.contains(&fastest) {
        Why::WaitingTie
    } else {
        Why::Other
    };
    Some(Check::Differs {
        advised,
        fastest,
        why,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::demos::bandingkan::outcome::{Labels, ModelPass, PassData};
    use crate::demos::threading::outcome::Pass;
    use crate::demos::threading::work::ThreadRun;

    fn p(tasks: u32, io_ms: u32, cpu_ms: u32) -> BandingkanParams {
        BandingkanParams {
            tasks,
            io_ms,
            cpu_ms,
            ..BandingkanParams::default()
        }
    }

    #[test]
    fn waiting_picks_threads_for_a_few_and_asyncio_for_many() {
        assert_eq!(advise(&p(8, 100, 0)).fit, Fit::Threading);
        assert_eq!(advise(&p(500, 100, 1)).fit, Fit::Asyncio);
        assert_eq!(advise(&p(49, 100, 0)).fit, Fit::Threading);
        assert_eq!(advise(&p(50, 100, 0)).fit, Fit::Asyncio);
    }

    #[test]
    fn computing_picks_processes_and_both_pick_the_mix() {
        assert_eq!(advise(&p(8, 0, 100)).fit, Fit::Multiprocessing);
        assert_eq!(advise(&p(8, 20, 100)).fit, Fit::Multiprocessing);
        let mixed = advise(&p(12, 50, 30));
        assert_eq!(mixed.fit, Fit::Mixed);
        assert!((mixed.io_share - 0.625).abs() < 1e-9);
    }

    #[test]
    fn long_tasks_go_to_a_queue_and_tiny_work_stays_sequential() {
        assert_eq!(advise(&p(4, 300, 500)).fit, Fit::Celery);
        assert_eq!(advise(&p(2, 10, 10)).fit, Fit::Sequential);
        assert_eq!(advise(&p(1, 0, 0)).fit, Fit::Sequential, "no work at all");
        assert_eq!(advise(&p(4, 300, 500)).fit.model(), Model::Celery);
    }

    fn outcome(params: BandingkanParams, times: &[(Model, f64)], startup: f64) -> Outcome {
        let passes: Vec<ModelPass> = times
            .iter()
            .map(|&(model, wall_ms)| ModelPass {
                model,
                data: PassData::Threads(Pass {
                    wall_ms,
                    run: ThreadRun::default(),
                }),
            })
            .collect();
        Outcome::new(
            params,
            &passes,
            Some((params.workers as usize, startup)),
            &Labels {
                model: Box::new(|m| m.id().into()),
                event_loop: "loop".into(),
            },
        )
    }

    #[test]
    fn the_race_confirms_or_says_why_not() {
        use Model::*;
        let cpu = p(8, 0, 100);
        let a = advise(&cpu);
        let won = outcome(
            cpu,
            &[
                (Sequential, 800.0),
                (Asyncio, 800.0),
                (Threading, 820.0),
                (ThreadingNogil, 420.0),
                (Multiprocessing, 400.0),
            ],
            10.0,
        );
        assert!(matches!(
            check(&a, &won, 2),
            Some(Check::Confirmed {
                model: Multiprocessing,
                ..
            })
        ));
        // The same work, but starting the workers cost 300 ms.
        let slow_start = outcome(
            cpu,
            &[
                (Sequential, 800.0),
                (Asyncio, 800.0),
                (Threading, 820.0),
                (ThreadingNogil, 400.0),
                (Multiprocessing, 400.0),
            ],
            300.0,
        );
        assert_eq!(
            check(&a, &slow_start, 2),
            Some(Check::Differs {
                advised: Multiprocessing,
                fastest: ThreadingNogil,
                why: Why::Startup
            })
        );
        // No model got a second core: the device, not the advice, decided this race.
        let busy = outcome(
            cpu,
            &[
                (Sequential, 800.0),
                (Asyncio, 790.0),
                (Threading, 760.0),
                (ThreadingNogil, 780.0),
                (Multiprocessing, 900.0),
            ],
            100.0,
        );
        assert_eq!(
            check(&a, &busy, 2),
            Some(Check::Differs {
                advised: Multiprocessing,
                fastest: Threading,
                why: Why::OneCore
            })
        );
        let io = p(8, 100, 0);
        let tie = outcome(
            io,
            &[
                (Sequential, 800.0),
                (Asyncio, 101.0),
                (Threading, 210.0),
                (ThreadingNogil, 205.0),
                (Multiprocessing, 230.0),
            ],
            10.0,
        );
        assert_eq!(
            check(&advise(&io), &tie, 2),
            Some(Check::Differs {
                advised: Threading,
                fastest: Asyncio,
                why: Why::Rounds
            }),
            "4 threads wait for 8 tasks in two rounds, the loop in one"
        );
        let enough = BandingkanParams { workers: 8, ..io };
        let tie8 = outcome(
            enough,
            &[
                (Sequential, 800.0),
                (Asyncio, 101.0),
                (Threading, 112.0),
                (ThreadingNogil, 110.0),
                (Multiprocessing, 130.0),
            ],
            10.0,
        );
        assert_eq!(
            check(&advise(&enough), &tie8, 2),
            Some(Check::Differs {
                advised: Threading,
                fastest: Asyncio,
                why: Why::WaitingTie
            })
        );
        let report = p(4, 300, 500);
        let slower_queue = outcome(
            report,
            &[
                (Sequential, 3_200.0),
                (Asyncio, 2_300.0),
                (Threading, 1_000.0),
                (ThreadingNogil, 800.0),
                (Multiprocessing, 900.0),
                (Celery, 1_400.0),
            ],
            100.0,
        );
        assert_eq!(
            check(&advise(&report), &slower_queue, 2),
            Some(Check::Differs {
                advised: Celery,
                fastest: ThreadingNogil,
                why: Why::Queue
            }),
            "a queue is advised for who waits, not for speed"
        );
        let quick_queue = outcome(
            report,
            &[
                (Sequential, 3_200.0),
                (Celery, 820.0),
                (ThreadingNogil, 800.0),
            ],
            0.0,
        );
        assert!(matches!(
            check(&advise(&report), &quick_queue, 2),
            Some(Check::Confirmed { model: Celery, .. })
        ));
    }
}
