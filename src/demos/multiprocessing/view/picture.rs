//! The Mandelbrot picture, each strip tinted by the worker that computed it.

use std::rc::Rc;

use wasm_bindgen::JsCast;
use web_sys::{CanvasRenderingContext2d, HtmlCanvasElement, ImageData};
use yew::prelude::*;

use super::super::work::{Frame, MANDEL_MAX_ITER};
use crate::ui::texts::use_tr;

/// Worker tints (RGB), reused in order; the same hues as the timeline's chunks.
pub const TINTS: [(u8, u8, u8); 6] = [
    (31, 111, 139),
    (194, 87, 43),
    (47, 125, 79),
    (128, 84, 160),
    (201, 150, 30),
    (60, 60, 60),
];

#[derive(Properties, PartialEq)]
pub struct Props {
    pub frame: Frame,
    /// Escape iterations per pixel, row by row.
    pub pixels: Rc<Vec<u8>>,
    /// The worker that computed each strip (task).
    pub owners: Rc<Vec<usize>>,
}

#[function_component]
pub fn Mandelbrot(props: &Props) -> Html {
    let tr = use_tr();
    let canvas = use_node_ref();
    {
        let canvas = canvas.clone();
        let (frame, pixels, owners) = (props.frame, props.pixels.clone(), props.owners.clone());
        use_effect_with((frame, pixels.clone(), owners.clone()), move |_| {
            draw(&canvas, frame, &pixels, &owners);
        });
    }
    html! {
        <figure class="mandelbrot" data-testid="mandelbrot">
            <canvas ref={canvas} width={props.frame.width.to_string()} height={props.frame.height.to_string()}
                role="img" aria-label={tr.get("mp-picture")}></canvas>
            <figcaption class="hint">{ tr.get("mp-picture") }</figcaption>
        </figure>
    }
}

fn draw(canvas: &NodeRef, frame: Frame, pixels: &[u8], owners: &[usize]) {
    let Some(canvas) = canvas.cast::<HtmlCanvasElement>() else {
        return;
    };
    let Some(ctx) = canvas
        .get_context("2d")
        .ok()
        .flatten()
        .and_then(|c| c.dyn_into::<CanvasRenderingContext2d>().ok())
    else {
        return;
    };
    let (w, h) = (frame.width as usize, frame.height as usize);
    let mut rgba = vec![0u8; w * h * 4];
    let tasks = owners.len().max(1);
    for y in 0..h {
        let task = frame.task_of_row(y as u32, tasks);
        let (r, g, b) = TINTS[owners.get(task).copied().unwrap_or(0) % TINTS.len()];
        for x in 0..w {
            let it = u32::from(pixels.get(y * w + x).copied().unwrap_or(0));
            let i = (y * w + x) * 4;
            if it >= MANDEL_MAX_ITER.min(255) {
                rgba[i..i + 4].copy_from_slice(&[15, 15, 20, 255]);
            } else {
                // Light where the point escapes fast, the worker's tint near the set.
                let t = (f64::from(it) / 40.0).min(1.0);
                let mix = |c: u8| (255.0 - (255.0 - f64::from(c)) * t) as u8;
                rgba[i..i + 4].copy_from_slice(&[mix(r), mix(g), mix(b), 255]);
            }
        }
    }
    // NOTE: ImageData refuses a view of the shared wasm memory, so the pixels are copied
    // into a JavaScript-owned array first.
    let array = js_sys::Uint8ClampedArray::new_with_length(rgba.len() as u32);
    array.copy_from(&rgba);
    if let Ok(image) =
        ImageData::new_with_js_u8_clamped_array_and_sh(&array, frame.width, frame.height)
    {
        let _ = ctx.put_image_data(&image, 0.0, 0.0);
    }
}
