//! The capability panel: isolation, cores, the thread pool, and a smoke job that proves it.

use yew::prelude::*;

use crate::model::kernels::{parallel_prime_count, ParallelCount};
use crate::model::numfmt;
use crate::runtime::pool::{self, PoolError, PoolState};
use crate::runtime::{browser, clock};
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

#[derive(Clone, PartialEq)]
enum Smoke {
    Idle,
    Running,
    Done { found: ParallelCount, ms: f64 },
    Failed(PoolError),
}

#[function_component]
pub fn Capabilities(props: &Props) -> Html {
    let tr = use_tr();
    let lang = tr.lang;
    let smoke = use_state(|| Smoke::Idle);
    let isolated = browser::cross_origin_isolated();
    let cores = browser::hardware_concurrency();

    let run_smoke = {
        let smoke = smoke.clone();
        Callback::from(move |_| {
            if *smoke == Smoke::Running {
                return;
            }
            smoke.set(Smoke::Running);
            let smoke = smoke.clone();
            wasm_bindgen_futures::spawn_local(async move {
                let _pool = pool::exclusive().await;
                let started = clock::now_ms();
                let result = pool::run(|| parallel_prime_count(SMOKE_LIMIT, SMOKE_PARTS)).await;
                let ms = clock::now_ms() - started;
                smoke.set(match result {
                    Ok(found) => Smoke::Done { found, ms },
                    Err(e) => Smoke::Failed(e),
                });
            });
        })
    };

    let pool_line = match &props.pool {
        PoolState::Starting => tr.get("cap-pool-starting"),
        PoolState::Ready { threads, start_ms } => tr.get_args(
            "cap-pool-ready",
            &[
                ("n", numfmt::integer(lang, *threads as u64)),
                ("ms", numfmt::millis(lang, *start_ms)),
            ],
        ),
        PoolState::Unavailable => tr.get("cap-pool-unavailable"),
        PoolState::Failed(reason) => tr.get_args("cap-pool-failed", &[("reason", reason.clone())]),
    };
    let ready = matches!(props.pool, PoolState::Ready { .. });
    let smoke_line = match &*smoke {
        Smoke::Idle => None,
        Smoke::Running => Some(tr.get("cap-smoke-running")),
        Smoke::Done { found, ms } => Some(tr.get_args(
            "cap-smoke-done",
            &[
                ("primes", numfmt::integer(lang, found.primes)),
                ("limit", numfmt::integer(lang, SMOKE_LIMIT)),
                ("used", numfmt::integer(lang, found.threads_used as u64)),
                ("ms", numfmt::millis(lang, *ms)),
            ],
        )),
        Smoke::Failed(e) => Some(tr.get_args("cap-smoke-failed", &[("reason", format!("{e:?}"))])),
    };
    let done = match &*smoke {
        Smoke::Done { found, ms } => Some((found, *ms)),
        _ => None,
    };
    let start_ms = match &props.pool {
        PoolState::Ready { start_ms, .. } => Some(format!("{start_ms:.1}")),
        _ => None,
    };
    let state = match &props.pool {
        PoolState::Starting => "starting",
        PoolState::Ready { .. } => "ready",
        PoolState::Unavailable => "unavailable",
        PoolState::Failed(_) => "failed",
    };

    html! {
        <section class={classes!("capabilities", (!isolated).then_some("warn"))}
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
            if !isolated {
                <p class="why">{ crate::ui::prose::inline(&crate::model::prose::inline(&tr.get("cap-why"))) }</p>
            }
            if ready {
                <div class="smoke">
                    <button type="button" data-testid="pool-smoke" onclick={run_smoke}
                        disabled={*smoke == Smoke::Running}>
                        { tr.get("cap-smoke-run") }
                    </button>
                    if let Some(line) = smoke_line {
                        <span data-testid="pool-smoke-result" aria-live="polite"
                            data-primes={done.map(|(f, _)| f.primes.to_string())}
                            data-threads-used={done.map(|(f, _)| f.threads_used.to_string())}
                            data-wall-ms={done.map(|(_, ms)| format!("{ms:.1}"))}>
                            { line }
                        </span>
                    }
                </div>
            }
        </section>
    }
}
