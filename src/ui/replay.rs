//! Slow motion: step through a measured run's recorded decisions, see the machinery's state at
//! each, and take the run away as a Chrome trace (or open one back into a timeline).
//!
//! The widget knows no demo: it reads any [`Replay`] (a recording of some demo's
//! [`Machine`](crate::model::replay::Machine)). The demo draws its own timeline and passes it the
//! replay's moment through `on_cursor`, so the playhead is on the real timeline.

use std::rc::Rc;
use std::sync::Arc;

use wasm_bindgen::{JsCast, JsValue};
use yew::prelude::*;

use crate::model::replay::{parse_chrome_trace, Replay, TraceError, TraceMeta};
use crate::model::timeline::{Lane, Segment, Timeline};
use crate::model::{json, numfmt};
use crate::runtime::event_loop::sleep;
use crate::ui::texts::{use_tr, Tr};
use crate::ui::timeline::TimelineView;

/// A recording handed to the widget; equal when it is the same recording.
#[derive(Clone)]
pub struct Shared(pub Arc<dyn Replay + Send + Sync>);

impl PartialEq for Shared {
    fn eq(&self, other: &Self) -> bool {
        Arc::ptr_eq(&self.0, &other.0)
    }
}

#[derive(Properties, PartialEq)]
pub struct Props {
    pub replay: Shared,
    /// Page, seed, link and parameters: the trace file's metadata and its name.
    pub meta: TraceMeta,
    /// The page's timeline legend, to draw an opened trace's kinds.
    pub legend: Vec<(&'static str, &'static str)>,
    /// Hears the moment shown (ms after the run's start), `None` when the replay is at rest.
    #[prop_or_default]
    pub on_cursor: Callback<Option<f64>>,
}

/// Playback speeds: 0,1× to 1× of the run's real time.
const SPEEDS: [f64; 4] = [0.1, 0.25, 0.5, 1.0];
/// How often playback moves on, in ms of the reader's time.
const FRAME_MS: f64 = 50.0;

#[function_component]
pub fn ReplayView(props: &Props) -> Html {
    let tr = use_tr();
    let lang = tr.lang;
    let replay = props.replay.0.clone();
    let n = replay.len();
    // Steps shown: 0 is before the first decision, n after the last.
    let step = use_state(|| 0usize);
    let speed = use_state(|| 0usize);
    // The speed as the playing loop reads it at each frame, so a change applies at once.
    let rate = use_mut_ref(|| SPEEDS[0]);
    let playing = use_state(|| false);
    // A generation counter: bumping it stops the playing loop.
    let generation = use_mut_ref(|| 0u64);
    let opened = use_state(|| None::<Result<Rc<Opened>, TraceError>>);
    // Counted once per recording, not at every frame of playback.
    let segments = use_memo(props.replay.clone(), |r| r.0.spans_count());

    {
        let on_cursor = props.on_cursor.clone();
        let at = (*step > 0).then(|| replay.at(*step - 1));
        use_effect_with(at.map(f64::to_bits), move |_| {
            on_cursor.emit(at);
        });
    }
    // A new recording starts at the beginning; leaving the page stops playback.
    {
        let (step, playing, generation) = (step.clone(), playing.clone(), generation.clone());
        use_effect_with(props.replay.clone(), move |_| {
            *generation.borrow_mut() += 1;
            step.set(0);
            playing.set(false);
            move || *generation.borrow_mut() += 1
        });
    }

    let go = {
        let (step, playing, generation) = (step.clone(), playing.clone(), generation.clone());
        move |k: usize| {
            *generation.borrow_mut() += 1;
            playing.set(false);
            step.set(k.min(n));
        }
    };
    let on_back = {
        let go = go.clone();
        let k = *step;
        Callback::from(move |_| go(k.saturating_sub(1)))
    };
    let on_step = {
        let go = go.clone();
        let k = *step;
        Callback::from(move |_| go(k + 1))
    };
    let on_scrub = {
        let go = go.clone();
        Callback::from(move |e: InputEvent| {
            if let Some(input) = e.target_dyn_into::<web_sys::HtmlInputElement>() {
                go(input.value().parse().unwrap_or(0));
            }
        })
    };
    let on_speed = {
        let (speed, rate) = (speed.clone(), rate.clone());
        Callback::from(move |e: Event| {
            if let Some(select) = e.target_dyn_into::<web_sys::HtmlSelectElement>() {
                let i = select.selected_index().clamp(0, SPEEDS.len() as i32 - 1) as usize;
                *rate.borrow_mut() = SPEEDS[i];
                speed.set(i);
            }
        })
    };
    let on_play = {
        let (step, playing, generation, replay) = (
            step.clone(),
            playing.clone(),
            generation.clone(),
            replay.clone(),
        );
        let rate = rate.clone();
        Callback::from(move |_| {
            *generation.borrow_mut() += 1;
            if *playing {
                playing.set(false);
                return;
            }
            let gen = *generation.borrow();
            playing.set(true);
            // From the end, play again from the start.
            let first = if *step >= n { 0 } else { *step };
            let (step, playing, generation, replay, rate) = (
                step.clone(),
                playing.clone(),
                generation.clone(),
                replay.clone(),
                rate.clone(),
            );
            wasm_bindgen_futures::spawn_local(async move {
                let mut k = first;
                let mut head = if k == 0 {
                    replay.at(0)
                } else {
                    replay.at(k - 1)
                };
                while k < n {
                    sleep(FRAME_MS).await;
                    if *generation.borrow() != gen {
                        return;
                    }
                    head += FRAME_MS * *rate.borrow();
                    // At least one step per frame, so a long pause in the run never stalls.
                    k += 1;
                    while k < n && replay.at(k) <= head {
                        k += 1;
                    }
                    head = head.max(replay.at(k - 1));
                    step.set(k);
                }
                playing.set(false);
            });
        })
    };
    let on_export = {
        let (replay, meta, tr) = (replay.clone(), props.meta.clone(), tr.clone());
        Callback::from(move |_| {
            // Each lane's label in the reader's language, for the file.
            let labels: Vec<String> = replay
                .lanes()
                .iter()
                .map(|id| lane_label(&tr, id))
                .collect();
            let mut meta = meta.clone();
            meta.steps = replay.len();
            meta.dropped = replay.dropped();
            let text = replay.chrome_trace(&meta, &labels);
            download(&format!("{}-{}.json", meta.page, meta.seed), &text);
        })
    };
    let on_open = {
        let (opened, legend) = (opened.clone(), props.legend.clone());
        Callback::from(move |e: Event| {
            let Some(input) = e.target_dyn_into::<web_sys::HtmlInputElement>() else {
                return;
            };
            let Some(file) = input.files().and_then(|f| f.get(0)) else {
                return;
            };
            // NOTE: checked before reading: `File.text()` of a huge file would be copied whole
            // into the module's memory, which has a ceiling, before the parser could refuse it.
            if file.size() > json::MAX_BYTES as f64 {
                opened.set(Some(Err(TraceError::NotJson)));
                return;
            }
            let (opened, legend) = (opened.clone(), legend.clone());
            wasm_bindgen_futures::spawn_local(async move {
                let text = wasm_bindgen_futures::JsFuture::from(file.text()).await;
                let parsed = match text.ok().and_then(|t| t.as_string()) {
                    Some(text) => parse_chrome_trace(&text).map(|t| Rc::new(opened_of(t, &legend))),
                    None => Err(TraceError::NotJson),
                };
                opened.set(Some(parsed));
            });
        })
    };

    let k = *step;
    let caption = if k == 0 {
        tr.get("replay-start")
    } else {
        let line = replay.caption(k - 1, lang);
        tr.get_args(line.key, &line.args)
    };
    let rows = replay.rows_after(k, lang);
    let at = if k == 0 { 0.0 } else { replay.at(k - 1) };
    let position = tr.get_args(
        "replay-position",
        &[
            ("step", numfmt::integer(lang, k as u64)),
            ("steps", numfmt::integer(lang, n as u64)),
            ("at", numfmt::millis(lang, at)),
        ],
    );
    html! {
        <section class="replay" data-testid="replay" aria-labelledby="replay-title">
            <h3 id="replay-title">{ tr.get("replay-title") }</h3>
            <p class="hint">{ tr.get("replay-intro") }</p>
            if let Some((key, counts)) = replay.partial() {
                <p class="note" data-testid="replay-capped">{ tr.get_args(key, &counts.iter()
                    .map(|(k, v)| (*k, numfmt::integer(lang, *v))).collect::<Vec<_>>()) }</p>
            } else if replay.dropped() > 0 {
                <p class="note" data-testid="replay-capped">{ tr.get_args("replay-capped", &[
                    ("kept", numfmt::integer(lang, n as u64)),
                ]) }</p>
            }
            <div class="replay-controls">
                <button type="button" data-testid="replay-back" onclick={on_back} disabled={k == 0}>
                    { tr.get("replay-back") }</button>
                // The label says what a press does (play or pause): no `aria-pressed` besides,
                // which would read "Pause, pressed".
                <button type="button" data-testid="replay-play" onclick={on_play} disabled={n == 0}>
                    { tr.get(if *playing { "replay-pause" } else { "replay-play" }) }</button>
                <button type="button" data-testid="replay-step" onclick={on_step} disabled={k >= n}>
                    { tr.get("replay-step") }</button>
                <label>{ tr.get("replay-speed") }{ " " }
                    <select data-testid="replay-speed" onchange={on_speed}>
                        { for SPEEDS.iter().enumerate().map(|(i, s)| html! {
                            <option value={numfmt::shortest(*s)} selected={i == *speed}>{ numfmt::ratio(lang, *s) }</option>
                        }) }
                    </select>
                </label>
            </div>
            <input type="range" class="scrubber" data-testid="replay-scrubber" min="0" max={n.to_string()}
                value={k.to_string()} oninput={on_scrub} aria-label={tr.get("replay-scrubber")}
                aria-valuetext={position.clone()} />
            <p data-testid="replay-position" data-step={k.to_string()} data-steps={n.to_string()}>
                { position }
            </p>
            // Read out at each step the reader takes; not while playing, when it changes up to
            // 20 times a second and a screen reader would queue every one.
            <p class="caption" data-testid="replay-caption"
                aria-live={if *playing { "off" } else { "polite" }}>{ caption }</p>
            <dl class="replay-state" data-testid="replay-state">
                { for rows.iter().map(|r| html! { <>
                    <dt>{ tr.get(&format!("replay-row-{}", r.id)) }</dt>
                    <dd data-row={r.id}>{ r.value.clone() }</dd>
                </> }) }
            </dl>
            <div class="trace-io">
                <button type="button" data-testid="export-trace" onclick={on_export}
                    data-segments={segments.to_string()}>{ tr.get("replay-export") }</button>
                <label class="open-trace">{ tr.get("replay-open") }{ " " }
                    <input type="file" accept=".json,application/json" data-testid="import-trace" onchange={on_open} />
                </label>
            </div>
            { opened_view(&tr, opened.as_ref(), &props.legend) }
        </section>
    }
}

#[derive(Properties, PartialEq)]
pub struct RecordedProps {
    pub timeline: Rc<Timeline>,
    pub legend: Vec<(&'static str, &'static str)>,
    pub title: AttrValue,
    /// The run's recording; no replay is drawn when it recorded nothing.
    pub replay: Shared,
    pub meta: TraceMeta,
}

/// A demo's measured timeline with its replay below it, the playhead shared by both.
#[function_component]
pub fn RecordedTimeline(props: &RecordedProps) -> Html {
    let cursor = use_state(|| None::<f64>);
    let on_cursor = {
        let cursor = cursor.clone();
        Callback::from(move |at: Option<f64>| cursor.set(at))
    };
    html! {
        <>
            <TimelineView timeline={props.timeline.clone()} legend={props.legend.clone()}
                title={props.title.clone()} cursor={*cursor} />
            if !props.replay.0.is_empty() {
                <ReplayView replay={props.replay.clone()} meta={props.meta.clone()}
                    legend={props.legend.clone()} {on_cursor} />
            }
        </>
    }
}

/// A lane's label for a trace file, from its id: `task-3` → "korutin 4", `thread-0` →
/// "thread 1", `worker-1` → "proses worker 2"; other ids (`gil`) as they are.
pub fn lane_label(tr: &Tr, id: &str) -> String {
    let Some((kind, n)) = id.rsplit_once('-') else {
        return id.to_ascii_uppercase();
    };
    let key = match kind {
        "task" => "replay-lane-task",
        "thread" => "replay-lane-thread",
        "worker" => "replay-lane-worker",
        "node" => "replay-lane-node",
        _ => return id.to_string(),
    };
    match n.parse::<u32>() {
        Ok(n) => tr.get_args(key, &[("n", (n + 1).to_string())]),
        Err(_) => id.to_string(),
    }
}

/// A trace file opened back: its timeline, where it came from.
#[derive(PartialEq)]
struct Opened {
    timeline: Rc<Timeline>,
    meta: TraceMeta,
    spans: usize,
    /// Lanes in the file (the picture draws the first [`OPENED_MAX_LANES`]).
    lanes: usize,
}

/// Boxes per lane an opened trace draws at most (thinned like the demos' own timelines).
const OPENED_MAX_SEGMENTS: usize = 400;
/// Lanes an opened trace draws; the rest are counted under the picture.
const OPENED_MAX_LANES: usize = 200;

fn opened_of(
    t: crate::model::replay::ImportedTrace,
    legend: &[(&'static str, &'static str)],
) -> Opened {
    // A kind this page draws keeps its colour; any other is drawn as "other".
    let kind_of = |name: &str| {
        legend
            .iter()
            .map(|(k, _)| *k)
            .find(|k| *k == name)
            .unwrap_or("other")
    };
    let mut lanes: Vec<Lane> = t
        .lanes
        .iter()
        .map(|(id, label)| Lane {
            id: id.clone(),
            label: label.clone(),
            segments: Vec::new(),
        })
        .collect();
    let count = lanes.len();
    lanes.truncate(OPENED_MAX_LANES);
    let origin = t.spans.iter().map(|s| s.2).fold(f64::INFINITY, f64::min);
    let mut duration: f64 = 0.0;
    for (lane, kind, start, end) in &t.spans {
        let (start, end) = (start - origin, end - origin);
        duration = duration.max(end);
        let Some(lane) = lanes.get_mut(*lane as usize) else {
            continue;
        };
        lane.segments.push(Segment {
            kind: kind_of(kind),
            start,
            end,
            task: String::new(),
            mix: Vec::new(),
        });
    }
    Opened {
        timeline: Rc::new(Timeline::of_thinned_lanes(
            duration.max(1.0),
            lanes,
            OPENED_MAX_SEGMENTS,
        )),
        spans: t.spans.len(),
        meta: t.meta,
        lanes: count,
    }
}

fn opened_view(
    tr: &Tr,
    opened: Option<&Result<Rc<Opened>, TraceError>>,
    legend: &[(&'static str, &'static str)],
) -> Html {
    match opened {
        None => html! {},
        Some(Err(e)) => {
            let key = match e {
                TraceError::NotJson => "replay-open-not-json",
                TraceError::NoEvents => "replay-open-no-events",
                TraceError::TooManyLanes => "replay-open-too-many-lanes",
            };
            html! { <p class="notice" role="alert" data-testid="import-error">{ tr.get(key) }</p> }
        }
        Some(Ok(o)) => {
            let lang = tr.lang;
            html! {
                <div class="opened-trace" data-testid="imported-trace" data-lanes={o.lanes.to_string()}
                    data-spans={o.spans.to_string()}>
                    <p>{ tr.get_args("replay-opened", &[
                        ("page", o.meta.page.clone()),
                        ("lanes", numfmt::integer(lang, o.lanes as u64)),
                        ("spans", numfmt::integer(lang, o.spans as u64)),
                    ]) }
                    if o.meta.link.starts_with("#/") {
                        { " " }<a href={o.meta.link.clone()}>{ tr.get("replay-opened-link") }</a>
                    }
                    </p>
                    <TimelineView timeline={o.timeline.clone()} legend={legend.to_vec()}
                        title={tr.get("replay-opened-title")} />
                    if o.lanes > o.timeline.lanes.len() {
                        <p class="hint">{ tr.get_args("replay-opened-more", &[
                            ("shown", numfmt::integer(lang, o.timeline.lanes.len() as u64)),
                        ]) }</p>
                    }
                </div>
            }
        }
    }
}

/// Offer `text` as a file download named `name`.
fn download(name: &str, text: &str) {
    let result = (|| -> Result<(), JsValue> {
        let parts = js_sys::Array::of1(&JsValue::from_str(text));
        let options = web_sys::BlobPropertyBag::new();
        options.set_type("application/json");
        let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options)?;
        let url = web_sys::Url::create_object_url_with_blob(&blob)?;
        let document = web_sys::window()
            .and_then(|w| w.document())
            .ok_or(JsValue::NULL)?;
        let a: web_sys::HtmlAnchorElement = document.create_element("a")?.dyn_into()?;
        a.set_href(&url);
        a.set_download(name);
        a.click();
        // The browser reads the blob after this task: free it a little later.
        wasm_bindgen_futures::spawn_local(async move {
            sleep(10_000.0).await;
            let _ = web_sys::Url::revoke_object_url(&url);
        });
        Ok(())
    })();
    // Nothing to tell the reader that would help: a browser without Blob URLs cannot download.
    drop(result);
}
