//! The Python program for the current parameters: `multiprocessing.Pool` with the
//! `if __name__ == "__main__":` guard and a pure-Python kernel. It calibrates itself, so
//! `CPU_MS` means milliseconds of one core in Python too, then prints both times and the speedup.

use super::{Kernel, MultiprocessingParams};
use crate::model::python;

/// Text keys the program uses, for the locale completeness test.
pub const TEXT_KEYS: [&str; 6] = [
    "py-run-with",
    "py-same-waits",
    "py-mp-calibrate",
    "py-mp-startup",
    "py-mp-processes",
    "py-mp-speedup",
];

pub fn program(p: &MultiprocessingParams, text: &dyn Fn(&str) -> String) -> String {
    let mut py = String::new();
    let mut line = |s: &str| {
        py.push_str(s);
        py.push('\n');
    };
    line(&format!(
        "# Lab Konkurensi · multiprocessing · {}",
        text("py-run-with")
    ));
    line("import math");
    line("import time");
    line("from multiprocessing import Pool");
    line("");
    line(&format!("TASKS = {}", p.tasks));
    line(&format!("CPU_MS = {}", p.cpu_ms));
    line(&format!("WORKERS = {}", p.workers));
    line(&format!("CHUNKSIZE = {}", p.chunksize));
    if p.jitter > 0 {
        line(&format!(
            "JITTER = {}  # ± {} %",
            f64::from(p.jitter) / 100.0,
            p.jitter
        ));
        line(&format!("SEED = {}", p.seed));
    }
    line("");
    line("");
    match p.kernel {
        Kernel::Primes => {
            line("def is_prime(n):");
            line("    if n < 4:");
            line("        return n >= 2");
            line("    if n % 2 == 0:");
            line("        return False");
            line("    d = 3");
            line("    while d * d <= n:");
            line("        if n % d == 0:");
            line("            return False");
            line("        d += 2");
            line("    return True");
            line("");
            line("");
            line("def kernel(job):");
            line("    units, index = job");
            line("    start = 10_000_000 + (index * 7919) % 1_000_000");
            line("    return sum(1 for n in range(start, start + units) if is_prime(n))");
        }
        Kernel::Hash => {
            line("def kernel(job):");
            line("    units, index = job");
            line("    mask, h = 2**64 - 1, index");
            line("    for _ in range(units):");
            line("        z = (h + 0x9E3779B97F4A7C15) & mask");
            line("        z = ((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9) & mask");
            line("        z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & mask");
            line("        h = z ^ (z >> 31)");
            line("    return h");
        }
        Kernel::Mandelbrot => {
            line("WIDTH, HEIGHT, MAX_ITER = 314, 209, 200");
            line("");
            line("");
            line("def kernel(job):");
            line("    units, index = job");
            line("    total = 0");
            line("    for p in range(index * 977, index * 977 + units):");
            line("        x, y = p % WIDTH, (p // WIDTH) % HEIGHT");
            line("        c = complex(-2.2 + 3.0 * (x + 0.5) / WIDTH, -1.2 + 2.4 * (y + 0.5) / HEIGHT)");
            line("        z, i = 0j, 0");
            line("        while i < MAX_ITER and abs(z) <= 2.0:");
            line("            z, i = z * z + c, i + 1");
            line("        total += i");
            line("    return total");
        }
    }
    line("");
    line("");
    line("def calibrate():");
    line(&format!("    # {}", text("py-mp-calibrate")));
    line("    units = 100");
    line("    while True:");
    line("        start = time.perf_counter()");
    line("        kernel((units, 0))");
    line("        ms = (time.perf_counter() - start) * 1000");
    line("        if ms >= 50:");
    line("            return units / ms");
    line("        units *= 2");
    line("");
    line("");
    if p.jitter > 0 {
        line(
            python::jittered_fn("durations", "CPU_MS", "TASKS", &text("py-same-waits")).trim_end(),
        );
    } else {
        line("def durations():");
        line("    return [CPU_MS] * TASKS");
    }
    line("");
    line("");
    line("def main():");
    line("    rate = calibrate()");
    line("    jobs = [(max(1, round(ms * rate)), i) for i, ms in enumerate(durations())]");
    line("    start = time.perf_counter()");
    line("    serial = [kernel(job) for job in jobs]");
    line("    one_ms = (time.perf_counter() - start) * 1000");
    line("    start = time.perf_counter()");
    line(&format!("    # {}", text("py-mp-startup")));
    line("    with Pool(WORKERS) as pool:");
    line("        parallel = pool.map(kernel, jobs, chunksize=CHUNKSIZE)");
    line("    many_ms = (time.perf_counter() - start) * 1000");
    line("    assert parallel == serial");
    let processes = python::f_string_text(&text("py-mp-processes"));
    line(&format!("    print(f\"1 {processes}: {{one_ms:.0f}} ms\")"));
    line(&format!(
        "    print(f\"{{WORKERS}} {processes}: {{many_ms:.0f}} ms\")"
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
