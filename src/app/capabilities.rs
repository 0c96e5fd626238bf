//! The capability panel: isolation, cores, the thread pool, and a smoke job that proves it.

use yew::prelude::*;

use crate::model::kernels::{parallel_prime_count, ParallelCount};
use crate::model::numfmt;
use crate::runtime::browser;
use crate::runtime::pool::PoolState;
use crate::runtime::run::{PassPlan, Plan, Work};
use crate::ui::class_with;
use crate::ui::run::use_run;
use crate::ui::texts::use_tr;

/// Primes below this many are counted by the smoke job: enough work (≈ 0,3 s of one core) to
/// spread over every worker, little enough to finish quickly.
const SMOKE_LIMIT: u64 = 2_000_000;
/// Pieces the smoke job is cut into, so every worker gets several.
const SMOKE_PARTS: u64 = 64;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub pool: PoolState,
}

#[function_component]
pub fn Capabilities(props: &Props) -> Html {
    let tr = use_tr();
    let lang = tr.lang;
    let smoke = use_run::<(ParallelCount, f64)>();
    let isolated = browser::cross_origin_isolated();
    let cores = browser::hardware_concurrency();

    // The smoke job goes through the same lifecycle as every demo: it waits for a measured
    // run to end, starts workers (one per core) if the page has none, and has a watchdog.
    let run_smoke = {
        let (smoke, tr) = (smoke.clone(), tr.clone());
        Callback::from(move |_| {
            let plan = Plan {
                threads: cores,
                calibrate: None,
                warm_up: None,
                passes: vec![PassPlan {
                    label: tr.get("cap-smoke-running"),
                    total: 0,
                    job: Work::Pool(Box::new(|_| {
                        let started = crate::runtime::clock::epoch_ms();
                        let found = parallel_prime_count(SMOKE_LIMIT, SMOKE_PARTS);
                        (found, crate::runtime::clock::epoch_ms() - started)
                    })),
                }],
            };
            smoke.start(&tr, plan, |mut m| m.passes.pop().unwrap_or_default());
        })
    };

    let pool_line = match &props.pool {
        PoolState::Idle => tr.get("cap-pool-idle"),
        PoolState::Starting { threads } => tr.get_args(
            "cap-pool-starting",
            &[("n", numfmt::integer(lang, *threads as u64))],
        ),
        PoolState::Ready { threads, start_ms } => tr.get_args(
            "cap-pool-ready",
            &[
                ("n", numfmt::integer(lang, *threads as u64)),
                ("ms", numfmt::millis(lang, *start_ms)),
            ],
        ),
        PoolState::Preparing => tr.get("cap-pool-preparing"),
        PoolState::Unavailable => tr.get("cap-pool-unavailable"),
        PoolState::Failed(reason) => tr.get_args("cap-pool-failed", &[("reason", reason.clone())]),
    };
    let done = smoke.outcome().map(|r| *r);
    let smoke_line = done.map(|(found, ms)| {
        tr.get_args(
            "cap-smoke-done",
            &[
                ("primes", numfmt::integer(lang, found.primes)),
                ("limit", numfmt::integer(lang, SMOKE_LIMIT)),
                ("used", numfmt::integer(lang, found.threads_used as u64)),
                ("ms", numfmt::millis(lang, ms)),
            ],
        )
    });
    let start_ms = match &props.pool {
        PoolState::Ready { start_ms, .. } => Some(numfmt::fixed(*start_ms, 1)),
        _ => None,
    };
    let state = match &props.pool {
        PoolState::Idle => "idle",
        PoolState::Starting { .. } => "starting",
        PoolState::Ready { .. } => "ready",
        PoolState::Preparing => "preparing",
        PoolState::Unavailable => "unavailable",
        PoolState::Failed(_) => "failed",
    };

    html! {
        <section class={class_with("capabilities", (!isolated).then_some("warn"))}
            data-testid="capabilities"
            data-isolated={isolated.to_string()}
            data-threads={props.pool.threads().to_string()}
            data-pool={state}
            data-start-ms={start_ms}
            aria-labelledby="cap-title">
            <h2 id="cap-title">{ tr.get("cap-title") }</h2>
            <ul>
                <li>{ if isolated { tr.get("cap-isolated-yes") } else { tr.get("cap-isolated-no") } }</li>
                <li>{ tr.get_args("cap-cores", &[("n", numfmt::integer(lang, cores as u64))]) }</li>
                <li aria-live="polite">{ pool_line }</li>
            </ul>
            if !isolated && props.pool != PoolState::Preparing {
                <p class="why">{ crate::ui::prose::inline(&crate::model::prose::inline(&tr.get("cap-why"))) }</p>
            }
            if isolated {
                <div class="smoke">
                    <button type="button" data-testid="pool-smoke" onclick={run_smoke}
                        disabled={smoke.is_running()}>
                        { tr.get("cap-smoke-run") }
                    </button>
                    { smoke.view_as("pool-smoke-status") }
                    if let Some(line) = smoke_line {
                        <span data-testid="pool-smoke-result" aria-live="polite"
                            data-primes={done.map(|(f, _)| f.primes.to_string())}
                            data-threads-used={done.map(|(f, _)| f.threads_used.to_string())}
                            data-wall-ms={done.map(|(_, ms)| numfmt::fixed(ms, 1))}>
                            { line }
                        </span>
                    }
                </div>
            }
        </section>
    }
}
