//! The Celery demo panel: presets, Run/Cancel, the buttons that act on a running cluster
//! (kill a child, kill a node, revoke, add a node), the live board, the result, the retry lab
//! and the Python. The run goes through the one lifecycle (`ui::run` → `runtime::run`).

use std::cell::RefCell;
use std::rc::Rc;

use futures::channel::mpsc::{unbounded, UnboundedSender};
use yew::prelude::*;

use super::board::Board;
use super::driver::{Command, Event};
use super::run::{self, Outcome};
use super::{python, CeleryParams, PRESETS};
use crate::demos::MAX_RUN_MS;
use crate::model::celery::sim;
use crate::model::numfmt;
use crate::runtime::{browser, pool};
use crate::ui::class_with;
use crate::ui::code::CodeView;
use crate::ui::page::use_params;
use crate::ui::prose;
use crate::ui::run::{too_long, use_run};
use crate::ui::run_controls::{alert, presets};
use crate::ui::texts::{use_tr, Tr};

/// A line of locale text with its small markup (`code`, _term_) drawn.
fn marked(text: String) -> Html {
    prose::inline(&crate::model::prose::inline(&text))
}

mod board;

type Commands = Rc<RefCell<Option<UnboundedSender<Event>>>>;

#[function_component]
pub fn CeleryDemo() -> Html {
    let tr = use_tr();
    let handle = use_params::<CeleryParams>();
    let run = use_run::<Result<Outcome, String>>();
    let live_board = use_state(|| None::<Rc<Board>>);
    let commands: Commands = use_mut_ref(|| None);
    let p = handle.params;
    let isolated = browser::cross_origin_isolated();
    {
        // Calibration runs on the shared pool: start its one worker now, so a Run pressed at
        // once finds it starting.
        use_effect_with((), move |_| {
            let need = isolated.then(|| pool::need(1));
            move || drop(need)
        });
    }
    let busy = run.is_running();
    let code = use_memo((p, tr.clone()), |(p, tr)| {
        let text = |k: &str| tr.get(k);
        (
            python::tasks_py(p, &text),
            python::producer_py(p, &text),
            python::worker_command(p),
        )
    });

    let on_run = {
        let (run, tr, live_board, commands) = (
            run.clone(),
            tr.clone(),
            live_board.clone(),
            commands.clone(),
        );
        Callback::from(move |_| {
            if run.is_running() {
                return;
            }
            // The model's own run of the same link says how long the real one will take.
            let estimate = sim::run(&p.scenario()).wall_ms;
            if estimate > MAX_RUN_MS {
                run.refuse(too_long(&tr, estimate, MAX_RUN_MS));
                return;
            }
            let (tx, rx) = unbounded();
            *commands.borrow_mut() = Some(tx.clone());
            live_board.set(None);
            let on_board: Rc<dyn Fn(Board)> = {
                let live_board = live_board.clone();
                Rc::new(move |b| live_board.set(Some(Rc::new(b))))
            };
            let plan = run::plan(p, running_label(&tr, &p), isolated, (tx, rx), on_board);
            run.start(&tr, plan, |m| {
                m.passes
                    .into_iter()
                    .next()
                    .unwrap_or_else(|| Err(String::new()))
            });
        })
    };
    let act = |command: Command| {
        let commands = commands.clone();
        Callback::from(move |_: MouseEvent| {
            if let Some(tx) = commands.borrow().as_ref() {
                let _ = tx.unbounded_send(Event::Command(command));
            }
        })
    };

    let shown: Option<Rc<Board>> = match run.outcome() {
        Some(o) => match o.as_ref() {
            Ok(o) => Some(Rc::new(o.board.clone())),
            Err(_) => None,
        },
        None => (*live_board).clone(),
    };

    html! {
        <div class="run-area celery">
            { presets(&tr, &PRESETS, "celery-preset-", busy, handle.set.clone()) }
            <div class="run-buttons">
                <button type="button" data-testid="run" onclick={on_run} disabled={busy}>{ tr.get("run") }</button>
                <button type="button" class="secondary" data-testid="cancel" onclick={run.cancel()} disabled={!busy}>{ tr.get("cancel") }</button>
            </div>
            <div class="run-buttons" role="group" aria-label={tr.get("ce-actions")}>
                <button type="button" class="secondary" data-testid="kill-child" onclick={act(Command::KillChild)} disabled={!busy}>{ tr.get("ce-kill-child") }</button>
                <button type="button" class="secondary" data-testid="kill-node" onclick={act(Command::KillNode)} disabled={!busy}>{ tr.get("ce-kill-node") }</button>
                <button type="button" class="secondary" data-testid="revoke" onclick={act(Command::Revoke)} disabled={!busy}>{ tr.get("ce-revoke") }</button>
                <button type="button" class="secondary" data-testid="add-node" onclick={act(Command::AddNode)} disabled={!busy}>{ tr.get("ce-add-node") }</button>
            </div>
            <p class="hint">{ marked(tr.get_args("ce-clock", &[("x", numfmt::integer(tr.lang, u64::from(p.clock)))])) }</p>
            { run.view() }
            if let Some(o) = run.outcome() {
                { match o.as_ref() {
                    Ok(o) => result_view(&tr, o),
                    Err(why) => alert(&tr.get_args("run-error-workers", &[("reason", why.clone())])),
                } }
            }
            if let Some(b) = shown {
                <board::BoardView board={b} />
            }
            <CodeView title={tr.get("ce-tasks-py")} code={code.0.clone()} />
            <CodeView title={tr.get("ce-producer-py")} code={code.1.clone()} testid="producer-code" />
            <CodeView title={tr.get("ce-worker-cmd")} code={code.2.clone()} testid="worker-command" />
        </div>
    }
}

/// The progress line of a run of `p`: how many nodes, how many children each.
pub(super) fn running_label(tr: &Tr, p: &CeleryParams) -> String {
    tr.get_args(
        "ce-running",
        &[
            ("n", numfmt::integer(tr.lang, u64::from(p.workers))),
            ("c", numfmt::integer(tr.lang, u64::from(p.concurrency))),
        ],
    )
}

fn result_view(tr: &Tr, o: &Outcome) -> Html {
    let lang = tr.lang;
    let b = &o.board;
    let s = b.summary;
    let n = |v: usize| numfmt::integer(lang, v as u64);
    let starts: Vec<f64> = b.nodes.iter().filter_map(|n| n.start_ms).collect();
    let slowest = starts.iter().copied().fold(0.0, f64::max);
    html! {
        <div class={class_with("result", (s.lost > 0).then_some("lost"))} data-testid="result" data-model="celery"
            data-succeeded={s.succeeded.to_string()} data-failed={s.failed.to_string()}
            data-retried={s.retried.to_string()} data-revoked={s.revoked.to_string()}
            data-lost={s.lost.to_string()} data-duplicates={s.duplicates.to_string()}
            data-wall-ms={numfmt::fixed(b.wall_ms, 1)} data-idle-ms={numfmt::fixed(b.hoard_ms, 1)}
            data-nodes={b.nodes.len().to_string()} data-node-start-ms={numfmt::fixed(slowest, 1)}
            data-rate={numfmt::fixed(o.rate, 3)} data-model-agree={o.agree.to_string()}
            data-calibrated-in={if o.rate_in_node { "node" } else { "pool" }}>
            <p class="big">{ tr.get_args("ce-result", &[
                ("ok", n(s.succeeded)), ("failed", n(s.failed)), ("lost", n(s.lost)),
                ("ms", numfmt::millis(lang, b.wall_ms)),
            ]) }</p>
            <ul>
                <li>{ tr.get_args("ce-result-more", &[
                    ("retried", n(s.retried)), ("revoked", n(s.revoked)), ("dup", n(s.duplicates)),
                ]) }</li>
                if s.lost > 0 {
                    <li>{ marked(tr.get("ce-result-lost")) }</li>
                }
                <li>{ marked(tr.get_args("ce-result-idle", &[("ms", numfmt::millis(lang, b.hoard_ms))])) }</li>
                <li>{ tr.get_args("ce-result-nodes", &[
                    ("n", n(starts.len())), ("ms", numfmt::millis(lang, slowest)),
                ]) }</li>
                <li>{ tr.get_args("ce-result-agree", &[
                    ("n", n(o.agree)), ("total", n(b.tasks.len())),
                ]) }</li>
                if o.rate_in_node {
                    <li>{ tr.get("ce-result-rate-node") }</li>
                }
            </ul>
            <p class="hint">{ tr.get("ce-honest") }</p>
        </div>
    }
}
