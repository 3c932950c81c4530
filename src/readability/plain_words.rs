//! Plain-words lists: words and phrases with a plainer alternative, number words easy read
//! writes as digits, and abbreviations readers already know.
//!
//! Each language's list is `locales/<lang>/plain-words.toml`. easyguide has its own lists
//! built in (this repository's files); a site's file adds to them and overrides entries with
//! the same words. Matching is by whole words, ignoring case, and also finds the common
//! endings of the last word ("utilise" finds "utilised", "utilises", "utilising").

use std::collections::{BTreeMap, BTreeSet, HashMap};

use serde::Deserialize;

/// The built-in lists, by primary language subtag.
const BUILT_IN: &[(&str, &str)] = &[
    ("en", include_str!("../../locales/en/plain-words.toml")),
    ("cy", include_str!("../../locales/cy/plain-words.toml")),
    ("pl", include_str!("../../locales/pl/plain-words.toml")),
    ("ro", include_str!("../../locales/ro/plain-words.toml")),
    ("ar", include_str!("../../locales/ar/plain-words.toml")),
    ("ur", include_str!("../../locales/ur/plain-words.toml")),
    ("bn", include_str!("../../locales/bn/plain-words.toml")),
];

/// A `plain-words.toml` file as written.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawList {
    /// Abbreviations most readers know, which need no explanation ("NHS", "GP").
    #[serde(default)]
    pub known: Vec<String>,
    /// A word or phrase and its plainer alternative.
    #[serde(default)]
    pub words: BTreeMap<String, String>,
    /// A number word and its digits.
    #[serde(default)]
    pub numbers: BTreeMap<String, String>,
}

/// What kind of entry matched.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EntryKind {
    /// A word with a plainer alternative.
    Plain,
    /// A number written as a word.
    Number,
}

/// One entry of a list.
#[derive(Debug, Clone, PartialEq)]
pub struct Entry {
    /// The word or phrase as listed.
    pub phrase: String,
    /// The plainer words (or the digits).
    pub plainer: String,
    /// Plain word or number.
    pub kind: EntryKind,
    words: Vec<String>,
    /// The forms of the last word that match (see [`forms`]), made once.
    last_forms: Vec<String>,
}

/// A language's lists, ready for matching.
#[derive(Debug, Clone, Default)]
pub struct PlainWords {
    entries: Vec<Entry>,
    by_first: HashMap<String, Vec<usize>>,
    /// Abbreviations readers know, in upper case as written.
    pub known: BTreeSet<String>,
}

/// A match: the first word's index, how many words, and the entry.
#[derive(Debug, Clone, PartialEq)]
pub struct Match<'a> {
    /// Index of the first matched word.
    pub start: usize,
    /// Number of words matched.
    pub len: usize,
    /// The entry.
    pub entry: &'a Entry,
}

impl PlainWords {
    /// The built-in list for a language (empty when there is none).
    pub fn built_in(primary: &str) -> PlainWords {
        let mut out = PlainWords::default();
        if let Some((_, text)) = BUILT_IN.iter().find(|(l, _)| *l == primary) {
            // The built-in files are checked by a test, so they always parse.
            if let Ok(raw) = toml::from_str::<RawList>(text) {
                out.add(raw);
            }
        }
        // Abbreviations are names (NHS, UK, PIN) that stay as written in every language, so
        // the rule is the same in all of them: a translation is never warned about one that
        // the language it was translated from knows.
        for (_, text) in BUILT_IN {
            if let Ok(raw) = toml::from_str::<RawList>(text) {
                out.known.extend(raw.known);
            }
        }
        out
    }

    /// Adds a list; entries for the same words replace earlier ones.
    pub fn add(&mut self, raw: RawList) {
        self.known.extend(raw.known);
        let plain = raw.words.into_iter().map(|e| (e, EntryKind::Plain));
        let numbers = raw.numbers.into_iter().map(|e| (e, EntryKind::Number));
        for ((phrase, plainer), kind) in plain.chain(numbers) {
            let words: Vec<String> = phrase.split_whitespace().map(normalise).collect();
            if words.is_empty() {
                continue;
            }
            if let Some(old) = self.entries.iter_mut().find(|e| e.words == words) {
                old.plainer = plainer;
                old.kind = kind;
                continue;
            }
            let last_forms = forms(&words[words.len() - 1]);
            self.entries.push(Entry {
                phrase,
                plainer,
                kind,
                words,
                last_forms,
            });
        }
        self.reindex();
    }

    fn reindex(&mut self) {
        self.by_first.clear();
        for (i, entry) in self.entries.iter().enumerate() {
            let firsts = if entry.words.len() == 1 {
                entry.last_forms.clone()
            } else {
                vec![entry.words[0].clone()]
            };
            for first in firsts {
                self.by_first.entry(first).or_default().push(i);
            }
        }
    }

    /// How many entries the list has.
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    /// True when the list is empty.
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// Every entry found in `words` (already lower case), longest first at each position,
    /// never overlapping.
    pub fn find<'a, S: AsRef<str>>(&'a self, words: &[S]) -> Vec<Match<'a>> {
        let mut out = Vec::new();
        let mut i = 0;
        while i < words.len() {
            let best = self
                .by_first
                .get(words[i].as_ref())
                .into_iter()
                .flatten()
                .map(|&e| &self.entries[e])
                .filter(|e| matches_at(e, words, i))
                .max_by_key(|e| e.words.len());
            match best {
                Some(entry) => {
                    out.push(Match {
                        start: i,
                        len: entry.words.len(),
                        entry,
                    });
                    i += entry.words.len();
                }
                None => i += 1,
            }
        }
        out
    }
}

fn matches_at<S: AsRef<str>>(entry: &Entry, words: &[S], at: usize) -> bool {
    let n = entry.words.len();
    if at + n > words.len() {
        return false;
    }
    if n == 1 {
        return true;
    }
    let last = n - 1;
    let same = entry.words[..last]
        .iter()
        .zip(&words[at..at + last])
        .all(|(e, w)| e == w.as_ref());
    same && entry
        .last_forms
        .iter()
        .any(|f| f == words[at + last].as_ref())
}

/// A word in the form lists and texts are compared in: lower case, straight apostrophes.
pub fn normalise(word: &str) -> String {
    word.to_lowercase().replace('’', "'")
}

/// A word and its regular inflections (plural, past, -ing), for matching.
fn forms(word: &str) -> Vec<String> {
    let mut out = vec![word.to_owned()];
    if !word.chars().all(|c| c.is_ascii_alphabetic()) || word.len() < 3 {
        return out;
    }
    for suffix in ["s", "es", "ed", "ing", "d"] {
        out.push(format!("{word}{suffix}"));
    }
    if let Some(stem) = word.strip_suffix('e') {
        out.push(format!("{stem}ing"));
    }
    if let Some(stem) = word.strip_suffix('y') {
        out.push(format!("{stem}ies"));
        out.push(format!("{stem}ied"));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> Vec<String> {
        text.split_whitespace().map(normalise).collect()
    }

    #[test]
    fn built_in_lists_parse_and_english_is_long() {
        for (lang, text) in BUILT_IN {
            let raw: Result<RawList, _> = toml::from_str(text);
            assert!(raw.is_ok(), "{lang}: {raw:?}");
        }
        let en = PlainWords::built_in("en");
        let plain = en
            .entries
            .iter()
            .filter(|e| e.kind == EntryKind::Plain)
            .count();
        assert!(plain >= 200, "{plain} English entries");
    }

    #[test]
    fn finds_words_phrases_and_inflections() {
        let en = PlainWords::built_in("en");
        let found = en.find(&words("we utilised it in order to help"));
        let phrases: Vec<&str> = found.iter().map(|m| m.entry.phrase.as_str()).collect();
        assert_eq!(phrases, ["utilise", "in order to"]);
        assert_eq!(found[0].entry.plainer, "use");
        assert_eq!((found[1].start, found[1].len), (3, 3));
    }

    #[test]
    fn site_lists_override_built_in_entries() {
        let mut en = PlainWords::built_in("en");
        en.add(toml::from_str("[words]\nutilise = \"make use of\"\n").unwrap());
        assert_eq!(en.find(&words("utilise"))[0].entry.plainer, "make use of");
    }
}
