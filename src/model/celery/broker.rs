//! The broker: one queue of task messages, deliveries that wait for an ack, and the two ways
//! an unacked message comes back.
//!
//! Celery offers both brokers the page models, and they differ exactly where a node dies:
//! - **RabbitMQ** holds each delivery against the consumer's connection. When the connection
//!   drops (the node died), every message that consumer had not acked is requeued at once,
//!   back at about its old place: the front of the queue.
//! - **Redis** (kombu's virtual transport, `kombu/transport/redis.py`) has no connection-bound
//!   deliveries. A delivered message waits in the `unacked` hash with its delivery time;
//!   `QoS.restore_visible` puts back every message unacked for longer than
//!   `visibility_timeout` (3600 s by default), with `RPUSH` on a queue consumed by `BRPOP`:
//!   the front. Nothing looks at whether the consumer is alive, so a message a live node holds
//!   longer than the timeout is handed out a second time and may run twice.
//!   `reject(requeue=True)` uses `LPUSH` instead: the back of the line.
//!
//! Plain data over the caller's clock (ms); a node is only an id here.

use std::collections::VecDeque;

use super::{NodeId, TaskId};
use crate::model::sorted::SortedMap;

/// A broker's handle on one delivery, as AMQP's `delivery_tag`.
pub type DeliveryTag = u64;

/// Which broker transport Celery talks to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BrokerKind {
    RabbitMq,
    Redis,
}

/// One task message: what `.delay()` or a retry publishes.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Message {
    pub task: TaskId,
    /// `request.retries`: 0 when first sent, one more on each retry (same task id).
    pub retries: u32,
    /// Earliest start (ETA / countdown), in ms on the page's clock; `None` = at once.
    pub eta_ms: Option<f64>,
    /// Whether the broker handed this message out before (requeued or restored).
    pub redelivered: bool,
}

/// A message handed to a node and not yet acked or rejected.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Delivery {
    pub message: Message,
    pub node: NodeId,
    /// When it was delivered, in ms.
    pub at_ms: f64,
}

/// The queue and the deliveries it waits on.
#[derive(Clone, Debug)]
pub struct Broker {
    pub kind: BrokerKind,
    /// Redis's `visibility_timeout`, already in ms on the page's clock.
    pub visibility_ms: f64,
    queue: VecDeque<Message>,
    unacked: SortedMap<DeliveryTag, Delivery>,
    next_tag: DeliveryTag,
    /// Messages published (first sends and retries).
    pub published: u64,
    /// Messages put back in the queue (requeued or restored).
    pub restored: u64,
    /// Deliveries acked while the broker still held them.
    pub acked: u64,
    /// Every move of a message, oldest first, for the replay; the cluster takes them with
    /// their time (`Cluster::journal`).
    pub moves: Vec<Move>,
}

/// A message moving in or out of the broker.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Move {
    Published {
        task: TaskId,
        retries: u32,
    },
    Delivered {
        task: TaskId,
        node: NodeId,
        redelivered: bool,
    },
    Acked {
        task: TaskId,
        node: NodeId,
    },
    /// Put back in the queue (at its front or its back): rejected with requeue, its
    /// consumer's connection lost (RabbitMQ), or unacked past the visibility timeout (Redis).
    Requeued {
        task: TaskId,
        node: NodeId,
        front: bool,
    },
}

impl Broker {
    pub fn new(kind: BrokerKind, visibility_ms: f64) -> Broker {
        Broker {
            kind,
            visibility_ms,
            queue: VecDeque::new(),
            unacked: SortedMap::new(),
            next_tag: 1,
            published: 0,
            restored: 0,
            acked: 0,
            moves: Vec::new(),
        }
    }

    /// `basic.publish` / `LPUSH`: at the back of the queue.
    pub fn publish(&mut self, message: Message) {
        self.published += 1;
        self.moves.push(Move::Published {
            task: message.task,
            retries: message.retries,
        });
        self.queue.push_back(message);
    }

    /// The messages waiting, front first.
    pub fn queue(&self) -> &VecDeque<Message> {
        &self.queue
    }

    /// Deliveries not yet acked or rejected, by tag.
    pub fn unacked(&self) -> &SortedMap<DeliveryTag, Delivery> {
        &self.unacked
    }

    /// Hand the front message to `node`. The node's prefetch limit is the node's business
    /// (kombu checks it on the consumer side for Redis; `basic.qos` for RabbitMQ).
    pub fn deliver(&mut self, node: NodeId, now_ms: f64) -> Option<(DeliveryTag, Message)> {
        let message = self.queue.pop_front()?;
        let tag = self.next_tag;
        self.next_tag += 1;
        self.unacked.insert(
            tag,
            Delivery {
                message,
                node,
                at_ms: now_ms,
            },
        );
        self.moves.push(Move::Delivered {
            task: message.task,
            node,
            redelivered: message.redelivered,
        });
        Some((tag, message))
    }

    /// `basic.ack`. False when the broker had already given the message up (Redis restored
    /// it after the visibility timeout): acking then changes nothing.
    pub fn ack(&mut self, tag: DeliveryTag) -> bool {
        let Some(d) = self.unacked.remove(&tag) else {
            return false;
        };
        self.acked += 1;
        self.moves.push(Move::Acked {
            task: d.message.task,
            node: d.node,
        });
        true
    }

    /// `basic.reject`: dropped, or with `requeue` put back (RabbitMQ: front; Redis: `LPUSH`,
    /// the back of the line).
    pub fn reject(&mut self, tag: DeliveryTag, requeue: bool) {
        let Some(delivery) = self.unacked.remove(&tag) else {
            return;
        };
        if requeue {
            let message = Message {
                redelivered: true,
                ..delivery.message
            };
            self.restored += 1;
            let front = self.kind == BrokerKind::RabbitMq;
            self.moves.push(Move::Requeued {
                task: message.task,
                node: delivery.node,
                front,
            });
            if front {
                self.queue.push_front(message);
            } else {
                self.queue.push_back(message);
            }
        }
    }

    /// The node's connection dropped. RabbitMQ requeues its unacked messages now, in their
    /// delivery order at the front; Redis notices nothing (see [`Broker::restore_visible`]).
    pub fn connection_lost(&mut self, node: NodeId) -> usize {
        if self.kind == BrokerKind::Redis {
            return 0;
        }
        let tags: Vec<DeliveryTag> = self
            .unacked
            .iter()
            .filter(|(_, d)| d.node == node)
            .map(|(t, _)| *t)
            .collect();
        for tag in tags.iter().rev() {
            self.put_back_front(*tag);
        }
        self.restored += tags.len() as u64;
        tags.len()
    }

    /// Redis's `restore_visible`: every message unacked for at least the visibility timeout
    /// goes back to the front of the queue, whoever holds it. Returns how many.
    pub fn restore_visible(&mut self, now_ms: f64) -> usize {
        if self.kind != BrokerKind::Redis {
            return 0;
        }
        let due: Vec<DeliveryTag> = self
            .unacked
            .iter()
            .filter(|(_, d)| now_ms - d.at_ms >= self.visibility_ms)
            .map(|(t, _)| *t)
            .collect();
        // The oldest ends up at the very front, next to be consumed.
        for tag in due.iter().rev() {
            self.put_back_front(*tag);
        }
        self.restored += due.len() as u64;
        due.len()
    }

    /// An unacked delivery back at the front of the queue, marked redelivered.
    fn put_back_front(&mut self, tag: DeliveryTag) {
        let Some(delivery) = self.unacked.remove(&tag) else {
            return;
        };
        self.moves.push(Move::Requeued {
            task: delivery.message.task,
            node: delivery.node,
            front: true,
        });
        self.queue.push_front(Message {
            redelivered: true,
            ..delivery.message
        });
    }

    /// When the next message becomes visible again (Redis only), in ms.
    pub fn next_visibility_ms(&self) -> Option<f64> {
        if self.kind != BrokerKind::Redis {
            return None;
        }
        self.unacked
            .values()
            .map(|d| d.at_ms + self.visibility_ms)
            .min_by(f64::total_cmp)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn msg(task: TaskId) -> Message {
        Message {
            task,
            retries: 0,
            eta_ms: None,
            redelivered: false,
        }
    }

    fn tasks(b: &Broker) -> Vec<TaskId> {
        b.queue().iter().map(|m| m.task).collect()
    }

    #[test]
    fn the_queue_is_first_in_first_out() {
        let mut b = Broker::new(BrokerKind::Redis, 1000.0);
        for t in 0..3 {
            b.publish(msg(t));
        }
        assert_eq!(b.deliver(0, 0.0).unwrap().1.task, 0);
        assert_eq!(b.deliver(0, 0.0).unwrap().1.task, 1);
        assert_eq!(tasks(&b), vec![2]);
    }

    #[test]
    fn rabbitmq_requeues_a_dead_consumers_messages_at_once_and_at_the_front() {
        let mut b = Broker::new(BrokerKind::RabbitMq, 1000.0);
        for t in 0..4 {
            b.publish(msg(t));
        }
        let (a0, _) = b.deliver(0, 0.0).unwrap();
        b.deliver(1, 0.0).unwrap();
        b.deliver(0, 0.0).unwrap();
        assert!(b.ack(a0));
        assert_eq!(b.connection_lost(0), 1, "only the unacked one");
        assert_eq!(tasks(&b), vec![2, 3]);
        assert!(b.queue()[0].redelivered);
        assert_eq!(b.unacked().len(), 1, "node 1 keeps its delivery");
    }

    #[test]
    fn redis_waits_for_the_visibility_timeout_even_for_a_live_node() {
        let mut b = Broker::new(BrokerKind::Redis, 1000.0);
        b.publish(msg(0));
        b.publish(msg(1));
        let (tag, _) = b.deliver(0, 0.0).unwrap();
        assert_eq!(b.connection_lost(0), 0);
        assert_eq!(b.next_visibility_ms(), Some(1000.0));
        assert_eq!(b.restore_visible(999.0), 0);
        assert_eq!(b.restore_visible(1000.0), 1);
        assert_eq!(tasks(&b), vec![0, 1], "restored to the front");
        assert!(!b.ack(tag), "too late: the message went back already");
    }

    #[test]
    fn a_requeued_reject_goes_to_the_back_on_redis_and_the_front_on_rabbitmq() {
        for (kind, want) in [
            (BrokerKind::Redis, vec![1, 0]),
            (BrokerKind::RabbitMq, vec![0, 1]),
        ] {
            let mut b = Broker::new(kind, 1000.0);
            b.publish(msg(0));
            b.publish(msg(1));
            let (tag, _) = b.deliver(0, 0.0).unwrap();
            b.reject(tag, true);
            assert_eq!(tasks(&b), want, "{kind:?}");
            let (tag, _) = b.deliver(0, 0.0).unwrap();
            b.reject(tag, false);
            assert_eq!(b.queue().len(), 1, "rejected without requeue: gone");
        }
    }
}
