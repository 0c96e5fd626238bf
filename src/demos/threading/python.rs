//! The Python programs of the threading page: the threaded workload (with its sequential
//! baseline and speedup) and the race-condition lab. Both run unchanged with `python3`.

use super::ThreadingParams;
use crate::model::python;

/// Text keys the programs use, for the locale completeness test.
pub const TEXT_KEYS: [&str; 9] = [
    "py-run-with",
    "py-same-waits",
    "py-th-switch",
    "py-th-cpu",
    "py-th-sequential",
    "py-th-threaded",
    "py-mp-speedup",
    "py-th-race-call",
    "py-th-race-lost",
];

/// The threaded workload: `ThreadPoolExecutor`, a pure-Python CPU part, `time.sleep` I/O.
pub fn program(p: &ThreadingParams, text: &dyn Fn(&str) -> String) -> String {
    let mut py = String::new();
    let mut line = |s: &str| {
        py.push_str(s);
        py.push('\n');
    };
    line(&format!(
        "# Lab Konkurensi · threading · {}",
        text("py-run-with")
    ));
    if p.jitter > 0 {
        line("import math");
    }
    line("import sys");
    line("import time");
    line("from concurrent.futures import ThreadPoolExecutor");
    line("");
    line(&format!("THREADS = {}", p.threads));
    line(&format!("TASKS = {}", p.tasks));
    line(&format!("CPU_MS = {}", p.cpu_ms));
    line(&format!("IO_MS = {}", p.io_ms));
    if p.jitter > 0 {
        line(&format!(
            "JITTER = {}  # ± {} %",
            f64::from(p.jitter) / 100.0,
            p.jitter
        ));
        line(&format!("SEED = {}", p.seed));
    }
    line("");
    line(&format!("# {}", text("py-th-switch")));
    line(&format!(
        "sys.setswitchinterval({} / 1000)",
        crate::model::params::plain_number(p.switch_ms)
    ));
    line("");
    line("");
    line("def spin(units):");
    line(&format!("    # {}", text("py-th-cpu")));
    line("    x = 0");
    line("    for i in range(units):");
    line("        x += i * i % 7");
    line("    return x");
    line("");
    line("");
    line("def calibrate():");
    line("    units = 1000");
    line("    while True:");
    line("        start = time.perf_counter()");
    line("        spin(units)");
    line("        ms = (time.perf_counter() - start) * 1000");
    line("        if ms >= 50:");
    line("            return units / ms");
    line("        units *= 2");
    line("");
    line("");
    if p.jitter > 0 {
        line(python::jittered_fn("io_waits", "IO_MS", "TASKS", &text("py-same-waits")).trim_end());
    } else {
        line("def io_waits():");
        line("    return [IO_MS] * TASKS");
    }
    line("");
    line("");
    line("def task(job):");
    line("    wait_ms, units = job");
    line("    time.sleep(wait_ms / 1000)  # I/O: the GIL is released while waiting");
    line("    return spin(units)  # CPU: needs the GIL");
    line("");
    line("");
    line("def main():");
    line("    rate = calibrate()");
    line("    jobs = [(w, round(CPU_MS * rate)) for w in io_waits()]");
    line("    start = time.perf_counter()");
    line("    serial = [task(job) for job in jobs]");
    line("    one_ms = (time.perf_counter() - start) * 1000");
    line("    start = time.perf_counter()");
    line("    with ThreadPoolExecutor(max_workers=THREADS) as pool:");
    line("        threaded = list(pool.map(task, jobs))");
    line("    many_ms = (time.perf_counter() - start) * 1000");
    line("    assert threaded == serial");
    line(&format!(
        "    print(f\"{}: {{one_ms:.0f}} ms\")",
        python::f_string_text(&text("py-th-sequential"))
    ));
    line(&format!(
        "    print(f\"{}: {{many_ms:.0f}} ms\")",
        python::f_string_text(&text("py-th-threaded"))
    ));
    line(&format!(
        "    print(f\"{}: {{one_ms / many_ms:.2f}}×\")",
        python::f_string_text(&text("py-mp-speedup"))
    ));
    line("");
    line("");
    line("if __name__ == \"__main__\":");
    line("    main()");
    py
}

/// The race lab: `counter += 1` as read, add (a call), write, with or without a Lock.
pub fn race_program(p: &ThreadingParams, text: &dyn Fn(&str) -> String) -> String {
    let mut py = String::new();
    let mut line = |s: &str| {
        py.push_str(s);
        py.push('\n');
    };
    line(&format!(
        "# Lab Konkurensi · threading · race condition · {}",
        text("py-run-with")
    ));
    line("import sys");
    line("import threading");
    line("");
    line(&format!("THREADS = {}", p.race_threads));
    line(&format!("N = {}", p.race_n));
    line(&format!(
        "sys.setswitchinterval({} / 1000)",
        crate::model::params::plain_number(p.switch_ms)
    ));
    line("");
    line("counter = 0");
    if p.race_lock {
        line("lock = threading.Lock()");
    }
    line("");
    line("");
    line("def add_one(value):");
    line(&format!("    # {}", text("py-th-race-call")));
    line("    return value + 1");
    line("");
    line("");
    line("def work():");
    line("    global counter");
    line("    for _ in range(N):");
    let indent = if p.race_lock {
        line("        with lock:");
        "            "
    } else {
        "        "
    };
    line(&format!("{indent}value = counter"));
    line(&format!("{indent}value = add_one(value)"));
    line(&format!("{indent}counter = value"));
    line("");
    line("");
    line("threads = [threading.Thread(target=work) for _ in range(THREADS)]");
    line("for t in threads:");
    line("    t.start()");
    line("for t in threads:");
    line("    t.join()");
    line(&format!(
        "print(f\"{{THREADS * N}} → {{counter}} ({}: {{THREADS * N - counter}})\")",
        python::f_string_text(&text("py-th-race-lost"))
    ));
    py
}
