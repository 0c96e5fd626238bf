//! The app binary: mounts the Yew app. All logic lives in the library.

#[cfg(target_arch = "wasm32")]
fn main() {
    use lab_konkurensi::runtime::browser;
    use lab_konkurensi::ui::texts;

    // NOTE: a Celery node or child (a Web Worker with its own instance of this module) runs
    // this start function too; there is no window to draw in there, and nothing to draw.
    let Some(window) = web_sys::window() else {
        return;
    };
    wasm_bindgen_futures::spawn_local(async move {
        // The reader's text is a file of the release, not part of the wasm; boot.js started
        // fetching it before the wasm arrived.
        if !texts::ensure(lab_konkurensi::app::opening_lang()).await {
            browser::show_load_failure();
            return;
        }
        // NOTE: index.html carries every page's explanation as static HTML
        // (scripts/postbuild.mjs), readable before the wasm arrives. The app draws the same
        // text itself, so it takes over here: the static copy goes, and the first render
        // follows before the browser paints.
        if let Some(pre) = window
            .document()
            .and_then(|d| d.get_element_by_id("prerendered"))
        {
            pre.remove();
        }
        yew::Renderer::<lab_konkurensi::app::App>::new().render();
    });
}

// NOTE: the binary only means something in the browser; natively it exists so that
// `cargo test` can build the whole package.
#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("Lab Konkurensi runs in the browser: use `make serve`.");
}
