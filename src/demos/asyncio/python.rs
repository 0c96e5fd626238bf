//! The Python program for the current parameters: runs unchanged with `python3` and prints
//! its elapsed time. Comments and printed labels come from the locale files through `text`.

use super::AsyncioParams;

/// Text keys the program uses, for the locale completeness test.
pub const TEXT_KEYS: [&str; 7] = [
    "py-run-with",
    "py-same-waits",
    "py-cpu",
    "py-blocking",
    "py-done",
    "py-timed-out",
    "py-elapsed",
];

/// The program for `p`; `text(key)` gives a comment or label in the reader's language.
pub fn program(p: &AsyncioParams, text: &dyn Fn(&str) -> String) -> String {
    let mut py = String::new();
    let mut line = |s: &str| {
        py.push_str(s);
        py.push('\n');
    };
    line(&format!(
        "# Lab Konkurensi · asyncio · {}",
        text("py-run-with")
    ));
    line("import asyncio");
    if p.jitter > 0 {
        line("import math");
    }
    line("import time");
    line("");
    line(&format!("TASKS = {}", p.tasks));
    line(&format!("IO_MS = {}", p.io_ms));
    if p.jitter > 0 {
        line(&format!(
            "JITTER = {}  # ± {} %",
            f64::from(p.jitter) / 100.0,
            p.jitter
        ));
        line(&format!("SEED = {}", p.seed));
    }
    if p.cpu_ms > 0 {
        line(&format!("CPU_MS = {}", p.cpu_ms));
    }
    if let Some(limit) = p.semaphore() {
        line(&format!("LIMIT = {limit}"));
    }
    if p.timeout_ms > 0 {
        line(&format!("TIMEOUT_MS = {}", p.timeout_ms));
    }
    line("");
    line("");
    line("def waits():");
    if p.jitter > 0 {
        line(&format!("    # {}", text("py-same-waits")));
        line("    mask, state, out = 2**64 - 1, SEED, []");
        line("    for _ in range(TASKS):");
        line("        state = (state + 0x9E3779B97F4A7C15) & mask");
        line("        z = ((state ^ (state >> 30)) * 0xBF58476D1CE4E5B9) & mask");
        line("        z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & mask");
        line("        z ^= z >> 31");
        line("        factor = 1 + JITTER * (2 * ((z >> 11) / 2**53) - 1)");
        line("        out.append(math.floor(max(0.0, IO_MS * factor) * 10 + 0.5) / 10)");
        line("    return out");
    } else {
        line("    return [IO_MS] * TASKS");
    }
    line("");
    line("");
    if p.cpu_ms > 0 {
        line("def cpu_work(ms):");
        line(&format!("    # {}", text("py-cpu")));
        line("    end = time.perf_counter() + ms / 1000");
        line("    while time.perf_counter() < end:");
        line("        pass");
        line("");
        line("");
    }
    let sem = p.semaphore().is_some();
    line(&format!(
        "async def task(wait_ms{}):",
        if sem { ", sem" } else { "" }
    ));
    let indent = if sem {
        line("    async with sem:");
        "        "
    } else {
        "    "
    };
    if p.blocking {
        line(&format!(
            "{indent}time.sleep(wait_ms / 1000)  # {}",
            text("py-blocking")
        ));
    } else {
        line(&format!("{indent}await asyncio.sleep(wait_ms / 1000)"));
    }
    if p.cpu_ms > 0 {
        line(&format!("{indent}cpu_work(CPU_MS)"));
    }
    line("");
    line("");
    line("async def main():");
    if sem {
        line("    sem = asyncio.Semaphore(LIMIT)");
    }
    line("    start = time.perf_counter()");
    let call = if sem { "task(w, sem)" } else { "task(w)" };
    if p.timeout_ms > 0 {
        line(&format!(
            "    coros = [asyncio.wait_for({call}, TIMEOUT_MS / 1000) for w in waits()]"
        ));
        line("    results = await asyncio.gather(*coros, return_exceptions=True)");
        line("    timed_out = sum(isinstance(r, asyncio.TimeoutError) for r in results)");
    } else {
        line(&format!(
            "    results = await asyncio.gather(*({call} for w in waits()))"
        ));
        line("    timed_out = 0");
    }
    line("    elapsed_ms = (time.perf_counter() - start) * 1000");
    line(&format!(
        "    print(f\"{}: {{len(results) - timed_out}}, {}: {{timed_out}}\")",
        py_text(&text("py-done")),
        py_text(&text("py-timed-out"))
    ));
    line(&format!(
        "    print(f\"{}: {{elapsed_ms:.0f}} ms\")",
        py_text(&text("py-elapsed"))
    ));
    line("");
    line("");
    line("if __name__ == \"__main__\":");
    line("    asyncio.run(main())");
    py
}

/// Make a label safe inside a Python f-string literal.
fn py_text(s: &str) -> String {
    s.replace('\\', "\\\\")
        .replace('"', "\\\"")
        .replace('{', "{{")
        .replace('}', "}}")
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

    #[test]
    fn labels_cannot_break_the_string() {
        assert_eq!(py_text("a \"b\" {c}"), "a \\\"b\\\" {{c}}");
    }
}
