//! The reader's language as a Yew context: every component reads its text through it.

use std::rc::Rc;

use yew::prelude::*;

use crate::i18n::Texts;
use crate::model::lang::Lang;

/// The current language and its loaded messages.
#[derive(Clone)]
pub struct Tr {
    pub lang: Lang,
    pub texts: Rc<Texts>,
}

impl PartialEq for Tr {
    fn eq(&self, other: &Self) -> bool {
        self.lang == other.lang
    }
}

impl std::ops::Deref for Tr {
    type Target = Texts;
    fn deref(&self) -> &Texts {
        &self.texts
    }
}

thread_local! {
    // Each language is parsed once per page load, the first time it is shown.
    static LOADED: [std::cell::OnceCell<Rc<Texts>>; 2] = Default::default();
}

impl Tr {
    pub fn new(lang: Lang) -> Tr {
        let index = Lang::ALL.iter().position(|l| *l == lang).unwrap_or(0);
        let texts = LOADED.with(|cells| {
            cells[index]
                .get_or_init(|| Rc::new(Texts::load(lang)))
                .clone()
        });
        Tr { lang, texts }
    }
}

/// The current language's text (Indonesian outside the app's provider, e.g. in a lone test).
#[hook]
pub fn use_tr() -> Tr {
    use_context::<Tr>().unwrap_or_else(|| Tr::new(Lang::default()))
}
