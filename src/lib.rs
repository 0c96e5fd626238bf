//! Lab Konkurensi: a browser playground that teaches Python concurrency in Indonesian.
//!
//! Map of the crate (see `docs/ARCHITECTURE.md` for the longer story):
//! - [`model`]: pure Rust, no browser types. Pages, link parameters, the share-link codec,
//!   number formatting, the prose markup, CPU kernels. Tested natively with `cargo test`.
//! - [`i18n`]: the Indonesian and English text, loaded from `locales/*.ftl`.
//! - [`demos`]: one folder per page: its typed parameters (pure) and, on wasm, its view.
//! - `runtime` (wasm only): the only code that touches the browser's concurrency: the clock,
//!   the rayon thread pool on Web Workers, the location bar, storage.
//! - `ui` (wasm only): the app shell and shared widgets.

pub mod demos;
pub mod i18n;
pub mod model;

#[cfg(target_arch = "wasm32")]
pub mod runtime;
#[cfg(target_arch = "wasm32")]
pub mod ui;

/// Tests that time CPU work take this lock, so that they do not run at the same time as each
/// other (cargo runs tests in parallel, and two of them on two cores would skew the clocks).
#[cfg(test)]
pub(crate) static CPU_TESTS: std::sync::Mutex<()> = std::sync::Mutex::new(());
