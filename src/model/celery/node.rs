//! A worker node: its prefork children, the messages it reserved, and its prefetch limit.
//!
//! - **Prefetch** (`celery/worker/consumer/consumer.py`, `_update_prefetch_count`): the
//!   consumer's QoS allows `concurrency × worker_prefetch_multiplier` unacked messages
//!   (multiplier 4 by default; 0 disables the limit). With the default early ack a running
//!   task is already acked, so a node holds its running tasks *plus* that many reserved ones;
//!   with `acks_late` the running ones count too.
//! - **ETA / countdown** messages (`celery/worker/strategy.py`): the node keeps them on its
//!   timer, unacked, and raises its QoS by one for each (`qos.increment_eventually`), so they
//!   do not use up the prefetch room; when due they become ordinary reserved work.
//! - **`-O fair`** (the default, `celery/concurrency/asynpool.py`: `None → SCHED_STRATEGY_FAIR`):
//!   a job is written only to an idle child, so reserved work waits in the node, not behind a
//!   busy child.

use std::collections::VecDeque;

use super::broker::{DeliveryTag, Message};

/// A message the node holds and has not started.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Held {
    pub tag: DeliveryTag,
    pub message: Message,
}

/// A run of a task body on one child.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Job {
    pub tag: DeliveryTag,
    pub message: Message,
    /// Unique id of this run across the cluster.
    pub run: u64,
    /// When the child started the body, in ms.
    pub started_ms: f64,
    /// Whether the message is acked already (early ack: yes, as soon as it started).
    pub acked: bool,
}

/// Counters in the spirit of Flower's worker page.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct NodeStats {
    /// Runs started.
    pub processed: u32,
    pub succeeded: u32,
    pub failed: u32,
    pub retried: u32,
    /// Children that died and were replaced.
    pub children_lost: u32,
}

/// One `celery worker` process with its pool.
#[derive(Clone, Debug)]
pub struct Node {
    pub alive: bool,
    /// One slot per child process; `Some` while it runs a body.
    pub children: Vec<Option<Job>>,
    /// Received and due, waiting for an idle child, in arrival order.
    pub reserved: VecDeque<Held>,
    /// Received with an ETA still in the future.
    pub scheduled: Vec<Held>,
    /// `worker_prefetch_multiplier`; 0 = no limit.
    pub multiplier: u32,
    pub stats: NodeStats,
}

impl Node {
    pub fn new(concurrency: usize, multiplier: u32) -> Node {
        Node {
            alive: true,
            children: vec![None; concurrency.max(1)],
            reserved: VecDeque::new(),
            scheduled: Vec::new(),
            multiplier,
            stats: NodeStats::default(),
        }
    }

    /// Messages this node holds that count against its prefetch limit: the reserved ones and
    /// the running ones not yet acked (ETA holds are offset by their own QoS increment).
    pub fn counted_unacked(&self) -> usize {
        self.reserved.len() + self.children.iter().flatten().filter(|j| !j.acked).count()
    }

    /// Whether the QoS lets the broker hand this node one more message.
    pub fn can_reserve(&self) -> bool {
        self.alive
            && (self.multiplier == 0
                || self.counted_unacked() < self.children.len() * self.multiplier as usize)
    }

    /// The first idle child, if any (fair scheduling: only idle children get work).
    pub fn idle_child(&self) -> Option<usize> {
        if !self.alive {
            return None;
        }
        self.children.iter().position(Option::is_none)
    }

    /// How many children are running a body.
    pub fn busy(&self) -> usize {
        self.children.iter().flatten().count()
    }

    /// The earliest ETA among the held messages, in ms.
    pub fn next_eta_ms(&self) -> Option<f64> {
        self.scheduled
            .iter()
            .filter_map(|h| h.message.eta_ms)
            .min_by(f64::total_cmp)
    }

    /// Move every held message due by `now_ms` to the reserved line, earliest first.
    pub fn release_due(&mut self, now_ms: f64) {
        let mut due: Vec<Held> = Vec::new();
        self.scheduled.retain(|h| {
            let is_due = h.message.eta_ms.is_none_or(|eta| eta <= now_ms);
            if is_due {
                due.push(*h);
            }
            !is_due
        });
        due.sort_by(|a, b| {
            let (a, b) = (
                a.message.eta_ms.unwrap_or(0.0),
                b.message.eta_ms.unwrap_or(0.0),
            );
            a.total_cmp(&b)
        });
        self.reserved.extend(due);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn held(tag: DeliveryTag, eta_ms: Option<f64>) -> Held {
        Held {
            tag,
            message: Message {
                task: tag as u32,
                retries: 0,
                eta_ms,
                redelivered: false,
            },
        }
    }

    fn job(acked: bool) -> Option<Job> {
        Some(Job {
            tag: 99,
            message: held(99, None).message,
            run: 1,
            started_ms: 0.0,
            acked,
        })
    }

    #[test]
    fn prefetch_counts_reserved_and_unacked_running_messages() {
        let mut n = Node::new(2, 1);
        n.reserved.push_back(held(1, None));
        n.children[0] = job(true);
        assert!(
            n.can_reserve(),
            "1 counted of 2: an early-acked run does not count"
        );
        n.children[1] = job(false);
        assert!(!n.can_reserve(), "acks_late: the running message counts");
        n.scheduled.push(held(2, Some(50.0)));
        assert_eq!(n.counted_unacked(), 2, "an ETA hold brings its own room");
    }

    #[test]
    fn multiplier_zero_means_no_limit_and_a_dead_node_takes_nothing() {
        let mut n = Node::new(1, 0);
        n.reserved.extend((0..100).map(|t| held(t, None)));
        assert!(n.can_reserve());
        n.alive = false;
        assert!(!n.can_reserve());
        assert_eq!(n.idle_child(), None);
    }

    #[test]
    fn due_etas_join_the_reserved_line_in_eta_order() {
        let mut n = Node::new(1, 4);
        n.scheduled = vec![
            held(1, Some(30.0)),
            held(2, Some(10.0)),
            held(3, Some(90.0)),
        ];
        assert_eq!(n.next_eta_ms(), Some(10.0));
        n.release_due(30.0);
        let tags: Vec<DeliveryTag> = n.reserved.iter().map(|h| h.tag).collect();
        assert_eq!(tags, vec![2, 1]);
        assert_eq!(n.next_eta_ms(), Some(90.0));
    }
}
