//! The small markup of the explanation text in the locale files.
//!
//! Each numbered locale key (`asyncio-prose-1`, `-2`, …) is one block:
//! - `## Title` is a heading;
//! - lines that start with `- ` are a list;
//! - anything else is a paragraph.
//!
//! Inside a block: `` `code` ``, `_term_` (an English term in italics, as the glossary asks)
//! and `**strong**`, and `[words](#/page)`, a link to another page of the app (only `#/`
//! links: the prose never sends a reader off the site). An unclosed marker is kept as plain text, so a typo in a locale file
//! shows up on the page instead of swallowing the rest of the sentence.
//!
//! `_` is used for italics rather than `*` because a Fluent continuation line may not start
//! with `*`.

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Block {
    Heading(Vec<Inline>),
    Paragraph(Vec<Inline>),
    List(Vec<Vec<Inline>>),
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Inline {
    Text(String),
    Code(String),
    Term(String),
    Strong(String),
    /// A link to a page of the app: the words, and the `#/…` target.
    Link(String, String),
}

/// Parse one block of locale text.
pub fn block(text: &str) -> Block {
    let text = text.trim();
    if let Some(title) = text.strip_prefix("## ") {
        return Block::Heading(inline(title.trim()));
    }
    let lines: Vec<&str> = text
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect();
    if !lines.is_empty() && lines.iter().all(|l| l.starts_with("- ")) {
        return Block::List(lines.iter().map(|l| inline(&l[2..])).collect());
    }
    Block::Paragraph(inline(&lines.join(" ")))
}

/// Parse inline markers in one line of text.
pub fn inline(text: &str) -> Vec<Inline> {
    let mut out = Vec::new();
    let mut plain = String::new();
    let mut rest = text;
    while let Some(c) = rest.chars().next() {
        if let Some((words, href, len)) = link(rest) {
            if !plain.is_empty() {
                out.push(Inline::Text(std::mem::take(&mut plain)));
            }
            out.push(Inline::Link(words.to_string(), href.to_string()));
            rest = &rest[len..];
            continue;
        }
        let marker = match c {
            '`' => Some(("`", Inline::Code as fn(String) -> Inline)),
            '*' if rest.starts_with("**") => Some(("**", Inline::Strong as fn(String) -> Inline)),
            // `_` only opens a term at a word start, so snake_case names stay intact.
            '_' if plain.is_empty() || !plain.ends_with(is_word_char) => {
                Some(("_", Inline::Term as fn(String) -> Inline))
            }
            _ => None,
        };
        if let Some((mark, make)) = marker {
            let body = &rest[mark.len()..];
            if let Some(end) = find(body, mark).filter(|&e| e > 0) {
                if !plain.is_empty() {
                    out.push(Inline::Text(std::mem::take(&mut plain)));
                }
                out.push(make(body[..end].to_string()));
                rest = &body[end + mark.len()..];
                continue;
            }
        }
        plain.push(c);
        rest = &rest[c.len_utf8()..];
    }
    if !plain.is_empty() {
        out.push(Inline::Text(plain));
    }
    out
}

/// `[words](#/target)` at the start of `text`: the words, the target and its length.
/// Where `needle` first starts in `text`: a plain search over short texts, so the wasm need
/// not carry std's two-way substring searcher for it (issue 12).
fn find(text: &str, needle: &str) -> Option<usize> {
    let n = needle.as_bytes();
    text.as_bytes().windows(n.len().max(1)).position(|w| w == n)
}

/// Whether `c` is part of a word, for the `_term_` rule: ASCII letters and digits, and the
/// Latin letters of U+00C0–U+024F (é, ñ, ā…). Not `char::is_alphanumeric`, whose Unicode
/// tables cost the wasm several KB; a test checks it agrees on every character of the
/// locale files.
fn is_word_char(c: char) -> bool {
    c.is_ascii_alphanumeric() || matches!(c, 'À'..='ɏ' if c != '×' && c != '÷')
}

fn link(text: &str) -> Option<(&str, &str, usize)> {
    let body = text.strip_prefix('[')?;
    let close = find(body, "](#/")?;
    let words = &body[..close];
    let after = &body[close + 2..];
    let end = after.find(')')?;
    let href = &after[..end];
    let ok = !words.is_empty()
        && !words.contains(['[', ']'])
        && href.chars().all(|c| c.is_ascii_graphic() && c != '(');
    ok.then_some((words, href, 1 + close + 2 + end + 1))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(s: &str) -> Inline {
        Inline::Text(s.into())
    }

    #[test]
    fn headings_lists_and_paragraphs() {
        assert_eq!(block("## Apa itu?"), Block::Heading(vec![text("Apa itu?")]));
        assert_eq!(
            block("- satu\n- dua"),
            Block::List(vec![vec![text("satu")], vec![text("dua")]])
        );
        assert_eq!(block("a\nb"), Block::Paragraph(vec![text("a b")]));
    }

    #[test]
    fn inline_markers() {
        assert_eq!(
            inline("pakai `await` untuk _event loop_ dan **jangan** blokir"),
            vec![
                text("pakai "),
                Inline::Code("await".into()),
                text(" untuk "),
                Inline::Term("event loop".into()),
                text(" dan "),
                Inline::Strong("jangan".into()),
                text(" blokir"),
            ]
        );
    }

    #[test]
    fn links_go_only_to_pages_of_the_app() {
        assert_eq!(
            inline("lihat [halaman threading](#/threading) dulu"),
            vec![
                text("lihat "),
                Inline::Link("halaman threading".into(), "#/threading".into()),
                text(" dulu"),
            ]
        );
        assert_eq!(
            inline("[x](https://example.com)"),
            vec![text("[x](https://example.com)")]
        );
        assert_eq!(inline("[x](#/a"), vec![text("[x](#/a")]);
    }

    #[test]
    fn snake_case_and_unclosed_markers_stay_text() {
        assert_eq!(inline("io_ms dan cpu_ms"), vec![text("io_ms dan cpu_ms")]);
        assert_eq!(inline("a `b"), vec![text("a `b")]);
        assert_eq!(inline("2 * 3 = 6"), vec![text("2 * 3 = 6")]);
        assert_eq!(
            inline("ünï `ç`"),
            vec![text("ünï "), Inline::Code("ç".into())]
        );
    }

    #[test]
    fn word_chars_agree_with_unicode_on_every_locale_character() {
        use crate::model::lang::Lang;
        for lang in [Lang::Id, Lang::En] {
            for c in crate::i18n::source(lang).chars() {
                assert_eq!(
                    is_word_char(c),
                    c.is_alphanumeric(),
                    "{c:?} in {}",
                    lang.code()
                );
            }
        }
        for c in ['é', 'ñ', 'Ā', 'ɏ'] {
            assert!(is_word_char(c), "{c:?}");
        }
        for c in ['×', '÷', '—', '«', '_', ' '] {
            assert!(!is_word_char(c), "{c:?}");
        }
    }
}
