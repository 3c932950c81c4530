//! What `easyguide i18n update` writes: every guide's message files, brought up to date.
//!
//! Takes the sources and the parsed guides; produces the new text of
//! `locales/<source>/<slug>.ftl` (the source words with their message ids, which keep the
//! ids from one update to the next) and of `locales/<lang>/<slug>.ftl` for every other
//! language. A language file keeps every translation as it was written and in its order;
//! only comments change: the source words above each message, a `stale:` line when the
//! source words changed, an `obsolete:` line when the piece left the guide, and a
//! commented-out `# <id> =` for each piece still to translate.

use std::collections::{BTreeMap, BTreeSet};

use super::MessageFiles;
use super::catalog::{self, Catalog, Item, OBSOLETE, Out, STALE};
use super::messages::{Counts, Piece, Pieces, changed_since, one_line};
use crate::diag::{Diagnostic, Diagnostics};
use crate::document::Guide;
use crate::lang::Lang;
use crate::load::Sources;

/// One file `update` writes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Planned {
    /// Where, relative to the site root (`locales/cy/nhs-app.ftl`).
    pub path: String,
    /// The new text.
    pub text: String,
    /// True when the text differs from the file as it was read (or there is none).
    pub changed: bool,
    /// The language, and the guide.
    pub lang: Lang,
    /// The guide's slug.
    pub slug: String,
    /// For a language file, its pieces after the update; `None` for the source file.
    pub counts: Option<Counts>,
}

/// Plans every message file of every guide. Files with Fluent syntax errors are not
/// rewritten (an error says why), so a typo never costs a translator their work.
pub fn plan(sources: &Sources, guides: &[Guide]) -> (Vec<Planned>, Diagnostics) {
    let mut diagnostics = Diagnostics::new();
    let index = MessageFiles::index(sources);
    diagnostics.extend(index.orphans());
    let source = &sources.config.language;
    let whole: BTreeSet<(&Lang, &str)> =
        guides.iter().map(|g| (&g.lang, g.slug.as_str())).collect();
    let mut planned = Vec::new();
    // A guide whose front matter is unusable keeps its files as they are until it is fixed.
    for guide in guides.iter().filter(|g| &g.lang == source && !g.stand_in) {
        let files = index.guide(&guide.slug);
        diagnostics.extend(files.syntax.iter().cloned());
        let pieces = files.pieces(guide);
        let reference = reference_file(guide, &pieces);
        planned.push(planned_file(sources, source, &guide.slug, reference, None));
        for lang in sources.config.languages.iter().filter(|l| *l != source) {
            if whole.contains(&(lang, guide.slug.as_str())) {
                continue;
            }
            let existing = files.get(lang);
            if let Some((catalog, file)) = existing.filter(|(c, _)| !c.errors.is_empty()) {
                diagnostics.push(not_rewritten(*file, catalog.text, &catalog.errors[0]));
                continue;
            }
            let header = default_header(guide, lang, source);
            let text = language_file(&pieces, existing.map(|(c, _)| c), source, header);
            let (_, how) = files.apply(guide, &pieces, lang, &mut Vec::new());
            let counts = Some(how.counts);
            planned.push(planned_file(sources, lang, &guide.slug, text, counts));
        }
    }
    let (interface, found) = super::ui_update::plan(sources);
    diagnostics.extend(found);
    planned.extend(interface);
    (planned, diagnostics)
}

pub(super) fn planned_file(
    sources: &Sources,
    lang: &Lang,
    slug: &str,
    text: String,
    counts: Option<Counts>,
) -> Planned {
    let path = format!("locales/{lang}/{slug}.ftl");
    let now = sources
        .map
        .id_of(&sources.config.root.join(&path))
        .map(|id| sources.map.get(id).text());
    Planned {
        changed: now != Some(text.as_str()),
        path,
        text,
        lang: lang.clone(),
        slug: slug.to_owned(),
        counts,
    }
}

/// The source language's file: every piece's id and words, in reading order.
fn reference_file(guide: &Guide, pieces: &Pieces) -> String {
    let header = vec![
        format!(
            "The {} words of the guide \"{}\": one message for each piece of text.",
            guide.lang.autonym(),
            guide.slug
        ),
        "`easyguide i18n update` writes this file and keeps each message's id: do not edit it."
            .into(),
        "Translations are in the other folders under locales/, one file per guide.".into(),
    ];
    let mut items = vec![Out::Comment(header)];
    items.extend(
        pieces
            .unique()
            .map(|p| Out::New(Vec::new(), p.id.clone(), p.value.clone())),
    );
    catalog::write(&items)
}

/// A language's file: its translations kept, comments brought up to date; `header` is the
/// header of a new file.
pub(super) fn language_file(
    pieces: &Pieces,
    existing: Option<&Catalog>,
    source: &Lang,
    header: Vec<String>,
) -> String {
    let empty = Catalog {
        text: "",
        items: Vec::new(),
        errors: Vec::new(),
    };
    let existing = existing.unwrap_or(&empty);
    let messages = existing.messages();
    let anchored = anchored_extras(existing, pieces);
    let kept = existing.items.iter().find_map(|item| match item {
        Item::Header(lines) => Some(lines.iter().map(|l| l.to_string()).collect()),
        _ => None,
    });
    let mut items = vec![Out::Comment(kept.unwrap_or(header))];
    items.extend(anchored.get(&None).into_iter().flatten().map(|o| o.out()));
    for piece in pieces.unique() {
        let english = format!("{source}: {}", one_line(&piece.value));
        match messages.get(piece.id.as_str()) {
            Some((message, _)) => {
                let lines = message_comment(message, english, piece, source);
                items.push(Out::Kept(lines, message));
            }
            None => items.push(Out::Comment(vec![english, format!("{} =", piece.id)])),
        }
        let extras = anchored.get(&Some(piece.id.as_str()));
        items.extend(extras.into_iter().flatten().map(|o| o.out()));
    }
    catalog::write(&items)
}

/// An entry of the old file that is not one of the pieces now: an obsolete message or a
/// translator's own comment. It stays after the piece it followed.
enum Extra<'c, 't> {
    Obsolete(&'c fluent_syntax::ast::Message<&'t str>),
    Other(&'c fluent_syntax::ast::Entry<&'t str>),
}

impl<'c> Extra<'c, '_> {
    fn out(&self) -> Out<'c> {
        match self {
            Extra::Obsolete(message) => {
                let mut lines = vec![format!(
                    "{OBSOLETE} this piece is no longer in the guide; delete this message when you no longer need it"
                )];
                // Its old source line stays: it says what the message was a translation of.
                lines.extend(
                    message
                        .comment
                        .iter()
                        .flat_map(|c| &c.content)
                        .filter(|l| catalog::marker(l, OBSOLETE).is_none())
                        .map(|l| l.to_string()),
                );
                Out::Kept(lines, message)
            }
            Extra::Other(entry) => Out::Other(entry),
        }
    }
}

/// Extras by the id of the piece they follow (`None`: before every piece).
fn anchored_extras<'c, 't>(
    existing: &'c Catalog<'t>,
    pieces: &Pieces,
) -> BTreeMap<Option<&'c str>, Vec<Extra<'c, 't>>> {
    let mut out: BTreeMap<Option<&str>, Vec<Extra>> = BTreeMap::new();
    let mut after: Option<&str> = None;
    for item in &existing.items {
        match item {
            Item::Message(m, _) if pieces.has(m.id.name) => after = Some(m.id.name),
            Item::Placeholder(id) if pieces.has(id) => after = Some(id),
            Item::Message(m, _) => out.entry(after).or_default().push(Extra::Obsolete(m)),
            Item::Other(entry) => out.entry(after).or_default().push(Extra::Other(entry)),
            Item::Header(_) | Item::Placeholder(_) => {}
        }
    }
    out
}

/// The comment above a kept message: the source words, a stale line when they changed
/// (the oldest one stays: it says what the translation was made from), the translator's own.
fn message_comment(
    message: &fluent_syntax::ast::Message<&str>,
    english: String,
    piece: &Piece,
    source: &Lang,
) -> Vec<String> {
    let mut lines = vec![english];
    let old_stale = message
        .comment
        .iter()
        .flat_map(|c| &c.content)
        .find(|l| catalog::marker(l, STALE).is_some());
    match (old_stale, changed_since(message, piece, source)) {
        (Some(line), _) => lines.push(line.to_string()),
        (None, Some(was)) => lines.push(format!(
            "{STALE} the words above changed; before, they were: {was}"
        )),
        (None, None) => {}
    }
    lines.extend(own_lines(message, source));
    lines
}

/// A message's comment lines that `update` did not write: the translator's own.
fn own_lines(message: &fluent_syntax::ast::Message<&str>, source: &Lang) -> Vec<String> {
    let source_line = format!("{source}:");
    let managed = |line: &str| {
        let line = line.trim_start();
        [STALE, OBSOLETE, source_line.as_str()]
            .iter()
            .any(|m| line.starts_with(m))
    };
    message
        .comment
        .iter()
        .flat_map(|c| &c.content)
        .filter(|l| !managed(l))
        .map(|l| l.to_string())
        .collect()
}

fn default_header(guide: &Guide, lang: &Lang, source: &Lang) -> Vec<String> {
    vec![
        format!(
            "{}: the guide \"{}\", one message for each piece of text.",
            lang.autonym(),
            guide.slug
        ),
        format!(
            "{} draft, needs review by a fluent speaker",
            catalog::STATUS
        ),
        format!(
            "Write your words after each \"=\". The \"{source}:\" line above a message shows the {} words.",
            source.autonym()
        ),
        "Keep each [words]({ $link1 }) as it is and translate only the words between [ and ]."
            .into(),
        "README.md, section \"Translating\", explains the rest.".into(),
    ]
}

pub(super) fn not_rewritten(
    file: crate::diag::FileId,
    text: &str,
    error: &fluent_syntax::parser::ParserError,
) -> Diagnostic {
    Diagnostic::error(
        "ftl-syntax",
        "this file has a Fluent mistake, so it was not updated",
    )
    .at(file, super::ui::mistake_place(text, error))
    .label(error.kind.to_string())
    .note("updating it would lose the message with the mistake")
    .help(format!(
        "{}; then run `easyguide i18n update` again",
        super::ui::mistake_help(&error.kind)
    ))
}
