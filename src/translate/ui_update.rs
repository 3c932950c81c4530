//! What `easyguide i18n update` writes for interface words: `locales/<lang>/ui.ftl`.
//!
//! Takes the sources; produces, for every published language the theme has no interface
//! words for (and every language whose site file already exists), the file with each English
//! interface message the language still lacks as a commented-out `# <id> =` under its
//! `# en:` line, exactly like a guide's message file, and the site's own `site-title` and
//! `site-description` first. Kept messages get their `# en:` line brought up to date and a
//! `# stale:` line when the English changed since, so interface files are tracked like guide
//! files.

use std::collections::BTreeSet;

use super::catalog::{self, Catalog};
use super::messages::{Piece, Pieces, value_source};
use super::ui::{SITE_PREFIX, UI_FILE};
use super::update::{Planned, language_file, not_rewritten, planned_file};
use crate::diag::Diagnostics;
use crate::lang::Lang;
use crate::load::{LocaleFile, Sources};

/// Plans every language's interface file.
pub fn plan(sources: &Sources) -> (Vec<Planned>, Diagnostics) {
    let mut diagnostics = Diagnostics::new();
    let english = Lang::parse("en").expect("valid tag");
    let reference = reference(sources, &english);
    let (ui, _) = super::interface(sources);
    let mut planned = Vec::new();
    for lang in sources.config.languages.iter().filter(|l| **l != english) {
        let site_file = ui_file(&sources.locales, lang);
        let theme_ids = ids(sources, ui_file(&sources.theme.locales, lang));
        if site_file.is_none() && !theme_ids.is_empty() {
            continue;
        }
        let text = site_file.map(|f| sources.map.get(f.file).text());
        let existing = text.map(Catalog::read);
        if let (Some(catalog), Some(file)) = (&existing, site_file)
            && let Some(error) = catalog.errors.first()
        {
            diagnostics.push(not_rewritten(file.file, catalog.text, error));
            continue;
        }
        let own: BTreeSet<&str> = existing
            .iter()
            .flat_map(|c| c.messages().into_keys())
            .collect();
        let list = reference
            .iter()
            .filter(|p| !theme_ids.contains(p.id.as_str()) || own.contains(p.id.as_str()))
            .cloned()
            .collect();
        let pieces = Pieces {
            list,
            gone: Vec::new(),
        };
        let text = language_file(&pieces, existing.as_ref(), &english, header(lang));
        let counts = Some(ui.counts(lang));
        planned.push(planned_file(sources, lang, UI_FILE, text, counts));
    }
    (planned, diagnostics)
}

/// The English interface messages in the theme's order (a site's `locales/en/ui.ftl`
/// overrides their words and may add its own), after the site's own two.
fn reference(sources: &Sources, english: &Lang) -> Vec<Piece> {
    let config = &sources.config;
    let mut list = vec![piece("site-title", &escape(&config.title))];
    if let Some(description) = &config.description {
        list.push(piece("site-description", &escape(description)));
    }
    if let Some(help) = &config.help {
        list.push(piece(super::help::MESSAGE, &escape(help.text.trim())));
    }
    let layers = [&sources.theme.locales, &sources.locales];
    for file in layers.into_iter().filter_map(|l| ui_file(l, english)) {
        let catalog = Catalog::read(sources.map.get(file.file).text());
        for item in &catalog.items {
            let catalog::Item::Message(m, _) = item else {
                continue;
            };
            if m.id.name.starts_with(SITE_PREFIX) || m.value.is_none() {
                continue;
            }
            let value = value_source(m);
            match list.iter_mut().find(|p| p.id == m.id.name) {
                Some(known) => known.value = value,
                None => list.push(piece(m.id.name, &value)),
            }
        }
    }
    list
}

fn piece(id: &str, value: &str) -> Piece {
    Piece {
        id: id.to_owned(),
        value: value.to_owned(),
        was: None,
    }
}

/// Words from `site.toml` as a Fluent value: braces written as Fluent string literals.
fn escape(words: &str) -> String {
    words
        .chars()
        .map(|c| match c {
            '{' => "{ \"{\" }".to_owned(),
            '}' => "{ \"}\" }".to_owned(),
            c => c.to_string(),
        })
        .collect()
}

fn ui_file<'l>(files: &'l [LocaleFile], lang: &Lang) -> Option<&'l LocaleFile> {
    files.iter().find(|l| &l.lang == lang && l.name == UI_FILE)
}

/// The message ids of an interface file.
fn ids<'s>(sources: &'s Sources, file: Option<&LocaleFile>) -> BTreeSet<&'s str> {
    file.map(|f| Catalog::read(sources.map.get(f.file).text()))
        .map(|c| c.messages().into_keys().collect())
        .unwrap_or_default()
}

fn header(lang: &Lang) -> Vec<String> {
    vec![
        format!(
            "{}: the interface words of every page (buttons, labels, notes) and the site's name.",
            lang.autonym()
        ),
        format!(
            "{} draft, needs review by a fluent speaker",
            catalog::STATUS
        ),
        "To translate a message, delete the \"# \" before its name and write your words after \"=\"."
            .into(),
        "The \"en:\" line above a message shows the English words. Keep every { $word } in braces as it is."
            .into(),
        format!(
            "A message meant to stay the same as the English needs a \"# {}\" line above it.",
            catalog::SAME
        ),
        "README.md, section \"Translating\", explains the rest.".into(),
    ]
}
