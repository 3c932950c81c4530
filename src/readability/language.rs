//! Everything about one language that the checks and measures need, built once and shared
//! between threads: its syllable counter, plain-words list, frequency list, the averages of
//! its running text ([`Norms`]), and a memo of every distinct word already analysed.
//!
//! Takes a primary language subtag and its plain-words list; produces a [`WordInfo`] for
//! each word as written. A word is analysed once per language (syllables, letters, how
//! common it is); later uses are one hash look-up with no allocation.

use std::collections::{BTreeMap, HashMap};
use std::sync::{Arc, LazyLock, Mutex, RwLock};

use unicode_segmentation::UnicodeSegmentation;

use super::frequency::{self, Frequency};
use super::level::Norms;
use super::measures::{self, Script};
use super::plain_words::{self, PlainWords};
use super::syllables::Syllables;

/// What is known about one word as written, whatever sentence it is in.
#[derive(Debug, Clone, PartialEq)]
pub struct WordInfo {
    /// The form lists are matched in (lower case, straight apostrophes).
    pub normal: Arc<str>,
    /// Syllables as prose (0 where they are not counted: no counter, or a script whose
    /// hyphenation patterns break inside syllables).
    pub syllables: usize,
    /// Letters, as user-perceived characters (grapheme clusters) with a letter in them.
    pub letters: usize,
    /// Zipf frequency in the language, when it is among its commonest words.
    pub zipf: Option<f32>,
    /// Starts with a capital letter.
    pub capitalised: bool,
    /// Every letter is a capital (an abbreviation, or shouting).
    pub capitals: bool,
}

impl AsRef<str> for WordInfo {
    fn as_ref(&self) -> &str {
        &self.normal
    }
}

/// A language's data for checking and measuring text.
pub struct Language {
    lang: String,
    syllables: Option<Syllables>,
    words: PlainWords,
    frequency: Option<&'static Frequency>,
    script: Option<Script>,
    norms: Norms,
    memo: RwLock<HashMap<Box<str>, WordInfo>>,
}

impl std::fmt::Debug for Language {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Language")
            .field("lang", &self.lang)
            .field("syllables", &self.syllables)
            .field("frequency", &self.frequency.map(|f| f.lang))
            .field("norms", &self.norms)
            .finish_non_exhaustive()
    }
}

impl Language {
    /// A language (primary subtag) with its plain-words list.
    pub fn new(lang: &str, words: PlainWords) -> Language {
        let syllables = Syllables::for_language(lang);
        let frequency = frequency::list(lang);
        let norms = norms(lang, frequency, syllables.as_ref());
        let script = frequency.map(|f| {
            let sample: String = f.ranked.iter().take(200).map(|(w, _)| *w).collect();
            measures::script(&sample)
        });
        Language {
            lang: lang.to_owned(),
            syllables,
            words,
            frequency,
            script,
            norms,
            memo: RwLock::new(HashMap::new()),
        }
    }

    /// A language with its built-in plain-words list.
    pub fn built_in(lang: &str) -> Language {
        Language::new(lang, PlainWords::built_in(lang))
    }

    /// The primary language subtag.
    pub fn lang(&self) -> &str {
        &self.lang
    }

    /// The plain-words list.
    pub fn plain_words(&self) -> &PlainWords {
        &self.words
    }

    /// The frequency list, when the language has one.
    pub fn frequency(&self) -> Option<&'static Frequency> {
        self.frequency
    }

    /// True when syllables are counted in this language.
    pub fn counts_syllables(&self) -> bool {
        self.syllables.is_some()
    }

    /// The averages of the language's running text, for text in `script`: none when the
    /// language's words are written in another script (a text tagged English but written in
    /// Arabic), as its frequencies then say nothing.
    pub fn norms(&self, script: Script) -> Norms {
        match self.script {
            Some(s) if s != script => Norms::default(),
            _ => self.norms,
        }
    }

    /// What is known about `word` (as written), from the memo when it was seen before.
    pub fn word(&self, word: &str) -> WordInfo {
        let memo = self.memo.read().unwrap_or_else(|e| e.into_inner());
        if let Some(info) = memo.get(word) {
            return info.clone();
        }
        drop(memo);
        let info = self.analyse(word);
        let mut memo = self.memo.write().unwrap_or_else(|e| e.into_inner());
        memo.entry(word.into()).or_insert(info).clone()
    }

    fn analyse(&self, word: &str) -> WordInfo {
        let mut key = String::new();
        WordInfo {
            normal: plain_words::normalise(word).into(),
            syllables: self.syllables_of(word),
            letters: letters(word),
            zipf: self.frequency.and_then(|f| f.zipf(word, &mut key)),
            capitalised: word.chars().next().is_some_and(char::is_uppercase),
            capitals: word.chars().any(char::is_uppercase) && !word.chars().any(char::is_lowercase),
        }
    }

    fn syllables_of(&self, word: &str) -> usize {
        // Syllables mean little in scripts whose measure counts letters (their hyphenation
        // patterns break inside syllables); 0 makes the long-word check count letters there.
        if matches!(
            measures::script(word),
            Script::Arabic | Script::Brahmic | Script::Hebrew
        ) {
            return 0;
        }
        self.syllables.as_ref().map_or(0, |s| s.count(word))
    }
}

/// Letters of a word as a reader sees them: grapheme clusters that hold a letter (a Bengali
/// consonant with its vowel sign is one).
pub fn letters(word: &str) -> usize {
    word.graphemes(true)
        .filter(|g| g.chars().any(char::is_alphabetic))
        .count()
}

/// A language's averages, worked out once per process (they depend on nothing but the
/// language's built-in data).
fn norms(lang: &str, frequency: Option<&Frequency>, syllables: Option<&Syllables>) -> Norms {
    static DONE: LazyLock<Mutex<BTreeMap<String, Norms>>> = LazyLock::new(Default::default);
    let mut done = DONE.lock().unwrap_or_else(|e| e.into_inner());
    *done.entry(lang.to_owned()).or_insert_with(|| {
        let mut norms = Norms::of(frequency, syllables);
        if frequency.is_none() && syllables.is_some() {
            // Without running text to take the average from, English's stands in.
            norms.syllables = english_norms().syllables;
        }
        norms
    })
}

/// English's averages, the scale every language's measure is put on.
pub fn english_norms() -> &'static Norms {
    static ENGLISH: LazyLock<Norms> =
        LazyLock::new(|| Norms::of(frequency::list("en"), Some(&Syllables::English)));
    &ENGLISH
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_are_analysed_once_and_remembered() {
        let en = Language::built_in("en");
        let a = en.word("Hospital");
        assert_eq!((a.syllables, a.letters), (3, 8));
        assert!(a.capitalised && !a.capitals && a.zipf.is_some());
        assert_eq!(&*a.normal, "hospital");
        let b = en.word("Hospital");
        assert!(Arc::ptr_eq(&a.normal, &b.normal));
        assert_eq!(en.memo.read().unwrap().len(), 1);
    }

    #[test]
    fn letters_are_what_a_reader_sees() {
        assert_eq!(letters("আপনার"), 4);
        assert_eq!(letters("phone"), 5);
    }
}
