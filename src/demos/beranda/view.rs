//! Beranda's demo panel: a map of the demos, each a link to its page.

use yew::prelude::*;

use crate::demos::DEMOS;
use crate::model::page::Page;
use crate::ui::texts::Tr;

/// Every other page of the registry, with its lead sentence. A function, not a component: it
/// has no state of its own (issue 12: wasm size).
pub fn demo_map(tr: &Tr) -> Html {
    html! {
        <ul class="demo-map" data-testid="demo-map">
            { for DEMOS.iter().map(|d| d.page).filter(|p| *p != Page::Beranda).map(|p| {
                let key = p.text_key();
                html! {
                    <li>
                        <a href={format!("#/{}", p.slug())}>
                            <strong>{ tr.get(&format!("nav-{key}")) }</strong>
                            <span>{ tr.get(&format!("{key}-lead")) }</span>
                        </a>
                    </li>
                }
            }) }
        </ul>
    }
}
