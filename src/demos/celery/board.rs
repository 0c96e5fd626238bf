//! What the page's board shows at one moment, in the spirit of Flower: nodes with their
//! counters, the queue's messages, every task in both state views, the children's lanes,
//! and the retries against their jitter bands. A plain snapshot of the [`Driver`], taken a
//! few times a second during a run and once at its end (the result).

use super::driver::{Driver, RetryMark};
use super::replay::{recording, BrokerRecording};
use super::CeleryParams;
use crate::model::celery::node::NodeStats;
use crate::model::celery::task::FailureReason;
use crate::model::celery::{Cluster, NodeId, Summary, TaskId, TaskState};
use crate::model::timeline::{Lane, Segment, Timeline};

/// One node, as Flower's worker list shows it (and whether it is alive, which Flower only
/// guesses from missed heartbeats).
#[derive(Clone, Debug, PartialEq)]
pub struct NodeRow {
    pub alive: bool,
    /// Children running a body.
    pub active: usize,
    /// Messages received and not started (prefetched, or waiting for their ETA).
    pub reserved: usize,
    pub stats: NodeStats,
    /// How long the node's Web Worker and children took to start, in ms.
    pub start_ms: Option<f64>,
}

/// One task id in both views.
#[derive(Clone, Debug, PartialEq)]
pub struct TaskRow {
    pub id: TaskId,
    /// `AsyncResult.state`: what the result backend answers.
    pub backend: TaskState,
    /// The last event about it (what Flower shows).
    pub event: TaskState,
    /// Times a child started its body.
    pub runs: u32,
    pub retries: u32,
    pub node: Option<NodeId>,
    /// FAILURE because its child died (`WorkerLostError`), not because the body raised.
    pub worker_lost: bool,
}

/// A message in the queue.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct QueuedRow {
    pub task: TaskId,
    pub retries: u32,
    /// Handed out before and put back (requeued, or restored by Redis).
    pub redelivered: bool,
}

/// Most queue messages listed; the length is always shown in full.
pub const QUEUE_SHOWN: usize = 40;

#[derive(Clone, Debug, PartialEq)]
pub struct Board {
    /// ms since the tasks were sent.
    pub at_ms: f64,
    pub nodes: Vec<NodeRow>,
    pub queue: Vec<QueuedRow>,
    pub queue_len: usize,
    /// Queue length over time, as (ms, messages).
    pub queue_history: Vec<(f64, usize)>,
    pub tasks: Vec<TaskRow>,
    /// One lane per child of every node.
    pub timeline: Timeline,
    pub retries: Vec<RetryMark>,
    pub summary: Summary,
    pub hoard_ms: f64,
    pub wall_ms: f64,
    /// The run's parameters.
    pub params: CeleryParams,
    /// The whole run step by step: only on the board taken when the run has ended.
    pub replay: Option<std::sync::Arc<BrokerRecording>>,
}

impl Board {
    /// The board at the end of the run, with the run's recording.
    pub fn last(d: &Driver, now_ms: f64) -> Board {
        Board {
            replay: Some(std::sync::Arc::new(recording(&d.cluster, d.wall_ms))),
            ..Board::of(d, now_ms)
        }
    }

    /// The driver's state at `now_ms`; bodies still running are drawn up to `now_ms`.
    pub fn of(d: &Driver, now_ms: f64) -> Board {
        let c = &d.cluster;
        let nodes = c
            .nodes
            .iter()
            .enumerate()
            .map(|(i, n)| NodeRow {
                alive: n.alive,
                active: n.busy(),
                reserved: n.reserved.len() + n.scheduled.len(),
                stats: n.stats,
                start_ms: d.node_start_ms.get(i).copied(),
            })
            .collect();
        let queue = c
            .broker
            .queue()
            .iter()
            .take(QUEUE_SHOWN)
            .map(|m| QueuedRow {
                task: m.task,
                retries: m.retries,
                redelivered: m.redelivered,
            })
            .collect();
        let tasks = c
            .tasks
            .iter()
            .enumerate()
            .map(|(id, t)| TaskRow {
                id: id as TaskId,
                backend: t.backend,
                event: t.event,
                runs: t.runs,
                retries: t.retries,
                node: t.node,
                worker_lost: t.failure == Some(FailureReason::WorkerLost),
            })
            .collect();
        Board {
            at_ms: now_ms,
            nodes,
            queue,
            queue_len: c.broker.queue().len(),
            queue_history: d.queue_len.clone(),
            tasks,
            timeline: timeline(d, now_ms),
            retries: d.retries.clone(),
            summary: c.summary(),
            hoard_ms: d.hoard_ms,
            wall_ms: d.wall_ms,
            params: d.params,
            replay: None,
        }
    }
}

/// How many tasks ended the real run in the same stored state after the same number of runs
/// as in the model's own run of the same link (`sim::run`, on the seeded durations). Without
/// crashes they should all agree; a crash hits whatever runs at that real moment, which may
/// differ from the model's moment.
pub fn agreement(board: &Board, model: &Cluster) -> usize {
    board
        .tasks
        .iter()
        .zip(&model.tasks)
        .filter(|(real, m)| real.backend == m.backend && real.runs == m.runs)
        .count()
}

/// One lane per child (`node-1-child-2` is node 1's second child, counting from 1).
fn timeline(d: &Driver, now_ms: f64) -> Timeline {
    let mut lanes: Vec<Lane> = Vec::new();
    for (n, node) in d.cluster.nodes.iter().enumerate() {
        for c in 0..node.children.len() {
            let done = d
                .spans
                .iter()
                .filter(|s| (s.node, s.child) == (n, c))
                .map(|s| (s.task, s.start_ms, s.end_ms, s.end.kind()));
            let running = d
                .running
                .values()
                .filter(|r| (r.node, r.child) == (n, c))
                .map(|r| (r.task, r.start_ms, now_ms, "ce-run"));
            let segments = done
                .chain(running)
                .map(|(task, start, end, kind)| Segment {
                    kind,
                    start,
                    end,
                    task: task.to_string(),
                    mix: Vec::new(),
                })
                .collect();
            lanes.push(Lane {
                id: format!("node-{}-child-{}", n + 1, c + 1),
                label: format!("node{} · {}", n + 1, c + 1),
                segments,
            });
        }
    }
    Timeline {
        duration: now_ms.max(d.wall_ms).max(1.0),
        lanes,
    }
}

#[cfg(test)]
mod tests {
    use super::super::driver::{Event, Order};
    use super::super::wire::{FromNode, ToNode};
    use super::super::{Broker, CeleryParams};
    use super::*;

    #[test]
    fn the_board_shows_both_views_the_queue_and_one_lane_per_child() {
        let p = CeleryParams {
            tasks: 5,
            workers: 2,
            concurrency: 2,
            prefetch: 1,
            acks_late: true,
            broker: Broker::RabbitMq,
            ..CeleryParams::default()
        };
        let mut d = Driver::new(p, 1.0, vec![70.0, 90.0]);
        let orders = d.begin(0.0);
        let (node, child, run) = orders
            .iter()
            .find_map(|o| match o {
                Order::Send {
                    node,
                    message: ToNode::Start { child, run, .. },
                } => Some((*node, *child, *run)),
                _ => None,
            })
            .unwrap();
        let done = FromNode::Done {
            child,
            run,
            raised: false,
            io_ms: 1.0,
            cpu_ms: 0.0,
        };
        d.handle(
            Event::Message {
                node,
                message: done,
            },
            40.0,
        );
        let b = Board::of(&d, 50.0);
        assert_eq!(b.nodes.len(), 2);
        assert_eq!(b.nodes[0].start_ms, Some(70.0));
        assert_eq!(b.timeline.lanes.len(), 4);
        assert_eq!(b.timeline.lanes[0].id, "node-1-child-1");
        let kinds: Vec<&str> = b
            .timeline
            .lanes
            .iter()
            .flat_map(|l| l.segments.iter().map(|s| s.kind))
            .collect();
        assert!(kinds.contains(&"ce-ok") && kinds.contains(&"ce-run"));
        // Four bodies started (two per node), one finished and the next took its place.
        assert_eq!(b.nodes.iter().map(|n| n.active).sum::<usize>(), 4);
        assert_eq!(b.queue_len, 0);
        assert_eq!(b.summary.succeeded, 1);
        let running = b.tasks.iter().find(|t| t.event == TaskState::Started);
        assert_eq!(
            running.map(|t| t.backend),
            Some(TaskState::Pending),
            "STARTED is only an event without track_started"
        );
    }

    #[test]
    fn agreement_counts_tasks_with_the_models_state_and_runs() {
        let p = CeleryParams {
            tasks: 3,
            workers: 1,
            concurrency: 3,
            broker: Broker::RabbitMq,
            ..CeleryParams::default()
        };
        let model = crate::model::celery::sim::run(&p.scenario()).cluster;
        let mut d = Driver::new(p, 1.0, vec![1.0]);
        let orders = d.begin(0.0);
        let board = Board::of(&d, 0.0);
        assert_eq!(agreement(&board, &model), 0, "nothing has ended yet");
        for o in orders {
            if let Order::Send {
                node,
                message: ToNode::Start { child, run, .. },
            } = o
            {
                let done = FromNode::Done {
                    child,
                    run,
                    raised: false,
                    io_ms: 0.0,
                    cpu_ms: 0.0,
                };
                d.handle(
                    Event::Message {
                        node,
                        message: done,
                    },
                    200.0,
                );
            }
        }
        assert_eq!(agreement(&Board::of(&d, 200.0), &model), 3);
    }
}
