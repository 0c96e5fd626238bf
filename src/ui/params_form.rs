//! The parameter form: one labelled field per link parameter, named like its link key.

use wasm_bindgen::JsCast;
use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

use crate::model::numfmt;
use crate::model::params::{Kind, ParamSpec};
use crate::model::prose;
use crate::ui::class_with;
use crate::ui::prose::inline;
use crate::ui::texts::Tr;

/// The form for `specs` at their current `values` (same order). `on_change` is called with a
/// spec's key and its new, already normalized value. A section's form shows only that
/// section's parameters (see [`ParamSpec::section`]); the page's form (`None`) shows the rest.
/// `legend` is the text key of the form's legend.
///
/// A function, not a component: its callbacks are new on every draw of its parent, so a
/// component would redraw with it anyway (issue 12: wasm size).
pub fn params_form(
    tr: &Tr,
    specs: &'static [ParamSpec],
    values: &[f64],
    on_change: &Callback<(&'static str, f64)>,
    section: Option<&'static str>,
    legend: &'static str,
) -> Html {
    if specs.is_empty() {
        return html! { <p class="muted">{ tr.get("params-none") }</p> };
    }
    let fields = specs.iter().zip(values).filter(|(spec, _)| spec.section() == section).map(|(spec, &value)| {
        let spec = *spec;
        let id = format!("param-{}", spec.key);
        let label = inline(&prose::inline(&tr.get(&id)));
        let on_change = on_change.clone();
        let input = match spec.kind {
            Kind::Number { min, max, step } => {
                let onchange = Callback::from(move |e: Event| {
                    let Some(input) = e
                        .target()
                        .and_then(|t| t.dyn_into::<HtmlInputElement>().ok())
                    else {
                        return;
                    };
                    // A value the reader typed out of range is brought back into range and
                    // shown as used, rather than refused.
                    let typed = numfmt::parse(input.value().trim()).unwrap_or(value);
                    let used = spec.normalize(typed);
                    input.set_value(&spec.format(used));
                    on_change.emit((spec.key, used));
                });
                let hint = format!(
                    "{}–{}",
                    numfmt::number(tr.lang, min, decimals(min)),
                    numfmt::number(tr.lang, max, decimals(max))
                );
                html! {
                    <>
                        <input type="number" id={id.clone()} name={spec.key} inputmode="decimal"
                            min={spec.format(min)} max={spec.format(max)} step={spec.format(step)}
                            value={spec.format(value)} {onchange}
                            aria-describedby={format!("{id}-hint")} />
                        <span class="hint" id={format!("{id}-hint")}>{ hint }</span>
                    </>
                }
            }
            Kind::Toggle => {
                let onchange = Callback::from(move |e: Event| {
                    if let Some(input) = e
                        .target()
                        .and_then(|t| t.dyn_into::<HtmlInputElement>().ok())
                    {
                        on_change.emit((spec.key, f64::from(input.checked())));
                    }
                });
                html! {
                    <input type="checkbox" id={id.clone()} name={spec.key} value="1"
                        checked={value != 0.0} {onchange} />
                }
            }
            Kind::Choice(names) => {
                let onchange = Callback::from(move |e: Event| {
                    if let Some(select) = e
                        .target()
                        .and_then(|t| t.dyn_into::<HtmlSelectElement>().ok())
                    {
                        on_change.emit((spec.key, spec.normalize(select.selected_index() as f64)));
                    }
                });
                html! {
                    <select id={id.clone()} name={spec.key} {onchange}>
                        { for names.iter().enumerate().map(|(i, name)| html! {
                            <option value={*name} selected={i as f64 == value}>
                                { tr.get(&format!("choice-{}-{name}", spec.key)) }
                            </option>
                        }) }
                    </select>
                }
            }
        };
        let toggle = matches!(spec.kind, Kind::Toggle);
        html! {
            <div class={class_with("field", toggle.then_some("toggle"))}>
                <label for={id}>{ label }</label>
                { input }
            </div>
        }
    });
    html! {
        <fieldset class="params">
            <legend>{ tr.get(legend) }</legend>
            { for fields }
        </fieldset>
    }
}

/// Digits worth showing for a bound: "0,5" but "100", not "100,0".
fn decimals(value: f64) -> usize {
    if value.fract() == 0.0 {
        0
    } else {
        1
    }
}
