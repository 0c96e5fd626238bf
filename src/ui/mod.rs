//! Shared widgets: the demo page frame, parameter form, share box, notices, the run status,
//! the timeline, the code view, the prose renderer and the texts. Widgets know no demo; the
//! demos (`crate::demos`) use them and the app shell (`crate::app`) puts the demos on screen.

pub mod code;
pub mod lesson;
pub mod notices;
pub mod page;
pub mod params_form;
pub mod prose;
pub mod replay;
pub mod run;
pub mod run_controls;
pub mod share;
pub mod texts;
pub mod timeline;
