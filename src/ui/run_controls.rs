//! Pieces every demo's run area shares: preset buttons and the alert that explains why
//! something did not happen. The run's own status and progress are `ui::run`'s.

use yew::prelude::*;

use crate::model::params::Params;
use crate::ui::texts::Tr;

/// A row of preset buttons: each sets the page's parameters to a common situation. `presets`
/// are each preset's name (for `data-preset` and the text key `<text_prefix><name>`) and
/// parameters. Generic only in the one callback: the row itself is drawn by [`preset_row`],
/// one copy of the code for every page (issue 12: wasm size).
pub fn presets<P: Params>(
    tr: &Tr,
    presets: &'static [(&'static str, P)],
    text_prefix: &'static str,
    disabled: bool,
    on_pick: Callback<P>,
) -> Html {
    let on_pick = on_pick.reform(move |i: usize| presets[i].1.clone());
    let names: Vec<&'static str> = presets.iter().map(|(name, _)| *name).collect();
    preset_row(tr, &names, text_prefix, disabled, on_pick)
}

/// What [`presets`] draws; `on_pick` gets the index of the picked preset. A function, not a
/// component: the row is a few buttons, redrawn with its demo (issue 12: wasm size).
fn preset_row(
    tr: &Tr,
    names: &[&'static str],
    text_prefix: &str,
    disabled: bool,
    on_pick: Callback<usize>,
) -> Html {
    html! {
        <div class="presets" role="group" aria-label={tr.get("preset-title")}>
            <span class="hint">{ tr.get("preset-title") }</span>
            { for names.iter().enumerate().map(|(i, name)| {
                let pick = on_pick.clone();
                html! {
                    <button type="button" class="secondary" {disabled} data-preset={*name}
                        onclick={Callback::from(move |_| pick.emit(i))}>
                        { tr.get(&format!("{text_prefix}{name}")) }
                    </button>
                }
            }) }
        </div>
    }
}

/// Why a run did not happen (refused, no pool), said once, where the result would be.
pub fn alert(text: &str) -> Html {
    html! { <p class="notice" role="alert">{ text.to_string() }</p> }
}
