//! The pure model: plain data and plain functions, no browser types.
//!
//! Everything that can be decided without a browser lives here and is tested natively.

pub mod amdahl;
pub mod celery;
pub mod gil;
pub mod json;
pub mod kernels;
pub mod lang;
pub mod lesson;
pub mod link;
pub mod notice;
pub mod numfmt;
pub mod page;
pub mod params;
pub mod prose;
pub mod python;
pub mod replay;
pub mod rng;
pub mod run;
pub mod semaphore;
pub mod sorted;
pub mod timeline;
pub mod timers;
