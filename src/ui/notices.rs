//! Says, in the reader's language, what in the opened link was ignored or adjusted.
//!
//! Only a few lines, whatever the link held: [`notice_lines`] picks them (cut notices
//! first) and the rest are counted in one line, so a hostile link costs a handful of
//! elements on the main thread, never one per parameter.

use yew::prelude::*;

use crate::model::link::LinkNotice;
use crate::model::notice::notice_lines;
use crate::model::{numfmt, prose};
use crate::ui::prose::inline;
use crate::ui::texts::Tr;

/// The notices about the opened link (nothing if there are none). A function, not a
/// component: a few lines, redrawn with their page (issue 12: wasm size).
pub fn link_notices(tr: &Tr, notices: &[LinkNotice]) -> Html {
    if notices.is_empty() {
        return Html::default();
    }
    // A value that was used is a number the reader reads: write it in their style.
    let used = |v: &String| match numfmt::parse(v) {
        Some(x) => numfmt::number(tr.lang, x, if x.fract() == 0.0 { 0 } else { 1 }),
        None => v.clone(),
    };
    let count = |n: usize| numfmt::number(tr.lang, n as f64, 0);
    let line = |n: &LinkNotice| -> String {
        let s = |v: &String| v.clone();
        match n {
            LinkNotice::UnknownPage { given } => {
                tr.get_args("notice-unknown-page", &[("given", s(given))])
            }
            LinkNotice::UnknownVersion { given } => {
                tr.get_args("notice-unknown-version", &[("given", s(given))])
            }
            LinkNotice::UnknownLang { given } => {
                tr.get_args("notice-unknown-lang", &[("given", s(given))])
            }
            LinkNotice::UnknownKey { key } => tr.get_args("notice-unknown-key", &[("key", s(key))]),
            LinkNotice::Invalid { key, given } => {
                tr.get_args("notice-invalid", &[("key", s(key)), ("given", s(given))])
            }
            LinkNotice::Clamped {
                key,
                given,
                used: used_value,
            } => tr.get_args(
                "notice-clamped",
                &[
                    ("key", s(key)),
                    ("given", s(given)),
                    ("used", used(used_value)),
                ],
            ),
            LinkNotice::Rounded {
                key,
                given,
                used: used_value,
            } => tr.get_args(
                "notice-rounded",
                &[
                    ("key", s(key)),
                    ("given", s(given)),
                    ("used", used(used_value)),
                ],
            ),
            LinkNotice::TooLong { read } => {
                tr.get_args("notice-too-long", &[("read", count(*read))])
            }
            LinkNotice::TooManyParams { read } => {
                tr.get_args("notice-too-many", &[("read", count(*read))])
            }
        }
    };
    let (listed, more) = notice_lines(notices);
    html! {
        <div class="notice" data-testid="notice" role="status">
            <strong>{ tr.get("notice-title") }</strong>
            <ul>
                { for listed.into_iter().map(|n| html! {
                    <li data-kind={n.kind()}>{ inline(&prose::inline(&line(n))) }</li>
                }) }
                if more > 0 {
                    <li data-kind="more" data-more={more.to_string()}>
                        { tr.get_args("notice-more", &[("count", count(more))]) }
                    </li>
                }
            </ul>
        </div>
    }
}
