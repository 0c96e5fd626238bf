//! The Bandingkan panel: presets, the prediction, Run/Cancel, one row per model with its bar
//! on one scale (each as soon as it lands), the verdict, the decision helper, the stacked
//! timelines, the summary table, other libraries, and each model's Python program in tabs.
//! The race goes through the one lifecycle (`ui::run` → `runtime::run`).

use std::rc::Rc;

use futures::channel::mpsc;
use futures::StreamExt;
use yew::prelude::*;

use super::advice::{advise, check, Check, Why};
use super::outcome::{Labels, Model, ModelPass, Outcome, MODELS};
use super::{run, BandingkanParams, LIBS, MAX_BLOCKING_MS, MAX_RUN_MS, PRESETS, TABLE_ROWS};
use crate::demos::{asyncio, celery, multiprocessing, threading};
use crate::model::numfmt;
use crate::model::page::Page;
use crate::model::prose;
use crate::model::replay::TraceMeta;
use crate::runtime::run::Measured;
use crate::runtime::{browser, pool};
use crate::ui::class_with;
use crate::ui::code::CodeView;
use crate::ui::page::use_params;
use crate::ui::replay::{ReplayView, Shared};
use crate::ui::run::{too_long, use_run};
use crate::ui::run_controls::presets;
use crate::ui::texts::{use_tr, Tr};
use crate::ui::timeline::TimelineView;

/// The stacked timeline's kinds and their words (also an opened trace's colours).
const LEGEND: [(&str, &str); 8] = [
    ("total", "bandingkan-legend-total"),
    ("startup", "bandingkan-legend-startup"),
    ("running", "th-legend-running"),
    ("gil", "th-legend-gil"),
    ("gil-wait", "th-legend-wait"),
    ("io", "th-legend-io"),
    ("busy", "phase-busy"),
    ("waiting", "phase-waiting"),
];

#[derive(Properties, PartialEq)]
struct ReplaysProps {
    outcome: Rc<Outcome>,
}

/// Slow motion for one model's pass at a time, with that model's own machinery.
#[function_component]
fn ModelReplays(props: &ReplaysProps) -> Html {
    let tr = use_tr();
    let o = &props.outcome;
    let chosen = use_state(|| None::<Model>);
    let Some((model, replay)) = o
        .replays
        .iter()
        .find(|r| Some(r.0) == *chosen)
        .or(o.replays.first())
    else {
        return html! {};
    };
    let on_change = {
        let (chosen, models) = (
            chosen.clone(),
            o.replays.iter().map(|r| r.0).collect::<Vec<_>>(),
        );
        Callback::from(move |e: Event| {
            if let Some(select) = e.target_dyn_into::<web_sys::HtmlSelectElement>() {
                chosen.set(models.get(select.selected_index().max(0) as usize).copied());
            }
        })
    };
    let mut meta = TraceMeta::of(Page::Bandingkan, &o.params, tr.lang);
    meta.params.push(("model".into(), model.id().into()));
    html! {
        <div class="model-replays">
            <label>{ tr.get("bandingkan-replay-model") }{ " " }
                <select data-testid="replay-model" onchange={on_change}>
                    { for o.replays.iter().map(|(m, _)| html! {
                        <option value={m.id()} selected={m == model}>{ model_name(&tr, *m) }</option>
                    }) }
                </select>
            </label>
            <ReplayView replay={Shared(replay.recording())} {meta} legend={LEGEND.to_vec()} />
        </div>
    }
}

/// The official documentation the seed links to.
const DOCS: &str = "https://docs.python.org/3/library/concurrency.html";

/// The workers' start-up as the pool measured it: (workers, ms).
fn pool_startup() -> Option<(usize, f64)> {
    match pool::state() {
        pool::PoolState::Ready { threads, start_ms } => Some((threads, start_ms)),
        _ => None,
    }
}

/// The progress line of each model's pass.
pub(super) fn running_label(tr: &Tr) -> impl Fn(Model) -> String {
    let tr = tr.clone();
    move |m| tr.get_args("bandingkan-running", &[("model", model_name(&tr, m))])
}

/// The outcome of a finished race: the processes' start-up as this run, or else the pool,
/// measured it.
pub(super) fn finished(p: BandingkanParams, m: Measured<ModelPass>, names: &Labels) -> Outcome {
    let startup = m.start_ms.map(|ms| (m.threads, ms)).or_else(pool_startup);
    Outcome::new(p, &m.passes, startup, names)
}

pub(super) fn labels(tr: &Tr) -> Labels {
    let tr2 = tr.clone();
    Labels {
        model: Box::new(move |m| model_name(&tr2, m)),
        event_loop: tr.get("lane-loop"),
    }
}

fn model_name(tr: &Tr, m: Model) -> String {
    tr.get(&format!("bandingkan-model-{}", m.id()))
}

#[function_component]
pub fn BandingkanDemo() -> Html {
    let tr = use_tr();
    let handle = use_params::<BandingkanParams>();
    let p = handle.params;
    let run = use_run::<Outcome>();
    let predicted = use_state(|| None::<Model>);
    // Passes landed so far in the current run, and a counter that redraws when one lands.
    let landed = use_mut_ref(Vec::<ModelPass>::new);
    let landed_count = use_state(|| 0usize);
    {
        let workers = p.workers as usize;
        use_effect_with((), move |_| {
            let need = pool::need(workers);
            move || drop(need)
        });
    }
    let busy = run.is_running();

    let on_run = {
        let (run, tr, landed, landed_count) = (
            run.clone(),
            tr.clone(),
            landed.clone(),
            landed_count.clone(),
        );
        Callback::from(move |_| {
            if run.is_running() {
                return;
            }
            let cores = browser::hardware_concurrency();
            let estimate = p.estimated_run_ms(cores);
            if estimate > MAX_RUN_MS {
                run.refuse(too_long(&tr, estimate, MAX_RUN_MS));
                return;
            }
            let blocking = p.loop_blocking_ms();
            if blocking > MAX_BLOCKING_MS {
                run.refuse(tr.get_args(
                    "bandingkan-refused-loop",
                    &[
                        ("ms", numfmt::millis(tr.lang, blocking)),
                        ("max", numfmt::millis(tr.lang, MAX_BLOCKING_MS)),
                    ],
                ));
                return;
            }
            landed.borrow_mut().clear();
            landed_count.set(0);
            let (tx, mut rx) = mpsc::unbounded::<ModelPass>();
            {
                let (landed, landed_count) = (landed.clone(), landed_count.clone());
                wasm_bindgen_futures::spawn_local(async move {
                    while let Some(pass) = rx.next().await {
                        let n = {
                            let mut l = landed.borrow_mut();
                            l.push(pass);
                            l.len()
                        };
                        landed_count.set(n);
                    }
                });
            }
            let names = labels(&tr);
            let plan = run::plan(p, &Model::runnable(), running_label(&tr), tx);
            run.start(&tr, plan, move |m| finished(p, m, &names));
        })
    };

    // What the rows show: the finished outcome, or the passes landed so far.
    let shown: Option<Rc<Outcome>> = run.outcome().or_else(|| {
        (*landed_count > 0).then(|| {
            Rc::new(Outcome::new(
                p,
                &landed.borrow(),
                pool_startup(),
                &labels(&tr),
            ))
        })
    });

    html! {
        <div class="run-area bandingkan">
            { presets(&tr, &PRESETS, "bandingkan-preset-", busy, handle.set.clone()) }
            { predict_view(&tr, &predicted, busy) }
            <div class="run-buttons">
                <button type="button" data-testid="run" onclick={on_run} disabled={busy}>{ tr.get("run") }</button>
                <button type="button" class="secondary" data-testid="cancel" onclick={run.cancel()}
                    disabled={!busy}>{ tr.get("cancel") }</button>
            </div>
            { run.view() }
            { results_view(&tr, shown.as_deref(), busy) }
            if let Some(o) = &shown {
                if let Some(model) = *predicted {
                    { verdict_view(&tr, o, model) }
                }
            }
            { advice_view(&tr, &p, shown.as_deref().filter(|o| o.complete())) }
            if let Some(o) = &shown {
                <TimelineView timeline={Rc::new(o.timeline.clone())}
                    legend={LEGEND.to_vec()}
                    title={tr.get("bandingkan-timeline-title")} />
                if !busy {
                    <ModelReplays outcome={o.clone()} />
                }
            }
            { table_view(&tr) }
            { libraries_view(&tr) }
            <CodeTabs params={p} />
        </div>
    }
}

/// The race's own "Tebak dulu": one radio per model this page runs, judged on the workload in
/// the form (its own test ids, apart from the lesson's fixed-workload prompts).
fn predict_view(tr: &Tr, predicted: &UseStateHandle<Option<Model>>, busy: bool) -> Html {
    html! {
        <fieldset class="predict" data-testid="race-predict">
            <legend>{ tr.get("bandingkan-predict-title") }</legend>
            { for Model::runnable().into_iter().map(|m| {
                let set = predicted.clone();
                html! {
                    <label>
                        <input type="radio" name="race-predict" data-testid="race-predict-option" value={m.id()}
                            checked={**predicted == Some(m)} disabled={busy}
                            onchange={Callback::from(move |_| set.set(Some(m)))} />
                        { model_name(tr, m) }
                    </label>
                }
            }) }
        </fieldset>
    }
}

/// One row per model, its bar on one scale (the slowest measured model fills the width).
fn results_view(tr: &Tr, o: Option<&Outcome>, busy: bool) -> Html {
    let lang = tr.lang;
    let longest = o.map_or(1.0, Outcome::longest_ms);
    let rows = MODELS.iter().map(|info| {
        let m = info.model;
        let measured = o.and_then(|o| o.measure(m));
        let name = model_name(tr, m);
        match measured {
            Some(me) => {
                let speedup = o.and_then(|o| o.speedup(m)).unwrap_or(f64::NAN);
                let width = (me.wall_ms / longest * 100.0).clamp(0.5, 100.0);
                let startup = (me.startup_ms / longest * 100.0).clamp(0.0, width);
                html! {
                    <li class="model-row" data-testid="result" data-model={info.id}
                        data-wall-ms={numfmt::fixed(me.wall_ms, 1)} data-pass-ms={numfmt::fixed(me.pass_ms, 1)}
                        data-startup-ms={numfmt::fixed(me.startup_ms, 1)} data-speedup={numfmt::fixed(speedup, 3)}>
                        <span class="model-name">{ name }</span>
                        <span class="bar-track" aria-hidden="true">
                            <span class="bar startup" style={format!("width: {}%", numfmt::fixed(startup, 2))}></span>
                            <span class="bar" style={format!("width: {}%", numfmt::fixed(width - startup, 2))}></span>
                        </span>
                        <span class="model-figure">{ tr.get_args("bandingkan-result-time", &[
                            ("ms", numfmt::millis(lang, me.wall_ms)),
                            ("ratio", numfmt::ratio(lang, speedup)),
                        ]) }
                        if me.startup_ms > 0.0 {
                            { " " }{ tr.get_args(if m == Model::Celery { "bandingkan-result-startup-celery" } else { "bandingkan-result-startup" }, &[
                                ("ms", numfmt::millis(lang, me.startup_ms)),
                                ("n", numfmt::integer(lang, me.started as u64)),
                            ]) }
                        }
                        </span>
                    </li>
                }
            }
            None if o.and_then(|o| o.failure(m)).is_some() => html! {
                <li class="model-row not-run" data-testid="result" data-model={info.id} data-ran="false">
                    <span class="model-name">{ name }</span>
                    <span class="model-figure">{ tr.get_args("bandingkan-result-failed", &[
                        ("why", o.and_then(|o| o.failure(m)).unwrap_or_default().to_string()),
                    ]) }</span>
                </li>
            },
            None if !m.runs_here() => html! {
                <li class="model-row not-run" data-testid="result" data-model={info.id} data-ran="false">
                    <span class="model-name">{ name }</span>
                    <span class="model-figure">{ tr.get("bandingkan-result-not-here") }</span>
                </li>
            },
            None => html! {
                <li class="model-row pending" data-model={info.id}>
                    <span class="model-name">{ name }</span>
                    <span class="model-figure">{ tr.get(if busy { "bandingkan-result-waiting" } else { "bandingkan-result-idle" }) }</span>
                </li>
            },
        }
    });
    html! {
        <section class="results" aria-labelledby="bandingkan-results">
            <h3 id="bandingkan-results">{ tr.get("bandingkan-results-title") }</h3>
            <ol class="models">{ for rows }</ol>
            <p class="hint">{ tr.get("bandingkan-results-honest") }</p>
            <p class="hint" data-testid="celery-note">{ rich(&tr.get("bandingkan-results-celery")) }</p>
        </section>
    }
}

fn verdict_view(tr: &Tr, o: &Outcome, predicted: Model) -> Html {
    let lang = tr.lang;
    let Some(v) = o.verdict(predicted) else {
        return html! {};
    };
    let key = if v.predicted == v.fastest {
        "bandingkan-verdict-held"
    } else if v.held {
        "bandingkan-verdict-tie"
    } else {
        "bandingkan-verdict-missed"
    };
    html! {
        <p class={class_with("verdict", v.held.then_some("held"))} data-testid="race-verdict"
            data-held={v.held.to_string()} data-fastest={v.fastest.id()} data-predicted={v.predicted.id()}>
            { tr.get_args(key, &[
                ("predicted", model_name(tr, v.predicted)),
                ("fastest", model_name(tr, v.fastest)),
                ("ms", numfmt::millis(lang, v.predicted_ms)),
                ("best", numfmt::millis(lang, v.fastest_ms)),
                ("ratio", numfmt::ratio(lang, v.predicted_ms / v.fastest_ms.max(1e-9))),
            ]) }
        </p>
    }
}

/// The decision helper: what the workload asks for, then what this device measured.
fn advice_view(tr: &Tr, p: &BandingkanParams, done: Option<&Outcome>) -> Html {
    let lang = tr.lang;
    let a = advise(p);
    let cores = browser::hardware_concurrency();
    let checked = done.and_then(|o| check(&a, o, cores));
    let check_text = checked.map(|c| match c {
        Check::Confirmed { model, speedup } => tr.get_args(
            "bandingkan-check-confirmed",
            &[
                ("model", model_name(tr, model)),
                ("ratio", numfmt::ratio(lang, speedup)),
            ],
        ),
        Check::NotRunHere { model } => tr.get_args(
            "bandingkan-check-not-here",
            &[("model", model_name(tr, model))],
        ),
        Check::Differs {
            advised,
            fastest,
            why,
        } => {
            let key = match why {
                Why::OneCore => "bandingkan-check-one-core",
                Why::Cores => "bandingkan-check-cores",
                Why::Startup => "bandingkan-check-startup",
                Why::NoGil => "bandingkan-check-nogil",
                Why::Rounds => "bandingkan-check-rounds",
                Why::WaitingTie => "bandingkan-check-tie",
                Why::Queue => "bandingkan-check-queue",
                Why::Other => "bandingkan-check-other",
            };
            tr.get_args(
                key,
                &[
                    ("model", model_name(tr, advised)),
                    ("fastest", model_name(tr, fastest)),
                    ("cores", numfmt::integer(lang, cores as u64)),
                    ("workers", numfmt::integer(lang, u64::from(p.workers))),
                    ("tasks", numfmt::integer(lang, u64::from(p.tasks))),
                ],
            )
        }
    });
    html! {
        <section class="advice" data-testid="advice" data-fit={a.fit.name()}
            data-io-share={numfmt::fixed(a.io_share, 3)}
            data-check={checked.map(|c| match c { Check::Confirmed { .. } => "confirmed", Check::NotRunHere { .. } => "not-here", Check::Differs { .. } => "differs" })}>
            <h3>{ tr.get("bandingkan-advice-title") }</h3>
            <p>
                { tr.get_args("bandingkan-advice-share", &[
                    ("io", numfmt::percent(lang, a.io_share, 0)),
                    ("cpu", numfmt::percent(lang, 1.0 - a.io_share, 0)),
                    ("tasks", numfmt::integer(lang, u64::from(a.tasks))),
                    ("ms", numfmt::millis(lang, a.task_ms)),
                ]) }
                { " " }
                { rich(&tr.get(&format!("bandingkan-advice-fit-{}", a.fit.name()))) }
            </p>
            if let Some(text) = check_text {
                <p data-testid="advice-check">{ rich(&text) }</p>
            }
        </section>
    }
}

fn table_view(tr: &Tr) -> Html {
    let head = tr.get("bandingkan-table-head");
    let cells =
        |text: String| -> Vec<String> { text.split('|').map(|c| c.trim().to_string()).collect() };
    html! {
        <section class="summary-table">
            <h3>{ tr.get("bandingkan-table-title") }</h3>
            // Focusable, so a keyboard can scroll the table sideways on a phone.
            <div class="table-scroll" tabindex="0" role="region" aria-label={tr.get("bandingkan-table-title")}>
                <table data-testid="summary-table">
                    <thead><tr>{ for cells(head).into_iter().map(|c| html! { <th scope="col">{ c }</th> }) }</tr></thead>
                    <tbody>
                        { for (1..=TABLE_ROWS).map(|i| {
                            let row = cells(tr.get(&format!("bandingkan-table-row-{i}")));
                            html! {
                                <tr>
                                    { for row.into_iter().enumerate().map(|(j, c)| if j == 0 {
                                        html! { <th scope="row">{ rich(&c) }</th> }
                                    } else {
                                        html! { <td>{ rich(&c) }</td> }
                                    }) }
                                </tr>
                            }
                        }) }
                    </tbody>
                </table>
            </div>
        </section>
    }
}

fn libraries_view(tr: &Tr) -> Html {
    html! {
        <section class="libraries" data-testid="libraries">
            <h3>{ tr.get("bandingkan-libs-title") }</h3>
            <ul>
                { for (1..=LIBS).map(|i| html! {
                    <li>{ rich(&tr.get(&format!("bandingkan-libs-{i}"))) }</li>
                }) }
            </ul>
            <p>
                { tr.get("bandingkan-docs") }{ " " }
                <a href={DOCS} data-testid="docs-link" target="_blank" rel="noopener">{ DOCS }</a>
            </p>
        </section>
    }
}

#[derive(Properties, PartialEq)]
struct CodeProps {
    params: BandingkanParams,
}

/// Each model's Python program, from the model pages' own generators, in tabs.
#[function_component]
fn CodeTabs(props: &CodeProps) -> Html {
    let tr = use_tr();
    let tab = use_state(|| Model::Asyncio);
    let p = props.params;
    let programs = use_memo((p, tr.clone()), |(p, tr)| {
        let text = |k: &str| tr.get(k);
        let threads = threading::python::program(&p.threading(true), &text);
        let mp = multiprocessing::python::program_with_io(&p.multiprocessing(), p.io_ms, &text);
        let ce = p.celery();
        let celery = format!(
            "# tasks.py\n{}\n# {}\n# {}\n",
            celery::python::tasks_py(&ce, &text),
            tr.get("bandingkan-code-celery-worker"),
            celery::python::worker_command(&ce)
        );
        vec![
            (
                Model::Asyncio,
                asyncio::python::program(&p.asyncio(), &text),
            ),
            (Model::Threading, threads.clone()),
            (Model::ThreadingNogil, threads),
            (Model::Multiprocessing, mp),
            (Model::Celery, celery),
        ]
    });
    let current = *tab;
    let code = programs
        .iter()
        .find(|(m, _)| *m == current)
        .map(|(_, c)| c.clone());
    let note = match current {
        Model::Sequential => Some("bandingkan-code-sequential"),
        Model::ThreadingNogil => Some("bandingkan-code-nogil"),
        Model::Multiprocessing => Some("bandingkan-code-mp"),
        Model::Celery => Some("bandingkan-code-celery"),
        Model::Asyncio => Some("bandingkan-code-asyncio"),
        Model::Threading => None,
    };
    html! {
        <section class="code-tabs" data-testid="code-tabs">
            <h3>{ tr.get("bandingkan-code-title") }</h3>
            <div role="tablist" class="tabs">
                { for MODELS.iter().map(|info| {
                    let set = tab.clone();
                    let m = info.model;
                    html! {
                        <button type="button" role="tab" class={class_with("tab", (m == current).then_some("active"))}
                            aria-selected={(m == current).to_string()} data-testid="code-tab" data-model={info.id}
                            onclick={Callback::from(move |_| set.set(m))}>
                            { model_name(&tr, m) }
                        </button>
                    }
                }) }
            </div>
            <div role="tabpanel" data-model={current.id()}>
                if let Some(key) = note {
                    <p class="hint">{ rich(&tr.get(key)) }</p>
                }
                if let Some(code) = code {
                    <CodeView title={model_name(&tr, current)} {code} />
                }
            </div>
        </section>
    }
}

/// Locale text with its small markup (`code`, _term_, **strong**).
fn rich(text: &str) -> Html {
    crate::ui::prose::inline(&prose::inline(text))
}
