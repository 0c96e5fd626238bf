//! A timeline as plain data: lanes (the event loop, a thread, a worker, a group of tasks)
//! holding coloured segments. Demos build it from their traces; `ui::timeline` draws it.

/// One coloured span on a lane, in ms from the run's start.
#[derive(Clone, Debug, PartialEq)]
pub struct Segment {
    /// What the span means: a CSS class and a legend key (`queued`, `waiting`, `busy`, …).
    pub kind: &'static str,
    pub start: f64,
    pub end: f64,
    /// The task or tasks it belongs to ("3", "0–83"); empty for lane-wide spans.
    pub task: String,
}

/// A row of the timeline.
#[derive(Clone, Debug, PartialEq)]
pub struct Lane {
    /// Stable id for tests and scripts (`loop`, `task-3`, `tasks-0-83`, `worker-1`).
    pub id: String,
    /// What the reader sees beside the row.
    pub label: String,
    pub segments: Vec<Segment>,
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct Timeline {
    /// Length of the time axis, in ms.
    pub duration: f64,
    pub lanes: Vec<Lane>,
}

/// Round numbers for the time axis: about `count` ticks from 0 to `duration` inclusive.
pub fn ticks(duration: f64, count: usize) -> Vec<f64> {
    if !duration.is_finite() || duration <= 0.0 || count == 0 {
        return vec![0.0];
    }
    let raw = duration / count as f64;
    let magnitude = 10f64.powf(raw.log10().floor());
    let step = [1.0, 2.0, 2.5, 5.0, 10.0]
        .iter()
        .map(|m| m * magnitude)
        .find(|s| *s >= raw)
        .unwrap_or(10.0 * magnitude);
    (0..)
        .map(|i| i as f64 * step)
        .take_while(|t| *t <= duration + 1e-9)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ticks_are_round_and_cover_the_axis() {
        assert_eq!(ticks(400.0, 4), vec![0.0, 100.0, 200.0, 300.0, 400.0]);
        assert_eq!(ticks(130.0, 5), vec![0.0, 50.0, 100.0]);
        assert_eq!(ticks(0.0, 5), vec![0.0]);
        assert_eq!(ticks(f64::NAN, 5), vec![0.0]);
        let t = ticks(12_345.0, 6);
        assert!(t.len() >= 4 && t.len() <= 8, "{t:?}");
    }
}
