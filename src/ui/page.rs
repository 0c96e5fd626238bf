//! A page: its explanation next to its demo panel, with parameters that live in the link.

use std::rc::Rc;

use yew::prelude::*;

use crate::model::link::{decode_values, LinkNotice, ShareLink};
use crate::model::page::Page;
use crate::model::params::{from_values, to_values, ParamSpec, Params};
use crate::runtime::browser;
use crate::ui::lesson::{behind, summary, Slots};
use crate::ui::notices::link_notices;
use crate::ui::params_form::params_form;
use crate::ui::prose;
use crate::ui::share::ShareLinkBox;
use crate::ui::texts::{use_tr, Tr};

/// What the router knows of the opened link, handed to a page's registered view.
pub struct PageArgs {
    /// Changes for every opened link, so the page remounts with fresh state.
    pub key: String,
    pub page: Page,
    pub pairs: Rc<Vec<(String, String)>>,
    pub link_notices: Rc<Vec<LinkNotice>>,
    /// The reader's text, for what the view draws before the page's components do.
    pub tr: Tr,
}

/// The page for parameters `P` with `panel` as its demo: how every registered view draws.
pub fn frame<P: Params>(args: PageArgs, panel: Html) -> Html {
    frame_with_lesson::<P>(args, panel, Slots::default())
}

/// [`frame`] with a lesson's widgets in their places (see [`Slots`]).
pub fn frame_with_lesson<P: Params>(args: PageArgs, panel: Html, lesson: Slots) -> Html {
    let PageArgs {
        key,
        page,
        pairs,
        link_notices,
        tr: _,
    } = args;
    let Slots { explanation, demo } = lesson;
    let (specs, defaults) = (P::SPECS, Rc::new(to_values(&P::default())));
    html! {
        <DemoPage {key} {page} {specs} {defaults} {pairs} {link_notices}
            lesson_explanation={explanation} lesson_demo={demo}>{ panel }</DemoPage>
    }
}

#[derive(Properties, PartialEq)]
pub struct Props {
    pub page: Page,
    /// The page's parameters, and their values in a fresh `P::default()`.
    pub specs: &'static [ParamSpec],
    pub defaults: Rc<Vec<f64>>,
    /// The page's raw `key=value` pairs from the link that opened it.
    pub pairs: Rc<Vec<(String, String)>>,
    /// Problems with the link itself (page, version, language).
    pub link_notices: Rc<Vec<LinkNotice>>,
    /// The demo itself, below the parameters.
    #[prop_or_default]
    pub children: Html,
    /// The lesson's part of the explanation (example, misconceptions), after the prose.
    #[prop_or_default]
    pub lesson_explanation: Html,
    /// The lesson's part of the demo ("Tebak dulu"), above the parameters.
    #[prop_or_default]
    pub lesson_demo: Html,
}

/// A change to the parameters, applied to the latest ones (never to a copy captured when
/// the page was drawn: two edits in the same tick must both stick).
pub type Edit<P> = Rc<dyn Fn(&P) -> P>;

/// [`Edit`] on the parameters' values, in the page's `specs` order.
pub type EditValues = Rc<dyn Fn(&[f64]) -> Vec<f64>>;

/// The page's current parameters and the ways to change them, typed, for the demo inside
/// the page ([`use_params`]). Every change goes through the page's reducer, so it builds on
/// the latest parameters.
#[derive(Clone, PartialEq)]
pub struct ParamsHandle<P: Params> {
    pub params: P,
    /// Replace them all (a preset).
    pub set: Callback<P>,
    /// Set one parameter by its link key.
    pub edit: Callback<(&'static str, f64)>,
    /// Any other change, as a function of the latest parameters.
    pub update: Callback<Edit<P>>,
}

impl<P: Params> ParamsHandle<P> {
    /// A handle that ignores changes (a demo drawn outside its page).
    pub fn fixed(params: P) -> Self {
        ParamsHandle {
            params,
            set: Callback::noop(),
            edit: Callback::noop(),
            update: Callback::noop(),
        }
    }
}

/// The page's parameters as every page keeps them, whatever their type: their values in
/// `specs` order (normalized, so they convert to and from `P` exactly) and the change that
/// applies an edit to the latest ones. One copy of the page's code serves every page
/// (issue 12: wasm size); [`use_params`] gives a demo its typed [`ParamsHandle`].
#[derive(Clone, PartialEq)]
pub struct PageParams {
    pub values: Rc<Vec<f64>>,
    pub update: Callback<EditValues>,
}

/// The typed parameters of the page the demo is in (its defaults, fixed, outside a page).
#[hook]
pub fn use_params<P: Params>() -> ParamsHandle<P> {
    let Some(page) = use_context::<PageParams>() else {
        return ParamsHandle::fixed(P::default());
    };
    let update = page.update.reform(|edit: Edit<P>| -> EditValues {
        Rc::new(move |values: &[f64]| to_values(&edit(&from_values::<P>(values))))
    });
    ParamsHandle {
        params: from_values(&page.values),
        set: update.reform(|next: P| -> Edit<P> { Rc::new(move |_: &P| next.clone()) }),
        edit: page.update.reform(edit_one(P::SPECS)),
        update,
    }
}

/// The edit that sets parameter `key` of `specs` to `value` (normalized, as `Params::set`).
fn edit_one(specs: &'static [ParamSpec]) -> impl Fn((&'static str, f64)) -> EditValues {
    move |(key, value)| {
        Rc::new(move |values: &[f64]| {
            let mut next = values.to_vec();
            if let Some((spec, v)) = specs.iter().zip(&mut next).find(|(s, _)| s.key == key) {
                *v = spec.normalize(value);
            }
            next
        })
    }
}

/// The page's parameter values as a reducer state: each edit is applied to the latest ones.
#[derive(PartialEq)]
struct Current(Rc<Vec<f64>>);

impl Reducible for Current {
    type Action = EditValues;

    fn reduce(self: Rc<Self>, edit: EditValues) -> Rc<Self> {
        Rc::new(Current(Rc::new(edit(&self.0))))
    }
}

/// A page. Remounted (by key) whenever the reader opens a new link, so its state always
/// starts from that link. Not generic: one copy for every page.
#[function_component]
fn DemoPage(props: &Props) -> Html {
    let tr = use_tr();
    let decoded = use_memo((), {
        let (pairs, specs, defaults) = (props.pairs.clone(), props.specs, props.defaults.clone());
        move |_| decode_values(specs, &defaults, &pairs)
    });
    let current = use_reducer(|| Current(Rc::new(decoded.0.clone())));
    let values = current.0.clone();
    let update: Callback<EditValues> = {
        let dispatcher = current.dispatcher();
        Callback::from(move |edit: EditValues| dispatcher.dispatch(edit))
    };
    let on_change = update.reform(edit_one(props.specs));
    let hash = ShareLink::to_hash_of(props.page, props.specs, &values, tr.lang);
    {
        // Keep the location bar equal to what the page shows, without new history entries.
        let hash = hash.clone();
        use_effect_with(hash, |hash| browser::replace_hash(hash));
    }
    let notices: Vec<LinkNotice> = props
        .link_notices
        .iter()
        .chain(decoded.1.iter())
        .cloned()
        .collect();
    let key = props.page.text_key();
    let specs = props.specs;

    // The lesson's widgets change the parameters too, so the whole page sees them.
    html! {
        <ContextProvider<PageParams> context={PageParams { values: values.clone(), update }}>
            <div class="page">
                { link_notices(&tr, &notices) }
                <section class="explanation" data-testid="explanation" aria-labelledby="page-title">
                    // The part that index.html also carries, prerendered (examples/prerender.rs).
                    <div class="prose-text" data-testid="prose">
                        <h1 id="page-title">{ tr.get(&format!("{key}-title")) }</h1>
                        <p class="lead">{ tr.get(&format!("{key}-lead")) }</p>
                        { prose::blocks(&tr.prose(&format!("{key}-prose"))) }
                    </div>
                    { props.lesson_explanation.clone() }
                    { behind(&tr, key) }
                </section>
                <section class="demo" data-testid="demo" aria-labelledby="demo-title">
                    <h2 id="demo-title">{ tr.get("demo-title") }</h2>
                    { props.lesson_demo.clone() }
                    if !specs.is_empty() {
                        { params_form(&tr, specs, &values, &on_change, None, "params-title") }
                    }
                    { props.children.clone() }
                    <ShareLinkBox href={format!("{}{hash}", browser::base_url())} />
                </section>
            </div>
            // Below the grid, so the sticky demo panel never slides over it.
            { summary(&tr, props.page) }
        </ContextProvider<PageParams>>
    }
}
