//! The page's surroundings: location bar, saved choices, capabilities, clipboard.
//!
//! Every function degrades to a harmless default when the browser refuses (private mode,
//! blocked storage, no clipboard permission): a refusal is never a panic.

use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};

use crate::model::lang::Lang;
use crate::model::link::MAX_LINK_BYTES;

const LANG_KEY: &str = "lab-konkurensi.lang";

fn window() -> Option<web_sys::Window> {
    web_sys::window()
}

/// The location's hash, including the `#` (empty when there is none), cut to twice what a
/// link may cost ([`MAX_LINK_BYTES`]): a stranger's 3 MB link is never copied whole into
/// wasm, and the decoder still sees that it was too long.
pub fn hash() -> String {
    let Some(location) = window().map(|w| w.location()) else {
        return String::new();
    };
    js_sys::Reflect::get(&location, &"hash".into())
        .ok()
        .and_then(|h| h.dyn_into::<js_sys::JsString>().ok())
        .map(|h| String::from(h.slice(0, 2 * MAX_LINK_BYTES as u32)))
        .unwrap_or_default()
}

/// Put `hash` in the location bar without a new history entry and without `hashchange`.
pub fn replace_hash(hash: &str) {
    if let Some(history) = window().and_then(|w| w.history().ok()) {
        let _ = history.replace_state_with_url(&JsValue::NULL, "", Some(hash));
    }
}

/// The page's address without its hash: a share link is this plus the page's hash. Built
/// from its parts, so a long hash is never copied.
pub fn base_url() -> String {
    let Some(location) = window().map(|w| w.location()) else {
        return String::new();
    };
    let part = |r: Result<String, JsValue>| r.unwrap_or_default();
    format!(
        "{}{}{}",
        part(location.origin()),
        part(location.pathname()),
        part(location.search())
    )
}

/// Keeps a `hashchange` listener alive; dropping it removes the listener.
pub struct HashListener {
    closure: Closure<dyn FnMut()>,
}

impl Drop for HashListener {
    fn drop(&mut self) {
        if let Some(w) = window() {
            let _ = w.remove_event_listener_with_callback(
                "hashchange",
                self.closure.as_ref().unchecked_ref(),
            );
        }
    }
}

/// Call `on_change` with the new hash whenever the reader navigates.
pub fn on_hash_change(on_change: impl Fn(String) + 'static) -> HashListener {
    let closure = Closure::<dyn FnMut()>::new(move || on_change(hash()));
    if let Some(w) = window() {
        let _ = w.add_event_listener_with_callback("hashchange", closure.as_ref().unchecked_ref());
    }
    HashListener { closure }
}

/// The language the reader chose last time, if the browser kept it.
pub fn saved_lang() -> Option<Lang> {
    let storage = window()?.local_storage().ok()??;
    Lang::from_code(&storage.get_item(LANG_KEY).ok()??)
}

pub fn save_lang(lang: Lang) {
    if let Some(Ok(Some(storage))) = window().map(|w| w.local_storage()) {
        let _ = storage.set_item(LANG_KEY, lang.code());
    }
}

/// Tell assistive technology and the browser which language the page is in.
pub fn set_document_lang(lang: Lang) {
    if let Some(root) = window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
    {
        let _ = root.set_attribute("lang", lang.code());
    }
}

pub fn set_title(title: &str) {
    if let Some(d) = window().and_then(|w| w.document()) {
        d.set_title(title);
    }
}

/// Move keyboard focus to the element with `id` (used by the skip link).
pub fn focus(id: &str) {
    if let Some(el) = window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(id))
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = el.focus();
    }
}

/// Whether the page may share memory with workers (both COOP and COEP headers present).
pub fn cross_origin_isolated() -> bool {
    js_sys::Reflect::get(&js_sys::global(), &"crossOriginIsolated".into())
        .ok()
        .and_then(|v| v.as_bool())
        .unwrap_or(false)
}

/// Logical processor cores the browser reports (at least 1).
///
/// Read from the global scope, so it works on the page and inside a Web Worker alike.
pub fn hardware_concurrency() -> usize {
    js_sys::Reflect::get(&js_sys::global(), &"navigator".into())
        .and_then(|nav| js_sys::Reflect::get(&nav, &"hardwareConcurrency".into()))
        .ok()
        .and_then(|n| n.as_f64())
        .filter(|n| n.is_finite() && *n >= 1.0)
        .map_or(1, |n| n as usize)
}

/// Copy `text` to the clipboard; `false` when the browser does not allow it.
pub async fn copy_text(text: &str) -> bool {
    let Some(w) = window() else { return false };
    let promise = w.navigator().clipboard().write_text(text);
    wasm_bindgen_futures::JsFuture::from(promise).await.is_ok()
}

/// Read the benchmark's recording switch (`window.__labRecord = false` turns recording off,
/// see docs/AUTOMATION.md) into the model's switch, which the workers see too; returns it.
pub fn read_recording_switch() -> bool {
    let on = js_sys::Reflect::get(&js_sys::global(), &"__labRecord".into())
        .map_or(true, |v| v.as_bool() != Some(false));
    crate::model::replay::set_recording(on);
    on
}

/// The source of `lang`'s locale file, fetched by `boot.js` (`window.labText`, which started
/// the first language's fetch before the wasm arrived). `None` when it cannot be had (no
/// boot.js, no such file, the network and the service worker's cache both failed).
pub async fn text_source(lang: Lang) -> Option<String> {
    let window = window()?;
    let fetch = js_sys::Reflect::get(&window, &"labText".into())
        .ok()?
        .dyn_into::<js_sys::Function>()
        .ok()?;
    let promise = fetch
        .call1(&window, &lang.code().into())
        .ok()?
        .dyn_into::<js_sys::Promise>()
        .ok()?;
    wasm_bindgen_futures::JsFuture::from(promise)
        .await
        .ok()?
        .as_string()
}

/// The text could not be loaded: the prerendered page stays and says so (its
/// `prerender-failed` line in the reader's language, shown by style.css).
pub fn show_load_failure() {
    if let Some(root) = window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id("prerendered"))
    {
        let _ = root.set_attribute("data-failed", "");
    }
}

/// `boot.js`'s word on isolation (`window.labIsolation`), when the page has it.
fn isolation() -> Option<JsValue> {
    js_sys::Reflect::get(&window()?.into(), &"labIsolation".into())
        .ok()
        .filter(JsValue::is_object)
}

/// Whether the page is not cross-origin isolated yet but may be after one automatic reload:
/// `boot.js` has registered the service worker and waits for it to take control.
pub fn isolation_pending() -> bool {
    isolation()
        .and_then(|i| js_sys::Reflect::get(&i, &"pending".into()).ok())
        .is_some_and(|p| p.is_truthy())
}

/// Resolves once `boot.js` knows that no reload is coming after all (the service worker was
/// refused or failed), at once when nothing is pending. When the reload comes, this page is
/// gone before it resolves.
pub async fn isolation_settled() {
    let settled = isolation()
        .and_then(|i| js_sys::Reflect::get(&i, &"settled".into()).ok())
        .and_then(|p| p.dyn_into::<js_sys::Promise>().ok());
    if let Some(settled) = settled.filter(|_| isolation_pending()) {
        let _ = wasm_bindgen_futures::JsFuture::from(settled).await;
    }
}
