//! The generated Python programs really run with `python3`, and replay the page's workload.
#![cfg(not(target_arch = "wasm32"))]

use std::process::Command;

use lab_konkurensi::demos::asyncio::{python, AsyncioParams};
use lab_konkurensi::i18n::Texts;
use lab_konkurensi::model::lang::Lang;

fn python3(code: &str) -> String {
    let out = Command::new("python3")
        .args(["-c", code])
        .output()
        .expect("python3 is needed for these tests (Debian's python3 package)");
    assert!(
        out.status.success(),
        "python3 failed:\n{}\n--- program ---\n{code}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

fn program(p: &AsyncioParams, lang: Lang) -> String {
    let texts = Texts::load(lang);
    python::program(p, &|k| texts.get(k))
}

#[test]
fn the_asyncio_program_runs_and_prints_its_elapsed_time() {
    for lang in Lang::ALL {
        let p = AsyncioParams {
            tasks: 6,
            io_ms: 40,
            cpu_ms: 2,
            jitter: 25,
            limit: 3,
            ..AsyncioParams::default()
        };
        let out = python3(&program(&p, lang));
        assert!(out.contains(" ms"), "{out}");
        assert!(out.contains(": 6,"), "all six tasks finish: {out}");
    }
}

#[test]
fn the_asyncio_program_times_out_and_blocks_like_the_page() {
    let p = AsyncioParams {
        tasks: 3,
        io_ms: 300,
        timeout_ms: 50,
        ..AsyncioParams::default()
    };
    let out = python3(&program(&p, Lang::En));
    assert!(out.contains("timed out: 3"), "{out}");
    let p = AsyncioParams {
        tasks: 3,
        io_ms: 30,
        blocking: true,
        ..AsyncioParams::default()
    };
    let out = python3(&program(&p, Lang::Id));
    let ms: f64 = out
        .lines()
        .last()
        .and_then(|l| l.split(':').nth(1))
        .and_then(|v| v.trim().trim_end_matches(" ms").parse().ok())
        .unwrap_or_else(|| panic!("no elapsed time in {out}"));
    assert!(
        ms >= 89.0,
        "three blocking sleeps of 30 ms run one after another: {ms}"
    );
}

#[test]
fn python_draws_the_same_waits_as_the_page() {
    for (seed, jitter) in [(1, 10), (42, 100), (999_999, 37)] {
        let p = AsyncioParams {
            tasks: 200,
            io_ms: 123,
            jitter,
            seed,
            ..AsyncioParams::default()
        };
        let code = format!(
            "__name__ = 'lab'\n{}\nprint(repr(waits()))",
            program(&p, Lang::Id)
        );
        let printed = python3(&code);
        let rust: Vec<String> = p.waits().iter().map(|w| format!("{w:?}")).collect();
        assert_eq!(printed.trim(), format!("[{}]", rust.join(", ")));
    }
}

#[test]
fn the_multiprocessing_program_runs_every_kernel_and_prints_a_speedup() {
    use lab_konkurensi::demos::multiprocessing::{self as mp, Kernel, MultiprocessingParams};
    for kernel in [Kernel::Primes, Kernel::Hash, Kernel::Mandelbrot] {
        let p = MultiprocessingParams {
            tasks: 4,
            cpu_ms: 20,
            workers: 2,
            chunksize: 2,
            kernel,
            jitter: 20,
            seed: 5,
        };
        let texts = Texts::load(Lang::Id);
        let out = python3(&mp::python::program(&p, &|k| texts.get(k)));
        assert!(
            out.contains("1 proses: ") && out.contains("2 proses: "),
            "{out}"
        );
        assert!(out.contains("percepatan: ") && out.contains('×'), "{out}");
    }
}

#[test]
fn the_threading_programs_run() {
    use lab_konkurensi::demos::threading::{python as th, ThreadingParams};
    let texts = Texts::load(Lang::En);
    let p = ThreadingParams {
        threads: 4,
        tasks: 4,
        cpu_ms: 10,
        io_ms: 20,
        jitter: 10,
        race_threads: 3,
        race_n: 20_000,
        ..ThreadingParams::default()
    };
    let out = python3(&th::program(&p, &|k| texts.get(k)));
    assert!(
        out.contains("sequential: ") && out.contains("speedup: "),
        "{out}"
    );
    let out = python3(&th::race_program(&p, &|k| texts.get(k)));
    assert!(out.starts_with("60000 → "), "{out}");
    let locked = ThreadingParams {
        race_lock: true,
        ..p
    };
    let out = python3(&th::race_program(&locked, &|k| texts.get(k)));
    assert!(
        out.contains("60000 → 60000 (lost updates: 0)"),
        "with a Lock nothing is lost: {out}"
    );
}

/// The part of `tasks.py` from `def name(` to the next top-level gap.
fn python_function(program: &str, name: &str) -> String {
    let start = program
        .find(&format!("def {name}("))
        .unwrap_or_else(|| panic!("no {name} in\n{program}"));
    let rest = &program[start..];
    rest[..rest.find("\n\n\n").unwrap_or(rest.len())].to_string()
}

#[test]
fn the_celery_programs_are_python_and_repeat_the_pages_failures_and_durations() {
    use lab_konkurensi::demos::celery::{python as ce, CeleryParams};
    let texts = Texts::load(Lang::Id);
    let p = CeleryParams {
        tasks: 50,
        fail_pct: 35,
        seed: 123_457,
        jitter: 40,
        io_ms: 80,
        cpu_ms: 20,
        ..CeleryParams::default()
    };
    let tasks = ce::tasks_py(&p, &|k| texts.get(k));
    let producer = ce::producer_py(&p, &|k| texts.get(k));
    for program in [&tasks, &producer] {
        let check = format!("import ast\nast.parse({program:?})\nprint('ok')");
        assert_eq!(python3(&check).trim(), "ok");
    }
    let code = format!(
        "import math\nSEED = {}\nFAIL_PCT = {}\nTASKS = {}\nIO_MS = {}\nCPU_MS = {}\nJITTER = {}\n{}\n{}\n{}\n\
         print([[int(fails(n, r)) for r in range(4)] for n in range(TASKS)])\n\
         print([round(a + b, 6) for a, b in zip(io_waits(), cpu_parts())])",
        p.seed,
        p.fail_pct,
        p.tasks,
        p.io_ms,
        p.cpu_ms,
        f64::from(p.jitter) / 100.0,
        python_function(&tasks, "fails"),
        python_function(&tasks, "io_waits"),
        python_function(&tasks, "cpu_parts"),
    );
    let out = python3(&code);
    let mut lines = out.lines();
    let rule = p.failures();
    let rust: Vec<String> = (0..p.tasks)
        .map(|n| {
            let row: Vec<String> = (0..4)
                .map(|r| u8::from(rule.fails(n, r)).to_string())
                .collect();
            format!("[{}]", row.join(", "))
        })
        .collect();
    assert_eq!(lines.next().unwrap(), format!("[{}]", rust.join(", ")));
    let durations: Vec<f64> = lines
        .next()
        .unwrap()
        .trim_matches(['[', ']'])
        .split(", ")
        .map(|d| d.parse().unwrap())
        .collect();
    let page = p.durations_ms();
    assert_eq!(durations.len(), page.len());
    for (py, rs) in durations.iter().zip(&page) {
        assert!((py - rs).abs() < 1e-9, "{py} vs {rs}");
    }
}
