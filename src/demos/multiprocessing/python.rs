//! The Python program for the current parameters: `multiprocessing.Pool` with the
//! `if __name__ == "__main__":` guard and a pure-Python kernel. It calibrates itself, so
//! `CPU_MS` means milliseconds of one core in Python too, then prints both times and the speedup.
//!
//! The Mandelbrot program cuts the picture into the page's strips (`Frame::for_tasks`,
//! `Frame::strip` in [`super::work`]) and calibrates on a whole small picture, as
//! [`super::calibrate`] does, so the average task costs `CPU_MS` (the strips through the
//! set's middle cost more, as on the page).

use super::work::MANDEL_MAX_ITER;
use super::{Kernel, MultiprocessingParams, MAX_PIXELS};
use crate::model::python;

/// Text keys the program uses, for the locale completeness test.
pub const TEXT_KEYS: [&str; 12] = [
    "py-run-with",
    "py-same-waits",
    "py-th-io",
    "py-same-cpu",
    "py-skip",
    "py-mp-calibrate",
    "py-mp-calibrate-picture",
    "py-mp-strips",
    "py-mp-startup",
    "py-mp-one-process",
    "py-mp-processes",
    "py-mp-speedup",
];

pub fn program(p: &MultiprocessingParams, text: &dyn Fn(&str) -> String) -> String {
    program_with_io(p, 0, text)
}

/// The program with an I/O wait of `io_ms` (± the jitter, seed `SEED`) before each task's
/// CPU part (then drawn from `SEED + 1`, as the threading page and Bandingkan draw them), for
/// Bandingkan's mixed workloads. With `io_ms = 0` (or Mandelbrot) it is [`program`].
pub fn program_with_io(
    p: &MultiprocessingParams,
    io_ms: u32,
    text: &dyn Fn(&str) -> String,
) -> String {
    let mandelbrot = p.kernel == Kernel::Mandelbrot;
    let io = io_ms > 0 && !mandelbrot;
    // The page draws one picture of TASKS × CPU_MS for Mandelbrot: its jitter does not apply.
    let jitter = if mandelbrot { 0 } else { p.jitter };
    let mut py = python::Source::new("multiprocessing", &text("py-run-with"));
    if mandelbrot || jitter > 0 {
        py.line("import math");
    }
    py.line("import time");
    py.line("from multiprocessing import Pool");
    py.line("");
    py.line(&format!("TASKS = {}", p.tasks));
    py.line(&format!("CPU_MS = {}", p.cpu_ms));
    py.line(&format!("WORKERS = {}", p.workers));
    py.line(&format!("CHUNKSIZE = {}", p.chunksize));
    if io {
        py.line(&format!("IO_MS = {io_ms}"));
    }
    py.block(&python::jitter_consts(jitter, p.seed));
    py.gap();
    match p.kernel {
        Kernel::Primes => py.block(PRIMES),
        Kernel::Hash => py.block(HASH),
        Kernel::Mandelbrot => py.block(&mandelbrot_kernel()),
    }
    py.gap();
    if io {
        py.block(&format!(
            "def task(item):
    wait_ms, job = item
    time.sleep(wait_ms / 1000)  # {io}
    return kernel(job)
",
            io = text("py-th-io")
        ));
        py.gap();
    }
    if mandelbrot {
        py.block(&mandelbrot_calibrate(&text("py-mp-calibrate-picture")));
    } else {
        py.block(&python::calibrate_fn(
            "kernel((units, 0))",
            100,
            &text("py-mp-calibrate"),
        ));
    }
    py.gap();
    py.line("def main():");
    py.line("    rate = calibrate()");
    if mandelbrot {
        py.block(&format!(
            "    # {strips}
    pixels = min(max(round(TASKS * CPU_MS * rate), TASKS * 2), MAX_PIXELS)
    width, height = frame_for_tasks(pixels)
    jobs = [(i, width, height) for i in range(TASKS)]",
            strips = text("py-mp-strips")
        ));
    } else if io {
        py.line(&format!(
            "    waits = {}  # {}",
            python::durations_expr("IO_MS", "SEED", jitter),
            text("py-same-waits")
        ));
        py.line(&format!(
            "    durations = {}  # {}",
            python::durations_expr("CPU_MS", "SEED + 1", jitter),
            text("py-same-cpu")
        ));
        py.line("    jobs = [(w, (max(1, round(ms * rate)), i))");
        py.line("            for i, (w, ms) in enumerate(zip(waits, durations))]");
    } else {
        py.line(&format!(
            "    durations = {}  # {}",
            python::durations_expr("CPU_MS", "SEED", jitter),
            text("py-same-cpu")
        ));
        py.line("    jobs = [(max(1, round(ms * rate)), i) for i, ms in enumerate(durations)]");
    }
    let call = if io { "task" } else { "kernel" };
    let processes = python::f_string_text(&text("py-mp-processes"));
    py.block(&python::compare_timings(
        &format!("    serial = [{call}(job) for job in jobs]"),
        &format!(
            "    # {}\n    with Pool(WORKERS) as pool:\n        parallel = pool.map({call}, jobs, chunksize=CHUNKSIZE)",
            text("py-mp-startup")
        ),
        [
            &python::f_string_text(&text("py-mp-one-process")),
            &format!("{{WORKERS}} {processes}"),
            &python::f_string_text(&text("py-mp-speedup")),
        ],
    ));
    py.gap();
    if jitter > 0 {
        py.block(&python::jittered_fn(&text("py-skip")));
        py.gap();
    }
    py.line("if __name__ == \"__main__\":");
    py.line("    main()");
    py.finish()
}

const PRIMES: &str = "def is_prime(n):
    if n < 4:
        return n >= 2
    if n % 2 == 0:
        return False
    d = 3
    while d * d <= n:
        if n % d == 0:
            return False
        d += 2
    return True


def kernel(job):
    units, index = job
    start = 10_000_000 + (index * 7919) % 1_000_000
    return sum(1 for n in range(start, start + units) if is_prime(n))
";

const HASH: &str = "def kernel(job):
    units, index = job
    mask, h = 2**64 - 1, index
    for _ in range(units):
        z = (h + 0x9E3779B97F4A7C15) & mask
        z = ((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9) & mask
        z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & mask
        h = z ^ (z >> 31)
    return h
";

/// The page's frame and strips ([`super::work::Frame`]) and escape-time loop
/// ([`super::work::mandel_iter`]), operation for operation, so Python's iteration counts are
/// the page's.
fn mandelbrot_kernel() -> String {
    format!(
        "MAX_ITER = {MANDEL_MAX_ITER}
MAX_PIXELS = {MAX_PIXELS}


def frame(pixels):
    width = max(3, int(math.sqrt(pixels * 1.5) + 0.5))
    height = max(2, int(pixels / width + 0.5))
    return width, height


def frame_for_tasks(pixels):
    width, height = frame(pixels)
    if height >= TASKS:
        return width, height
    height = max(TASKS, 2)
    return max(3, pixels // height), height


def row(y, width, height):
    cy = -1.2 + 2.4 * (y + 0.5) / height
    total = 0
    for x in range(width):
        cx = -2.2 + 3.0 * (x + 0.5) / width
        zx = zy = 0.0
        i = 0
        while i < MAX_ITER and zx * zx + zy * zy <= 4.0:
            zx, zy = zx * zx - zy * zy + cx, 2.0 * zx * zy + cy
            i += 1
        total += i
    return total


def kernel(job):
    i, width, height = job
    first, last = height * i // TASKS, height * (i + 1) // TASKS
    return sum(row(y, width, height) for y in range(first, last))
"
    )
}

fn mandelbrot_calibrate(comment: &str) -> String {
    format!(
        "def calibrate():
    # {comment}
    pixels = 1000
    while True:
        width, height = frame(pixels)
        start = time.perf_counter()
        for y in range(height):
            row(y, width, height)
        ms = (time.perf_counter() - start) * 1000
        if ms >= 50:
            return width * height / ms
        pixels *= 2
"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_frame_constants_are_the_pages() {
        let p = MultiprocessingParams {
            kernel: Kernel::Mandelbrot,
            ..MultiprocessingParams::default()
        };
        let py = program(&p, &|k| format!("<{k}>"));
        assert!(py.contains(&format!("MAX_ITER = {MANDEL_MAX_ITER}")));
        assert!(py.contains(&format!("MAX_PIXELS = {MAX_PIXELS}")));
        let jittered = MultiprocessingParams { jitter: 30, ..p };
        assert!(
            !program(&jittered, &|k| format!("<{k}>")).contains("JITTER"),
            "the page's Mandelbrot picture ignores jitter, so the program does too"
        );
    }
}
