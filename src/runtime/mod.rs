//! The thin layer that touches the browser: clock, worker pools and the run lifecycle,
//! location bar, storage.
//!
//! Nothing here decides anything; it moves data between the browser and the pure model.

pub mod browser;
pub mod celery_node;
pub mod clock;
pub mod event_loop;
pub mod pool;
pub mod run;
