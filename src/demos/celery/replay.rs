//! A Celery run step by step: each message moving through the broker (published, delivered to
//! a node, acked, put back) and each task event on a child, as the cluster journaled them
//! during the real run ([`Cluster::journal`]).

use std::collections::VecDeque;

use crate::model::celery::broker::Move;
use crate::model::celery::cluster::Entry;
use crate::model::celery::{Cluster, NodeId, TaskId, TaskState};
use crate::model::lang::Lang;
use crate::model::numfmt;
use crate::model::replay::{list, Line, Machine, Recording, Row};

/// One node as the replay shows it.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct NodeView {
    pub down: bool,
    /// Messages it holds and has not started (prefetched or waiting for an ETA), by task id.
    pub reserved: Vec<TaskId>,
    /// `(child, task)` running now, by child.
    pub active: Vec<(usize, TaskId)>,
}

/// The broker and the nodes at one moment.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Broker {
    /// `(task, redelivered)`, front first.
    pub queue: VecDeque<(TaskId, bool)>,
    pub nodes: Vec<NodeView>,
    pub acks: u64,
    pub redeliveries: u64,
    /// Task events SUCCESS, RETRY, FAILURE so far.
    pub ended: [u64; 3],
}

impl Broker {
    fn node(&mut self, n: NodeId) -> &mut NodeView {
        if self.nodes.len() <= n {
            self.nodes.resize(n + 1, NodeView::default());
        }
        &mut self.nodes[n]
    }
}

fn insert_sorted<T: Ord + Copy>(v: &mut Vec<T>, x: T) {
    let at = v.partition_point(|y| *y < x);
    v.insert(at, x);
}

impl Machine for Broker {
    type Change = Entry;

    fn apply(&mut self, entry: &Entry) {
        match *entry {
            Entry::Broker(Move::Published { task, .. }) => self.queue.push_back((task, false)),
            Entry::Broker(Move::Delivered { task, node, .. }) => {
                if let Some(i) = self.queue.iter().position(|q| q.0 == task) {
                    self.queue.remove(i);
                }
                insert_sorted(&mut self.node(node).reserved, task);
            }
            Entry::Broker(Move::Acked { .. }) => self.acks += 1,
            Entry::Broker(Move::Requeued { task, node, front }) => {
                let n = self.node(node);
                n.reserved.retain(|t| *t != task);
                n.active.retain(|a| a.1 != task);
                if front {
                    self.queue.push_front((task, true));
                } else {
                    self.queue.push_back((task, true));
                }
                self.redeliveries += 1;
            }
            Entry::Task {
                task,
                node,
                child,
                event,
            } => {
                let n = self.node(node);
                match (event, child) {
                    (TaskState::Received, _) => {}
                    (TaskState::Started, Some(c)) => {
                        n.reserved.retain(|t| *t != task);
                        insert_sorted(&mut n.active, (c, task));
                    }
                    _ => {
                        n.reserved.retain(|t| *t != task);
                        n.active.retain(|a| a.1 != task);
                    }
                }
                match event {
                    TaskState::Success => self.ended[0] += 1,
                    TaskState::Retry => self.ended[1] += 1,
                    TaskState::Failure => self.ended[2] += 1,
                    _ => {}
                }
            }
            Entry::NodeDown(node) => {
                let n = self.node(node);
                n.down = true;
                n.reserved.clear();
                n.active.clear();
            }
        }
    }

    fn caption(entry: &Entry, _: Lang) -> Line {
        let t = |task: TaskId| ("task", task.to_string());
        let n = |node: NodeId| ("node", (node + 1).to_string());
        match *entry {
            Entry::Broker(Move::Published { task, retries: 0 }) => {
                Line::new("replay-ce-published", &[t(task)])
            }
            Entry::Broker(Move::Published { task, retries }) => Line::new(
                "replay-ce-republished",
                &[t(task), ("retries", retries.to_string())],
            ),
            Entry::Broker(Move::Delivered {
                task,
                node,
                redelivered,
            }) => Line::new(
                if redelivered {
                    "replay-ce-redelivered"
                } else {
                    "replay-ce-delivered"
                },
                &[t(task), n(node)],
            ),
            Entry::Broker(Move::Acked { task, node }) => {
                Line::new("replay-ce-acked", &[t(task), n(node)])
            }
            Entry::Broker(Move::Requeued { task, node, .. }) => {
                Line::new("replay-ce-requeued", &[t(task), n(node)])
            }
            Entry::Task {
                task,
                node,
                child,
                event,
            } => {
                let key = match event {
                    TaskState::Received => "replay-ce-received",
                    TaskState::Started => "replay-ce-started",
                    TaskState::Success => "replay-ce-success",
                    TaskState::Retry => "replay-ce-retry",
                    TaskState::Failure => "replay-ce-failure",
                    TaskState::Rejected => "replay-ce-rejected",
                    TaskState::Revoked => "replay-ce-revoked",
                    TaskState::Pending => "replay-ce-received",
                };
                let child = child.map_or_else(|| "–".to_string(), |c| (c + 1).to_string());
                Line::new(key, &[t(task), n(node), ("child", child)])
            }
            Entry::NodeDown(node) => Line::new("replay-ce-node-down", &[n(node)]),
        }
    }

    fn rows(&self, lang: Lang) -> Vec<Row> {
        let queue = self.queue.iter().map(|(t, again)| {
            if *again {
                format!("{t}↺")
            } else {
                t.to_string()
            }
        });
        let per_node = |f: &dyn Fn(&NodeView) -> String| {
            list(
                self.nodes
                    .iter()
                    .enumerate()
                    .map(|(i, n)| format!("{}: {}", i + 1, if n.down { "✕".into() } else { f(n) })),
                lang,
            )
        };
        let ids = |v: &mut dyn Iterator<Item = TaskId>| {
            let v: Vec<String> = v.map(|t| t.to_string()).collect();
            if v.is_empty() {
                "–".to_string()
            } else {
                format!("[{}]", v.join(" "))
            }
        };
        vec![
            Row {
                id: "ce-queue",
                value: list(queue, lang),
            },
            Row {
                id: "ce-reserved",
                value: per_node(&|n| ids(&mut n.reserved.iter().copied())),
            },
            Row {
                id: "ce-active",
                value: per_node(&|n| ids(&mut n.active.iter().map(|a| a.1))),
            },
            Row {
                id: "ce-acks",
                value: format!(
                    "{} / {}",
                    numfmt::integer(lang, self.acks),
                    numfmt::integer(lang, self.redeliveries)
                ),
            },
            Row {
                id: "ce-ended",
                value: format!(
                    "{} / {} / {}",
                    numfmt::integer(lang, self.ended[0]),
                    numfmt::integer(lang, self.ended[1]),
                    numfmt::integer(lang, self.ended[2])
                ),
            },
        ]
    }
}

/// A Celery run's recording.
pub type BrokerRecording = Recording<Broker>;

/// The lane of `(node, child)` with `concurrency` children per node: `node-1-child-1` first,
/// like the board's timeline.
fn lane(node: NodeId, child: usize, concurrency: usize) -> u32 {
    (node * concurrency + child) as u32
}

/// The run's journal as steps; lanes are the children, as on the board's timeline. A step
/// that concerns no child (the broker, a received message) has no lane's span.
pub fn recording(c: &Cluster, wall_ms: f64) -> BrokerRecording {
    let concurrency = c.config.concurrency.max(1);
    let lanes = (0..c.nodes.len())
        .flat_map(|n| (0..concurrency).map(move |ch| format!("node-{}-child-{}", n + 1, ch + 1)))
        .collect();
    let mut rec = BrokerRecording::new(lanes);
    let no_lane = u32::MAX..u32::MAX;
    for &(at, entry) in &c.journal {
        let (lanes, kind) = match entry {
            Entry::Task {
                node,
                child: Some(ch),
                event,
                ..
            } => {
                let lane = lane(node, ch, concurrency);
                (
                    lane..lane + 1,
                    (event == TaskState::Started).then_some("ce-run"),
                )
            }
            // The children a dead node was running end with it.
            Entry::NodeDown(node) => (
                lane(node, 0, concurrency)..lane(node + 1, 0, concurrency),
                None,
            ),
            Entry::Broker(_) | Entry::Task { child: None, .. } => (no_lane.clone(), None),
        };
        rec.push_across(at, lanes, kind, entry);
    }
    rec.dropped += c.journal_dropped;
    rec.end = wall_ms;
    let mut last = Broker {
        queue: c
            .broker
            .queue()
            .iter()
            .map(|m| (m.task, m.redelivered))
            .collect(),
        acks: c.broker.acked,
        redeliveries: c.broker.restored,
        ..Broker::default()
    };
    for n in &c.nodes {
        let mut reserved: Vec<TaskId> = n
            .reserved
            .iter()
            .chain(&n.scheduled)
            .map(|h| h.message.task)
            .collect();
        reserved.sort_unstable();
        last.nodes.push(NodeView {
            down: !n.alive,
            reserved: if n.alive { reserved } else { Vec::new() },
            active: n
                .children
                .iter()
                .enumerate()
                .filter_map(|(ch, j)| j.map(|j| (ch, j.message.task)))
                .collect(),
        });
        last.ended[0] += u64::from(n.stats.succeeded);
        last.ended[1] += u64::from(n.stats.retried);
        last.ended[2] += u64::from(n.stats.failed);
    }
    rec.last = Some(last);
    rec
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::demos::celery::{Broker as BrokerParam, CeleryParams};
    use crate::model::celery::sim;

    fn replayed(p: CeleryParams) -> BrokerRecording {
        let report = sim::run(&p.scenario());
        recording(&report.cluster, report.wall_ms)
    }

    #[test]
    fn replaying_a_run_reproduces_the_broker_and_nodes_at_its_end() {
        let presets = crate::demos::celery::PRESETS.map(|(_, p)| p);
        let more = [
            CeleryParams::default(),
            CeleryParams {
                acks_late: true,
                broker: BrokerParam::RabbitMq,
                ..CeleryParams::default()
            },
        ];
        for p in presets.into_iter().chain(more) {
            let rec = replayed(p);
            assert!(rec.steps.len() > 10);
            assert!(
                rec.replays_to_last(),
                "{:?} vs {:?}",
                rec.state_at(rec.steps.len()),
                rec.last
            );
        }
    }

    #[test]
    fn a_dead_nodes_children_run_nothing_after_it_died() {
        let rec = replayed(crate::demos::celery::PRESETS[2].1);
        let concurrency = rec.lanes.len() / 3;
        let (died, node) = rec
            .steps
            .iter()
            .find_map(|s| match s.change {
                Entry::NodeDown(n) => Some((s.at, n)),
                _ => None,
            })
            .expect("the crash preset kills a node");
        let children = lane(node, 0, concurrency)..lane(node + 1, 0, concurrency);
        let running_before: Vec<_> = rec
            .spans()
            .into_iter()
            .filter(|s| children.contains(&s.lane) && s.start < died)
            .collect();
        assert!(!running_before.is_empty(), "it was running tasks");
        for s in running_before {
            assert!(s.end <= died, "{s:?} goes on after the node died at {died}");
        }
    }
}
