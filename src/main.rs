//! The app binary: mounts the Yew app. All logic lives in the library.

#[cfg(target_arch = "wasm32")]
fn main() {
    yew::Renderer::<lab_konkurensi::app::App>::new().render();
}

// NOTE: the binary only means something in the browser; natively it exists so that
// `cargo test` can build the whole package.
#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("Lab Konkurensi runs in the browser: use `make serve`.");
}
