//! The Celery page's lesson: two "Tebak dulu" prompts answered by a live run of the page's own
//! plan (node and child workers really start and run the bodies; Celery's rules are the page's
//! model, checked against Celery 5.7 in docs/CELERY.md), the misconceptions with the settings
//! that disprove each, and the textbook example (`tasks.py` with `.delay()` and `.get()`).
//! Pure: which choice held is a function of the board at the end of the run.

use super::board::Board;
use super::{Broker, CeleryParams, Crash, BASE};
use crate::model::celery::TaskState;
use crate::model::lesson::{band, Lesson, Misconception, Prompt, Unit, Verdict};

/// The Celery page's lesson (a marker type: everything is in its constants).
pub struct CeleryLesson;

/// Early ack (the default), and a child is killed while it runs a body: what becomes of
/// that task?
pub const CHILD_KILLED: &str = "child-killed";
/// Two nodes, prefetch multiplier 4, tasks of very different lengths: does a node sit idle
/// while the other holds tasks it fetched in advance?
pub const PREFETCH: &str = "prefetch";

/// One node with two children, four tasks of 1 s each, and the child running the first one
/// killed 300 ms in: short, and the kill always finds a body running.
const KILL: CeleryParams = CeleryParams {
    tasks: 4,
    io_ms: 1_000,
    workers: 1,
    concurrency: 2,
    crash: Crash::Child,
    crash_at_ms: 300,
    ..BASE
};

/// Idle time beside hoarded work below this, in ms, counts as none: messages between the
/// page and its nodes take a few ms each.
pub const IDLE_MS: f64 = 100.0;

impl Lesson for CeleryLesson {
    type Params = CeleryParams;
    const PAGE: &'static str = "celery";
    const PROMPTS: &'static [Prompt<CeleryParams>] = &[
        Prompt {
            id: CHILD_KILLED,
            options: &["again", "failure", "pending"],
            params: KILL,
            unit: Unit::Count,
        },
        Prompt {
            id: PREFETCH,
            options: &["idle", "shared"],
            // The documented prefetch link (docs/CELERY.md) at 300 ms a task: about 2,6 s.
            params: CeleryParams {
                tasks: 12,
                io_ms: 300,
                jitter: 100,
                seed: 160,
                workers: 2,
                concurrency: 1,
                ..BASE
            },
            unit: Unit::Millis,
        },
    ];
    const MISCONCEPTIONS: &'static [Misconception<CeleryParams>] = &[
        // `acks_late` + `task_reject_on_worker_lost`: the killed task is requeued and its body
        // runs a second time (at least once, not exactly once).
        Misconception {
            id: "exactly-once",
            params: CeleryParams {
                acks_late: true,
                reject_on_worker_lost: true,
                ..KILL
            },
        },
        // `acks_late` alone: the message is still acked, the task ends FAILURE.
        Misconception {
            id: "acks-late",
            params: CeleryParams {
                acks_late: true,
                ..KILL
            },
        },
        // Every run raises: four runs (1 + `max_retries=3`), then FAILURE.
        Misconception {
            id: "retry",
            params: CeleryParams {
                tasks: 4,
                io_ms: 100,
                fail_pct: 100,
                retry_backoff: 1,
                ..BASE
            },
        },
        // A node dies with early ack: the tasks its children were running read PENDING forever.
        Misconception {
            id: "pending",
            params: CeleryParams {
                tasks: 6,
                io_ms: 1_000,
                workers: 2,
                concurrency: 1,
                broker: Broker::RabbitMq,
                crash: Crash::Node,
                crash_at_ms: 300,
                ..BASE
            },
        },
    ];
    const EXAMPLE: &'static str = r#"
from celery import Celery

# «1»
app = Celery("tasks", broker="redis://localhost:6379/0",
             backend="redis://localhost:6379/1")

@app.task
def add(x, y):
    return x + y  # «2»

if __name__ == "__main__":  # «3»
    result = add.delay(2, 3)  # «4»
    print(result.get(timeout=10))  # «5»
"#;
}

/// Which choice held, from the board at the end of the run; `None` if the run cannot answer
/// (no child died during it).
pub fn verdict(prompt: &str, b: &Board) -> Option<Verdict> {
    match prompt {
        CHILD_KILLED => child_verdict(b),
        _ => Some(prefetch_verdict(b)),
    }
}

/// What became of the task whose child was killed: its body ran again (requeued), it was
/// stored as FAILURE (`WorkerLostError`), or it never reached a stored state (PENDING). The
/// figure is the number of tasks that ended FAILURE.
pub fn child_verdict(b: &Board) -> Option<Verdict> {
    let killed: u32 = b.nodes.iter().map(|n| n.stats.children_lost).sum();
    if killed == 0 {
        return None;
    }
    let held = if b.tasks.iter().any(|t| t.runs >= 2) {
        "again"
    } else if b.tasks.iter().any(|t| t.worker_lost) {
        "failure"
    } else if b.tasks.iter().any(|t| t.backend == TaskState::Pending) {
        "pending"
    } else {
        return None;
    };
    Some(Verdict {
        held,
        value: b.summary.failed as f64,
    })
}

/// Whether some node sat idle while another held reserved tasks, from the idle time the run
/// measured (ms).
pub fn prefetch_verdict(b: &Board) -> Verdict {
    Verdict {
        held: band(b.hoard_ms, &[(IDLE_MS, "shared")], "idle"),
        value: b.hoard_ms,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::demos::celery::board::{NodeRow, TaskRow};
    use crate::model::celery::node::NodeStats;
    use crate::model::celery::{sim, Summary};
    use crate::model::timeline::Timeline;

    /// A board with `tasks` as (stored state, runs, worker lost), after `killed` child deaths
    /// and `idle_ms` of idle time beside hoarded work.
    fn board(tasks: &[(TaskState, u32, bool)], killed: u32, idle_ms: f64) -> Board {
        let count = |s: TaskState| tasks.iter().filter(|t| t.0 == s).count();
        Board {
            at_ms: 2_000.0,
            nodes: vec![NodeRow {
                alive: true,
                active: 0,
                reserved: 0,
                stats: NodeStats {
                    children_lost: killed,
                    ..NodeStats::default()
                },
                start_ms: Some(200.0),
            }],
            queue: Vec::new(),
            queue_len: 0,
            queue_history: Vec::new(),
            tasks: tasks
                .iter()
                .enumerate()
                .map(|(i, &(backend, runs, worker_lost))| TaskRow {
                    id: i as u32,
                    backend,
                    event: backend,
                    runs,
                    retries: 0,
                    node: Some(0),
                    worker_lost,
                })
                .collect(),
            timeline: Timeline {
                duration: 2_000.0,
                lanes: Vec::new(),
            },
            retries: Vec::new(),
            summary: Summary {
                succeeded: count(TaskState::Success),
                failed: count(TaskState::Failure),
                lost: count(TaskState::Pending),
                ..Summary::default()
            },
            hoard_ms: idle_ms,
            wall_ms: 2_000.0,
            params: CeleryParams::default(),
            replay: None,
        }
    }

    const OK: (TaskState, u32, bool) = (TaskState::Success, 1, false);

    #[test]
    fn the_child_prompt_holds_what_became_of_the_killed_task() {
        let failed = board(&[(TaskState::Failure, 1, true), OK, OK, OK], 1, 0.0);
        let v = child_verdict(&failed).unwrap();
        assert_eq!((v.held, v.value), ("failure", 1.0));
        let again = board(&[(TaskState::Success, 2, false), OK, OK, OK], 1, 0.0);
        assert_eq!(child_verdict(&again).unwrap().held, "again");
        let pending = board(&[(TaskState::Pending, 1, false), OK, OK, OK], 1, 0.0);
        assert_eq!(child_verdict(&pending).unwrap().held, "pending");
        // No child died: the run says nothing about the question.
        assert_eq!(child_verdict(&board(&[OK, OK, OK, OK], 0, 0.0)), None);
    }

    #[test]
    fn the_prefetch_prompt_holds_the_measured_idle_time() {
        let idle = prefetch_verdict(&board(&[OK], 0, 1_070.0));
        assert_eq!((idle.held, idle.value), ("idle", 1_070.0));
        assert_eq!(prefetch_verdict(&board(&[OK], 0, 20.0)).held, "shared");
        assert_eq!(
            verdict(PREFETCH, &board(&[OK], 0, 0.0)).unwrap().held,
            "shared"
        );
    }

    #[test]
    fn the_model_of_each_prompt_answers_as_celery_5_7_does() {
        // Early ack: the killed child's task is stored FAILURE after one run (docs/CELERY.md:
        // the same on real Celery 5.7).
        let kill = sim::run(&CeleryLesson::PROMPTS[0].params.scenario());
        let t = &kill.cluster.tasks[kill.child_kills[0].task as usize];
        assert_eq!((t.backend, t.runs), (TaskState::Failure, 1));
        assert!(kill.wall_ms < 3_000.0, "{}", kill.wall_ms);
        // Prefetch 4 on two single-child nodes: a node idles beside hoarded work; with
        // multiplier 1 and late ack it does not.
        let p = CeleryLesson::PROMPTS[1].params;
        let hoard = sim::run(&p.scenario());
        assert!(hoard.hoard_ms > 5.0 * IDLE_MS, "{}", hoard.hoard_ms);
        assert!(hoard.wall_ms < 3_000.0, "{}", hoard.wall_ms);
        let fair = CeleryParams {
            prefetch: 1,
            acks_late: true,
            ..p
        };
        assert_eq!(sim::run(&fair.scenario()).hoard_ms, 0.0);
    }

    #[test]
    fn each_myth_is_disproved_by_its_settings_in_the_model() {
        let run = |i: usize| sim::run(&CeleryLesson::MISCONCEPTIONS[i].params.scenario());
        // Exactly once? The killed task's body runs a second time.
        let r = run(0);
        let t = &r.cluster.tasks[r.child_kills[0].task as usize];
        assert_eq!((t.backend, t.runs), (TaskState::Success, 2));
        // acks_late alone: still FAILURE after one run.
        let r = run(1);
        let t = &r.cluster.tasks[r.child_kills[0].task as usize];
        assert_eq!((t.backend, t.runs), (TaskState::Failure, 1));
        // Retried until it succeeds? Four runs each, then FAILURE.
        let r = run(2);
        assert!(r
            .cluster
            .tasks
            .iter()
            .all(|t| (t.backend, t.runs) == (TaskState::Failure, 4)));
        // PENDING = waiting in the queue? The dead node's running task reads PENDING forever.
        let r = run(3);
        let running = &r.deaths[0].running;
        assert!(!running.is_empty());
        for task in running {
            assert_eq!(r.cluster.tasks[*task as usize].backend, TaskState::Pending);
        }
        assert_eq!(r.cluster.summary().lost, running.len());
    }

    #[test]
    fn the_workloads_fit_the_page_and_each_run_is_short() {
        use crate::model::lesson::workload_problems;
        assert_eq!(workload_problems::<CeleryLesson>(), Vec::<String>::new());
        let all = CeleryLesson::PROMPTS
            .iter()
            .map(|p| p.params)
            .chain(CeleryLesson::MISCONCEPTIONS.iter().map(|m| m.params));
        for p in all {
            // A few seconds on the page (the model's own run of the link).
            assert!(sim::run(&p.scenario()).wall_ms < 6_000.0);
        }
    }
}
