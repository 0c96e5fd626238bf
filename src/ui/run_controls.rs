//! Pieces every demo's run area shares: preset buttons, the run status, a progress bar,
//! and the alert that explains why a run did not happen.

use std::rc::Rc;

use yew::prelude::*;

use crate::model::numfmt;
use crate::model::params::Params;
use crate::runtime::pool::PoolError;
use crate::ui::texts::{use_tr, Tr};

#[derive(Properties, PartialEq)]
pub struct PresetsProps<P: Params> {
    /// Name (for `data-preset` and the text key) and parameters of each preset.
    pub presets: &'static [(&'static str, P)],
    /// Text keys are `<prefix><name>`.
    pub text_prefix: &'static str,
    pub disabled: bool,
    pub on_pick: Callback<P>,
}

/// A row of preset buttons: each sets the page's parameters to a common situation.
#[function_component]
pub fn Presets<P: Params>(props: &PresetsProps<P>) -> Html {
    let tr = use_tr();
    html! {
        <div class="presets" role="group" aria-label={tr.get("preset-title")}>
            <span class="hint">{ tr.get("preset-title") }</span>
            { for props.presets.iter().map(|(name, preset)| {
                let (pick, preset) = (props.on_pick.clone(), preset.clone());
                html! {
                    <button type="button" class="secondary" disabled={props.disabled} data-preset={*name}
                        onclick={Callback::from(move |_| pick.emit(preset.clone()))}>
                        { tr.get(&format!("{}{name}", props.text_prefix)) }
                    </button>
                }
            }) }
        </div>
    }
}

/// The run's state for people (text) and scripts (`data-state`).
pub fn status(state: &'static str, text: String) -> Html {
    html! {
        <span data-testid="run-status" data-state={state} role="status" aria-live="polite">{ text }</span>
    }
}

/// What a long run is doing now, and how far it got.
pub fn progress(label: &str, done: usize, total: usize) -> Html {
    html! {
        <div class="live">
            <p>{ label.to_string() }</p>
            <progress data-testid="progress" max={total.to_string()} value={done.to_string()}></progress>
        </div>
    }
}

/// Why a run did not happen (refused, no pool), said once, where the result would be.
pub fn alert(text: &str) -> Html {
    html! { <p class="notice" role="alert">{ text.to_string() }</p> }
}

/// Why pool work failed, in the reader's words.
pub fn pool_error(tr: &Tr, e: PoolError) -> String {
    match e {
        PoolError::NotReady => tr.get("mp-no-pool"),
        PoolError::Lost => tr.get("mp-lost"),
    }
}

/// The refusal of a run expected to take `estimate_ms`, longer than `max_ms`.
pub fn too_long(tr: &Tr, estimate_ms: f64, max_ms: f64) -> String {
    tr.get_args(
        "mp-refused",
        &[
            ("ms", numfmt::millis(tr.lang, estimate_ms)),
            ("max", numfmt::millis(tr.lang, max_ms)),
        ],
    )
}

/// Where a run on the pool is, for the demos that run passes (multiprocessing, threading).
pub enum RunState<O> {
    Idle,
    /// `label` says which pass; `done` of `total` tasks are finished.
    Running {
        label: String,
        done: usize,
        total: usize,
    },
    Finished(Rc<O>),
    Cancelled,
    /// Not run or stopped: the reader's explanation.
    Failed(String),
}

impl<O> Clone for RunState<O> {
    fn clone(&self) -> Self {
        match self {
            RunState::Idle => RunState::Idle,
            RunState::Running { label, done, total } => RunState::Running {
                label: label.clone(),
                done: *done,
                total: *total,
            },
            RunState::Finished(o) => RunState::Finished(o.clone()),
            RunState::Cancelled => RunState::Cancelled,
            RunState::Failed(why) => RunState::Failed(why.clone()),
        }
    }
}

impl<O> PartialEq for RunState<O> {
    fn eq(&self, other: &Self) -> bool {
        match (self, other) {
            (RunState::Finished(a), RunState::Finished(b)) => Rc::ptr_eq(a, b),
            (
                RunState::Running { label, done, total },
                RunState::Running {
                    label: l,
                    done: d,
                    total: t,
                },
            ) => label == l && done == d && total == t,
            (RunState::Failed(a), RunState::Failed(b)) => a == b,
            (a, b) => std::mem::discriminant(a) == std::mem::discriminant(b),
        }
    }
}

impl<O> RunState<O> {
    pub fn is_running(&self) -> bool {
        matches!(self, RunState::Running { .. })
    }

    /// The status line ([`status`]) for this state.
    pub fn status(&self, tr: &Tr) -> Html {
        let (state, key) = match self {
            RunState::Idle => ("idle", "run-status-idle"),
            RunState::Running { .. } => ("running", "run-status-running"),
            RunState::Finished(_) => ("done", "run-status-done"),
            RunState::Cancelled => ("cancelled", "run-status-cancelled"),
            RunState::Failed(_) => ("error", "run-status-refused"),
        };
        status(state, tr.get(key))
    }

    /// While running, the progress bar; after a refusal or failure, the explanation.
    pub fn progress_or_alert(&self) -> Html {
        match self {
            RunState::Running { label, done, total } => progress(label, *done, *total),
            RunState::Failed(why) => alert(why),
            _ => Html::default(),
        }
    }
}
