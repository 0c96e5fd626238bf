//! The lesson around a demo, drawn the same way on every page: "Tebak dulu" (predict, then a
//! real run says whether the prediction held), "Salah kaprah" (misconceptions, each with a
//! button that sets the workload that disproves it), a minimal example, the "Di balik layar"
//! box (how the browser plays Python's part) and the "Ringkasan" with the official docs.
//!
//! The widgets know no demo: a page's data is a [`Lesson`] (pure, in its demo folder) and its
//! way of running a prompt is [`Runs::start`]; every sentence comes from the locale files.

use std::rc::Rc;

use yew::prelude::*;

use crate::model::lesson::{example_of, Lesson, Misconception, Prompt, Unit, Verdict};
use crate::model::numfmt;
use crate::model::page::Page;
use crate::model::params::to_values;
use crate::ui::class_with;
use crate::ui::code::CodeView;
use crate::ui::page::PageParams;
use crate::ui::prose;
use crate::ui::run::{RunHandle, RunState};
use crate::ui::texts::{use_tr, Tr};

/// How a page runs a prompt's workload for real.
pub trait Runs: Lesson {
    /// Run `prompt.params` through the demo's own run (its plan on the lifecycle, or its event
    /// loop run) on `run`, and finish with the verdict of the measured outcome (`None` if the
    /// run produced no outcome).
    fn start(run: &RunHandle<Option<Verdict>>, tr: &Tr, prompt: &'static Prompt<Self::Params>);
}

/// Where a lesson's widgets go in the page frame.
#[derive(Default)]
pub struct Slots {
    /// After the explanation's prose.
    pub explanation: Html,
    /// At the top of the demo, above the parameters.
    pub demo: Html,
}

/// One prompt as the widgets see it, whatever the page's parameter type.
struct PromptRef {
    id: &'static str,
    options: &'static [&'static str],
    unit: Unit,
    /// The prompt's parameters, as the page keeps them ([`PageParams`]).
    params: Rc<Vec<f64>>,
}

/// A lesson as its widgets draw it. The widgets are not generic over the lesson: one copy of
/// each serves every page (issue 12: wasm size); only [`slots`] and the page's [`Runs::start`]
/// are per page.
pub struct LessonView {
    page: &'static str,
    example: &'static str,
    prompts: Vec<PromptRef>,
    /// Each misconception's id and parameters.
    myths: Vec<(&'static str, Rc<Vec<f64>>)>,
    /// Runs prompt `index` (see [`Runs::start`]).
    start: fn(&RunHandle<Option<Verdict>>, &Tr, usize),
}

impl PartialEq for LessonView {
    fn eq(&self, other: &Self) -> bool {
        self.page == other.page
    }
}

/// Sets the page's parameters to `values` (nothing outside a page).
fn set_to(page: &Option<PageParams>, values: &Rc<Vec<f64>>) -> impl Fn() + 'static {
    let (update, values) = (page.as_ref().map(|p| p.update.clone()), values.clone());
    move || {
        if let Some(update) = &update {
            let values = values.clone();
            update.emit(Rc::new(move |_: &[f64]| (*values).clone()));
        }
    }
}

fn start_prompt<L: Runs>(run: &RunHandle<Option<Verdict>>, tr: &Tr, index: usize) {
    L::start(run, tr, &L::PROMPTS[index]);
}

/// The widgets of lesson `L` in their slots: all in the explanation, after the prose. The demo
/// panel stays as it was, so on a wide screen its form and Run button stay in view (the panel
/// is sticky) while a prompt sets them and the verdict appears beside the question.
pub fn slots<L: Runs>(tr: &Tr) -> Slots {
    let prompts: &'static [Prompt<L::Params>] = L::PROMPTS;
    let myths: &'static [Misconception<L::Params>] = L::MISCONCEPTIONS;
    let lesson = Rc::new(LessonView {
        page: L::PAGE,
        example: L::EXAMPLE,
        prompts: prompts
            .iter()
            .map(|p| PromptRef {
                id: p.id,
                options: p.options,
                unit: p.unit,
                params: Rc::new(to_values(&p.params)),
            })
            .collect(),
        myths: myths
            .iter()
            .map(|m| (m.id, Rc::new(to_values(&m.params))))
            .collect(),
        start: start_prompt::<L>,
    });
    widgets(tr, lesson)
}

/// [`slots`] once the lesson is a [`LessonView`]: one copy for every page.
fn widgets(tr: &Tr, lesson: Rc<LessonView>) -> Slots {
    Slots {
        explanation: html! {
            <>
                { example(tr, &lesson) }
                { predict(tr, &lesson) }
                <Misconceptions {lesson} />
            </>
        },
        demo: Html::default(),
    }
}

#[derive(Properties, PartialEq)]
pub struct LessonProps {
    pub lesson: Rc<LessonView>,
}

/// The minimal example, the way a textbook shows it, with comments in the reader's language.
/// A function, not a component, like [`predict`]: drawn with the page (issue 12: wasm size).
fn example(tr: &Tr, lesson: &LessonView) -> Html {
    let code = example_of(lesson.page, lesson.example, &|k| tr.get(k));
    html! {
        <section class="example" data-testid="example" aria-labelledby="example-title">
            <h3 id="example-title">{ tr.get("example-title") }</h3>
            <p>{ prose::inline(&crate::model::prose::inline(&tr.get(&format!("{}-example-intro", lesson.page)))) }</p>
            <CodeView title={tr.get("example-code-title")} {code} testid="example-code" />
        </section>
    }
}

/// "Salah kaprah": one line per misconception, each with a button that sets the parameters
/// of the run that disproves it (the share link follows).
#[function_component]
fn Misconceptions(props: &LessonProps) -> Html {
    let tr = use_tr();
    let page_params = use_context::<PageParams>();
    let picked = use_state(|| None::<&'static str>);
    let page = props.lesson.page;
    html! {
        <section class="misconceptions" aria-labelledby="myth-title">
            <h3 id="myth-title">{ tr.get("myth-title") }</h3>
            <p class="hint">{ tr.get("myth-intro") }</p>
            <ul>
                { for props.lesson.myths.iter().map(|(id, params)| {
                    let id = *id;
                    let line = format!("myth-{page}-{id}");
                    let onclick = {
                        let (set, picked) = (set_to(&page_params, params), picked.clone());
                        Callback::from(move |_| {
                            set();
                            picked.set(Some(id));
                        })
                    };
                    html! {
                        <li data-testid="misconception" data-myth={id}>
                            <span id={line.clone()}>{ prose::inline(&crate::model::prose::inline(
                                &tr.get(&format!("{page}-myth-{id}")))) }</span>
                            { " " }
                            <button type="button" class="secondary" data-testid="misconception-try"
                                aria-describedby={line} {onclick}>{ tr.get("myth-try") }</button>
                            if *picked == Some(id) {
                                <span class="hint" role="status">{ " " }{ tr.get("myth-set") }</span>
                            }
                        </li>
                    }
                }) }
            </ul>
        </section>
    }
}

/// "Tebak dulu": the page's prompts. A function, not a component: its own markup is a title
/// and a hint, and each prompt is a [`PromptView`] that keeps its own state.
fn predict(tr: &Tr, lesson: &Rc<LessonView>) -> Html {
    html! {
        <section class="predict-box" aria-labelledby="predict-title">
            <h3 id="predict-title">{ tr.get("predict-title") }</h3>
            <p class="hint">{ tr.get("predict-intro") }</p>
            { for (0..lesson.prompts.len()).map(|index| html! {
                <PromptView lesson={lesson.clone()} {index} />
            }) }
        </section>
    }
}

#[derive(Properties, PartialEq)]
pub struct PromptProps {
    pub lesson: Rc<LessonView>,
    /// The prompt's place in the lesson's prompts.
    pub index: usize,
}

/// One prompt: the question, its choices, the button that sets the workload and runs it, and
/// the verdict of the measured outcome.
#[function_component]
fn PromptView(props: &PromptProps) -> Html {
    let tr = use_tr();
    let lesson = props.lesson.clone();
    let index = props.index;
    let prompt = &lesson.prompts[index];
    let set = set_to(&use_context::<PageParams>(), &prompt.params);
    let run = crate::ui::run::use_run::<Option<Verdict>>();
    // The pick is read when the button is pressed, possibly before the page has redrawn after
    // the click on the choice: keep it in a cell as well as in the state that draws it.
    let chosen = use_state(|| None::<usize>);
    let picked = use_mut_ref(|| None::<usize>);
    // The choice the learner had made when the run started: the verdict judges that one.
    let asked = use_state(|| None::<usize>);
    let nudge = use_state(|| false);
    let key = |suffix: &str| format!("{}-predict-{}{suffix}", lesson.page, prompt.id);
    let running = run.is_running();

    let on_run = {
        let (run, tr, picked, asked, nudge) = (
            run.clone(),
            tr.clone(),
            picked.clone(),
            asked.clone(),
            nudge.clone(),
        );
        let start = lesson.start;
        Callback::from(move |_| {
            let Some(choice) = *picked.borrow() else {
                nudge.set(true);
                return;
            };
            if run.is_running() {
                return;
            }
            nudge.set(false);
            asked.set(Some(choice));
            set();
            start(&run, &tr, index);
        })
    };

    let name = format!("predict-{}", prompt.id);
    html! {
        <fieldset class="predict" data-testid="predict" data-prompt={prompt.id}>
            <legend>{ prose::inline(&crate::model::prose::inline(&tr.get(&key("")))) }</legend>
            <div class="predict-options">
                { for prompt.options.iter().enumerate().map(|(i, option)| {
                    let onchange = {
                        let (chosen, picked, nudge) = (chosen.clone(), picked.clone(), nudge.clone());
                        Callback::from(move |_| {
                            *picked.borrow_mut() = Some(i);
                            chosen.set(Some(i));
                            nudge.set(false);
                        })
                    };
                    html! {
                        <label>
                            <input type="radio" name={name.clone()} value={*option}
                                data-testid="predict-option" checked={*chosen == Some(i)}
                                disabled={running} {onchange} />
                            { " " }{ prose::inline(&crate::model::prose::inline(&tr.get(&key(&format!("-{option}"))))) }
                        </label>
                    }
                }) }
            </div>
            <button type="button" data-testid="predict-run" onclick={on_run} disabled={running}>
                { tr.get("predict-run") }
            </button>
            if *nudge {
                <p class="notice" role="alert">{ tr.get("predict-pick-first") }</p>
            }
            if running {
                { run.view_as("predict-status") }
            }
            <div class="predict-result" aria-live="polite">
                { verdict_view(&tr, &key, prompt, &run, *asked) }
            </div>
        </fieldset>
    }
}

/// The verdict of a finished run, or why there is none.
fn verdict_view(
    tr: &Tr,
    key: &dyn Fn(&str) -> String,
    prompt: &PromptRef,
    run: &RunHandle<Option<Verdict>>,
    asked: Option<usize>,
) -> Html {
    if let Some(v) = run.outcome() {
        return match v.as_ref() {
            Some(v) => {
                let held = asked.and_then(|i| prompt.options.get(i)) == Some(&v.held);
                let lang = tr.lang;
                let value = match prompt.unit {
                    Unit::Millis => numfmt::millis(lang, v.value),
                    Unit::Ratio => numfmt::ratio(lang, v.value),
                    Unit::Count => numfmt::integer(lang, v.value.max(0.0).round() as u64),
                };
                let answer = tr.get(&key(&format!("-{}", v.held)));
                html! {
                    <div class={class_with("verdict", Some(if held { "held" } else { "missed" }))}
                        data-testid="predict-verdict" data-held={held.to_string()}
                        data-answer={v.held} data-value={numfmt::fixed(v.value, 3)}>
                        <p><strong>{ tr.get(if held { "predict-held" } else { "predict-missed" }) }</strong>
                            { " " }{ tr.get_args(&key("-measured"), &[("value", value)]) }</p>
                        <p>{ prose::inline(&crate::model::prose::inline(&tr.get_args("predict-answer", &[("answer", answer)]))) }</p>
                        <p>{ prose::inline(&crate::model::prose::inline(&tr.get(&key("-why")))) }</p>
                    </div>
                }
            }
            None => crate::ui::run_controls::alert(&tr.get("run-error-lost")),
        };
    }
    match run.state() {
        RunState::Cancelled | RunState::Failed(_) => run.view_as("predict-status"),
        _ => html! {},
    }
}

/// "Di balik layar": how the browser plays Python's part, closed until the reader opens it.
/// The box shows `<page>-behind-1`, `-2`, … (`page` is the page's text prefix). A function,
/// not a component: a few paragraphs, redrawn with their page (issue 12: wasm size).
pub fn behind(tr: &Tr, page: &str) -> Html {
    let blocks = tr.prose(&format!("{page}-behind"));
    if blocks.is_empty() {
        return html! {};
    }
    html! {
        <details class="behind" data-testid="behind">
            <summary>{ tr.get("behind-title") }</summary>
            { prose::blocks(&blocks) }
        </details>
    }
}

/// "Ringkasan": the page's few lines to remember (`<page>-summary`) and the official docs.
/// A function, not a component, like [`behind`].
pub fn summary(tr: &Tr, page: Page) -> Html {
    let key = format!("{}-summary", page.text_key());
    if !tr.has(&key) {
        return html! {};
    }
    let docs = page.docs();
    html! {
        <section class="summary" data-testid="summary" aria-labelledby="summary-title">
            <h2 id="summary-title">{ tr.get("summary-title") }</h2>
            { prose::blocks(&[crate::model::prose::block(&tr.get(&key))]) }
            if !docs.is_empty() {
                <p class="docs" data-testid="docs">{ tr.get(page.docs_title()) }{ " " }
                    { for docs.iter().enumerate().map(|(i, (name, url))| html! {
                        <>
                            if i > 0 { { " · " } }
                            <a href={*url} target="_blank" rel="noopener">{ tr.get(&format!("docs-{name}")) }</a>
                        </>
                    }) }
                </p>
            }
        </section>
    }
}
