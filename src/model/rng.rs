//! A small seeded random generator (SplitMix64): the same seed gives the same workload on
//! every machine, so a shared link replays the same jittered waits.

/// SplitMix64: tiny, fast, and good enough for spreading task durations.
#[derive(Clone, Debug)]
pub struct SplitMix64 {
    state: u64,
}

impl SplitMix64 {
    pub fn new(seed: u64) -> Self {
        SplitMix64 { state: seed }
    }

    pub fn next_u64(&mut self) -> u64 {
        self.state = self.state.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.state;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A float in `[0, 1)`.
    pub fn next_f64(&mut self) -> f64 {
        (self.next_u64() >> 11) as f64 / (1u64 << 53) as f64
    }
}

/// `count` durations of `base_ms` ± `jitter_pct` percent, drawn from `seed`, in milliseconds.
///
/// Rounded to 0,1 ms so the generated Python program can list the very same numbers.
pub fn jittered(base_ms: f64, jitter_pct: u32, seed: u32, count: usize) -> Vec<f64> {
    let spread = f64::from(jitter_pct.min(100)) / 100.0;
    let mut rng = SplitMix64::new(u64::from(seed));
    (0..count)
        .map(|_| {
            let factor = 1.0 + spread * (2.0 * rng.next_f64() - 1.0);
            ((base_ms * factor).max(0.0) * 10.0).round() / 10.0
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn same_seed_same_numbers_other_seed_other_numbers() {
        assert_eq!(jittered(100.0, 30, 7, 50), jittered(100.0, 30, 7, 50));
        assert_ne!(jittered(100.0, 30, 7, 50), jittered(100.0, 30, 8, 50));
    }

    #[test]
    fn jitter_stays_within_its_spread() {
        let waits = jittered(100.0, 20, 1, 10_000);
        assert!(waits.iter().all(|w| (80.0..=120.0).contains(w)));
        let mean = waits.iter().sum::<f64>() / waits.len() as f64;
        assert!((mean - 100.0).abs() < 1.0, "mean {mean}");
        assert_eq!(jittered(100.0, 0, 1, 3), vec![100.0; 3]);
        assert!(jittered(5.0, 100, 3, 1000).iter().all(|w| *w >= 0.0));
    }
}
