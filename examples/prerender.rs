//! Build step (run by `scripts/postbuild.mjs`, a Trunk post_build hook): the explanation of
//! every page in both languages as static HTML, put into `index.html` so a reader can start
//! reading before the wasm has arrived. The markup is the app's own: the same locale keys, the
//! same prose parser (`model::prose`), the same elements and classes as `ui::page` and
//! `ui::prose`, so the hand-over to the mounted app does not move the text.
//!
//! Prints one `<div id="prerendered">` holding a block per page and language; `www/boot.js`
//! shows the block the link names, and the app removes them all when it mounts.

use lab_konkurensi::demos::DEMOS;
use lab_konkurensi::i18n::Texts;
use lab_konkurensi::model::lang::Lang;
use lab_konkurensi::model::prose::{Block, Inline};

fn esc(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            _ => out.push(c),
        }
    }
    out
}

/// As `ui::prose::inline`.
fn inline(parts: &[Inline]) -> String {
    parts
        .iter()
        .map(|part| match part {
            Inline::Text(t) => esc(t),
            Inline::Code(t) => format!("<code>{}</code>", esc(t)),
            Inline::Term(t) => format!("<em>{}</em>", esc(t)),
            Inline::Strong(t) => format!("<strong>{}</strong>", esc(t)),
            Inline::Link(t, href) => format!("<a href=\"{}\">{}</a>", esc(href), esc(t)),
        })
        .collect()
}

/// As `ui::prose::blocks`.
fn blocks(blocks: &[Block]) -> String {
    blocks
        .iter()
        .map(|b| match b {
            Block::Heading(parts) => format!("<h3>{}</h3>", inline(parts)),
            Block::Paragraph(parts) => format!("<p>{}</p>", inline(parts)),
            Block::List(items) => format!(
                "<ul>{}</ul>",
                items
                    .iter()
                    .map(|i| format!("<li>{}</li>", inline(i)))
                    .collect::<String>()
            ),
        })
        .collect()
}

fn main() {
    let mut out = String::from("<div id=\"prerendered\" data-testid=\"prerendered\">\n");
    for lang in Lang::ALL {
        let tr = Texts::load(lang);
        for demo in DEMOS {
            let page = demo.page;
            let key = page.text_key();
            let id = format!("{}-{}", key, lang.code());
            // Beranda in Indonesian is what a reader without JavaScript sees.
            let hidden = if page == DEMOS[0].page && lang == Lang::default() {
                ""
            } else {
                " hidden"
            };
            let nav: String = DEMOS
                .iter()
                .map(|d| {
                    let current = if d.page == page {
                        " aria-current=\"page\""
                    } else {
                        ""
                    };
                    format!(
                        "<li><a href=\"#/{}\"{current}>{}</a></li>",
                        d.page.slug(),
                        esc(&tr.get(&format!("nav-{}", d.page.text_key())))
                    )
                })
                .collect();
            out.push_str(&format!(
                concat!(
                    "<div class=\"pre\" data-pre-page=\"{slug}\" data-pre-lang=\"{lang}\" lang=\"{lang}\"{hidden}>",
                    "<header class=\"top\"><div class=\"brand\"><a href=\"#/\">{app}</a><span>{tagline}</span></div>",
                    "<nav aria-label=\"{nav_label}\"><ul>{nav}</ul></nav></header>",
                    "<main><div class=\"page\">",
                    "<section class=\"explanation\" aria-labelledby=\"pre-title-{id}\">",
                    "<div class=\"prose-text\" data-testid=\"prose\"><h1 id=\"pre-title-{id}\">{title}</h1><p class=\"lead\">{lead}</p>{prose}</div></section>",
                    "<section class=\"demo\" aria-labelledby=\"pre-demo-{id}\"><h2 id=\"pre-demo-{id}\">{demo}</h2>",
                    "<p class=\"pre-loading\" role=\"status\">{loading}</p>",
                    "<p class=\"pre-failed notice\" role=\"alert\">{failed}</p></section>",
                    "</div></main></div>\n"
                ),
                slug = page.slug(),
                lang = lang.code(),
                hidden = hidden,
                app = esc(&tr.get("app-title")),
                tagline = esc(&tr.get("app-tagline")),
                nav_label = esc(&tr.get("nav-label")),
                nav = nav,
                id = id,
                title = esc(&tr.get(&format!("{key}-title"))),
                lead = esc(&tr.get(&format!("{key}-lead"))),
                prose = blocks(&tr.prose(&format!("{key}-prose"))),
                demo = esc(&tr.get("demo-title")),
                loading = esc(&tr.get("prerender-loading")),
                failed = esc(&tr.get("prerender-failed")),
            ));
        }
    }
    out.push_str("</div>");
    println!("{out}");
}
