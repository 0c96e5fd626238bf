//! A page's lesson beside its demo, as plain data: "Tebak dulu" prompts (predict, then run),
//! "Salah kaprah" lines (misconceptions, each with the workload that disproves it) and a
//! minimal hand-written example. The text is in the locale files, under keys built from the
//! page's prefix and the ids here:
//!
//! - `<page>-predict-<prompt>`: the question; `<page>-predict-<prompt>-<option>`: each choice;
//!   `<page>-predict-<prompt>-measured`: the measured figure (`{ $value }`);
//!   `<page>-predict-<prompt>-why`: what the run shows, said after it;
//! - `<page>-myth-<id>`: one misconception and the truth, one line;
//! - `<page>-example-intro` and the example's comments `<page>-example-<n>`.
//!
//! Which choice held is never written down: it is a pure function of the measured outcome
//! (each demo's `lesson.rs`), tested natively with made-up outcomes.

use crate::model::params::Params;

/// How a prompt's measured figure is shown.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Unit {
    /// A duration in ms ("1,52 dtk").
    Millis,
    /// A speedup ("0,98×").
    Ratio,
    /// A count of things ("1.024").
    Count,
}

/// One "Tebak dulu" prompt: a question, its choices, and the workload that answers it.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Prompt<P: 'static> {
    pub id: &'static str,
    /// The choices' ids, in the order shown.
    pub options: &'static [&'static str],
    /// The page's parameters while the prompt runs: the link shows them.
    pub params: P,
    pub unit: Unit,
}

/// What a prompt's run measured: the choice that held and the figure that decided it.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Verdict {
    pub held: &'static str,
    pub value: f64,
}

/// One "Salah kaprah" line and the parameters of the run that disproves it.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Misconception<P: 'static> {
    pub id: &'static str,
    pub params: P,
}

/// A page's lesson. Implemented by a marker type in each demo folder.
pub trait Lesson: 'static {
    type Params: Params;
    /// The page's text prefix (`Page::text_key`).
    const PAGE: &'static str;
    const PROMPTS: &'static [Prompt<Self::Params>];
    const MISCONCEPTIONS: &'static [Misconception<Self::Params>];
    /// The example's template: `«n»` marks where comment `<page>-example-<n>` goes.
    const EXAMPLE: &'static str;
}

/// The example program with its comments in the reader's language.
pub fn example<L: Lesson>(text: &dyn Fn(&str) -> String) -> String {
    example_of(L::PAGE, L::EXAMPLE, text)
}

/// [`example`] of page `page` from its template (one copy for every lesson).
pub fn example_of(page: &str, template: &str, text: &dyn Fn(&str) -> String) -> String {
    let mut out = String::with_capacity(template.len() * 2);
    let mut rest = template.trim_start_matches('\n');
    // One pass over the marks «1»…«9», looking for a character rather than a string (a
    // substring search would bring std's two-way searcher into the wasm for this alone).
    while let Some(at) = rest.find('«') {
        out.push_str(&rest[..at]);
        let after = &rest[at + '«'.len_utf8()..];
        let mut chars = after.chars();
        match (chars.next(), chars.next()) {
            (Some(n @ '1'..='9'), Some('»')) => {
                out.push_str(&text(&format!("{page}-example-{n}")));
                rest = &after[1 + '»'.len_utf8()..];
            }
            _ => {
                out.push('«');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

/// What the registry and the tests know of a lesson, whatever its parameters.
#[derive(Clone, Debug, PartialEq)]
pub struct Outline {
    pub page: &'static str,
    /// Each prompt's id and choices.
    pub prompts: Vec<(&'static str, &'static [&'static str])>,
    pub misconceptions: Vec<&'static str>,
    /// The example with each comment replaced by its key, for the tests.
    pub example: String,
    /// What is wrong with its workloads ([`workload_problems`]), for the tests.
    pub problems: Vec<String>,
}

impl Outline {
    /// Every locale key the lesson's widgets read.
    pub fn text_keys(&self) -> Vec<String> {
        let page = self.page;
        let mut keys = vec![format!("{page}-example-intro")];
        for (id, options) in &self.prompts {
            keys.push(format!("{page}-predict-{id}"));
            keys.push(format!("{page}-predict-{id}-why"));
            keys.push(format!("{page}-predict-{id}-measured"));
            keys.extend(options.iter().map(|o| format!("{page}-predict-{id}-{o}")));
        }
        keys.extend(
            self.misconceptions
                .iter()
                .map(|m| format!("{page}-myth-{m}")),
        );
        keys.extend(
            (1..=9)
                .map(|n| format!("{page}-example-{n}"))
                .filter(|k| self.example.contains(k.as_str())),
        );
        keys
    }
}

/// The outline of lesson `L`.
pub fn outline<L: Lesson>() -> Outline {
    Outline {
        page: L::PAGE,
        prompts: L::PROMPTS.iter().map(|p| (p.id, p.options)).collect(),
        misconceptions: L::MISCONCEPTIONS.iter().map(|m| m.id).collect(),
        example: example::<L>(&|k| k.to_string()),
        problems: workload_problems::<L>(),
    }
}

/// What is wrong with lesson `L`'s workloads, one line each (none for a sound lesson): every
/// value must be one its parameter accepts as it is (the link would show another), and each
/// misconception's button, pressed in order from the page's defaults, must change the link.
pub fn workload_problems<L: Lesson>() -> Vec<String> {
    let mut out = Vec::new();
    let workloads = L::PROMPTS
        .iter()
        .map(|p| (p.id, &p.params))
        .chain(L::MISCONCEPTIONS.iter().map(|m| (m.id, &m.params)));
    for (id, params) in workloads {
        for spec in <L::Params as Params>::SPECS {
            match params.get(spec.key) {
                Some(v) if spec.normalize(v) == v => {}
                v => out.push(format!(
                    "{id}: {} = {v:?} is not a value of the form",
                    spec.key
                )),
            }
        }
    }
    let mut shown = L::Params::default();
    for m in L::MISCONCEPTIONS {
        if m.params == shown {
            out.push(format!("{}: its button leaves the link as it was", m.id));
        }
        shown = m.params.clone();
    }
    out
}

/// The choice whose band holds `value`: `bands` are `(upper bound, choice)` in increasing
/// order, and the last choice takes everything above.
pub fn band(value: f64, bands: &[(f64, &'static str)], last: &'static str) -> &'static str {
    bands
        .iter()
        .find(|(upper, _)| value < *upper)
        .map_or(last, |(_, choice)| choice)
}

/// The choice whose figure is closest to `value` on a log scale (for "about 0,3 s, 1,5 s or
/// 30 s?"): a factor of 2 off counts the same either way.
pub fn nearest(value: f64, choices: &[(f64, &'static str)]) -> &'static str {
    let distance = |x: f64| (value.max(1e-9).ln() - x.ln()).abs();
    choices
        .iter()
        .min_by(|a, b| distance(a.0).total_cmp(&distance(b.0)))
        .map_or("", |c| c.1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bands_split_at_their_upper_bounds() {
        let bands = [(0.8, "slower"), (1.25, "same")];
        assert_eq!(band(0.5, &bands, "faster"), "slower");
        assert_eq!(band(0.8, &bands, "faster"), "same");
        assert_eq!(band(1.249, &bands, "faster"), "same");
        assert_eq!(band(3.9, &bands, "faster"), "faster");
    }

    crate::params! {
        /// A one-parameter workload for the tests.
        pub struct Toy {
            /// Tasks.
            tasks: u32 = 4 => crate::model::params::Kind::int(1, 10),
        }
    }

    /// A lesson whose prompt runs `P` tasks and whose two misconceptions set `A`, then `B`.
    struct ToyLesson<const P: u32, const A: u32, const B: u32>;
    impl<const P: u32, const A: u32, const B: u32> Lesson for ToyLesson<P, A, B> {
        type Params = Toy;
        const PAGE: &'static str = "toy";
        const PROMPTS: &'static [Prompt<Toy>] = &[Prompt {
            id: "p",
            options: &["a", "b"],
            params: Toy { tasks: P },
            unit: Unit::Count,
        }];
        const MISCONCEPTIONS: &'static [Misconception<Toy>] = &[
            Misconception {
                id: "m1",
                params: Toy { tasks: A },
            },
            Misconception {
                id: "m2",
                params: Toy { tasks: B },
            },
        ];
        const EXAMPLE: &'static str = "";
    }

    type Sound = ToyLesson<10, 1, 4>;
    /// A prompt the form would clamp, a myth that is the default, and one that repeats it.
    type Broken = ToyLesson<20, 4, 4>;

    #[test]
    fn workload_problems_name_each_value_off_the_form_and_each_button_that_changes_nothing() {
        assert_eq!(workload_problems::<Sound>(), Vec::<String>::new());
        let problems = workload_problems::<Broken>();
        assert_eq!(problems.len(), 3, "{problems:?}");
        assert!(problems[0].starts_with("p: tasks"), "{problems:?}");
        assert!(problems[1].starts_with("m1:") && problems[2].starts_with("m2:"));
    }

    #[test]
    fn nearest_is_on_a_log_scale() {
        let c = [(300.0, "short"), (1_500.0, "waves"), (30_000.0, "long")];
        assert_eq!(nearest(310.0, &c), "short");
        // 700 ms is 2,3× from 300 and 2,1× from 1.500: closer to the waves.
        assert_eq!(nearest(700.0, &c), "waves");
        assert_eq!(nearest(1_530.0, &c), "waves");
        assert_eq!(nearest(9_000.0, &c), "long");
    }
}
