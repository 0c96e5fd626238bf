//! The page's side of a live Celery run: it holds the pure [`Cluster`] (the broker's and the
//! worker's rules), turns the cluster's decisions into orders for the real node workers, and
//! feeds back what really happened (a body ended, a child or a node died) at the real time it
//! happened.
//!
//! Nothing here touches the browser: the runtime (`celery/run.rs`) carries out the [`Order`]s
//! on Web Workers and reports [`Event`]s with the page's clock, so the tests below can drive a
//! whole run with made-up events. Celery's rules are all in `model::celery`; this module only
//! decides what the *page* does: which child or node a button kills, which task it revokes,
//! when the run is over, and what is measured (idle time beside hoarded work, wall time).

use super::wire::{FromNode, ToNode};
use super::{CeleryParams, Crash};
use crate::model::celery::sim::hoarding;
use crate::model::celery::{Cluster, NodeId, Outcome, TaskId, TaskState};
use crate::model::rng;
use crate::model::sorted::{SortedMap, SortedSet};

/// What a reader's button asks for during a run.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Command {
    /// SIGKILL a child that is running a body: the one that started last, so the body is
    /// least likely to end while the order is on its way.
    KillChild,
    /// Kill the first live node (its Web Worker is terminated, children with it).
    KillNode,
    /// `revoke()` the task furthest back in the queue (or held by a node).
    Revoke,
    /// Start one more node.
    AddNode,
}

/// What the runtime must do.
#[derive(Clone, Debug, PartialEq)]
pub enum Order {
    /// Post `message` to node `node`.
    Send { node: NodeId, message: ToNode },
    /// `Worker.terminate()` node `node`.
    Terminate(NodeId),
    /// Start one more node worker, and report [`Event::NodeUp`] when its children are up.
    Spawn,
}

/// What happened, reported by the runtime.
#[derive(Clone, Debug, PartialEq)]
pub enum Event {
    /// A node started by [`Order::Spawn`] is up; it took `start_ms` to start.
    NodeUp {
        start_ms: f64,
    },
    /// A node started by [`Order::Spawn`] failed to start.
    NodeFailed,
    /// A line from node `node`.
    Message {
        node: NodeId,
        message: FromNode,
    },
    Command(Command),
}

/// A body some child is running.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Running {
    pub node: NodeId,
    pub child: usize,
    pub task: TaskId,
    pub retries: u32,
    pub start_ms: f64,
}

/// How a run on a child ended, for the timeline.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RunEnd {
    Success,
    /// Raised and was retried.
    Retry,
    /// Raised with no retry left.
    Failure,
    /// Its child was killed (`WorkerLostError`).
    ChildKilled,
    /// Its whole node was killed.
    NodeKilled,
}

impl RunEnd {
    /// CSS class and legend key suffix.
    pub fn kind(self) -> &'static str {
        match self {
            RunEnd::Success => "ce-ok",
            RunEnd::Retry => "ce-retry",
            RunEnd::Failure => "ce-fail",
            RunEnd::ChildKilled | RunEnd::NodeKilled => "ce-killed",
        }
    }
}

/// One finished run on a child, in ms since the tasks were sent.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct RunSpan {
    pub node: NodeId,
    pub child: usize,
    pub task: TaskId,
    pub start_ms: f64,
    pub end_ms: f64,
    pub end: RunEnd,
}

/// A retry as the retry lab draws it: the countdown Celery chose within its band.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct RetryMark {
    pub task: TaskId,
    /// `request.retries` of the run that raised (0 = the first run).
    pub retries: u32,
    /// The band `[lo, hi]` the countdown was drawn from, in Celery seconds.
    pub band_s: (u32, u32),
    pub countdown_s: u32,
}

/// The run in progress.
pub struct Driver {
    pub params: CeleryParams,
    pub cluster: Cluster,
    io_ms: Vec<f64>,
    cpu_ms: Vec<f64>,
    /// Units of the primes kernel per ms of one core.
    rate: f64,
    pub running: SortedMap<u64, Running>,
    pub spans: Vec<RunSpan>,
    /// Children told to die whose node has not confirmed yet.
    kills: SortedSet<(NodeId, usize)>,
    crash_pending: bool,
    spawning: usize,
    /// Time some node had an idle child and nothing reserved while another node held
    /// reserved tasks, in ms (the prefetch lesson, measured on the real run).
    pub hoard_ms: f64,
    last_ms: f64,
    /// When the last body ended, in ms.
    pub wall_ms: f64,
    /// Queue length after each step that changed it, as (ms, messages).
    pub queue_len: Vec<(f64, usize)>,
    pub retries: Vec<RetryMark>,
    /// Each node's measured start time, in ms (in node order).
    pub node_start_ms: Vec<f64>,
}

impl Driver {
    /// A run of `p` on nodes that are already up (they took `node_start_ms` each to start),
    /// with CPU work at `rate` units per ms.
    pub fn new(p: CeleryParams, rate: f64, node_start_ms: Vec<f64>) -> Driver {
        let n = p.tasks as usize;
        Driver {
            params: p,
            cluster: Cluster::new(p.config(), n, node_start_ms.len()),
            io_ms: rng::jittered(f64::from(p.io_ms), p.jitter, p.seed, n),
            cpu_ms: rng::jittered(f64::from(p.cpu_ms), p.jitter, p.seed, n),
            rate,
            running: SortedMap::new(),
            spans: Vec::new(),
            kills: SortedSet::new(),
            crash_pending: p.crash != Crash::None,
            spawning: 0,
            hoard_ms: 0.0,
            last_ms: 0.0,
            wall_ms: 0.0,
            queue_len: Vec::new(),
            retries: Vec::new(),
            node_start_ms,
        }
    }

    /// The same run with each task's I/O wait and CPU time given, in ms (Bandingkan's
    /// workload, drawn as the other models draw it); a missing entry keeps its drawn time.
    pub fn with_times(mut self, io_ms: &[f64], cpu_ms: &[f64]) -> Driver {
        for (mine, given) in self.io_ms.iter_mut().zip(io_ms) {
            *mine = *given;
        }
        for (mine, given) in self.cpu_ms.iter_mut().zip(cpu_ms) {
            *mine = *given;
        }
        self
    }

    /// The producer sends every task (`.delay()`), at `now_ms` = 0 normally.
    pub fn begin(&mut self, now_ms: f64) -> Vec<Order> {
        self.cluster.send_all();
        self.last_ms = now_ms;
        self.step(now_ms)
    }

    /// Something happened at `now_ms`.
    pub fn handle(&mut self, event: Event, now_ms: f64) -> Vec<Order> {
        self.account(now_ms);
        let mut orders = match event {
            Event::NodeUp { start_ms } => {
                self.spawning = self.spawning.saturating_sub(1);
                self.cluster.add_node();
                self.node_start_ms.push(start_ms);
                Vec::new()
            }
            Event::NodeFailed => {
                self.spawning = self.spawning.saturating_sub(1);
                Vec::new()
            }
            Event::Message { node, message } => {
                self.message(node, message, now_ms);
                Vec::new()
            }
            Event::Command(command) => self.command(command, now_ms),
        };
        orders.extend(self.step(now_ms));
        orders
    }

    /// Nothing was reported, but a timer is due (an ETA, a visibility timeout, the crash).
    pub fn wake(&mut self, now_ms: f64) -> Vec<Order> {
        self.account(now_ms);
        self.step(now_ms)
    }

    /// The next moment the driver must look again without an event, in ms.
    pub fn next_wake_ms(&self) -> Option<f64> {
        let crash = self
            .crash_pending
            .then_some(f64::from(self.params.crash_at_ms));
        crash
            .into_iter()
            .chain(self.cluster.next_timer_ms())
            .min_by(f64::total_cmp)
    }

    /// Whether nothing more can happen: no body runs, no kill or node start is on its way,
    /// no timer is pending, and the queue is empty or no node is left to take from it.
    pub fn is_finished(&self) -> bool {
        let c = &self.cluster;
        let any_alive = c.nodes.iter().any(|n| n.alive);
        let held = c
            .nodes
            .iter()
            .any(|n| n.alive && (!n.reserved.is_empty() || !n.scheduled.is_empty()));
        self.running.is_empty()
            && !c.is_running()
            && self.kills.is_empty()
            && self.spawning == 0
            && c.next_timer_ms().is_none()
            && !held
            && (c.broker.queue().is_empty() || !any_alive)
    }

    /// Tasks with a final stored state, for the progress bar.
    pub fn done(&self) -> usize {
        let s = self.cluster.summary();
        s.succeeded + s.failed + s.revoked
    }

    fn account(&mut self, now_ms: f64) {
        if now_ms > self.last_ms {
            if hoarding(&self.cluster) {
                self.hoard_ms += now_ms - self.last_ms;
            }
            self.last_ms = now_ms;
        }
    }

    /// The crash when due, then every delivery and start the cluster decides now.
    fn step(&mut self, now_ms: f64) -> Vec<Order> {
        let mut orders = Vec::new();
        if self.crash_pending && now_ms >= f64::from(self.params.crash_at_ms) {
            self.crash_pending = false;
            match self.params.crash {
                Crash::Node => orders.extend(self.command(Command::KillNode, now_ms)),
                // The simulator's `KillBusyChild`: the first busy child in node and child
                // order, so the page kills the run the model (and `tasks.py`) expects.
                Crash::Child => {
                    let first = self
                        .running
                        .values()
                        .map(|r| (r.node, r.child))
                        .filter(|k| !self.kills.contains(k))
                        .min();
                    orders.extend(first.map(|(node, child)| self.kill(node, child)));
                }
                Crash::None => {}
            }
        }
        for s in self.cluster.pump(now_ms) {
            let t = s.task as usize;
            self.running.insert(
                s.run,
                Running {
                    node: s.node,
                    child: s.child,
                    task: s.task,
                    retries: s.retries,
                    start_ms: now_ms,
                },
            );
            orders.push(Order::Send {
                node: s.node,
                message: ToNode::Start {
                    child: s.child,
                    run: s.run,
                    task: s.task,
                    retries: s.retries,
                    io_ms: self.io_ms[t],
                    cpu_units: (self.cpu_ms[t] * self.rate).round() as u64,
                    seed: self.params.seed,
                    fail_pct: self.params.fail_pct,
                },
            });
        }
        let len = self.cluster.broker.queue().len();
        if self.queue_len.last().map(|q| q.1) != Some(len) {
            self.queue_len.push((now_ms, len));
        }
        orders
    }

    fn end_run(&mut self, run: u64, end: RunEnd, now_ms: f64) {
        if let Some(r) = self.running.remove(&run) {
            self.spans.push(RunSpan {
                node: r.node,
                child: r.child,
                task: r.task,
                start_ms: r.start_ms,
                end_ms: now_ms,
                end,
            });
            self.wall_ms = self.wall_ms.max(now_ms);
        }
    }

    fn message(&mut self, node: NodeId, message: FromNode, now_ms: f64) {
        match message {
            FromNode::Done {
                child, run, raised, ..
            } => {
                let Some(r) = self.running.get(&run).copied() else {
                    return;
                };
                if (r.node, r.child) != (node, child) {
                    return;
                }
                let outcome = if raised {
                    Outcome::Raised
                } else {
                    Outcome::Returned
                };
                if !self.cluster.finish(node, child, run, outcome, now_ms) {
                    return;
                }
                let end = match self.cluster.tasks[r.task as usize].backend {
                    TaskState::Retry if raised => {
                        let policy = self.cluster.config.retry;
                        self.retries.push(RetryMark {
                            task: r.task,
                            retries: r.retries,
                            band_s: policy.band_s(r.retries),
                            countdown_s: policy.countdown_s(self.params.seed, r.task, r.retries),
                        });
                        RunEnd::Retry
                    }
                    _ if raised => RunEnd::Failure,
                    _ => RunEnd::Success,
                };
                self.end_run(run, end, now_ms);
            }
            FromNode::Lost { child, run } => {
                self.kills.remove(&(node, child));
                let Some(run) = run else { return };
                if self
                    .running
                    .get(&run)
                    .is_some_and(|r| (r.node, r.child) == (node, child))
                {
                    self.cluster.kill_child(node, child, now_ms);
                    self.end_run(run, RunEnd::ChildKilled, now_ms);
                }
            }
            // Start-up and calibration lines are the runtime's business.
            FromNode::Ready { .. } | FromNode::Rate(_) | FromNode::Failed(_) => {}
        }
    }

    /// Tell `node` to kill `child`; the model hears of it when the node confirms.
    fn kill(&mut self, node: NodeId, child: usize) -> Order {
        self.kills.insert((node, child));
        Order::Send {
            node,
            message: ToNode::Kill { child },
        }
    }

    fn command(&mut self, command: Command, now_ms: f64) -> Vec<Order> {
        match command {
            Command::KillChild => {
                let victim = self
                    .running
                    .values()
                    .filter(|r| !self.kills.contains(&(r.node, r.child)))
                    .max_by(|a, b| a.start_ms.total_cmp(&b.start_ms))
                    .map(|r| (r.node, r.child));
                victim
                    .map(|(node, child)| self.kill(node, child))
                    .into_iter()
                    .collect()
            }
            Command::KillNode => {
                let Some(node) = self.cluster.nodes.iter().position(|n| n.alive) else {
                    return Vec::new();
                };
                self.cluster.kill_node(node, now_ms);
                self.kills.retain(|(n, _)| *n != node);
                let gone: Vec<u64> = self
                    .running
                    .iter()
                    .filter(|(_, r)| r.node == node)
                    .map(|(run, _)| *run)
                    .collect();
                for run in gone {
                    self.end_run(run, RunEnd::NodeKilled, now_ms);
                }
                vec![Order::Terminate(node)]
            }
            Command::Revoke => {
                let c = &self.cluster;
                let waiting = c.broker.queue().back().map(|m| m.task).or_else(|| {
                    c.nodes
                        .iter()
                        .filter(|n| n.alive)
                        .flat_map(|n| n.reserved.iter().chain(&n.scheduled))
                        .map(|h| h.message.task)
                        .next_back()
                });
                if let Some(task) = waiting {
                    self.cluster.revoke(task, false, now_ms);
                }
                Vec::new()
            }
            Command::AddNode => {
                self.spawning += 1;
                vec![Order::Spawn]
            }
        }
    }
}

#[cfg(test)]
mod tests;
