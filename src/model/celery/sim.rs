//! The whole scenario on made-up time: the producer sends every task, bodies take their
//! seeded durations, crashes and revokes happen at their moments, and Celery's timers
//! (countdowns, Redis's visibility timeout) fire when due.
//!
//! This is the oracle: the tests check Celery's rules on it, and the real-Celery test checks
//! that a real worker ends every task in the same state after the same number of runs. It
//! owns only the clock loop; the rules live in [`Cluster`], which the browser drives with
//! real workers instead.

use std::cmp::Ordering;
use std::collections::BinaryHeap;

use super::cluster::{Cluster, Outcome};
use super::{CeleryConfig, FailureRule, NodeId, TaskId};

/// Something done to the cluster from outside, at a given time.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Action {
    /// SIGKILL one child (nothing happens if it is idle).
    KillChild { node: NodeId, child: usize },
    /// SIGKILL the first child that is running a body, if any.
    KillBusyChild,
    /// Kill a whole node.
    KillNode(NodeId),
    /// Start one more node.
    AddNode,
    /// `revoke(task, terminate=…)`.
    Revoke { task: TaskId, terminate: bool },
}

/// What to run.
#[derive(Clone, Debug, PartialEq)]
pub struct Scenario {
    pub config: CeleryConfig,
    /// Nodes at the start.
    pub nodes: usize,
    /// Each task's body duration, in ms.
    pub durations_ms: Vec<f64>,
    pub failures: FailureRule,
    /// Actions and their times in ms.
    pub actions: Vec<(f64, Action)>,
    /// Stop the clock here, in ms, whatever is still pending.
    pub limit_ms: f64,
}

/// A node's death and the tasks its children were running.
#[derive(Clone, Debug, PartialEq)]
pub struct NodeDeath {
    pub node: NodeId,
    pub at_ms: f64,
    pub running: Vec<TaskId>,
}

/// A child killed while running `task`'s `run`-th run (1 = its first).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct ChildKill {
    pub node: NodeId,
    pub at_ms: f64,
    pub task: TaskId,
    pub run: u32,
}

/// What happened.
#[derive(Clone, Debug)]
pub struct Report {
    /// The cluster at the end: every task's record, the nodes' counters, the event log.
    pub cluster: Cluster,
    /// When the last body ended, in ms.
    pub wall_ms: f64,
    /// Time some node had an idle child while another node held reserved tasks, in ms.
    pub hoard_ms: f64,
    pub deaths: Vec<NodeDeath>,
    pub child_kills: Vec<ChildKill>,
    /// Queue length after each step, as (ms, messages).
    pub queue_len: Vec<(f64, usize)>,
}

#[derive(Clone, Copy, Debug, PartialEq)]
enum Due {
    End {
        node: NodeId,
        child: usize,
        run: u64,
        task: TaskId,
        retries: u32,
    },
    Act(Action),
}

/// An entry of the event heap: earliest time first, then first scheduled first.
#[derive(Debug, PartialEq)]
struct Entry {
    at_ms: f64,
    seq: u64,
    due: Due,
}

impl Eq for Entry {}

impl Ord for Entry {
    fn cmp(&self, other: &Self) -> Ordering {
        other
            .at_ms
            .total_cmp(&self.at_ms)
            .then(other.seq.cmp(&self.seq))
    }
}

impl PartialOrd for Entry {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

/// Whether a node has an idle child and nothing of its own while another holds reserved work.
pub fn hoarding(c: &Cluster) -> bool {
    let idle = |n: &super::node::Node| n.idle_child().is_some() && n.reserved.is_empty();
    c.nodes.iter().enumerate().any(|(a, na)| {
        idle(na)
            && c.nodes
                .iter()
                .enumerate()
                .any(|(b, nb)| b != a && nb.alive && !nb.reserved.is_empty())
    })
}

/// Run `s` to the end (or to its limit).
pub fn run(s: &Scenario) -> Report {
    let mut c = Cluster::new(s.config, s.durations_ms.len(), s.nodes);
    c.send_all();
    let mut heap = BinaryHeap::new();
    let mut seq = 0;
    let mut push = |heap: &mut BinaryHeap<Entry>, at_ms: f64, due: Due| {
        seq += 1;
        heap.push(Entry { at_ms, seq, due });
    };
    for (at, action) in &s.actions {
        push(&mut heap, *at, Due::Act(*action));
    }
    let mut report = Report {
        // Replaced by the cluster as it ends.
        cluster: Cluster::new(s.config, 0, 0),
        wall_ms: 0.0,
        hoard_ms: 0.0,
        deaths: Vec::new(),
        child_kills: Vec::new(),
        queue_len: Vec::new(),
    };
    let mut now = 0.0;
    // A bound on steps, far above any real scenario, so a bug cannot hang a test.
    for _ in 0..10_000_000 {
        for st in c.pump(now) {
            let end = now + s.durations_ms[st.task as usize];
            let due = Due::End {
                node: st.node,
                child: st.child,
                run: st.run,
                task: st.task,
                retries: st.retries,
            };
            push(&mut heap, end, due);
        }
        if report.queue_len.last().map(|q| q.1) != Some(c.broker.queue().len()) {
            report.queue_len.push((now, c.broker.queue().len()));
        }
        let next_due = heap.peek().map(|e| e.at_ms);
        let next = next_due
            .into_iter()
            .chain(c.next_timer_ms())
            .min_by(f64::total_cmp);
        let Some(next) = next.filter(|t| *t <= s.limit_ms) else {
            break;
        };
        if hoarding(&c) {
            report.hoard_ms += next - now;
        }
        now = next;
        if next_due != Some(next) {
            continue; // a timer: the next pump handles it
        }
        let entry = heap.pop().expect("peeked");
        match entry.due {
            Due::End {
                node,
                child,
                run,
                task,
                retries,
            } => {
                let outcome = if s.failures.fails(task, retries) {
                    Outcome::Raised
                } else {
                    Outcome::Returned
                };
                if c.finish(node, child, run, outcome, now) {
                    report.wall_ms = now;
                }
            }
            Due::Act(action) => act(&mut c, action, now, &mut report),
        }
    }
    report.cluster = c;
    report
}

fn act(c: &mut Cluster, action: Action, now: f64, report: &mut Report) {
    let mut kill_child = |c: &mut Cluster, node: NodeId, child: usize| {
        if let Some(task) = c.kill_child(node, child, now) {
            report.child_kills.push(ChildKill {
                node,
                at_ms: now,
                task,
                run: c.tasks[task as usize].runs,
            });
        }
    };
    match action {
        Action::KillChild { node, child } => kill_child(c, node, child),
        Action::KillBusyChild => {
            let busy = c.nodes.iter().enumerate().find_map(|(n, node)| {
                node.children
                    .iter()
                    .position(Option::is_some)
                    .map(|ch| (n, ch))
            });
            if let Some((node, child)) = busy {
                kill_child(c, node, child);
            }
        }
        Action::KillNode(node) => {
            if c.nodes.get(node).is_some_and(|n| n.alive) {
                let running = c.kill_node(node, now);
                report.deaths.push(NodeDeath {
                    node,
                    at_ms: now,
                    running,
                });
            }
        }
        Action::AddNode => {
            c.add_node();
        }
        Action::Revoke { task, terminate } => c.revoke(task, terminate, now),
    }
}

#[cfg(test)]
mod tests {
    use super::super::{BrokerKind, ClockScale, RetryPolicy, TaskState};
    use super::*;

    pub(super) fn scenario(config: CeleryConfig, nodes: usize, durations_ms: Vec<f64>) -> Scenario {
        Scenario {
            config,
            nodes,
            durations_ms,
            failures: FailureRule {
                seed: 1,
                fail_pct: 0,
            },
            actions: Vec::new(),
            limit_ms: 3_600_000.0,
        }
    }

    /// Long and short tasks taking turns: 0, 2, 4, … take a second, the others 10 ms.
    fn mixed(tasks: usize) -> Vec<f64> {
        (0..tasks)
            .map(|t| if t % 2 == 0 { 1000.0 } else { 10.0 })
            .collect()
    }

    #[test]
    fn prefetch_hoards_work_on_one_node_while_another_idles() {
        let hoarding = CeleryConfig {
            concurrency: 1,
            ..CeleryConfig::default()
        };
        let r = run(&scenario(hoarding, 2, mixed(12)));
        assert_eq!(r.cluster.summary().succeeded, 12);
        assert!(
            r.hoard_ms > 1000.0,
            "idle beside reserved work: {}",
            r.hoard_ms
        );

        let fair = CeleryConfig {
            prefetch_multiplier: 1,
            acks_late: true,
            ..hoarding
        };
        let f = run(&scenario(fair, 2, mixed(12)));
        assert_eq!(f.cluster.summary().succeeded, 12);
        assert_eq!(f.hoard_ms, 0.0, "nothing is reserved beyond what runs");
        assert!(
            f.wall_ms < r.wall_ms,
            "the long tasks spread over both nodes: {} vs {}",
            f.wall_ms,
            r.wall_ms
        );
        // Multiplier 1 without acks_late still reserves one task per child beside the running one.
        let early = CeleryConfig {
            acks_late: false,
            ..fair
        };
        assert!(run(&scenario(early, 2, mixed(12))).hoard_ms > 0.0);
    }

    #[test]
    fn retries_end_in_success_or_in_failure_after_max_retries_plus_one_runs() {
        let config = CeleryConfig {
            retry: RetryPolicy {
                backoff: 1,
                ..RetryPolicy::default()
            },
            clock: ClockScale { factor: 100 },
            ..CeleryConfig::default()
        };
        let mut s = scenario(config, 2, vec![5.0; 40]);
        s.failures.fail_pct = 50;
        let r = run(&s);
        for (t, rec) in r.cluster.tasks.iter().enumerate() {
            let t = t as TaskId;
            let first_success = (0..4).find(|k| !s.failures.fails(t, *k));
            match first_success {
                Some(k) => {
                    assert_eq!(rec.backend, TaskState::Success);
                    assert_eq!(rec.runs, k + 1);
                }
                None => {
                    assert_eq!(rec.backend, TaskState::Failure);
                    assert_eq!(rec.runs, 4);
                }
            }
        }
        let sum = r.cluster.summary();
        assert!(
            sum.failed > 0 && sum.succeeded > 0 && sum.retried > 0,
            "{sum:?}"
        );
    }

    #[test]
    fn a_child_killed_once_fails_its_task_or_is_requeued() {
        for (late, reject, state, runs) in [
            (false, false, TaskState::Failure, 1),
            (true, false, TaskState::Failure, 1),
            (true, true, TaskState::Success, 2),
        ] {
            let config = CeleryConfig {
                acks_late: late,
                reject_on_worker_lost: reject,
                ..CeleryConfig::default()
            };
            let mut s = scenario(config, 1, vec![100.0; 4]);
            s.actions = vec![(50.0, Action::KillBusyChild)];
            let r = run(&s);
            let kill = r.child_kills[0];
            assert_eq!((kill.task, kill.run), (0, 1));
            let rec = &r.cluster.tasks[0];
            assert_eq!(
                (rec.backend, rec.runs),
                (state, runs),
                "late={late} reject={reject}"
            );
        }
    }

    #[test]
    fn redis_hands_out_a_message_held_past_the_visibility_timeout_again() {
        let config = CeleryConfig {
            concurrency: 1,
            broker: BrokerKind::Redis,
            visibility_timeout_s: 1,
            ..CeleryConfig::default()
        };
        // Task 1 waits, prefetched, behind task 0's 2,5 s: its delivery expires at 1 s and
        // at 2 s, and each time the same node takes the new copy too.
        let r = run(&scenario(config, 1, vec![2500.0, 10.0]));
        let t1 = &r.cluster.tasks[1];
        assert_eq!((t1.runs, t1.completions), (3, 3));
        assert_eq!(r.cluster.summary().duplicates, 1);
        let rabbit = CeleryConfig {
            broker: BrokerKind::RabbitMq,
            ..config
        };
        let r = run(&scenario(rabbit, 1, vec![2500.0, 10.0]));
        assert_eq!(r.cluster.summary().duplicates, 0);
    }

    #[test]
    fn a_task_that_kills_its_child_every_time_is_requeued_forever() {
        let config = CeleryConfig {
            concurrency: 1,
            acks_late: true,
            reject_on_worker_lost: true,
            ..CeleryConfig::default()
        };
        let mut s = scenario(config, 1, vec![100.0]);
        s.actions = (0..50)
            .map(|k| (f64::from(k) * 100.0 + 50.0, Action::KillBusyChild))
            .collect();
        let r = run(&s);
        let t0 = &r.cluster.tasks[0];
        assert_eq!(t0.runs, 51, "max_retries does not stop a requeue");
        assert_eq!(r.child_kills.len(), 50);
        assert_eq!(t0.retries, 0);
        assert_eq!(t0.backend, TaskState::Success, "the 51st run was spared");
    }
}

/// Properties over random crash sequences. Native only: proptest is not built for wasm32.
#[cfg(all(test, not(target_arch = "wasm32")))]
mod properties {
    use std::collections::BTreeSet;

    use proptest::prelude::*;

    use super::super::{BrokerKind, ClockScale, RetryPolicy};
    use super::tests::scenario;
    use super::*;

    /// (time in ms, `Some((node, child))` for a child's death or `None` for a node's, node).
    type Crash = (f64, Option<(usize, usize)>, usize);

    fn crash_scenario(
        config: CeleryConfig,
        nodes: usize,
        durations: Vec<f64>,
        fail_pct: u32,
        crashes: &[Crash],
    ) -> Scenario {
        let mut s = scenario(config, nodes, durations);
        s.failures.fail_pct = fail_pct;
        for (at, child, node) in crashes {
            match child {
                Some((n, ch)) => s.actions.push((
                    *at,
                    Action::KillChild {
                        node: *n,
                        child: *ch,
                    },
                )),
                None => {
                    s.actions.push((*at, Action::KillNode(*node)));
                    // A supervisor starts a new node, so the work can go on.
                    s.actions.push((*at + 1.0, Action::AddNode));
                }
            }
        }
        s
    }

    fn config_strategy(acks_late: bool) -> impl Strategy<Value = CeleryConfig> {
        (1usize..4, 0u32..5, any::<bool>(), any::<bool>()).prop_map(
            move |(concurrency, prefetch_multiplier, redis, reject)| CeleryConfig {
                concurrency,
                prefetch_multiplier,
                acks_late,
                reject_on_worker_lost: !acks_late && reject || acks_late,
                broker: if redis {
                    BrokerKind::Redis
                } else {
                    BrokerKind::RabbitMq
                },
                retry: RetryPolicy {
                    backoff: 1,
                    ..RetryPolicy::default()
                },
                clock: ClockScale { factor: 1000 },
                ..CeleryConfig::default()
            },
        )
    }

    fn crashes() -> impl Strategy<Value = Vec<Crash>> {
        prop::collection::vec(
            (
                0u32..400,
                prop::option::of((0usize..6, 0usize..3)),
                0usize..6,
            )
                .prop_map(|(t, c, n)| (f64::from(t), c, n)),
            0..8,
        )
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(200))]

        #[test]
        fn with_acks_late_and_reject_on_worker_lost_no_crash_loses_a_task(
            config in config_strategy(true),
            nodes in 1usize..4,
            durations in prop::collection::vec(1u32..60, 1..30),
            fail_pct in 0u32..40,
            crashes in crashes(),
        ) {
            let durations = durations.into_iter().map(f64::from).collect();
            let r = run(&crash_scenario(config, nodes, durations, fail_pct, &crashes));
            let sum = r.cluster.summary();
            prop_assert_eq!(sum.lost, 0, "{:?}", r.cluster.tasks);
            prop_assert_eq!(sum.succeeded + sum.failed, r.cluster.tasks.len());
            prop_assert!(r.cluster.tasks.iter().all(|t| t.failure
                != Some(super::super::task::FailureReason::WorkerLost)));
        }

        #[test]
        fn with_early_ack_the_lost_tasks_are_those_running_at_a_nodes_death(
            config in config_strategy(false),
            nodes in 1usize..4,
            durations in prop::collection::vec(1u32..60, 1..30),
            fail_pct in 0u32..40,
            crashes in crashes(),
        ) {
            let durations = durations.into_iter().map(f64::from).collect();
            let r = run(&crash_scenario(config, nodes, durations, fail_pct, &crashes));
            let running: BTreeSet<TaskId> =
                r.deaths.iter().flat_map(|d| d.running.iter().copied()).collect();
            let lost: BTreeSet<TaskId> = r.cluster.tasks.iter().enumerate()
                .filter(|(_, t)| t.is_lost()).map(|(i, _)| i as TaskId).collect();
            prop_assert_eq!(lost, running);
        }
    }
}
