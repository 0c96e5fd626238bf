//! Beranda: the intro page. It teaches; it has no workload of its own yet.

crate::params! {
    /// The intro page has no link parameters.
    pub struct BerandaParams {}
}

#[cfg(target_arch = "wasm32")]
pub mod view;
