//! Worker pools on real Web Workers and the run lifecycle, driven from a dedicated worker
//! (wasm-bindgen-test).
#![cfg(target_arch = "wasm32")]

use std::cell::RefCell;
use std::rc::Rc;
use std::sync::atomic::Ordering;
use std::sync::Arc;

use lab_konkurensi::model::kernels::parallel_prime_count;
use lab_konkurensi::model::run::{Live, Phase, RunError};
use lab_konkurensi::runtime::pool::{self, PoolState};
use lab_konkurensi::runtime::run::{execute, PassPlan, Plan, Work};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_dedicated_worker);

#[wasm_bindgen_test]
async fn a_pool_starts_on_demand_runs_in_parallel_and_grows_by_rebuilding() {
    // (Another test in this module may have started a pool of 2 already: it is reused.)
    let two = pool::ensure(2).await.expect("two workers");
    assert_eq!(two.threads(), 2);
    assert!(matches!(pool::state(), PoolState::Ready { threads: 2, .. }));
    let found = two.run(|| parallel_prime_count(200_000, 16)).await.unwrap();
    assert_eq!(found.primes, 17_984);
    assert!((1..=2).contains(&found.threads_used));

    let again = pool::ensure(1).await.unwrap();
    assert!(Rc::ptr_eq(&two, &again), "a big enough pool is reused");
    let three = pool::ensure(3).await.unwrap();
    assert_eq!(three.threads(), 3, "a bigger need rebuilds the pool");
    let found = three
        .run(|| parallel_prime_count(400_000, 48))
        .await
        .unwrap();
    assert!(found.threads_used <= 3);
}

fn plan(passes: usize) -> Plan<usize> {
    Plan {
        threads: 2,
        calibrate: None,
        warm_up: None,
        passes: (0..passes)
            .map(|i| PassPlan {
                label: format!("pass {i}"),
                total: 4,
                job: Work::Pool(Box::new(move |ctx| {
                    ctx.live.done.fetch_add(4, Ordering::Relaxed);
                    parallel_prime_count(100_000, 8).primes as usize + i
                })),
            })
            .collect(),
    }
}

#[wasm_bindgen_test]
async fn the_lifecycle_runs_every_pass_in_order_and_reports_its_phases() {
    let phases = Rc::new(RefCell::new(Vec::new()));
    let seen = phases.clone();
    let measured = execute(plan(2), Arc::new(Live::default()), &move |p: Phase| {
        seen.borrow_mut().push(p.name())
    })
    .await
    .expect("the run ends with its passes");
    assert_eq!(measured.passes, vec![9_592, 9_593]);
    let phases = phases.borrow();
    assert_eq!(phases.iter().filter(|p| **p == "pass").count(), 2);
    assert!(!phases.contains(&"calibrating"), "nothing to calibrate");
}

#[wasm_bindgen_test]
async fn a_cancelled_run_ends_as_cancelled_and_frees_the_lease() {
    let live = Arc::new(Live::default());
    live.cancel.store(true, Ordering::Relaxed);
    let ended = execute(plan(2), live, &|_| {}).await;
    assert!(matches!(ended, Err(RunError::Cancelled)));
    assert!(!pool::leased(), "the lease is released");
    let next = execute(plan(1), Arc::new(Live::default()), &|_| {}).await;
    assert!(next.is_ok(), "the next run is not stuck behind it");
}

#[wasm_bindgen_test]
async fn cancel_reaches_a_run_still_waiting_for_the_lease() {
    // One run holds the lease; a second, cancelled while it waits, ends at once as cancelled.
    let holder = pool::lease().await;
    let live = Arc::new(Live::default());
    let waiting = execute(plan(1), live.clone(), &|_| {});
    let cancel = async {
        lab_konkurensi::runtime::event_loop::sleep(50.0).await;
        live.cancel.store(true, Ordering::Relaxed);
    };
    let (ended, ()) = futures::join!(waiting, cancel);
    assert!(matches!(ended, Err(RunError::Cancelled)));
    drop(holder);
}
