//! The app binary: mounts the Yew app. All logic lives in the library.

#[cfg(target_arch = "wasm32")]
fn main() {
    // NOTE: a Celery node or child (a Web Worker with its own instance of this module) runs
    // this start function too; there is no window to draw in there, and nothing to draw.
    if web_sys::window().is_none() {
        return;
    }
    yew::Renderer::<lab_konkurensi::app::App>::new().render();
}

// NOTE: the binary only means something in the browser; natively it exists so that
// `cargo test` can build the whole package.
#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("Lab Konkurensi runs in the browser: use `make serve`.");
}
