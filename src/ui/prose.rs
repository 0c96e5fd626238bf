//! Renders the explanation text's small markup (see `model::prose`).

use yew::prelude::*;

use crate::model::prose::{Block, Inline};

pub fn blocks(blocks: &[Block]) -> Html {
    blocks.iter().map(block).collect()
}

fn block(b: &Block) -> Html {
    match b {
        Block::Heading(parts) => html! { <h3>{ inline(parts) }</h3> },
        Block::Paragraph(parts) => html! { <p>{ inline(parts) }</p> },
        Block::List(items) => html! {
            <ul>{ for items.iter().map(|item| html! { <li>{ inline(item) }</li> }) }</ul>
        },
    }
}

/// Inline markup; also used for single-line texts such as parameter labels.
pub fn inline(parts: &[Inline]) -> Html {
    parts
        .iter()
        .map(|part| match part {
            Inline::Text(t) => html! { { t.clone() } },
            Inline::Code(t) => html! { <code>{ t.clone() }</code> },
            Inline::Term(t) => html! { <em>{ t.clone() }</em> },
            Inline::Strong(t) => html! { <strong>{ t.clone() }</strong> },
            Inline::Link(t, href) => html! { <a href={href.clone()}>{ t.clone() }</a> },
        })
        .collect()
}
