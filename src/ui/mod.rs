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

/// A `class` attribute: `base`, then `extra` when there is one (`class_with("result",
/// lost.then_some("lost"))`). Plain text rather than Yew's `classes!`, whose ordered set of
/// names costs the wasm about 2 KB gzip for what these few two-word lists need (issue 12).
pub fn class_with(base: &str, extra: Option<&str>) -> String {
    match extra {
        Some(extra) if !extra.is_empty() => format!("{base} {extra}"),
        _ => base.to_string(),
    }
}
