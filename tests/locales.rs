//! Every text key exists in every language with the same arguments, and every key the code
//! asks for exists: the keys it names literally, and the keys it computes with `format!` for
//! every value they can take.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use lab_konkurensi::demos::DEMOS;
use lab_konkurensi::i18n::{message_ids, Texts};
use lab_konkurensi::model::lang::Lang;
use lab_konkurensi::model::params::Kind;

fn ids(lang: Lang) -> BTreeSet<String> {
    message_ids(lang).unwrap().into_iter().collect()
}

#[test]
fn both_locale_files_parse_without_errors_or_duplicates() {
    for lang in Lang::ALL {
        message_ids(lang).unwrap_or_else(|e| panic!("{e}"));
    }
}

#[test]
fn every_key_exists_in_both_languages() {
    let (id, en) = (ids(Lang::Id), ids(Lang::En));
    let only_id: Vec<_> = id.difference(&en).collect();
    let only_en: Vec<_> = en.difference(&id).collect();
    assert!(only_id.is_empty(), "missing in en: {only_id:?}");
    assert!(only_en.is_empty(), "missing in id: {only_en:?}");
}

/// Every Rust source file under `src/`, with its text.
fn rust_sources() -> Vec<(PathBuf, String)> {
    fn walk(dir: &Path, out: &mut Vec<(PathBuf, String)>) {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                walk(&path, out);
            } else if path.extension().is_some_and(|e| e == "rs") {
                let src = std::fs::read_to_string(&path).unwrap();
                out.push((path, src));
            }
        }
    }
    let mut out = Vec::new();
    walk(
        Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/src")),
        &mut out,
    );
    out
}

/// The literal strings that follow each of `openings` in the Rust sources.
fn literals_after(openings: &[&str]) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    for (_, src) in rust_sources() {
        for opening in openings {
            for piece in src.split(opening).skip(1) {
                if let Some(text) = piece.split('"').next() {
                    out.insert(text.to_string());
                }
            }
        }
    }
    out
}

#[test]
fn every_key_the_code_names_exists() {
    // Keys the Rust source names literally: `tr.get("…")`, `tr.get_args("…"`.
    let used = literals_after(&["tr.get(\"", "tr.get_args(\""]);
    assert!(used.len() > 20, "the scan found too few keys: {used:?}");
    let id = ids(Lang::Id);
    let missing: Vec<_> = used.iter().filter(|k| !id.contains(*k)).collect();
    assert!(
        missing.is_empty(),
        "keys used in code but not defined: {missing:?}"
    );
}

#[test]
fn every_page_has_a_title_a_lead_prose_and_labels_for_its_parameters() {
    for lang in Lang::ALL {
        let texts = Texts::load(lang);
        for demo in DEMOS {
            let key = demo.page.text_key();
            for suffix in ["title", "lead"] {
                assert!(texts.has(&format!("{key}-{suffix}")), "{key}-{suffix}");
            }
            assert!(texts.has(&format!("nav-{key}")));
            assert!(
                texts.prose(&format!("{key}-prose")).len() >= 3,
                "{key} prose"
            );
            for spec in demo.specs {
                assert!(
                    texts.has(&format!("param-{}", spec.key)),
                    "param-{}",
                    spec.key
                );
                if let Kind::Choice(names) = spec.kind {
                    for name in names {
                        assert!(texts.has(&format!("choice-{}-{name}", spec.key)));
                    }
                }
            }
        }
    }
}

#[test]
fn arguments_are_filled_in_without_isolation_marks() {
    let texts = Texts::load(Lang::Id);
    let s = texts.get_args("cap-cores", &[("n", "2".into())]);
    assert_eq!(s, "Peramban melaporkan 2 inti prosesor.");
}

#[test]
fn the_python_programs_texts_exist() {
    for lang in Lang::ALL {
        let texts = Texts::load(lang);
        let keys = lab_konkurensi::demos::asyncio::python::TEXT_KEYS
            .iter()
            .chain(&lab_konkurensi::demos::multiprocessing::python::TEXT_KEYS)
            .chain(&lab_konkurensi::demos::threading::python::TEXT_KEYS)
            .chain(&lab_konkurensi::demos::celery::python::TEXT_KEYS);
        for key in keys {
            assert!(texts.has(key), "{}: {key}", lang.code());
        }
    }
}

/// The `{ $name }` arguments of every message (value, attributes, selectors and variants),
/// from the parsed locale file.
fn arguments(lang: Lang) -> BTreeMap<String, BTreeSet<String>> {
    use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};

    fn pattern(p: &Pattern<&str>, out: &mut BTreeSet<String>) {
        for element in &p.elements {
            if let PatternElement::Placeable { expression } = element {
                expr(expression, out);
            }
        }
    }
    fn expr(e: &Expression<&str>, out: &mut BTreeSet<String>) {
        match e {
            Expression::Inline(i) => inline(i, out),
            Expression::Select { selector, variants } => {
                inline(selector, out);
                for v in variants {
                    pattern(&v.value, out);
                }
            }
        }
    }
    fn inline(i: &InlineExpression<&str>, out: &mut BTreeSet<String>) {
        match i {
            InlineExpression::VariableReference { id } => {
                out.insert(id.name.to_string());
            }
            InlineExpression::FunctionReference { arguments, .. }
            | InlineExpression::TermReference {
                arguments: Some(arguments),
                ..
            } => {
                for a in &arguments.positional {
                    inline(a, out);
                }
                for a in &arguments.named {
                    inline(&a.value, out);
                }
            }
            InlineExpression::Placeable { expression } => expr(expression, out),
            _ => {}
        }
    }

    let resource = fluent_syntax::parser::parse(lab_konkurensi::i18n::source(lang))
        .unwrap_or_else(|(_, errors)| panic!("{}: {errors:?}", lang.code()));
    let mut out = BTreeMap::new();
    for entry in &resource.body {
        if let Entry::Message(m) = entry {
            let mut args = BTreeSet::new();
            if let Some(value) = &m.value {
                pattern(value, &mut args);
            }
            for a in &m.attributes {
                pattern(&a.value, &mut args);
            }
            out.insert(m.id.name.to_string(), args);
        }
    }
    out
}

#[test]
fn every_message_takes_the_same_arguments_in_both_languages() {
    let (id, en) = (arguments(Lang::Id), arguments(Lang::En));
    assert!(
        id.get("cap-cores").is_some_and(|a| a.contains("n")),
        "the walk finds arguments"
    );
    let keys: BTreeSet<&String> = id.keys().chain(en.keys()).collect();
    let differ: Vec<String> = keys
        .into_iter()
        .filter(|k| id.get(*k) != en.get(*k))
        .map(|k| format!("{k}: id {:?}, en {:?}", id.get(k), en.get(k)))
        .collect();
    assert!(differ.is_empty(), "arguments differ: {differ:#?}");
}

/// Every `format!("…")` whose text is a key pattern (lowercase words joined by `-`, with
/// `{…}` holes), as the pattern with each hole written `*`, and where it was seen.
fn computed_patterns() -> BTreeMap<String, Vec<String>> {
    let mut out: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for (path, src) in rust_sources() {
        for (at, _) in src.match_indices("format!(") {
            let line_start = src[..at].rfind('\n').map_or(0, |i| i + 1);
            if src[line_start..at].trim_start().starts_with("//") {
                continue;
            }
            let rest = src[at + "format!(".len()..].trim_start();
            let Some(literal) = rest.strip_prefix('"') else {
                continue; // a raw string: a Python program, never a key
            };
            let Some(end) = literal.find('"') else {
                continue;
            };
            let Some(pattern) = key_pattern(&literal[..end]) else {
                continue;
            };
            let line = src[..at].matches('\n').count() + 1;
            let place = format!("{}:{line}", path.display());
            out.entry(pattern).or_default().push(place);
        }
    }
    out
}

/// `text` with each `{…}` hole as `*`, if the rest is made of key characters and a `-`.
fn key_pattern(text: &str) -> Option<String> {
    let mut out = String::new();
    let mut hole = false;
    for c in text.chars() {
        match (hole, c) {
            (false, '{') => {
                hole = true;
                out.push('*');
            }
            (true, '}') => hole = false,
            (true, _) => {}
            (false, c) if c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-' => out.push(c),
            (false, _) => return None,
        }
    }
    (out.contains('*') && out.contains('-')).then_some(out)
}

/// Whether `key` fits `pattern`, each `*` standing for any text (possibly none).
fn fits(pattern: &str, key: &str) -> bool {
    match pattern.split_once('*') {
        None => pattern == key,
        Some((head, tail)) => {
            key.starts_with(head) && (head.len()..=key.len()).any(|i| fits(tail, &key[i..]))
        }
    }
}

/// Patterns the scan finds that build no locale key, and what they build instead.
const NOT_KEYS: &[(&str, &str)] = &[
    ("*-*", "Texts::prose's numbered blocks (checked as `*-prose` and `*-behind`) and the app's remount key"),
    ("-*", "the choice suffix of `<page>-predict-<id>` (checked as `*-predict-**`)"),
    ("*-hint", "a form field's hint element id"),
    ("predict-*", "a prompt's radio group name"),
    ("myth-*-*", "a misconception line's element id"),
    ("task-*", "an asyncio timeline lane id"),
    ("tasks-*-*", "an asyncio timeline lane id"),
    ("worker-*", "a multiprocessing timeline lane id"),
    ("thread-*", "a threading timeline lane id"),
    ("node-*-child-*", "a Celery timeline lane id"),
    ("tid-*", "the lane id of an opened trace file's unnamed track"),
];

/// Patterns that name a prefix of numbered prose blocks.
const PROSE: [&str; 2] = ["*-prose", "*-behind"];

/// Every key a computed pattern can produce, enumerated from the registries and presets.
fn computed_keys(texts: &Texts) -> Vec<(&'static str, Vec<String>)> {
    use lab_konkurensi::demos::{bandingkan, multiprocessing};
    use lab_konkurensi::model::page::Page;
    let pages = || Page::ALL.into_iter().map(Page::text_key);
    let numbered = |prefix: String| -> Vec<String> {
        (1..)
            .map(|i| format!("{prefix}-{i}"))
            .take_while(|k| texts.has(k))
            .collect()
    };
    let lessons: Vec<String> = DEMOS
        .iter()
        .filter_map(|d| d.lesson)
        .flat_map(|outline| outline().text_keys())
        .collect();
    let built = bandingkan::built_text_keys();
    let mut keys: Vec<(&'static str, Vec<String>)> = vec![
        ("nav-*", pages().map(|k| format!("nav-{k}")).collect()),
        ("*-title", pages().map(|k| format!("{k}-title")).collect()),
        ("*-lead", pages().map(|k| format!("{k}-lead")).collect()),
        (
            "*-summary",
            pages().map(|k| format!("{k}-summary")).collect(),
        ),
        (
            "*-prose",
            pages()
                .flat_map(|k| numbered(format!("{k}-prose")))
                .collect(),
        ),
        (
            "*-behind",
            pages()
                .flat_map(|k| numbered(format!("{k}-behind")))
                .collect(),
        ),
        (
            "docs-*",
            Page::ALL
                .iter()
                .flat_map(|p| p.docs().iter().map(|(n, _)| format!("docs-{n}")))
                .collect(),
        ),
        (
            "param-*",
            DEMOS
                .iter()
                .flat_map(|d| d.specs.iter().map(|s| format!("param-{}", s.key)))
                .collect(),
        ),
        (
            "choice-*-*",
            DEMOS
                .iter()
                .flat_map(|d| d.specs.iter())
                .flat_map(|s| match s.kind {
                    Kind::Choice(names) => names
                        .iter()
                        .map(|n| format!("choice-{}-{n}", s.key))
                        .collect(),
                    _ => Vec::new(),
                })
                .collect(),
        ),
        ("replay-row-*", {
            use lab_konkurensi::demos::{asyncio, celery, threading};
            use lab_konkurensi::model::lang::Lang;
            use lab_konkurensi::model::replay::Machine;
            let ids = [
                asyncio::replay::Loop::default().rows(Lang::Id),
                threading::replay::Threads::default().rows(Lang::Id),
                multiprocessing::replay::PoolState::default().rows(Lang::Id),
                celery::replay::Broker::default().rows(Lang::Id),
            ];
            ids.iter()
                .flatten()
                .map(|r| format!("replay-row-{}", r.id))
                .collect()
        }),
        (
            "mp-unit-*",
            multiprocessing::Kernel::NAMES
                .iter()
                .map(|n| format!("mp-unit-{n}"))
                .collect(),
        ),
    ];
    for pattern in [
        "*-example-*",
        "*-example-intro",
        "*-predict-*",
        "*-predict-*-why",
        "*-predict-*-measured",
        "*-predict-*-*",
        "*-predict-**",
        "*-myth-*",
    ] {
        keys.push((pattern, lessons.clone()));
    }
    for pattern in [
        "bandingkan-model-*",
        "bandingkan-advice-fit-*",
        "bandingkan-preset-*",
        "bandingkan-table-row-*",
        "bandingkan-libs-*",
    ] {
        keys.push((pattern, built.clone()));
    }
    // Only the keys that fit each pattern: a shared list (the lessons') serves several. A
    // prose prefix is numbered by Texts::prose (`<prefix>-1`, `-2`, …).
    keys.into_iter()
        .map(|(pattern, all)| {
            let numbered = format!("{pattern}-*");
            let fit: Vec<String> = all
                .into_iter()
                .filter(|k| fits(pattern, k) || (PROSE.contains(&pattern) && fits(&numbered, k)))
                .collect();
            (pattern, fit)
        })
        .collect()
}

#[test]
fn the_key_pattern_scan_reads_format_strings() {
    assert_eq!(key_pattern("nav-{}"), Some("nav-*".into()));
    assert_eq!(
        key_pattern("{page}-predict-{id}"),
        Some("*-predict-*".into())
    );
    assert_eq!(key_pattern("worker {n}"), None);
    assert_eq!(key_pattern("{}×"), None);
    assert_eq!(key_pattern("k{i}"), None);
    assert!(fits("*-predict-**", "asyncio-predict-waves"));
    assert!(fits("*-predict-**", "asyncio-predict-waves-1500ms"));
    assert!(!fits("mp-unit-*", "mp-preset-tiny"));
    assert!(fits("*-behind", "celery-behind") && !fits("*-behind", "celery-behind-1x"));
}

#[test]
fn every_computed_key_resolves_in_both_languages_for_every_value() {
    let found = computed_patterns();
    assert!(
        found.len() > 15,
        "the scan found too few patterns: {found:?}"
    );
    let (id, en) = (ids(Lang::Id), ids(Lang::En));
    let texts = Texts::load(Lang::Id);
    let known = computed_keys(&texts);
    for (pattern, why) in NOT_KEYS {
        assert!(
            found.contains_key(*pattern),
            "{pattern} ({why}) is no longer in src"
        );
    }
    for (pattern, places) in &found {
        assert!(
            known.iter().any(|(p, _)| p == pattern) || NOT_KEYS.iter().any(|(p, _)| p == pattern),
            "{pattern} (at {places:?}) builds keys nobody enumerates: add it to computed_keys \
             (or to NOT_KEYS if it builds no locale key)"
        );
    }
    for (pattern, keys) in &known {
        let seen = found.contains_key(*pattern);
        assert!(seen, "{pattern} is no longer computed in src: drop it here");
        assert!(!keys.is_empty(), "{pattern}: no value enumerated");
        for key in keys {
            assert!(
                id.contains(key) && en.contains(key),
                "{pattern}: {key} is missing (id: {}, en: {})",
                id.contains(key),
                en.contains(key)
            );
        }
    }
    // Every page has its numbered prose, its behind-the-scenes box and its summary.
    for page in lab_konkurensi::model::page::Page::ALL {
        for key in ["prose", "behind"] {
            let first = format!("{}-{key}-1", page.text_key());
            assert!(id.contains(&first), "{first}");
        }
    }
}

/// Keys given to the preset row as a prefix (`presets(&tr, &PRESETS, "…"`, the presets' names
/// follow).
#[test]
fn every_preset_name_has_its_text_in_both_languages() {
    use lab_konkurensi::demos::{asyncio, bandingkan, celery, multiprocessing, threading};
    let names = |presets: &[&str]| presets.iter().map(|n| n.to_string()).collect::<Vec<_>>();
    let by_prefix: BTreeMap<&str, Vec<String>> = [
        ("asyncio-preset-", names(&asyncio::PRESETS.map(|p| p.0))),
        ("th-preset-", names(&threading::PRESETS.map(|p| p.0))),
        ("mp-preset-", names(&multiprocessing::PRESETS.map(|p| p.0))),
        ("celery-preset-", names(&celery::PRESETS.map(|p| p.0))),
        (
            "bandingkan-preset-",
            names(&bandingkan::PRESETS.map(|p| p.0)),
        ),
    ]
    .into_iter()
    .collect();
    let used = literals_after(&["presets(&tr, &PRESETS, \""]);
    assert_eq!(
        used.iter().map(String::as_str).collect::<Vec<_>>(),
        by_prefix.keys().copied().collect::<Vec<_>>(),
        "every preset prefix the views use, and no other"
    );
    let (id, en) = (ids(Lang::Id), ids(Lang::En));
    for (prefix, names) in by_prefix {
        for name in names {
            let key = format!("{prefix}{name}");
            assert!(id.contains(&key) && en.contains(&key), "{key}");
        }
    }
}

/// The app reads the locale files with its own small reader (src/i18n.rs); the files stay
/// valid Fluent, and every message reads exactly as the `fluent-bundle` crate formats it,
/// with its arguments given and with them missing.
#[test]
fn every_message_reads_as_fluent_formats_it() {
    use fluent_bundle::{FluentArgs, FluentBundle, FluentResource, FluentValue};
    for lang in Lang::ALL {
        let source = lab_konkurensi::i18n::source(lang);
        let resource = FluentResource::try_new(source.to_string())
            .unwrap_or_else(|(_, e)| panic!("{}: not valid Fluent: {e:?}", lang.code()));
        let id: unic_langid::LanguageIdentifier = lang.code().parse().unwrap();
        let mut bundle = FluentBundle::new(vec![id]);
        bundle.set_use_isolating(false);
        bundle.add_resource(resource).unwrap();
        let ours = Texts::load(lang);
        let args = arguments(lang);
        let mut checked = 0;
        for key in message_ids(lang).unwrap() {
            let pattern = bundle.get_message(&key).and_then(|m| m.value()).unwrap();
            let names = &args[&key];
            let given: Vec<(&str, String)> = names
                .iter()
                .map(|n| (n.as_str(), format!("<{n} 1,5×>")))
                .collect();
            let mut fargs = FluentArgs::new();
            for (n, v) in &given {
                fargs.set(*n, FluentValue::from(v.clone()));
            }
            let mut errors = vec![];
            let theirs = bundle.format_pattern(pattern, Some(&fargs), &mut errors);
            assert!(errors.is_empty(), "{key}: {errors:?}");
            assert_eq!(
                ours.get_args(&key, &given),
                theirs,
                "{}: {key}",
                lang.code()
            );
            let bare = bundle.format_pattern(pattern, None, &mut errors);
            assert_eq!(
                ours.get(&key),
                bare,
                "{}: {key} without arguments",
                lang.code()
            );
            checked += 1;
        }
        assert!(checked > 300, "{}: only {checked} messages", lang.code());
    }
}

/// The reader's corner cases (several lines, indents, blank lines, literals, trailing spaces)
/// against `fluent-bundle` on made-up sources.
#[test]
fn corner_cases_read_as_fluent_reads_them() {
    use fluent_bundle::{FluentArgs, FluentBundle, FluentResource, FluentValue};
    for source in [
        "k = a b  \n",
        "k =\n    a\n      b\n    c\n",
        "k = a\n    b\n\n    c\n\n\nx = y",
        "k =\n\n      a\n    b   \n",
        "k = a\n      b\n   c\n",
        "k = { $n } of {$m}, {\"{\"}x{ \"}\" }\n",
        "k = a { $n }  \n",
        "k = {\"a \\\" \\\\ b\"} c\r\n  d\r\n",
        "k = - a\n    - b **c**\n",
    ] {
        let resource = FluentResource::try_new(source.to_string()).unwrap();
        let mut bundle = FluentBundle::new(vec!["en"
            .parse::<unic_langid::LanguageIdentifier>()
            .unwrap()]);
        bundle.set_use_isolating(false);
        bundle.add_resource(resource).unwrap();
        let pattern = bundle.get_message("k").and_then(|m| m.value()).unwrap();
        let mut fargs = FluentArgs::new();
        fargs.set("n", FluentValue::from("1"));
        let mut errors = vec![];
        let theirs = bundle.format_pattern(pattern, Some(&fargs), &mut errors);
        let ours = Texts::parse(source).get_args("k", &[("n", "1".into())]);
        assert_eq!(ours, theirs, "{source:?}");
        assert!(lab_konkurensi::i18n::check(source).is_ok(), "{source:?}");
    }
}
