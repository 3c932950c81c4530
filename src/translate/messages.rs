//! A guide through its message files: which message id each piece has, and the guide in
//! another language made from a message file, piece by piece.
//!
//! Takes a source guide, the source language's message file (the ids and words recorded by
//! the last `easyguide i18n update`) and a language's message file; produces the translated
//! guide, with every piece that has no usable translation kept in the source language (and
//! marked with it), plus what was found: translated, stale, missing, obsolete.

use std::collections::BTreeSet;

use fluent_syntax::ast::{Entry, Message, Resource};
use fluent_syntax::{parser, serializer};
use serde::Serialize;

use super::catalog::{self, Catalog, Item};
use super::ids::{self, Assigned};
use super::pattern::{self, Problem};
use crate::diag::{Diagnostic, FileId};
use crate::document::{Guide, Text};
use crate::lang::Lang;

/// One translatable piece of a guide and its message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Piece {
    /// The message id.
    pub id: String,
    /// The Fluent source of the message value in the source language.
    pub value: String,
    /// The value recorded last time, when the source words changed since.
    pub was: Option<String>,
}

/// A guide's pieces, in the order of [`Guide::texts`].
#[derive(Debug, Clone, Default)]
pub struct Pieces {
    /// One per text of the guide.
    pub list: Vec<Piece>,
    /// Ids recorded last time whose piece is gone from the guide.
    pub gone: Vec<String>,
}

impl Pieces {
    /// Gives every piece of `guide` its id, keeping the ids of the `reference` file (the
    /// source language's message file) and never reusing one of `taken`.
    pub fn of(guide: &Guide, reference: Option<&Catalog>, taken: &BTreeSet<String>) -> Pieces {
        let previous: Vec<(String, String)> = reference
            .map(|r| {
                r.items
                    .iter()
                    .filter_map(|item| match item {
                        Item::Message(m, _) => Some((m.id.name.to_owned(), value_source(m))),
                        _ => None,
                    })
                    .collect()
            })
            .unwrap_or_default();
        let current: Vec<String> = guide
            .texts()
            .iter()
            .map(|t| canonical(&pattern::source_form(t)))
            .collect();
        let (assigned, mut gone) = ids::assign(&previous, &current, taken);
        let mut list: Vec<Piece> = assigned
            .into_iter()
            .zip(current)
            .map(|(Assigned { id, was }, value)| Piece { id, value, was })
            .collect();
        share_repeated(&mut list, &mut gone);
        Pieces { list, gone }
    }

    /// Each message once, in reading order: a piece repeated in the guide shares the first
    /// one's message.
    pub fn unique(&self) -> impl Iterator<Item = &Piece> {
        let mut seen = BTreeSet::new();
        self.list.iter().filter(move |p| seen.insert(p.id.as_str()))
    }

    /// True when `id` is one of the guide's pieces now.
    pub fn has(&self, id: &str) -> bool {
        self.list.iter().any(|p| p.id == id)
    }
}

/// Gives every repetition of the same words (a "Tap **Next**." in two steps) the id of
/// their first piece, so a translator translates them once; an id that only a repetition
/// had is gone.
fn share_repeated(list: &mut [Piece], gone: &mut Vec<String>) {
    let mut first: std::collections::BTreeMap<String, (String, Option<String>)> =
        std::collections::BTreeMap::new();
    let mut dropped = Vec::new();
    for piece in list.iter_mut() {
        match first.get(&piece.value) {
            Some((id, was)) => {
                let old = std::mem::replace(&mut piece.id, id.clone());
                piece.was = was.clone();
                dropped.push(old);
            }
            None => {
                first.insert(piece.value.clone(), (piece.id.clone(), piece.was.clone()));
            }
        }
    }
    for id in dropped {
        if !list.iter().any(|p| p.id == id) && !gone.contains(&id) {
            gone.push(id);
        }
    }
}

/// The Fluent source of a message's value, in the layout fluent-syntax writes it (a
/// multi-line value without its indentation).
pub fn value_source(message: &Message<&str>) -> String {
    let mut bare = message.clone();
    bare.comment = None;
    bare.attributes.clear();
    let text = serializer::serialize(&Resource {
        body: vec![Entry::Message(bare)],
    });
    let rest = text.split_once(" =").map_or("", |(_, rest)| rest);
    match rest.strip_prefix(' ') {
        Some(inline) => inline.trim_end_matches('\n').to_owned(),
        None => rest
            .lines()
            .skip(1)
            .map(|l| l.strip_prefix("    ").unwrap_or(l))
            .collect::<Vec<_>>()
            .join("\n"),
    }
}

/// A value's source as fluent-syntax would write it back.
fn canonical(value: &str) -> String {
    let source = format!("x = {}\n", value.replace('\n', "\n    "));
    match parser::parse(source.as_str()) {
        Ok(resource) => match resource.body.first() {
            Some(Entry::Message(m)) => value_source(m),
            _ => value.to_owned(),
        },
        Err(_) => value.to_owned(),
    }
}

/// How much of a guide (or the interface) a language has.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct Counts {
    /// Translated, and the source has not changed since.
    pub translated: usize,
    /// Translated, but the source words changed since: the translation is still shown.
    pub stale: usize,
    /// Not translated (or not usable): readers see the source words.
    pub missing: usize,
    /// Messages whose piece is no longer in the source.
    pub obsolete: usize,
}

impl Counts {
    /// Every piece the source has now.
    pub fn total(&self) -> usize {
        self.translated + self.stale + self.missing
    }

    /// Up-to-date translations as a whole percentage of the pieces (100 for nothing to do).
    pub fn percent(&self) -> usize {
        match self.total() {
            0 => 100,
            total => self.translated * 100 / total,
        }
    }
}

/// A language's message file for a guide, with where it is for diagnostics.
pub struct Translation<'c, 't> {
    /// The file, read.
    pub catalog: &'c Catalog<'t>,
    /// Its id in the source map.
    pub file: FileId,
}

/// A guide's words in another language: each piece from `translation` when it has a usable
/// message, by piece number (see [`crate::document::Text::piece`]); `None` for the others,
/// which the page shows in the source language. Only the translated pieces are new values:
/// everything else is the source guide's, shared.
pub fn apply(
    original: &Guide,
    pieces: &Pieces,
    translation: Option<&Translation>,
    diagnostics: &mut Vec<Diagnostic>,
) -> (Vec<Option<Text>>, Counts) {
    let messages = translation
        .map(|t| t.catalog.messages())
        .unwrap_or_default();
    let mut counts = Counts::default();
    let texts = original.texts();
    let mut words: Vec<Option<Text>> = vec![None; texts.len() + 1];
    let mut counted = BTreeSet::new();
    for (text, piece) in texts.iter().zip(&pieces.list) {
        // A repeated piece shares its message: it is counted once.
        let first = counted.insert(piece.id.as_str());
        let Some((message, offset)) = messages.get(piece.id.as_str()) else {
            counts.missing += usize::from(first);
            continue;
        };
        let translation = translation.expect("found in it");
        let result = message
            .value
            .as_ref()
            .ok_or(Problem::Empty)
            .and_then(|p| pattern::translate(p, text));
        match result {
            Ok(inlines) => {
                let span = catalog::value_range(translation.catalog.text, *offset);
                if first && let Some(tag) = message.value.as_ref().and_then(pattern::typed_html) {
                    diagnostics.push(typed_html(translation.file, span.clone(), &tag));
                }
                // The words now come from the message file: point there, so checks of the
                // translation name the translator's file and line.
                words[text.piece as usize] = Some(Text {
                    inlines,
                    span,
                    file: Some(translation.file),
                    piece: text.piece,
                });
                let stale = changed_since(message, piece, &original.lang).is_some()
                    || is_marked_stale(message);
                match (first, stale) {
                    (false, _) => {}
                    (true, true) => counts.stale += 1,
                    (true, false) => counts.translated += 1,
                }
            }
            Err(problem) => {
                if first {
                    diagnostics.push(bad_translation(
                        translation.file,
                        *offset,
                        &piece.id,
                        &problem,
                    ));
                }
                counts.missing += usize::from(first);
            }
        }
    }
    counts.obsolete = messages.keys().filter(|id| !pieces.has(id)).count();
    if words.iter().all(Option::is_none) {
        words.clear();
    }
    (words, counts)
}

/// The source words a translation was made from, as its own file records them: the
/// `# <source>: …` line above the message that `i18n update` wrote when it last updated
/// that file.
pub fn recorded_source<'m>(message: &'m Message<&str>, source: &Lang) -> Option<&'m str> {
    let name = format!("{source}:");
    message
        .comment
        .iter()
        .flat_map(|c| &c.content)
        .find_map(|l| catalog::marker(l, &name))
}

/// The source words this translation was made from, when they differ from the piece's
/// words now. Each language's file is its own record, so a file `update` could not rewrite
/// (or a language updated less often) still knows what it was translated from; the source
/// language's file only decides for a message that records nothing.
pub fn changed_since(message: &Message<&str>, piece: &Piece, source: &Lang) -> Option<String> {
    match recorded_source(message, source) {
        Some(recorded) => (recorded != one_line(&piece.value).trim()).then(|| recorded.to_owned()),
        None => piece.was.as_deref().map(one_line),
    }
}

/// A value on one comment line.
pub fn one_line(value: &str) -> String {
    value.replace('\n', " ")
}

/// True when the message's comment has a `stale:` line.
pub fn is_marked_stale(message: &Message<&str>) -> bool {
    message
        .comment
        .iter()
        .flat_map(|c| &c.content)
        .any(|l| catalog::marker(l, catalog::STALE).is_some())
}

fn typed_html(file: FileId, span: std::ops::Range<usize>, tag: &str) -> Diagnostic {
    Diagnostic::warning(
        "translation-html",
        format!("`{tag}` in a translation is shown on the page as typed"),
    )
    .at(file, span)
    .label("this message")
    .note("guides are written in Markdown: HTML a translator types is never made into markup, so it cannot break or endanger the page")
    .help("for bold words write **words**; for a link keep [words]({ $link1 }) as in the source; leave other HTML out")
}

fn bad_translation(file: FileId, offset: usize, id: &str, problem: &Problem) -> Diagnostic {
    Diagnostic::warning("bad-translation", problem.message())
        .at(file, offset..offset + id.len())
        .label("this message")
        .note("readers see this piece in the guide's own language until it is fixed")
        .help("compare with the source words in the comment above the message: keep each link as [words]({ $link1 }), with the same numbers")
}
