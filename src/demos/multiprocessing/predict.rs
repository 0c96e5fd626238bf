//! The multiprocessing prompts run for real: the demo's own plan (1 worker process, then the
//! prompt's count) on the lifecycle, and the verdict of the measured outcome.

use super::lesson::{verdict, MultiprocessingLesson};
use super::outcome::{Labels, Outcome};
use super::{run, MultiprocessingParams};
use crate::model::lesson::{Prompt, Verdict};
use crate::model::numfmt;
use crate::runtime::browser;
use crate::ui::lesson::Runs;
use crate::ui::run::RunHandle;
use crate::ui::texts::Tr;

impl Runs for MultiprocessingLesson {
    fn start(
        run_handle: &RunHandle<Option<Verdict>>,
        tr: &Tr,
        prompt: &'static Prompt<MultiprocessingParams>,
    ) {
        let p = prompt.params;
        let counts = p.worker_counts(false);
        let label = {
            let tr = tr.clone();
            move |n: usize| tr.get_args("mp-running", &[("n", numfmt::integer(tr.lang, n as u64))])
        };
        let labels = Labels {
            baseline: tr.get("mp-lane-baseline"),
            worker: Box::new(|n| format!("worker {n}")),
        };
        let cores = browser::hardware_concurrency();
        run_handle.start(tr, run::plan(p, &counts, label), move |m| {
            let started = m.start_ms.map(|ms| (m.threads, ms));
            let o = Outcome::new(p, m.rate, m.passes, false, cores, started, &labels);
            Some(verdict(prompt.id, &o))
        });
    }
}
