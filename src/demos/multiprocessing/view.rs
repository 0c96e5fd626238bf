//! The multiprocessing demo panel: presets, Run / Sweep / Cancel, progress, the measured
//! speedup, the per-worker timeline, the Mandelbrot picture, the sweep chart, the program.

use std::rc::Rc;
use std::sync::atomic::Ordering;
use std::sync::Arc;

use yew::prelude::*;

use super::run::{pass, rate, Pass};
use super::work::Frame;
use super::{python, MultiprocessingParams, MAX_RUN_MS, PRESETS};
use crate::demos::Live;
use crate::model::amdahl::fit_serial_fraction;
use crate::model::numfmt;
use crate::model::timeline::{Lane, Segment, Timeline};
use crate::runtime::browser;
use crate::runtime::pool::{self, PoolError};
use crate::ui::code::CodeView;
use crate::ui::page::ParamsHandle;
use crate::ui::run_controls::{self, Presets, RunState};
use crate::ui::texts::{use_tr, Tr};
use crate::ui::timeline::TimelineView;

mod chart;
mod picture;

/// A finished run: the parameters it used, its calibration and its passes.
#[derive(PartialEq)]
struct Outcome {
    params: MultiprocessingParams,
    rate: f64,
    frame: Option<(Frame, bool)>,
    /// Every pass, the first being the 1-worker baseline.
    passes: Vec<Pass>,
    /// Whether this was a sweep over 1…workers.
    sweep: bool,
    /// Cores the browser reported: the ceiling of any speedup.
    cores: usize,
    /// Built once when the run ends, so redrawing the page (a form edit, the language
    /// toggle) never rebuilds the timeline or copies the picture.
    timeline: Rc<Timeline>,
    pixels: Rc<Vec<u8>>,
    owners: Rc<Vec<usize>>,
}

impl Outcome {
    fn baseline(&self) -> &Pass {
        &self.passes[0]
    }
    fn last(&self) -> &Pass {
        &self.passes[self.passes.len() - 1]
    }
}

type State = RunState<Outcome>;

#[function_component]
pub fn MultiprocessingDemo() -> Html {
    let tr = use_tr();
    let handle =
        use_context::<ParamsHandle<MultiprocessingParams>>().unwrap_or_else(|| ParamsHandle {
            params: MultiprocessingParams::default(),
            set: Callback::noop(),
        });
    let state = use_state(|| State::Idle);
    let live = use_mut_ref(|| Arc::new(Live::default()));
    let p = handle.params;
    let busy = matches!(*state, State::Running { .. });
    let code = use_memo((p, tr.clone()), |(p, tr)| {
        python::program(p, &|k| tr.get(k))
    });

    let start = |sweep: bool| {
        let (state, live, tr) = (state.clone(), live.clone(), tr.clone());
        Callback::from(move |_| {
            if matches!(*state, State::Running { .. }) {
                return;
            }
            let counts = p.worker_counts(sweep);
            let estimate = p.estimated_run_ms(&counts, browser::hardware_concurrency());
            if estimate > MAX_RUN_MS {
                state.set(State::Failed(run_controls::too_long(
                    &tr, estimate, MAX_RUN_MS,
                )));
                return;
            }
            let fresh = Arc::new(Live::default());
            *live.borrow_mut() = fresh.clone();
            state.set(State::Running {
                label: tr.get("mp-calibrating"),
                done: 0,
                total: p.tasks as usize,
            });
            let (state, tr) = (state.clone(), tr.clone());
            wasm_bindgen_futures::spawn_local(async move {
                let next = run_all(p, counts, sweep, fresh, &state, &tr).await;
                state.set(next);
            });
        })
    };
    let on_cancel = {
        let live = live.clone();
        Callback::from(move |_| live.borrow().cancel.store(true, Ordering::Relaxed))
    };
    {
        // Leaving the page (or opening a new link) cancels a run still going.
        let live = live.clone();
        use_effect_with((), move |_| {
            move || live.borrow().cancel.store(true, Ordering::Relaxed)
        });
    }

    html! {
        <div class="run-area">
            <Presets<MultiprocessingParams> presets={&PRESETS[..]} text_prefix="mp-preset-"
                disabled={busy} on_pick={handle.set.clone()} />
            <div class="run-buttons">
                <button type="button" data-testid="run" onclick={start(false)} disabled={busy}>{ tr.get("run") }</button>
                <button type="button" class="secondary" data-testid="sweep" onclick={start(true)} disabled={busy}>
                    { tr.get_args("mp-sweep", &[("n", numfmt::integer(tr.lang, u64::from(p.workers)))]) }
                </button>
                <button type="button" class="secondary" data-testid="cancel" onclick={on_cancel} disabled={!busy}>{ tr.get("cancel") }</button>
                { state.status(&tr) }
            </div>
            { state.progress_or_alert() }
            if let State::Finished(outcome) = &*state {
                { result_view(&tr, outcome) }
            }
            <CodeView title={tr.get("python-title")} code={(*code).clone()} />
        </div>
    }
}

/// Calibrate, then run one pass per worker count, reporting progress; the final state.
async fn run_all(
    p: MultiprocessingParams,
    counts: Vec<usize>,
    sweep: bool,
    live: Arc<Live>,
    state: &UseStateHandle<State>,
    tr: &Tr,
) -> State {
    let failed = |e: PoolError| State::Failed(run_controls::pool_error(tr, e));
    let _pool = pool::exclusive().await;
    let rate = match rate(p.kernel).await {
        Ok(r) => r,
        Err(e) => return failed(e),
    };
    let (warm_units, warm_frame) = p.warm_up(rate);
    let warm = pass(
        p.kernel,
        Arc::new(warm_units),
        1,
        1,
        warm_frame,
        live.clone(),
        |_| {},
    )
    .await;
    if let Err(e) = warm {
        return failed(e);
    }
    let units = Arc::new(p.units(rate));
    let frame = p.frame(rate);
    let mut passes = Vec::with_capacity(counts.len());
    for workers in counts {
        let label = tr.get_args(
            "mp-running",
            &[("n", numfmt::integer(tr.lang, workers as u64))],
        );
        let total = units.len();
        state.set(State::Running {
            label: label.clone(),
            done: 0,
            total,
        });
        let on_progress = {
            let state = state.clone();
            move |done: usize| {
                state.set(State::Running {
                    label: label.clone(),
                    done,
                    total,
                })
            }
        };
        let result = pass(
            p.kernel,
            units.clone(),
            workers,
            p.chunksize as usize,
            frame.map(|f| f.0),
            live.clone(),
            on_progress,
        )
        .await;
        match result {
            Ok(pass) if pass.result.cancelled => return State::Cancelled,
            Ok(pass) => passes.push(pass),
            Err(e) => return failed(e),
        }
    }
    let Some(last) = passes.last() else {
        return State::Failed(tr.get("mp-lost"));
    };
    let owners = Rc::new(strip_owners(last, p.tasks as usize));
    let pixels = Rc::new(last.result.pixels.clone());
    let timeline = Rc::new(timeline(tr, &passes));
    State::Finished(Rc::new(Outcome {
        params: p,
        rate,
        frame,
        passes,
        sweep,
        cores: browser::hardware_concurrency(),
        timeline,
        pixels,
        owners,
    }))
}

fn result_view(tr: &Tr, o: &Outcome) -> Html {
    let lang = tr.lang;
    let (base, last) = (o.baseline(), o.last());
    let speedup = base.wall_ms / last.wall_ms.max(1e-9);
    let same = o
        .passes
        .iter()
        .all(|p| p.result.checksum == base.result.checksum);
    let unit = tr.get(&format!(
        "mp-unit-{}",
        super::Kernel::NAMES[o.params.kernel as usize]
    ));
    let points: Vec<(f64, f64)> = o
        .passes
        .iter()
        .map(|p| (p.workers as f64, base.wall_ms / p.wall_ms.max(1e-9)))
        .collect();
    let cores = o.cores as f64;
    let serial_fraction = o.sweep.then(|| fit_serial_fraction(&points, cores));
    html! {
        <>
            <div class="result" data-testid="result" data-model="multiprocessing"
                data-wall-ms={format!("{:.1}", last.wall_ms)}
                data-baseline-ms={format!("{:.1}", base.wall_ms)}
                data-speedup={format!("{speedup:.3}")}
                data-workers={last.workers.to_string()}
                data-same-answer={same.to_string()}
                data-rate={format!("{:.3}", o.rate)}>
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
                    if let Some(f) = serial_fraction {
                        <li data-testid="serial-fraction" data-value={format!("{f:.4}")}>
                            { tr.get_args("mp-result-amdahl", &[("f", format!("{} %", numfmt::number(lang, f * 100.0, 1)))]) }
                        </li>
                    }
                </ul>
                <p class="hint">{ tr.get("mp-result-honest") }</p>
            </div>
            if o.sweep {
                <chart::SweepChart points={points.clone()} serial_fraction={serial_fraction.unwrap_or(0.0)} {cores} />
            }
            <TimelineView timeline={o.timeline.clone()}
                legend={vec![("baseline", "mp-legend-baseline"), ("chunk", "mp-legend-chunk")]}
                title={tr.get("timeline-title")} />
            if let Some((frame, _)) = o.frame {
                <picture::Mandelbrot {frame} pixels={o.pixels.clone()} owners={o.owners.clone()} />
            }
        </>
    }
}

/// The baseline's single lane, then one lane per worker of the last pass, on one time axis.
fn timeline(tr: &Tr, passes: &[Pass]) -> Timeline {
    let (Some(base), Some(last)) = (passes.first(), passes.last()) else {
        return Timeline::default();
    };
    let chunk_label = |first: usize, n: usize| {
        if n == 1 {
            format!("{}", first + 1)
        } else {
            format!("{}–{}", first + 1, first + n)
        }
    };
    let mut lanes = vec![Lane {
        id: "baseline".into(),
        label: tr.get("mp-lane-baseline"),
        segments: base
            .result
            .chunks
            .iter()
            .map(|c| Segment {
                kind: "baseline",
                start: c.start,
                end: c.end,
                task: chunk_label(c.first_task, c.tasks),
                mix: Vec::new(),
            })
            .collect(),
    }];
    for w in 0..last.workers {
        lanes.push(Lane {
            id: format!("worker-{w}"),
            label: format!("worker {}", w + 1),
            segments: last
                .result
                .chunks
                .iter()
                .filter(|c| c.worker == w)
                .map(|c| Segment {
                    kind: "chunk",
                    start: c.start,
                    end: c.end,
                    task: chunk_label(c.first_task, c.tasks),
                    mix: Vec::new(),
                })
                .collect(),
        });
    }
    let duration = base.wall_ms.max(last.wall_ms).max(1.0);
    Timeline {
        duration,
        lanes: lanes
            .into_iter()
            .map(|l| l.thinned(duration, 400))
            .collect(),
    }
}

/// Which worker computed each task (strip) in `pass`.
fn strip_owners(pass: &Pass, tasks: usize) -> Vec<usize> {
    let mut owners = vec![0; tasks];
    for c in &pass.result.chunks {
        let end = (c.first_task + c.tasks).min(tasks);
        for owner in owners.iter_mut().take(end).skip(c.first_task) {
            *owner = c.worker;
        }
    }
    owners
}
