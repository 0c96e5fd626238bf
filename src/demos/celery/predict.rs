//! The Celery prompts run for real: the page's own plan (its node and child workers started,
//! the model driven with real time), and the verdict of the board at the end.

use std::rc::Rc;

use futures::channel::mpsc::unbounded;

use super::lesson::{verdict, CeleryLesson};
use super::{run, view, CeleryParams};
use crate::model::lesson::{Prompt, Verdict};
use crate::runtime::browser;
use crate::ui::lesson::Runs;
use crate::ui::run::RunHandle;
use crate::ui::texts::Tr;

impl Runs for CeleryLesson {
    fn start(
        run_handle: &RunHandle<Option<Verdict>>,
        tr: &Tr,
        prompt: &'static Prompt<CeleryParams>,
    ) {
        let p = prompt.params;
        // No buttons act on a prompt's run: the channel carries only the nodes' lines.
        let plan = run::plan(
            p,
            view::running_label(tr, &p),
            browser::cross_origin_isolated(),
            unbounded(),
            Rc::new(|_| {}),
        );
        run_handle.start(tr, plan, move |m| {
            let outcome = m.passes.into_iter().next()?.ok()?;
            verdict(prompt.id, &outcome.board)
        });
    }
}
