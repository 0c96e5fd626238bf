//! A run on the workers as the page sees it: the [`use_run`] hook that starts, cancels and
//! follows one (through `runtime::run`, the one lifecycle), and the widget that shows where
//! it is. The texts of every phase and error are this widget's own `run-*` keys.

use std::any::Any;
use std::cell::{Cell, RefCell};
use std::marker::PhantomData;
use std::ops::Deref;
use std::rc::Rc;
use std::sync::atomic::Ordering;
use std::sync::Arc;

use yew::prelude::*;

use crate::model::numfmt;
use crate::model::run::{Live, Phase, RunError};
use crate::runtime::run::{execute_any, AnyPass, Measured, Plan};
use crate::ui::texts::{use_tr, Tr};

/// Where a run is, for one demo. The outcome is kept with its type erased, so the hook and its
/// state are one copy of code for every demo (issue 12: wasm size); [`RunHandle::outcome`]
/// gives it back as the demo's own type.
#[derive(Clone)]
pub enum RunState {
    Idle,
    Running(Phase),
    Finished(Rc<dyn Any>),
    Cancelled,
    /// Not run, or stopped: the reader's explanation.
    Failed(String),
}

impl RunState {
    pub fn is_running(&self) -> bool {
        matches!(self, RunState::Running(_))
    }

    /// The state's name for scripts (`data-state`).
    pub fn name(&self) -> &'static str {
        match self {
            RunState::Idle => "idle",
            RunState::Running(_) => "running",
            RunState::Finished(_) => "done",
            RunState::Cancelled => "cancelled",
            RunState::Failed(_) => "error",
        }
    }
}

/// One demo's run, whatever its outcome's type: its state, and the way to start or cancel it.
#[derive(Clone)]
pub struct Run {
    state: UseStateHandle<RunState>,
    live: Rc<RefCell<Arc<Live>>>,
    /// Set at once when a run starts, so a second press in the same frame is ignored.
    busy: Rc<Cell<bool>>,
}

/// A [`Run`] whose outcome is an `O`. Only [`RunHandle::start`] and [`RunHandle::outcome`]
/// depend on `O`; everything else is the [`Run`]'s (through `Deref`).
pub struct RunHandle<O> {
    run: Run,
    outcome: PhantomData<fn() -> O>,
}

impl<O> Clone for RunHandle<O> {
    fn clone(&self) -> Self {
        RunHandle {
            run: self.run.clone(),
            outcome: PhantomData,
        }
    }
}

impl<O> Deref for RunHandle<O> {
    type Target = Run;

    fn deref(&self) -> &Run {
        &self.run
    }
}

/// Turns a run's measured passes into its outcome (a `RunHandle<O>`'s `finish`, erased).
type Finish = Box<dyn FnOnce(Measured<AnyPass>) -> Rc<dyn Any>>;

/// Cancel a run: the workers stop at their next look at the flag.
fn raise(live: &RefCell<Arc<Live>>) {
    live.borrow().cancel.store(true, Ordering::Relaxed);
}

impl<O: 'static> RunHandle<O> {
    /// Run `plan` through the lifecycle and turn its measured passes into the demo's
    /// outcome with `finish`. Ignored while a run of this demo is going.
    pub fn start<R: Send + 'static>(
        &self,
        tr: &Tr,
        plan: Plan<R>,
        finish: impl FnOnce(Measured<R>) -> O + 'static,
    ) {
        if self.busy.replace(true) {
            return;
        }
        let finish: Finish = Box::new(move |m| Rc::new(finish(m.typed())));
        self.launch(tr, plan.erased(), finish);
    }

    /// The outcome of the finished run, if the last run finished.
    pub fn outcome(&self) -> Option<Rc<O>> {
        match &*self.state {
            // Every outcome of this handle's runs is an `O` (see `start`): the downcast holds.
            RunState::Finished(o) => o.clone().downcast().ok(),
            _ => None,
        }
    }
}

impl Run {
    /// The part of [`RunHandle::start`] that does not depend on the plan's or outcome's type.
    fn launch(&self, tr: &Tr, plan: Plan<AnyPass>, finish: Finish) {
        let first = first_phase(
            plan.passes.first().map(|p| (&p.label, p.total)),
            plan.passes.len(),
            plan.threads,
            plan.calibrate.is_some(),
        );
        let live = Arc::new(Live::default());
        *self.live.borrow_mut() = live.clone();
        let (state, busy, tr) = (self.state.clone(), self.busy.clone(), tr.clone());
        state.set(RunState::Running(first));
        wasm_bindgen_futures::spawn_local(async move {
            let on_phase = |phase: Phase| state.set(RunState::Running(phase));
            let next = match execute_any(plan, live, &on_phase).await {
                Ok(measured) => RunState::Finished(finish(measured)),
                Err(RunError::Cancelled) => RunState::Cancelled,
                Err(e) => RunState::Failed(error_text(&tr, &e)),
            };
            busy.set(false);
            state.set(next);
        });
    }

    /// Where the run is.
    pub fn state(&self) -> &RunState {
        &self.state
    }

    /// Say why a run was not started (it would take too long, say).
    pub fn refuse(&self, why: String) {
        if !self.busy.get() {
            self.state.set(RunState::Failed(why));
        }
    }

    pub fn is_running(&self) -> bool {
        self.busy.get() || self.state.is_running()
    }

    pub fn cancel(&self) -> Callback<MouseEvent> {
        let live = self.live.clone();
        Callback::from(move |_| raise(&live))
    }

    /// The [`RunStatus`] widget for this run.
    pub fn view(&self) -> Html {
        self.view_as("run-status")
    }

    pub fn view_as(&self, testid: &'static str) -> Html {
        let phase = match &*self.state {
            RunState::Running(p) => Some(p.clone()),
            _ => None,
        };
        let failed = match &*self.state {
            RunState::Failed(why) => Some(why.clone()),
            _ => None,
        };
        html! { <RunStatus state={self.state.name()} {phase} {failed} {testid} /> }
    }
}

/// What a run shows until the lifecycle reports its first phase (in the same frame, mostly):
/// its first pass when there is nothing to prepare, else the workers starting.
fn first_phase(
    first: Option<(&String, usize)>,
    count: usize,
    threads: usize,
    calibrates: bool,
) -> Phase {
    match first {
        Some((label, total)) if threads == 0 && !calibrates => Phase::Pass {
            index: 0,
            count,
            label: label.clone(),
            done: 0,
            total,
        },
        _ => Phase::StartingWorkers {
            threads: threads.max(1),
        },
    }
}

/// A run of this component's demo; leaving the page (or opening a new link) cancels it.
#[hook]
pub fn use_run<O: 'static>() -> RunHandle<O> {
    RunHandle {
        run: use_any_run(),
        outcome: PhantomData,
    }
}

/// [`use_run`] for any outcome: the hook's state is one copy of code for every demo.
#[hook]
fn use_any_run() -> Run {
    let state = use_state(|| RunState::Idle);
    let live = use_mut_ref(|| Arc::new(Live::default()));
    let busy = use_memo((), |_| Rc::new(Cell::new(false)));
    {
        let live = live.clone();
        use_effect_with((), move |_| move || raise(&live));
    }
    Run {
        state,
        live,
        busy: (*busy).clone(),
    }
}

/// The reader's words for why a run ended without a result.
pub fn error_text(tr: &Tr, e: &RunError) -> String {
    match e {
        RunError::Cancelled => tr.get("run-status-cancelled"),
        RunError::Unavailable => tr.get("run-error-unavailable"),
        RunError::WorkersFailed(reason) => {
            tr.get_args("run-error-workers", &[("reason", reason.clone())])
        }
        RunError::Lost => tr.get("run-error-lost"),
    }
}

/// The refusal of a run expected to take `estimate_ms`, longer than `max_ms`.
pub fn too_long(tr: &Tr, estimate_ms: f64, max_ms: f64) -> String {
    tr.get_args(
        "run-refused",
        &[
            ("ms", numfmt::millis(tr.lang, estimate_ms)),
            ("max", numfmt::millis(tr.lang, max_ms)),
        ],
    )
}

/// What a running phase says.
fn phase_text(tr: &Tr, phase: &Phase) -> String {
    let lang = tr.lang;
    match phase {
        Phase::Queued => tr.get("run-phase-queued"),
        Phase::StartingWorkers { threads } => tr.get_args(
            "run-phase-workers",
            &[("n", numfmt::integer(lang, *threads as u64))],
        ),
        Phase::Calibrating => tr.get("run-phase-calibrating"),
        Phase::Pass {
            index,
            count,
            label,
            ..
        } if *count > 1 => tr.get_args(
            "run-phase-pass",
            &[
                ("i", numfmt::integer(lang, *index as u64 + 1)),
                ("n", numfmt::integer(lang, *count as u64)),
                ("label", label.clone()),
            ],
        ),
        Phase::Pass { label, .. } => label.clone(),
    }
}

#[derive(Properties, PartialEq)]
pub struct StatusProps {
    /// `data-state` of the status line.
    pub state: &'static str,
    #[prop_or_default]
    pub phase: Option<Phase>,
    #[prop_or_default]
    pub failed: Option<String>,
    /// `data-testid` of the status line (`run-status` for a demo's main run).
    #[prop_or("run-status")]
    pub testid: &'static str,
}

/// The status line (`data-state`: idle | running | done | cancelled | error, and while running
/// `data-phase`), the progress bar while running, the explanation after a failure.
#[function_component]
pub fn RunStatus(props: &StatusProps) -> Html {
    let tr = use_tr();
    let key = match props.state {
        "running" => "run-status-running",
        "done" => "run-status-done",
        "cancelled" => "run-status-cancelled",
        "error" => "run-status-refused",
        _ => "run-status-idle",
    };
    html! {
        <>
            <span data-testid={props.testid} data-state={props.state}
                data-phase={props.phase.as_ref().map(Phase::name)}
                role="status" aria-live="polite">{ tr.get(key) }</span>
            if let Some(phase) = &props.phase {
                <div class="live" data-testid="run-phase" data-phase={phase.name()}>
                    <p>{ phase_text(&tr, phase) }</p>
                    if let Some(Phase::Pass { done, total, .. }) = phase.clone().filter_counted() {
                        <progress data-testid="progress" max={total.to_string()} value={done.to_string()}></progress>
                    } else {
                        <progress data-testid="progress"></progress>
                    }
                </div>
            }
            if let Some(why) = &props.failed {
                <p class="notice" role="alert">{ why.clone() }</p>
            }
        </>
    }
}
