//! The reader's text, in Indonesian and English, from `locales/<lang>/main.ftl`.
//!
//! No sentence of prose lives in Rust source. Fluent is used for its plain-text format,
//! its arguments and its English plurals; numbers are formatted before they are passed in
//! (see [`crate::model::numfmt`]) so Indonesian keeps its decimal comma.

use std::borrow::Cow;
use std::collections::HashMap;

use fluent_bundle::{FluentArgs, FluentBundle, FluentResource, FluentValue};

use crate::model::lang::Lang;
use crate::model::prose::{self, Block};

/// The source text of each language, compiled into the binary.
pub fn source(lang: Lang) -> &'static str {
    match lang {
        Lang::Id => include_str!("../locales/id/main.ftl"),
        Lang::En => include_str!("../locales/en/main.ftl"),
    }
}

/// One language's messages, ready to format.
pub struct Texts {
    bundle: FluentBundle<FluentResource>,
}

impl Texts {
    /// Load a language. A syntax error in a locale file is caught by the native tests;
    /// here the good messages are kept, so one typo never blanks the whole page.
    pub fn load(lang: Lang) -> Texts {
        let resource = FluentResource::try_new(source(lang).to_string()).unwrap_or_else(|(r, _)| r);
        let id: unic_langid::LanguageIdentifier = lang.code().parse().unwrap_or_default();
        let mut bundle = FluentBundle::new(vec![id]);
        // NOTE: Unicode isolation marks around arguments would end up inside attributes
        // and copied links; our arguments are numbers and ASCII keys, so they are not needed.
        bundle.set_use_isolating(false);
        // Both files are loaded from the same source, so ids cannot clash.
        let _ = bundle.add_resource(resource);
        Texts { bundle }
    }

    /// Whether `key` exists.
    pub fn has(&self, key: &str) -> bool {
        self.bundle.has_message(key)
    }

    /// The text of `key`; a missing key shows as itself, which a test forbids.
    pub fn get(&self, key: &str) -> String {
        self.format(key, None)
    }

    /// The text of `key` with named arguments, each already formatted for this language.
    pub fn get_args(&self, key: &str, args: &[(&str, String)]) -> String {
        let mut fargs = FluentArgs::new();
        for (name, value) in args {
            fargs.set(*name, FluentValue::from(value.clone()));
        }
        self.format(key, Some(&fargs))
    }

    fn format(&self, key: &str, args: Option<&FluentArgs>) -> String {
        let Some(pattern) = self.bundle.get_message(key).and_then(|m| m.value()) else {
            return key.to_string();
        };
        let mut errors = Vec::new();
        let text: Cow<str> = self.bundle.format_pattern(pattern, args, &mut errors);
        text.into_owned()
    }

    /// The numbered prose blocks `<prefix>-1`, `<prefix>-2`, … until the first gap.
    pub fn prose(&self, prefix: &str) -> Vec<Block> {
        (1..)
            .map(|i| format!("{prefix}-{i}"))
            .take_while(|key| self.has(key))
            .map(|key| prose::block(&self.get(&key)))
            .collect()
    }
}

/// Every message id of a language's source, for the completeness tests.
pub fn message_ids(lang: Lang) -> Result<Vec<String>, String> {
    let resource = FluentResource::try_new(source(lang).to_string())
        .map_err(|(_, errors)| format!("{}: {errors:?}", lang.code()))?;
    let mut counts: HashMap<String, usize> = HashMap::new();
    let ids: Vec<String> = resource
        .entries()
        .filter_map(|entry| match entry {
            fluent_syntax::ast::Entry::Message(m) => Some(m.id.name.to_string()),
            _ => None,
        })
        .collect();
    for id in &ids {
        *counts.entry(id.clone()).or_default() += 1;
    }
    match counts.into_iter().find(|(_, n)| *n > 1) {
        Some((dup, _)) => Err(format!("{}: {dup} is defined twice", lang.code())),
        None => Ok(ids),
    }
}
