//! The rayon pool on Web Workers, driven from a dedicated worker (wasm-bindgen-test).
#![cfg(target_arch = "wasm32")]

use lab_konkurensi::model::kernels::parallel_prime_count;
use lab_konkurensi::runtime::pool::{self, PoolError, PoolState};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_dedicated_worker);

#[wasm_bindgen_test]
async fn the_pool_refuses_work_before_it_starts_then_runs_it_in_parallel() {
    assert_eq!(pool::run(|| 1).await, Err(PoolError::NotReady));
    let state = pool::start().await;
    let PoolState::Ready { threads, start_ms } = state else {
        panic!("pool did not start: {state:?}");
    };
    assert!(threads >= 1);
    assert!(start_ms >= 0.0);
    let found = pool::run(|| parallel_prime_count(200_000, 16))
        .await
        .unwrap();
    assert_eq!(found.primes, 17_984);
    assert!(found.threads_used >= 1 && found.threads_used <= threads);
}
