//! The app binary: mounts the Yew app. All logic lives in the library.

#[cfg(target_arch = "wasm32")]
fn main() {
    // NOTE: index.html carries every page's explanation as static HTML (scripts/postbuild.mjs),
    // readable before the wasm arrives. The app draws the same text itself, so it takes over
    // here: the static copy goes, and the first render follows before the browser paints.
    if let Some(pre) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id("prerendered"))
    {
        pre.remove();
    }
    yew::Renderer::<lab_konkurensi::app::App>::new().render();
}

// NOTE: the binary only means something in the browser; natively it exists so that
// `cargo test` can build the whole package.
#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("Lab Konkurensi runs in the browser: use `make serve`.");
}
