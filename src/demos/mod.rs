//! One folder per page: its typed link parameters (pure) and, on wasm, its view.
//!
//! [`DEMOS`] is the one list of pages with parameters; navigation, the share-link tests and
//! the parameter form loop over it instead of naming pages one by one.

pub mod asyncio;
pub mod bandingkan;
pub mod beranda;
pub mod celery;
pub mod multiprocessing;
pub mod threading;

use crate::model::page::Page;
use crate::model::params::{ParamSpec, Params};

/// Longest a parallel run (baseline plus measured passes) may be expected to take, in ms;
/// a longer one is refused before it starts, with an explanation.
pub const MAX_RUN_MS: f64 = 60_000.0;

/// A page as the rest of the app sees it.
#[derive(Clone, Copy, Debug)]
pub struct Demo {
    pub page: Page,
    /// The page's link parameters, in form order.
    pub specs: &'static [ParamSpec],
}

const fn demo<P: Params>(page: Page) -> Demo {
    Demo {
        page,
        specs: P::SPECS,
    }
}

/// Every page, in navigation order.
pub const DEMOS: [Demo; 6] = [
    demo::<beranda::BerandaParams>(Page::Beranda),
    demo::<asyncio::AsyncioParams>(Page::Asyncio),
    demo::<threading::ThreadingParams>(Page::Threading),
    demo::<multiprocessing::MultiprocessingParams>(Page::Multiprocessing),
    demo::<celery::CeleryParams>(Page::Celery),
    demo::<bandingkan::BandingkanParams>(Page::Bandingkan),
];

/// The registered unit for `page`.
pub fn demo_for(page: Page) -> Demo {
    DEMOS
        .into_iter()
        .find(|d| d.page == page)
        .unwrap_or(DEMOS[0])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_page_is_registered_once_in_navigation_order() {
        let pages: Vec<Page> = DEMOS.iter().map(|d| d.page).collect();
        assert_eq!(pages, Page::ALL.to_vec());
    }

    #[test]
    fn parameter_keys_are_unique_per_page_and_never_global() {
        for demo in DEMOS {
            for (i, spec) in demo.specs.iter().enumerate() {
                assert!(
                    !["v", "lang"].contains(&spec.key),
                    "{} uses a global key",
                    spec.key
                );
                assert!(
                    demo.specs[..i].iter().all(|s| s.key != spec.key),
                    "{} repeats {}",
                    demo.page.slug(),
                    spec.key
                );
            }
        }
    }
}
