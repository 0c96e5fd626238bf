//! Share links: `<site>/#/<page>?v=1&<param>=<value>&…&lang=<id|en>`.
//!
//! The whole state of a demo lives after the `#`, so a link works on any static host
//! without rewrite rules. Decoding never fails: whatever a link holds, the reader gets a
//! page with valid parameters and a list of [`LinkNotice`]s saying what was ignored or
//! adjusted. Encoding writes every parameter, so a link keeps meaning the same workload
//! even if a default changes later.
//!
//! A link is untrusted input, and anyone can send one that is megabytes long: every
//! unknown key used to become one line on the page, and 200,000 of them froze the tab for
//! 15 s. So what a link can cost is bounded before anything is decoded or shown:
//! - [`MAX_LINK_BYTES`] (8 KiB): only the start of a longer link is read, cut back to the
//!   last whole `key=value` pair so a half-written value is never used;
//! - [`MAX_PAIRS`] (64 pieces, `v` and `lang` included): the scan stops at the 65th;
//! - [`MAX_NOTICE_LINES`](super::notice::MAX_NOTICE_LINES) (5): the page lists at most that
//!   many notices and counts the rest in one line ([`notice_lines`](super::notice::notice_lines)).
//!
//! The longest link this app writes (threading, every parameter) is about 160 bytes and
//! 13 pairs, so no link of ours comes near either bound. Each cut is itself a typed notice
//! ([`LinkNotice::TooLong`], [`LinkNotice::TooManyParams`]), listed first. The work done is
//! linear in the bytes read, never in the length of the link: a 10 MB link costs what its
//! first 8 KiB cost.

use super::lang::Lang;
use super::page::Page;
use super::params::{ParamSpec, Params, Parsed};

pub use super::notice::LinkNotice;

/// The link format version written as `v=1`.
pub const VERSION: &str = "1";

/// Keys every page understands; all others belong to the page's own parameters.
const GLOBAL_KEYS: [&str; 2] = ["v", "lang"];

/// Longest piece of a bad link repeated back to the reader, in characters.
const MAX_ECHO: usize = 40;

/// Most bytes of a link that are read; the rest is ignored with a notice. The browser hands
/// over `location.hash` percent-encoded, so for a real link bytes are characters.
pub const MAX_LINK_BYTES: usize = 8 * 1024;

/// Most `key=value` pieces of a link that are read, `v` and `lang` included.
pub const MAX_PAIRS: usize = 64;

/// A link taken apart: which page, which language, and the page's raw parameters.
#[derive(Clone, Debug, PartialEq)]
pub struct ShareLink {
    pub page: Page,
    /// `None` when the link does not say; the reader's saved choice applies then.
    pub lang: Option<Lang>,
    /// The page's own `key=value` pairs, percent-decoded, in link order.
    pub pairs: Vec<(String, String)>,
}

impl ShareLink {
    /// Parse the part of the location after `#` (with or without the `#`). Never panics,
    /// and reads at most [`MAX_LINK_BYTES`] bytes and [`MAX_PAIRS`] pieces of it.
    pub fn parse(hash: &str) -> (ShareLink, Vec<LinkNotice>) {
        let hash = hash.strip_prefix('#').unwrap_or(hash);
        let mut notices = Vec::new();
        let hash = match bounded(hash) {
            Some(read) => {
                notices.push(LinkNotice::TooLong { read: read.len() });
                read
            }
            None => hash,
        };
        let (path, query) = hash.split_once('?').unwrap_or((hash, ""));
        let page = Page::from_slug(&percent_decode(path)).unwrap_or_else(|| {
            notices.push(LinkNotice::UnknownPage {
                given: echo(&percent_decode(path)),
            });
            Page::Beranda
        });
        let mut lang = None;
        let mut pairs = Vec::new();
        let mut pieces = query.split('&').filter(|p| !p.is_empty());
        for piece in pieces.by_ref().take(MAX_PAIRS) {
            let (key, value) = piece.split_once('=').unwrap_or((piece, ""));
            let (key, value) = (percent_decode(key), percent_decode(value));
            match key.as_str() {
                "v" if value.trim() != VERSION => notices.push(LinkNotice::UnknownVersion {
                    given: echo(&value),
                }),
                "v" => {}
                "lang" => match Lang::from_code(&value) {
                    Some(l) => lang = Some(l),
                    None => notices.push(LinkNotice::UnknownLang {
                        given: echo(&value),
                    }),
                },
                _ => pairs.push((key, value)),
            }
        }
        // Looks at one more piece only, so the scan still stops here.
        if pieces.next().is_some() {
            notices.push(LinkNotice::TooManyParams { read: MAX_PAIRS });
        }
        (ShareLink { page, lang, pairs }, notices)
    }

    /// Decode the page's parameters, starting from their defaults.
    pub fn params<P: Params>(&self) -> (P, Vec<LinkNotice>) {
        decode_params(&self.pairs)
    }

    /// The link for `page` with `params` in `lang`, as the part after `#`'s position (`#/…`).
    pub fn to_hash<P: Params>(page: Page, params: &P, lang: Lang) -> String {
        let values: Vec<f64> = P::SPECS
            .iter()
            .map(|s| params.get(s.key).unwrap_or_default())
            .collect();
        ShareLink::to_hash_of(page, P::SPECS, &values, lang)
    }

    /// [`ShareLink::to_hash`] from the parameters' values in `specs` order (one copy of the
    /// code for every parameter type).
    pub fn to_hash_of(page: Page, specs: &[ParamSpec], values: &[f64], lang: Lang) -> String {
        let mut out = format!("#/{}?v={VERSION}", page.slug());
        for (spec, &value) in specs.iter().zip(values) {
            out.push('&');
            out.push_str(spec.key);
            out.push('=');
            out.push_str(&percent_encode(&spec.format(value)));
        }
        out.push_str("&lang=");
        out.push_str(lang.code());
        out
    }

    /// The same link in another language: used by the language toggle, which must not
    /// lose the parameters of the page the reader is on.
    pub fn with_lang(hash: &str, lang: Lang) -> String {
        let hash = hash.strip_prefix('#').unwrap_or(hash);
        let (path, query) = hash.split_once('?').unwrap_or((hash, ""));
        let mut kept: Vec<&str> = query
            .split('&')
            .filter(|p| !p.is_empty() && p.split('=').next() != Some("lang"))
            .collect();
        let lang_pair = format!("lang={}", lang.code());
        kept.push(&lang_pair);
        let path = if path.is_empty() { "/" } else { path };
        format!("#{path}?{}", kept.join("&"))
    }
}

/// Decode typed parameters from raw pairs; the last occurrence of a key wins.
///
/// Pairs from [`ShareLink::parse`] are already within the bounds; any other caller gets the
/// same bounds here: at most [`MAX_PAIRS`] pairs and [`MAX_LINK_BYTES`] bytes (counted as
/// written in a link, `key=value&`) are decoded, and a cut is a notice.
pub fn decode_params<P: Params>(pairs: &[(String, String)]) -> (P, Vec<LinkNotice>) {
    let mut params = P::default();
    let notices = decode_into(P::SPECS, pairs, &mut |key, value| params.set(key, value));
    (params, notices)
}

/// [`decode_params`] as values in `specs` order, starting from `defaults` (one copy of the
/// code for every parameter type): the same values as `to_values(&decode_params::<P>(…).0)`.
pub fn decode_values(
    specs: &'static [ParamSpec],
    defaults: &[f64],
    pairs: &[(String, String)],
) -> (Vec<f64>, Vec<LinkNotice>) {
    let mut values = defaults.to_vec();
    let notices = decode_into(specs, pairs, &mut |key, value| {
        if let Some((spec, v)) = specs.iter().zip(&mut values).find(|(s, _)| s.key == key) {
            *v = spec.normalize(value);
        }
    });
    (values, notices)
}

/// [`decode_params`] for any parameter type: each accepted value goes to `set`.
fn decode_into(
    specs: &'static [ParamSpec],
    pairs: &[(String, String)],
    set: &mut dyn FnMut(&'static str, f64),
) -> Vec<LinkNotice> {
    let mut notices = Vec::new();
    let mut read = 0;
    for (i, (key, raw)) in pairs.iter().enumerate() {
        if i == MAX_PAIRS {
            notices.push(LinkNotice::TooManyParams { read: i });
            break;
        }
        let size = key.len() + raw.len() + 2;
        if read + size > MAX_LINK_BYTES {
            notices.push(LinkNotice::TooLong { read });
            break;
        }
        read += size;
        if GLOBAL_KEYS.contains(&key.as_str()) {
            continue;
        }
        let Some(spec) = specs.iter().find(|s| s.key == key) else {
            notices.push(LinkNotice::UnknownKey { key: echo(key) });
            continue;
        };
        let key = spec.key.to_string();
        let given = echo(raw);
        match spec.parse(raw) {
            Parsed::Exact(v) => set(spec.key, v),
            Parsed::Clamped(v) => {
                set(spec.key, v);
                let used = spec.format(v);
                notices.push(LinkNotice::Clamped { key, given, used });
            }
            Parsed::Rounded(v) => {
                set(spec.key, v);
                let used = spec.format(v);
                notices.push(LinkNotice::Rounded { key, given, used });
            }
            Parsed::Invalid => notices.push(LinkNotice::Invalid { key, given }),
        }
    }
    notices
}

/// The start of a link longer than [`MAX_LINK_BYTES`], ending after its last whole piece;
/// `None` when the link is short enough to read whole.
fn bounded(hash: &str) -> Option<&str> {
    if hash.len() <= MAX_LINK_BYTES {
        return None;
    }
    let mut end = MAX_LINK_BYTES;
    while !hash.is_char_boundary(end) {
        end -= 1;
    }
    let (head, tail) = hash.split_at(end);
    // A piece that runs past the cut is dropped whole: `tasks=10000` cut to `tasks=10`
    // would quietly run another workload. Only the query is cut by pieces; a cut inside
    // the page's path leaves an unknown page, which is noticed anyway.
    let Some(query) = head.find('?') else {
        return Some(head);
    };
    if tail.starts_with('&') {
        return Some(head);
    }
    Some(match head[query..].rfind('&') {
        Some(at) => &head[..query + at],
        None => &head[..=query],
    })
}

/// Repeat a piece of a link back to the reader, cut short if it is long.
fn echo(s: &str) -> String {
    let mut out: String = s.chars().take(MAX_ECHO).collect();
    // `nth` stops after MAX_ECHO characters; a count would walk the whole string.
    if s.chars().nth(MAX_ECHO).is_some() {
        out.push('…');
    }
    out
}

/// `%XX` and `+` decoding; malformed escapes stay as written, bad UTF-8 becomes U+FFFD.
pub fn percent_decode(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'%' if i + 2 < bytes.len() => {
                // Two hex digits exactly: `from_str_radix` alone would also take "+1".
                let hex = (bytes[i + 1].is_ascii_hexdigit() && bytes[i + 2].is_ascii_hexdigit())
                    .then(|| std::str::from_utf8(&bytes[i + 1..i + 3]).ok())
                    .flatten()
                    .and_then(|h| u8::from_str_radix(h, 16).ok());
                match hex {
                    Some(b) => {
                        out.push(b);
                        i += 3;
                    }
                    None => {
                        out.push(b'%');
                        i += 1;
                    }
                }
            }
            b'+' => {
                out.push(b' ');
                i += 1;
            }
            b => {
                out.push(b);
                i += 1;
            }
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// Escape everything but unreserved characters, so a value can never break the link.
pub fn percent_encode(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.' | b'~') {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::params::{Kind, Params};

    crate::params! {
        /// A small parameter set for the codec's own tests.
        pub struct Demo {
            tasks: u32 = 10 => Kind::int(1, 100_000),
            io_ms: u32 = 100 => Kind::int(0, 10_000),
            switch_ms: f64 = 5.0 => Kind::decimal(0.5, 100.0, 0.5),
            gil: bool = true => Kind::Toggle,
        }
    }

    #[test]
    fn a_link_names_page_version_params_and_lang() {
        let p = Demo {
            tasks: 20,
            ..Demo::default()
        };
        assert_eq!(
            ShareLink::to_hash(Page::Asyncio, &p, Lang::En),
            "#/asyncio?v=1&tasks=20&io_ms=100&switch_ms=5&gil=1&lang=en"
        );
    }

    #[test]
    fn a_malformed_link_clamps_ignores_and_says_so() {
        let (link, notices) = ShareLink::parse("#/asyncio?tasks=1e99&io_ms=-5&foo=bar&gil=abc");
        assert_eq!(link.page, Page::Asyncio);
        assert!(notices.is_empty());
        let (p, notices) = link.params::<Demo>();
        assert_eq!(p.tasks, 100_000);
        assert_eq!(p.io_ms, 0);
        assert!(p.gil, "an unparsable value keeps the default");
        assert_eq!(notices.len(), 4);
        assert!(notices.contains(&LinkNotice::UnknownKey { key: "foo".into() }));
        assert!(notices.contains(&LinkNotice::Clamped {
            key: "io_ms".into(),
            given: "-5".into(),
            used: "0".into()
        }));
    }

    #[test]
    fn unparsable_values_keep_defaults() {
        let (link, _) = ShareLink::parse("#/asyncio?tasks=abc");
        let (p, notices) = link.params::<Demo>();
        assert_eq!(p.tasks, Demo::default().tasks);
        assert_eq!(
            notices,
            vec![LinkNotice::Invalid {
                key: "tasks".into(),
                given: "abc".into()
            }]
        );
    }

    #[test]
    fn page_version_and_lang_problems_are_noticed() {
        let (link, notices) = ShareLink::parse("#/gevent?v=9&lang=fr");
        assert_eq!(link.page, Page::Beranda);
        assert_eq!(link.lang, None);
        assert_eq!(notices.len(), 3);
        let (link, notices) = ShareLink::parse("");
        assert_eq!((link.page, notices.len()), (Page::Beranda, 0));
    }

    #[test]
    fn the_lang_toggle_keeps_the_parameters() {
        assert_eq!(
            ShareLink::with_lang("#/threading?v=1&gil=0&lang=id", Lang::En),
            "#/threading?v=1&gil=0&lang=en"
        );
        assert_eq!(ShareLink::with_lang("", Lang::En), "#/?lang=en");
    }

    #[test]
    fn a_long_link_is_cut_after_its_last_whole_pair() {
        let filler = "x".repeat(MAX_LINK_BYTES);
        let hash = format!("#/asyncio?tasks=20&pad={filler}&io_ms=5");
        let (link, notices) = ShareLink::parse(&hash);
        assert_eq!(link.page, Page::Asyncio);
        assert_eq!(link.pairs, vec![("tasks".into(), "20".into())]);
        assert_eq!(notices, vec![LinkNotice::TooLong { read: 17 }]);
        // A value running past the cut is not read as a shorter number.
        let digits = "9".repeat(MAX_LINK_BYTES);
        let (link, _) = ShareLink::parse(&format!("#/asyncio?tasks={digits}"));
        assert!(link.pairs.is_empty(), "{:?}", link.pairs);
        // A cut on a piece boundary keeps the piece before it.
        let pad = "x".repeat(MAX_LINK_BYTES - "/asyncio?a=".len());
        let (link, _) = ShareLink::parse(&format!("#/asyncio?a={pad}&b=1"));
        assert_eq!(link.pairs.len(), 1);
        // Multi-byte characters are cut on a character boundary, never through one.
        let (link, notices) = ShareLink::parse(&"é".repeat(MAX_LINK_BYTES));
        assert_eq!(link.page, Page::Beranda);
        assert_eq!(
            notices[0],
            LinkNotice::TooLong {
                read: MAX_LINK_BYTES
            }
        );
    }

    #[test]
    fn a_link_with_too_many_pairs_reads_the_first_ones() {
        let query: Vec<String> = (0..MAX_PAIRS).map(|i| format!("k{i}=1")).collect();
        let hash = format!("#/asyncio?{}", query.join("&"));
        let (link, notices) = ShareLink::parse(&hash);
        assert_eq!((link.pairs.len(), notices.len()), (MAX_PAIRS, 0));
        let (link, notices) = ShareLink::parse(&format!("{hash}&tasks=5&lang=en"));
        assert_eq!(link.pairs.len(), MAX_PAIRS);
        assert_eq!(link.lang, None, "the 66th piece is not read");
        assert_eq!(notices, vec![LinkNotice::TooManyParams { read: MAX_PAIRS }]);
        // Empty pieces (`&&`) are skipped, not counted.
        let (link, notices) = ShareLink::parse(&format!("{}&&&", hash.replace('&', "&&")));
        assert_eq!((link.pairs.len(), notices.len()), (MAX_PAIRS, 0));
    }

    #[test]
    fn decode_params_bounds_pairs_from_any_caller() {
        let many: Vec<(String, String)> = (0..1000)
            .map(|i| (format!("k{i}"), String::new()))
            .chain([("tasks".to_string(), "7".to_string())])
            .collect();
        let (p, notices) = decode_params::<Demo>(&many);
        assert_eq!(
            p.tasks,
            Demo::default().tasks,
            "pairs past the bound are not read"
        );
        assert_eq!(notices.len(), MAX_PAIRS + 1);
        assert!(notices.contains(&LinkNotice::TooManyParams { read: MAX_PAIRS }));
        let long = vec![
            ("tasks".to_string(), "7".to_string()),
            ("io_ms".to_string(), "1".repeat(MAX_LINK_BYTES)),
        ];
        let (p, notices) = decode_params::<Demo>(&long);
        assert_eq!((p.tasks, p.io_ms), (7, Demo::default().io_ms));
        assert_eq!(notices, vec![LinkNotice::TooLong { read: 8 }]);
    }

    #[test]
    fn percent_coding_is_total() {
        assert_eq!(percent_decode("a%20b+c"), "a b c");
        assert_eq!(percent_decode("100%"), "100%");
        assert_eq!(percent_decode("%zz%4"), "%zz%4");
        assert_eq!(percent_decode("%+1"), "% 1");
        assert_eq!(percent_decode("%FF"), "\u{FFFD}");
        assert_eq!(percent_encode("a b&c=d"), "a%20b%26c%3Dd");
        assert!(Demo::SPECS.len() == 4);
    }
}
