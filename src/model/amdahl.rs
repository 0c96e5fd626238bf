//! Speedup and Amdahl's law, fitted to measured runs.
//!
//! With a serial fraction `f`, `n` workers can at best give `1 / (f + (1 − f) / n)`.
//! Given measured speedups, [`fit_serial_fraction`] finds the `f` that explains them best.

/// Amdahl's predicted speedup for `n` workers and serial fraction `f`.
pub fn amdahl(n: f64, f: f64) -> f64 {
    1.0 / (f + (1.0 - f) / n)
}

/// Amdahl's law on a machine with `cores` cores: workers beyond the cores share them, so
/// they add no processors.
pub fn amdahl_on(n: f64, f: f64, cores: f64) -> f64 {
    amdahl(n.min(cores.max(1.0)), f)
}

/// The serial fraction in `[0, 1]` that best fits `(workers, speedup)` points (least squares,
/// searched on a fine grid then refined: robust, and exact enough for a chart).
pub fn fit_serial_fraction(points: &[(f64, f64)], cores: f64) -> f64 {
    let error = |f: f64| -> f64 {
        points
            .iter()
            .map(|&(n, s)| (amdahl_on(n, f, cores) - s).powi(2))
            .sum()
    };
    let best_on = |from: f64, to: f64, steps: usize| -> f64 {
        (0..=steps)
            .map(|i| from + (to - from) * i as f64 / steps as f64)
            .min_by(|a, b| error(*a).total_cmp(&error(*b)))
            .unwrap_or(0.0)
    };
    let coarse = best_on(0.0, 1.0, 1_000);
    best_on((coarse - 0.001).max(0.0), (coarse + 0.001).min(1.0), 200)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn amdahl_at_the_edges() {
        assert_eq!(amdahl(4.0, 0.0), 4.0);
        assert_eq!(amdahl(4.0, 1.0), 1.0);
        assert!((amdahl(2.0, 0.1) - 1.818_18).abs() < 1e-4);
    }

    #[test]
    fn the_fit_recovers_a_known_serial_fraction() {
        let points: Vec<(f64, f64)> = (1..=8)
            .map(|n| (n as f64, amdahl(n as f64, 0.07)))
            .collect();
        assert!((fit_serial_fraction(&points, 64.0) - 0.07).abs() < 1e-4);
        // Perfect scaling fits f = 0; no gain at all fits f = 1.
        assert_eq!(
            fit_serial_fraction(&[(1.0, 1.0), (2.0, 2.0), (4.0, 4.0)], 8.0),
            0.0
        );
        assert_eq!(
            fit_serial_fraction(&[(1.0, 1.0), (2.0, 1.0), (4.0, 1.0)], 8.0),
            1.0
        );
    }

    #[test]
    fn workers_beyond_the_cores_are_not_blamed_on_the_serial_part() {
        // Two cores, perfectly parallel work: 2× from 2 workers on, whatever their number.
        let points = [(1.0, 1.0), (2.0, 2.0), (3.0, 2.0), (4.0, 2.0)];
        assert_eq!(fit_serial_fraction(&points, 2.0), 0.0);
        assert_eq!(amdahl_on(4.0, 0.0, 2.0), 2.0);
    }
}
