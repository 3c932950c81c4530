//! The corpus's languages and its stand-in translations.
//!
//! Takes English text; produces text in another language's letters. Each English word
//! becomes a made-up word of about as many syllables, built from that language's common
//! letter groups (Welsh `dd` and `wy`, Polish `prz` and `ą`, Arabic, Urdu and Bengali
//! letters), always the same word for the same English word. These are not translations:
//! they give the translation and reading-level stages the same work real ones would
//! (the same scripts, word lengths, hyphenation patterns and sentence shapes), and they
//! keep what a translator must keep: `{ $link1 }` placeables, `**`, code, digits,
//! abbreviations such as NHS.

use super::rng::{Rng, hash};

/// How a language's made-up words are spelt.
pub enum Script {
    /// The source language: words stay as they are.
    Source,
    /// Syllables of an onset, a vowel and a coda, capitalised like the English.
    Syllables {
        onsets: &'static [&'static str],
        vowels: &'static [&'static str],
        codas: &'static [&'static str],
    },
    /// Letters of an abjad or abugida: a consonant and a vowel sign or letter per syllable.
    Letters {
        consonants: &'static [&'static str],
        vowels: &'static [&'static str],
        comma: &'static str,
        question: &'static str,
    },
}

/// One language of the corpus.
pub struct Language {
    /// BCP 47 tag.
    pub code: &'static str,
    /// The language's own name.
    pub name: &'static str,
    /// Written right to left.
    pub rtl: bool,
    pub script: Script,
}

/// The languages, in the order `--langs` takes them: English first, then the languages
/// the default theme has interface words for.
pub const LANGUAGES: &[Language] = &[
    Language {
        code: "en",
        name: "English",
        rtl: false,
        script: Script::Source,
    },
    Language {
        code: "cy",
        name: "Cymraeg",
        rtl: false,
        script: Script::Syllables {
            onsets: &[
                "b", "c", "ch", "d", "dd", "f", "ff", "g", "h", "ll", "m", "n", "p", "r", "rh",
                "s", "t", "th", "w", "",
            ],
            vowels: &[
                "a", "e", "i", "o", "u", "w", "y", "ae", "ai", "wy", "ei", "â",
            ],
            codas: &["", "", "", "n", "r", "l", "dd", "th", "ch", "s"],
        },
    },
    Language {
        code: "pl",
        name: "Polski",
        rtl: false,
        script: Script::Syllables {
            onsets: &[
                "b", "c", "cz", "d", "dz", "g", "j", "k", "l", "ł", "m", "n", "p", "pr", "prz",
                "r", "s", "sz", "t", "w", "z", "ż", "st", "kr", "ch", "",
            ],
            vowels: &["a", "e", "i", "o", "u", "y", "ą", "ę", "ó", "ie"],
            codas: &["", "", "", "k", "ć", "ń", "ł", "m", "t", "sz", "j"],
        },
    },
    Language {
        code: "ar",
        name: "العربية",
        rtl: true,
        script: Script::Letters {
            consonants: &[
                "ب", "ت", "ث", "ج", "ح", "خ", "د", "ر", "س", "ش", "ص", "ع", "ف", "ق", "ك", "ل",
                "م", "ن", "ه", "و", "ي",
            ],
            vowels: &["", "", "ا", "و", "ي"],
            comma: "،",
            question: "؟",
        },
    },
    Language {
        code: "ro",
        name: "Română",
        rtl: false,
        script: Script::Syllables {
            onsets: &[
                "b", "c", "d", "f", "g", "l", "m", "n", "p", "r", "s", "ș", "t", "ț", "v", "z",
                "st", "pr", "cr", "",
            ],
            vowels: &["a", "ă", "â", "e", "i", "î", "o", "u", "ea", "oa"],
            codas: &["", "", "", "n", "r", "t", "l", "s"],
        },
    },
    Language {
        code: "ur",
        name: "اردو",
        rtl: true,
        script: Script::Letters {
            consonants: &[
                "ب", "پ", "ت", "ٹ", "ج", "چ", "د", "ڈ", "ر", "ڑ", "س", "ش", "ک", "گ", "ل", "م",
                "ن", "و", "ہ", "ی",
            ],
            vowels: &["", "", "ا", "و", "ی", "ے"],
            comma: "،",
            question: "؟",
        },
    },
    Language {
        code: "bn",
        name: "বাংলা",
        rtl: false,
        script: Script::Letters {
            consonants: &[
                "ক", "খ", "গ", "চ", "জ", "ট", "ড", "ত", "থ", "দ", "ন", "প", "ব", "ভ", "ম", "য",
                "র", "ল", "শ", "স", "হ",
            ],
            vowels: &["", "া", "ি", "ী", "ু", "ে", "ো"],
            comma: ",",
            question: "?",
        },
    },
];

impl Language {
    /// `text` in this language: every word made up, everything a translator keeps kept
    /// (placeables, code, and names with dots such as `nhs.uk`).
    pub fn translate(&self, text: &str) -> String {
        if matches!(self.script, Script::Source) {
            return text.to_owned();
        }
        let mut out = String::with_capacity(text.len() * 2);
        let mut word = String::new();
        let mut kept: Option<char> = None; // inside `{ … }` or `` `…` ``: copied as it is
        let mut chars = text.chars().peekable();
        while let Some(c) = chars.next() {
            if let Some(end) = kept {
                out.push(c);
                if c == end {
                    kept = None;
                }
                continue;
            }
            let dot_inside = c == '.' && !word.is_empty();
            if c.is_ascii_alphabetic()
                || (dot_inside && chars.peek().is_some_and(char::is_ascii_alphabetic))
            {
                word.push(c);
                continue;
            }
            self.flush(&mut word, &mut out);
            kept = match c {
                '{' => Some('}'),
                '`' => Some('`'),
                _ => None,
            };
            out.push_str(&self.punctuation(c));
        }
        self.flush(&mut word, &mut out);
        out
    }

    fn flush(&self, word: &mut String, out: &mut String) {
        if word.contains('.') {
            out.push_str(word);
        } else if !word.is_empty() {
            out.push_str(&self.word(word));
        }
        word.clear();
    }

    fn punctuation(&self, c: char) -> String {
        match (&self.script, c) {
            (Script::Letters { comma, .. }, ',') => (*comma).to_owned(),
            (Script::Letters { question, .. }, '?') => (*question).to_owned(),
            _ => c.to_string(),
        }
    }

    /// The made-up word for one English word; abbreviations in capitals stay as they are.
    fn word(&self, english: &str) -> String {
        let letters = english.chars().count();
        if letters > 1 && english.chars().all(|c| c.is_ascii_uppercase()) {
            return english.to_owned();
        }
        let lower = english.to_ascii_lowercase();
        let mut rng = Rng::new(hash(&lower), self.code, 0);
        let syllables = syllables(&lower) + usize::from(rng.chance(15));
        let mut out = String::new();
        for _ in 0..syllables {
            match &self.script {
                Script::Source => out.push_str(&lower),
                Script::Syllables {
                    onsets,
                    vowels,
                    codas,
                } => {
                    for part in [*onsets, *vowels, *codas] {
                        out.push_str(rng.pick::<&str>(part));
                    }
                }
                Script::Letters {
                    consonants, vowels, ..
                } => {
                    out.push_str(rng.pick::<&str>(consonants));
                    out.push_str(rng.pick::<&str>(vowels));
                }
            }
        }
        // A made-up word that is a real short word of a language ("for", "mae") would make
        // the page look written in that language to the accessibility checker.
        while easyguide::lang::tag::is_function_word(&out) {
            out.push('x');
        }
        let capital = english.starts_with(|c: char| c.is_ascii_uppercase());
        match (&self.script, capital) {
            (Script::Syllables { .. }, true) => capitalise(&out),
            _ => out,
        }
    }
}

/// Vowel groups: close enough to English syllables for made-up words of the same length.
fn syllables(word: &str) -> usize {
    let mut count = 0;
    let mut previous = false;
    for c in word.chars() {
        let vowel = matches!(c, 'a' | 'e' | 'i' | 'o' | 'u' | 'y');
        if vowel && !previous {
            count += 1;
        }
        previous = vowel;
    }
    if word.len() > 3 && word.ends_with('e') && !word.ends_with("le") {
        count -= 1;
    }
    count.max(1)
}

fn capitalise(word: &str) -> String {
    let mut chars = word.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// The first `count` languages, or a message saying how many there are.
pub fn first(count: usize) -> Result<&'static [Language], String> {
    if count == 0 || count > LANGUAGES.len() {
        let codes: Vec<&str> = LANGUAGES.iter().map(|l| l.code).collect();
        return Err(format!(
            "--langs must be 1 to {} (the languages with interface words in the default theme: {})",
            LANGUAGES.len(),
            codes.join(", ")
        ));
    }
    Ok(&LANGUAGES[..count])
}
