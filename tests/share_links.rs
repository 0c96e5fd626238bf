//! Property tests of the share-link codec over every page's parameters.
#![cfg(not(target_arch = "wasm32"))]

use lab_konkurensi::demos::{
    asyncio::AsyncioParams, bandingkan::BandingkanParams, celery::CeleryParams,
    multiprocessing::MultiprocessingParams, threading::ThreadingParams,
};
use lab_konkurensi::model::lang::Lang;
use lab_konkurensi::model::link::ShareLink;
use lab_konkurensi::model::page::Page;
use lab_konkurensi::model::params::{Kind, Params};
use proptest::prelude::*;

/// Any valid value of every parameter, from a vector of unit-interval draws.
fn params_from<P: Params>(draws: &[f64]) -> P {
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

proptest! {
    #[test]
    fn every_page_round_trips(draws in prop::collection::vec(0.0f64..=1.0, 8), en: bool) {
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
