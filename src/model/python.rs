//! Pieces shared by the generated Python programs.

/// A Python function `name()` returning `count_const` durations of `base_const` ms ± `JITTER`,
/// drawn with the same SplitMix64 as [`crate::model::rng::jittered`]: the program replays the
/// page's workload exactly. `comment` is a line in the reader's language.
pub fn jittered_fn(name: &str, base_const: &str, count_const: &str, comment: &str) -> String {
    format!(
        "def {name}():
    # {comment}
    mask, state, out = 2**64 - 1, SEED, []
    for _ in range({count_const}):
        state = (state + 0x9E3779B97F4A7C15) & mask
        z = ((state ^ (state >> 30)) * 0xBF58476D1CE4E5B9) & mask
        z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & mask
        z ^= z >> 31
        factor = 1 + JITTER * (2 * ((z >> 11) / 2**53) - 1)
        out.append(math.floor(max(0.0, {base_const} * factor) * 10 + 0.5) / 10)
    return out
"
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
    fn the_function_is_named_and_sized_as_asked() {
        let f = jittered_fn("waits", "IO_MS", "TASKS", "same");
        assert!(f.starts_with("def waits():\n    # same\n"));
        assert!(f.contains("range(TASKS)") && f.contains("IO_MS * factor"));
    }
}
