//! A program listing with a copy button.

use yew::prelude::*;

use crate::runtime::browser;
use crate::ui::texts::use_tr;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub code: AttrValue,
    /// Heading above the listing.
    pub title: AttrValue,
    /// The listing's test hook (a page with two programs names the second one).
    #[prop_or(AttrValue::Static("python-code"))]
    pub testid: AttrValue,
}

#[function_component]
pub fn CodeView(props: &Props) -> Html {
    let tr = use_tr();
    let copied = use_state(|| None::<bool>);
    {
        let copied = copied.clone();
        use_effect_with(props.code.clone(), move |_| copied.set(None));
    }
    let onclick = {
        let (copied, code) = (copied.clone(), props.code.clone());
        Callback::from(move |_| {
            let (copied, code) = (copied.clone(), code.clone());
            wasm_bindgen_futures::spawn_local(async move {
                copied.set(Some(browser::copy_text(&code).await));
            });
        })
    };
    let status = match *copied {
        None => String::new(),
        Some(true) => tr.get("code-copied"),
        Some(false) => tr.get("code-copy-failed"),
    };
    html! {
        <section class="code">
            <div class="code-head">
                <h3>{ props.title.clone() }</h3>
                <button type="button" class="secondary" data-testid="copy-code" {onclick}>{ tr.get("code-copy") }</button>
            </div>
            <pre tabindex="0"><code data-testid={props.testid.clone()} class="language-python">{ props.code.clone() }</code></pre>
            <p class="hint" role="status" aria-live="polite">{ status }</p>
        </section>
    }
}
