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
            "__name__ = 'lab'\n{}\nprint(repr(jittered(IO_MS, SEED)))",
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
fn the_multiprocessing_program_with_io_waits_then_computes_in_every_process() {
    use lab_konkurensi::demos::bandingkan::BandingkanParams;
    use lab_konkurensi::demos::multiprocessing as mp;
    let b = BandingkanParams {
        tasks: 4,
        io_ms: 40,
        cpu_ms: 10,
        jitter: 20,
        seed: 3,
        workers: 2,
    };
    let texts = Texts::load(Lang::Id);
    let text = |k: &str| texts.get(k);
    let py = mp::python::program_with_io(&b.multiprocessing(), b.io_ms, &text);
    assert!(py.contains("time.sleep(wait_ms / 1000)"), "{py}");
    assert!(py.contains("pool.map(task, jobs"), "{py}");
    let out = python3(&py);
    assert!(
        out.contains("2 proses: ") && out.contains("percepatan: "),
        "{out}"
    );
    // Without waits it is the multiprocessing page's program, unchanged.
    let plain = b.multiprocessing();
    assert_eq!(
        mp::python::program_with_io(&plain, 0, &text),
        mp::python::program(&plain, &text)
    );
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
        "import math\nSEED = {}\nFAIL_PCT = {}\nTASKS = {}\nIO_MS = {}\nCPU_MS = {}\nJITTER = {}\n{}\n{}\n{}\n{}\n\
         print([[int(fails(n, r)) for r in range(4)] for n in range(TASKS)])\n\
         print([round(a + b, 6) for a, b in zip(io_waits(), cpu_parts())])",
        p.seed,
        p.fail_pct,
        p.tasks,
        p.io_ms,
        p.cpu_ms,
        f64::from(p.jitter) / 100.0,
        python_function(&tasks, "fails"),
        python_function(&tasks, "jittered"),
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

/// Every figure line a program prints: `label: number` (with a unit or ×), in either language.
fn figures(out: &str) -> Vec<f64> {
    out.lines()
        .filter_map(|l| l.rsplit_once(": "))
        .filter_map(|(_, v)| {
            let v = v.trim_end_matches(" ms").trim_end_matches('×');
            v.parse().ok()
        })
        .collect()
}

// Every preset and the default, in both languages, run with the machine's `python3`, exit 0
// and print their figures. One test per demo, so the three run side by side.

#[test]
fn every_asyncio_preset_runs_in_both_languages_and_prints_its_figures() {
    use lab_konkurensi::demos::asyncio::PRESETS;
    for lang in Lang::ALL {
        let texts = Texts::load(lang);
        let text = |k: &str| texts.get(k);
        let presets = PRESETS.iter().map(|(name, p)| (*name, *p));
        for (name, p) in presets.chain([("default", AsyncioParams::default())]) {
            let out = python3(&python::program(&p, &text));
            // "done: N, timed out: M" then "elapsed: X ms"; every task ends one way or the other.
            let ended: u32 = out
                .lines()
                .next()
                .unwrap_or("")
                .split(", ")
                .filter_map(|part| part.rsplit_once(": ")?.1.parse::<u32>().ok())
                .sum();
            assert_eq!(ended, p.tasks, "asyncio {name} {lang:?}: {out}");
            let elapsed = figures(out.lines().last().unwrap_or(""));
            assert!(
                elapsed.len() == 1 && elapsed[0] > 0.0,
                "asyncio {name}: {out}"
            );
        }
    }
}

#[test]
fn every_threading_preset_runs_in_both_languages_and_prints_its_figures() {
    use lab_konkurensi::demos::threading::{self as th, ThreadingParams};
    for lang in Lang::ALL {
        let texts = Texts::load(lang);
        let text = |k: &str| texts.get(k);
        let presets = th::PRESETS.iter().map(|(name, p)| (*name, *p));
        for (name, p) in presets.chain([("default", ThreadingParams::default())]) {
            let out = python3(&th::python::program(&p, &text));
            let f = figures(&out);
            assert!(
                f.len() == 3 && f.iter().all(|x| *x > 0.0),
                "threading {name} {lang:?}: {out}"
            );
            let out = python3(&th::python::race_program(&p, &text));
            let expected = p.race_threads * p.race_n;
            assert!(
                out.starts_with(&format!("{expected} → ")),
                "race {name}: {out}"
            );
        }
    }
}

#[test]
fn every_multiprocessing_preset_runs_in_both_languages_and_prints_its_figures() {
    use lab_konkurensi::demos::multiprocessing::{self as mp, MultiprocessingParams};
    for lang in Lang::ALL {
        let texts = Texts::load(lang);
        let text = |k: &str| texts.get(k);
        let presets = mp::PRESETS.iter().map(|(name, p)| (*name, *p));
        for (name, p) in presets.chain([("default", MultiprocessingParams::default())]) {
            let out = python3(&mp::python::program(&p, &text));
            let f = figures(&out);
            assert!(
                f.len() == 3 && f.iter().all(|x| *x > 0.0),
                "multiprocessing {name} {lang:?}: {out}"
            );
        }
    }
}

#[test]
fn the_indonesian_programs_carry_no_english_comments() {
    use lab_konkurensi::demos::multiprocessing::{self as mp, Kernel, MultiprocessingParams};
    use lab_konkurensi::demos::threading::{self as th, ThreadingParams};
    let texts = Texts::load(Lang::Id);
    let text = |k: &str| texts.get(k);
    let th_p = ThreadingParams {
        jitter: 20,
        io_ms: 10,
        ..ThreadingParams::default()
    };
    let mut programs = vec![
        python::program(
            &AsyncioParams {
                jitter: 20,
                cpu_ms: 3,
                blocking: true,
                ..AsyncioParams::default()
            },
            &text,
        ),
        th::python::program(&th_p, &text),
        th::python::race_program(&th_p, &text),
    ];
    for kernel in [Kernel::Primes, Kernel::Hash, Kernel::Mandelbrot] {
        let p = MultiprocessingParams {
            kernel,
            jitter: 20,
            ..MultiprocessingParams::default()
        };
        programs.push(mp::python::program(&p, &text));
    }
    let english = [" the ", " is ", " needs ", " while ", "You ", "same as"];
    for py in programs {
        for line in py.lines().filter(|l| l.contains('#')) {
            let comment = &line[line.find('#').unwrap()..];
            assert!(
                !english.iter().any(|w| comment.contains(w)),
                "English comment in an Indonesian program: {line}"
            );
        }
    }
}

#[test]
fn the_seeded_helper_comes_after_main_and_says_it_need_not_be_read() {
    use lab_konkurensi::demos::threading::{python as th, ThreadingParams};
    let texts = Texts::load(Lang::Id);
    let p = ThreadingParams {
        jitter: 30,
        ..ThreadingParams::default()
    };
    let py = th::program(&p, &|k| texts.get(k));
    let main = py.find("def main():").unwrap();
    let helper = py.find("def jittered(").unwrap();
    assert!(main < helper, "{py}");
    assert!(py[..helper]
        .trim_end()
        .ends_with(&format!("# {}", texts.get("py-skip"))));
    assert!(
        !py[..main].contains("0x9E3779B97F4A7C15"),
        "no hex constants before main()"
    );
}

#[test]
fn the_threading_program_replays_the_pages_io_waits_and_cpu_jitter() {
    use lab_konkurensi::demos::threading::{python as th, ThreadingParams};
    let texts = Texts::load(Lang::En);
    let p = ThreadingParams {
        tasks: 12,
        io_ms: 30,
        cpu_ms: 40,
        jitter: 50,
        seed: 4,
        ..ThreadingParams::default()
    };
    let code = format!(
        "__name__ = 'lab'\n{}\nprint(repr(jittered(IO_MS, SEED)))\nprint(repr(jittered(CPU_MS, SEED + 1)))",
        th::program(&p, &|k| texts.get(k))
    );
    let out = python3(&code);
    let list = |v: Vec<f64>| {
        format!(
            "[{}]",
            v.iter()
                .map(|w| format!("{w:?}"))
                .collect::<Vec<_>>()
                .join(", ")
        )
    };
    let mut lines = out.lines();
    assert_eq!(lines.next(), Some(list(p.io_waits()).as_str()));
    assert_eq!(lines.next(), Some(list(p.cpu_times()).as_str()));
    assert!(code.contains("zip(io_waits, cpu_times)"));
}

#[test]
fn the_multiprocessing_program_draws_the_pages_durations() {
    use lab_konkurensi::demos::multiprocessing::{self as mp, MultiprocessingParams};
    let texts = Texts::load(Lang::Id);
    let p = MultiprocessingParams {
        tasks: 40,
        cpu_ms: 70,
        jitter: 35,
        seed: 11,
        ..MultiprocessingParams::default()
    };
    let code = format!(
        "__name__ = 'lab'\n{}\nprint(repr(jittered(CPU_MS, SEED)))",
        mp::python::program(&p, &|k| texts.get(k))
    );
    let rust: Vec<String> = p.durations().iter().map(|w| format!("{w:?}")).collect();
    assert_eq!(python3(&code).trim(), format!("[{}]", rust.join(", ")));
}

#[test]
fn the_mandelbrot_program_computes_the_pages_strips() {
    use lab_konkurensi::demos::multiprocessing::{self as mp, Kernel, MultiprocessingParams};
    use lab_konkurensi::model::kernels::{mandel_iter, Frame};
    let texts = Texts::load(Lang::En);
    for (tasks, pixels) in [(16u32, 20_000u64), (7, 5_001), (300, 9_000)] {
        let p = MultiprocessingParams {
            tasks,
            kernel: Kernel::Mandelbrot,
            ..MultiprocessingParams::default()
        };
        let code = format!(
            "__name__ = 'lab'\n{}\nw, h = frame_for_tasks({pixels})\nprint(w, h)\nprint(*[kernel((i, w, h)) for i in range(TASKS)])",
            mp::python::program(&p, &|k| texts.get(k))
        );
        let out = python3(&code);
        let frame = Frame::for_tasks(pixels, tasks);
        let strips: Vec<String> = (0..tasks as usize)
            .map(|i| {
                let (from, to) = frame.strip(i, tasks as usize);
                let sum: u64 = (from..to)
                    .flat_map(|y| {
                        (0..frame.width).map(move |x| u64::from(mandel_iter(frame, x, y)))
                    })
                    .sum();
                sum.to_string()
            })
            .collect();
        let mut lines = out.lines();
        assert_eq!(
            lines.next(),
            Some(format!("{} {}", frame.width, frame.height).as_str())
        );
        assert_eq!(
            lines.next(),
            Some(strips.join(" ").as_str()),
            "tasks {tasks}"
        );
    }
}
