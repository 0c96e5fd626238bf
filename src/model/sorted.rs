//! Small ordered collections: a map and a set kept as one vector in key order.
//!
//! The Celery model and its driver keep a few small keyed collections (deliveries in flight,
//! bodies running, kills on their way, revoked ids), none larger than the run's tasks (at most
//! 1,000 on the page), most a handful. A sorted vector with binary search does everything they
//! ask of a `BTreeMap`/`BTreeSet`, in the same key order. Chosen for size: each key/value type
//! of a `BTreeMap` or `BTreeSet` brings its own copy of the tree's insert, remove and node
//! balancing into the wasm; replacing our four took about 20 KB off the release wasm (8 KB
//! gzip).

/// A map in key order over `Vec<(K, V)>`: lookups by binary search, inserts and removals shift
/// the tail, iteration is in ascending key order, as `BTreeMap`'s.
#[derive(Clone, Debug)]
pub struct SortedMap<K, V> {
    entries: Vec<(K, V)>,
}

impl<K: Ord, V> SortedMap<K, V> {
    pub fn new() -> Self {
        SortedMap {
            entries: Vec::new(),
        }
    }

    /// Where `key` is (`Ok`) or would go (`Err`).
    fn find(&self, key: &K) -> Result<usize, usize> {
        self.entries.binary_search_by(|(k, _)| k.cmp(key))
    }

    /// Puts `value` under `key`; returns the value it replaces, if any.
    pub fn insert(&mut self, key: K, value: V) -> Option<V> {
        match self.find(&key) {
            Ok(i) => Some(std::mem::replace(&mut self.entries[i].1, value)),
            Err(i) => {
                self.entries.insert(i, (key, value));
                None
            }
        }
    }

    /// Takes out the value under `key`.
    pub fn remove(&mut self, key: &K) -> Option<V> {
        let i = self.find(key).ok()?;
        Some(self.entries.remove(i).1)
    }

    pub fn get(&self, key: &K) -> Option<&V> {
        let i = self.find(key).ok()?;
        Some(&self.entries[i].1)
    }

    pub fn contains_key(&self, key: &K) -> bool {
        self.find(key).is_ok()
    }

    /// Keeps only the entries `keep` says yes to (visited in key order).
    pub fn retain(&mut self, mut keep: impl FnMut(&K, &mut V) -> bool) {
        self.entries.retain_mut(|(k, v)| keep(k, v));
    }

    /// The entries in ascending key order.
    pub fn iter(&self) -> impl Iterator<Item = (&K, &V)> {
        self.entries.iter().map(|(k, v)| (k, v))
    }

    /// The values in ascending order of their keys.
    pub fn values(&self) -> impl Iterator<Item = &V> {
        self.entries.iter().map(|(_, v)| v)
    }

    pub fn len(&self) -> usize {
        self.entries.len()
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }
}

impl<K: Ord, V> Default for SortedMap<K, V> {
    fn default() -> Self {
        Self::new()
    }
}

/// A set in ascending order: a [`SortedMap`] with nothing under each key.
#[derive(Clone, Debug)]
pub struct SortedSet<K>(SortedMap<K, ()>);

impl<K: Ord> SortedSet<K> {
    pub fn new() -> Self {
        SortedSet(SortedMap::new())
    }

    /// Adds `key`; false if it was already there.
    pub fn insert(&mut self, key: K) -> bool {
        self.0.insert(key, ()).is_none()
    }

    /// Takes `key` out; false if it was not there.
    pub fn remove(&mut self, key: &K) -> bool {
        self.0.remove(key).is_some()
    }

    pub fn contains(&self, key: &K) -> bool {
        self.0.contains_key(key)
    }

    /// Keeps only the keys `keep` says yes to (visited in order).
    pub fn retain(&mut self, mut keep: impl FnMut(&K) -> bool) {
        self.0.retain(|k, _| keep(k));
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

impl<K: Ord> Default for SortedSet<K> {
    fn default() -> Self {
        Self::new()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_map_keeps_key_order_whatever_the_insert_order() {
        let mut m = SortedMap::new();
        for k in [5, 1, 9, 3, 7] {
            assert_eq!(m.insert(k, k * 10), None);
        }
        let keys: Vec<i32> = m.iter().map(|(k, _)| *k).collect();
        assert_eq!(keys, vec![1, 3, 5, 7, 9]);
        assert_eq!(m.insert(3, 33), Some(30), "a second insert replaces");
        assert_eq!(m.get(&3), Some(&33));
        assert_eq!(m.remove(&5), Some(50));
        assert_eq!(m.remove(&5), None);
        assert_eq!(m.get(&5), None);
        m.retain(|k, _| *k != 9);
        let pairs: Vec<(i32, i32)> = m.iter().map(|(k, v)| (*k, *v)).collect();
        assert_eq!(pairs, vec![(1, 10), (3, 33), (7, 70)]);
        assert_eq!(m.values().copied().collect::<Vec<_>>(), vec![10, 33, 70]);
        assert_eq!(m.len(), 3);
        assert!(!m.is_empty());
    }

    #[test]
    fn a_set_holds_each_key_once() {
        let mut s = SortedSet::new();
        assert!(s.insert((1, 2)));
        assert!(s.insert((0, 5)));
        assert!(!s.insert((1, 2)));
        assert!(s.contains(&(0, 5)));
        assert!(!s.is_empty());
        s.retain(|(n, _)| *n != 0);
        assert!(!s.contains(&(0, 5)));
        assert!(s.remove(&(1, 2)));
        assert!(!s.remove(&(1, 2)));
        assert!(s.is_empty());
    }
}

/// Both types against std's `BTreeMap`/`BTreeSet` as the oracle. Native only: proptest is not
/// built for wasm32.
#[cfg(all(test, not(target_arch = "wasm32")))]
mod properties {
    use std::collections::{BTreeMap, BTreeSet};

    use proptest::prelude::*;

    use super::*;

    #[derive(Clone, Debug)]
    enum Op {
        Insert(u8, u16),
        Remove(u8),
        Get(u8),
        /// Keep the keys not divisible by this.
        Retain(u8),
    }

    fn op() -> impl Strategy<Value = Op> {
        // Keys from a small range so inserts hit existing keys and removes find them.
        prop_oneof![
            4 => (0u8..40, any::<u16>()).prop_map(|(k, v)| Op::Insert(k, v)),
            2 => (0u8..40).prop_map(Op::Remove),
            1 => (0u8..40).prop_map(Op::Get),
            1 => (2u8..8).prop_map(Op::Retain),
        ]
    }

    proptest! {
        #[test]
        fn the_map_answers_as_a_btree_map(ops in prop::collection::vec(op(), 0..200)) {
            let mut ours = SortedMap::new();
            let mut oracle = BTreeMap::new();
            for op in ops {
                match op {
                    Op::Insert(k, v) => prop_assert_eq!(ours.insert(k, v), oracle.insert(k, v)),
                    Op::Remove(k) => prop_assert_eq!(ours.remove(&k), oracle.remove(&k)),
                    Op::Get(k) => {
                        prop_assert_eq!(ours.get(&k), oracle.get(&k));
                        prop_assert_eq!(ours.contains_key(&k), oracle.contains_key(&k));
                    }
                    Op::Retain(d) => {
                        ours.retain(|k, _| k % d != 0);
                        oracle.retain(|k, _| k % d != 0);
                    }
                }
                prop_assert!(ours.iter().eq(oracle.iter()));
                prop_assert!(ours.values().eq(oracle.values()));
                prop_assert_eq!(ours.len(), oracle.len());
                prop_assert_eq!(ours.is_empty(), oracle.is_empty());
            }
        }

        #[test]
        fn the_set_answers_as_a_btree_set(ops in prop::collection::vec(op(), 0..200)) {
            let mut ours = SortedSet::new();
            let mut oracle = BTreeSet::new();
            for op in ops {
                match op {
                    Op::Insert(k, _) => prop_assert_eq!(ours.insert(k), oracle.insert(k)),
                    Op::Remove(k) => prop_assert_eq!(ours.remove(&k), oracle.remove(&k)),
                    Op::Get(k) => prop_assert_eq!(ours.contains(&k), oracle.contains(&k)),
                    Op::Retain(d) => {
                        ours.retain(|k| k % d != 0);
                        oracle.retain(|k| k % d != 0);
                    }
                }
                // The set offers no iteration (nothing needs it): compare membership of every key.
                for k in 0u8..40 {
                    prop_assert_eq!(ours.contains(&k), oracle.contains(&k));
                }
                prop_assert_eq!(ours.is_empty(), oracle.is_empty());
            }
        }
    }
}
