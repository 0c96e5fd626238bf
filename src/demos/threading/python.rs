//! The Python programs of the threading page: the threaded workload (with its sequential
//! baseline and speedup) and the race-condition lab. Both run unchanged with `python3`.

use super::ThreadingParams;
use crate::model::python;

/// Text keys the programs use, for the locale completeness test.
pub const TEXT_KEYS: [&str; 14] = [
    "py-run-with",
    "py-mp-calibrate",
    "py-same-waits",
    "py-same-cpu",
    "py-skip",
    "py-th-switch",
    "py-th-cpu",
    "py-th-io",
    "py-th-needs-gil",
    "py-th-sequential",
    "py-th-threaded",
    "py-mp-speedup",
    "py-th-race-call",
    "py-th-race-lost",
];

/// The threaded workload: `ThreadPoolExecutor`, a pure-Python CPU part, `time.sleep` I/O.
/// With jitter, both the I/O waits and the CPU times are the page's (seeds `SEED` and
/// `SEED + 1`, as [`ThreadingParams::io_waits`] and [`ThreadingParams::cpu_times`]).
pub fn program(p: &ThreadingParams, text: &dyn Fn(&str) -> String) -> String {
    let mut py = python::Source::new("threading", &text("py-run-with"));
    if p.jitter > 0 {
        py.line("import math");
    }
    py.line("import sys");
    py.line("import time");
    py.line("from concurrent.futures import ThreadPoolExecutor");
    py.line("");
    py.line(&format!("THREADS = {}", p.threads));
    py.line(&format!("TASKS = {}", p.tasks));
    py.line(&format!("CPU_MS = {}", p.cpu_ms));
    py.line(&format!("IO_MS = {}", p.io_ms));
    py.block(&python::jitter_consts(p.jitter, p.seed));
    py.line("");
    py.line(&format!("# {}", text("py-th-switch")));
    py.line(&format!(
        "sys.setswitchinterval({} / 1000)",
        crate::model::params::plain_number(p.switch_ms)
    ));
    py.gap();
    py.block(&format!(
        "def spin(units):
    # {cpu}
    x = 0
    for i in range(units):
        x += i * i % 7
    return x
",
        cpu = text("py-th-cpu")
    ));
    py.gap();
    py.block(&python::calibrate_fn(
        "spin(units)",
        1000,
        &text("py-mp-calibrate"),
    ));
    py.gap();
    py.block(&format!(
        "def task(job):
    wait_ms, units = job
    time.sleep(wait_ms / 1000)  # {io}
    return spin(units)  # {cpu}
",
        io = text("py-th-io"),
        cpu = text("py-th-needs-gil")
    ));
    py.gap();
    py.block(&format!(
        "def main():
    rate = calibrate()
    io_waits = {waits}  # {same_waits}
    cpu_times = {cpu}  # {same_cpu}
    jobs = [(w, round(ms * rate)) for w, ms in zip(io_waits, cpu_times)]
",
        waits = python::durations_expr("IO_MS", "SEED", p.jitter),
        cpu = python::durations_expr("CPU_MS", "SEED + 1", p.jitter),
        same_waits = text("py-same-waits"),
        same_cpu = text("py-same-cpu"),
    ));
    py.block(&python::compare_timings(
        "    serial = [task(job) for job in jobs]",
        "    with ThreadPoolExecutor(max_workers=THREADS) as pool:\n        parallel = list(pool.map(task, jobs))",
        [
            &python::f_string_text(&text("py-th-sequential")),
            &python::f_string_text(&text("py-th-threaded")),
            &python::f_string_text(&text("py-mp-speedup")),
        ],
    ));
    py.gap();
    if p.jitter > 0 {
        py.block(&python::jittered_fn(&text("py-skip")));
        py.gap();
    }
    py.line("if __name__ == \"__main__\":");
    py.line("    main()");
    py.finish()
}

/// The race lab: `counter += 1` as read, add (a call), write, with or without a Lock.
pub fn race_program(p: &ThreadingParams, text: &dyn Fn(&str) -> String) -> String {
    let mut py = python::Source::new("threading · race condition", &text("py-run-with"));
    py.line("import sys");
    py.line("import threading");
    py.line("");
    py.line(&format!("THREADS = {}", p.race_threads));
    py.line(&format!("N = {}", p.race_n));
    py.line(&format!(
        "sys.setswitchinterval({} / 1000)",
        crate::model::params::plain_number(p.switch_ms)
    ));
    py.line("");
    py.line("counter = 0");
    if p.race_lock {
        py.line("lock = threading.Lock()");
    }
    py.gap();
    py.line("def add_one(value):");
    py.line(&format!("    # {}", text("py-th-race-call")));
    py.line("    return value + 1");
    py.gap();
    py.line("def work():");
    py.line("    global counter");
    py.line("    for _ in range(N):");
    let indent = if p.race_lock {
        py.line("        with lock:");
        "            "
    } else {
        "        "
    };
    py.line(&format!("{indent}value = counter"));
    py.line(&format!("{indent}value = add_one(value)"));
    py.line(&format!("{indent}counter = value"));
    py.gap();
    py.line("threads = [threading.Thread(target=work) for _ in range(THREADS)]");
    py.line("for t in threads:");
    py.line("    t.start()");
    py.line("for t in threads:");
    py.line("    t.join()");
    py.line(&format!(
        "print(f\"{{THREADS * N}} → {{counter}} ({}: {{THREADS * N - counter}})\")",
        python::f_string_text(&text("py-th-race-lost"))
    ));
    py.finish()
}
