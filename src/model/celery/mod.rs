//! Celery 5.x as plain data: a broker, worker nodes with prefork children, task states in
//! two views, acks, retries and redelivery, each rule checked against Celery's own source.
//!
//! - [`broker`]: the queue, deliveries waiting for an ack, RabbitMQ's and Redis's redelivery.
//! - [`node`]: a node's children, its reserved messages, prefetch, ETA holds, `-O fair`.
//! - [`task`]: `TaskState`, the result backend's view and the event stream's view.
//! - [`retry`]: the countdown formula, `max_retries`, the seeded failure rule, the clock factor.
//! - [`cluster`]: the worker's rules tying them together (`celery/worker/request.py`).
//! - [`sim`]: runs a whole scenario on made-up time; the oracle for tests and for the
//!   comparison with real Celery.
//!
//! docs/CELERY.md lists where each rule was read in Celery 5.7.0's source, and the real-Celery
//! test's figures beside the model's.
//!
//! Determinism: nothing here reads a clock or an unseeded random source. Times are ms on the
//! caller's clock; Celery's own delays (countdowns, the visibility timeout) are in Celery
//! seconds, turned into page ms by [`retry::ClockScale`].

pub mod broker;
pub mod cluster;
pub mod node;
pub mod retry;
pub mod sim;
pub mod task;

pub use broker::BrokerKind;
pub use cluster::{Cluster, Outcome, Summary};
pub use retry::{ClockScale, FailureRule, RetryPolicy};
pub use task::TaskState;

/// A task id: the task's number, 0 to `tasks - 1`.
pub type TaskId = u32;
/// A worker node's number, in the order nodes were started.
pub type NodeId = usize;

/// The Celery settings a scenario runs with (`app.conf` and the task's options).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct CeleryConfig {
    /// `--concurrency`: child processes per node.
    pub concurrency: usize,
    /// `worker_prefetch_multiplier`; 0 = unlimited.
    pub prefetch_multiplier: u32,
    /// `task_acks_late`.
    pub acks_late: bool,
    /// `task_reject_on_worker_lost`.
    pub reject_on_worker_lost: bool,
    /// `task_track_started`.
    pub track_started: bool,
    pub retry: RetryPolicy,
    pub broker: BrokerKind,
    /// Redis's `visibility_timeout`, in Celery seconds.
    pub visibility_timeout_s: u32,
    pub clock: ClockScale,
    /// Seed of the retry jitter.
    pub seed: u32,
}

impl Default for CeleryConfig {
    /// Celery's own defaults, one node of 2 children, on real time.
    fn default() -> Self {
        CeleryConfig {
            concurrency: 2,
            prefetch_multiplier: 4,
            acks_late: false,
            reject_on_worker_lost: false,
            track_started: false,
            retry: RetryPolicy::default(),
            broker: BrokerKind::RabbitMq,
            visibility_timeout_s: 3600,
            clock: ClockScale { factor: 1 },
            seed: 1,
        }
    }
}
