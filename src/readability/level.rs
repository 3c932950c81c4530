//! The headline reading level: a UK reading age, and a band from 1 (very easy) to 5 (very
//! hard), for text in any language with spaces between words.
//!
//! Takes a text's [`Counts`] and its language's [`Norms`]; produces a [`Level`]. It is the
//! mean of two grades, each a classic formula with its published weights:
//!
//! - **vocabulary** (Dale & Chall 1948): the share of unfamiliar words and the sentence
//!   length. A word's unfamiliarity comes from how common it is in the language (wordfreq):
//!   0 at a Zipf frequency of 5 or more (the few hundred commonest words), 1 at 3 or less
//!   (met less than once in a million words) or not in the list, in proportion between, so
//!   that Zipf 4.5 (about the 3,000th word in every language wordfreq has, where Dale and
//!   Chall's 3,000 familiar words end) counts as a quarter. The raw score is turned into a
//!   grade with Dale and Chall's own table (raw 5 is grade 5-6, each point two grades more);
//! - **length** (Kincaid et al. 1975): sentence length and word length, where word length is
//!   the mean of syllables per word (where hyphenation patterns count them) and letters per
//!   word (grapheme clusters), each put on English's scale.
//!
//! Languages differ in how long their words are and how spread their word forms are (Polish
//! and Arabic inflect, so each form is rarer). So that the English weights mean the same in
//! every language, each word measure is divided by the same measure of the language's running
//! text, estimated from its frequency list alone (unlabelled data), and multiplied by
//! English's. Nothing is fitted to levelled texts. A language without a frequency list (Welsh,
//! Somali) gets the length grade alone, and says so ([`Basis::Length`]).

use serde::Serialize;

use super::frequency::Frequency;
use super::measures::{self, Counts, Script};
use super::syllables::Syllables;

/// At or above this Zipf frequency a word is familiar.
pub const FAMILIAR_ZIPF: f64 = 5.0;
/// At or below this Zipf frequency (or not in the list) a word is unfamiliar.
pub const UNFAMILIAR_ZIPF: f64 = 3.0;
/// Below this Zipf frequency (or not in the list) a word is called rare in explanations:
/// beyond about the 10,000 commonest words.
pub const RARE_ZIPF: f64 = 4.0;
/// Grades added per language so that the same easy-read guide reads at the same age in
/// every language, and in English at the age Flesch-Kincaid gives it on average. Each is the
/// median, over this repository's seven guides, of the difference between the guide's
/// English text and its translation (English: between Flesch-Kincaid and this measure).
/// A constant per language changes no order within it. Languages not listed take English's.
const ANCHORS: &[(&str, f64)] = &[
    ("ar", -2.3),
    ("bn", -2.2),
    ("cy", -3.0),
    ("en", -0.7),
    ("pl", -3.1),
    ("ro", -3.0),
    ("ur", -3.1),
];

/// How many words of the language's running text a text's word averages start from (see
/// [`level`]).
const PRIOR_WORDS: f64 = 10.0;

/// How many of the commonest words the running-text averages are taken over (about 80% of
/// running text in most languages).
const NORM_WORDS: usize = 5000;

/// How unfamiliar a word is, from 0 to 1, from its Zipf frequency (`None`: not among the
/// language's commonest words).
pub fn unfamiliarity(zipf: Option<f32>) -> f64 {
    match zipf {
        None => 1.0,
        Some(z) => {
            ((FAMILIAR_ZIPF - f64::from(z)) / (FAMILIAR_ZIPF - UNFAMILIAR_ZIPF)).clamp(0.0, 1.0)
        }
    }
}

/// The averages of a language's running text, weighted by how often each word is used.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct Norms {
    /// Syllables per word, where syllables are counted.
    pub syllables: Option<f64>,
    /// Letters (grapheme clusters) per word.
    pub letters: Option<f64>,
    /// Mean unfamiliarity of a word of running text (the list's words by their use, and the
    /// rest of running text, beyond the list, as unfamiliar).
    pub unfamiliar: Option<f64>,
}

impl Norms {
    /// The averages from a frequency list; nothing without one.
    pub fn of(frequency: Option<&Frequency>, syllables: Option<&Syllables>) -> Norms {
        let Some(list) = frequency else {
            return Norms::default();
        };
        let top = &list.ranked[..list.ranked.len().min(NORM_WORDS)];
        let weight = |z: f32| 10f64.powf(f64::from(z) - 9.0);
        let total: f64 = top.iter().map(|(_, z)| weight(*z)).sum();
        let mean = |f: &dyn Fn(&str) -> f64| {
            top.iter().map(|(w, z)| weight(*z) * f(w)).sum::<f64>() / total
        };
        let sample: String = top.iter().take(200).map(|(w, _)| *w).collect();
        let counted = !matches!(
            measures::script(&sample),
            Script::Arabic | Script::Brahmic | Script::Hebrew
        );
        let all: f64 = list.ranked.iter().map(|(_, z)| weight(*z)).sum();
        let listed: f64 = list
            .ranked
            .iter()
            .map(|(_, z)| weight(*z) * unfamiliarity(Some(*z)))
            .sum::<f64>()
            / all;
        Norms {
            syllables: syllables
                .filter(|_| counted)
                .map(|s| mean(&|w| s.count(w) as f64)),
            letters: Some(mean(&|w| super::language::letters(w) as f64)),
            unfamiliar: Some(list.mass * listed + (1.0 - list.mass)),
        }
    }
}

/// What the level is based on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Basis {
    /// How common the words are, and sentence and word length.
    Frequency,
    /// Sentence and word length only: the language has no frequency list.
    Length,
}

/// A reading level band, 1 (very easy) to 5 (very hard).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Band {
    /// Reading age 7 or lower.
    VeryEasy = 1,
    /// Reading age above 7, up to 9: easy read.
    Easy,
    /// Above 9, up to 11: plain, as the NHS asks.
    Plain,
    /// Above 11, up to 14.
    Hard,
    /// Above 14.
    VeryHard,
}

impl Band {
    /// The band of a reading age.
    pub fn of(reading_age: f64) -> Band {
        match reading_age {
            a if a <= 7.0 => Band::VeryEasy,
            a if a <= 9.0 => Band::Easy,
            a if a <= 11.0 => Band::Plain,
            a if a <= 14.0 => Band::Hard,
            _ => Band::VeryHard,
        }
    }

    /// Its number, 1 to 5.
    pub fn number(self) -> u8 {
        self as u8
    }

    /// Its name ("easy", "very hard").
    pub fn name(self) -> &'static str {
        match self {
            Band::VeryEasy => "very easy",
            Band::Easy => "easy",
            Band::Plain => "plain",
            Band::Hard => "hard",
            Band::VeryHard => "very hard",
        }
    }
}

impl Serialize for Band {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_u8(self.number())
    }
}

/// A text's reading level.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Level {
    /// UK reading age, in years.
    pub reading_age: f64,
    /// Its band.
    pub band: Band,
    /// What it is based on.
    pub basis: Basis,
    /// The vocabulary grade (US school grade), when the language has a frequency list.
    pub vocabulary_grade: Option<f64>,
    /// The length grade (US school grade).
    pub length_grade: f64,
    /// Share of unfamiliar words, 0 to 1, on English's scale.
    pub unfamiliar: Option<f64>,
}

/// The level of a text with these counts, in a language with these averages; `None` when
/// it has no words of prose.
pub fn level(c: &Counts, lang: &Norms, primary: &str) -> Option<Level> {
    if c.sentences == 0 || c.prose_words == 0 {
        return None;
    }
    let en = super::language::english_norms();
    let asl = c.words as f64 / c.sentences as f64;
    // A short text's word averages are shrunk towards the language's running text, as if
    // PRIOR_WORDS typical words were added: a sentence of four words says little about how
    // long or rare its words usually are, and telegraphic easy-read steps ("Open the app.")
    // would otherwise count as hard for lacking short words like "the".
    let mean =
        |sum: f64, n: usize, norm: f64| (sum + PRIOR_WORDS * norm) / (n as f64 + PRIOR_WORDS);
    let en_syllables = en.syllables.unwrap_or(1.4);
    let letters_norm = lang.letters.or(en.letters).unwrap_or(4.5);
    let by_letters =
        mean(c.letters as f64, c.prose_words, letters_norm) * en_syllables / letters_norm;
    // Syllables count only where the language's own words are syllabified (not where a few
    // Latin-script names in Bengali text are).
    let by_syllables = lang
        .syllables
        .filter(|_| 2 * c.prose_syllables >= c.prose_words)
        .map(|norm| mean(c.prose_syllables as f64, c.prose_words, norm) * en_syllables / norm);
    let word_length = by_syllables.map_or(by_letters, |s| (s + by_letters) / 2.0);
    let length_grade = 0.39 * asl + 11.8 * word_length - 15.59;
    let unfamiliar = match (lang.unfamiliar, en.unfamiliar) {
        (Some(l), Some(e)) if c.judged > 0 => Some(mean(c.unfamiliar, c.judged, l) * e / l),
        _ => None,
    };
    let vocabulary_grade = unfamiliar.map(|u| {
        let raw = 0.1579 * 100.0 * u + 0.0496 * asl + 3.6365;
        2.0 * raw - 5.4
    });
    let grade = vocabulary_grade.map_or(length_grade, |v| (v + length_grade) / 2.0);
    let reading_age = reading_age(grade + anchor(primary));
    Some(Level {
        reading_age,
        band: Band::of(reading_age),
        basis: if vocabulary_grade.is_some() {
            Basis::Frequency
        } else {
            Basis::Length
        },
        vocabulary_grade,
        length_grade,
        unfamiliar,
    })
}

/// The grades added for a language (see [`ANCHORS`]).
pub fn anchor(primary: &str) -> f64 {
    let find = |l: &str| ANCHORS.iter().find(|(a, _)| *a == l).map(|(_, g)| *g);
    find(primary).or_else(|| find("en")).unwrap_or(0.0)
}

/// A UK reading age from a US grade: the grade plus 5, and below grade 0 a curve that keeps
/// falling towards 0 (so very easy texts still differ) rather than stopping at 5.
fn reading_age(grade: f64) -> f64 {
    if grade >= 0.0 {
        grade + 5.0
    } else {
        5.0 * (grade / 5.0).exp()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unfamiliarity_rises_as_words_get_rarer() {
        assert_eq!(unfamiliarity(Some(7.0)), 0.0);
        assert!((unfamiliarity(Some(4.0)) - 0.5).abs() < 1e-9);
        assert_eq!(unfamiliarity(Some(2.5)), 1.0);
        assert_eq!(unfamiliarity(None), 1.0);
    }

    #[test]
    fn bands_have_names() {
        assert_eq!(Band::of(8.5), Band::Easy);
        assert_eq!(Band::of(12.0).name(), "hard");
        assert_eq!(Band::of(30.0).number(), 5);
    }

    #[test]
    fn the_reading_age_never_stops_falling() {
        assert!(reading_age(-1.0) < reading_age(0.0));
        assert!(reading_age(-20.0) > 0.0 && reading_age(-20.0) < reading_age(-10.0));
        assert_eq!(reading_age(4.0), 9.0);
    }

    #[test]
    fn running_text_averages_differ_by_language() {
        let en = super::super::language::english_norms();
        let en_syllables = en.syllables.unwrap();
        assert!((1.2..1.6).contains(&en_syllables), "{en_syllables}");
        let pl = Norms::of(
            super::super::frequency::list("pl"),
            Syllables::for_language("pl").as_ref(),
        );
        assert!(pl.syllables.unwrap() > en_syllables);
        assert!(pl.unfamiliar.unwrap() > en.unfamiliar.unwrap());
        let ar = Norms::of(super::super::frequency::list("ar"), None);
        assert!(ar.syllables.is_none() && ar.letters.is_some());
    }
}
