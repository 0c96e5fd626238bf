//! The asyncio demo panel: presets, Run/Cancel, the live lag meter, the measured result,
//! the timeline (and its table), and the Python program.

use std::cell::RefCell;
use std::rc::Rc;

use futures::channel::oneshot;
use yew::prelude::*;

use super::run::{run, Progress};
use super::trace::{self, RunTrace};
use super::{python, AsyncioParams, MAX_BLOCKING_MS, PRESETS};
use crate::model::numfmt;
use crate::model::page::Page;
use crate::model::replay::TraceMeta;
use crate::runtime::event_loop::sleep;
use crate::ui::code::CodeView;
use crate::ui::page::use_params;
use crate::ui::replay::{RecordedTimeline, Shared};
use crate::ui::run::RunStatus;
use crate::ui::run_controls::{self, presets};
use crate::ui::texts::use_tr;

/// Rows of the timeline and its table: one per task up to this many, else groups.
const MAX_ROWS: usize = 120;
/// How often the live meter redraws during a run, in ms.
const METER_EVERY_MS: f64 = 100.0;

#[derive(Clone, PartialEq)]
enum RunState {
    Idle,
    Running,
    Finished {
        trace: Rc<RunTrace>,
        params: AsyncioParams,
    },
    /// The run would block the page longer than [`MAX_BLOCKING_MS`].
    Refused {
        blocking_ms: f64,
    },
}

#[function_component]
pub fn AsyncioDemo() -> Html {
    let tr = use_tr();
    let lang = tr.lang;
    // Outside a page (never in the app) the demo still renders, with the defaults.
    let handle = use_params::<AsyncioParams>();
    let state = use_state(|| RunState::Idle);
    let progress = use_state(|| (Progress::default(), 0.0f64));
    let cancel = use_mut_ref(|| None::<oneshot::Sender<()>>);
    let p = handle.params;
    let running = *state == RunState::Running;
    let code = use_memo((p, tr.clone()), |(p, tr)| {
        python::program(p, &|k| tr.get(k))
    });

    let on_run = {
        let (state, progress, cancel) = (state.clone(), progress.clone(), cancel.clone());
        Callback::from(move |_| {
            if *state == RunState::Running {
                return;
            }
            let blocking_ms = p.blocking_ms(&p.waits());
            if blocking_ms > MAX_BLOCKING_MS {
                state.set(RunState::Refused { blocking_ms });
                return;
            }
            let (tx, rx) = oneshot::channel();
            *cancel.borrow_mut() = Some(tx);
            state.set(RunState::Running);
            progress.set((Progress::default(), 0.0));
            let (state, progress) = (state.clone(), progress.clone());
            wasm_bindgen_futures::spawn_local(async move {
                // Let the page paint "running" first: a blocking run freezes it right away.
                sleep(30.0).await;
                // (max lag so far, when the meter was last redrawn)
                let seen = Rc::new(RefCell::new((0.0f64, f64::NEG_INFINITY)));
                let on_tick = {
                    let progress = progress.clone();
                    move |pr: Progress| {
                        let mut seen = seen.borrow_mut();
                        seen.0 = seen.0.max(pr.lag_ms);
                        // Redraw the meter a few times a second, or at once for a large lag:
                        // redrawing on every 10 ms tick would itself add to the lag measured.
                        if pr.elapsed_ms - seen.1 >= METER_EVERY_MS || pr.lag_ms >= METER_EVERY_MS {
                            seen.1 = pr.elapsed_ms;
                            progress.set((pr, seen.0));
                        }
                    }
                };
                let trace = run(p, rx, on_tick).await;
                state.set(RunState::Finished {
                    trace: Rc::new(trace),
                    params: p,
                });
            });
        })
    };
    let on_cancel = {
        let cancel = cancel.clone();
        Callback::from(move |_| {
            if let Some(tx) = cancel.borrow_mut().take() {
                let _ = tx.send(());
            }
        })
    };

    let status = match &*state {
        RunState::Idle => "idle",
        RunState::Running => "running",
        RunState::Finished { trace, .. } if trace.summary().cancelled > 0 => "cancelled",
        RunState::Finished { .. } => "done",
        RunState::Refused { .. } => "error",
    };

    html! {
        <div class="run-area">
            { presets(&tr, &PRESETS, "asyncio-preset-", running, handle.set.clone()) }
            <div class="run-buttons">
                <button type="button" data-testid="run" onclick={on_run} disabled={running}>
                    { tr.get("run") }
                </button>
                <button type="button" class="secondary" data-testid="cancel" onclick={on_cancel} disabled={!running}>
                    { tr.get("cancel") }
                </button>
            </div>
            // The asyncio run lives on the page's own event loop, not on workers: only the
            // status line is shared with the other demos.
            <RunStatus state={status} />
            if running {
                { live_meter(&tr, p, progress.0, progress.1) }
            }
            if let RunState::Refused { blocking_ms } = &*state {
                { run_controls::alert(&tr.get_args("asyncio-refused", &[
                    ("ms", numfmt::millis(lang, *blocking_ms)),
                    ("max", numfmt::millis(lang, MAX_BLOCKING_MS)),
                ])) }
            }
            if let RunState::Finished { trace, params } = &*state {
                { result_view(&tr, trace.clone(), params) }
            }
            <CodeView title={tr.get("python-title")} code={(*code).clone()} />
        </div>
    }
}

/// What a running run shows: elapsed time, tasks ended, and the loop's lag right now.
fn live_meter(tr: &crate::ui::texts::Tr, p: AsyncioParams, pr: Progress, max_lag: f64) -> Html {
    let lang = tr.lang;
    // The bar is full at 200 ms of lag: a frozen loop cannot be missed.
    let width = (pr.lag_ms / 200.0 * 100.0).clamp(1.0, 100.0);
    html! {
        <div class="live" data-testid="lag-meter" data-lag-ms={numfmt::fixed(pr.lag_ms, 1)}>
            <p>{ tr.get_args("asyncio-live", &[
                ("elapsed", numfmt::millis(lang, pr.elapsed_ms)),
                ("ended", numfmt::integer(lang, pr.ended as u64)),
                ("tasks", numfmt::integer(lang, u64::from(p.tasks))),
            ]) }</p>
            <div class="meter" aria-hidden="true"><div class="meter-fill" style={format!("width: {}%", numfmt::fixed(width, 0))}></div></div>
            <p class="hint">{ tr.get_args("asyncio-lag-now", &[
                ("lag", numfmt::millis(lang, pr.lag_ms)),
                ("max", numfmt::millis(lang, max_lag)),
            ]) }</p>
        </div>
    }
}

fn result_view(tr: &crate::ui::texts::Tr, trace: Rc<RunTrace>, p: &AsyncioParams) -> Html {
    let lang = tr.lang;
    let s = trace.summary();
    let sequential = p.sequential_ms(&p.waits());
    let timeline = Rc::new(trace::timeline(&trace, MAX_ROWS, tr.get("lane-loop")));
    let rows = trace::rows(&trace, MAX_ROWS);
    let legend = vec![
        ("busy", "phase-busy"),
        ("queued", "phase-queued"),
        if p.blocking {
            ("blocking", "phase-blocking")
        } else {
            ("waiting", "phase-waiting")
        },
        ("running", "phase-running"),
    ];
    let phase_cell = |row: &trace::Row, phase: trace::Phase| -> String {
        row.spans
            .iter()
            .find(|s| s.0 == phase)
            .map(|s| {
                format!(
                    "{}–{}",
                    numfmt::number(lang, s.1, 0),
                    numfmt::number(lang, s.2, 0)
                )
            })
            .unwrap_or_else(|| "–".into())
    };
    let wait_phase = if p.blocking {
        trace::Phase::Blocking
    } else {
        trace::Phase::Waiting
    };
    html! {
        <>
            <div class="result" data-testid="result" data-model="asyncio"
                data-wall-ms={numfmt::fixed(s.wall_ms, 1)}
                data-max-lag-ms={numfmt::fixed(s.max_lag_ms, 1)}
                data-done={s.done.to_string()} data-timed-out={s.timed_out.to_string()}
                data-cancelled={s.cancelled.to_string()}
                data-sequential-ms={numfmt::fixed(sequential, 1)}>
                <p class="big">{ tr.get_args("asyncio-result-wall", &[
                    ("ms", numfmt::millis(lang, s.wall_ms)),
                    ("tasks", numfmt::integer(lang, u64::from(p.tasks))),
                ]) }</p>
                <ul>
                    <li>{ tr.get_args("asyncio-result-counts", &[
                        ("done", numfmt::integer(lang, s.done as u64)),
                        ("timedout", numfmt::integer(lang, s.timed_out as u64)),
                        ("cancelled", numfmt::integer(lang, s.cancelled as u64)),
                    ]) }</li>
                    <li>{ tr.get_args("asyncio-result-sequential", &[
                        ("ms", numfmt::millis(lang, sequential)),
                        ("ratio", numfmt::ratio(lang, if s.wall_ms > 0.0 { sequential / s.wall_ms } else { f64::NAN })),
                    ]) }</li>
                    <li>{ tr.get_args("asyncio-result-lag", &[("ms", numfmt::millis(lang, s.max_lag_ms))]) }</li>
                </ul>
                <p class="hint">{ tr.get("asyncio-result-honest") }</p>
            </div>
            <RecordedTimeline {timeline} {legend} title={tr.get("timeline-title")}
                replay={Shared(trace.replay.clone())}
                meta={TraceMeta::of(Page::Asyncio, p, lang)} />
            <details class="table">
                <summary>{ tr.get("timeline-table") }</summary>
                <table>
                    <caption>{ tr.get("timeline-table-caption") }</caption>
                    <thead><tr>
                        <th scope="col">{ tr.get("col-tasks") }</th>
                        <th scope="col">{ tr.get("phase-queued") }</th>
                        <th scope="col">{ tr.get(if p.blocking { "phase-blocking" } else { "phase-waiting" }) }</th>
                        <th scope="col">{ tr.get("phase-running") }</th>
                        <th scope="col">{ tr.get("col-outcome") }</th>
                    </tr></thead>
                    <tbody>
                        { for rows.iter().map(|row| html! {
                            <tr>
                                <th scope="row">{ if row.tasks.0 == row.tasks.1 { format!("{}", row.tasks.0 + 1) } else { format!("{}–{}", row.tasks.0 + 1, row.tasks.1 + 1) } }</th>
                                <td>{ phase_cell(row, trace::Phase::Queued) }</td>
                                <td>{ phase_cell(row, wait_phase) }</td>
                                <td>{ phase_cell(row, trace::Phase::Running) }</td>
                                <td>{ outcome_text(tr, row.outcomes) }</td>
                            </tr>
                        }) }
                    </tbody>
                </table>
            </details>
        </>
    }
}

/// "3 selesai, 1 dibatalkan": counts in [`trace::Row::outcomes`] order.
fn outcome_text(tr: &crate::ui::texts::Tr, counts: [usize; 3]) -> String {
    [
        tr.get("outcome-done"),
        tr.get("outcome-timed-out"),
        tr.get("outcome-cancelled"),
    ]
    .into_iter()
    .zip(counts)
    .filter(|(_, n)| *n > 0)
    .map(|(label, n)| format!("{} {label}", numfmt::integer(tr.lang, n as u64)))
    .collect::<Vec<_>>()
    .join(", ")
}
