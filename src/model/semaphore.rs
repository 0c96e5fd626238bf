//! A first-come, first-served async semaphore, like `asyncio.Semaphore`.
//!
//! Single-threaded (one event loop), no browser types: tested natively. A waiter that gives
//! up (its task timed out or was cancelled) leaves the queue, and a permit granted to it is
//! passed on, so no permit is ever lost.

use std::cell::RefCell;
use std::collections::VecDeque;
use std::future::Future;
use std::pin::Pin;
use std::rc::Rc;
use std::task::{Context, Poll, Waker};

#[derive(Clone)]
pub struct Semaphore {
    inner: Rc<RefCell<Inner>>,
}

struct Inner {
    permits: usize,
    /// Waiting acquirers in arrival order: id, waker, and whether a permit was handed to it.
    queue: VecDeque<Waiter>,
    next_id: u64,
}

struct Waiter {
    id: u64,
    waker: Waker,
    granted: bool,
}

/// Holding one permit; dropping it releases the permit (like leaving `async with sem`).
pub struct Permit {
    sem: Semaphore,
}

/// The future of [`Semaphore::acquire`].
pub struct Acquire {
    sem: Semaphore,
    id: Option<u64>,
}

impl Semaphore {
    pub fn new(permits: usize) -> Semaphore {
        Semaphore {
            inner: Rc::new(RefCell::new(Inner {
                permits,
                queue: VecDeque::new(),
                next_id: 0,
            })),
        }
    }

    pub fn acquire(&self) -> Acquire {
        Acquire {
            sem: self.clone(),
            id: None,
        }
    }

    /// Permits free right now.
    pub fn available(&self) -> usize {
        self.inner.borrow().permits
    }

    fn release(&self) {
        let mut inner = self.inner.borrow_mut();
        match inner.queue.iter_mut().find(|w| !w.granted) {
            Some(next) => {
                next.granted = true;
                next.waker.wake_by_ref();
            }
            None => inner.permits += 1,
        }
    }
}

impl Future for Acquire {
    type Output = Permit;

    fn poll(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Permit> {
        let sem = self.sem.clone();
        let mut inner = sem.inner.borrow_mut();
        match self.id {
            // Free permits exist only when every queued waiter already has one.
            None if inner.permits > 0 && inner.queue.iter().all(|w| w.granted) => {
                inner.permits -= 1;
                Poll::Ready(Permit { sem: sem.clone() })
            }
            None => {
                let id = inner.next_id;
                inner.next_id += 1;
                inner.queue.push_back(Waiter {
                    id,
                    waker: cx.waker().clone(),
                    granted: false,
                });
                self.id = Some(id);
                Poll::Pending
            }
            Some(id) => {
                let pos = inner.queue.iter().position(|w| w.id == id);
                match pos {
                    Some(pos) if inner.queue[pos].granted => {
                        inner.queue.remove(pos);
                        self.id = None;
                        Poll::Ready(Permit { sem: sem.clone() })
                    }
                    Some(pos) => {
                        inner.queue[pos].waker = cx.waker().clone();
                        Poll::Pending
                    }
                    // Unreachable in practice: a waiter only leaves the queue here or on drop.
                    None => Poll::Pending,
                }
            }
        }
    }
}

impl Drop for Acquire {
    fn drop(&mut self) {
        let Some(id) = self.id else { return };
        let granted = {
            let mut inner = self.sem.inner.borrow_mut();
            let pos = inner.queue.iter().position(|w| w.id == id);
            pos.and_then(|p| inner.queue.remove(p))
                .is_some_and(|w| w.granted)
        };
        // A permit handed to a waiter that gave up goes to the next one.
        if granted {
            self.sem.release();
        }
    }
}

impl Drop for Permit {
    fn drop(&mut self) {
        self.sem.release();
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use futures::executor::LocalPool;
    use futures::task::LocalSpawnExt;
    use std::cell::Cell;

    #[test]
    fn at_most_n_hold_a_permit_and_waiters_go_in_order() {
        let mut pool = LocalPool::new();
        let sem = Semaphore::new(2);
        let order = Rc::new(RefCell::new(Vec::new()));
        let holding = Rc::new(Cell::new(0));
        let mut gates = Vec::new();
        for i in 0..5 {
            let (sem, order, holding) = (sem.clone(), order.clone(), holding.clone());
            let (gate_tx, gate_rx) = futures::channel::oneshot::channel::<()>();
            gates.push(gate_tx);
            pool.spawner()
                .spawn_local(async move {
                    let _permit = sem.acquire().await;
                    holding.set(holding.get() + 1);
                    assert!(holding.get() <= 2);
                    order.borrow_mut().push(i);
                    let _ = gate_rx.await;
                    holding.set(holding.get() - 1);
                })
                .unwrap();
        }
        pool.run_until_stalled();
        assert_eq!(*order.borrow(), vec![0, 1]);
        // Let tasks finish one by one: the next in line gets the permit.
        for _ in 0..5 {
            let _ = gates.remove(0).send(());
            pool.run_until_stalled();
        }
        assert_eq!(*order.borrow(), vec![0, 1, 2, 3, 4]);
        assert_eq!(sem.available(), 2);
    }

    #[test]
    fn a_free_permit_is_taken_even_while_granted_waiters_are_still_queued() {
        let waker = futures::task::noop_waker();
        let mut cx = Context::from_waker(&waker);
        let sem = Semaphore::new(2);
        let mut pool = LocalPool::new();
        let a = pool.run_until(sem.acquire());
        let b = pool.run_until(sem.acquire());
        let mut c = Box::pin(sem.acquire());
        assert!(c.as_mut().poll(&mut cx).is_pending());
        drop(a); // granted to C, which has not run yet
        drop(b); // nobody else waits: a free permit
        let mut e = Box::pin(sem.acquire());
        assert!(
            e.as_mut().poll(&mut cx).is_ready(),
            "E takes the free permit at once"
        );
        assert!(c.as_mut().poll(&mut cx).is_ready());
    }

    #[test]
    fn a_waiter_that_gives_up_passes_its_permit_on() {
        let mut pool = LocalPool::new();
        let sem = Semaphore::new(1);
        let first = sem.acquire();
        let permit = pool.run_until(first);
        let mut waiting = Box::pin(sem.acquire());
        let waker = futures::task::noop_waker();
        assert!(waiting
            .as_mut()
            .poll(&mut Context::from_waker(&waker))
            .is_pending());
        drop(permit); // granted to `waiting`…
        drop(waiting); // …which gives up: the permit returns.
        assert_eq!(sem.available(), 1);
    }
}
