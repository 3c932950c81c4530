//! How each guide reads in each language: takes a language, a guide and the seed; decides
//! whether the guide is translated as a whole (`index.<lang>.md`) or message by message
//! (`locales/<lang>/<slug>.ftl`, a few pieces still untranslated), and gives the words a
//! reader sees. easyguide's files and the Hugo and Zola pages are made from the same
//! decisions, so every tool publishes the same words.

use super::lang::Language;
use super::model::{Inline, Piece, Words, key};
use super::rng::{Rng, hash};

/// Share of guides translated as a whole, per language, in percent.
const WHOLE_PERCENT: usize = 20;
/// Share of a message file's pieces left untranslated, in percent.
const MISSING_PERCENT: u64 = 8;

/// How a guide is published in a language.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum How {
    /// The source language.
    Source,
    /// A whole-guide translation.
    Whole,
    /// A message file, with some pieces still in the source language.
    Messages,
}

/// One guide in one language.
pub struct Tongue<'l> {
    pub lang: &'l Language,
    pub how: How,
}

impl<'l> Tongue<'l> {
    /// The decision for guide `slug` in `lang` (`source`: the corpus's first language).
    pub fn new(seed: u64, lang: &'l Language, source: bool, slug: &str) -> Tongue<'l> {
        let how = if source {
            How::Source
        } else if Rng::new(seed, &format!("whole/{}/{slug}", lang.code), 0).chance(WHOLE_PERCENT) {
            How::Whole
        } else {
            How::Messages
        };
        Tongue { lang, how }
    }

    fn translated(&self, key: &str) -> bool {
        match self.how {
            How::Source => false,
            How::Whole => true,
            How::Messages => !missing(self.lang.code, key),
        }
    }
}

/// Whether a message file leaves the piece `key` untranslated: the same answer for the
/// message file and for the pages of the other tools.
pub fn missing(lang: &str, key: &str) -> bool {
    hash(&format!("{lang}\n{key}")) % 100 < MISSING_PERCENT
}

impl Words for Tongue<'_> {
    fn text(&self, english: &str) -> String {
        if self.translated(english) {
            self.lang.translate(english)
        } else {
            english.to_owned()
        }
    }

    fn piece(&self, english: &Piece) -> Piece {
        if !self.translated(&key(english)) {
            return english.clone();
        }
        let tr = |s: &str| self.lang.translate(s);
        english
            .iter()
            .map(|part| match part {
                Inline::Text(t) => Inline::Text(tr(t)),
                Inline::Bold(t) => Inline::Bold(tr(t)),
                Inline::Code(t) => Inline::Code(t.clone()),
                Inline::Link { words, to } => Inline::Link {
                    words: tr(words),
                    to: to.clone(),
                },
            })
            .collect()
    }
}
