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

impl Lane {
    /// At most about `max` segments: neighbours shorter than `duration / max` are merged into
    /// one (keeping the first one's kind), so a lane with 60.000 GIL turns still draws as a
    /// few hundred boxes. Long segments are kept as they are.
    pub fn thinned(mut self, duration: f64, max: usize) -> Lane {
        if self.segments.len() <= max || max == 0 {
            return self;
        }
        let grain = duration / max as f64;
        let mut out: Vec<Segment> = Vec::with_capacity(max * 2);
        for seg in self.segments {
            match out.last_mut() {
                Some(last) if last.end - last.start < grain && seg.start - last.end < grain => {
                    last.end = last.end.max(seg.end);
                    if !last.task.ends_with('…') {
                        last.task.push('…');
                    }
                }
                _ => out.push(seg),
            }
        }
        self.segments = out;
        self
    }
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
    fn thinning_merges_short_neighbours_and_keeps_long_ones() {
        let seg = |start: f64, end: f64| Segment {
            kind: "gil",
            start,
            end,
            task: "1".into(),
        };
        let mut segments: Vec<Segment> = (0..10_000)
            .map(|i| seg(i as f64 * 0.1, i as f64 * 0.1 + 0.1))
            .collect();
        segments.push(seg(1_000.0, 1_500.0));
        let lane = Lane {
            id: "gil".into(),
            label: "GIL".into(),
            segments,
        }
        .thinned(1_500.0, 300);
        assert!(lane.segments.len() <= 400, "{}", lane.segments.len());
        assert_eq!(lane.segments.last().unwrap(), &seg(1_000.0, 1_500.0));
        assert_eq!(lane.segments[0].start, 0.0);
    }

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
