//! How common a word is in its language: the Zipf frequency (log10 of uses per billion words)
//! of the 15,000 commonest word forms of each language wordfreq covers.
//!
//! Takes a language and a word as written; produces its Zipf frequency, or `None` when the
//! word is not among the language's commonest words. The lists are
//! `frequency/<lang>.txt`, made from wordfreq's data by `tools/readability/frequency.py`
//! (CC BY-SA 4.0, like their source). Words are looked up in wordfreq's own normal form
//! (case-folded; Arabic-script vowel marks removed), and a word that is not found as written
//! is tried without the parts wordfreq splits off: a French "l'" or "qu'", an English "'s",
//! an Arabic "و" or "ال" in front.

use std::collections::HashMap;
use std::sync::OnceLock;

/// The lists built in, by primary language subtag.
const LISTS: &[(&str, &str)] = &[
    ("ar", include_str!("frequency/ar.txt")),
    ("bn", include_str!("frequency/bn.txt")),
    ("ca", include_str!("frequency/ca.txt")),
    ("cs", include_str!("frequency/cs.txt")),
    ("de", include_str!("frequency/de.txt")),
    ("el", include_str!("frequency/el.txt")),
    ("en", include_str!("frequency/en.txt")),
    ("es", include_str!("frequency/es.txt")),
    ("fa", include_str!("frequency/fa.txt")),
    ("fr", include_str!("frequency/fr.txt")),
    ("he", include_str!("frequency/he.txt")),
    ("hi", include_str!("frequency/hi.txt")),
    ("it", include_str!("frequency/it.txt")),
    ("nl", include_str!("frequency/nl.txt")),
    ("pl", include_str!("frequency/pl.txt")),
    ("pt", include_str!("frequency/pt.txt")),
    ("ro", include_str!("frequency/ro.txt")),
    ("ru", include_str!("frequency/ru.txt")),
    ("sv", include_str!("frequency/sv.txt")),
    ("tr", include_str!("frequency/tr.txt")),
    ("uk", include_str!("frequency/uk.txt")),
    ("ur", include_str!("frequency/ur.txt")),
];

/// How much less common a form found through its stem counts as (in Zipf units).
const OTHER_FORM_PENALTY: f32 = 0.5;

/// The languages that have a list.
pub fn languages() -> impl Iterator<Item = &'static str> {
    LISTS.iter().map(|(l, _)| *l)
}

/// One language's commonest words.
#[derive(Debug)]
pub struct Frequency {
    /// The language (primary subtag).
    pub lang: &'static str,
    zipf: HashMap<&'static str, f32>,
    /// The same words in alphabetical order, to find the forms of a stem.
    sorted: Vec<(&'static str, f32)>,
    /// Words in order, commonest first, with their Zipf frequency.
    pub ranked: Vec<(&'static str, f32)>,
    /// The share of all uses of words in the language that the listed words make up.
    pub mass: f64,
}

/// The list for a language, parsed on first use and kept.
pub fn list(primary: &str) -> Option<&'static Frequency> {
    static PARSED: [OnceLock<Frequency>; LISTS.len()] = [const { OnceLock::new() }; LISTS.len()];
    let i = LISTS.iter().position(|(l, _)| *l == primary)?;
    let (lang, text) = LISTS[i];
    Some(PARSED[i].get_or_init(|| parse(lang, text)))
}

fn parse(lang: &'static str, text: &'static str) -> Frequency {
    let mut ranked = Vec::new();
    let mut mass = 1.0;
    let mut zipf = 0.0f32;
    for line in text.lines() {
        if let Some(m) = line.strip_prefix("@@mass ") {
            mass = m.trim().parse().unwrap_or(1.0);
        } else if let Some(z) = line.strip_prefix('@') {
            zipf = z.trim().parse().unwrap_or(zipf);
        } else if !line.is_empty() && !line.starts_with('#') {
            ranked.push((line, zipf));
        }
    }
    let zipf = ranked.iter().copied().collect();
    let mut sorted = ranked.clone();
    sorted.sort_unstable_by(|a, b| a.0.cmp(b.0));
    Frequency {
        lang,
        zipf,
        sorted,
        ranked,
        mass,
    }
}

impl Frequency {
    /// The Zipf frequency of a word as written, or `None` when it is not a common word.
    /// `key` is scratch space, reused between calls.
    pub fn zipf(&self, word: &str, key: &mut String) -> Option<f32> {
        normal_form(self.lang, word, key);
        if let Some(z) = self.zipf.get(key.as_str()) {
            return Some(*z);
        }
        self.without_clitics(key).or_else(|| self.other_form(key))
    }

    /// For a form not in the list ("bezpłatną"), the commonest listed form of the same stem
    /// ("bezpłatne"), a little less common: the word without its last one to three letters,
    /// at least four letters long, followed by at most four more. Inflected languages spread
    /// a word's uses over many forms, and a reader who knows one form knows the word.
    fn other_form(&self, key: &str) -> Option<f32> {
        let chars: Vec<(usize, char)> = key.char_indices().collect();
        for cut in 1..=3 {
            let Some(keep) = chars.len().checked_sub(cut).filter(|&k| k >= 4) else {
                break;
            };
            let stem = &key[..chars[keep].0];
            let from = self.sorted.partition_point(|(w, _)| *w < stem);
            let best = self.sorted[from..]
                .iter()
                .take_while(|(w, _)| w.starts_with(stem))
                .filter(|(w, _)| w.chars().count() <= keep + 4)
                .map(|(_, z)| *z)
                .fold(None, |best: Option<f32>, z| {
                    Some(best.map_or(z, |b| b.max(z)))
                });
            if let Some(z) = best {
                return Some(z - OTHER_FORM_PENALTY);
            }
        }
        None
    }

    /// The least common listed word's Zipf frequency.
    pub fn floor(&self) -> f32 {
        self.ranked.last().map_or(0.0, |(_, z)| *z)
    }

    fn without_clitics(&self, key: &str) -> Option<f32> {
        let found = |part: &str| {
            (part.chars().count() >= 2)
                .then(|| self.zipf.get(part))
                .flatten()
        };
        if let Some((before, after)) = key.rsplit_once('\'') {
            // "l'hôpital", "qu'il" (wordfreq splits them), "doctor's".
            return found(after).or_else(|| found(before)).copied();
        }
        let prefixes: &[&str] = match self.lang {
            "ar" => &[
                "وال", "بال", "كال", "فال", "لل", "ال", "و", "ف", "ب", "ل", "ك",
            ],
            "he" => &["וה", "ו", "ה", "ב", "ל", "מ", "ש", "כ"],
            _ => &[],
        };
        prefixes
            .iter()
            .find_map(|p| key.strip_prefix(p).and_then(found))
            .copied()
    }
}

/// wordfreq's normal form of a word: case-folded (German "ß" as "ss", Greek final sigma as
/// "σ", Turkish dotted and dotless i kept apart), straight apostrophes, Romanian letters with
/// a comma below, and no vowel marks or tatweel in Arabic and Hebrew script.
pub fn normal_form(lang: &str, word: &str, out: &mut String) {
    out.clear();
    let abjad = matches!(lang, "ar" | "fa" | "ur" | "he" | "ps" | "yi");
    for c in word.chars() {
        match c {
            '’' | 'ʼ' => out.push('\''),
            'ß' => out.push_str("ss"),
            'ς' => out.push('σ'),
            'I' if lang == "tr" => out.push('ı'),
            'İ' if lang == "tr" => out.push('i'),
            'ş' | 'Ş' if lang == "ro" => out.push('ș'),
            'ţ' | 'Ţ' if lang == "ro" => out.push('ț'),
            c if abjad && is_abjad_mark(c) => {}
            c if c.is_lowercase() || !c.is_alphabetic() => out.push(c),
            c => out.extend(c.to_lowercase()),
        }
    }
}

/// Vowel marks and other combining marks of Arabic and Hebrew script, and the tatweel.
fn is_abjad_mark(c: char) -> bool {
    matches!(c as u32,
        0x0591..=0x05BD | 0x05BF | 0x05C1..=0x05C2 | 0x05C4..=0x05C5 | 0x05C7
        | 0x0610..=0x061A | 0x0640 | 0x064B..=0x065F | 0x0670
        | 0x06D6..=0x06DC | 0x06DF..=0x06E4 | 0x06E7..=0x06E8 | 0x06EA..=0x06ED
        | 0x08D3..=0x08E1 | 0x08E3..=0x08FF)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_list_parses_with_falling_frequencies() {
        for lang in languages() {
            let list = list(lang).unwrap();
            assert!(list.ranked.len() >= 10_000, "{lang}");
            assert!(list.ranked.windows(2).all(|w| w[0].1 >= w[1].1), "{lang}");
            assert!(list.mass > 0.8 && list.mass <= 1.0, "{lang}: {}", list.mass);
            assert!(list.floor() > 2.5, "{lang}");
        }
        assert!(list("cy").is_none());
    }

    #[test]
    fn words_are_found_in_wordfreqs_form() {
        let mut key = String::new();
        let z = |lang: &str, word: &str, key: &mut String| list(lang).unwrap().zipf(word, key);
        assert!(z("en", "The", &mut key).unwrap() > 7.0);
        assert!(z("en", "doctor’s", &mut key).is_some());
        assert!(z("de", "Straße", &mut key).is_some());
        assert!(z("fr", "l'hôpital", &mut key).is_some());
        assert!(z("ar", "والكتاب", &mut key).is_some());
        assert!(z("ar", "الْكِتَاب", &mut key).is_some());
        assert!(z("en", "contraindication", &mut key).is_none());
        // Not listed, but "zadzwonić" and "zadzwonił" are.
        let form = z("pl", "zadzwonimy", &mut key).unwrap();
        assert!(form > 3.0, "{form}");
        let common = z("en", "medicine", &mut key).unwrap();
        let rare = z("en", "pharmacology", &mut key).unwrap_or(0.0);
        assert!(common > rare + 1.0);
    }
}
