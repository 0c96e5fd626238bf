//! CPU-bound kernels: real work for the parallel demos, identical serial and parallel.
//!
//! Deliberately plain (trial division, no sieve): the point is honest CPU time that splits
//! into independent pieces, like the pure-Python loops in the generated programs.

use std::ops::Range;

/// Whether `n` is prime, by trial division over odd divisors.
pub fn is_prime(n: u64) -> bool {
    // Every number the demos check fits in 32 bits, where division is much cheaper, both
    // natively and in WebAssembly.
    if let Ok(n) = u32::try_from(n) {
        return is_prime_u32(n);
    }
    if n < 2 {
        return false;
    }
    if n < 4 {
        return true;
    }
    if n.is_multiple_of(2) {
        return false;
    }
    let mut d = 3;
    while d * d <= n {
        if n.is_multiple_of(d) {
            return false;
        }
        d += 2;
    }
    true
}

fn is_prime_u32(n: u32) -> bool {
    if n < 4 {
        return n >= 2;
    }
    if n.is_multiple_of(2) {
        return false;
    }
    let mut d: u32 = 3;
    while d.saturating_mul(d) <= n {
        if n.is_multiple_of(d) {
            return false;
        }
        d += 2;
    }
    true
}

/// How many primes lie in `range`.
pub fn count_primes(range: Range<u64>) -> u64 {
    range.filter(|&n| is_prime(n)).count() as u64
}

/// Split `0..limit` into `parts` contiguous ranges (the last ones may be one shorter).
pub fn split(limit: u64, parts: u64) -> Vec<Range<u64>> {
    let parts = parts.clamp(1, limit.max(1));
    let (base, extra) = (limit / parts, limit % parts);
    let mut start = 0;
    (0..parts)
        .map(|i| {
            let len = base + u64::from(i < extra);
            let r = start..start + len;
            start += len;
            r
        })
        .collect()
}

/// What a parallel prime count found, and how the pool shared the work.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ParallelCount {
    pub primes: u64,
    /// How many distinct pool threads ran at least one piece.
    pub threads_used: usize,
}

/// Count primes below `limit` in `parts` pieces on the current rayon pool.
///
/// The thread that ran each piece is recorded, so the caller can show that the work really
/// was shared rather than trusting the pool's size.
pub fn parallel_prime_count(limit: u64, parts: u64) -> ParallelCount {
    use rayon::prelude::*;
    let pieces: Vec<(u64, Option<usize>)> = split(limit, parts)
        .into_par_iter()
        .map(|r| (count_primes(r), rayon::current_thread_index()))
        .collect();
    let mut threads: Vec<usize> = pieces.iter().filter_map(|p| p.1).collect();
    threads.sort_unstable();
    threads.dedup();
    ParallelCount {
        primes: pieces.iter().map(|p| p.0).sum(),
        threads_used: threads.len(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use rayon::prelude::*;

    #[test]
    fn both_widths_agree() {
        let oracle = |n: u64| {
            n >= 2
                && (n < 4
                    || (!n.is_multiple_of(2)
                        && (3..)
                            .step_by(2)
                            .take_while(|d| d * d <= n)
                            .all(|d| !n.is_multiple_of(d))))
        };
        for n in (0..5_000u64).chain([4_294_967_291, 4_294_967_295, 4_294_967_311]) {
            assert_eq!(is_prime(n), oracle(n), "{n}");
        }
    }

    #[test]
    fn known_prime_counts() {
        assert_eq!(count_primes(0..10), 4);
        assert_eq!(count_primes(0..100), 25);
        assert_eq!(count_primes(0..100_000), 9_592);
    }

    #[test]
    fn split_covers_the_range_exactly() {
        for (limit, parts) in [(10, 3), (7, 7), (5, 9), (0, 4), (1_000_003, 16)] {
            let ranges = split(limit, parts);
            assert_eq!(ranges.first().map(|r| r.start), Some(0));
            assert_eq!(ranges.last().map(|r| r.end), Some(limit));
            assert!(ranges.windows(2).all(|w| w[0].end == w[1].start));
        }
    }

    #[test]
    fn serial_and_parallel_agree() {
        let ranges = split(200_000, 13);
        let serial: u64 = ranges.iter().cloned().map(count_primes).sum();
        let parallel: u64 = ranges.into_par_iter().map(count_primes).sum();
        assert_eq!(serial, parallel);
        assert_eq!(serial, 17_984);
    }

    #[test]
    fn the_parallel_count_uses_several_threads() {
        let pool = rayon::ThreadPoolBuilder::new()
            .num_threads(2)
            .build()
            .unwrap();
        let found = pool.install(|| parallel_prime_count(2_000_000, 64));
        assert_eq!(found.primes, 148_933);
        assert!((1..=2).contains(&found.threads_used));
    }
}
