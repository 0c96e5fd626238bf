//! The share link: the page's full address, and a button that copies it.

use yew::prelude::*;

use crate::runtime::browser;
use crate::ui::texts::use_tr;

#[derive(Properties, PartialEq)]
pub struct Props {
    /// The full link to show and copy.
    pub href: AttrValue,
}

#[derive(Clone, Copy, PartialEq)]
enum Copy {
    Idle,
    Copied,
    Failed,
}

#[function_component]
pub fn ShareLinkBox(props: &Props) -> Html {
    let tr = use_tr();
    let copy = use_state(|| Copy::Idle);
    {
        // A new link makes an old "copied" message untrue.
        let copy = copy.clone();
        use_effect_with(props.href.clone(), move |_| copy.set(Copy::Idle));
    }
    let onclick = {
        let copy = copy.clone();
        let href = props.href.clone();
        Callback::from(move |_| {
            let copy = copy.clone();
            let href = href.clone();
            wasm_bindgen_futures::spawn_local(async move {
                let ok = browser::copy_text(&href).await;
                copy.set(if ok { Copy::Copied } else { Copy::Failed });
            });
        })
    };
    let status = match *copy {
        Copy::Idle => String::new(),
        Copy::Copied => tr.get("share-copied"),
        Copy::Failed => tr.get("share-copy-failed"),
    };
    html! {
        <div class="share">
            <label for="share-link">{ tr.get("share-title") }</label>
            <div class="share-row">
                <input id="share-link" data-testid="share-link" type="text" readonly=true
                    value={props.href.clone()} aria-describedby="share-help"
                    onfocus={Callback::from(|e: FocusEvent| {
                        use wasm_bindgen::JsCast;
                        if let Some(input) = e.target().and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok()) {
                            input.select();
                        }
                    })} />
                <button type="button" data-testid="copy-link" {onclick}>{ tr.get("share-copy") }</button>
            </div>
            <p id="share-help" class="hint">{ tr.get("share-help") }</p>
            <p class="hint" role="status" aria-live="polite">{ status }</p>
        </div>
    }
}
