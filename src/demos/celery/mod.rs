//! Celery: a broker, worker nodes, task states, retries and acks.
//!
//! The parameters are Celery's own settings under their own names, so a link reads like a
//! worker's configuration; [`CeleryParams::scenario`] turns them into the pure model's
//! [`Scenario`](crate::model::celery::sim::Scenario). Durations and failures come from the
//! seed: a shared link replays the same workload, and `tasks.py` repeats the failure rule.

use crate::model::celery::sim::{Action, Scenario};
use crate::model::celery::{BrokerKind, CeleryConfig, ClockScale, FailureRule, RetryPolicy};
use crate::model::params::{Kind, ParamValue};
use crate::model::rng;

pub mod board;
pub mod driver;
pub mod lesson;
#[cfg(target_arch = "wasm32")]
pub mod predict;
pub mod python;
pub mod replay;
#[cfg(target_arch = "wasm32")]
pub mod run;
#[cfg(target_arch = "wasm32")]
pub mod view;
pub mod wire;

/// Which broker the nodes talk to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Broker {
    RabbitMq = 0,
    Redis = 1,
}

impl Broker {
    pub const NAMES: &'static [&'static str] = &["rabbitmq", "redis"];

    pub fn kind(self) -> BrokerKind {
        match self {
            Broker::RabbitMq => BrokerKind::RabbitMq,
            Broker::Redis => BrokerKind::Redis,
        }
    }
}

impl ParamValue for Broker {
    fn to_f64(self) -> f64 {
        self as u8 as f64
    }
    fn from_f64(value: f64) -> Self {
        if value as u8 == 0 {
            Broker::RabbitMq
        } else {
            Broker::Redis
        }
    }
}

/// What dies during the run, at `crash_at_ms`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Crash {
    None = 0,
    /// The first child running a body (SIGKILL).
    Child = 1,
    /// The first node, with all its children.
    Node = 2,
}

impl Crash {
    pub const NAMES: &'static [&'static str] = &["none", "child", "node"];
}

impl ParamValue for Crash {
    fn to_f64(self) -> f64 {
        self as u8 as f64
    }
    fn from_f64(value: f64) -> Self {
        match value as u8 {
            1 => Crash::Child,
            2 => Crash::Node,
            _ => Crash::None,
        }
    }
}

crate::params! {
    /// The Celery workload: `tasks` sent to a broker and consumed by `workers` nodes.
    pub struct CeleryParams {
        /// Number of tasks sent with `.delay()`.
        tasks: u32 = 20 => Kind::int(1, 1_000),
        /// I/O wait per task, in milliseconds (real time, not scaled by `clock`).
        io_ms: u32 = 200 => Kind::int(0, 10_000),
        /// CPU work per task, in milliseconds of one core (real time, not scaled).
        cpu_ms: u32 = 0 => Kind::int(0, 10_000),
        /// Random spread of each task's duration, in ± percent.
        jitter: u32 = 0 => Kind::int(0, 100),
        /// Seed of the durations, the failures and the retry jitter.
        seed: u32 = 1 => Kind::int(0, 999_999),
        /// Number of worker nodes (`celery worker` processes).
        workers: u32 = 2 => Kind::int(1, 8),
        /// `--concurrency`: child processes per node.
        concurrency: u32 = 2 => Kind::int(1, 8),
        /// `worker_prefetch_multiplier`: messages reserved per child; 0 = unlimited.
        prefetch: u32 = 4 => Kind::int(0, 16),
        /// `task_acks_late`: ack after the body instead of just before it.
        acks_late: bool = false => Kind::Toggle,
        /// `task_reject_on_worker_lost`: requeue when the child dies (with `acks_late`).
        reject_on_worker_lost: bool = false => Kind::Toggle,
        /// `task_track_started`: store STARTED in the result backend.
        track_started: bool = false => Kind::Toggle,
        /// Chance that a run raises, in percent, drawn per task and `request.retries`.
        fail_pct: u32 = 0 => Kind::int(0, 100),
        /// `max_retries`: retries after the first run.
        max_retries: u32 = 3 => Kind::int(0, 10),
        /// `retry_backoff` factor, in Celery seconds; 0 = off (`default_retry_delay`, 180 s).
        retry_backoff: u32 = 0 => Kind::int(0, 600),
        /// `retry_backoff_max`, in Celery seconds.
        retry_backoff_max: u32 = 600 => Kind::int(1, 3_600),
        /// `retry_jitter`: a random countdown in `[0, backoff]`.
        retry_jitter: bool = true => Kind::Toggle,
        /// The broker: RabbitMQ (redelivers when a connection drops) or Redis.
        broker: Broker = Broker::Redis => Kind::Choice(Broker::NAMES),
        /// Redis's `visibility_timeout`, in Celery seconds.
        visibility_timeout: u32 = 3_600 => Kind::int(1, 86_400),
        /// What dies during the run.
        crash: Crash = Crash::None => Kind::Choice(Crash::NAMES),
        /// When it dies, in milliseconds after the tasks are sent.
        crash_at_ms: u32 = 1_000 => Kind::int(0, 600_000),
        /// How many times faster than real time Celery's clock runs (countdowns, timeouts).
        clock: u32 = 100 => Kind::int(1, 3_600),
    }
}

impl CeleryParams {
    /// Celery's settings for these parameters.
    pub fn config(&self) -> CeleryConfig {
        CeleryConfig {
            concurrency: self.concurrency as usize,
            prefetch_multiplier: self.prefetch,
            acks_late: self.acks_late,
            reject_on_worker_lost: self.reject_on_worker_lost,
            track_started: self.track_started,
            retry: RetryPolicy {
                max_retries: self.max_retries,
                backoff: self.retry_backoff,
                backoff_max: self.retry_backoff_max,
                jitter: self.retry_jitter,
            },
            broker: self.broker.kind(),
            visibility_timeout_s: self.visibility_timeout,
            clock: ClockScale { factor: self.clock },
            seed: self.seed,
        }
    }

    /// Which runs raise.
    pub fn failures(&self) -> FailureRule {
        FailureRule {
            seed: self.seed,
            fail_pct: self.fail_pct,
        }
    }

    /// Each task's body duration in ms: its I/O wait plus its CPU part, both ± `jitter`.
    pub fn durations_ms(&self) -> Vec<f64> {
        let n = self.tasks as usize;
        let io = rng::jittered(f64::from(self.io_ms), self.jitter, self.seed, n);
        let cpu = rng::jittered(f64::from(self.cpu_ms), self.jitter, self.seed, n);
        io.iter().zip(cpu).map(|(io, cpu)| io + cpu).collect()
    }

    /// The whole run for the simulator: the crash at its moment, nothing restarted.
    pub fn scenario(&self) -> Scenario {
        let at = f64::from(self.crash_at_ms);
        let actions = match self.crash {
            Crash::None => Vec::new(),
            Crash::Child => vec![(at, Action::KillBusyChild)],
            Crash::Node => vec![(at, Action::KillNode(0))],
        };
        Scenario {
            config: self.config(),
            nodes: self.workers as usize,
            durations_ms: self.durations_ms(),
            failures: self.failures(),
            actions,
            limit_ms: 24.0 * 3_600_000.0,
        }
    }
}

const BASE: CeleryParams = CeleryParams {
    tasks: 20,
    io_ms: 200,
    cpu_ms: 0,
    jitter: 0,
    seed: 1,
    workers: 2,
    concurrency: 2,
    prefetch: 4,
    acks_late: false,
    reject_on_worker_lost: false,
    track_started: false,
    fail_pct: 0,
    max_retries: 3,
    retry_backoff: 0,
    retry_backoff_max: 600,
    retry_jitter: true,
    broker: Broker::Redis,
    visibility_timeout: 3_600,
    crash: Crash::None,
    crash_at_ms: 1_000,
    clock: 100,
};

/// Named starting points for common situations; each sets every parameter.
pub const PRESETS: [(&str, CeleryParams); 4] = [
    (
        "email",
        CeleryParams {
            tasks: 100,
            io_ms: 300,
            jitter: 50,
            seed: 7,
            concurrency: 4,
            fail_pct: 10,
            retry_backoff: 2,
            retry_backoff_max: 60,
            ..BASE
        },
    ),
    (
        "images",
        CeleryParams {
            tasks: 24,
            io_ms: 50,
            cpu_ms: 400,
            jitter: 30,
            seed: 3,
            prefetch: 1,
            acks_late: true,
            track_started: true,
            ..BASE
        },
    ),
    (
        "crash",
        CeleryParams {
            tasks: 60,
            io_ms: 300,
            jitter: 30,
            seed: 7,
            workers: 3,
            acks_late: true,
            reject_on_worker_lost: true,
            fail_pct: 20,
            retry_backoff: 1,
            broker: Broker::RabbitMq,
            crash: Crash::Node,
            crash_at_ms: 1_500,
            ..BASE
        },
    ),
    (
        "prefetch",
        CeleryParams {
            tasks: 24,
            io_ms: 500,
            jitter: 100,
            seed: 5,
            concurrency: 1,
            ..BASE
        },
    ),
];

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::celery::sim;
    use crate::model::params::Params;

    #[test]
    fn presets_are_valid_values() {
        for (name, p) in PRESETS {
            for spec in CeleryParams::SPECS {
                let v = p.get(spec.key).unwrap();
                assert_eq!(spec.normalize(v), v, "{name}.{}", spec.key);
            }
        }
        assert_eq!(BASE, CeleryParams::default());
    }

    #[test]
    fn choices_round_trip_through_their_names() {
        let mut p = CeleryParams::default();
        p.set("broker", 0.0);
        p.set("crash", 2.0);
        assert_eq!((p.broker, p.crash), (Broker::RabbitMq, Crash::Node));
        let spec = CeleryParams::spec("crash").unwrap();
        assert_eq!(spec.format(p.get("crash").unwrap()), "node");
    }

    #[test]
    fn the_clock_factor_scales_celery_delays_but_not_the_work() {
        let p = CeleryParams {
            clock: 100,
            io_ms: 200,
            ..CeleryParams::default()
        };
        assert_eq!(p.config().clock.ms(180), 1800.0);
        assert_eq!(p.durations_ms()[0], 200.0);
    }

    #[test]
    fn the_prefetch_preset_hoards_and_multiplier_one_with_acks_late_does_not() {
        let p = PRESETS[3].1;
        let hoard = sim::run(&p.scenario());
        assert!(hoard.hoard_ms > 0.0);
        let fixed = CeleryParams {
            prefetch: 1,
            acks_late: true,
            ..p
        };
        let fair = sim::run(&fixed.scenario());
        assert_eq!(fair.hoard_ms, 0.0);
        assert!(
            fair.wall_ms < hoard.wall_ms,
            "{} vs {}",
            fair.wall_ms,
            hoard.wall_ms
        );
    }

    #[test]
    fn the_crash_preset_loses_nothing_and_early_ack_loses_the_running_tasks() {
        let p = PRESETS[2].1;
        let r = sim::run(&p.scenario());
        assert_eq!(r.cluster.summary().lost, 0);
        assert_eq!(r.deaths.len(), 1);
        let early = sim::run(
            &CeleryParams {
                acks_late: false,
                ..p
            }
            .scenario(),
        );
        let running = early.deaths[0].running.len();
        assert!(running > 0);
        assert_eq!(early.cluster.summary().lost, running);
    }
}
