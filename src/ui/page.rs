//! A page: its explanation next to its demo panel, with parameters that live in the link.

use std::any::Any;
use std::rc::Rc;

use yew::prelude::*;

use crate::model::link::{decode_params, LinkNotice, ShareLink};
use crate::model::page::Page;
use crate::model::params::{ParamSpec, Params};
use crate::runtime::browser;
use crate::ui::lesson::{Behind, Slots, Summary};
use crate::ui::notices::Notices;
use crate::ui::params_form::ParamsForm;
use crate::ui::prose;
use crate::ui::share::ShareLinkBox;
use crate::ui::texts::use_tr;

/// What the router knows of the opened link, handed to a page's registered view.
pub struct PageArgs {
    /// Changes for every opened link, so the page remounts with fresh state.
    pub key: String,
    pub page: Page,
    pub pairs: Rc<Vec<(String, String)>>,
    pub link_notices: Rc<Vec<LinkNotice>>,
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
    } = args;
    let Slots { explanation, demo } = lesson;
    html! {
        <DemoPage<P> {key} {page} {pairs} {link_notices} lesson_explanation={explanation}
            lesson_demo={demo}>{ panel }</DemoPage<P>>
    }
}

#[derive(Properties, PartialEq)]
pub struct Props {
    pub page: Page,
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

/// The page's current parameters and the ways to change them, given to the demo inside the
/// page as a context. Every change goes through the page's reducer, so it builds on the
/// latest parameters.
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

/// The page's parameters as a reducer state: each action is applied to the latest value.
#[derive(Clone, PartialEq)]
struct Current<P>(P);

impl<P: Params> Reducible for Current<P> {
    type Action = Edit<P>;

    fn reduce(self: Rc<Self>, edit: Edit<P>) -> Rc<Self> {
        Rc::new(Current(edit(&self.0)))
    }
}

/// Sets the page's parameters to a value of the page's own parameter type, given as `Any`:
/// how the widgets that know no demo (the lesson's prompts and misconceptions) set them,
/// without a copy of themselves per page (issue 12: wasm size). A value of another type is
/// ignored.
#[derive(Clone, PartialEq)]
pub struct SetParams(pub Callback<&'static dyn Any>);

/// The page for parameters `P`. Remounted (by key) whenever the reader opens a new link,
/// so its state always starts from that link. Only the state is generic; the page itself is
/// [`PageBody`], one copy for every page.
#[function_component]
pub fn DemoPage<P: Params>(props: &Props) -> Html {
    let tr = use_tr();
    let decoded = use_memo((), {
        let pairs = props.pairs.clone();
        move |_| decode_params::<P>(&pairs)
    });
    let current = use_reducer(|| Current(decoded.0.clone()));
    let params = &current.0;
    let update: Callback<Edit<P>> = {
        let dispatcher = current.dispatcher();
        Callback::from(move |edit: Edit<P>| dispatcher.dispatch(edit))
    };
    let on_change = update.reform(|(key, value): (&'static str, f64)| -> Edit<P> {
        Rc::new(move |p: &P| {
            let mut next = p.clone();
            next.set(key, value);
            next
        })
    });
    let set_any = SetParams(update.reform(|value: &'static dyn Any| -> Edit<P> {
        let next = value.downcast_ref::<P>();
        Rc::new(move |p: &P| next.unwrap_or(p).clone())
    }));
    let handle = ParamsHandle {
        params: params.clone(),
        set: update.reform(|next: P| -> Edit<P> { Rc::new(move |_: &P| next.clone()) }),
        edit: on_change.clone(),
        update,
    };
    let values: Vec<f64> = P::SPECS
        .iter()
        .map(|s| params.get(s.key).unwrap_or_default())
        .collect();
    let hash = ShareLink::to_hash_of(props.page, P::SPECS, &values, tr.lang);
    let notices: Vec<LinkNotice> = props
        .link_notices
        .iter()
        .chain(decoded.1.iter())
        .cloned()
        .collect();

    // The lesson's widgets change the parameters too, so the whole page sees the handle.
    html! {
        <ContextProvider<ParamsHandle<P>> context={handle}>
            <ContextProvider<SetParams> context={set_any}>
                <PageBody page={props.page} {hash} {notices} specs={P::SPECS} {values} {on_change}
                    lesson_explanation={props.lesson_explanation.clone()}
                    lesson_demo={props.lesson_demo.clone()}>
                    { props.children.clone() }
                </PageBody>
            </ContextProvider<SetParams>>
        </ContextProvider<ParamsHandle<P>>>
    }
}

#[derive(Properties, PartialEq)]
pub struct BodyProps {
    pub page: Page,
    /// The page's share link as the part from `#`.
    pub hash: String,
    /// Problems with the link, its parameters included.
    pub notices: Vec<LinkNotice>,
    pub specs: &'static [ParamSpec],
    /// The parameters' values, in `specs` order.
    pub values: Vec<f64>,
    pub on_change: Callback<(&'static str, f64)>,
    pub children: Html,
    pub lesson_explanation: Html,
    pub lesson_demo: Html,
}

/// What [`DemoPage`] draws, whatever the page's parameter type.
#[function_component]
fn PageBody(props: &BodyProps) -> Html {
    let tr = use_tr();
    {
        // Keep the location bar equal to what the page shows, without new history entries.
        let hash = props.hash.clone();
        use_effect_with(hash, |hash| browser::replace_hash(hash));
    }
    let key = props.page.text_key();
    html! {
        <>
            <div class="page">
                <Notices notices={props.notices.clone()} />
                <section class="explanation" data-testid="explanation" aria-labelledby="page-title">
                    // The part that index.html also carries, prerendered (examples/prerender.rs).
                    <div class="prose-text" data-testid="prose">
                        <h1 id="page-title">{ tr.get(&format!("{key}-title")) }</h1>
                        <p class="lead">{ tr.get(&format!("{key}-lead")) }</p>
                        { prose::blocks(&tr.prose(&format!("{key}-prose"))) }
                    </div>
                    { props.lesson_explanation.clone() }
                    <Behind page={key} />
                </section>
                <section class="demo" data-testid="demo" aria-labelledby="demo-title">
                    <h2 id="demo-title">{ tr.get("demo-title") }</h2>
                    { props.lesson_demo.clone() }
                    if !props.specs.is_empty() {
                        <ParamsForm specs={props.specs} values={props.values.clone()}
                            on_change={props.on_change.clone()} />
                    }
                    { props.children.clone() }
                    <ShareLinkBox href={format!("{}{}", browser::base_url(), props.hash)} />
                </section>
            </div>
            // Below the grid, so the sticky demo panel never slides over it.
            <Summary page={props.page} />
        </>
    }
}
