//! The multiprocessing demo panel: presets, Run / Sweep / Cancel, progress, the measured
//! speedup, the per-worker timeline, the Mandelbrot picture, the sweep chart, the program.
//! The run itself goes through the one lifecycle (`ui::run` → `runtime::run`).

use yew::prelude::*;

use super::outcome::{Labels, Outcome};
use super::{python, run, MultiprocessingParams, MAX_RUN_MS, PRESETS};
use crate::model::numfmt;
use crate::model::page::Page;
use crate::model::replay::TraceMeta;
use crate::runtime::{browser, pool};
use crate::ui::code::CodeView;
use crate::ui::page::use_params;
use crate::ui::replay::{RecordedTimeline, Shared};
use crate::ui::run::{too_long, use_run};
use crate::ui::run_controls::presets;
use crate::ui::texts::{use_tr, Tr};

mod chart;
mod picture;

#[function_component]
pub fn MultiprocessingDemo() -> Html {
    let tr = use_tr();
    let handle = use_params::<MultiprocessingParams>();
    let run = use_run::<Outcome>();
    let p = handle.params;
    {
        // The page needs as many workers as its pool size: start them now, so a Run pressed
        // at once finds them starting; they close a few seconds after the page is left.
        let workers = p.workers as usize;
        use_effect_with((), move |_| {
            let need = pool::need(workers);
            move || drop(need)
        });
    }
    let busy = run.is_running();
    let code = use_memo((p, tr.clone()), |(p, tr)| {
        python::program(p, &|k| tr.get(k))
    });

    let start = |sweep: bool| {
        let (run, tr) = (run.clone(), tr.clone());
        Callback::from(move |_| {
            if run.is_running() {
                return;
            }
            let counts = p.worker_counts(sweep);
            let cores = browser::hardware_concurrency();
            let estimate = p.estimated_run_ms(&counts, cores);
            if estimate > MAX_RUN_MS {
                run.refuse(too_long(&tr, estimate, MAX_RUN_MS));
                return;
            }
            let label = {
                let tr = tr.clone();
                move |n: usize| {
                    tr.get_args("mp-running", &[("n", numfmt::integer(tr.lang, n as u64))])
                }
            };
            let labels = Labels {
                baseline: tr.get("mp-lane-baseline"),
                worker: Box::new(|n| format!("worker {n}")),
            };
            run.start(&tr, run::plan(p, &counts, label), move |m| {
                let started = m.start_ms.map(|ms| (m.threads, ms));
                Outcome::new(p, m.rate, m.passes, sweep, cores, started, &labels)
            });
        })
    };

    html! {
        <div class="run-area">
            { presets(&tr, &PRESETS, "mp-preset-", busy, handle.set.clone()) }
            <div class="run-buttons">
                <button type="button" data-testid="run" onclick={start(false)} disabled={busy}>{ tr.get("run") }</button>
                <button type="button" class="secondary" data-testid="sweep" onclick={start(true)} disabled={busy}>
                    { tr.get_args("mp-sweep", &[("n", numfmt::integer(tr.lang, u64::from(p.workers)))]) }
                </button>
                <button type="button" class="secondary" data-testid="cancel" onclick={run.cancel()} disabled={!busy}>{ tr.get("cancel") }</button>
            </div>
            { run.view() }
            if let Some(outcome) = run.outcome() {
                { result_view(&tr, &outcome) }
            }
            <CodeView title={tr.get("python-title")} code={(*code).clone()} />
        </div>
    }
}

fn result_view(tr: &Tr, o: &Outcome) -> Html {
    let lang = tr.lang;
    let (base, last) = (o.baseline(), o.last());
    let speedup = o.speedup();
    let same = o.same_answer();
    let unit = tr.get(&format!(
        "mp-unit-{}",
        super::Kernel::NAMES[o.params.kernel as usize]
    ));
    let points = o.points();
    let cores = o.cores as f64;
    let serial_fraction = o.serial_fraction();
    html! {
        <>
            <div class="result" data-testid="result" data-model="multiprocessing"
                data-wall-ms={numfmt::fixed(last.wall_ms, 1)}
                data-baseline-ms={numfmt::fixed(base.wall_ms, 1)}
                data-speedup={numfmt::fixed(speedup, 3)}
                data-workers={last.workers.to_string()}
                data-same-answer={same.to_string()}
                data-rate={numfmt::fixed(o.rate, 3)}>
                <p class="big">{ tr.get_args("mp-result-speedup", &[
                    ("ratio", numfmt::ratio(lang, speedup)),
                    ("n", numfmt::integer(lang, last.workers as u64)),
                ]) }</p>
                <ul>
                    <li>{ tr.get_args("mp-result-times", &[
                        ("base", numfmt::millis(lang, base.wall_ms)),
                        ("n", numfmt::integer(lang, last.workers as u64)),
                        ("ms", numfmt::millis(lang, last.wall_ms)),
                    ]) }</li>
                    <li>{ tr.get_args("mp-result-calibration", &[
                        ("rate", numfmt::number(lang, o.rate, 0)),
                        ("unit", unit),
                    ]) }</li>
                    <li>{ tr.get(if same { "mp-result-same" } else { "mp-result-different" }) }</li>
                    if let Some((_, true)) = o.frame {
                        <li>{ tr.get_args("mp-result-capped", &[("max", numfmt::integer(lang, super::MAX_PIXELS))]) }</li>
                    }
                    if let Some((n, ms)) = o.started {
                        <li data-testid="workers-started" data-workers={n.to_string()} data-start-ms={numfmt::fixed(ms, 1)}>
                            { tr.get_args("mp-result-started", &[
                                ("n", numfmt::integer(lang, n as u64)),
                                ("ms", numfmt::millis(lang, ms)),
                            ]) }
                        </li>
                    }
                    if let Some(f) = serial_fraction {
                        <li data-testid="serial-fraction" data-value={numfmt::fixed(f, 4)}>
                            { tr.get_args("mp-result-amdahl", &[("f", numfmt::percent(lang, f, 1))]) }
                        </li>
                    }
                </ul>
                <p class="hint">{ tr.get("run-honest") }</p>
            </div>
            if o.sweep {
                { chart::sweep_chart(tr, &points, serial_fraction.unwrap_or(0.0), cores) }
            }
            <RecordedTimeline timeline={o.timeline.clone()}
                legend={vec![("baseline", "mp-legend-baseline"), ("chunk", "mp-legend-chunk")]}
                title={tr.get("timeline-title")}
                replay={Shared(o.replay.clone())} meta={TraceMeta::of(Page::Multiprocessing, &o.params, tr.lang)} />
            if let Some((frame, _)) = o.frame {
                <picture::Mandelbrot {frame} pixels={o.pixels.clone()} owners={o.owners.clone()} />
            }
        </>
    }
}
