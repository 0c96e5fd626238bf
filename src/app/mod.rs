//! The app shell, the top layer: header, navigation, language toggle, capability panel, and
//! the router, which draws the page the link names through the one registry of demos
//! (`crate::demos::DEMOS`). Nothing below this layer imports it.

pub mod capabilities;

use std::rc::Rc;

use yew::prelude::*;

use crate::demos::{demo_for, DEMOS};
use crate::model::lang::Lang;
use crate::model::link::{LinkNotice, ShareLink};
use crate::model::page::Page;
use crate::runtime::browser;
use crate::runtime::pool::{self, PoolState};
use crate::ui::page::PageArgs;
use crate::ui::texts::{self, Tr};
use capabilities::Capabilities;

/// What the shell knows: the link that was opened, the language, the pool.
#[derive(Clone, PartialEq)]
struct AppState {
    page: Page,
    pairs: Rc<Vec<(String, String)>>,
    link_notices: Rc<Vec<LinkNotice>>,
    lang: Lang,
    /// Counts opened links, so a page is remounted (fresh state) for every new link.
    visit: u32,
    pool: PoolState,
}

enum Action {
    /// The reader opened a link (first load, a navigation, an edited address).
    Opened(String),
    /// The toggle, once the language's text is here.
    SetLang(Lang),
    /// A language's text arrived: draw again.
    TextLoaded,
    Pool(PoolState),
}

/// The language a page load opens in: the link's `lang=`, else the saved choice, else
/// Indonesian (`boot.js` decides the same for the prerendered text).
pub fn opening_lang() -> Lang {
    ShareLink::parse(&browser::hash())
        .0
        .lang
        .or_else(browser::saved_lang)
        .unwrap_or_default()
}

impl AppState {
    fn open(hash: &str, lang: Lang, visit: u32, pool: PoolState) -> AppState {
        let (link, notices) = ShareLink::parse(hash);
        AppState {
            page: link.page,
            lang: link.lang.unwrap_or(lang),
            pairs: Rc::new(link.pairs),
            link_notices: Rc::new(notices),
            visit,
            pool,
        }
    }
}

impl Reducible for AppState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        match action {
            Action::Opened(hash) => Rc::new(AppState::open(
                &hash,
                self.lang,
                self.visit.wrapping_add(1),
                self.pool.clone(),
            )),
            Action::SetLang(lang) => Rc::new(AppState {
                lang,
                ..(*self).clone()
            }),
            Action::TextLoaded => Rc::new((*self).clone()),
            Action::Pool(pool) => Rc::new(AppState {
                pool,
                ..(*self).clone()
            }),
        }
    }
}

#[function_component]
pub fn App() -> Html {
    let state = use_reducer(|| {
        let lang = browser::saved_lang().unwrap_or_default();
        AppState::open(&browser::hash(), lang, 0, pool::state())
    });
    {
        let state = state.clone();
        use_effect_with((), move |_| {
            let dispatcher = state.dispatcher();
            let listener = browser::on_hash_change({
                let dispatcher = dispatcher.clone();
                move |hash| dispatcher.dispatch(Action::Opened(hash))
            });
            // Workers start only on pages that need them (see runtime::pool); the shell just
            // follows their state for the capability panel.
            let subscription =
                pool::subscribe(move |state| dispatcher.dispatch(Action::Pool(state.clone())));
            move || {
                drop(listener);
                drop(subscription);
            }
        });
    }
    // A link can name a language whose text is not here yet (an edited address): fetch it,
    // and draw again when it arrives; until then the other language stands in.
    use_effect_with(state.lang, {
        let dispatcher = state.dispatcher();
        move |lang: &Lang| {
            let lang = *lang;
            if !texts::loaded(lang) {
                wasm_bindgen_futures::spawn_local(async move {
                    if texts::ensure(lang).await {
                        dispatcher.dispatch(Action::TextLoaded);
                    }
                });
            }
        }
    });
    let tr = Tr::new(state.lang);
    use_effect_with((state.lang, state.page), {
        let title = format!(
            "{} · {}",
            tr.get(&format!("nav-{}", state.page.text_key())),
            tr.get("app-title")
        );
        move |(lang, _)| {
            browser::set_document_lang(*lang);
            browser::set_title(&title);
        }
    });
    let toggle_lang = {
        let (dispatcher, next) = (state.dispatcher(), state.lang.other());
        // The switch happens when the other language's text is here (fetched on the first
        // toggle), so the page never shows one language under the other's `lang`.
        Callback::from(move |_| {
            let dispatcher = dispatcher.clone();
            wasm_bindgen_futures::spawn_local(async move {
                if texts::ensure(next).await {
                    browser::save_lang(next);
                    dispatcher.dispatch(Action::SetLang(next));
                }
            });
        })
    };

    html! {
        <ContextProvider<Tr> context={tr.clone()}>
            <a class="skip" href="#main" onclick={Callback::from(|e: MouseEvent| {
                // NOTE: a plain `#main` link would replace the page's share link in the hash.
                e.prevent_default();
                browser::focus("main");
            })}>{ tr.get("skip-to-content") }</a>
            <header class="top">
                <div class="brand">
                    <a href="#/">{ tr.get("app-title") }</a>
                    <span>{ tr.get("app-tagline") }</span>
                </div>
                <button type="button" class="lang" data-testid="lang" lang={state.lang.other().code()}
                    aria-label={tr.get("lang-switch-label")} onclick={toggle_lang}>
                    { tr.get("lang-switch") }
                </button>
                <nav aria-label={tr.get("nav-label")}>
                    <ul>
                        { for DEMOS.iter().map(|d| d.page).map(|p| html! {
                            <li>
                                <a href={format!("#/{}", p.slug())}
                                    aria-current={(p == state.page).then_some("page")}>
                                    { tr.get(&format!("nav-{}", p.text_key())) }
                                </a>
                            </li>
                        }) }
                    </ul>
                </nav>
            </header>
            <main id="main" tabindex="-1">
                { page_view(&state, &tr) }
                <Capabilities pool={state.pool.clone()} />
            </main>
            <footer><p>{ tr.get("footer-text") }</p></footer>
        </ContextProvider<Tr>>
    }
}

/// The page the link names, drawn by its registered view; remounted (by key) for every
/// opened link, so its state always starts from that link.
fn page_view(state: &AppState, tr: &Tr) -> Html {
    (demo_for(state.page).view)(PageArgs {
        key: format!("{}-{}", state.page.text_key(), state.visit),
        page: state.page,
        pairs: state.pairs.clone(),
        link_notices: state.link_notices.clone(),
        tr: tr.clone(),
    })
}
