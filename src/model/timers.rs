//! A timer queue ordered by deadline, like asyncio's heap of scheduled callbacks.
//!
//! One browser timer per sleeping task costs too much at 10.000 tasks; the event loop
//! runtime keeps every deadline here and arms a single browser timer for the earliest one.

use std::cmp::{Ordering, Reverse};
use std::collections::{BinaryHeap, HashSet};

/// A handle to a scheduled entry, to cancel it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct TimerId(u64);

#[derive(Debug)]
struct Entry<T> {
    deadline: f64,
    id: u64,
    item: Option<T>,
}

impl<T> PartialEq for Entry<T> {
    fn eq(&self, other: &Self) -> bool {
        self.cmp(other) == Ordering::Equal
    }
}
impl<T> Eq for Entry<T> {}
impl<T> PartialOrd for Entry<T> {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}
impl<T> Ord for Entry<T> {
    // Earlier deadline first; equal deadlines in insertion order (FIFO, like asyncio).
    fn cmp(&self, other: &Self) -> Ordering {
        self.deadline
            .total_cmp(&other.deadline)
            .then(self.id.cmp(&other.id))
    }
}

/// Deadlines in milliseconds (any monotonic clock) mapped to items.
#[derive(Debug)]
pub struct TimerQueue<T> {
    heap: BinaryHeap<Reverse<Entry<T>>>,
    /// Entries still waiting: a cancelled one leaves the heap lazily, when it reaches the top.
    live: HashSet<u64>,
    next_id: u64,
}

impl<T> Default for TimerQueue<T> {
    fn default() -> Self {
        Self::new()
    }
}

impl<T> TimerQueue<T> {
    pub fn new() -> Self {
        TimerQueue {
            heap: BinaryHeap::new(),
            live: HashSet::new(),
            next_id: 0,
        }
    }

    pub fn push(&mut self, deadline: f64, item: T) -> TimerId {
        let id = self.next_id;
        self.next_id += 1;
        self.live.insert(id);
        self.heap.push(Reverse(Entry {
            deadline,
            id,
            item: Some(item),
        }));
        TimerId(id)
    }

    /// Forget an entry. Cancelling one that already fired does nothing.
    pub fn cancel(&mut self, id: TimerId) {
        self.live.remove(&id.0);
    }

    /// The earliest live deadline, if any.
    pub fn next_deadline(&mut self) -> Option<f64> {
        self.drop_cancelled();
        self.heap.peek().map(|e| e.0.deadline)
    }

    /// Remove and return every item due at `now`, earliest first.
    pub fn pop_due(&mut self, now: f64) -> Vec<T> {
        let mut due = Vec::new();
        while let Some(deadline) = self.next_deadline() {
            if deadline > now {
                break;
            }
            if let Some(Reverse(mut e)) = self.heap.pop() {
                self.live.remove(&e.id);
                due.extend(e.item.take());
            }
        }
        due
    }

    pub fn is_empty(&mut self) -> bool {
        self.next_deadline().is_none()
    }

    fn drop_cancelled(&mut self) {
        while let Some(top) = self.heap.peek() {
            if self.live.contains(&top.0.id) {
                break;
            }
            self.heap.pop();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pops_in_deadline_order_then_insertion_order() {
        let mut q = TimerQueue::default();
        q.push(30.0, "c");
        q.push(10.0, "a");
        q.push(10.0, "b");
        q.push(50.0, "d");
        assert_eq!(q.next_deadline(), Some(10.0));
        assert_eq!(q.pop_due(5.0), Vec::<&str>::new());
        assert_eq!(q.pop_due(30.0), vec!["a", "b", "c"]);
        assert_eq!(q.next_deadline(), Some(50.0));
    }

    #[test]
    fn cancelled_entries_never_fire() {
        let mut q = TimerQueue::default();
        let a = q.push(10.0, 1);
        q.push(20.0, 2);
        q.cancel(a);
        assert_eq!(q.next_deadline(), Some(20.0));
        assert_eq!(q.pop_due(100.0), vec![2]);
        assert!(q.is_empty());
        q.cancel(a);
        let c = q.push(5.0, 3);
        assert_eq!(q.pop_due(5.0), vec![3]);
        q.cancel(c);
        assert!(q.is_empty());
    }

    #[test]
    fn ten_thousand_timers_pop_sorted() {
        let mut q = TimerQueue::default();
        let waits = crate::model::rng::jittered(100.0, 50, 3, 10_000);
        for (i, w) in waits.iter().enumerate() {
            q.push(*w, i);
        }
        let order = q.pop_due(f64::MAX);
        assert_eq!(order.len(), 10_000);
        assert!(order.windows(2).all(|p| waits[p[0]] <= waits[p[1]]));
    }
}
