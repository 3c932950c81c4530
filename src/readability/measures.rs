//! The classic readability formulas: which fits which language and script, and their values.
//! (The headline reading age, for every language, is in `level`.)
//!
//! Takes the counts of a text ([`Counts`]) and its language; produces named numbers
//! ([`Measures`]). A formula is only given for the language it was made for, and only when
//! the text is written in the script that formula counts (a Latin-script formula is never
//! applied to Arabic or Bengali text, whatever the language tag says). Sources:
//!
//! | language | measure | source |
//! |---|---|---|
//! | English | Flesch Reading Ease, Flesch-Kincaid grade, its UK reading age (grade + 5), SMOG, Coleman-Liau, Gunning fog | Flesch 1948; Kincaid et al. 1975; McLaughlin 1969; Coleman & Liau 1975; Gunning 1952 |
//! | Spanish | Fernández-Huerta; Szigriszt-Pazos (INFLESZ scale) | Fernández Huerta 1959; Szigriszt Pazos 1993, Barrio-Cantalejo et al. 2008 |
//! | French | Kandel-Moles | Kandel & Moles 1958 |
//! | German | Amstad; first Wiener Sachtextformel | Amstad 1978; Bamberger & Vanecek 1984 |
//! | Italian | Gulpease | Lucisano & Piemontese 1988 |
//! | Dutch | Flesch-Douma | Douma 1960 |
//! | Polish | Pisarek (non-linear) | Pisarek 1969 |
//! | Welsh, Romanian and other alphabetic languages | LIX | Björnsson 1968 |
//! | Arabic, Urdu, Bengali and other scripts | words per sentence, letters per word | — |
//! | Chinese, Japanese, Thai and other scripts without spaces | characters per sentence | — |

use serde::Serialize;

/// The counts every measure is made from.
#[derive(Debug, Clone, Copy, Default, PartialEq, Serialize)]
pub struct Counts {
    /// Sentences.
    pub sentences: usize,
    /// Words (prose, numbers and codes).
    pub words: usize,
    /// Syllables (0 when the language has no syllable counter).
    pub syllables: usize,
    /// Letters of prose words (marks that are not letters, such as vowel signs, excluded).
    pub letters: usize,
    /// Characters that are letters or digits, for scripts without spaces.
    pub characters: usize,
    /// Words of more than 6 letters (LIX).
    pub long_words: usize,
    /// Words of 3 or more syllables (SMOG, Gunning fog).
    pub polysyllables: usize,
    /// Words of 4 or more syllables (Pisarek).
    pub four_syllables: usize,
    /// Words of 1 syllable (Wiener Sachtextformel).
    pub monosyllables: usize,
    /// Words of prose (not numbers or code).
    pub prose_words: usize,
    /// Syllables of prose words (0 when the language has no syllable counter).
    pub prose_syllables: usize,
    /// Prose words judged by how common they are (names and unknown abbreviations are not).
    pub judged: usize,
    /// The sum of the judged words' unfamiliarity, 0 to 1 each (see `level`).
    pub unfamiliar: f64,
}

impl Counts {
    /// Adds another text's counts.
    pub fn add(&mut self, other: &Counts) {
        self.sentences += other.sentences;
        self.words += other.words;
        self.syllables += other.syllables;
        self.letters += other.letters;
        self.characters += other.characters;
        self.long_words += other.long_words;
        self.polysyllables += other.polysyllables;
        self.four_syllables += other.four_syllables;
        self.monosyllables += other.monosyllables;
        self.prose_words += other.prose_words;
        self.prose_syllables += other.prose_syllables;
        self.judged += other.judged;
        self.unfamiliar += other.unfamiliar;
    }
}

/// The writing system most of a text's letters belong to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Script {
    /// Latin letters.
    Latin,
    /// Other alphabets with spaces between words and mostly written vowels (Cyrillic, Greek).
    Alphabet,
    /// Arabic script (Arabic, Urdu, Farsi, Pashto): short vowels are usually not written.
    Arabic,
    /// Brahmic scripts (Bengali, Devanagari, Gurmukhi, Tamil...): letters with vowel signs.
    Brahmic,
    /// Hebrew.
    Hebrew,
    /// Scripts written without spaces between words (Chinese, Japanese, Thai...).
    Unspaced,
}

/// The script of most letters in `text` (Latin when there are none).
pub fn script(text: &str) -> Script {
    let mut counts = [0usize; 6];
    for c in text.chars().filter(|c| c.is_alphabetic()) {
        let i = match c as u32 {
            0x0000..=0x024F | 0x1E00..=0x1EFF => 0,
            0x0370..=0x052F => 1,
            0x0590..=0x05FF => 4,
            0x0600..=0x06FF | 0x0750..=0x077F | 0x08A0..=0x08FF | 0xFB50..=0xFEFF => 2,
            0x0900..=0x0DFF => 3,
            0x0E00..=0x0EFF | 0x1000..=0x109F | 0x1780..=0x17FF | 0x3040..=0x30FF => 5,
            0x3400..=0x9FFF | 0xAC00..=0xD7AF => 5,
            _ => 1,
        };
        counts[i] += 1;
    }
    let best = (0..6)
        .max_by_key(|&i| (counts[i], usize::MAX - i))
        .unwrap_or(0);
    [
        Script::Latin,
        Script::Alphabet,
        Script::Arabic,
        Script::Brahmic,
        Script::Hebrew,
        Script::Unspaced,
    ][best]
}

/// Which family of measures a text gets.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Method {
    /// English formulas.
    English,
    /// Spanish: Fernández-Huerta and Szigriszt-Pazos.
    Spanish,
    /// French: Kandel-Moles.
    French,
    /// German: Amstad and the Wiener Sachtextformel.
    German,
    /// Italian: Gulpease.
    Italian,
    /// Dutch: Flesch-Douma.
    Dutch,
    /// Polish: Pisarek.
    Polish,
    /// LIX, for alphabetic languages without a formula of their own.
    Lix,
    /// Words per sentence and letters per word only.
    Lengths,
    /// Characters per sentence only (scripts without spaces between words).
    Characters,
}

impl Method {
    /// The method for a language (primary subtag) and the script its text is written in.
    pub fn choose(primary: &str, script: Script) -> Method {
        match script {
            Script::Unspaced => return Method::Characters,
            Script::Arabic | Script::Brahmic | Script::Hebrew => return Method::Lengths,
            Script::Alphabet => return Method::Lix,
            Script::Latin => {}
        }
        match primary {
            "en" => Method::English,
            "es" => Method::Spanish,
            "fr" => Method::French,
            "de" => Method::German,
            "it" => Method::Italian,
            "nl" => Method::Dutch,
            "pl" => Method::Polish,
            _ => Method::Lix,
        }
    }

    /// True when the method needs syllable counts.
    pub fn needs_syllables(self) -> bool {
        matches!(
            self,
            Method::English
                | Method::Spanish
                | Method::French
                | Method::German
                | Method::Dutch
                | Method::Polish
        )
    }

    /// The measure the site's target is set on, and whether higher values are easier: the
    /// reading age (see `level`) wherever words are separated by spaces.
    pub fn headline(self) -> (&'static str, Direction) {
        match self {
            Method::Characters => ("characters_per_sentence", Direction::AtMost),
            _ => ("reading_age", Direction::AtMost),
        }
    }

    /// The classic formula this family is best known for, for people who must quote one.
    pub fn classic(self) -> &'static str {
        match self {
            Method::English => "flesch_kincaid_grade",
            Method::Spanish => "fernandez_huerta",
            Method::French => "kandel_moles",
            Method::German => "amstad",
            Method::Italian => "gulpease",
            Method::Dutch => "flesch_douma",
            Method::Polish => "pisarek",
            Method::Lix => "lix",
            Method::Lengths => "words_per_sentence",
            Method::Characters => "characters_per_sentence",
        }
    }
}

/// Whether a measure's target is a ceiling or a floor.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Direction {
    /// Lower is easier: the value must be at most the target.
    AtMost,
    /// Higher is easier: the value must be at least the target.
    AtLeast,
}

/// Named measures of one text, in a fixed order.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Measures(pub Vec<(&'static str, f64)>);

impl Measures {
    /// The value of a named measure.
    pub fn get(&self, name: &str) -> Option<f64> {
        self.0.iter().find(|(n, _)| *n == name).map(|(_, v)| *v)
    }
}

impl Serialize for Measures {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        let mut map = s.serialize_map(Some(self.0.len()))?;
        for (name, value) in &self.0 {
            map.serialize_entry(name, &round(*value))?;
        }
        map.end()
    }
}

fn round(v: f64) -> f64 {
    (v * 100.0).round() / 100.0
}

/// Every measure `method` gives for `c`. Empty when the text has no words.
pub fn measure(method: Method, c: &Counts) -> Measures {
    let mut m = Vec::new();
    if c.words == 0 || c.sentences == 0 {
        return Measures(m);
    }
    let words = c.words as f64;
    let sentences = c.sentences as f64;
    let asl = words / sentences;
    let asw = c.syllables as f64 / words;
    let pct = |n: usize| 100.0 * n as f64 / words;
    m.push(("sentences", sentences));
    m.push(("words", words));
    if method == Method::Characters {
        m.push(("characters_per_sentence", c.characters as f64 / sentences));
        return Measures(m);
    }
    m.push(("words_per_sentence", asl));
    m.push(("letters_per_word", c.letters as f64 / words));
    if method.needs_syllables() {
        m.push(("syllables_per_word", asw));
    }
    match method {
        Method::English => english(&mut m, c, asl, asw),
        Method::Spanish => {
            m.push(("fernandez_huerta", 206.84 - 60.0 * asw - 1.02 * asl));
            m.push(("szigriszt_pazos", 206.835 - 62.3 * asw - asl));
        }
        Method::French => m.push(("kandel_moles", 207.0 - 1.015 * asl - 73.6 * asw)),
        Method::German => {
            m.push(("amstad", 180.0 - asl - 58.5 * asw));
            let wstf = 0.1935 * pct(c.polysyllables) + 0.1672 * asl + 0.1297 * pct(c.long_words)
                - 0.0327 * pct(c.monosyllables)
                - 0.875;
            m.push(("wiener_sachtextformel", wstf));
        }
        Method::Italian => {
            let gulpease = 89.0 + (300.0 * sentences - 10.0 * c.letters as f64) / words;
            m.push(("gulpease", gulpease.clamp(0.0, 100.0)));
        }
        Method::Dutch => m.push(("flesch_douma", 206.835 - 0.93 * asl - 77.0 * asw)),
        Method::Polish => {
            m.push((
                "pisarek",
                0.5 * (asl.powi(2) + pct(c.four_syllables).powi(2)).sqrt(),
            ));
        }
        Method::Lix => {}
        Method::Lengths | Method::Characters => return Measures(m),
    }
    if method != Method::English {
        m.push(("lix", asl + pct(c.long_words)));
    }
    Measures(m)
}

fn english(m: &mut Vec<(&'static str, f64)>, c: &Counts, asl: f64, asw: f64) {
    let words = c.words as f64;
    let sentences = c.sentences as f64;
    let grade = 0.39 * asl + 11.8 * asw - 15.59;
    m.push(("flesch_reading_ease", 206.835 - 1.015 * asl - 84.6 * asw));
    m.push(("flesch_kincaid_grade", grade));
    // A UK reading age is the US grade plus 5; below grade 0 the scale means nothing more
    // than "very easy", so the age stops at 5.
    m.push(("flesch_kincaid_age", grade.max(0.0) + 5.0));
    m.push((
        "smog",
        1.043 * (c.polysyllables as f64 * 30.0 / sentences).sqrt() + 3.1291,
    ));
    let l = 100.0 * c.letters as f64 / words;
    let s = 100.0 * sentences / words;
    m.push(("coleman_liau", 0.0588 * l - 0.296 * s - 15.8));
    m.push((
        "gunning_fog",
        0.4 * (asl + 100.0 * c.polysyllables as f64 / words),
    ));
    m.push(("lix", asl + 100.0 * c.long_words as f64 / words));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scripts_are_told_apart() {
        assert_eq!(script("Go to the chemist"), Script::Latin);
        assert_eq!(script("اتصل بالرقم"), Script::Arabic);
        assert_eq!(script("آپ کا فون"), Script::Arabic);
        assert_eq!(script("আপনার ফোন"), Script::Brahmic);
        assert_eq!(script("Позвоните"), Script::Alphabet);
        assert_eq!(script("请打电话"), Script::Unspaced);
    }

    #[test]
    fn non_latin_text_never_gets_a_latin_formula() {
        assert_eq!(Method::choose("en", Script::Arabic), Method::Lengths);
        assert_eq!(Method::choose("ar", Script::Arabic), Method::Lengths);
        assert_eq!(Method::choose("bn", Script::Brahmic), Method::Lengths);
        assert_eq!(Method::choose("cy", Script::Latin), Method::Lix);
        let c = Counts {
            sentences: 2,
            words: 10,
            letters: 40,
            ..Counts::default()
        };
        let m = measure(Method::Lengths, &c);
        assert!(m.get("flesch_reading_ease").is_none());
        assert!(m.get("lix").is_none());
        assert_eq!(m.get("words_per_sentence"), Some(5.0));
    }

    /// Flesch Reading Ease and Flesch-Kincaid grade from textstat's own counts must give
    /// textstat's values (`tests/data/readability/textstat.json`).
    #[test]
    fn english_formulas_match_textstat_given_the_same_counts() {
        let data: serde_json::Value =
            serde_json::from_str(include_str!("../../tests/data/readability/textstat.json"))
                .unwrap();
        for text in data.as_array().unwrap() {
            let n = |k: &str| text[k].as_u64().unwrap() as usize;
            let c = Counts {
                sentences: n("sentences"),
                words: n("words"),
                syllables: n("syllables"),
                ..Counts::default()
            };
            let m = measure(Method::English, &c);
            let fre = text["flesch_reading_ease"].as_f64().unwrap();
            let fk = text["flesch_kincaid_grade"].as_f64().unwrap();
            assert!((m.get("flesch_reading_ease").unwrap() - fre).abs() < 0.01);
            assert!((m.get("flesch_kincaid_grade").unwrap() - fk).abs() < 0.01);
        }
    }
}
