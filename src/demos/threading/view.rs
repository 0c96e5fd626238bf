//! The threading demo panel: presets, Run/Cancel, the measured speedup, the GIL's lane and
//! one lane per thread, the Python program, and the race-condition lab.

use std::rc::Rc;
use std::sync::atomic::Ordering;
use std::sync::Arc;

use yew::prelude::*;

use super::run::{pass, race_lab, warm_up, Live, Pass};
use super::work::RaceResult;
use super::{python, ThreadingParams, MAX_RUN_MS, PRESETS, RACE_PREFIX};
use crate::demos::multiprocessing::run::rate;
use crate::demos::multiprocessing::Kernel;
use crate::model::numfmt;
use crate::model::params::Params;
use crate::model::timeline::{Lane, Segment, Timeline};
use crate::runtime::pool;
use crate::ui::code::CodeView;
use crate::ui::page::ParamsHandle;
use crate::ui::params_form::ParamsForm;
use crate::ui::run_controls::{self, Presets, RunState};
use crate::ui::texts::{use_tr, Tr};
use crate::ui::timeline::TimelineView;

#[derive(PartialEq)]
struct Outcome {
    params: ThreadingParams,
    sequential: Pass,
    threaded: Pass,
}

#[derive(Clone, PartialEq)]
enum Race {
    Idle,
    Running,
    Done(RaceResult, f64, ThreadingParams),
    Failed(String),
}

type State = RunState<Outcome>;

#[function_component]
pub fn ThreadingDemo() -> Html {
    let tr = use_tr();
    let handle = use_context::<ParamsHandle<ThreadingParams>>().unwrap_or_else(|| ParamsHandle {
        params: ThreadingParams::default(),
        set: Callback::noop(),
    });
    let state = use_state(|| State::Idle);
    let race = use_state(|| Race::Idle);
    let live = use_mut_ref(|| Arc::new(Live::default()));
    let p = handle.params;
    let busy = matches!(*state, State::Running { .. }) || *race == Race::Running;
    let code = use_memo((p, tr.clone()), |(p, tr)| {
        python::program(p, &|k| tr.get(k))
    });
    let race_code = use_memo((p, tr.clone()), |(p, tr)| {
        python::race_program(p, &|k| tr.get(k))
    });

    let on_run = {
        let (state, live, tr) = (state.clone(), live.clone(), tr.clone());
        Callback::from(move |_| {
            if matches!(*state, State::Running { .. }) {
                return;
            }
            let estimate = 2.0 * p.sequential_ms();
            if estimate > MAX_RUN_MS {
                state.set(State::Failed(run_controls::too_long(
                    &tr, estimate, MAX_RUN_MS,
                )));
                return;
            }
            let fresh = Arc::new(Live::default());
            *live.borrow_mut() = fresh.clone();
            let (state, tr) = (state.clone(), tr.clone());
            state.set(State::Running {
                label: tr.get("mp-calibrating"),
                done: 0,
                total: p.tasks as usize,
            });
            wasm_bindgen_futures::spawn_local(async move {
                let next = run_both(p, fresh, &state, &tr).await;
                state.set(next);
            });
        })
    };
    let on_cancel = {
        let live = live.clone();
        Callback::from(move |_| live.borrow().cancel.store(true, Ordering::Relaxed))
    };
    let on_race = {
        let (race, tr, live) = (race.clone(), tr.clone(), live.clone());
        Callback::from(move |_| {
            if *race == Race::Running {
                return;
            }
            race.set(Race::Running);
            let fresh = Arc::new(Live::default());
            *live.borrow_mut() = fresh.clone();
            let (race, tr) = (race.clone(), tr.clone());
            wasm_bindgen_futures::spawn_local(async move {
                let _pool = pool::exclusive().await;
                race.set(match race_lab(p, fresh).await {
                    Ok((r, _)) if r.cancelled => Race::Idle,
                    Ok((r, ms)) => Race::Done(r, ms, p),
                    Err(e) => Race::Failed(run_controls::pool_error(&tr, e)),
                });
            });
        })
    };
    {
        // Leaving the page (or opening a new link) cancels a run still going.
        let live = live.clone();
        use_effect_with((), move |_| {
            move || live.borrow().cancel.store(true, Ordering::Relaxed)
        });
    }
    // A preset sets the threaded run; the race lab keeps its own settings.
    let on_preset = {
        let set = handle.set.clone();
        Callback::from(move |preset: ThreadingParams| {
            set.emit(ThreadingParams {
                race_threads: p.race_threads,
                race_n: p.race_n,
                race_lock: p.race_lock,
                ..preset
            })
        })
    };
    let on_race_param = {
        let set = handle.set.clone();
        Callback::from(move |(key, value): (&'static str, f64)| {
            let mut next = p;
            next.set(key, value);
            set.emit(next);
        })
    };

    let values: Vec<f64> = ThreadingParams::SPECS
        .iter()
        .map(|s| p.get(s.key).unwrap_or_default())
        .collect();

    html! {
        <div class="run-area">
            <Presets<ThreadingParams> presets={&PRESETS[..]} text_prefix="th-preset-"
                disabled={busy} on_pick={on_preset} />
            <div class="run-buttons">
                <button type="button" data-testid="run" onclick={on_run} disabled={busy}>{ tr.get("run") }</button>
                <button type="button" class="secondary" data-testid="cancel" onclick={on_cancel.clone()}
                    disabled={!matches!(*state, State::Running { .. })}>{ tr.get("cancel") }</button>
                { state.status(&tr) }
            </div>
            { state.progress_or_alert() }
            if let State::Finished(o) = &*state {
                { result_view(&tr, o) }
            }
            <CodeView title={tr.get("python-title")} code={(*code).clone()} />

            <section class="race" data-testid="race-lab" aria-labelledby="race-title">
                <h3 id="race-title">{ tr.get("race-title") }</h3>
                <p>{ tr.get("race-intro") }</p>
                <ParamsForm specs={ThreadingParams::SPECS} {values} on_change={on_race_param}
                    section={Some(RACE_PREFIX)} legend="race-params-title" />
                <div class="run-buttons">
                    <button type="button" data-testid="race-run" onclick={on_race} disabled={busy}>{ tr.get("race-run") }</button>
                    if *race == Race::Running {
                        <button type="button" class="secondary" data-testid="race-cancel" onclick={on_cancel}>{ tr.get("cancel") }</button>
                        <span role="status">{ tr.get("run-status-running") }</span>
                    }
                </div>
                { race_view(&tr, &race) }
                <CodeView title={tr.get("race-python-title")} code={(*race_code).clone()} testid="race-python-code" />
            </section>
        </div>
    }
}

async fn run_both(
    p: ThreadingParams,
    live: Arc<Live>,
    state: &UseStateHandle<State>,
    tr: &Tr,
) -> State {
    let rate = match rate(Kernel::Primes).await {
        Ok(r) => r,
        Err(e) => return State::Failed(run_controls::pool_error(tr, e)),
    };
    if let Err(e) = warm_up(rate).await {
        return State::Failed(run_controls::pool_error(tr, e));
    }
    let mut passes = Vec::with_capacity(2);
    for (threads, gil, key) in [
        (1, false, "th-running-sequential"),
        (p.threads as usize, p.gil, "th-running-threaded"),
    ] {
        let label = tr.get_args(key, &[("n", numfmt::integer(tr.lang, threads as u64))]);
        let total = p.tasks as usize;
        state.set(State::Running {
            label: label.clone(),
            done: 0,
            total,
        });
        let on_progress = {
            let state = state.clone();
            move |done| {
                state.set(State::Running {
                    label: label.clone(),
                    done,
                    total,
                })
            }
        };
        match pass(p, rate, threads, gil, live.clone(), on_progress).await {
            Ok(pass) if pass.run.cancelled => return State::Cancelled,
            Ok(pass) => passes.push(pass),
            Err(e) => return State::Failed(run_controls::pool_error(tr, e)),
        }
    }
    let threaded = passes.pop();
    let sequential = passes.pop();
    match (sequential, threaded) {
        (Some(sequential), Some(threaded)) => State::Finished(Rc::new(Outcome {
            params: p,
            sequential,
            threaded,
        })),
        _ => State::Failed(tr.get("mp-lost")),
    }
}

fn result_view(tr: &Tr, o: &Outcome) -> Html {
    let lang = tr.lang;
    let (seq, thr) = (&o.sequential, &o.threaded);
    let speedup = seq.wall_ms / thr.wall_ms.max(1e-9);
    let waited: f64 = thr.run.waited_ms.iter().sum();
    html! {
        <>
            <div class="result" data-testid="result" data-model="threading"
                data-wall-ms={format!("{:.1}", thr.wall_ms)}
                data-baseline-ms={format!("{:.1}", seq.wall_ms)}
                data-speedup={format!("{speedup:.3}")}
                data-switches={thr.run.switches.to_string()}
                data-gil-wait-ms={format!("{waited:.1}")}
                data-gil={if o.params.gil { "1" } else { "0" }}>
                <p class="big">{ tr.get_args("th-result-speedup", &[
                    ("ratio", numfmt::ratio(lang, speedup)),
                    ("n", numfmt::integer(lang, u64::from(o.params.threads))),
                ]) }</p>
                <ul>
                    <li>{ tr.get_args("th-result-times", &[
                        ("seq", numfmt::millis(lang, seq.wall_ms)),
                        ("ms", numfmt::millis(lang, thr.wall_ms)),
                    ]) }</li>
                    if o.params.gil {
                        <li>{ tr.get_args("th-result-gil", &[
                            ("switches", numfmt::integer(lang, thr.run.switches as u64)),
                            ("waited", numfmt::millis(lang, waited)),
                        ]) }</li>
                    } else {
                        <li>{ tr.get("th-result-free") }</li>
                    }
                </ul>
                <p class="hint">{ tr.get("mp-result-honest") }</p>
            </div>
            <TimelineView timeline={Rc::new(timeline(o))}
                legend={vec![("gil", "th-legend-gil"), ("running", "th-legend-running"), ("gil-wait", "th-legend-wait"), ("io", "th-legend-io")]}
                title={tr.get("timeline-title")} />
        </>
    }
}

/// Boxes per timeline lane at most: a 0,5 ms switch interval can make tens of thousands.
const MAX_SEGMENTS: usize = 400;

/// The GIL lane's colour per holder, so hand-overs show as colour changes.
const GIL_TINTS: [&str; 4] = ["gil", "gil-b", "gil-c", "gil-d"];

fn timeline(o: &Outcome) -> Timeline {
    let thr = &o.threaded;
    let mut lanes = Vec::with_capacity(o.params.threads as usize + 1);
    if o.params.gil {
        lanes.push(Lane {
            id: "gil".into(),
            label: "GIL".into(),
            segments: thr
                .run
                .turns
                .iter()
                .map(|t| Segment {
                    kind: GIL_TINTS[t.thread % GIL_TINTS.len()],
                    start: t.from,
                    end: t.to,
                    task: format!("thread {}", t.thread + 1),
                    mix: Vec::new(),
                })
                .collect(),
        });
    }
    for t in 0..o.params.threads as usize {
        lanes.push(Lane {
            id: format!("thread-{t}"),
            label: format!("thread {}", t + 1),
            segments: thr
                .run
                .spans
                .iter()
                .filter(|s| s.thread == t)
                .map(|s| Segment {
                    kind: s.doing.name(),
                    start: s.start,
                    end: s.end,
                    task: format!("{}", s.task + 1),
                    mix: Vec::new(),
                })
                .collect(),
        });
    }
    let duration = thr.wall_ms.max(1.0);
    Timeline {
        duration,
        lanes: lanes
            .into_iter()
            .map(|l| l.thinned(duration, MAX_SEGMENTS))
            .collect(),
    }
}

fn race_view(tr: &Tr, race: &Race) -> Html {
    let lang = tr.lang;
    match race {
        Race::Idle | Race::Running => Html::default(),
        Race::Failed(why) => run_controls::alert(why),
        Race::Done(r, ms, p) => html! {
            <div class={classes!("result", (r.lost() > 0).then_some("lost"))} data-testid="race-result"
                data-expected={r.expected.to_string()} data-actual={r.actual.to_string()}
                data-lost-updates={r.lost().to_string()} data-switches={r.switches.to_string()}
                data-lock={if p.race_lock { "1" } else { "0" }} data-gil={if p.gil { "1" } else { "0" }}>
                <p class="big">{ tr.get_args("race-result", &[
                    ("expected", numfmt::integer(lang, r.expected)),
                    ("actual", numfmt::integer(lang, r.actual)),
                    ("lost", numfmt::integer(lang, r.lost())),
                ]) }</p>
                <p class="hint">{ tr.get_args("race-detail", &[
                    ("ms", numfmt::millis(lang, *ms)),
                    ("switches", numfmt::integer(lang, r.switches as u64)),
                ]) }</p>
                <p>{ tr.get(match (r.lost() > 0, p.race_lock) {
                    (true, _) => "race-why-lost",
                    (false, true) => "race-why-locked",
                    (false, false) => "race-why-lucky",
                }) }</p>
            </div>
        },
    }
}
