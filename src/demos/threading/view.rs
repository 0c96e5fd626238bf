//! The threading demo panel: presets, Run/Cancel, the measured speedup, the GIL's lane and
//! one lane per thread, the Python program, and the race-condition lab. Both runs go through
//! the one lifecycle (`ui::run` → `runtime::run`), so they never overlap.

use std::rc::Rc;

use yew::prelude::*;

use super::outcome::Outcome;
use super::work::RaceResult;
use super::{python, run, ThreadingParams, MAX_RUN_MS, PRESETS, RACE_SECTION};
use crate::model::numfmt;
use crate::model::page::Page;
use crate::model::params::Params;
use crate::model::replay::TraceMeta;
use crate::runtime::pool;
use crate::ui::class_with;
use crate::ui::code::CodeView;
use crate::ui::page::{use_params, Edit};
use crate::ui::params_form::params_form;
use crate::ui::replay::{RecordedTimeline, Shared};
use crate::ui::run::{too_long, use_run};
use crate::ui::run_controls::presets;
use crate::ui::texts::{use_tr, Tr};

/// A finished race: what it counted, its wall time (ms) and the parameters it ran with.
type Race = (RaceResult, f64, ThreadingParams);

#[function_component]
pub fn ThreadingDemo() -> Html {
    let tr = use_tr();
    let handle = use_params::<ThreadingParams>();
    let run = use_run::<Option<Outcome>>();
    let race = use_run::<Option<Race>>();
    let p = handle.params;
    {
        // One worker per Python thread: start them now, so a Run pressed at once finds them
        // starting; they close a few seconds after the page is left.
        let threads = p.threads as usize;
        use_effect_with((), move |_| {
            let need = pool::need(threads);
            move || drop(need)
        });
    }
    let busy = run.is_running() || race.is_running();
    let code = use_memo((p, tr.clone()), |(p, tr)| {
        python::program(p, &|k| tr.get(k))
    });
    let race_code = use_memo((p, tr.clone()), |(p, tr)| {
        python::race_program(p, &|k| tr.get(k))
    });

    let on_run = {
        let (run, tr) = (run.clone(), tr.clone());
        Callback::from(move |_| {
            let estimate = 2.0 * p.sequential_ms();
            if estimate > MAX_RUN_MS {
                run.refuse(too_long(&tr, estimate, MAX_RUN_MS));
                return;
            }
            let label = |key: &str, n: u32| {
                tr.get_args(key, &[("n", numfmt::integer(tr.lang, u64::from(n)))])
            };
            let labels = [
                label("th-running-sequential", 1),
                label("th-running-threaded", p.threads),
            ];
            run.start(&tr, run::plan(p, labels), move |m| {
                Outcome::new(p, m.passes)
            });
        })
    };
    let on_race = {
        let (race, tr) = (race.clone(), tr.clone());
        Callback::from(move |_| {
            let label = tr.get("run-status-running");
            race.start(&tr, run::race_plan(p, label), move |mut m| {
                m.passes.pop().map(|(result, ms)| (result, ms, p))
            });
        })
    };
    // A preset sets the threaded run; the race lab keeps its own settings (the latest ones).
    let on_preset = {
        let update = handle.update.clone();
        Callback::from(move |preset: ThreadingParams| {
            let edit: Edit<ThreadingParams> =
                Rc::new(move |now: &ThreadingParams| ThreadingParams {
                    race_threads: now.race_threads,
                    race_n: now.race_n,
                    race_lock: now.race_lock,
                    ..preset
                });
            update.emit(edit)
        })
    };

    let values: Vec<f64> = ThreadingParams::SPECS
        .iter()
        .map(|s| p.get(s.key).unwrap_or_default())
        .collect();

    html! {
        <div class="run-area">
            { presets(&tr, &PRESETS, "th-preset-", busy, on_preset) }
            <div class="run-buttons">
                <button type="button" data-testid="run" onclick={on_run} disabled={busy}>{ tr.get("run") }</button>
                <button type="button" class="secondary" data-testid="cancel" onclick={run.cancel()}
                    disabled={!run.is_running()}>{ tr.get("cancel") }</button>
            </div>
            { run.view() }
            if let Some(o) = run.outcome() {
                { match o.as_ref() {
                    Some(o) => result_view(&tr, o),
                    None => crate::ui::run_controls::alert(&tr.get("run-error-lost")),
                } }
            }
            <CodeView title={tr.get("python-title")} code={(*code).clone()} />

            <section class="race" data-testid="race-lab" aria-labelledby="race-title">
                <h3 id="race-title">{ tr.get("race-title") }</h3>
                <p>{ tr.get("race-intro") }</p>
                { params_form(&tr, ThreadingParams::SPECS, &values, &handle.edit,
                    Some(RACE_SECTION), "race-params-title") }
                <div class="run-buttons">
                    <button type="button" data-testid="race-run" onclick={on_race} disabled={busy}>{ tr.get("race-run") }</button>
                    if race.is_running() {
                        <button type="button" class="secondary" data-testid="race-cancel" onclick={race.cancel()}>{ tr.get("cancel") }</button>
                    }
                </div>
                { race.view_as("race-status") }
                if let Some(r) = race.outcome() {
                    if let Some(r) = r.as_ref() {
                        { race_view(&tr, r) }
                    }
                }
                <CodeView title={tr.get("race-python-title")} code={(*race_code).clone()} testid="race-python-code" />
            </section>
        </div>
    }
}

fn result_view(tr: &Tr, o: &Outcome) -> Html {
    let lang = tr.lang;
    let (seq, thr) = (&o.sequential, &o.threaded);
    let speedup = o.speedup();
    let waited = o.gil_wait_ms();
    html! {
        <>
            <div class="result" data-testid="result" data-model="threading"
                data-wall-ms={numfmt::fixed(thr.wall_ms, 1)}
                data-baseline-ms={numfmt::fixed(seq.wall_ms, 1)}
                data-speedup={numfmt::fixed(speedup, 3)}
                data-switches={thr.run.switches.to_string()}
                data-gil-wait-ms={numfmt::fixed(waited, 1)}
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
                <p class="hint">{ tr.get("run-honest") }</p>
            </div>
            <RecordedTimeline timeline={Rc::new(o.timeline.clone())}
                legend={vec![("gil", "th-legend-gil"), ("running", "th-legend-running"), ("gil-wait", "th-legend-wait"), ("io", "th-legend-io")]}
                title={tr.get("timeline-title")}
                replay={Shared(o.replay.clone())} meta={TraceMeta::of(Page::Threading, &o.params, lang)} />
        </>
    }
}

fn race_view(tr: &Tr, (r, ms, p): &Race) -> Html {
    let lang = tr.lang;
    html! {
            <div class={class_with("result", (r.lost() > 0).then_some("lost"))} data-testid="race-result"
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
                if !r.lost_log.is_empty() {
                    <details class="lost-updates" data-testid="lost-updates" data-count={r.lost_log.len().to_string()}>
                        <summary>{ tr.get_args("race-lost-log", &[("n", numfmt::integer(lang, r.lost_log.len() as u64))]) }</summary>
                        <ol>
                            { for r.lost_log.iter().map(|l| html! {
                                <li data-erased={l.erased().to_string()}>{ tr.get_args("race-lost-one", &[
                                    ("thread", (l.thread + 1).to_string()),
                                    ("read", numfmt::integer(lang, l.read)),
                                    ("wrote", numfmt::integer(lang, l.read + 1)),
                                    ("before", numfmt::integer(lang, l.before_write)),
                                    ("erased", numfmt::integer(lang, l.erased())),
                                    ("at", numfmt::millis(lang, l.at_ms as f64)),
                                ]) }</li>
                            }) }
                        </ol>
                    </details>
                } else if r.lost() > 0 && !p.gil {
                    <p class="hint">{ tr.get("race-lost-unwatched") }</p>
                }
            </div>
    }
}
