//! A timeline as plain data: lanes (the event loop, a thread, a worker, a group of tasks)
//! holding coloured segments. Demos build it from their traces; `ui::timeline` draws it.

/// One coloured span on a lane, in ms from the run's start.
#[derive(Clone, Debug, PartialEq)]
pub struct Segment {
    /// What the span means: a CSS class and a legend key (`queued`, `waiting`, `busy`, …).
    /// For a box that [`Lane::thinned`] made of several kinds, the kind with the most time.
    pub kind: &'static str,
    pub start: f64,
    pub end: f64,
    /// The task or tasks it belongs to ("3", "0–83"); empty for lane-wide spans.
    pub task: String,
    /// Empty when the whole span is `kind`. Otherwise the box stands for several short
    /// segments: each kind's time as a fraction of `end - start`, largest first (the rest, if
    /// the fractions add up to less than 1, is time with no segment at all).
    pub mix: Vec<(&'static str, f64)>,
}

impl Segment {
    /// Each kind's share of the span: `[(kind, 1.0)]` when the segment is all one kind.
    pub fn shares(&self) -> Vec<(&'static str, f64)> {
        if self.mix.is_empty() {
            vec![(self.kind, 1.0)]
        } else {
            self.mix.clone()
        }
    }

    /// Time spent as `kind` in this segment, in ms.
    pub fn time_of(&self, kind: &str) -> f64 {
        let span = self.end - self.start;
        self.shares()
            .iter()
            .filter(|(k, _)| *k == kind)
            .map(|(_, share)| share * span)
            .sum()
    }
}

/// Short segments being merged into one box by [`Lane::thinned`].
struct Bin {
    first: Segment,
    end: f64,
    merged: bool,
    /// Time per kind, ms, in the order the kinds came.
    time: Vec<(&'static str, f64)>,
}

impl Bin {
    fn new(first: Segment) -> Bin {
        let mut bin = Bin {
            end: first.end,
            merged: false,
            time: Vec::new(),
            first: first.clone(),
        };
        bin.count(&first);
        bin
    }

    fn count(&mut self, seg: &Segment) {
        let span = seg.end - seg.start;
        for (kind, share) in seg.shares() {
            match self.time.iter_mut().find(|(k, _)| *k == kind) {
                Some((_, t)) => *t += share * span,
                None => self.time.push((kind, share * span)),
            }
        }
    }

    fn add(&mut self, seg: &Segment) {
        self.count(seg);
        self.end = self.end.max(seg.end);
        self.merged = true;
    }

    fn span(&self) -> f64 {
        self.end - self.first.start
    }

    /// One box: the kind with the most time gives the colour, `mix` keeps every kind's share.
    fn into_segment(self) -> Segment {
        if !self.merged {
            return self.first;
        }
        let span = self.span().max(f64::MIN_POSITIVE);
        let mut time = self.time;
        // Stable: on a tie, the kind that came first wins.
        time.sort_by(|a, b| b.1.total_cmp(&a.1));
        let covered: f64 = time.iter().map(|(_, t)| t).sum();
        let kind = time.first().map_or(self.first.kind, |(k, _)| *k);
        let mix = if time.len() == 1 && covered >= span * (1.0 - 1e-9) {
            Vec::new()
        } else {
            time.iter()
                .map(|&(k, t)| (k, (t / span).min(1.0)))
                .collect()
        };
        let mut task = self.first.task;
        if !task.ends_with('…') {
            task.push('…');
        }
        Segment {
            kind,
            start: self.first.start,
            end: self.end,
            task,
            mix,
        }
    }
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

impl Timeline {
    /// A timeline of `lanes` on an axis of `duration` ms, each lane thinned to about `max`
    /// segments (see [`Lane::thinned`]): how every demo builds the picture it draws.
    pub fn of_thinned_lanes(duration: f64, lanes: Vec<Lane>, max: usize) -> Timeline {
        Timeline {
            duration,
            lanes: lanes
                .into_iter()
                .map(|l| l.thinned(duration, max))
                .collect(),
        }
    }
}

impl Lane {
    /// About `max` segments: runs of neighbours shorter than `duration / max` are merged into
    /// boxes about that long, so a lane with 60.000 GIL turns still draws as a few hundred
    /// boxes. Long segments are kept as they are and never merged into anything. A box of one
    /// kind is that kind; a box of several kinds takes the colour of the kind with the most
    /// time and keeps every kind's share in [`Segment::mix`], so the time each kind had is
    /// the same before and after thinning.
    pub fn thinned(mut self, duration: f64, max: usize) -> Lane {
        if self.segments.len() <= max || max == 0 {
            return self;
        }
        let grain = duration / max as f64;
        let mut out: Vec<Segment> = Vec::with_capacity(max * 2);
        let mut bin: Option<Bin> = None;
        for seg in self.segments {
            let short = seg.end - seg.start < grain;
            if let Some(b) = bin.as_mut() {
                if short && b.span() < grain && seg.start - b.end < grain {
                    b.add(&seg);
                    continue;
                }
            }
            out.extend(bin.take().map(Bin::into_segment));
            if short {
                bin = Some(Bin::new(seg));
            } else {
                out.push(seg);
            }
        }
        out.extend(bin.map(Bin::into_segment));
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
            mix: Vec::new(),
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
    fn thinning_keeps_each_kinds_share_of_time() {
        // A GIL thread: 0,5 ms running, 1,5 ms waiting, 10.000 times.
        let segments: Vec<Segment> = (0..10_000)
            .flat_map(|i| {
                let t = i as f64 * 2.0;
                [
                    Segment {
                        kind: "running",
                        start: t,
                        end: t + 0.5,
                        task: "1".into(),
                        mix: Vec::new(),
                    },
                    Segment {
                        kind: "gil-wait",
                        start: t + 0.5,
                        end: t + 2.0,
                        task: "1".into(),
                        mix: Vec::new(),
                    },
                ]
            })
            .collect();
        let lane = Lane {
            id: "thread-0".into(),
            label: "thread 1".into(),
            segments,
        }
        .thinned(20_000.0, 400);
        assert!(lane.segments.len() <= 450, "{}", lane.segments.len());
        let time = |kind: &str| -> f64 { lane.segments.iter().map(|s| s.time_of(kind)).sum() };
        let (running, waiting) = (time("running") / 20_000.0, time("gil-wait") / 20_000.0);
        assert!((running - 0.25).abs() < 0.005, "running {running}");
        assert!((waiting - 0.75).abs() < 0.005, "waiting {waiting}");
        // Every box is mostly waiting, and says how much of it was running.
        for s in &lane.segments {
            assert_eq!(s.kind, "gil-wait", "{s:?}");
            let run = s.time_of("running") / (s.end - s.start);
            assert!((0.2..=0.3).contains(&run), "{s:?}");
        }
    }

    #[test]
    fn thinning_never_merges_a_long_segment_into_a_short_one() {
        let seg = |kind: &'static str, start: f64, end: f64| Segment {
            kind,
            start,
            end,
            task: "1".into(),
            mix: Vec::new(),
        };
        // Short running turns, then one long wait right after them (the last box of turns,
        // 90 to 99,5 ms, is still shorter than the 10 ms grain when the wait comes).
        let mut segments: Vec<Segment> = (0..995)
            .map(|i| seg("running", i as f64 * 0.1, i as f64 * 0.1 + 0.1))
            .collect();
        segments.push(seg("gil-wait", 99.5, 1_000.0));
        let lane = Lane {
            id: "thread-0".into(),
            label: "thread 1".into(),
            segments,
        }
        .thinned(1_000.0, 100);
        assert_eq!(lane.segments.last(), Some(&seg("gil-wait", 99.5, 1_000.0)));
        let running: f64 = lane.segments.iter().map(|s| s.time_of("running")).sum();
        assert!((running - 99.5).abs() < 1e-6, "{running}");
        // Boxes of one kind, touching, need no mix.
        assert!(
            lane.segments.iter().all(|s| s.mix.is_empty()),
            "{:?}",
            lane.segments
        );
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
