//! Every demo page teaches the same way: at least two "Tebak dulu" prompts, three
//! misconceptions, a minimal example that runs on CPython, a summary and a "Di balik layar"
//! box, in both languages.
#![cfg(not(target_arch = "wasm32"))]

use std::process::Command;

use lab_konkurensi::demos::DEMOS;
use lab_konkurensi::i18n::Texts;
use lab_konkurensi::model::lang::Lang;
use lab_konkurensi::model::lesson::Outline;
use lab_konkurensi::model::page::Page;
use lab_konkurensi::model::prose::Block;

/// The pages that must carry a lesson: every demo page.
const TAUGHT: [Page; 5] = [
    Page::Asyncio,
    Page::Threading,
    Page::Multiprocessing,
    Page::Celery,
    Page::Bandingkan,
];

fn lessons() -> Vec<(Page, Outline)> {
    DEMOS
        .iter()
        .filter_map(|d| d.lesson.map(|outline| (d.page, outline())))
        .collect()
}

#[test]
fn every_demo_page_has_two_prompts_and_three_misconceptions() {
    let lessons = lessons();
    for page in TAUGHT {
        let (_, l) = lessons
            .iter()
            .find(|(p, _)| *p == page)
            .unwrap_or_else(|| panic!("{} has no lesson", page.slug()));
        assert_eq!(l.page, page.text_key());
        assert!(l.prompts.len() >= 2, "{}: prompts", l.page);
        assert!(l.misconceptions.len() >= 3, "{}: misconceptions", l.page);
        for (id, options) in &l.prompts {
            assert!(options.len() >= 2, "{}: {id} needs a choice", l.page);
        }
        assert!(l.problems.is_empty(), "{}: {:#?}", l.page, l.problems);
    }
}

#[test]
fn every_lesson_text_exists_in_both_languages() {
    for lang in Lang::ALL {
        let texts = Texts::load(lang);
        for (_, l) in lessons() {
            for key in l.text_keys() {
                assert!(texts.has(&key), "{}: {key}", lang.code());
            }
            // The measured figure is the only argument of a prompt's result line.
            for (id, _) in &l.prompts {
                let line = texts.get_args(
                    &format!("{}-predict-{id}-measured", l.page),
                    &[("value", "<v>".into())],
                );
                assert!(line.contains("<v>"), "{}: {line}", lang.code());
            }
        }
    }
}

#[test]
fn every_taught_page_and_beranda_has_a_summary_and_a_closed_box_of_browser_notes() {
    for lang in Lang::ALL {
        let texts = Texts::load(lang);
        for page in [Page::Beranda].into_iter().chain(TAUGHT) {
            let key = page.text_key();
            assert!(
                !texts.prose(&format!("{key}-behind")).is_empty(),
                "{}: {key}-behind-1",
                lang.code()
            );
            let summary =
                lab_konkurensi::model::prose::block(&texts.get(&format!("{key}-summary")));
            match summary {
                Block::List(items) => assert!(
                    (3..=5).contains(&items.len()),
                    "{}: {key}-summary has {} lines",
                    lang.code(),
                    items.len()
                ),
                other => panic!("{}: {key}-summary is not a list: {other:?}", lang.code()),
            }
            // Python's pages link Python's concurrency overview; Celery links its own docs.
            let home = match page {
                Page::Celery => "https://docs.celeryq.dev/",
                _ => "https://docs.python.org/3/library/concurrency.html",
            };
            assert!(
                page.docs().iter().any(|(_, url)| url.starts_with(home)),
                "{key} links {home}"
            );
            assert!(texts.has(page.docs_title()), "{}", page.docs_title());
            for (name, _) in page.docs() {
                assert!(texts.has(&format!("docs-{name}")), "docs-{name}");
            }
        }
    }
}

#[test]
fn the_main_text_leaves_the_browser_to_the_behind_the_scenes_box() {
    // "Web Worker", "WebAssembly" and "Rust" belong in `<page>-behind-*` only.
    for lang in Lang::ALL {
        let texts = Texts::load(lang);
        for page in [Page::Beranda].into_iter().chain(TAUGHT) {
            let prefix = format!("{}-prose", page.text_key());
            for i in 1.. {
                let key = format!("{prefix}-{i}");
                if !texts.has(&key) {
                    break;
                }
                let text = texts.get(&key);
                for word in ["Web Worker", "WebAssembly", "Rust"] {
                    assert!(
                        !text.contains(word),
                        "{}: {key} mentions {word}",
                        lang.code()
                    );
                }
            }
        }
    }
}

/// Start `code` with `python` (the output is read by [`output`]).
fn spawn(python: &str, code: &str) -> std::process::Child {
    Command::new(python)
        .args(["-c", code])
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap_or_else(|e| panic!("{python} is needed for these tests: {e}"))
}

/// What a started program printed; it must exit 0.
fn output(child: std::process::Child, code: &str) -> String {
    let out = child.wait_with_output().unwrap();
    assert!(
        out.status.success(),
        "python failed:\n{}\n--- program ---\n{code}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

fn run(python: &str, code: &str) -> String {
    output(spawn(python, code), code)
}

/// An example's shape: 5–10 lines, every comment filled in, no line over PEP 8's 79 columns
/// (a textbook example never scrolls sideways).
fn check_shape(lang: Lang, code: &str) {
    let lines = code.lines().filter(|l| !l.trim().is_empty()).count();
    assert!((5..=10).contains(&lines), "{lines} lines:\n{code}");
    assert!(!code.contains('«'), "a comment is missing:\n{code}");
    for line in code.lines() {
        assert!(
            line.chars().count() <= 79,
            "{}: too long: {line}",
            lang.code()
        );
    }
}

#[test]
fn every_example_runs_with_python3_and_prints_what_its_comments_say() {
    use lab_konkurensi::demos::{asyncio, bandingkan, multiprocessing, threading};
    use lab_konkurensi::model::lesson::example;
    for lang in Lang::ALL {
        let texts = Texts::load(lang);
        let text = |k: &str| texts.get(k);
        let examples = [
            (
                example::<asyncio::lesson::AsyncioLesson>(&text),
                "[0, 1, 2, 3, 4, 5, 6, 7, 8, 9]",
            ),
            (example::<threading::lesson::ThreadingLesson>(&text), " s"),
            (
                example::<multiprocessing::lesson::MultiprocessingLesson>(&text),
                "[0, 1, 4, 9, 16, 25, 36, 49, 64, 81]",
            ),
            (
                example::<bandingkan::lesson::BandingkanLesson>(&text),
                "ProcessPoolExecutor",
            ),
        ];
        // Run them together: two of them sleep for a second.
        let children: Vec<_> = examples
            .iter()
            .map(|(code, _)| {
                check_shape(lang, code);
                spawn("python3", code)
            })
            .collect();
        for (child, (code, expected)) in children.into_iter().zip(&examples) {
            let out = output(child, code);
            assert!(out.contains(expected), "{out}\n--- program ---\n{code}");
        }
    }
}

#[test]
fn the_threading_example_takes_one_second_not_four() {
    use lab_konkurensi::demos::threading::lesson::ThreadingLesson;
    use lab_konkurensi::model::lesson::example;
    let texts = Texts::load(Lang::Id);
    let out = run("python3", &example::<ThreadingLesson>(&|k| texts.get(k)));
    let secs: f64 = out.trim().trim_end_matches(" s").parse().unwrap();
    assert!((0.95..2.0).contains(&secs), "{out}");
}

#[test]
fn the_celery_example_is_python_that_compiles_and_prints_the_sum() {
    // It needs a broker and a worker Celery to run: tests/celery_real.rs runs it on real
    // Celery and Redis. Here: its shape, and that python3 compiles it.
    use lab_konkurensi::demos::celery::lesson::CeleryLesson;
    use lab_konkurensi::model::lesson::example;
    for lang in Lang::ALL {
        let texts = Texts::load(lang);
        let code = example::<CeleryLesson>(&|k| texts.get(k));
        check_shape(lang, &code);
        assert!(code.contains(".delay(") && code.contains(".get("), "{code}");
        let check = format!("compile({code:?}, 'tasks.py', 'exec')");
        run("python3", &check);
    }
}

#[test]
fn the_bandingkan_example_prints_both_executors_in_order() {
    use lab_konkurensi::demos::bandingkan::lesson::BandingkanLesson;
    use lab_konkurensi::model::lesson::example;
    let texts = Texts::load(Lang::En);
    let out = run("python3", &example::<BandingkanLesson>(&|k| texts.get(k)));
    let names: Vec<&str> = out
        .lines()
        .filter_map(|l| l.split_whitespace().next())
        .collect();
    assert_eq!(
        names,
        ["ThreadPoolExecutor", "ProcessPoolExecutor"],
        "{out}"
    );
}
