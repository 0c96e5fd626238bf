//! One folder per page: its typed link parameters (pure) and, on wasm, its view.
//!
//! [`DEMOS`] is the one list of pages: navigation, the router, the share-link tests and the
//! demo map loop over it instead of naming pages one by one. Adding a page is one folder, one
//! line here, its locale entries and one e2e file.

pub mod asyncio;
pub mod bandingkan;
pub mod beranda;
pub mod celery;
pub mod multiprocessing;
pub mod threading;

#[cfg(not(target_arch = "wasm32"))]
use crate::model::lesson::{outline, Outline};
use crate::model::page::Page;
use crate::model::params::{ParamSpec, Params};

/// Longest a parallel run (baseline plus measured passes) may be expected to take, in ms;
/// a longer one is refused before it starts, with an explanation.
pub const MAX_RUN_MS: f64 = 60_000.0;

/// A page as the rest of the app sees it.
#[derive(Clone, Copy)]
pub struct Demo {
    pub page: Page,
    /// The page's link parameters, in form order.
    pub specs: &'static [ParamSpec],
    /// The page's lesson beside its demo (prompts, misconceptions, example), if it has one,
    /// as the native tests read it (the wasm draws lessons through `view`, so it does not
    /// carry this).
    #[cfg(not(target_arch = "wasm32"))]
    pub lesson: Option<fn() -> Outline>,
    /// Draws the page (explanation, form, demo panel) for an opened link.
    #[cfg(target_arch = "wasm32")]
    pub view: fn(crate::ui::page::PageArgs) -> yew::Html,
}

/// The registered unit for page `$page` with parameters `$params`, demo panel `$panel` (a
/// component) and the lesson `$lesson` (a `model::lesson::Lesson`) drawn beside it. A page
/// without a lesson (Beranda) draws its stateless panel with a function `$draw(&Tr) -> Html`.
macro_rules! demo {
    ($page:expr, $params:ty, $draw:path) => {
        Demo {
            page: $page,
            specs: <$params as Params>::SPECS,
            #[cfg(not(target_arch = "wasm32"))]
            lesson: None,
            #[cfg(target_arch = "wasm32")]
            view: |args| {
                let panel = $draw(&args.tr);
                crate::ui::page::frame::<$params>(args, panel)
            },
        }
    };
    ($page:expr, $params:ty, $panel:ty, $lesson:ty) => {
        Demo {
            page: $page,
            specs: <$params as Params>::SPECS,
            #[cfg(not(target_arch = "wasm32"))]
            lesson: Some(outline::<$lesson>),
            #[cfg(target_arch = "wasm32")]
            view: |args| {
                let lesson = crate::ui::lesson::slots::<$lesson>(&args.tr);
                crate::ui::page::frame_with_lesson::<$params>(
                    args,
                    yew::html! { <$panel /> },
                    lesson,
                )
            },
        }
    };
}

#[cfg(target_arch = "wasm32")]
use {
    asyncio::view::AsyncioDemo, bandingkan::view::BandingkanDemo, beranda::view::demo_map,
    celery::view::CeleryDemo, multiprocessing::view::MultiprocessingDemo,
    threading::view::ThreadingDemo,
};

/// Every page, in navigation order.
pub const DEMOS: [Demo; 6] = [
    demo!(Page::Beranda, beranda::BerandaParams, demo_map),
    demo!(
        Page::Asyncio,
        asyncio::AsyncioParams,
        AsyncioDemo,
        asyncio::lesson::AsyncioLesson
    ),
    demo!(
        Page::Threading,
        threading::ThreadingParams,
        ThreadingDemo,
        threading::lesson::ThreadingLesson
    ),
    demo!(
        Page::Multiprocessing,
        multiprocessing::MultiprocessingParams,
        MultiprocessingDemo,
        multiprocessing::lesson::MultiprocessingLesson
    ),
    demo!(
        Page::Celery,
        celery::CeleryParams,
        CeleryDemo,
        celery::lesson::CeleryLesson
    ),
    demo!(
        Page::Bandingkan,
        bandingkan::BandingkanParams,
        BandingkanDemo,
        bandingkan::lesson::BandingkanLesson
    ),
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
