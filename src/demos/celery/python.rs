//! The Celery app for the page's parameters: `tasks.py` (the app, its settings, the task
//! with the page's seeded failure rule and, with `crash=child`, the child that kills itself),
//! `producer.py` (sends every task and prints each one's final state and runs), and the
//! worker's command line. The real-Celery test runs all three against a real Redis.

use super::{Broker, CeleryParams, Crash};
use crate::model::celery::sim;
use crate::model::celery::TaskId;
use crate::model::numfmt;
use crate::model::python;

/// Text keys the programs use, for the locale completeness test.
pub const TEXT_KEYS: [&str; 12] = [
    "py-ce-sweep",
    "py-same-waits",
    "py-ce-same-cpu",
    "py-ce-run-worker",
    "py-ce-urls",
    "py-ce-same-rule",
    "py-ce-flaky",
    "py-ce-run-log",
    "py-ce-crash",
    "py-ce-cpu",
    "py-ce-producer",
    "py-ce-nodes",
];

/// The run of a task whose child dies, as (task, run number from 1): the one the page's
/// simulation kills at `crash_at_ms`, so `tasks.py` kills the very same one.
pub fn crash_victim(p: &CeleryParams) -> Option<(TaskId, u32)> {
    if p.crash != Crash::Child {
        return None;
    }
    let kill = sim::run(&p.scenario()).child_kills.first().copied()?;
    Some((kill.task, kill.run))
}

fn py_bool(b: bool) -> &'static str {
    if b {
        "True"
    } else {
        "False"
    }
}

fn broker_url(p: &CeleryParams) -> &'static str {
    match p.broker {
        Broker::Redis => "redis://localhost:6379/0",
        Broker::RabbitMq => "amqp://guest:guest@localhost:5672//",
    }
}

/// `celery -A tasks worker …` for these parameters.
pub fn worker_command(p: &CeleryParams) -> String {
    format!(
        "celery -A tasks worker --pool prefork --concurrency {} --prefetch-multiplier {} -O fair -E --loglevel INFO",
        p.concurrency, p.prefetch
    )
}

/// `tasks.py`: the Celery app and its one task.
pub fn tasks_py(p: &CeleryParams, text: &dyn Fn(&str) -> String) -> String {
    let (crash_task, crash_run) = match crash_victim(p) {
        Some((task, run)) => (task.to_string(), run),
        None => ("None".to_string(), 1),
    };
    let transport = match p.broker {
        Broker::Redis => format!(
            r#"
    # {sweep}
    broker_transport_options={{
        "visibility_timeout": {visibility},
        "unacked_restore_interval": 1,
        "unacked_restore_throttle": 1,
    }},"#,
            sweep = text("py-ce-sweep"),
            visibility = p.visibility_timeout,
        ),
        Broker::RabbitMq => String::new(),
    };
    let retry_backoff = if p.retry_backoff == 0 {
        "False".to_string()
    } else {
        p.retry_backoff.to_string()
    };
    // The page draws both parts from the same seed (see `CeleryParams::durations_ms`).
    let durations = |name: &str, base: &str| {
        format!(
            "def {name}():\n    # {}\n    return {}\n",
            text("py-same-waits"),
            python::durations_expr(base, "SEED", p.jitter)
        )
    };
    // NOTE: defined before IO_WAITS is computed at import time, so not below main().
    let jittered = if p.jitter > 0 {
        format!("{}\n\n", python::jittered_fn(&text("py-skip")))
    } else {
        String::new()
    };
    let io_waits = format!("{jittered}{}", durations("io_waits", "IO_MS"));
    let cpu_parts = durations("cpu_parts", "CPU_MS");
    format!(
        r#"# Lab Konkurensi · celery · tasks.py · {run_worker}: {command}
{import_math}import os
import signal
import time
from pathlib import Path

from celery import Celery

# {urls}
BROKER_URL = os.environ.get("CELERY_BROKER_URL", "{broker_url}")
BACKEND_URL = os.environ.get("CELERY_RESULT_BACKEND", "redis://localhost:6379/1")
TASKS = {tasks}
IO_MS = {io_ms}
CPU_MS = {cpu_ms}
JITTER = {jitter}  # ± {jitter_pct} %
SEED = {seed}
FAIL_PCT = {fail_pct}
CRASH_TASK = {crash_task}
CRASH_RUN = {crash_run}
RUN_LOG = Path(__file__).with_name("runs.log")

app = Celery("tasks", broker=BROKER_URL, backend=BACKEND_URL)
app.conf.update(
    worker_prefetch_multiplier={prefetch},
    task_track_started={track_started},
    task_reject_on_worker_lost={reject},{transport}
)


class Flaky(Exception):
    """{flaky}"""


def fails(n, retries):
    # {same_rule}
    mask = 2**64 - 1
    state = (SEED << 32 | n << 8 | min(retries, 255)) & mask
    state = (state + 0x9E3779B97F4A7C15) & mask
    z = ((state ^ (state >> 30)) * 0xBF58476D1CE4E5B9) & mask
    z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & mask
    z ^= z >> 31
    return z % 100 < FAIL_PCT


{io_waits}


{cpu_parts}


IO_WAITS = io_waits()
CPU_PARTS = cpu_parts()


def note_run(n, retries):
    # {run_log}
    with open(RUN_LOG, "a") as log:
        log.write(f"{{n}} {{retries}}\n")
    return sum(1 for line in RUN_LOG.read_text().splitlines() if line.split()[0] == str(n))


def burn(ms):
    # {cpu}
    end = time.perf_counter() + ms / 1000
    while time.perf_counter() < end:
        pass


@app.task(
    bind=True,
    autoretry_for=(Flaky,),
    max_retries={max_retries},
    retry_backoff={retry_backoff},
    retry_backoff_max={retry_backoff_max},
    retry_jitter={retry_jitter},
    acks_late={acks_late},
)
def work(self, n):
    run = note_run(n, self.request.retries)
    time.sleep(IO_WAITS[n] / 1000)
    if n == CRASH_TASK and run == CRASH_RUN:
        # {crash}
        os.kill(os.getpid(), signal.SIGKILL)
    burn(CPU_PARTS[n])
    if fails(n, self.request.retries):
        raise Flaky(f"{{n}} {{self.request.retries}}")
    return n
"#,
        // Only the jittered durations round with math.floor.
        import_math = if p.jitter > 0 { "import math\n" } else { "" },
        run_worker = text("py-ce-run-worker"),
        command = worker_command(p),
        urls = text("py-ce-urls"),
        broker_url = broker_url(p),
        tasks = p.tasks,
        io_ms = p.io_ms,
        cpu_ms = p.cpu_ms,
        jitter = numfmt::shortest(f64::from(p.jitter) / 100.0),
        jitter_pct = p.jitter,
        seed = p.seed,
        fail_pct = p.fail_pct,
        prefetch = p.prefetch,
        track_started = py_bool(p.track_started),
        reject = py_bool(p.reject_on_worker_lost),
        flaky = text("py-ce-flaky"),
        same_rule = text("py-ce-same-rule"),
        io_waits = io_waits.trim_end(),
        cpu_parts = cpu_parts.trim_end(),
        run_log = text("py-ce-run-log"),
        cpu = text("py-ce-cpu"),
        max_retries = p.max_retries,
        retry_backoff_max = p.retry_backoff_max,
        retry_jitter = py_bool(p.retry_jitter),
        acks_late = py_bool(p.acks_late),
        crash = text("py-ce-crash"),
    )
}

/// How long the producer waits for every task to end, in seconds: the page's own run on
/// Celery's real clock, plus the visibility timeout when a node dies on Redis (a node started
/// by hand gets its messages only then), plus a margin for starting workers.
pub fn wait_s(p: &CeleryParams) -> u64 {
    let real_time = CeleryParams { clock: 1, ..*p };
    let wall_ms = sim::run(&real_time.scenario()).wall_ms;
    let restore_s = match (p.crash, p.broker) {
        (Crash::Node, Broker::Redis) => u64::from(p.visibility_timeout),
        _ => 0,
    };
    (wall_ms / 1000.0).ceil() as u64 + restore_s + 20
}

/// `producer.py`: sends every task, waits, prints `task state runs` per line.
pub fn producer_py(p: &CeleryParams, text: &dyn Fn(&str) -> String) -> String {
    format!(
        r#"# Lab Konkurensi · celery · producer.py · python3 producer.py
# {nodes}
import time
from collections import Counter

from tasks import RUN_LOG, TASKS, work

WAIT_S = {wait_s}


def main():
    # {producer}
    RUN_LOG.unlink(missing_ok=True)
    results = [work.delay(n) for n in range(TASKS)]
    deadline = time.monotonic() + WAIT_S
    while time.monotonic() < deadline and not all(r.ready() for r in results):
        time.sleep(0.2)
    lines = RUN_LOG.read_text().splitlines() if RUN_LOG.exists() else []
    runs = Counter(int(line.split()[0]) for line in lines)
    for n, result in enumerate(results):
        print(n, result.state, runs[n])


if __name__ == "__main__":
    main()
"#,
        nodes = text("py-ce-nodes"),
        wait_s = wait_s(p),
        producer = text("py-ce-producer"),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(k: &str) -> String {
        format!("<{k}>")
    }

    #[test]
    fn the_settings_reach_the_program() {
        let p = CeleryParams {
            acks_late: true,
            reject_on_worker_lost: true,
            retry_backoff: 2,
            max_retries: 5,
            prefetch: 1,
            ..CeleryParams::default()
        };
        let py = tasks_py(&p, &key);
        for needle in [
            "acks_late=True",
            "task_reject_on_worker_lost=True",
            "retry_backoff=2,",
            "max_retries=5,",
            "worker_prefetch_multiplier=1,",
            "\"visibility_timeout\": 3600,",
            "CRASH_TASK = None",
            "--prefetch-multiplier 1",
        ] {
            assert!(py.contains(needle), "{needle} missing from\n{py}");
        }
        let rabbit = CeleryParams {
            broker: Broker::RabbitMq,
            ..p
        };
        assert!(!tasks_py(&rabbit, &key).contains("visibility_timeout"));
        assert!(tasks_py(&CeleryParams::default(), &key).contains("retry_backoff=False,"));
    }

    #[test]
    fn crash_child_names_the_run_the_page_kills() {
        let p = CeleryParams {
            crash: Crash::Child,
            crash_at_ms: 50,
            io_ms: 100,
            ..CeleryParams::default()
        };
        assert_eq!(crash_victim(&p), Some((0, 1)));
        assert!(tasks_py(&p, &key).contains("CRASH_TASK = 0\nCRASH_RUN = 1\n"));
    }
}
