//! The board, in Flower's spirit: nodes, the queue and its messages, every task in both state
//! views, one timeline lane per child, and the retry lab (each countdown within its band).

use std::rc::Rc;

use yew::prelude::*;

use super::super::board::Board;
use crate::model::numfmt;
use crate::model::page::Page;
use crate::model::replay::TraceMeta;
use crate::ui::class_with;
use crate::ui::replay::{RecordedTimeline, Shared};
use crate::ui::texts::use_tr;
use crate::ui::timeline::TimelineView;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub board: Rc<Board>,
}

#[function_component]
pub fn BoardView(props: &Props) -> Html {
    let tr = use_tr();
    let lang = tr.lang;
    let b = &props.board;
    let n = |v: u64| numfmt::integer(lang, v);
    let legend = vec![
        ("ce-ok", "ce-legend-ok"),
        ("ce-retry", "ce-legend-retry"),
        ("ce-fail", "ce-legend-fail"),
        ("ce-killed", "ce-legend-killed"),
        ("ce-run", "ce-legend-run"),
    ];

    let nodes = b.nodes.iter().enumerate().map(|(i, node)| {
        html! {
            <tr data-testid="node" data-node={i.to_string()} data-alive={node.alive.to_string()}
                data-active={node.active.to_string()} data-reserved={node.reserved.to_string()}
                data-children-lost={node.stats.children_lost.to_string()}
                class={(!node.alive).then_some("dead")}>
                <th scope="row">{ format!("node{}", i + 1) }</th>
                <td>{ tr.get(if node.alive { "ce-alive" } else { "ce-dead" }) }</td>
                <td>{ n(node.active as u64) }</td>
                <td>{ n(node.reserved as u64) }</td>
                <td>{ n(u64::from(node.stats.processed)) }</td>
                <td>{ n(u64::from(node.stats.succeeded)) }</td>
                <td>{ n(u64::from(node.stats.failed)) }</td>
                <td>{ n(u64::from(node.stats.retried)) }</td>
                <td>{ n(u64::from(node.stats.children_lost)) }</td>
                <td>{ node.start_ms.map(|ms| numfmt::millis(lang, ms)).unwrap_or_default() }</td>
            </tr>
        }
    });
    let queue = b.queue.iter().map(|m| {
        let title = if m.redelivered { tr.get("ce-redelivered") } else { String::new() };
        html! {
            <li class={class_with("msg", m.redelivered.then_some("redelivered"))} data-task={m.task.to_string()} {title}>
                { format!("#{}", m.task) }
                if m.retries > 0 { <sup>{ format!("r{}", m.retries) }</sup> }
            </li>
        }
    });
    let tasks = b.tasks.iter().map(|t| {
        html! {
            <tr data-testid="task-row" data-task={t.id.to_string()} data-state={t.backend.name()}
                data-event={t.event.name()} data-runs={t.runs.to_string()}>
                <th scope="row">{ format!("#{}", t.id) }</th>
                <td class={class_with("state", Some(t.backend.name()))}>
                    { t.backend.name() }
                    if t.worker_lost { <small>{ " WorkerLostError" }</small> }
                </td>
                <td class={class_with("state", Some(t.event.name()))}>{ t.event.name() }</td>
                <td>{ n(u64::from(t.runs)) }</td>
                <td>{ n(u64::from(t.retries)) }</td>
                <td>{ t.node.map(|i| format!("node{}", i + 1)).unwrap_or_default() }</td>
            </tr>
        }
    });
    let max_band = b
        .retries
        .iter()
        .map(|r| r.band_s.1)
        .max()
        .unwrap_or(1)
        .max(1) as f64;
    let pct = |s: u32| f64::from(s) / max_band * 100.0;
    let retries = b.retries.iter().map(|r| {
        let (lo, hi) = r.band_s;
        html! {
            <li data-testid="retry" data-task={r.task.to_string()} data-retries={r.retries.to_string()}
                data-countdown={r.countdown_s.to_string()} data-band={format!("{lo}-{hi}")}>
                <span class="lane-label">{ tr.get_args("ce-retry-row", &[
                    ("task", r.task.to_string()), ("k", n(u64::from(r.retries) + 1)),
                    ("s", n(u64::from(r.countdown_s))), ("lo", n(u64::from(lo))), ("hi", n(u64::from(hi))),
                ]) }</span>
                <span class="track">
                    <span class="band" style={format!("left: {}%; width: {}%", numfmt::fixed(pct(lo), 2), numfmt::fixed((pct(hi) - pct(lo)).max(0.5), 2))}></span>
                    <span class="mark" style={format!("left: {}%", numfmt::fixed(pct(r.countdown_s), 2))}></span>
                </span>
            </li>
        }
    });
    let history = queue_sparkline(b);

    html! {
        <section class="board" data-testid="board" aria-labelledby="board-title">
            <h3 id="board-title">{ tr.get("ce-board-title") }</h3>
            <div class="table-wrap">
                <table data-testid="nodes">
                    <thead><tr>
                        <th scope="col">{ tr.get("ce-col-node") }</th>
                        { for ["ce-col-state", "ce-col-active", "ce-col-reserved", "ce-col-processed",
                            "ce-col-succeeded", "ce-col-failed", "ce-col-retried", "ce-col-children-lost",
                            "ce-col-start"].iter().map(|k| html! { <th scope="col">{ tr.get(k) }</th> }) }
                    </tr></thead>
                    <tbody>{ for nodes }</tbody>
                </table>
            </div>
            <h4>{ tr.get_args("ce-queue", &[("n", n(b.queue_len as u64))]) }</h4>
            <div data-testid="queue" data-len={b.queue_len.to_string()}>
                { history }
                if b.queue.is_empty() {
                    <p class="hint">{ tr.get("ce-queue-empty") }</p>
                } else {
                    <ol class="queue">{ for queue }</ol>
                }
            </div>
            if let Some(replay) = &b.replay {
                <RecordedTimeline timeline={Rc::new(b.timeline.clone())} legend={legend.clone()}
                    title={tr.get("timeline-title")} replay={Shared(replay.clone())}
                    meta={TraceMeta::of(Page::Celery, &b.params, lang)} />
            } else {
                <TimelineView timeline={Rc::new(b.timeline.clone())} {legend} title={tr.get("timeline-title")} />
            }
            <details class="table" open={b.tasks.len() <= 30}>
                <summary>{ tr.get_args("ce-tasks", &[("n", n(b.tasks.len() as u64))]) }</summary>
                <div class="table-wrap">
                    <table data-testid="tasks">
                        <thead><tr>
                            <th scope="col">{ tr.get("ce-col-id") }</th>
                            { for ["ce-col-backend", "ce-col-events", "ce-col-runs", "ce-col-retries", "ce-col-node"]
                                .iter().map(|k| html! { <th scope="col">{ tr.get(k) }</th> }) }
                        </tr></thead>
                        <tbody>{ for tasks }</tbody>
                    </table>
                </div>
            </details>
            <section class="retry-lab" data-testid="retry-lab">
                <h4>{ tr.get("ce-retry-title") }</h4>
                <p><code>{ "countdown = min(retry_backoff_max, int(max(1, retry_backoff)) · 2^retries)" }</code></p>
                <p class="hint">{ crate::ui::prose::inline(&crate::model::prose::inline(&tr.get("ce-retry-formula"))) }</p>
                if b.retries.is_empty() {
                    <p class="hint">{ tr.get("ce-retry-none") }</p>
                } else {
                    <ol class="retries">{ for retries }</ol>
                }
            </section>
        </section>
    }
}

/// Queue length over time as a small line, for the eye; the numbers are in the list.
fn queue_sparkline(b: &Board) -> Html {
    let h = &b.queue_history;
    let max = h.iter().map(|q| q.1).max().unwrap_or(0).max(1) as f64;
    let end = b.at_ms.max(1.0);
    let mut points = String::new();
    let mut last = 0.0;
    for (ms, len) in h {
        let x = ms / end * 100.0;
        let y = 20.0 - *len as f64 / max * 20.0;
        if !points.is_empty() {
            points.push_str(&format!(
                "{},{} ",
                numfmt::fixed(x, 2),
                numfmt::fixed(last, 2)
            ));
        }
        points.push_str(&format!("{},{} ", numfmt::fixed(x, 2), numfmt::fixed(y, 2)));
        last = y;
    }
    points.push_str(&format!("100,{}", numfmt::fixed(last, 2)));
    html! {
        <svg class="sparkline" viewBox="0 0 100 20" preserveAspectRatio="none" aria-hidden="true">
            <polyline points={points} />
        </svg>
    }
}
