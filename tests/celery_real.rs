//! The generated Celery app on real Celery with a real Redis: every task must end in the
//! state, after the number of runs, that the page's model computes for the same parameters.
//!
//! Needs `.venv-celery` (a pinned Celery) and Debian's `redis-server`, both installed by
//! `scripts/setup.sh test`; `make test` runs these with `--ignored`. Each test starts its own
//! Redis on a free localhost port and one worker node, and stops both in every outcome
//! (the guards' `Drop` runs on panic too).
#![cfg(not(target_arch = "wasm32"))]
// Native only: this test waits for real processes on the host's clock.
#![allow(clippy::disallowed_methods)]

use std::fs;
use std::net::{TcpListener, TcpStream};
use std::os::unix::process::CommandExt;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::thread::sleep;
use std::time::{Duration, Instant};

use lab_konkurensi::demos::celery::{python, CeleryParams, Crash};
use lab_konkurensi::i18n::Texts;
use lab_konkurensi::model::celery::sim;
use lab_konkurensi::model::lang::Lang;

fn venv_bin(name: &str) -> PathBuf {
    let bin = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join(".venv-celery/bin")
        .join(name);
    assert!(
        bin.exists(),
        "{} is missing: run `scripts/setup.sh test` first",
        bin.display()
    );
    bin
}

/// A port nobody listens on now: bind to port 0, read what the OS gave, let it go.
fn free_port() -> u16 {
    let listener = TcpListener::bind("127.0.0.1:0").expect("bind a free port");
    listener.local_addr().unwrap().port()
}

/// A process group killed when dropped: SIGTERM (a worker's warm shutdown), then SIGKILL.
struct Guard {
    child: Child,
    name: &'static str,
}

impl Guard {
    fn spawn(name: &'static str, cmd: &mut Command) -> Guard {
        // NOTE: its own process group, so the worker's pool children go down with it.
        let child = cmd
            .process_group(0)
            .spawn()
            .unwrap_or_else(|e| panic!("cannot start {name}: {e}"));
        Guard { child, name }
    }

    fn signal(&self, sig: &str) {
        let group = format!("-{}", self.child.id());
        // The group may be gone already: that is the outcome wanted, so say nothing.
        let _ = Command::new("kill")
            .args([sig, "--", &group])
            .stderr(Stdio::null())
            .status();
    }
}

impl Drop for Guard {
    fn drop(&mut self) {
        self.signal("-TERM");
        let deadline = Instant::now() + Duration::from_secs(10);
        while Instant::now() < deadline {
            if let Ok(Some(_)) = self.child.try_wait() {
                break;
            }
            sleep(Duration::from_millis(50));
        }
        self.signal("-KILL");
        let _ = self.child.wait();
        eprintln!("stopped {}", self.name);
    }
}

fn start_redis(port: u16, dir: &Path) -> Guard {
    let redis = Guard::spawn(
        "redis-server",
        Command::new("redis-server")
            .args(["--port", &port.to_string(), "--bind", "127.0.0.1"])
            .args(["--save", "", "--appendonly", "no", "--dir"])
            .arg(dir)
            .stdout(Stdio::null()),
    );
    let deadline = Instant::now() + Duration::from_secs(10);
    while TcpStream::connect(("127.0.0.1", port)).is_err() {
        assert!(Instant::now() < deadline, "redis-server did not start");
        sleep(Duration::from_millis(50));
    }
    redis
}

/// Each task's final state and number of runs, in task order.
type Outcomes = Vec<(String, u32)>;

/// The outcomes from the model, then from real Celery.
fn compare(name: &str, p: CeleryParams) -> (Outcomes, Outcomes) {
    assert_eq!(p.workers, 1, "one real node");
    let texts = Texts::load(Lang::En);
    let dir = std::env::temp_dir().join(format!("lab-celery-{}-{name}", std::process::id()));
    let _ = fs::remove_dir_all(&dir);
    fs::create_dir_all(&dir).unwrap();
    fs::write(
        dir.join("tasks.py"),
        python::tasks_py(&p, &|k| texts.get(k)),
    )
    .unwrap();
    fs::write(
        dir.join("producer.py"),
        python::producer_py(&p, &|k| texts.get(k)),
    )
    .unwrap();

    let port = free_port();
    let _redis = start_redis(port, &dir);
    let env = [
        ("CELERY_BROKER_URL", format!("redis://127.0.0.1:{port}/0")),
        (
            "CELERY_RESULT_BACKEND",
            format!("redis://127.0.0.1:{port}/1"),
        ),
    ];
    let log = fs::File::create(dir.join("worker.log")).unwrap();
    let _worker = Guard::spawn(
        "celery worker",
        Command::new(venv_bin("celery"))
            .args(["-A", "tasks", "worker", "--pool", "prefork"])
            .args(["--concurrency", &p.concurrency.to_string()])
            .args(["--prefetch-multiplier", &p.prefetch.to_string()])
            .args(["-O", "fair", "--loglevel", "INFO", "-n", "lab@%h"])
            .args([
                "--without-gossip",
                "--without-mingle",
                "--without-heartbeat",
            ])
            .current_dir(&dir)
            .envs(env.clone())
            .stdout(log.try_clone().unwrap())
            .stderr(log),
    );
    let out = Command::new(venv_bin("python"))
        .arg("producer.py")
        .current_dir(&dir)
        .envs(env)
        .output()
        .expect("run producer.py");
    let worker_log = fs::read_to_string(dir.join("worker.log")).unwrap_or_default();
    assert!(
        out.status.success(),
        "producer.py failed:\n{}\n--- worker ---\n{worker_log}",
        String::from_utf8_lossy(&out.stderr)
    );
    let real: Outcomes = String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(|line| {
            let f: Vec<&str> = line.split_whitespace().collect();
            (f[1].to_string(), f[2].parse().unwrap())
        })
        .collect();
    let report = sim::run(&p.scenario());
    let model: Outcomes = report
        .cluster
        .tasks
        .iter()
        .map(|t| (t.backend.name().to_string(), t.runs))
        .collect();
    eprintln!("{name}: task, model (state, runs), real Celery (state, runs)");
    for (n, (m, r)) in model.iter().zip(&real).enumerate() {
        eprintln!("{name}: {n:>3}  {:<8} {}  {:<8} {}", m.0, m.1, r.0, r.1);
    }
    if model == real {
        let _ = fs::remove_dir_all(&dir);
    } else {
        eprintln!("--- worker log ({}) ---\n{worker_log}", dir.display());
    }
    (model, real)
}

/// Few tasks, real seconds kept short: backoff 1 s doubling to at most 2 s.
fn base() -> CeleryParams {
    CeleryParams {
        tasks: 8,
        io_ms: 200,
        seed: 7,
        workers: 1,
        concurrency: 2,
        retry_backoff: 1,
        retry_backoff_max: 2,
        ..CeleryParams::default()
    }
}

#[test]
#[ignore = "needs Redis and the Celery venv: make test runs it"]
fn failures_with_retries_end_as_the_model_says() {
    let p = CeleryParams {
        tasks: 12,
        io_ms: 30,
        fail_pct: 50,
        seed: 1,
        ..base()
    };
    let (model, real) = compare("retries", p);
    assert!(
        model.iter().any(|t| t.0 == "FAILURE" && t.1 == 4),
        "{model:?}"
    );
    assert!(
        model.iter().any(|t| t.0 == "SUCCESS" && t.1 > 1),
        "{model:?}"
    );
    assert_eq!(real, model);
}

fn child_crash(acks_late: bool, reject: bool) -> CeleryParams {
    CeleryParams {
        acks_late,
        reject_on_worker_lost: reject,
        crash: Crash::Child,
        crash_at_ms: 100,
        // Seed 14: task 0 raises when `retries` is 0, then succeeds; others retry too.
        fail_pct: 30,
        seed: 14,
        ..base()
    }
}

#[test]
#[ignore = "needs Redis and the Celery venv: make test runs it"]
fn a_dead_child_with_early_ack_fails_its_task() {
    let (model, real) = compare("child-early", child_crash(false, false));
    assert_eq!(model[0], ("FAILURE".to_string(), 1));
    assert_eq!(real, model);
}

#[test]
#[ignore = "needs Redis and the Celery venv: make test runs it"]
fn a_dead_child_with_acks_late_alone_still_fails_its_task() {
    let (model, real) = compare("child-late", child_crash(true, false));
    assert_eq!(model[0], ("FAILURE".to_string(), 1));
    assert_eq!(real, model);
}

#[test]
#[ignore = "needs Redis and the Celery venv: make test runs it"]
fn a_dead_child_with_acks_late_and_reject_on_worker_lost_runs_again() {
    let (model, real) = compare("child-reject", child_crash(true, true));
    // Killed; requeued with retries still 0, so it raises as the first run would have;
    // retried once, and then it succeeds.
    assert_eq!(model[0], ("SUCCESS".to_string(), 3));
    assert_eq!(real, model);
}
