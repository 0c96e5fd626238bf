//! The reader's language as a Yew context: every component reads its text through it.
//!
//! The wasm carries no text (issue 12: its size): each language's locale file is a file of
//! the release, fetched once per page load (`boot.js` starts the first one before the wasm
//! arrives; the service worker keeps both for offline use) and read by [`Texts::parse`].

use std::cell::OnceCell;
use std::rc::Rc;

use yew::prelude::*;

use crate::i18n::Texts;
use crate::model::lang::Lang;
use crate::runtime::browser;

/// The current language and its loaded messages.
#[derive(Clone)]
pub struct Tr {
    pub lang: Lang,
    pub texts: Rc<Texts>,
}

impl PartialEq for Tr {
    fn eq(&self, other: &Self) -> bool {
        self.lang == other.lang && Rc::ptr_eq(&self.texts, &other.texts)
    }
}

impl std::ops::Deref for Tr {
    type Target = Texts;
    fn deref(&self) -> &Texts {
        &self.texts
    }
}

thread_local! {
    // Each language is fetched and parsed once per page load, the first time it is needed.
    static LOADED: [OnceCell<Rc<Texts>>; 2] = Default::default();
}

fn slot(lang: Lang) -> usize {
    Lang::ALL.iter().position(|l| *l == lang).unwrap_or(0)
}

/// Whether `lang`'s text is here.
pub fn loaded(lang: Lang) -> bool {
    LOADED.with(|cells| cells[slot(lang)].get().is_some())
}

/// Fetch and read `lang`'s text unless it is here already; `false` if it cannot be had.
pub async fn ensure(lang: Lang) -> bool {
    if loaded(lang) {
        return true;
    }
    let Some(source) = browser::text_source(lang).await else {
        return false;
    };
    let texts = Rc::new(Texts::parse(&source));
    LOADED.with(|cells| {
        let _ = cells[slot(lang)].set(texts);
    });
    true
}

impl Tr {
    /// `lang`'s text; callers make sure it is loaded ([`ensure`]). Until then the other
    /// language stands in, so nothing ever shows bare keys while a file is on its way.
    pub fn new(lang: Lang) -> Tr {
        let texts = LOADED.with(|cells| {
            cells[slot(lang)]
                .get()
                .or_else(|| cells[slot(lang.other())].get())
                .cloned()
                .unwrap_or_default()
        });
        Tr { lang, texts }
    }
}

/// The current language's text (Indonesian outside the app's provider, e.g. in a lone test).
#[hook]
pub fn use_tr() -> Tr {
    use_context::<Tr>().unwrap_or_else(|| Tr::new(Lang::default()))
}
