//! The threading prompts run for real: the demo's own plans (threads under the GIL, or the
//! race lab) on the lifecycle, and the verdict of the measured outcome.

use super::lesson::{gil_verdict, lock_verdict, ThreadingLesson, LOCK};
use super::outcome::Outcome;
use super::{run, ThreadingParams};
use crate::model::lesson::{Prompt, Verdict};
use crate::model::numfmt;
use crate::ui::lesson::Runs;
use crate::ui::run::RunHandle;
use crate::ui::texts::Tr;

impl Runs for ThreadingLesson {
    fn start(
        run_handle: &RunHandle<Option<Verdict>>,
        tr: &Tr,
        prompt: &'static Prompt<ThreadingParams>,
    ) {
        let p = prompt.params;
        if prompt.id == LOCK {
            let plan = run::race_plan(p, tr.get("run-status-running"));
            run_handle.start(tr, plan, |mut m| {
                m.passes.pop().map(|(r, _)| lock_verdict(&r))
            });
            return;
        }
        let label =
            |key: &str, n: u32| tr.get_args(key, &[("n", numfmt::integer(tr.lang, u64::from(n)))]);
        let labels = [
            label("th-running-sequential", 1),
            label("th-running-threaded", p.threads),
        ];
        run_handle.start(tr, run::plan(p, labels), move |m| {
            Outcome::new(p, m.passes).map(|o| gil_verdict(&o))
        });
    }
}
