//! The sweep chart: measured speedup for 1…N workers, the ideal line, and Amdahl's curve
//! with the fitted serial fraction.

use yew::prelude::*;

use crate::model::amdahl::amdahl_on;
use crate::model::numfmt;
use crate::ui::texts::Tr;

const W: f64 = 420.0;
const H: f64 = 260.0;
const PAD: f64 = 36.0;

/// The chart of `points`, `(workers, measured speedup)` with workers ascending from 1, with
/// Amdahl's curve for `serial_fraction`; no line goes above `cores` (this device's). A
/// function, not a component: a few dozen points, redrawn with the result around them (issue
/// 12: wasm size).
pub fn sweep_chart(tr: &Tr, points: &[(f64, f64)], serial_fraction: f64, cores: f64) -> Html {
    let n_max = points.last().map_or(1.0, |p| p.0).max(2.0);
    let y_max = points.iter().map(|p| p.1).fold(n_max, f64::max).ceil();
    let x = |n: f64| PAD + (n - 1.0) / (n_max - 1.0) * (W - 2.0 * PAD);
    let y = |s: f64| H - PAD - s / y_max * (H - 2.0 * PAD);
    let path = |pts: &[(f64, f64)]| {
        pts.iter()
            .enumerate()
            .map(|(i, (n, s))| {
                format!(
                    "{}{},{}",
                    if i == 0 { "M" } else { "L" },
                    numfmt::fixed(x(*n), 1),
                    numfmt::fixed(y(*s), 1)
                )
            })
            .collect::<String>()
    };
    let steps: Vec<f64> = (0..=40)
        .map(|i| 1.0 + (n_max - 1.0) * i as f64 / 40.0)
        .collect();
    let ideal: Vec<(f64, f64)> = steps.iter().map(|n| (*n, n.min(cores))).collect();
    let fitted: Vec<(f64, f64)> = steps
        .iter()
        .map(|n| (*n, amdahl_on(*n, serial_fraction, cores)))
        .collect();
    let y_ticks: Vec<f64> = (0..=y_max as usize).map(|v| v as f64).collect();
    html! {
        <figure class="chart" data-testid="sweep-chart">
            <svg viewBox={format!("0 0 {} {}", numfmt::shortest(W), numfmt::shortest(H))} role="img" aria-label={tr.get("mp-chart-title")}>
                { for y_ticks.iter().map(|v| html! {
                    <g class="grid">
                        <line x1={numfmt::shortest(PAD)} x2={numfmt::shortest(W - PAD)} y1={numfmt::shortest(y(*v))} y2={numfmt::shortest(y(*v))} />
                        <text x={numfmt::shortest(PAD - 6.0)} y={numfmt::shortest(y(*v) + 4.0)} text-anchor="end">{ format!("{}×", numfmt::shortest(*v)) }</text>
                    </g>
                }) }
                { for points.iter().map(|(n, _)| html! {
                    <text class="axis" x={numfmt::shortest(x(*n))} y={numfmt::shortest(H - PAD + 16.0)} text-anchor="middle">{ *n as u32 }</text>
                }) }
                <text class="axis" x={numfmt::shortest(W / 2.0)} y={numfmt::shortest(H - 4.0)} text-anchor="middle">{ tr.get("mp-chart-x") }</text>
                <path class="ideal" d={path(&ideal)} />
                <path class="amdahl" d={path(&fitted)} />
                <path class="measured" d={path(points)} />
                { for points.iter().map(|(n, s)| html! {
                    <circle class="measured" cx={numfmt::shortest(x(*n))} cy={numfmt::shortest(y(*s))} r="4"
                        data-workers={numfmt::shortest(*n)} data-speedup={numfmt::fixed(*s, 3)}>
                        <title>{ format!("{} worker: {}", *n as u32, numfmt::ratio(tr.lang, *s)) }</title>
                    </circle>
                }) }
            </svg>
            <figcaption class="legend">
                <span><i class="swatch measured"></i>{ tr.get("mp-chart-measured") }</span>
                <span><i class="swatch ideal"></i>{ tr.get("mp-chart-ideal") }</span>
                <span><i class="swatch amdahl"></i>{ tr.get_args("mp-chart-amdahl", &[
                    ("f", numfmt::percent(tr.lang, serial_fraction, 1))
                ]) }</span>
            </figcaption>
        </figure>
    }
}
