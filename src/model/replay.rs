//! A measured run kept as a recording, for slow-motion replay and for export as a Chrome trace.
//!
//! While a demo runs, its engine writes one [`Step`] per decision of the machinery (the event
//! loop resumes coroutine 8, thread 2 takes the GIL, worker 1 takes chunk 5), with the time it
//! happened. A step also says what its lane does from then on, so the same steps give the
//! lanes' segments. Replaying folds the steps, in order, into the demo's [`Machine`]: the state
//! shown at step *k* is what the recorded decisions 1…*k* made, never a new simulation.

use std::fmt::Write;
use std::sync::atomic::{AtomicBool, Ordering};

use super::json::{self, Value};
use super::lang::Lang;
use super::link::ShareLink;
use super::numfmt;
use super::page::Page;
use super::params::Params;

/// Steps a recording keeps; what comes later is not recorded ([`Recording::dropped`] says how
/// many steps, or at least that some, where an engine stops watching at the cap) and the page says
/// so. 20.000 steps are a few MB of trace file and keep stepping instant.
pub const MAX_STEPS: usize = 20_000;

/// Whether engines record their steps. Always on for readers; a benchmark switches it off to
/// measure what recording costs (`window.__labRecord = false`, read at each run's start).
/// An atomic in the module's shared memory, so the workers' GIL sees the same switch.
static RECORDING: AtomicBool = AtomicBool::new(true);

pub fn recording_on() -> bool {
    RECORDING.load(Ordering::Relaxed)
}

pub fn set_recording(on: bool) {
    RECORDING.store(on, Ordering::Relaxed);
}

/// One decision, `at` ms after the run's start.
#[derive(Clone, Debug, PartialEq)]
pub struct Step<C> {
    pub at: f64,
    /// The lane the decision concerns.
    pub lane: u32,
    /// Lanes from `lane` on that it concerns: 1, or more for one decision that stops several
    /// (a Celery node dying stops all its children's lanes).
    pub width: u32,
    /// What the lane does from now until its next step (a timeline kind like `running`), or
    /// `None` when it stops doing anything (a task ended).
    pub kind: Option<&'static str>,
    pub change: C,
}

/// One span of a lane, from one of its steps to the next.
#[derive(Clone, Debug, PartialEq)]
pub struct Span {
    pub lane: u32,
    pub kind: &'static str,
    pub start: f64,
    pub end: f64,
    /// The step that began it.
    pub step: usize,
}

/// A demo's machinery as the recorded steps change it: the ready queue, the GIL's holder, a
/// broker's queue. Pure; `apply` must only follow the change, never decide anything itself.
pub trait Machine: Clone + Default + PartialEq + std::fmt::Debug + 'static {
    type Change: Clone + PartialEq + std::fmt::Debug + 'static;
    fn apply(&mut self, change: &Self::Change);
    /// One line saying what `change` was (`replay-<page>-…` keys).
    fn caption(change: &Self::Change, lang: Lang) -> Line;
    /// The machinery's parts, one row each (`replay-row-<id>` names them).
    fn rows(&self, lang: Lang) -> Vec<Row>;
}

/// A text key and its arguments, already formatted for the reader's language.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Line {
    pub key: &'static str,
    pub args: Vec<(&'static str, String)>,
}

impl Line {
    pub fn new(key: &'static str, args: &[(&'static str, String)]) -> Line {
        Line {
            key,
            args: args.to_vec(),
        }
    }
}

/// One part of the machinery at a step: its id (`ready`, `timers`, `holder`) and what it holds.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Row {
    pub id: &'static str,
    pub value: String,
}

/// A list for a row: the first few items, then how many more (`8, 9, 10 (+12)`); `-` if empty.
pub fn list<T: std::fmt::Display>(items: impl IntoIterator<Item = T>, lang: Lang) -> String {
    const SHOWN: usize = 8;
    let mut shown = Vec::new();
    let mut more = 0u64;
    for item in items {
        if shown.len() < SHOWN {
            shown.push(item.to_string());
        } else {
            more += 1;
        }
    }
    if shown.is_empty() {
        return "–".into();
    }
    let mut out = shown.join(", ");
    if more > 0 {
        let _ = write!(out, " (+{})", super::numfmt::integer(lang, more));
    }
    out
}

/// A recording seen through its steps, whatever the machine: what the replay widget needs.
pub trait Replay {
    /// Steps kept.
    fn len(&self) -> usize;
    fn is_empty(&self) -> bool {
        self.len() == 0
    }
    /// When step `k` (0-based) happened, ms after the run's start.
    fn at(&self, k: usize) -> f64;
    fn caption(&self, k: usize, lang: Lang) -> Line;
    /// The machinery after the first `k` steps.
    fn rows_after(&self, k: usize, lang: Lang) -> Vec<Row>;
    fn dropped(&self) -> usize;
    /// What the engine chose not to watch.
    fn partial(&self) -> Option<&Partial>;
    fn lanes(&self) -> &[String];
    fn spans_count(&self) -> usize;
    fn chrome_trace(&self, meta: &TraceMeta, labels: &[String]) -> String;
}

impl<M: Machine> Replay for Recording<M> {
    fn len(&self) -> usize {
        self.steps.len()
    }
    fn at(&self, k: usize) -> f64 {
        self.steps.get(k).map_or(self.end, |s| s.at)
    }
    fn caption(&self, k: usize, lang: Lang) -> Line {
        match self.steps.get(k) {
            Some(step) => M::caption(&step.change, lang),
            None => Line::new("replay-start", &[]),
        }
    }
    fn rows_after(&self, k: usize, lang: Lang) -> Vec<Row> {
        self.state_at_quickly(k).rows(lang)
    }
    fn dropped(&self) -> usize {
        self.dropped
    }
    fn partial(&self) -> Option<&Partial> {
        self.partial.as_ref()
    }
    fn lanes(&self) -> &[String] {
        &self.lanes
    }
    fn spans_count(&self) -> usize {
        self.spans().len()
    }
    fn chrome_trace(&self, meta: &TraceMeta, labels: &[String]) -> String {
        chrome_trace(self, meta, labels)
    }
}

/// A text key and the counts it names (formatted in the reader's language by the page).
pub type Partial = (&'static str, Vec<(&'static str, u64)>);

/// Everything a run recorded.
#[derive(Clone, Debug, PartialEq)]
pub struct Recording<M: Machine> {
    /// Each lane's id (`task-3`, `thread-0`, `worker-1`): the timeline's `data-lane`.
    pub lanes: Vec<String>,
    pub steps: Vec<Step<M::Change>>,
    /// The machinery before the first step, as the engine set it up: its threads or worker
    /// processes, all idle (a default machine knows none, and would show only those that
    /// did something so far).
    pub first: M,
    /// Steps that came after [`MAX_STEPS`] and were not kept.
    pub dropped: usize,
    /// When the run ended, ms after its start.
    pub end: f64,
    /// The machinery's state when the run ended, taken by the engine itself: replaying every
    /// step must arrive here (when nothing was dropped).
    pub last: Option<M>,
    /// What the engine chose not to watch, said on the page: a text key and its counts
    /// (`None`: it watched everything).
    pub partial: Option<Partial>,
    checkpoints: Checkpoints<M>,
}

/// Steps between two states a replay keeps.
const CHECKPOINT_EVERY: usize = 1024;

/// The state every [`CHECKPOINT_EVERY`] steps, made the first time the replay widget asks for
/// a state: showing step *k* then folds at most 1.023 steps, not *k* (20.000 steps of a
/// 2.000-coroutine run, with its long queues, fold in about 50 ms natively: too slow for a
/// frame of playback). Kept with the step count it was made for, and ignored for any other,
/// so a recording still being written is never read through stale states. Not part of the
/// recording: a copy starts without it, and it never makes two recordings unequal.
struct Checkpoints<M>(std::sync::OnceLock<(usize, Vec<M>)>);

impl<M> Default for Checkpoints<M> {
    fn default() -> Self {
        Checkpoints(std::sync::OnceLock::new())
    }
}

impl<M> Clone for Checkpoints<M> {
    fn clone(&self) -> Self {
        Checkpoints::default()
    }
}

impl<M> PartialEq for Checkpoints<M> {
    fn eq(&self, _: &Self) -> bool {
        true
    }
}

impl<M> std::fmt::Debug for Checkpoints<M> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Checkpoints")
    }
}

impl<M: Machine> Default for Recording<M> {
    fn default() -> Recording<M> {
        Recording::new(Vec::new())
    }
}

impl<M: Machine> Recording<M> {
    pub fn new(lanes: Vec<String>) -> Recording<M> {
        Recording {
            lanes,
            steps: Vec::new(),
            first: M::default(),
            dropped: 0,
            end: 0.0,
            last: None,
            partial: None,
            checkpoints: Checkpoints::default(),
        }
    }

    /// Record a decision (or count it, past the cap).
    pub fn push(&mut self, at: f64, lane: u32, kind: Option<&'static str>, change: M::Change) {
        self.push_across(at, lane..lane + 1, kind, change);
    }

    /// Record a decision that concerns the lanes `lanes`, all of which do `kind` from now.
    pub fn push_across(
        &mut self,
        at: f64,
        lanes: std::ops::Range<u32>,
        kind: Option<&'static str>,
        change: M::Change,
    ) {
        if self.steps.len() < MAX_STEPS {
            self.steps.push(Step {
                at,
                lane: lanes.start,
                width: lanes.end.saturating_sub(lanes.start),
                kind,
                change,
            });
        } else {
            self.dropped += 1;
        }
    }

    /// The state after the first `k` steps (`k` = 0: before the run).
    pub fn state_at(&self, k: usize) -> M {
        let k = k.min(self.steps.len());
        let (mut m, from) = match self.checkpoints.0.get() {
            Some((len, states)) if *len == self.steps.len() => {
                let i = k / CHECKPOINT_EVERY;
                (states[i].clone(), i * CHECKPOINT_EVERY)
            }
            _ => (self.first.clone(), 0),
        };
        for step in &self.steps[from..k] {
            m.apply(&step.change);
        }
        m
    }

    /// [`Recording::state_at`] through checkpoints, made now if need be: for a finished
    /// recording shown step by step.
    fn state_at_quickly(&self, k: usize) -> M {
        self.checkpoints.0.get_or_init(|| {
            let mut states = Vec::with_capacity(self.steps.len() / CHECKPOINT_EVERY + 1);
            let mut m = self.first.clone();
            for (i, step) in self.steps.iter().enumerate() {
                if i.is_multiple_of(CHECKPOINT_EVERY) {
                    states.push(m.clone());
                }
                m.apply(&step.change);
            }
            if self.steps.len().is_multiple_of(CHECKPOINT_EVERY) {
                states.push(m);
            }
            (self.steps.len(), states)
        });
        self.state_at(k)
    }

    /// Whether replaying every step gives the state the engine saw at the end (when it kept
    /// every step of everything it watched).
    pub fn replays_to_last(&self) -> bool {
        let whole = self.dropped == 0 && self.partial.is_none();
        self.last
            .as_ref()
            .is_none_or(|last| !whole || *last == self.state_at(self.steps.len()))
    }

    /// Each lane's spans, from one step of the lane to its next (the last one ends with the run).
    pub fn spans(&self) -> Vec<Span> {
        spans_of(
            self.lanes.len(),
            self.end,
            &mut self.steps.iter().map(|s| (s.at, s.lane, s.width, s.kind)),
        )
    }
}

/// [`Recording::spans`] from each step's time, lanes and kind: one copy of the code for every
/// machine (the wasm carries it once, not once per demo).
fn spans_of(
    lanes: usize,
    run_end: f64,
    steps: &mut dyn Iterator<Item = (f64, u32, u32, Option<&'static str>)>,
) -> Vec<Span> {
    let mut open: Vec<Option<Span>> = vec![None; lanes];
    let mut out = Vec::new();
    let mut last_at = None;
    for (i, (at, first, width, kind)) in steps.enumerate() {
        last_at = Some(at);
        for lane in first..first.saturating_add(width) {
            let Some(slot) = open.get_mut(lane as usize) else {
                break;
            };
            if let Some(mut span) = slot.take() {
                span.end = at;
                out.push(span);
            }
            *slot = kind.map(|kind| Span {
                lane,
                kind,
                start: at,
                end: at,
                step: i,
            });
        }
    }
    let end = last_at.map_or(run_end, |at: f64| at.max(run_end));
    out.extend(open.into_iter().flatten().map(|mut s| {
        s.end = end;
        s
    }));
    out.sort_by(|a, b| a.start.total_cmp(&b.start).then(a.lane.cmp(&b.lane)));
    out
}

/// What a trace file says about the run besides its spans.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct TraceMeta {
    /// The page's link slug (`asyncio`).
    pub page: String,
    pub seed: u64,
    /// The share link that reopens the same demo.
    pub link: String,
    /// Parameters as link pairs.
    pub params: Vec<(String, String)>,
    /// How many steps the recording kept, and how many it dropped past the cap.
    pub steps: usize,
    pub dropped: usize,
}

impl TraceMeta {
    /// What a trace of a run of `params` on `page` says about it: its seed (0 where the page
    /// has none), its share link and its parameters as the link writes them.
    pub fn of<P: Params>(page: Page, params: &P, lang: Lang) -> TraceMeta {
        TraceMeta {
            page: page.slug().to_string(),
            seed: params.get("seed").unwrap_or(0.0).max(0.0) as u64,
            link: ShareLink::to_hash(page, params, lang),
            params: P::SPECS
                .iter()
                .map(|s| {
                    (
                        s.key.to_string(),
                        s.format(params.get(s.key).unwrap_or_default()),
                    )
                })
                .collect(),
            steps: 0,
            dropped: 0,
        }
    }
}

/// The Chrome trace-event JSON of a recording (opens in Perfetto and `chrome://tracing`):
/// one complete event (`"ph":"X"`) per span, one track (`tid`) per lane, times in µs. Lane
/// names and the run's parameters and link are in `metadata`.
pub fn chrome_trace<M: Machine>(rec: &Recording<M>, meta: &TraceMeta, labels: &[String]) -> String {
    let run = TraceRun {
        spans: &rec.spans(),
        lanes: &rec.lanes,
        steps: rec.steps.len(),
        dropped: rec.dropped,
    };
    trace_json(&run, meta, labels)
}

/// What [`chrome_trace`] writes of a recording, whatever its machine.
struct TraceRun<'a> {
    spans: &'a [Span],
    lanes: &'a [String],
    steps: usize,
    dropped: usize,
}

fn trace_json(rec: &TraceRun, meta: &TraceMeta, labels: &[String]) -> String {
    let mut out = String::with_capacity(64 + rec.spans.len() * 110);
    out.push_str("{\"traceEvents\":[");
    for (i, span) in rec.spans.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        out.push_str("{\"name\":");
        json::write_str(&mut out, span.kind);
        out.push_str(",\"cat\":");
        json::write_str(&mut out, &meta.page);
        // Both ends rounded to whole µs, the duration between them: rounding the start and
        // the duration apart can make one slice end after the next one on its track starts,
        // which Perfetto then draws nested.
        let (ts, end) = ((span.start * 1000.0).round(), (span.end * 1000.0).round());
        out.push_str(",\"ph\":\"X\",\"ts\":");
        json::write_num(&mut out, ts);
        out.push_str(",\"dur\":");
        json::write_num(&mut out, (end - ts).max(0.0));
        let _ = write!(
            out,
            ",\"pid\":1,\"tid\":{},\"args\":{{\"lane\":",
            span.lane + 1
        );
        json::write_str(&mut out, &rec.lanes[span.lane as usize]);
        let _ = write!(out, ",\"step\":{}}}}}", span.step);
    }
    out.push_str("],\"displayTimeUnit\":\"ms\",\"metadata\":{\"page\":");
    json::write_str(&mut out, &meta.page);
    let _ = write!(out, ",\"seed\":{},\"link\":", meta.seed);
    json::write_str(&mut out, &meta.link);
    out.push_str(",\"params\":{");
    for (i, (k, v)) in meta.params.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        json::write_str(&mut out, k);
        out.push(':');
        json::write_str(&mut out, v);
    }
    let _ = write!(
        out,
        "}},\"steps\":{},\"dropped\":{},\"lanes\":[",
        rec.steps, rec.dropped
    );
    for (i, id) in rec.lanes.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        out.push_str("{\"tid\":");
        let _ = write!(out, "{}", i + 1);
        out.push_str(",\"id\":");
        json::write_str(&mut out, id);
        out.push_str(",\"label\":");
        json::write_str(&mut out, labels.get(i).unwrap_or(id));
        out.push('}');
    }
    out.push_str("]}}");
    out
}

/// A trace file read back: its lanes (id, label) and spans, and what it says about the run.
#[derive(Clone, Debug, PartialEq)]
pub struct ImportedTrace {
    pub lanes: Vec<(String, String)>,
    /// Spans with owned kinds: a file may name kinds this build does not know.
    pub spans: Vec<(u32, String, f64, f64)>,
    pub meta: TraceMeta,
}

/// Why a file could not be opened as a trace.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TraceError {
    /// Not JSON, or too big or deep to read (see [`json::parse`]).
    NotJson,
    /// JSON without a `traceEvents` array of complete events.
    NoEvents,
    /// More lanes than a timeline can draw.
    TooManyLanes,
}

/// Lanes an opened trace may have.
pub const MAX_LANES: usize = 10_000;

/// An opened trace's lanes as they are met: one per `tid`, found by a map, not a search (a
/// file may have thousands of lanes and a million events).
#[derive(Default)]
struct Lanes {
    index: std::collections::HashMap<u64, u32>,
    names: Vec<(String, String)>,
}

impl Lanes {
    /// The lane of `tid`, added with `name()` (id, label) when it is new.
    fn lane(
        &mut self,
        tid: f64,
        name: impl FnOnce() -> (String, String),
    ) -> Result<u32, TraceError> {
        // `+ 0.0` makes -0 and 0 one key.
        let key = (tid + 0.0).to_bits();
        if let Some(&lane) = self.index.get(&key) {
            return Ok(lane);
        }
        if self.names.len() == MAX_LANES {
            return Err(TraceError::TooManyLanes);
        }
        let lane = self.names.len() as u32;
        self.index.insert(key, lane);
        self.names.push(name());
        Ok(lane)
    }
}

/// Read a Chrome trace (ours, or any with complete events). Our files name every lane in
/// `metadata`, in the page's order (a lane with nothing drawn too); any other `tid` becomes a
/// lane in order of first use.
pub fn parse_chrome_trace(text: &str) -> Result<ImportedTrace, TraceError> {
    let root = json::parse(text).map_err(|_| TraceError::NotJson)?;
    let events = root
        .get("traceEvents")
        .and_then(Value::as_array)
        .ok_or(TraceError::NoEvents)?;
    let meta_v = root.get("metadata");
    let mut lanes = Lanes::default();
    let named = meta_v
        .and_then(|m| m.get("lanes"))
        .and_then(Value::as_array)
        .unwrap_or(&[]);
    for l in named {
        let (Some(tid), Some(id)) = (
            l.get("tid").and_then(Value::as_f64),
            l.get("id").and_then(Value::as_str),
        ) else {
            continue;
        };
        let label = l.get("label").and_then(Value::as_str).unwrap_or(id);
        lanes.lane(tid, || (id.to_string(), label.to_string()))?;
    }
    let mut spans = Vec::new();
    for e in events {
        if e.get("ph").and_then(Value::as_str) != Some("X") {
            continue;
        }
        let (Some(ts), Some(dur)) = (
            e.get("ts").and_then(Value::as_f64),
            e.get("dur").and_then(Value::as_f64),
        ) else {
            continue;
        };
        let tid = e.get("tid").and_then(Value::as_f64).unwrap_or(0.0);
        let lane = lanes.lane(tid, || {
            let id = e
                .get("args")
                .and_then(|a| a.get("lane"))
                .and_then(Value::as_str)
                .map_or_else(|| format!("tid-{}", numfmt::shortest(tid)), str::to_string);
            (id.clone(), id)
        })?;
        let name = e.get("name").and_then(Value::as_str).unwrap_or("");
        // In ms; each part divided first, so two huge numbers never add up to infinity.
        let start = ts / 1000.0;
        spans.push((lane, name.to_string(), start, start + dur.max(0.0) / 1000.0));
    }
    let lanes = lanes.names;
    if spans.is_empty() {
        return Err(TraceError::NoEvents);
    }
    let field = |k: &str| meta_v.and_then(|m| m.get(k));
    let text_of = |k: &str| field(k).and_then(Value::as_str).unwrap_or("").to_string();
    let count = |k: &str| field(k).and_then(Value::as_f64).unwrap_or(0.0).max(0.0) as usize;
    let params = match field("params") {
        Some(Value::Obj(members)) => members
            .iter()
            .filter_map(|(k, v)| Some((k.clone(), v.as_str()?.to_string())))
            .collect(),
        _ => Vec::new(),
    };
    let meta = TraceMeta {
        page: text_of("page"),
        seed: field("seed")
            .and_then(Value::as_f64)
            .unwrap_or(0.0)
            .max(0.0) as u64,
        link: text_of("link"),
        params,
        steps: count("steps"),
        dropped: count("dropped"),
    };
    Ok(ImportedTrace { lanes, spans, meta })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A counter machine: each change adds to one slot.
    #[derive(Clone, Debug, Default, PartialEq)]
    struct Counts(Vec<i32>);

    impl Machine for Counts {
        type Change = (usize, i32);
        fn apply(&mut self, &(slot, by): &(usize, i32)) {
            if self.0.len() <= slot {
                self.0.resize(slot + 1, 0);
            }
            self.0[slot] += by;
        }
        fn caption(&(slot, _): &(usize, i32), _: Lang) -> Line {
            Line::new("count", &[("slot", slot.to_string())])
        }
        fn rows(&self, lang: Lang) -> Vec<Row> {
            vec![Row {
                id: "counts",
                value: list(&self.0, lang),
            }]
        }
    }

    #[test]
    fn a_row_lists_the_first_items_and_counts_the_rest() {
        assert_eq!(list(Vec::<u32>::new(), Lang::Id), "–");
        assert_eq!(list(1..=3, Lang::Id), "1, 2, 3");
        assert_eq!(list(1..=1010, Lang::Id), "1, 2, 3, 4, 5, 6, 7, 8 (+1.002)");
    }

    fn sample() -> Recording<Counts> {
        let mut rec = Recording::new(vec!["a".into(), "b \"quoted\"".into()]);
        rec.push(0.0, 0, Some("running"), (0, 1));
        rec.push(1.5, 1, Some("waiting"), (1, 2));
        rec.push(2.0, 0, Some("waiting"), (0, -1));
        rec.push(4.0, 1, None, (1, 1));
        rec.end = 5.0;
        rec.last = Some(Counts(vec![0, 3]));
        rec
    }

    #[test]
    fn a_lane_span_runs_from_one_of_its_steps_to_the_next() {
        let spans = sample().spans();
        let brief: Vec<_> = spans
            .iter()
            .map(|s| (s.lane, s.kind, s.start, s.end))
            .collect();
        assert_eq!(
            brief,
            [
                (0, "running", 0.0, 2.0),
                (1, "waiting", 1.5, 4.0),
                (0, "waiting", 2.0, 5.0)
            ]
        );
    }

    #[test]
    fn replay_folds_the_recorded_steps_and_reaches_the_recorded_end() {
        let rec = sample();
        assert_eq!(rec.state_at(0), Counts::default());
        assert_eq!(rec.state_at(2), Counts(vec![1, 2]));
        assert!(rec.replays_to_last());
        let mut wrong = rec.clone();
        wrong.last = Some(Counts(vec![9]));
        assert!(!wrong.replays_to_last());
    }

    #[test]
    fn a_state_through_checkpoints_is_the_state_folded_from_the_start() {
        let mut rec: Recording<Counts> = Recording::new(vec!["a".into()]);
        for i in 0..3 * CHECKPOINT_EVERY + 5 {
            rec.push(i as f64, 0, Some("running"), (i % 7, 1 + (i % 3) as i32));
        }
        let folded: Vec<_> = (0..=rec.steps.len() + 1)
            .map(|k| rec.state_at(k).rows(Lang::Id))
            .collect();
        let quick: Vec<_> = (0..=rec.steps.len() + 1)
            .map(|k| rec.rows_after(k, Lang::Id))
            .collect();
        assert_eq!(quick, folded);
        // Written on after it was shown, the recording is folded afresh.
        rec.push(0.0, 0, None, (9, 1));
        assert_eq!(
            rec.rows_after(rec.steps.len(), Lang::Id),
            rec.state_at(usize::MAX).rows(Lang::Id)
        );
        assert_eq!(rec.state_at(usize::MAX).0[9], 1);
    }

    #[test]
    fn the_cap_keeps_the_first_steps_and_counts_the_rest() {
        let mut rec: Recording<Counts> = Recording::new(vec!["a".into()]);
        for i in 0..MAX_STEPS + 7 {
            rec.push(i as f64, 0, Some("running"), (0, 1));
        }
        assert_eq!((rec.steps.len(), rec.dropped), (MAX_STEPS, 7));
    }

    #[test]
    fn an_exported_trace_reopens_with_the_same_lanes_and_spans() {
        let rec = sample();
        let meta = TraceMeta {
            page: "asyncio".into(),
            seed: 7,
            link: "#/asyncio?v=1&seed=7".into(),
            params: vec![("tasks".into(), "20".into())],
            steps: rec.steps.len(),
            dropped: 0,
        };
        let labels = vec!["korutin 1".to_string(), "korutin 2".to_string()];
        let text = chrome_trace(&rec, &meta, &labels);
        let root = json::parse(&text).unwrap();
        let events = root.get("traceEvents").unwrap().as_array().unwrap();
        assert_eq!(events.len(), rec.spans().len(), "one event per span");
        let back = parse_chrome_trace(&text).unwrap();
        assert_eq!(back.meta, meta);
        assert_eq!(
            back.lanes,
            [
                ("a".to_string(), "korutin 1".to_string()),
                ("b \"quoted\"".to_string(), "korutin 2".to_string())
            ]
        );
        let spans: Vec<_> = rec
            .spans()
            .iter()
            .map(|s| (s.lane, s.kind.to_string(), s.start, s.end))
            .collect();
        assert_eq!(back.spans, spans);
    }

    #[test]
    fn files_that_are_not_traces_are_refused_plainly() {
        assert_eq!(parse_chrome_trace("nope"), Err(TraceError::NotJson));
        assert_eq!(parse_chrome_trace("{}"), Err(TraceError::NoEvents));
        assert_eq!(
            parse_chrome_trace(r#"{"traceEvents":[{"ph":"B","ts":1}]}"#),
            Err(TraceError::NoEvents)
        );
        // Someone else's trace: lanes named from the events, kinds kept as written.
        let other = parse_chrome_trace(
            r#"{"traceEvents":[{"ph":"X","name":"GC","ts":1000,"dur":500,"tid":9}]}"#,
        )
        .unwrap();
        assert_eq!(other.lanes, [("tid-9".to_string(), "tid-9".to_string())]);
        assert_eq!(other.spans, [(0, "GC".to_string(), 1.0, 1.5)]);
    }
}
