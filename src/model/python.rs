//! Pieces shared by the generated Python programs.

/// A Python program being written line by line.
#[derive(Default)]
pub struct Source(String);

impl Source {
    /// A program that starts with the lab's header comment: demo name and how to run it.
    pub fn new(demo: &str, run_with: &str) -> Source {
        let mut src = Source::default();
        src.line(&format!("# Lab Konkurensi · {demo} · {run_with}"));
        src
    }

    pub fn line(&mut self, line: &str) {
        self.0.push_str(line);
        self.0.push('\n');
    }

    /// Several lines at once (a block written as one string).
    pub fn block(&mut self, block: &str) {
        for line in block.trim_end().lines() {
            self.line(line);
        }
    }

    /// The two blank lines PEP 8 puts between top-level definitions.
    pub fn gap(&mut self) {
        self.line("");
        self.line("");
    }

    pub fn finish(self) -> String {
        self.0
    }
}

/// `def calibrate()`: how many units of `call(units)` this machine's Python does per ms,
/// doubling from `start_units` until a run lasts 50 ms.
pub fn calibrate_fn(call: &str, start_units: u32, comment: &str) -> String {
    format!(
        "def calibrate():
    # {comment}
    units = {start_units}
    while True:
        start = time.perf_counter()
        {call}
        ms = (time.perf_counter() - start) * 1000
        if ms >= 50:
            return units / ms
        units *= 2
"
    )
}

/// Inside `main()`: time `serial` and then `parallel` (each a block of statements at one
/// level of indentation, filling `serial` and `parallel`), check they agree, and print both
/// times and the speedup. `labels` are f-string bodies: escape reader text with
/// [`f_string_text`] first.
pub fn compare_timings(serial: &str, parallel: &str, labels: [&str; 3]) -> String {
    let [one, many, speedup] = labels;
    format!(
        "    start = time.perf_counter()
{serial}
    one_ms = (time.perf_counter() - start) * 1000
    start = time.perf_counter()
{parallel}
    many_ms = (time.perf_counter() - start) * 1000
    assert parallel == serial
    print(f\"{one}: {{one_ms:.0f}} ms\")
    print(f\"{many}: {{many_ms:.0f}} ms\")
    print(f\"{speedup}: {{one_ms / many_ms:.2f}}×\")
"
    )
}

/// `def jittered(base_ms, seed)`: `TASKS` durations of `base_ms` ms ± `JITTER`, drawn with
/// the same SplitMix64 as [`crate::model::rng::jittered`], so the program replays the page's
/// workload exactly. Full of hex constants, so it goes below `main()`, after `skip`: a line in
/// the reader's language saying they need not read it.
pub fn jittered_fn(skip: &str) -> String {
    format!(
        "# {skip}
def jittered(base_ms, seed):
    mask, state, out = 2**64 - 1, seed, []
    for _ in range(TASKS):
        state = (state + 0x9E3779B97F4A7C15) & mask
        z = ((state ^ (state >> 30)) * 0xBF58476D1CE4E5B9) & mask
        z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & mask
        z ^= z >> 31
        factor = 1 + JITTER * (2 * ((z >> 11) / 2**53) - 1)
        out.append(math.floor(max(0.0, base_ms * factor) * 10 + 0.5) / 10)
    return out
"
    )
}

/// The tasks' durations as a Python expression: the page's jittered draw from `seed_expr`
/// when `jitter` is on (see [`jittered_fn`]), else `base_const` for every task.
pub fn durations_expr(base_const: &str, seed_expr: &str, jitter: u32) -> String {
    if jitter > 0 {
        format!("jittered({base_const}, {seed_expr})")
    } else {
        format!("[{base_const}] * TASKS")
    }
}

/// The `JITTER` and `SEED` constants, or nothing without jitter.
pub fn jitter_consts(jitter: u32, seed: u32) -> String {
    if jitter == 0 {
        return String::new();
    }
    format!(
        "JITTER = {}  # ±{jitter}%\nSEED = {seed}\n",
        super::numfmt::shortest(f64::from(jitter) / 100.0)
    )
}

/// Make a label safe inside a Python f-string literal.
pub fn f_string_text(s: &str) -> String {
    s.replace('\\', "\\\\")
        .replace('"', "\\\"")
        .replace('{', "{{")
        .replace('}', "}}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_cannot_break_the_string() {
        assert_eq!(f_string_text("a \"b\" {c}"), "a \\\"b\\\" {{c}}");
    }

    #[test]
    fn the_helper_says_it_need_not_be_read_and_durations_use_it_only_with_jitter() {
        let f = jittered_fn("skip me");
        assert!(f.starts_with("# skip me\ndef jittered(base_ms, seed):\n"));
        assert_eq!(
            durations_expr("IO_MS", "SEED + 1", 20),
            "jittered(IO_MS, SEED + 1)"
        );
        assert_eq!(durations_expr("IO_MS", "SEED", 0), "[IO_MS] * TASKS");
        assert_eq!(jitter_consts(30, 7), "JITTER = 0.3  # ±30%\nSEED = 7\n");
    }
}
