//! Lab Konkurensi: a browser playground that teaches Python concurrency in Indonesian.
//!
//! Map of the crate (see `docs/ARCHITECTURE.md` for the longer story):
//! - [`model`]: pure Rust, no browser types. Pages, link parameters, the share-link codec,
//!   number formatting, the prose markup, CPU kernels. Tested natively with `cargo test`.
//! - [`i18n`]: the Indonesian and English text, loaded from `locales/*.ftl`.
//! - [`demos`]: one folder per page: its typed parameters (pure) and, on wasm, its view.
//! - `runtime` (wasm only): the only code that touches the browser's concurrency: the clock,
//!   the rayon thread pool on Web Workers, the location bar, storage.
//! - `ui` (wasm only): shared widgets (page frame, form, run status, timeline); no demo.
//! - `app` (wasm only): the shell on top: header, navigation, the capability panel, and the
//!   router, which draws the page the link names through the registry in [`demos`].

pub mod demos;
pub mod i18n;
pub mod model;

#[cfg(target_arch = "wasm32")]
pub mod runtime;
#[cfg(target_arch = "wasm32")]
pub mod ui;

#[cfg(target_arch = "wasm32")]
pub mod app;

/// What the native tests of the parallel demos share: a pool of a chosen size, a clock, and
/// a lock for tests that time CPU work.
#[cfg(test)]
pub(crate) mod test_support {
    /// Tests that time CPU work take this lock, so they never run at the same time as each
    /// other (cargo runs tests in parallel; two of them on two cores would skew the clocks).
    pub static CPU_TESTS: std::sync::Mutex<()> = std::sync::Mutex::new(());

    pub fn cpu_lock() -> std::sync::MutexGuard<'static, ()> {
        CPU_TESTS.lock().unwrap_or_else(|e| e.into_inner())
    }

    pub fn pool(threads: usize) -> rayon::ThreadPool {
        rayon::ThreadPoolBuilder::new()
            .num_threads(threads)
            .build()
            .expect("a native test pool")
    }

    /// Milliseconds since the clock was made. The browser uses `runtime::clock` instead.
    #[allow(clippy::disallowed_methods)]
    pub fn clock() -> impl Fn() -> f64 + Sync {
        let t0 = std::time::Instant::now();
        move || t0.elapsed().as_secs_f64() * 1000.0
    }
}
