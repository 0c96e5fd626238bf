//! Pieces every demo's run area shares: preset buttons and the alert that explains why
//! something did not happen. The run's own status and progress are `ui::run`'s.

use yew::prelude::*;

use crate::model::params::Params;
use crate::ui::texts::use_tr;

/// A row of preset buttons: each sets the page's parameters to a common situation. `presets`
/// are each preset's name (for `data-preset` and the text key `<text_prefix><name>`) and
/// parameters. A function, not a component generic over the page's parameters: the row
/// itself ([`PresetRow`]) is one component, so the wasm carries its code once (issue 12).
pub fn presets<P: Params>(
    presets: &'static [(&'static str, P)],
    text_prefix: &'static str,
    disabled: bool,
    on_pick: Callback<P>,
) -> Html {
    let on_pick = on_pick.reform(move |i: usize| presets[i].1.clone());
    html! {
        <PresetRow names={presets.iter().map(|(name, _)| *name).collect::<Vec<_>>()}
            {text_prefix} {disabled} {on_pick} />
    }
}

#[derive(Properties, PartialEq)]
struct RowProps {
    names: Vec<&'static str>,
    text_prefix: &'static str,
    disabled: bool,
    /// The index of the picked preset.
    on_pick: Callback<usize>,
}

/// What [`presets`] draws, whatever the page's parameter type (one copy of the code).
#[function_component]
fn PresetRow(props: &RowProps) -> Html {
    let tr = use_tr();
    html! {
        <div class="presets" role="group" aria-label={tr.get("preset-title")}>
            <span class="hint">{ tr.get("preset-title") }</span>
            { for props.names.iter().enumerate().map(|(i, name)| {
                let pick = props.on_pick.clone();
                html! {
                    <button type="button" class="secondary" disabled={props.disabled} data-preset={*name}
                        onclick={Callback::from(move |_| pick.emit(i))}>
                        { tr.get(&format!("{}{name}", props.text_prefix)) }
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
