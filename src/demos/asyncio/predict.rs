//! The asyncio prompts run for real: the demo's own run on the page's event loop, as one
//! page pass of the lifecycle (no workers), and the verdict of its measured summary.

use std::pin::pin;
use std::sync::atomic::Ordering;

use futures::channel::oneshot;
use futures::future::{self, Either};
use futures::FutureExt;

use super::lesson::{verdict, AsyncioLesson};
use super::run::run;
use super::AsyncioParams;
use crate::model::lesson::{Prompt, Verdict};
use crate::runtime::event_loop::sleep;
use crate::runtime::run::{PassPlan, Plan, Work};
use crate::ui::lesson::Runs;
use crate::ui::run::RunHandle;
use crate::ui::texts::Tr;

/// How often the page job looks at the Cancel flag, in ms.
const CANCEL_POLL_MS: f64 = 50.0;

impl Runs for AsyncioLesson {
    fn start(
        run_handle: &RunHandle<Option<Verdict>>,
        tr: &Tr,
        prompt: &'static Prompt<AsyncioParams>,
    ) {
        let p = prompt.params;
        let plan = Plan {
            threads: 0,
            calibrate: None,
            warm_up: None,
            passes: vec![PassPlan {
                label: tr.get("run-status-running"),
                total: 0,
                job: Work::Page(Box::new(move |_rate, live| {
                    async move {
                        // The run stops when its cancel sender fires; the lifecycle's Cancel
                        // (leaving the page, the watchdog) is a flag, so it is relayed.
                        let (tx, rx) = oneshot::channel();
                        let relay = async move {
                            while !live.cancel.load(Ordering::Relaxed) {
                                sleep(CANCEL_POLL_MS).await;
                            }
                            let _ = tx.send(());
                            future::pending::<()>().await
                        };
                        match future::select(pin!(run(p, rx, |_| {})), pin!(relay)).await {
                            Either::Left((trace, _)) => trace,
                            Either::Right(((), _)) => unreachable!("the relay never ends"),
                        }
                    }
                    .boxed_local()
                })),
            }],
        };
        run_handle.start(tr, plan, move |m| {
            m.passes
                .first()
                .map(|trace| verdict(prompt.id, &trace.summary()))
        });
    }
}
