//! Pieces every demo's run area shares: preset buttons and the alert that explains why
//! something did not happen. The run's own status and progress are `ui::run`'s.

use yew::prelude::*;

use crate::model::params::Params;
use crate::ui::texts::use_tr;

#[derive(Properties, PartialEq)]
pub struct PresetsProps<P: Params> {
    /// Name (for `data-preset` and the text key) and parameters of each preset.
    pub presets: &'static [(&'static str, P)],
    /// Text keys are `<prefix><name>`.
    pub text_prefix: &'static str,
    pub disabled: bool,
    pub on_pick: Callback<P>,
}

/// A row of preset buttons: each sets the page's parameters to a common situation.
#[function_component]
pub fn Presets<P: Params>(props: &PresetsProps<P>) -> Html {
    let presets = props.presets;
    let on_pick = props.on_pick.reform(move |i: usize| presets[i].1.clone());
    html! {
        <PresetRow names={presets.iter().map(|(name, _)| *name).collect::<Vec<_>>()}
            text_prefix={props.text_prefix} disabled={props.disabled} {on_pick} />
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

/// What [`Presets`] draws, whatever the page's parameter type (one copy of the code).
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
