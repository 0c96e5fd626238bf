//! The reader's text, in Indonesian and English, from `locales/<lang>/main.ftl`.
//!
//! No sentence of prose lives in Rust source. The files are Fluent, and only the part of
//! Fluent they use is read here: comments, `key = text` messages over one or more indented
//! lines, and `{ $name }` arguments (plus `{ "…" }` literals, to write a brace). That subset
//! is all the pages need (numbers are formatted before they are passed in, see
//! [`crate::model::numfmt`], so there are no plurals or selectors), and reading it takes a few
//! hundred bytes of wasm instead of the Fluent crates' tens of kilobytes (issue 12). The native
//! tests keep the files valid Fluent and check that every message reads exactly as the
//! `fluent-bundle` crate formats it; anything outside the subset is an error of [`check`].

use std::collections::HashMap;

use crate::model::lang::Lang;
use crate::model::prose::{self, Block};

/// The source text of each language, for native builds (tests, the prerender step). The
/// browser app never calls this: it fetches the text as a file of the release (`ui::texts`),
/// so the wasm carries none of it (the linker drops what nothing calls).
pub fn source(lang: Lang) -> &'static str {
    match lang {
        Lang::Id => include_str!("../locales/id/main.ftl"),
        Lang::En => include_str!("../locales/en/main.ftl"),
    }
}

/// One language's messages, ready to format: each value with its lines joined and dedented,
/// arguments left as `{ $name }` for [`Texts::get_args`].
#[derive(Default)]
pub struct Texts {
    messages: HashMap<String, String>,
}

impl Texts {
    /// A language's messages from its compiled-in source (native builds and tests; see
    /// [`source`]).
    pub fn load(lang: Lang) -> Texts {
        Texts::parse(source(lang))
    }

    /// Messages from Fluent source text. A message outside the subset is left out (and named
    /// by [`check`], which the native tests run); the others are kept, so one typo never
    /// blanks the whole page.
    pub fn parse(source: &str) -> Texts {
        let mut messages = HashMap::new();
        for (id, value) in entries(source).into_iter().flatten() {
            messages.insert(id.to_string(), value);
        }
        Texts { messages }
    }

    /// Whether `key` exists.
    pub fn has(&self, key: &str) -> bool {
        self.messages.contains_key(key)
    }

    /// The text of `key`; a missing key shows as itself, which a test forbids.
    pub fn get(&self, key: &str) -> String {
        self.get_args(key, &[])
    }

    /// The text of `key` with named arguments, each already formatted for this language.
    /// A missing argument shows as `{$name}`, as Fluent shows it.
    pub fn get_args(&self, key: &str, args: &[(&str, String)]) -> String {
        let Some(value) = self.messages.get(key) else {
            return key.to_string();
        };
        let mut out = String::with_capacity(value.len());
        let mut rest = value.as_str();
        while let Some(open) = rest.find('{') {
            out.push_str(&rest[..open]);
            let after = &rest[open + 1..];
            let close = close_of(after).unwrap_or(after.len());
            match placeable(&after[..close]) {
                Some(Placeable::Var(name)) => match args.iter().find(|(n, _)| *n == name) {
                    Some((_, v)) => out.push_str(v),
                    None => {
                        out.push_str("{$");
                        out.push_str(name);
                        out.push('}');
                    }
                },
                Some(Placeable::Literal(text)) => out.push_str(&text),
                // Not reached: `parse` keeps only values whose placeables are good.
                None => {}
            }
            rest = after.get(close + 1..).unwrap_or("");
        }
        out.push_str(rest);
        out
    }

    /// The numbered prose blocks `<prefix>-1`, `<prefix>-2`, … until the first gap.
    pub fn prose(&self, prefix: &str) -> Vec<Block> {
        (1..)
            .map(|i| format!("{prefix}-{i}"))
            .take_while(|key| self.has(key))
            .map(|key| prose::block(&self.get(&key)))
            .collect()
    }
}

/// Every message id of a source, or what is wrong with it: a line outside the subset, a
/// placeable other than `{ $name }` or `{ "…" }`, a key defined twice.
pub fn check(source: &str) -> Result<Vec<String>, String> {
    let mut ids: Vec<String> = Vec::new();
    let mut seen = std::collections::HashSet::new();
    for entry in entries(source) {
        let (id, _) = entry?;
        if !seen.insert(id) {
            return Err(format!("{id} is defined twice"));
        }
        ids.push(id.to_string());
    }
    Ok(ids)
}

/// Every message id of a language's source, for the completeness tests.
#[cfg(not(target_arch = "wasm32"))]
pub fn message_ids(lang: Lang) -> Result<Vec<String>, String> {
    check(source(lang)).map_err(|e| format!("{}: {e}", lang.code()))
}

enum Placeable<'a> {
    Var(&'a str),
    Literal(String),
}

/// The inside of `{ … }`: `$name` or a string literal with `\"` and `\\` escapes.
fn placeable(inner: &str) -> Option<Placeable<'_>> {
    let inner = inner.trim_matches([' ', '\n']);
    if let Some(name) = inner.strip_prefix('$') {
        return is_identifier(name).then_some(Placeable::Var(name));
    }
    let body = inner.strip_prefix('"')?.strip_suffix('"')?;
    let mut text = String::new();
    let mut chars = body.chars();
    while let Some(c) = chars.next() {
        match c {
            '\\' => match chars.next()? {
                c @ ('"' | '\\') => text.push(c),
                _ => return None,
            },
            '"' => return None,
            c => text.push(c),
        }
    }
    Some(Placeable::Literal(text))
}

/// Where the placeable that `after` starts (just after its `{`) ends: its first `}` outside a
/// string literal.
fn close_of(after: &str) -> Option<usize> {
    let (mut in_string, mut escaped) = (false, false);
    for (i, c) in after.char_indices() {
        match c {
            _ if escaped => escaped = false,
            '\\' if in_string => escaped = true,
            '"' => in_string = !in_string,
            '}' if !in_string => return Some(i),
            _ => {}
        }
    }
    None
}

fn is_identifier(s: &str) -> bool {
    let mut bytes = s.bytes();
    bytes.next().is_some_and(|b| b.is_ascii_alphabetic())
        && bytes.all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
}

/// The messages of `source` in order: `(id, value)`, or why an entry is outside the subset.
fn entries(source: &str) -> Vec<Result<(&str, String), String>> {
    let lines: Vec<&str> = source
        .split('\n')
        .map(|l| l.strip_suffix('\r').unwrap_or(l))
        .collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < lines.len() {
        let line = lines[i];
        i += 1;
        if line.trim().is_empty() || line.starts_with('#') {
            continue;
        }
        let Some((id, first)) = line
            .split_once('=')
            .map(|(id, v)| (id.trim_end_matches(' '), v.trim_start_matches(' ')))
            .filter(|(id, _)| is_identifier(id))
        else {
            out.push(Err(format!("line {i}: not a message: {line}")));
            // Skip to the next line that starts an entry, as Fluent skips junk.
            while i < lines.len() && lines[i].starts_with(' ') {
                i += 1;
            }
            continue;
        };
        // The value's other lines: indented, or blank if an indented line follows.
        let mut block: Vec<&str> = Vec::new();
        let mut j = i;
        while j < lines.len() {
            let l = lines[j];
            if l.trim_matches(' ').is_empty() {
                j += 1;
                continue;
            }
            if !l.starts_with(' ') {
                break;
            }
            block.extend_from_slice(&lines[i..=j]);
            j += 1;
            i = j;
        }
        out.push(
            value(first, &block)
                .map(|v| (id, v))
                .map_err(|e| format!("{id}: {e}")),
        );
    }
    out
}

/// A message's value from its first line (after `=`) and its indented lines: the lines'
/// common indent removed, joined with newlines, trailing blanks trimmed.
fn value(first: &str, block: &[&str]) -> Result<String, String> {
    let indent = block
        .iter()
        .filter(|l| !l.trim_matches(' ').is_empty())
        .map(|l| l.len() - l.trim_start_matches(' ').len())
        .min()
        .unwrap_or(0);
    let mut parts: Vec<&str> = Vec::new();
    if !first.is_empty() {
        parts.push(first);
    }
    for l in block {
        let text = l.get(indent..).unwrap_or("");
        if matches!(text.chars().next(), Some('[' | '*' | '.' | '}')) {
            return Err(format!(
                "a line may not start with «{text}» (variants and attributes are not read)"
            ));
        }
        // Blank lines before the first text are not part of the value.
        if parts.is_empty() && text.is_empty() {
            continue;
        }
        parts.push(text);
    }
    let mut text = parts.join("\n");
    // As Fluent trims its last text element (a trailing placeable's literal is inside `}`).
    text.truncate(text.trim_end().len());
    // Every brace must open a placeable this module reads.
    let mut rest = text.as_str();
    while let Some(open) = rest.find(['{', '}']) {
        if rest[open..].starts_with('}') {
            return Err("a `}` outside a placeable".into());
        }
        let after = &rest[open + 1..];
        let close = close_of(after).ok_or("an unclosed `{`")?;
        if placeable(&after[..close]).is_none() {
            return Err(format!(
                "{{{}}} is not read (only {{ $name }} and {{ \"…\" }})",
                &after[..close]
            ));
        }
        rest = &after[close + 1..];
    }
    if text.is_empty() {
        return Err("no value".into());
    }
    Ok(text)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn one(src: &str) -> String {
        let texts = Texts::parse(src);
        texts.get("k")
    }

    #[test]
    fn values_over_several_lines_are_joined_and_dedented() {
        assert_eq!(one("k = a b  \n"), "a b");
        assert_eq!(one("k =\n    a\n      b\n    c\n"), "a\n  b\nc");
        assert_eq!(one("k = a\n    b\n\n    c\n\n\nx = y"), "a\nb\n\nc");
        assert_eq!(one("# c\nk=a\n# d\n"), "a");
        assert_eq!(one("k = a\r\n  b\r\n"), "a\nb");
    }

    #[test]
    fn arguments_and_literals_are_placed() {
        let t = Texts::parse("k = { $n } of {$m}, {\"{\"}x{ \"}\" }\n");
        assert_eq!(
            t.get_args("k", &[("n", "1".into()), ("m", "2".into())]),
            "1 of 2, {x}"
        );
        assert_eq!(t.get("k"), "{$n} of {$m}, {x}");
        assert_eq!(t.get("missing"), "missing");
    }

    #[test]
    fn constructs_outside_the_subset_are_errors_and_left_out() {
        for src in [
            "k = { $n ->\n    [one] a\n   *[other] b\n}\n",
            "-term = a\n",
            "k = a\n    .attr = b\n",
            "k = { other-message }\n",
            "k = { NUMBER($n) }\n",
            "k = a }\n",
            "k = { $n\n",
            "k =\n",
        ] {
            assert!(check(src).is_err(), "{src:?}");
            assert!(!Texts::parse(src).has("k"), "{src:?}");
        }
        assert!(check("k = a\nk = b\n").is_err(), "a key twice");
        assert_eq!(check("a = 1\n# c\nb = 2\n").unwrap(), ["a", "b"]);
    }

    #[test]
    fn a_bad_entry_does_not_take_the_others_with_it() {
        let t = Texts::parse("a = 1\n-t = x\n    y\nb = 2\nk = { $n ->\n   *[o] c\n}\nc = 3\n");
        assert_eq!(
            (t.get("a"), t.get("b"), t.get("c")),
            ("1".into(), "2".into(), "3".into())
        );
    }
}
