//! The Python program for the current parameters: runs unchanged with `python3` and prints
//! its elapsed time. Comments and printed labels come from the locale files through `text`.

use super::AsyncioParams;
use crate::model::python;

/// Text keys the program uses, for the locale completeness test.
pub const TEXT_KEYS: [&str; 8] = [
    "py-run-with",
    "py-same-waits",
    "py-skip",
    "py-cpu",
    "py-blocking",
    "py-done",
    "py-timed-out",
    "py-elapsed",
];

/// The program for `p`; `text(key)` gives a comment or label in the reader's language.
pub fn program(p: &AsyncioParams, text: &dyn Fn(&str) -> String) -> String {
    let mut py = python::Source::new("asyncio", &text("py-run-with"));
    py.line("import asyncio");
    if p.jitter > 0 {
        py.line("import math");
    }
    py.line("import time");
    py.line("");
    py.line(&format!("TASKS = {}", p.tasks));
    py.line(&format!("IO_MS = {}", p.io_ms));
    py.block(&python::jitter_consts(p.jitter, p.seed));
    if p.cpu_ms > 0 {
        py.line(&format!("CPU_MS = {}", p.cpu_ms));
    }
    if let Some(limit) = p.semaphore() {
        py.line(&format!("LIMIT = {limit}"));
    }
    if p.timeout_ms > 0 {
        py.line(&format!("TIMEOUT_MS = {}", p.timeout_ms));
    }
    py.gap();
    if p.cpu_ms > 0 {
        py.line("def cpu_work(ms):");
        py.line(&format!("    # {}", text("py-cpu")));
        py.line("    end = time.perf_counter() + ms / 1000");
        py.line("    while time.perf_counter() < end:");
        py.line("        pass");
        py.line("");
        py.line("");
    }
    let sem = p.semaphore().is_some();
    py.line(&format!(
        "async def task(wait_ms{}):",
        if sem { ", sem" } else { "" }
    ));
    let indent = if sem {
        py.line("    async with sem:");
        "        "
    } else {
        "    "
    };
    if p.blocking {
        py.line(&format!(
            "{indent}time.sleep(wait_ms / 1000)  # {}",
            text("py-blocking")
        ));
    } else {
        py.line(&format!("{indent}await asyncio.sleep(wait_ms / 1000)"));
    }
    if p.cpu_ms > 0 {
        py.line(&format!("{indent}cpu_work(CPU_MS)"));
    }
    py.gap();
    py.line("async def main():");
    if sem {
        py.line("    sem = asyncio.Semaphore(LIMIT)");
    }
    py.line(&format!(
        "    waits = {}  # {}",
        python::durations_expr("IO_MS", "SEED", p.jitter),
        text("py-same-waits")
    ));
    py.line("    start = time.perf_counter()");
    let call = if sem { "task(w, sem)" } else { "task(w)" };
    if p.timeout_ms > 0 {
        py.line(&format!(
            "    coros = [asyncio.wait_for({call}, TIMEOUT_MS / 1000) for w in waits]"
        ));
        py.line("    results = await asyncio.gather(*coros, return_exceptions=True)");
        py.line("    timed_out = sum(isinstance(r, asyncio.TimeoutError) for r in results)");
    } else {
        py.line(&format!(
            "    results = await asyncio.gather(*({call} for w in waits))"
        ));
        py.line("    timed_out = 0");
    }
    py.line("    elapsed_ms = (time.perf_counter() - start) * 1000");
    py.line(&format!(
        "    print(f\"{}: {{len(results) - timed_out}}, {}: {{timed_out}}\")",
        python::f_string_text(&text("py-done")),
        python::f_string_text(&text("py-timed-out"))
    ));
    py.line(&format!(
        "    print(f\"{}: {{elapsed_ms:.0f}} ms\")",
        python::f_string_text(&text("py-elapsed"))
    ));
    py.gap();
    if p.jitter > 0 {
        py.block(&python::jittered_fn(&text("py-skip")));
        py.gap();
    }
    py.line("if __name__ == \"__main__\":");
    py.line("    asyncio.run(main())");
    py.finish()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn keys(k: &str) -> String {
        format!("<{k}>")
    }

    #[test]
    fn the_program_says_what_the_parameters_say() {
        let p = AsyncioParams {
            limit: 5,
            timeout_ms: 300,
            ..AsyncioParams::default()
        };
        let py = program(&p, &keys);
        assert!(py.contains("asyncio.Semaphore(LIMIT)"));
        assert!(py.contains("asyncio.wait_for("));
        assert!(py.contains("await asyncio.sleep"));
        assert!(!py.contains("time.sleep(wait_ms"));
        let blocking = program(
            &AsyncioParams {
                blocking: true,
                ..p
            },
            &keys,
        );
        assert!(blocking.contains("time.sleep(wait_ms / 1000)"));
    }
}
