//! Browser APIs on the page's main thread (wasm-bindgen-test in headless Chromium).
#![cfg(target_arch = "wasm32")]

use lab_konkurensi::model::lang::Lang;
use lab_konkurensi::model::link::ShareLink;
use lab_konkurensi::runtime::{browser, clock};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

#[wasm_bindgen_test]
fn replacing_the_hash_changes_the_location_without_a_history_entry() {
    let history = web_sys::window().unwrap().history().unwrap();
    let before = history.length().unwrap();
    browser::replace_hash("#/threading?v=1&gil=0&lang=en");
    assert_eq!(browser::hash(), "#/threading?v=1&gil=0&lang=en");
    assert_eq!(history.length().unwrap(), before);
    let (link, notices) = ShareLink::parse(&browser::hash());
    assert!(notices.is_empty());
    assert_eq!(link.lang, Some(Lang::En));
    assert!(!browser::base_url().contains('#'));
}

#[wasm_bindgen_test]
fn the_language_choice_survives_in_storage() {
    browser::save_lang(Lang::En);
    assert_eq!(browser::saved_lang(), Some(Lang::En));
    browser::save_lang(Lang::Id);
    assert_eq!(browser::saved_lang(), Some(Lang::Id));
}

#[wasm_bindgen_test]
fn the_clocks_move_forward_and_agree_with_the_epoch() {
    let a = clock::now_ms();
    let mut x = 0u64;
    for i in 0..200_000u64 {
        x = x.wrapping_add(i * i);
    }
    assert!(x > 0);
    assert!(clock::now_ms() >= a);
    let skew = (clock::epoch_ms() - js_sys::Date::now()).abs();
    assert!(skew < 50.0, "epoch clock is {skew} ms off Date.now()");
}

#[wasm_bindgen_test]
fn capabilities_are_reported() {
    assert!(browser::hardware_concurrency() >= 1);
    // The test runner serves COOP/COEP, so the page is isolated here.
    assert!(browser::cross_origin_isolated());
}
