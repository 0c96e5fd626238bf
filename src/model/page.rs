//! The app's pages and their slugs in share links (`#/<slug>?…`).

/// One page of the app. The order of [`Page::ALL`] is the navigation order.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Page {
    /// The intro: concurrency vs parallelism, I/O-bound vs CPU-bound.
    Beranda,
    Asyncio,
    Threading,
    Multiprocessing,
    Celery,
    Bandingkan,
}

impl Page {
    /// Every page, in navigation order.
    pub const ALL: [Page; 6] = [
        Page::Beranda,
        Page::Asyncio,
        Page::Threading,
        Page::Multiprocessing,
        Page::Celery,
        Page::Bandingkan,
    ];

    /// The page's path in a share link; the intro is the empty path.
    pub fn slug(self) -> &'static str {
        match self {
            Page::Beranda => "",
            Page::Asyncio => "asyncio",
            Page::Threading => "threading",
            Page::Multiprocessing => "multiprocessing",
            Page::Celery => "celery",
            Page::Bandingkan => "bandingkan",
        }
    }

    /// The page for a link path, if any (case-insensitive, surrounding slashes ignored).
    pub fn from_slug(slug: &str) -> Option<Page> {
        let slug = slug.trim_matches('/');
        Page::ALL
            .into_iter()
            .find(|p| p.slug().eq_ignore_ascii_case(slug))
    }

    /// Prefix of this page's keys in the locale files (`nav-<key>`, `<key>-prose-1`, …).
    pub fn text_key(self) -> &'static str {
        match self {
            Page::Beranda => "beranda",
            other => other.slug(),
        }
    }

    /// The official documentation a page's summary links to: `(name, address)`; the link's
    /// text is the locale key `docs-<name>`.
    pub fn docs(self) -> &'static [(&'static str, &'static str)] {
        const CONCURRENCY: (&str, &str) = (
            "concurrency",
            "https://docs.python.org/3/library/concurrency.html",
        );
        match self {
            Page::Beranda => &[CONCURRENCY],
            Page::Asyncio => &[
                CONCURRENCY,
                ("asyncio", "https://docs.python.org/3/library/asyncio.html"),
            ],
            Page::Threading => &[
                CONCURRENCY,
                (
                    "threading",
                    "https://docs.python.org/3/library/threading.html",
                ),
            ],
            Page::Multiprocessing => &[
                CONCURRENCY,
                (
                    "multiprocessing",
                    "https://docs.python.org/3/library/multiprocessing.html",
                ),
            ],
            Page::Celery => &[
                (
                    "celery-first-steps",
                    "https://docs.celeryq.dev/en/stable/getting-started/first-steps-with-celery.html",
                ),
                (
                    "celery-tasks",
                    "https://docs.celeryq.dev/en/stable/userguide/tasks.html",
                ),
                (
                    "celery-optimizing",
                    "https://docs.celeryq.dev/en/stable/userguide/optimizing.html",
                ),
            ],
            Page::Bandingkan => &[
                CONCURRENCY,
                (
                    "concurrent-futures",
                    "https://docs.python.org/3/library/concurrent.futures.html",
                ),
            ],
        }
    }

    /// The key of the words before the summary's links: whose documentation they are.
    pub fn docs_title(self) -> &'static str {
        match self {
            Page::Celery => "docs-title-celery",
            _ => "docs-title",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_slug_round_trips() {
        for page in Page::ALL {
            assert_eq!(Page::from_slug(page.slug()), Some(page));
        }
    }

    #[test]
    fn slugs_tolerate_slashes_and_case() {
        assert_eq!(Page::from_slug("/AsyncIO/"), Some(Page::Asyncio));
        assert_eq!(Page::from_slug("/"), Some(Page::Beranda));
        assert_eq!(Page::from_slug("gevent"), None);
    }
}
