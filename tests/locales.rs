//! Every text key exists in every language, and every key the code asks for exists.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::BTreeSet;
use std::path::Path;

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

/// Keys the Rust source names literally: `tr.get("…")`, `tr.get_args("…"`.
fn keys_used_in(dir: &Path, out: &mut BTreeSet<String>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            keys_used_in(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            let src = std::fs::read_to_string(&path).unwrap();
            for call in ["tr.get(\"", "tr.get_args(\""] {
                for piece in src.split(call).skip(1) {
                    if let Some(key) = piece.split('"').next() {
                        out.insert(key.to_string());
                    }
                }
            }
        }
    }
}

#[test]
fn every_key_the_code_names_exists() {
    let mut used = BTreeSet::new();
    keys_used_in(
        Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/src")),
        &mut used,
    );
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

/// `{ $name }` arguments of every message, read straight from a locale file.
fn arguments(lang: Lang) -> std::collections::BTreeMap<String, BTreeSet<String>> {
    let path = format!(
        "{}/locales/{}/main.ftl",
        env!("CARGO_MANIFEST_DIR"),
        lang.code()
    );
    let mut out = std::collections::BTreeMap::new();
    let mut key = String::new();
    for line in std::fs::read_to_string(path).unwrap().lines() {
        if let Some((k, _)) = line
            .split_once(" =")
            .filter(|_| !line.starts_with([' ', '#']))
        {
            key = k.trim().to_string();
            out.insert(key.clone(), BTreeSet::new());
        }
        for piece in line.split("{ $").skip(1) {
            let name: String = piece
                .chars()
                .take_while(|c| c.is_alphanumeric() || *c == '_' || *c == '-')
                .collect();
            if let Some(set) = out.get_mut(&key) {
                set.insert(name);
            }
        }
    }
    out
}

#[test]
fn every_message_takes_the_same_arguments_in_both_languages() {
    let (id, en) = (arguments(Lang::Id), arguments(Lang::En));
    assert!(
        id.values().any(|a| a.contains("ratio")),
        "the scan finds arguments"
    );
    for (key, args) in &id {
        assert_eq!(Some(args), en.get(key), "arguments of {key}");
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
