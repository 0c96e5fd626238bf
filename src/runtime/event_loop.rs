//! The page's event loop used the way asyncio uses its own: every sleeping coroutine's
//! deadline goes into one [`TimerQueue`], and a single browser timer is armed for the
//! earliest one. When it fires, every task that is due is woken at once.
//!
//! One browser timer per sleeping task would cost a timer registration each; at 10.000 tasks
//! that overhead alone exceeds the waits being demonstrated.

use std::cell::RefCell;
use std::future::Future;
use std::pin::Pin;
use std::task::{Context, Poll, Waker};

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

use super::clock;
use crate::model::timers::{TimerId, TimerQueue};

struct Timers {
    queue: TimerQueue<Waker>,
    /// The deadline the browser timer is armed for, and its handle.
    armed: Option<(f64, i32)>,
    on_fire: Option<Closure<dyn FnMut()>>,
}

thread_local! {
    static TIMERS: RefCell<Timers> =
        RefCell::new(Timers { queue: TimerQueue::new(), armed: None, on_fire: None });
}

/// Wake every due task, then arm the timer for the next deadline.
fn fire() {
    let due = TIMERS.with(|t| {
        let mut t = t.borrow_mut();
        t.armed = None;
        t.queue.pop_due(clock::now_ms())
    });
    // Wakers are woken outside the borrow: waking schedules the task, it never polls here.
    for waker in due {
        waker.wake();
    }
    TIMERS.with(|t| arm(&mut t.borrow_mut()));
}

/// Make sure the browser timer fires by the earliest deadline.
fn arm(t: &mut Timers) {
    let Some(next) = t.queue.next_deadline() else {
        return;
    };
    if matches!(t.armed, Some((armed, _)) if armed <= next) {
        return;
    }
    if let Some((_, handle)) = t.armed.take() {
        clear_timeout(handle);
    }
    let callback = t
        .on_fire
        .get_or_insert_with(|| Closure::<dyn FnMut()>::new(fire));
    let delay = (next - clock::now_ms()).ceil().max(0.0) as i32;
    t.armed = Some((next, set_timeout(callback.as_ref().unchecked_ref(), delay)));
}

// NOTE: the global scope's own timer functions, not `window`'s: the same event loop then
// works on the page and inside a Web Worker (wasm-bindgen tests run in one).
#[wasm_bindgen::prelude::wasm_bindgen]
extern "C" {
    #[wasm_bindgen(js_name = setTimeout)]
    fn set_timeout(handler: &js_sys::Function, ms: i32) -> i32;
    #[wasm_bindgen(js_name = clearTimeout)]
    fn clear_timeout(handle: i32);
}

/// `await asyncio.sleep(ms / 1000)`: resolves after `ms` milliseconds without blocking.
pub fn sleep(ms: f64) -> Sleep {
    Sleep {
        deadline: clock::now_ms() + ms.max(0.0),
        timer: None,
    }
}

/// The future of [`sleep`]. Dropping it (a timeout, a cancel) removes its deadline.
pub struct Sleep {
    deadline: f64,
    timer: Option<TimerId>,
}

impl Future for Sleep {
    type Output = ();

    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<()> {
        let this = self.get_mut();
        let now = clock::now_ms();
        TIMERS.with(|t| {
            let mut t = t.borrow_mut();
            if let Some(id) = this.timer.take() {
                t.queue.cancel(id);
            }
            if now >= this.deadline {
                return Poll::Ready(());
            }
            this.timer = Some(t.queue.push(this.deadline, cx.waker().clone()));
            arm(&mut t);
            Poll::Pending
        })
    }
}

impl Drop for Sleep {
    fn drop(&mut self) {
        if let Some(id) = self.timer.take() {
            // NOTE: try_with: a Sleep dropped while the thread-local is torn down is harmless.
            let _ = TIMERS.try_with(|t| t.borrow_mut().queue.cancel(id));
        }
    }
}

/// `time.sleep`: hold the page's only thread until `ms` have passed. Freezes everything,
/// which is the lesson; callers bound the total (see `MAX_BLOCKING_MS`).
pub fn block_for(ms: f64) {
    let end = clock::now_ms() + ms;
    while clock::now_ms() < end {
        std::hint::spin_loop();
    }
}

/// Real CPU work for `ms`: counts primes until the time is up, without yielding.
pub fn compute_for(ms: f64) -> u64 {
    let end = clock::now_ms() + ms;
    let (mut n, mut found) = (2u64, 0u64);
    while clock::now_ms() < end {
        for _ in 0..64 {
            found += u64::from(crate::model::kernels::is_prime(n));
            n += 1;
        }
    }
    std::hint::black_box(found)
}
