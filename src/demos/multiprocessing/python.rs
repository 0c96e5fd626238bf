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
    let mut py = python::Source::new("multiprocessing", &text("py-run-with"));
    py.line("import math");
    py.line("import time");
    py.line("from multiprocessing import Pool");
    py.line("");
    py.line(&format!("TASKS = {}", p.tasks));
    py.line(&format!("CPU_MS = {}", p.cpu_ms));
    py.line(&format!("WORKERS = {}", p.workers));
    py.line(&format!("CHUNKSIZE = {}", p.chunksize));
    py.block(&python::jitter_consts(p.jitter, p.seed));
    py.gap();
    match p.kernel {
        Kernel::Primes => {
            py.line("def is_prime(n):");
            py.line("    if n < 4:");
            py.line("        return n >= 2");
            py.line("    if n % 2 == 0:");
            py.line("        return False");
            py.line("    d = 3");
            py.line("    while d * d <= n:");
            py.line("        if n % d == 0:");
            py.line("            return False");
            py.line("        d += 2");
            py.line("    return True");
            py.line("");
            py.line("");
            py.line("def kernel(job):");
            py.line("    units, index = job");
            py.line("    start = 10_000_000 + (index * 7919) % 1_000_000");
            py.line("    return sum(1 for n in range(start, start + units) if is_prime(n))");
        }
        Kernel::Hash => {
            py.line("def kernel(job):");
            py.line("    units, index = job");
            py.line("    mask, h = 2**64 - 1, index");
            py.line("    for _ in range(units):");
            py.line("        z = (h + 0x9E3779B97F4A7C15) & mask");
            py.line("        z = ((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9) & mask");
            py.line("        z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & mask");
            py.line("        h = z ^ (z >> 31)");
            py.line("    return h");
        }
        Kernel::Mandelbrot => {
            py.line("WIDTH, HEIGHT, MAX_ITER = 314, 209, 200");
            py.line("");
            py.line("");
            py.line("def kernel(job):");
            py.line("    units, index = job");
            py.line("    total = 0");
            py.line("    for p in range(index * 977, index * 977 + units):");
            py.line("        x, y = p % WIDTH, (p // WIDTH) % HEIGHT");
            py.line("        c = complex(-2.2 + 3.0 * (x + 0.5) / WIDTH, -1.2 + 2.4 * (y + 0.5) / HEIGHT)");
            py.line("        z, i = 0j, 0");
            py.line("        while i < MAX_ITER and abs(z) <= 2.0:");
            py.line("            z, i = z * z + c, i + 1");
            py.line("        total += i");
            py.line("    return total");
        }
    }
    py.gap();
    py.block(&python::calibrate_fn(
        "kernel((units, 0))",
        100,
        &text("py-mp-calibrate"),
    ));
    py.gap();
    py.block(&python::durations_fn(
        "durations",
        "CPU_MS",
        "TASKS",
        p.jitter,
        &text("py-same-waits"),
    ));
    py.gap();
    py.line("def main():");
    py.line("    rate = calibrate()");
    py.line("    jobs = [(max(1, round(ms * rate)), i) for i, ms in enumerate(durations())]");
    let processes = python::f_string_text(&text("py-mp-processes"));
    py.block(&python::compare_timings(
        "    serial = [kernel(job) for job in jobs]",
        &format!(
            "    # {}\n    with Pool(WORKERS) as pool:\n        parallel = pool.map(kernel, jobs, chunksize=CHUNKSIZE)",
            text("py-mp-startup")
        ),
        [
            &format!("1 {processes}"),
            &format!("{{WORKERS}} {processes}"),
            &python::f_string_text(&text("py-mp-speedup")),
        ],
    ));
    py.gap();
    py.line("if __name__ == \"__main__\":");
    py.line("    main()");
    py.finish()
}
