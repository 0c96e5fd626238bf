//! Property tests of the share-link codec over every page's parameters.
#![cfg(not(target_arch = "wasm32"))]

use std::time::{Duration, Instant};

use lab_konkurensi::demos::{
    asyncio::AsyncioParams, bandingkan::BandingkanParams, celery::CeleryParams,
    multiprocessing::MultiprocessingParams, threading::ThreadingParams,
};
use lab_konkurensi::model::lang::Lang;
use lab_konkurensi::model::link::{decode_values, ShareLink, MAX_LINK_BYTES, MAX_PAIRS};
use lab_konkurensi::model::notice::{notice_lines, MAX_NOTICE_LINES};
use lab_konkurensi::model::page::Page;
use lab_konkurensi::model::params::{from_values, to_values, Kind, Params};
use proptest::prelude::*;

/// Any valid value of every parameter, from a vector of unit-interval draws.
fn params_from<P: Params>(draws: &[f64]) -> P {
    assert!(
        draws.len() >= P::SPECS.len(),
        "a draw for every parameter: {} < {}",
        draws.len(),
        P::SPECS.len()
    );
    let mut p = P::default();
    for (spec, u) in P::SPECS.iter().zip(draws) {
        let value = match spec.kind {
            Kind::Number { min, max, .. } => min + u * (max - min),
            Kind::Toggle => u.round(),
            Kind::Choice(names) => (u * names.len() as f64).floor(),
        };
        p.set(spec.key, value);
    }
    p
}

fn round_trip<P: Params>(page: Page, draws: &[f64], lang: Lang) {
    let params: P = params_from(draws);
    let hash = ShareLink::to_hash(page, &params, lang);
    let (link, notices) = ShareLink::parse(&hash);
    assert!(notices.is_empty(), "{notices:?}");
    assert_eq!(link.page, page);
    assert_eq!(link.lang, Some(lang));
    let (back, notices) = link.params::<P>();
    assert!(notices.is_empty(), "{hash}: {notices:?}");
    assert_eq!(back, params, "{hash}");
}

fn lang_of(b: bool) -> Lang {
    if b {
        Lang::En
    } else {
        Lang::Id
    }
}

/// The largest link the cost tests feed in.
const TEN_MB: usize = 10 * 1024 * 1024;

/// What opening `hash` on the asyncio page costs: the notices the page gets, the lines it
/// lists, and the best time of three decodes (best, so a busy shared machine does not fail
/// the test; the old decoder took 2.9 s on 10 MB of `&x=1` even in its best run).
// A native-only test file: `Instant` is banned because it panics on wasm32, not here.
#[allow(clippy::disallowed_methods)]
fn open_cost(hash: &str) -> (usize, usize, Duration) {
    let mut best = Duration::MAX;
    let mut counts = (0, 0);
    for _ in 0..3 {
        let start = Instant::now();
        let (link, mut notices) = ShareLink::parse(hash);
        let (_, page_notices) = link.params::<AsyncioParams>();
        notices.extend(page_notices);
        let (listed, more) = notice_lines(&notices);
        best = best.min(start.elapsed());
        // Every line on the page: listed notices plus the "and N more" line.
        counts = (notices.len(), listed.len() + usize::from(more > 0));
        if hash.len() > MAX_LINK_BYTES + 1 {
            assert!(listed[0].is_cut(), "a cut link says so first: {listed:?}");
        }
    }
    (counts.0, counts.1, best)
}

/// A link grown to at least `size` bytes by repeating `piece` after `start`.
fn grown(start: &str, piece: &str, size: usize) -> String {
    let mut out = String::with_capacity(size + piece.len());
    out.push_str(start);
    while out.len() < size {
        out.push_str(piece);
    }
    out
}

fn assert_bounded(hash: &str) {
    let (notices, lines, time) = open_cost(hash);
    // Every notice comes from one of the MAX_PAIRS pieces read, plus the page and two cuts.
    assert!(notices <= MAX_PAIRS + 3, "{notices} notices");
    assert!(lines <= MAX_NOTICE_LINES + 1, "{lines} lines");
    // Generous: decoding 8 KiB takes well under a millisecond even unoptimized.
    assert!(
        time < Duration::from_millis(50),
        "{time:?} for {} bytes",
        hash.len()
    );
}

#[test]
fn a_huge_link_costs_what_its_first_8_kib_cost() {
    // The link: 200,000 unknown keys, about 1.5 MB (a tab frozen 15-17 s before).
    let mut keys = String::from("#/asyncio?v=1");
    for i in 0..200_000u32 {
        keys.push_str(&format!("&{i:x}=1"));
    }
    assert!(keys.len() > 1_400_000);
    assert_bounded(&keys);
    assert_bounded(&grown("#/asyncio?", "&x=1", TEN_MB));
    assert_bounded(&grown("#/asyncio?tasks=", "9", TEN_MB));
    assert_bounded(&grown("#/", "asyncio", TEN_MB));
    assert_bounded(&grown("#/asyncio?", "&", TEN_MB));
    assert_bounded(&grown("#/asyncio?", "%E2%82%AC=%ZZ&tasks=1e99&", TEN_MB));
    assert_bounded(&grown("#/asyncio?x=", "€", TEN_MB));
}

#[test]
fn the_app_own_links_are_far_inside_the_bounds() {
    // The widest value of every parameter: the longest link each page can write.
    fn longest<P: Params>(page: Page) -> String {
        ShareLink::to_hash(page, &params_from::<P>(&[1.0; MOST_PARAMS]), Lang::En)
    }
    for hash in [
        longest::<AsyncioParams>(Page::Asyncio),
        longest::<ThreadingParams>(Page::Threading),
        longest::<MultiprocessingParams>(Page::Multiprocessing),
        longest::<CeleryParams>(Page::Celery),
        longest::<BandingkanParams>(Page::Bandingkan),
    ] {
        assert!(hash.len() < MAX_LINK_BYTES / 8, "{hash}");
        assert!(hash.split('&').count() < MAX_PAIRS / 2, "{hash}");
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(24))]

    #[test]
    fn any_link_up_to_10_mb_costs_a_bounded_time_and_few_lines(
        start in "#?(/[a-z]{0,12})?(\\?)?",
        piece in "[-a-z0-9=&%?#+.é€ ]{1,24}",
        size in 0usize..=TEN_MB,
    ) {
        assert_bounded(&grown(&start, &piece, size));
    }
}

/// Parameters of the page with the most (Celery's are Celery's own settings): every one is drawn.
const MOST_PARAMS: usize = 24;

#[test]
fn every_parameter_of_every_page_is_drawn() {
    let most = lab_konkurensi::demos::DEMOS
        .iter()
        .map(|d| d.specs.len())
        .max()
        .unwrap_or(0);
    assert!(most <= MOST_PARAMS, "{most} parameters: raise MOST_PARAMS");
}

/// The page keeps its parameters as values (`ui::page`, one copy of code for every page):
/// decoding a link that way gives exactly the typed parameters and the same notices.
fn values_agree<P: Params>(slug: &str, raw: &[String]) {
    let query: Vec<String> = P::SPECS
        .iter()
        .zip(raw)
        .map(|(s, v)| format!("{}={v}", s.key))
        .collect();
    let (link, _) = ShareLink::parse(&format!("#/{slug}?{}", query.join("&")));
    let (typed, typed_notices) = link.params::<P>();
    let (values, notices) = decode_values(P::SPECS, &to_values(&P::default()), &link.pairs);
    assert_eq!(notices, typed_notices);
    assert_eq!(values, to_values(&typed));
    assert_eq!(from_values::<P>(&values), typed);
}

proptest! {
    #[test]
    fn every_page_decodes_the_same_as_values(raw in prop::collection::vec("[-+0-9.eEa-z%]{0,12}", MOST_PARAMS)) {
        values_agree::<AsyncioParams>("asyncio", &raw);
        values_agree::<ThreadingParams>("threading", &raw);
        values_agree::<MultiprocessingParams>("multiprocessing", &raw);
        values_agree::<CeleryParams>("celery", &raw);
        values_agree::<BandingkanParams>("bandingkan", &raw);
    }

    #[test]
    fn every_page_round_trips(draws in prop::collection::vec(0.0f64..=1.0, MOST_PARAMS), en: bool) {
        round_trip::<AsyncioParams>(Page::Asyncio, &draws, lang_of(en));
        round_trip::<ThreadingParams>(Page::Threading, &draws, lang_of(en));
        round_trip::<MultiprocessingParams>(Page::Multiprocessing, &draws, lang_of(en));
        round_trip::<CeleryParams>(Page::Celery, &draws, lang_of(en));
        round_trip::<BandingkanParams>(Page::Bandingkan, &draws, lang_of(en));
    }

    #[test]
    fn any_string_decodes_to_valid_params(hash in ".{0,200}") {
        let (link, _) = ShareLink::parse(&hash);
        let (p, _) = link.params::<ThreadingParams>();
        for spec in ThreadingParams::SPECS {
            let v = p.get(spec.key).unwrap();
            prop_assert_eq!(spec.normalize(v), v);
        }
    }

    #[test]
    fn any_query_of_known_keys_decodes_to_valid_params(
        values in prop::collection::vec("[-+0-9.eEa-z%]{0,12}", 8)
    ) {
        let query: Vec<String> = AsyncioParams::SPECS
            .iter()
            .zip(&values)
            .map(|(s, v)| format!("{}={v}", s.key))
            .collect();
        let (link, _) = ShareLink::parse(&format!("#/asyncio?{}", query.join("&")));
        let (p, _) = link.params::<AsyncioParams>();
        for spec in AsyncioParams::SPECS {
            let v = p.get(spec.key).unwrap();
            prop_assert_eq!(spec.normalize(v), v);
        }
    }
}

#[test]
fn defaults_are_valid_values() {
    fn check<P: Params>() {
        let p = P::default();
        for spec in P::SPECS {
            let v = p.get(spec.key).unwrap();
            assert_eq!(spec.normalize(v), v, "default of {}", spec.key);
        }
    }
    check::<AsyncioParams>();
    check::<ThreadingParams>();
    check::<MultiprocessingParams>();
    check::<CeleryParams>();
    check::<BandingkanParams>();
}
