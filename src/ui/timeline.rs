//! Draws a [`Timeline`]: one row per lane, one box per segment, a time axis.
//!
//! Plain HTML boxes placed by percentage: the text stays readable at any width, from a phone
//! to a wide screen, and 120 rows of a 10.000-task run are a few hundred elements.
//! Every row carries `data-lane` and every box `data-task`, for tests and scripts; a box that
//! thinning made of several kinds also carries the class `mixed`.

use yew::prelude::*;

use crate::model::numfmt;
use crate::model::timeline::{ticks, Timeline};
use crate::ui::class_with;
use crate::ui::texts::use_tr;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub timeline: std::rc::Rc<Timeline>,
    /// Legend entries: segment kind and its text key.
    pub legend: Vec<(&'static str, &'static str)>,
    /// What the picture shows, for screen readers (the table beside it has the numbers).
    pub title: AttrValue,
    /// A replay's moment, ms on the axis: drawn as a playhead across the lanes.
    #[prop_or_default]
    pub cursor: Option<f64>,
}

#[function_component]
pub fn TimelineView(props: &Props) -> Html {
    let tr = use_tr();
    let t = &props.timeline;
    let dense = t.lanes.len() > 40;
    let pct = |ms: f64| (ms / t.duration).clamp(0.0, 1.0) * 100.0;
    // A segment's words come from the legend entry its kind starts with ("gil-b" → "gil").
    let legend_text = |kind: &str| {
        props
            .legend
            .iter()
            .filter(|(k, _)| kind.starts_with(k))
            .max_by_key(|(k, _)| k.len())
            .map_or_else(|| kind.to_string(), |(_, key)| tr.get(key))
    };

    let axis = ticks(t.duration, 5).into_iter().map(|ms| {
        html! {
            <span class="tick" style={format!("left: {}%", numfmt::fixed(pct(ms), 3))}>{ format!("{} ms", numfmt::number(tr.lang, ms, 0)) }</span>
        }
    });
    let lanes = t.lanes.iter().enumerate().map(|(i, lane)| {
        // Dense timelines label every tenth row, so labels never overlap.
        let label = (!dense || i % 10 == 1 || i == 0).then(|| lane.label.clone());
        html! {
            <div class="lane" data-lane={lane.id.clone()}>
                <span class="lane-label">{ label }</span>
                <span class="track">
                    { for lane.segments.iter().map(|s| {
                        // A thinned box of several kinds names each kind's share, and is drawn
                        // fainter the less of it its colour's kind had.
                        let shares = s.mix.iter().map(|(k, share)| format!("{} {}%", legend_text(k),
                            numfmt::number(tr.lang, share * 100.0, 0))).collect::<Vec<_>>();
                        let (what, opacity) = match s.mix.iter().find(|(k, _)| *k == s.kind) {
                            Some((_, share)) => (shares.join(", "), format!("; opacity: {}", numfmt::fixed(share.clamp(0.4, 1.0), 2))),
                            None => (legend_text(s.kind), String::new()),
                        };
                        let title = format!("{} · {}: {}–{}", s.task, what,
                            numfmt::millis(tr.lang, s.start), numfmt::millis(tr.lang, s.end));
                        html! {
                            <span class={class_with(&format!("seg {}", s.kind), (!s.mix.is_empty()).then_some("mixed"))} data-task={s.task.clone()} {title}
                                style={format!("left: {}%; width: {}%{opacity}", numfmt::fixed(pct(s.start), 3), numfmt::fixed((pct(s.end) - pct(s.start)).max(0.2), 3))}>
                            </span>
                        }
                    }) }
                </span>
            </div>
        }
    });
    html! {
        <figure class={class_with("timeline", dense.then_some("dense"))} data-testid="timeline"
            role="img" aria-label={props.title.clone()}>
            <div class="axis" aria-hidden="true"><span class="lane-label"></span><span class="track">{ for axis }</span></div>
            <div class="lanes" aria-hidden="true">
                { for lanes }
                if let Some(at) = props.cursor {
                    <span class="playhead" data-testid="playhead" style={format!("left: calc(var(--label-w) + (100% - var(--label-w)) * {})", numfmt::fixed(pct(at) / 100.0, 5))}></span>
                }
            </div>
            <figcaption class="legend">
                { for props.legend.iter().map(|(kind, key)| html! {
                    <span><i class={class_with("swatch", Some(*kind))} aria-hidden="true"></i>{ tr.get(key) }</span>
                }) }
            </figcaption>
        </figure>
    }
}
