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

use lab_konkurensi::demos::celery::{python, Broker, CeleryParams, Crash};
use lab_konkurensi::i18n::Texts;
use lab_konkurensi::model::celery::sim::{self, Action};
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

    /// SIGKILL the whole group now, as when a machine loses power.
    fn kill_now(&mut self) {
        self.signal("-KILL");
        let _ = self.child.wait();
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

/// What happens to the worker nodes during a run.
#[derive(Clone, Copy)]
enum Plan {
    /// One node runs everything.
    OneNode,
    /// Node A is killed (SIGKILL to it and its children) `after_ms` after its children start
    /// their first bodies; node B is started then, as a supervisor would.
    NodeDies { after_ms: u64 },
}

/// The environment variables that point Celery (they override the app's URLs) at Redis on
/// `port`.
type Env = [(&'static str, String); 2];

/// A fresh directory for test `name` and a Redis of its own: (directory, Redis, Celery's env).
fn workspace(name: &str) -> (PathBuf, Guard, Env) {
    let dir = std::env::temp_dir().join(format!("lab-celery-{}-{name}", std::process::id()));
    let _ = fs::remove_dir_all(&dir);
    fs::create_dir_all(&dir).unwrap();
    let port = free_port();
    let redis = start_redis(port, &dir);
    let env = [
        ("CELERY_BROKER_URL", format!("redis://127.0.0.1:{port}/0")),
        (
            "CELERY_RESULT_BACKEND",
            format!("redis://127.0.0.1:{port}/1"),
        ),
    ];
    (dir, redis, env)
}

/// `celery -A tasks worker` in `dir`, named `node`, logging to `worker-<node>.log`.
fn start_worker(dir: &Path, env: &Env, node: &str, concurrency: u32, prefetch: u32) -> Guard {
    let log = fs::File::create(dir.join(format!("worker-{node}.log"))).unwrap();
    Guard::spawn(
        "celery worker",
        Command::new(venv_bin("celery"))
            .args(["-A", "tasks", "worker", "--pool", "prefork"])
            .args(["--concurrency", &concurrency.to_string()])
            .args(["--prefetch-multiplier", &prefetch.to_string()])
            .args(["-O", "fair", "--loglevel", "INFO", "-n"])
            .arg(format!("{node}@%h"))
            .args([
                "--without-gossip",
                "--without-mingle",
                "--without-heartbeat",
            ])
            .current_dir(dir)
            .envs(env.clone())
            .stdout(log.try_clone().unwrap())
            .stderr(log),
    )
}

/// The outcomes from the model, then from real Celery.
fn compare(name: &str, p: CeleryParams, plan: Plan) -> (Outcomes, Outcomes) {
    assert_eq!(p.workers, 1, "one real node at a time");
    let texts = Texts::load(Lang::En);
    let (dir, _redis, env) = workspace(name);
    let text = |k: &str| texts.get(k);
    fs::write(dir.join("tasks.py"), python::tasks_py(&p, &text)).unwrap();
    fs::write(dir.join("producer.py"), python::producer_py(&p, &text)).unwrap();
    let worker = |node: &str| start_worker(&dir, &env, node, p.concurrency, p.prefetch);
    let mut first = worker("a");
    let out_file = fs::File::create(dir.join("producer.out")).unwrap();
    let mut producer = Guard::spawn(
        "producer.py",
        Command::new(venv_bin("python"))
            .arg("producer.py")
            .current_dir(&dir)
            .envs(env.clone())
            .stdout(out_file),
    );
    let mut model = p.scenario();
    let mut _second = None;
    if let Plan::NodeDies { after_ms } = plan {
        let runs_log = dir.join("runs.log");
        let deadline = Instant::now() + Duration::from_secs(60);
        let started = || fs::read_to_string(&runs_log).map_or(0, |s| s.lines().count());
        while started() < p.concurrency as usize {
            assert!(Instant::now() < deadline, "node A never started a task");
            sleep(Duration::from_millis(20));
        }
        sleep(Duration::from_millis(after_ms));
        first.kill_now();
        _second = Some(worker("b"));
        let at = after_ms as f64;
        model.actions = vec![(at, Action::KillNode(0)), (at, Action::AddNode)];
    }
    let status = producer.child.wait().expect("wait for producer.py");
    let logs: String = ["a", "b"]
        .iter()
        .map(|n| fs::read_to_string(dir.join(format!("worker-{n}.log"))).unwrap_or_default())
        .collect();
    assert!(
        status.success(),
        "producer.py failed\n--- workers ---\n{logs}"
    );
    let real: Outcomes = fs::read_to_string(dir.join("producer.out"))
        .unwrap()
        .lines()
        .map(|line| {
            let f: Vec<&str> = line.split_whitespace().collect();
            (f[1].to_string(), f[2].parse().unwrap())
        })
        .collect();
    let report = sim::run(&model);
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
        eprintln!("--- worker logs ({}) ---\n{logs}", dir.display());
    }
    (model, real)
}

#[test]
#[ignore = "needs Redis and the Celery venv: make test runs it"]
fn the_lesson_example_sends_a_task_and_prints_its_result() {
    use lab_konkurensi::demos::celery::lesson::CeleryLesson;
    use lab_konkurensi::model::lesson::example;
    let (dir, _redis, env) = workspace("example");
    let texts = Texts::load(Lang::Id);
    let code = example::<CeleryLesson>(&|k| texts.get(k));
    fs::write(dir.join("tasks.py"), &code).unwrap();
    // As the example says: a worker Celery in another terminal, then `python tasks.py`.
    let _worker = start_worker(&dir, &env, "a", 1, 4);
    let out = Command::new("timeout")
        .arg("60")
        .arg(venv_bin("python"))
        .arg("tasks.py")
        .current_dir(&dir)
        .envs(env.clone())
        .output()
        .expect("run tasks.py");
    let log = fs::read_to_string(dir.join("worker-a.log")).unwrap_or_default();
    assert!(
        out.status.success(),
        "{}\n--- worker ---\n{log}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(String::from_utf8_lossy(&out.stdout).trim(), "5");
    // The task ran in the worker, under the name Celery gives it from `Celery("tasks")`.
    assert!(log.contains("tasks.add"), "{log}");
    let _ = fs::remove_dir_all(&dir);
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
        // Real Celery runs on real time: the model must too.
        clock: 1,
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
    let (model, real) = compare("retries", p, Plan::OneNode);
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
    let (model, real) = compare("child-early", child_crash(false, false), Plan::OneNode);
    assert_eq!(model[0], ("FAILURE".to_string(), 1));
    assert_eq!(real, model);
}

#[test]
#[ignore = "needs Redis and the Celery venv: make test runs it"]
fn a_dead_child_with_acks_late_alone_still_fails_its_task() {
    let (model, real) = compare("child-late", child_crash(true, false), Plan::OneNode);
    assert_eq!(model[0], ("FAILURE".to_string(), 1));
    assert_eq!(real, model);
}

#[test]
#[ignore = "needs Redis and the Celery venv: make test runs it"]
fn a_dead_child_with_acks_late_and_reject_on_worker_lost_runs_again() {
    let (model, real) = compare("child-reject", child_crash(true, true), Plan::OneNode);
    // Killed; requeued with retries still 0, so it raises as the first run would have;
    // retried once, and then it succeeds.
    assert_eq!(model[0], ("SUCCESS".to_string(), 3));
    assert_eq!(real, model);
}

/// Node A holds two running tasks (0 and 1) and two prefetched ones (2 and 3) when it dies.
fn node_death(acks_late: bool) -> CeleryParams {
    CeleryParams {
        tasks: 10,
        io_ms: 1000,
        prefetch: 1,
        acks_late,
        broker: Broker::Redis,
        // Longer than any delivery is held on the live node (1 s reserved + 1 s running).
        visibility_timeout: 5,
        crash: Crash::Node,
        crash_at_ms: 500,
        ..base()
    }
}

#[test]
#[ignore = "needs Redis and the Celery venv: make test runs it"]
fn a_dead_node_with_early_ack_loses_exactly_its_running_tasks() {
    let plan = Plan::NodeDies { after_ms: 500 };
    let (model, real) = compare("node-early", node_death(false), plan);
    let lost: Vec<usize> = (0..model.len())
        .filter(|t| model[*t].0 == "PENDING")
        .collect();
    assert_eq!(lost, vec![0, 1], "{model:?}");
    assert_eq!(real, model);
}

#[test]
#[ignore = "needs Redis and the Celery venv: make test runs it"]
fn a_dead_node_with_acks_late_loses_nothing_on_redis() {
    let plan = Plan::NodeDies { after_ms: 500 };
    let (model, real) = compare("node-late", node_death(true), plan);
    assert!(model.iter().all(|t| t.0 == "SUCCESS"), "{model:?}");
    assert_eq!((model[0].1, model[1].1, model[2].1), (2, 2, 1));
    assert_eq!(real, model);
}
