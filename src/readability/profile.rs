//! Thresholds: the easy-read profile (the default) and the NHS-standard profile, and the
//! target each language's headline measure is held to.

use super::measures::Method;

/// Languages whose reading age is less certain, the years the target allows for it, and
/// why. On this repository's guides, the same easy-read guide measures up to this much
/// above its English source in these languages, and no more in the others.
pub const LESS_CERTAIN: &[(&str, f64, &str)] = &[
    (
        "cy",
        1.0,
        "Welsh has no frequency list: its reading age comes from sentence and word length alone",
    ),
    (
        "ur",
        1.0,
        "Urdu's frequency list is small (wordfreq has 23,000 Urdu words, from fewer sources), so more everyday words count as rare",
    ),
];

/// The thresholds checks are held to.
#[derive(Debug, Clone, PartialEq)]
pub struct Profile {
    /// `easy-read` or `nhs`.
    pub name: &'static str,
    /// Longest sentence, in words.
    pub max_words_per_sentence: usize,
    /// Most sentences in one paragraph.
    pub max_sentences_per_paragraph: usize,
    /// Highest UK reading age, in every language with spaces between words.
    pub max_reading_age: f64,
    /// Report sentences that join several ideas (English).
    pub one_idea: bool,
    /// A sentence has too many long words at this many...
    pub long_words: usize,
    /// ...or at this many when they are also more than this share of its words.
    pub long_words_some: (usize, f64),
}

impl Profile {
    /// Easy read: at most 15 words a sentence, one idea per sentence, reading age 9.
    pub fn easy_read() -> Profile {
        Profile {
            name: "easy-read",
            max_words_per_sentence: 15,
            max_sentences_per_paragraph: 3,
            max_reading_age: 9.0,
            one_idea: true,
            long_words: 3,
            long_words_some: (2, 0.3),
        }
    }

    /// NHS standard: reading age 9 to 11, at most 20 words a sentence, 3 sentences a paragraph.
    pub fn nhs() -> Profile {
        Profile {
            name: "nhs",
            max_words_per_sentence: 20,
            max_sentences_per_paragraph: 3,
            max_reading_age: 11.0,
            one_idea: false,
            long_words: 4,
            long_words_some: (3, 0.4),
        }
    }

    /// The profile with this name.
    pub fn named(name: &str) -> Option<Profile> {
        match name {
            "easy-read" => Some(Profile::easy_read()),
            "nhs" => Some(Profile::nhs()),
            _ => None,
        }
    }

    /// The names profiles may have, for messages.
    pub const NAMES: &'static [&'static str] = &["easy-read", "nhs"];

    /// The target for a method's headline measure (see [`Method::headline`]): the highest
    /// reading age wherever words are separated by spaces; LIX-like characters per sentence
    /// for scripts without spaces (below 25 is easy for Chinese and Japanese readers).
    /// In a few languages the measure is less certain, and the target allows for it (see
    /// [`LESS_CERTAIN`]).
    pub fn target(&self, method: Method, primary: &str) -> f64 {
        let allowance = LESS_CERTAIN
            .iter()
            .find(|(l, _, _)| *l == primary)
            .map_or(0.0, |(_, years, _)| *years);
        match method {
            Method::Characters if self.name == "easy-read" => 25.0,
            Method::Characters => 35.0,
            _ => self.max_reading_age + allowance,
        }
    }
}
