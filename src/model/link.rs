//! Share links: `<site>/#/<page>?v=1&<param>=<value>&…&lang=<id|en>`.
//!
//! The whole state of a demo lives after the `#`, so a link works on any static host
//! without rewrite rules. Decoding never fails: whatever a link holds, the reader gets a
//! page with valid parameters and a list of [`LinkNotice`]s saying what was ignored or
//! adjusted. Encoding writes every parameter, so a link keeps meaning the same workload
//! even if a default changes later.

use super::lang::Lang;
use super::page::Page;
use super::params::{Params, Parsed};

/// The link format version written as `v=1`.
pub const VERSION: &str = "1";

/// Keys every page understands; all others belong to the page's own parameters.
const GLOBAL_KEYS: [&str; 2] = ["v", "lang"];

/// Longest piece of a bad link repeated back to the reader.
const MAX_ECHO: usize = 40;

/// A link taken apart: which page, which language, and the page's raw parameters.
#[derive(Clone, Debug, PartialEq)]
pub struct ShareLink {
    pub page: Page,
    /// `None` when the link does not say; the reader's saved choice applies then.
    pub lang: Option<Lang>,
    /// The page's own `key=value` pairs, percent-decoded, in link order.
    pub pairs: Vec<(String, String)>,
}

/// Something in a link that was not used as written.
#[derive(Clone, Debug, PartialEq)]
pub enum LinkNotice {
    UnknownPage {
        given: String,
    },
    UnknownVersion {
        given: String,
    },
    UnknownLang {
        given: String,
    },
    UnknownKey {
        key: String,
    },
    Invalid {
        key: String,
        given: String,
    },
    Clamped {
        key: String,
        given: String,
        used: String,
    },
    Rounded {
        key: String,
        given: String,
        used: String,
    },
}

impl ShareLink {
    /// Parse the part of the location after `#` (with or without the `#`). Never panics.
    pub fn parse(hash: &str) -> (ShareLink, Vec<LinkNotice>) {
        let hash = hash.strip_prefix('#').unwrap_or(hash);
        let (path, query) = hash.split_once('?').unwrap_or((hash, ""));
        let mut notices = Vec::new();
        let page = Page::from_slug(&percent_decode(path)).unwrap_or_else(|| {
            notices.push(LinkNotice::UnknownPage {
                given: echo(&percent_decode(path)),
            });
            Page::Beranda
        });
        let mut lang = None;
        let mut pairs = Vec::new();
        for piece in query.split('&').filter(|p| !p.is_empty()) {
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
        (ShareLink { page, lang, pairs }, notices)
    }

    /// Decode the page's parameters, starting from their defaults.
    pub fn params<P: Params>(&self) -> (P, Vec<LinkNotice>) {
        decode_params(&self.pairs)
    }

    /// The link for `page` with `params` in `lang`, as the part after `#`'s position (`#/…`).
    pub fn to_hash<P: Params>(page: Page, params: &P, lang: Lang) -> String {
        let mut out = format!("#/{}?v={VERSION}", page.slug());
        for spec in P::SPECS {
            let value = params.get(spec.key).unwrap_or_default();
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
pub fn decode_params<P: Params>(pairs: &[(String, String)]) -> (P, Vec<LinkNotice>) {
    let mut params = P::default();
    let mut notices = Vec::new();
    for (key, raw) in pairs {
        if GLOBAL_KEYS.contains(&key.as_str()) {
            continue;
        }
        let Some(spec) = P::spec(key) else {
            notices.push(LinkNotice::UnknownKey { key: echo(key) });
            continue;
        };
        let key = spec.key.to_string();
        let given = echo(raw);
        match spec.parse(raw) {
            Parsed::Exact(v) => params.set(spec.key, v),
            Parsed::Clamped(v) => {
                params.set(spec.key, v);
                let used = spec.format(v);
                notices.push(LinkNotice::Clamped { key, given, used });
            }
            Parsed::Rounded(v) => {
                params.set(spec.key, v);
                let used = spec.format(v);
                notices.push(LinkNotice::Rounded { key, given, used });
            }
            Parsed::Invalid => notices.push(LinkNotice::Invalid { key, given }),
        }
    }
    (params, notices)
}

/// Repeat a piece of a link back to the reader, cut short if it is long.
fn echo(s: &str) -> String {
    let mut out: String = s.chars().take(MAX_ECHO).collect();
    if s.chars().count() > MAX_ECHO {
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
