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
    let tr = use_tr();
    html! {
        <div class="presets" role="group" aria-label={tr.get("preset-title")}>
            <span class="hint">{ tr.get("preset-title") }</span>
            { for props.presets.iter().map(|(name, preset)| {
                let (pick, preset) = (props.on_pick.clone(), preset.clone());
                html! {
                    <button type="button" class="secondary" disabled={props.disabled} data-preset={*name}
                        onclick={Callback::from(move |_| pick.emit(preset.clone()))}>
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
