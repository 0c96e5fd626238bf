//! Celery's worker rules over a [`Broker`] and its [`Node`]s: what happens when a message
//! arrives, a child starts or ends a body, a child or a node dies, or a task is revoked.
//!
//! Each method names the code in `celery/worker/request.py` it follows. The cluster has no
//! clock and runs no bodies: a driver (the simulator, or the browser's real workers) calls
//! [`Cluster::pump`] to learn which bodies start, and reports back how each one ended.

use super::broker::{Broker, Message, Move};
use super::node::{Held, Job, Node};
use super::task::{FailureReason, TaskRecord, TaskState};
use super::{CeleryConfig, NodeId, TaskId};
use crate::model::sorted::SortedSet;

/// A body a child has just started.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Start {
    pub node: NodeId,
    pub child: usize,
    pub task: TaskId,
    /// `request.retries` of this run.
    pub retries: u32,
    /// The run's unique id (to ignore the end of a run whose child died meanwhile).
    pub run: u64,
}

/// How a body ended.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Outcome {
    Returned,
    /// Raised an exception listed in `autoretry_for`.
    Raised,
}

/// One line of the event stream (what `celery events` / Flower receive), in ms.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct LogEntry {
    pub at_ms: f64,
    pub task: TaskId,
    pub node: NodeId,
    pub event: TaskState,
}

/// One line of [`Cluster::journal`].
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Entry {
    Broker(Move),
    /// A task's event, on the child that ran it when there was one.
    Task {
        task: TaskId,
        node: NodeId,
        child: Option<usize>,
        event: TaskState,
    },
    /// A whole node died.
    NodeDown(NodeId),
}

/// The broker, the nodes and every task's record.
#[derive(Clone, Debug)]
pub struct Cluster {
    pub config: CeleryConfig,
    pub broker: Broker,
    pub nodes: Vec<Node>,
    pub tasks: Vec<TaskRecord>,
    /// The event stream, oldest first.
    pub log: Vec<LogEntry>,
    /// Every move of a message and every change of a task, with its time (ms), oldest first
    /// and at most [`MAX_STEPS`](crate::model::replay::MAX_STEPS): the replay's recording.
    pub journal: Vec<(f64, Entry)>,
    /// Entries past the cap, not kept.
    pub journal_dropped: usize,
    /// Ids revoked with `revoke()`; every node skips them (`worker_state.revoked`).
    revoked: SortedSet<TaskId>,
    next_run: u64,
    /// Where the next round of deliveries starts, so no node is always served first.
    turn: usize,
}

impl Cluster {
    /// `nodes` nodes with `config`, and `tasks` task ids nobody has sent yet.
    pub fn new(config: CeleryConfig, tasks: usize, nodes: usize) -> Cluster {
        let broker = Broker::new(config.broker, config.clock.ms(config.visibility_timeout_s));
        let mut cluster = Cluster {
            config,
            broker,
            nodes: Vec::new(),
            tasks: vec![TaskRecord::default(); tasks],
            log: Vec::new(),
            journal: Vec::new(),
            journal_dropped: 0,
            revoked: SortedSet::new(),
            next_run: 1,
            turn: 0,
        };
        for _ in 0..nodes {
            cluster.add_node();
        }
        cluster
    }

    /// Start one more node (`celery worker`), empty.
    pub fn add_node(&mut self) -> NodeId {
        self.nodes.push(Node::new(
            self.config.concurrency,
            self.config.prefetch_multiplier,
        ));
        self.nodes.len() - 1
    }

    /// `.delay()` for every task: one message each, nothing stored (the state reads PENDING).
    pub fn send_all(&mut self) {
        for task in 0..self.tasks.len() as TaskId {
            self.broker.publish(Message {
                task,
                retries: 0,
                eta_ms: None,
                redelivered: false,
            });
        }
    }

    fn journal(&mut self, now_ms: f64, entry: Entry) {
        if !crate::model::replay::recording_on() {
            return;
        }
        if self.journal.len() < crate::model::replay::MAX_STEPS {
            self.journal.push((now_ms, entry));
        } else {
            self.journal_dropped += 1;
        }
    }

    /// Move the broker's latest moves into the journal, at `now_ms`.
    fn sync(&mut self, now_ms: f64) {
        for m in std::mem::take(&mut self.broker.moves) {
            self.journal(now_ms, Entry::Broker(m));
        }
    }

    fn emit(
        &mut self,
        now_ms: f64,
        task: TaskId,
        node: NodeId,
        child: Option<usize>,
        event: TaskState,
    ) {
        self.sync(now_ms);
        self.journal(
            now_ms,
            Entry::Task {
                task,
                node,
                child,
                event,
            },
        );
        self.tasks[task as usize].event = event;
        self.log.push(LogEntry {
            at_ms: now_ms,
            task,
            node,
            event,
        });
    }

    /// Everything that can happen at `now_ms` without a body ending: Redis restores expired
    /// deliveries, due ETAs join the reserved line, nodes with prefetch room receive messages
    /// (one each in turn), idle children start reserved work. Returns the bodies started.
    pub fn pump(&mut self, now_ms: f64) -> Vec<Start> {
        self.broker.restore_visible(now_ms);
        for node in self.nodes.iter_mut().filter(|n| n.alive) {
            node.release_due(now_ms);
        }
        let mut started = Vec::new();
        loop {
            let mut moved = false;
            let count = self.nodes.len();
            // Round robin over the consumers with room, as RabbitMQ hands out messages.
            for _ in 0..count {
                let id = self.turn % count;
                self.turn = (id + 1) % count;
                if self.nodes[id].can_reserve() && !self.broker.queue().is_empty() {
                    let (tag, message) = self.broker.deliver(id, now_ms).expect("not empty");
                    self.receive(id, Held { tag, message }, now_ms);
                    moved = true;
                }
            }
            for id in 0..count {
                while let Some(child) = self.nodes[id].idle_child() {
                    let Some(held) = self.nodes[id].reserved.pop_front() else {
                        break;
                    };
                    if let Some(start) = self.execute(id, child, held, now_ms) {
                        started.push(start);
                    }
                    moved = true;
                }
            }
            if !moved {
                self.sync(now_ms);
                return started;
            }
        }
    }

    /// The strategy's `task_message_handler`: `task-received`, a revoked id skipped at once,
    /// an ETA held on the timer.
    fn receive(&mut self, node: NodeId, held: Held, now_ms: f64) {
        let task = held.message.task;
        let record = &mut self.tasks[task as usize];
        record.node = Some(node);
        record.retries = held.message.retries;
        self.emit(now_ms, task, node, None, TaskState::Received);
        if self.revoked.contains(&task) {
            self.skip_revoked(node, held, now_ms);
        } else if held.message.eta_ms.is_some_and(|eta| eta > now_ms) {
            self.nodes[node].scheduled.push(held);
        } else {
            self.nodes[node].reserved.push_back(held);
        }
    }

    /// `Request._announce_revoked`: REVOKED stored, `task-revoked`, the message acked.
    fn skip_revoked(&mut self, node: NodeId, held: Held, now_ms: f64) {
        self.broker.ack(held.tag);
        self.tasks[held.message.task as usize].store(TaskState::Revoked);
        self.emit(now_ms, held.message.task, node, None, TaskState::Revoked);
    }

    /// `execute_using_pool` (a revoked id is skipped here too) and `on_accepted`: the early
    /// ack happens now, just before the body runs; `task-started` is sent; STARTED is stored
    /// only with `track_started`.
    fn execute(&mut self, node: NodeId, child: usize, held: Held, now_ms: f64) -> Option<Start> {
        let task = held.message.task;
        if self.revoked.contains(&task) {
            self.skip_revoked(node, held, now_ms);
            return None;
        }
        let acked = !self.config.acks_late;
        if acked {
            self.broker.ack(held.tag);
        }
        let run = self.next_run;
        self.next_run += 1;
        self.nodes[node].children[child] = Some(Job {
            tag: held.tag,
            message: held.message,
            run,
            started_ms: now_ms,
            acked,
        });
        self.nodes[node].stats.processed += 1;
        let record = &mut self.tasks[task as usize];
        record.runs += 1;
        if self.config.track_started {
            record.store(TaskState::Started);
        }
        self.emit(now_ms, task, node, Some(child), TaskState::Started);
        Some(Start {
            node,
            child,
            task,
            retries: held.message.retries,
            run,
        })
    }

    /// The job `run` on this child, if it is still the one running there.
    fn take_job(&mut self, node: NodeId, child: usize, run: Option<u64>) -> Option<Job> {
        let slot = self.nodes.get_mut(node)?.children.get_mut(child)?;
        match slot {
            Some(job) if run.is_none_or(|r| r == job.run) => slot.take(),
            _ => None,
        }
    }

    /// A body ended. `Returned`: `on_success` (SUCCESS stored, late ack). `Raised`:
    /// `autoretry_for` calls `Task.retry`, which publishes the same task id with
    /// `retries + 1` and a countdown, stores RETRY, and `on_retry` acks late; with no retry
    /// left `on_failure` stores FAILURE and, with `acks_on_failure_or_timeout=True`, acks.
    /// Returns false if that run was no longer on the child (it died meanwhile).
    pub fn finish(
        &mut self,
        node: NodeId,
        child: usize,
        run: u64,
        outcome: Outcome,
        now_ms: f64,
    ) -> bool {
        let Some(job) = self.take_job(node, child, Some(run)) else {
            return false;
        };
        let task = job.message.task;
        let retries = job.message.retries;
        let event = match outcome {
            Outcome::Returned => {
                let record = &mut self.tasks[task as usize];
                record.store(TaskState::Success);
                record.completions += 1;
                self.nodes[node].stats.succeeded += 1;
                TaskState::Success
            }
            Outcome::Raised if self.config.retry.may_retry(retries) => {
                let countdown = self
                    .config
                    .retry
                    .countdown_s(self.config.seed, task, retries);
                self.broker.publish(Message {
                    task,
                    retries: retries + 1,
                    eta_ms: Some(now_ms + self.config.clock.ms(countdown)),
                    redelivered: false,
                });
                self.tasks[task as usize].store(TaskState::Retry);
                self.nodes[node].stats.retried += 1;
                TaskState::Retry
            }
            Outcome::Raised => {
                let record = &mut self.tasks[task as usize];
                record.store(TaskState::Failure);
                record.failure = Some(FailureReason::Raised);
                self.nodes[node].stats.failed += 1;
                TaskState::Failure
            }
        };
        if self.config.acks_late {
            self.broker.ack(job.tag);
        }
        self.emit(now_ms, task, node, Some(child), event);
        true
    }

    /// The child process died (SIGKILL, OOM): the pool reports `WorkerLostError` and starts a
    /// new child. `on_failure`: with `acks_late` and `reject_on_worker_lost` the message is
    /// rejected with requeue (no FAILURE, `task-rejected`); otherwise FAILURE is stored and a
    /// late message is acked. Returns the task that was running, if any.
    pub fn kill_child(&mut self, node: NodeId, child: usize, now_ms: f64) -> Option<TaskId> {
        let job = self.take_job(node, child, None)?;
        let task = job.message.task;
        self.nodes[node].stats.children_lost += 1;
        if self.config.acks_late && self.config.reject_on_worker_lost {
            self.broker.reject(job.tag, true);
            self.emit(now_ms, task, node, Some(child), TaskState::Rejected);
        } else {
            if self.config.acks_late {
                self.broker.ack(job.tag);
            }
            let record = &mut self.tasks[task as usize];
            record.store(TaskState::Failure);
            record.failure = Some(FailureReason::WorkerLost);
            self.nodes[node].stats.failed += 1;
            self.emit(now_ms, task, node, Some(child), TaskState::Failure);
        }
        self.sync(now_ms);
        Some(task)
    }

    /// The whole node dies (its process and children killed). Nothing is stored and no event
    /// is sent; what it had not acked comes back through the broker (at once on RabbitMQ,
    /// after the visibility timeout on Redis). Returns the tasks that were running: with
    /// early ack they are gone.
    pub fn kill_node(&mut self, node: NodeId, now_ms: f64) -> Vec<TaskId> {
        let Some(n) = self.nodes.get_mut(node).filter(|n| n.alive) else {
            return Vec::new();
        };
        n.alive = false;
        let running = n
            .children
            .iter()
            .flatten()
            .map(|j| j.message.task)
            .collect();
        n.children.iter_mut().for_each(|c| *c = None);
        n.reserved.clear();
        n.scheduled.clear();
        self.sync(now_ms);
        self.journal(now_ms, Entry::NodeDown(node));
        self.broker.connection_lost(node);
        self.sync(now_ms);
        running
    }

    /// `revoke(task_id, terminate=…)` (`celery/worker/control.py`, `_revoke`): every node
    /// will skip the id when its message comes up. A task no child is running gets REVOKED
    /// stored at once if its stored state is still PENDING or RETRY (Celery 5.7 leaves a
    /// final state, and STARTED, alone). A running body is left alone unless `terminate`,
    /// which signals its child: REVOKED stored, `task-revoked`, the message acked
    /// (`Request.terminate` → `_announce_revoked`).
    pub fn revoke(&mut self, task: TaskId, terminate: bool, now_ms: f64) {
        self.revoked.insert(task);
        let mut running = false;
        for node in 0..self.nodes.len() {
            for child in 0..self.nodes[node].children.len() {
                let runs_it =
                    self.nodes[node].children[child].is_some_and(|j| j.message.task == task);
                running |= runs_it;
                if runs_it && terminate {
                    let job = self.take_job(node, child, None).expect("checked");
                    self.broker.ack(job.tag);
                    self.tasks[task as usize].store(TaskState::Revoked);
                    self.emit(now_ms, task, node, Some(child), TaskState::Revoked);
                }
            }
        }
        let record = &mut self.tasks[task as usize];
        if !running && matches!(record.backend, TaskState::Pending | TaskState::Retry) {
            record.store(TaskState::Revoked);
        }
        self.sync(now_ms);
    }

    /// The next moment something happens without a body ending: an ETA comes due or Redis
    /// restores a delivery, in ms.
    pub fn next_timer_ms(&self) -> Option<f64> {
        let etas = self
            .nodes
            .iter()
            .filter(|n| n.alive)
            .filter_map(Node::next_eta_ms);
        etas.chain(self.broker.next_visibility_ms())
            .min_by(f64::total_cmp)
    }

    /// Whether any child is running a body.
    pub fn is_running(&self) -> bool {
        self.nodes.iter().any(|n| n.busy() > 0)
    }

    /// The figures of a run: final states, lost tasks, duplicates.
    pub fn summary(&self) -> Summary {
        let count = |s: TaskState| self.tasks.iter().filter(|t| t.backend == s).count();
        Summary {
            succeeded: count(TaskState::Success),
            failed: count(TaskState::Failure),
            revoked: count(TaskState::Revoked),
            retried: self.nodes.iter().map(|n| n.stats.retried as usize).sum(),
            lost: self.tasks.iter().filter(|t| t.is_lost()).count(),
            duplicates: self.tasks.iter().filter(|t| t.completions > 1).count(),
        }
    }
}

/// What `[data-testid=result][data-model=celery]` reports.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Summary {
    pub succeeded: usize,
    pub failed: usize,
    /// Retries published, over all tasks.
    pub retried: usize,
    pub revoked: usize,
    /// Tasks that never reached a stored final state.
    pub lost: usize,
    /// Tasks that ran to SUCCESS more than once.
    pub duplicates: usize,
}

#[cfg(test)]
mod tests {
    use super::super::broker::BrokerKind;
    use super::*;

    fn config(acks_late: bool, reject: bool) -> CeleryConfig {
        CeleryConfig {
            concurrency: 1,
            prefetch_multiplier: 1,
            acks_late,
            reject_on_worker_lost: reject,
            ..CeleryConfig::default()
        }
    }

    fn started(c: &mut Cluster, now: f64) -> Vec<(TaskId, usize)> {
        c.pump(now).iter().map(|s| (s.task, s.node)).collect()
    }

    #[test]
    fn early_ack_acks_at_the_start_and_leaves_prefetched_messages_unacked() {
        let mut c = Cluster::new(config(false, false), 3, 1);
        c.send_all();
        assert_eq!(started(&mut c, 0.0), vec![(0, 0)]);
        let unacked: Vec<TaskId> = c
            .broker
            .unacked()
            .values()
            .map(|d| d.message.task)
            .collect();
        assert_eq!(
            unacked,
            vec![1],
            "task 0 acked as it started; task 1 only reserved"
        );
        assert_eq!(
            c.tasks[0].backend,
            TaskState::Pending,
            "STARTED is not stored"
        );
        assert_eq!(c.tasks[0].event, TaskState::Started);
        assert_eq!(c.tasks[1].event, TaskState::Received);
    }

    #[test]
    fn track_started_stores_started() {
        let mut c = Cluster::new(
            CeleryConfig {
                track_started: true,
                ..config(false, false)
            },
            1,
            1,
        );
        c.send_all();
        c.pump(0.0);
        assert_eq!(c.tasks[0].backend, TaskState::Started);
    }

    #[test]
    fn acks_late_acks_after_the_body_and_holds_only_what_runs() {
        let mut c = Cluster::new(config(true, false), 3, 1);
        c.send_all();
        let s = c.pump(0.0)[0];
        assert_eq!(
            c.broker.unacked().len(),
            1,
            "multiplier 1: only the running one"
        );
        assert!(c.finish(s.node, s.child, s.run, Outcome::Returned, 10.0));
        assert_eq!(c.tasks[0].backend, TaskState::Success);
        assert!(!c.broker.unacked().values().any(|d| d.message.task == 0));
    }

    #[test]
    fn a_dead_child_fails_its_task_unless_acks_late_and_reject_on_worker_lost() {
        for (late, reject, want) in [
            (false, false, TaskState::Failure),
            (true, false, TaskState::Failure),
            (false, true, TaskState::Failure),
            (true, true, TaskState::Pending),
        ] {
            let mut c = Cluster::new(config(late, reject), 1, 1);
            c.send_all();
            let s = c.pump(0.0)[0];
            assert_eq!(c.kill_child(s.node, s.child, 5.0), Some(0));
            assert_eq!(c.tasks[0].backend, want, "acks_late={late} reject={reject}");
            assert!(!c.finish(s.node, s.child, s.run, Outcome::Returned, 9.0));
            let again = c.pump(5.0);
            assert_eq!(again.len(), usize::from(want == TaskState::Pending));
            if let Some(s2) = again.first() {
                assert_eq!(s2.retries, 0, "a requeue is not a retry");
                assert_eq!(c.tasks[0].runs, 2);
            } else {
                assert_eq!(c.tasks[0].failure, Some(FailureReason::WorkerLost));
                assert!(c.broker.unacked().is_empty() && c.broker.queue().is_empty());
            }
        }
    }

    #[test]
    fn a_retry_republishes_the_same_id_with_a_countdown_until_max_retries() {
        let mut cfg = config(false, false);
        cfg.retry.backoff = 1;
        cfg.retry.jitter = false;
        cfg.clock.factor = 1;
        cfg.retry.max_retries = 2;
        let mut c = Cluster::new(cfg, 1, 1);
        c.send_all();
        let mut now = 0.0;
        let mut waits = Vec::new();
        for _ in 0..3 {
            let s = c.pump(now)[0];
            c.finish(s.node, s.child, s.run, Outcome::Raised, now);
            assert_eq!(c.pump(now), vec![], "held until its ETA");
            if let Some(eta) = c.next_timer_ms() {
                waits.push(eta - now);
                assert_eq!(c.tasks[0].backend, TaskState::Retry);
                assert_eq!(
                    c.tasks[0].event,
                    TaskState::Received,
                    "the retry message arrived"
                );
                now = eta;
            }
        }
        assert_eq!(waits, vec![1000.0, 2000.0]);
        assert_eq!(c.tasks[0].runs, 3);
        assert_eq!(c.tasks[0].backend, TaskState::Failure);
        assert_eq!(c.summary().retried, 2);
    }

    #[test]
    fn a_dead_nodes_running_task_is_lost_with_early_ack_and_redelivered_with_acks_late() {
        for (late, lost) in [(false, 1), (true, 0)] {
            let mut c = Cluster::new(config(late, false), 2, 2);
            c.send_all();
            let first = c.pump(0.0);
            assert_eq!(first.len(), 2);
            let gone = c.kill_node(first[0].node, 0.0);
            assert_eq!(gone, vec![first[0].task]);
            let s = c.pump(1.0);
            assert_eq!(s.len(), 0, "the other node is busy");
            c.finish(
                first[1].node,
                first[1].child,
                first[1].run,
                Outcome::Returned,
                2.0,
            );
            for s in c.pump(2.0) {
                c.finish(s.node, s.child, s.run, Outcome::Returned, 3.0);
            }
            assert_eq!(c.summary().lost, lost, "acks_late={late}");
        }
    }

    #[test]
    fn redis_returns_a_dead_nodes_messages_only_after_the_visibility_timeout() {
        let mut cfg = config(true, false);
        cfg.broker = BrokerKind::Redis;
        cfg.visibility_timeout_s = 10;
        cfg.clock.factor = 1;
        let mut c = Cluster::new(cfg, 1, 2);
        c.send_all();
        let s = c.pump(0.0)[0];
        c.kill_node(s.node, 0.0);
        assert!(c.pump(9_999.0).is_empty());
        assert_eq!(c.next_timer_ms(), Some(10_000.0));
        let again = c.pump(10_000.0);
        assert_eq!(again.len(), 1);
        assert_ne!(again[0].node, s.node);
    }

    #[test]
    fn revoke_skips_a_waiting_task_and_terminate_stops_a_running_one() {
        let mut c = Cluster::new(config(false, false), 4, 1);
        c.send_all();
        let s = c.pump(0.0)[0];
        c.revoke(0, false, 1.0);
        c.revoke(1, false, 1.0);
        assert!(c.nodes[0].children[0].is_some(), "running: untouched");
        assert_eq!(
            c.tasks[0].backend,
            TaskState::Pending,
            "nothing stored for a running one"
        );
        assert_eq!(
            c.tasks[1].backend,
            TaskState::Revoked,
            "stored at once while waiting"
        );
        c.finish(s.node, s.child, s.run, Outcome::Returned, 2.0);
        assert_eq!(c.tasks[0].backend, TaskState::Success);
        c.revoke(0, false, 2.5);
        assert_eq!(
            c.tasks[0].backend,
            TaskState::Success,
            "a final state stays"
        );
        let next = c.pump(2.0);
        assert_eq!(next[0].task, 2, "task 1 skipped when it came up");
        assert_eq!(c.tasks[1].runs, 0);
        assert_eq!(c.tasks[1].event, TaskState::Revoked);
        c.revoke(2, true, 3.0);
        assert_eq!(c.tasks[2].backend, TaskState::Revoked);
        assert!(
            c.nodes[0].children[0].is_none() || c.nodes[0].children[0].unwrap().message.task != 2
        );
        assert!(!c.broker.unacked().values().any(|d| d.message.task == 2));
        assert_eq!(c.summary().revoked, 2);
    }
}
