//! Thresholds: the easy-read profile (the default) and the NHS-standard profile, and the
//! target each language's headline measure is held to.

use super::measures::Method;

/// The thresholds checks are held to.
#[derive(Debug, Clone, PartialEq)]
pub struct Profile {
    /// `easy-read` or `nhs`.
    pub name: &'static str,
    /// Longest sentence, in words.
    pub max_words_per_sentence: usize,
    /// Most sentences in one paragraph.
    pub max_sentences_per_paragraph: usize,
    /// Highest UK reading age for English guides.
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

    /// The target for a method's headline measure (see [`Method::headline`]).
    ///
    /// Flesch-style scales (Fernández-Huerta, Kandel-Moles, Amstad, Flesch-Douma) call
    /// 80 and above "easy" and 60-70 "standard"; Gulpease calls 80 and above easy for
    /// readers with primary schooling and 60 easy for secondary; Pisarek's value is close to
    /// years of schooling; LIX calls below 30-35 easy (children's and simple texts).
    pub fn target(&self, method: Method) -> f64 {
        let easy = self.name == "easy-read";
        match method {
            Method::English => self.max_reading_age,
            Method::Spanish | Method::French | Method::German | Method::Dutch => {
                if easy {
                    80.0
                } else {
                    65.0
                }
            }
            Method::Italian => {
                if easy {
                    80.0
                } else {
                    60.0
                }
            }
            Method::Polish => {
                if easy {
                    6.0
                } else {
                    9.0
                }
            }
            Method::Lix => {
                if easy {
                    35.0
                } else {
                    40.0
                }
            }
            Method::Lengths => self.max_words_per_sentence as f64,
            Method::Characters => {
                if easy {
                    25.0
                } else {
                    35.0
                }
            }
        }
    }
}
