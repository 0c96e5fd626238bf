//! A trace file the reader opens is untrusted input; one the page writes must open in Perfetto
//! and come back the same. Property tests of the JSON reader, the Chrome trace importer and
//! the exporter.
#![cfg(not(target_arch = "wasm32"))]

use lab_konkurensi::demos::asyncio::replay::{kind_after, lanes, Await, Change, LoopRecording};
use lab_konkurensi::demos::asyncio::trace::Outcome;
use lab_konkurensi::model::json::{self, Value};
use lab_konkurensi::model::replay::{chrome_trace, parse_chrome_trace, TraceMeta, MAX_LANES};
use proptest::prelude::*;

/// `v` as JSON text, with the crate's own string and number writers.
fn write(v: &Value, out: &mut String) {
    match v {
        Value::Null => out.push_str("null"),
        Value::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
        Value::Num(n) => json::write_num(out, *n),
        Value::Str(s) => json::write_str(out, s),
        Value::Arr(items) => {
            out.push('[');
            for (i, item) in items.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                write(item, out);
            }
            out.push(']');
        }
        Value::Obj(members) => {
            out.push('{');
            for (i, (k, item)) in members.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                json::write_str(out, k);
                out.push(':');
                write(item, out);
            }
            out.push('}');
        }
    }
}

fn text_of(v: &Value) -> String {
    let mut out = String::new();
    write(v, &mut out);
    out
}

/// Numbers a hostile file may hold where a trace has times and thread ids.
fn number() -> impl Strategy<Value = f64> {
    prop_oneof![
        -1e6..1e9f64,
        Just(f64::MAX),
        Just(-f64::MAX),
        Just(1e308),
        Just(0.0),
        Just(-0.0),
        (0u32..4).prop_map(f64::from),
    ]
}

fn any_value() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        number().prop_map(Value::Num),
        any::<String>().prop_map(Value::Str),
    ];
    leaf.prop_recursive(4, 48, 6, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..6).prop_map(Value::Arr),
            prop::collection::vec((any::<String>(), inner), 0..6).prop_map(Value::Obj),
        ]
    })
}

/// A value where the importer looks for one: the right type most of the time.
fn field(right: impl Strategy<Value = Value> + 'static) -> impl Strategy<Value = Option<Value>> {
    prop_oneof![
        6 => right.prop_map(Some),
        1 => any_value().prop_map(Some),
        1 => Just(None),
    ]
}

/// Something shaped like a trace file, with holes and wrong types.
fn trace_like() -> impl Strategy<Value = Value> {
    let num = || number().prop_map(Value::Num);
    let event = (
        field(prop_oneof![Just("X"), Just("B"), Just("M")].prop_map(|s| Value::Str(s.into()))),
        field(num()),
        field(num()),
        field(num()),
        field(any::<String>().prop_map(Value::Str)),
    )
        .prop_map(|(ph, ts, dur, tid, name)| {
            let members = [
                ("ph", ph),
                ("ts", ts),
                ("dur", dur),
                ("tid", tid),
                ("name", name),
            ]
            .into_iter()
            .filter_map(|(k, v)| Some((k.to_string(), v?)))
            .collect();
            Value::Obj(members)
        });
    let lane = (field(num()), field(any::<String>().prop_map(Value::Str))).prop_map(|(tid, id)| {
        Value::Obj(
            [("tid", tid), ("id", id)]
                .into_iter()
                .filter_map(|(k, v)| Some((k.to_string(), v?)))
                .collect(),
        )
    });
    (
        prop::collection::vec(event, 0..40),
        prop::collection::vec(lane, 0..8),
        field(num()),
    )
        .prop_map(|(events, lanes, seed)| {
            let mut meta = vec![("lanes".to_string(), Value::Arr(lanes))];
            if let Some(seed) = seed {
                meta.push(("seed".into(), seed));
            }
            Value::Obj(vec![
                ("traceEvents".into(), Value::Arr(events)),
                ("metadata".into(), Value::Obj(meta)),
            ])
        })
}

/// Text near JSON: tokens a parser must get right, in any order.
fn json_soup() -> impl Strategy<Value = String> {
    let token = prop_oneof![
        Just("{"),
        Just("}"),
        Just("["),
        Just("]"),
        Just(":"),
        Just(","),
        Just("\""),
        Just("\\"),
        Just("\\u"),
        Just("d83d"),
        Just("\\ude00"),
        Just("\"traceEvents\""),
        Just("\"ph\":\"X\""),
        Just("\"ts\":"),
        Just("-"),
        Just("1e308"),
        Just("0.5"),
        Just("true"),
        Just("nul"),
        Just(" "),
        Just("é"),
    ];
    prop::collection::vec(token, 0..60).prop_map(|t| t.concat())
}

/// Whatever `parse_chrome_trace` returns for `text` is drawable.
fn check_import(text: &str) {
    if let Ok(t) = parse_chrome_trace(text) {
        assert!(!t.spans.is_empty());
        assert!(t.lanes.len() <= MAX_LANES);
        for (lane, _, start, end) in &t.spans {
            assert!(
                (*lane as usize) < t.lanes.len(),
                "lane {lane} of {}",
                t.lanes.len()
            );
            assert!(start.is_finite() && end.is_finite(), "{start}…{end}");
            assert!(start <= end, "{start}…{end}");
        }
    }
}

/// A recording of `tasks` coroutines from drawn steps: (ms since the previous step, task,
/// which change). Times are on a 0,1 µs grid, finer than a trace file keeps.
fn recording_from(tasks: usize, draws: &[(u32, usize, u8)], end_extra: u32) -> LoopRecording {
    let mut rec = LoopRecording::new(lanes(tasks));
    let mut at = 0.0;
    for &(dt, task, what) in draws {
        at += f64::from(dt) / 10_000.0;
        let t = (task % tasks) as u32;
        let change = match what % 6 {
            0 => Change::Created(t),
            1 => Change::Resumed(t),
            2 => Change::Suspended(t, Await::Sleep(at + 1.0)),
            3 => Change::Suspended(t, Await::Semaphore),
            4 => Change::Woken(t),
            _ => Change::Ended(t, Outcome::Done),
        };
        rec.push(at, t, kind_after(&change, false), change);
    }
    rec.end = at + f64::from(end_extra) / 10_000.0;
    rec
}

fn meta() -> TraceMeta {
    TraceMeta {
        page: "asyncio".into(),
        seed: 7,
        link: "#/asyncio?v=1&seed=7".into(),
        params: vec![("tasks".into(), "3".into())],
        steps: 0,
        dropped: 0,
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    #[test]
    fn the_json_reader_never_panics(text in any::<String>()) {
        let _ = json::parse(&text);
        check_import(&text);
    }

    #[test]
    fn the_json_reader_never_panics_on_near_json(text in json_soup()) {
        let _ = json::parse(&text);
        check_import(&text);
    }

    #[test]
    fn what_the_writer_writes_the_reader_reads_back(v in any_value()) {
        let text = text_of(&v);
        prop_assert_eq!(json::parse(&text), Ok(v), "{}", text);
    }

    #[test]
    fn any_trace_shaped_file_opens_to_finite_spans_on_existing_lanes(v in trace_like()) {
        check_import(&text_of(&v));
    }

    #[test]
    fn an_exported_trace_reopens_with_its_lanes_and_spans(
        tasks in 1usize..6,
        draws in prop::collection::vec((0u32..40_000, 0usize..6, 0u8..6), 0..40),
        end_extra in 0u32..40_000,
    ) {
        let rec = recording_from(tasks, &draws, end_extra);
        let spans = rec.spans();
        prop_assume!(!spans.is_empty());
        let labels: Vec<String> = (0..tasks).map(|t| format!("korutin {}", t + 1)).collect();
        let text = chrome_trace(&rec, &meta(), &labels);
        let back = parse_chrome_trace(&text).unwrap();
        // Every lane of the page, in the page's order, even one with nothing drawn.
        let ids: Vec<String> = back.lanes.iter().map(|l| l.0.clone()).collect();
        prop_assert_eq!(&ids, &rec.lanes);
        prop_assert_eq!(back.spans.len(), spans.len());
        for (b, s) in back.spans.iter().zip(&spans) {
            prop_assert_eq!(b.0, s.lane);
            prop_assert_eq!(b.1.as_str(), s.kind);
            // A trace keeps whole µs.
            prop_assert!((b.2 - s.start).abs() <= 0.0005 + 1e-9, "{:?} vs {:?}", b, s);
            prop_assert!((b.3 - s.end).abs() <= 0.0005 + 1e-9, "{:?} vs {:?}", b, s);
        }
    }

    /// Perfetto nests complete events on one track by time: one lane's slices, one after
    /// the other, must not overlap, whatever the rounding to µs.
    #[test]
    fn one_lanes_slices_never_overlap_in_the_file(
        tasks in 1usize..4,
        draws in prop::collection::vec((0u32..40, 0usize..4, 0u8..6), 1..60),
    ) {
        let rec = recording_from(tasks, &draws, 0);
        let text = chrome_trace(&rec, &meta(), &[]);
        let root = json::parse(&text).unwrap();
        let events = root.get("traceEvents").unwrap().as_array().unwrap();
        let mut by_tid: Vec<Vec<(f64, f64)>> = vec![Vec::new(); tasks + 1];
        for e in events {
            let num = |k| e.get(k).and_then(Value::as_f64).unwrap();
            prop_assert_eq!(num("ts").fract(), 0.0);
            prop_assert!(num("dur") >= 0.0);
            by_tid[num("tid") as usize].push((num("ts"), num("dur")));
        }
        for slices in &mut by_tid {
            slices.sort_by(|a, b| a.0.total_cmp(&b.0).then(a.1.total_cmp(&b.1)));
            for w in slices.windows(2) {
                prop_assert!(w[0].0 + w[0].1 <= w[1].0, "{:?} overlaps {:?}", w[0], w[1]);
            }
        }
    }
}

#[test]
fn a_sum_too_big_for_a_double_is_not_an_endless_span() {
    let text = r#"{"traceEvents":[{"ph":"X","ts":1.7e308,"dur":1.7e308,"tid":1}]}"#;
    check_import(text);
}

#[test]
fn a_broken_surrogate_pair_keeps_the_character_after_it() {
    // A high surrogate followed by an escape that is not a low one: the pair is broken, the
    // second character is a character of its own (as JavaScript reads it).
    assert_eq!(
        json::parse(r#""\ud800\u0041""#),
        Ok(Value::Str("\u{FFFD}A".into()))
    );
}
