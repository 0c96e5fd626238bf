//! The Bandingkan prompts run for real: the page's own plan with just the two models a prompt
//! races, and the verdict of the measured outcome.

use futures::channel::mpsc;

use super::lesson::{raced, verdict, BandingkanLesson};
use super::outcome::ModelPass;
use super::{run, view, BandingkanParams};
use crate::model::lesson::{Prompt, Verdict};
use crate::ui::lesson::Runs;
use crate::ui::run::RunHandle;
use crate::ui::texts::Tr;

impl Runs for BandingkanLesson {
    fn start(
        run_handle: &RunHandle<Option<Verdict>>,
        tr: &Tr,
        prompt: &'static Prompt<BandingkanParams>,
    ) {
        let p = prompt.params;
        let names = view::labels(tr);
        // A prompt draws no rows while it runs: nobody listens to the passes as they land.
        let (landed, _) = mpsc::unbounded::<ModelPass>();
        let plan = run::plan(p, &raced(prompt.id), view::running_label(tr), landed);
        run_handle.start(tr, plan, move |m| {
            verdict(prompt.id, &view::finished(p, m, &names))
        });
    }
}
