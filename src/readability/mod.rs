//! Reading level of any text, in any language: the library under `easyguide check` and
//! `easyguide readability`.
//!
//! Takes [`Passage`]s (runs of prose with the ranges that are code or italics) and a
//! language; produces per-sentence counts and [`Finding`]s ([`Analyser::passage`]) and, for
//! a whole document, the measures that fit its language and script ([`summarise`]).
//!
//! - [`segment`]: sentences and words by Unicode rules;
//! - [`syllables`]: English rules, hyphenation patterns for other languages;
//! - [`frequency`]: how common each word is (wordfreq's lists);
//! - [`language`]: a language's data, built once, with a memo of every word analysed;
//! - [`level`]: the headline reading age and band, for every language;
//! - [`measures`]: the classic formulas, each for the language it was made for;
//! - [`profile`]: easy-read and NHS thresholds;
//! - [`plain_words`]: plainer alternatives, number words, known abbreviations;
//! - [`findings`]: the sentence checks;
//! - [`markdown`]: passages of a Markdown or plain-text file, for `easyguide readability`.

pub mod findings;
pub mod frequency;
pub mod language;
pub mod level;
pub mod markdown;
pub mod measures;
pub mod plain_words;
pub mod profile;
pub mod segment;
pub mod syllables;

use std::collections::BTreeSet;
use std::ops::Range;
use std::sync::Arc;

use serde::Serialize;

pub use findings::{CODES, Finding, State};
pub use language::{Language, WordInfo};
pub use level::{Band, Basis, Level};
pub use measures::{Counts, Direction, Measures, Method, Script};
pub use plain_words::PlainWords;
pub use profile::Profile;

use findings::{Rules, SentenceView};
use segment::WordKind;

/// Languages whose nouns all start with a capital letter, so a capital says nothing about
/// whether a word is a name.
const CAPITALISED_NOUNS: &[&str] = &["de", "lb"];

/// What part of a page a passage is, so findings and the report can say where it is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum PassageKind {
    /// The guide's title.
    Title,
    /// The guide's summary.
    Summary,
    /// How long it takes.
    Time,
    /// An item of "what you need".
    YouNeed,
    /// A section heading.
    Heading,
    /// A paragraph.
    Paragraph,
    /// A list item.
    ListItem,
    /// Words in a callout box.
    Alert,
    /// Words in a do or don't box.
    Advice,
    /// A table cell.
    TableCell,
    /// A picture's description.
    Alt,
    /// A glossary explanation.
    Glossary,
}

impl PassageKind {
    /// The name shown to authors ("list item", "picture description").
    pub fn label(self) -> &'static str {
        match self {
            PassageKind::Title => "title",
            PassageKind::Summary => "summary",
            PassageKind::Time => "time",
            PassageKind::YouNeed => "what you need",
            PassageKind::Heading => "heading",
            PassageKind::Paragraph => "paragraph",
            PassageKind::ListItem => "list item",
            PassageKind::Alert => "callout",
            PassageKind::Advice => "do or don't",
            PassageKind::TableCell => "table cell",
            PassageKind::Alt => "picture description",
            PassageKind::Glossary => "glossary",
        }
    }
}

/// A run of prose: one paragraph, heading, list item, picture description...
#[derive(Debug, Clone, PartialEq)]
pub struct Passage {
    /// What part of the page it is.
    pub kind: PassageKind,
    /// The words a reader reads, without markup.
    pub text: String,
    /// Ranges of `text` that are code (read as one word each, never checked).
    pub code: Vec<Range<usize>>,
    /// Ranges of `text` written in italics.
    pub emphasis: Vec<Range<usize>>,
    /// True when this is a paragraph of its own (sentences per paragraph are counted).
    pub paragraph: bool,
}

impl Passage {
    /// A passage of plain prose.
    pub fn plain(kind: PassageKind, text: impl Into<String>) -> Passage {
        Passage {
            kind,
            text: text.into(),
            code: Vec::new(),
            emphasis: Vec::new(),
            paragraph: kind == PassageKind::Paragraph,
        }
    }
}

/// How a text is checked: thresholds, codes to leave out, extra known abbreviations.
#[derive(Debug, Clone)]
pub struct Settings {
    /// The thresholds.
    pub profile: Profile,
    /// Finding codes not to report.
    pub ignore: BTreeSet<String>,
    /// Abbreviations readers know, beyond the language's list.
    pub known: BTreeSet<String>,
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            profile: Profile::easy_read(),
            ignore: BTreeSet::new(),
            known: BTreeSet::new(),
        }
    }
}

/// One sentence's results.
#[derive(Debug, Clone, PartialEq)]
pub struct SentenceReport {
    /// Its range in the passage text.
    pub range: Range<usize>,
    /// Its counts.
    pub counts: Counts,
    /// How hard it is: its reading age (or its words, where there is no reading age).
    pub difficulty: f64,
    /// Its reading level, when it has words of prose.
    pub level: Option<Level>,
    /// Why it is as hard as it is.
    pub explanation: Explanation,
    /// What to improve.
    pub findings: Vec<Finding>,
}

/// What makes a sentence hard, for an author to change: its length and its hardest words.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Explanation {
    /// Its words.
    pub words: usize,
    /// Words that are not among the language's commonest (and not explained or known), as
    /// byte ranges of the passage text.
    pub rare: Vec<Range<usize>>,
    /// Long words (as the long-words check counts them), as byte ranges.
    pub long: Vec<Range<usize>>,
}

impl SentenceReport {
    /// Why the sentence is as hard as it is, in words ("reading age 12.5 (hard): 18 words;
    /// rare words: `ambulatory`, `thresholds`"). `text` is its passage's text.
    pub fn why(&self, text: &str) -> String {
        let e = &self.explanation;
        let mut out = match self.level {
            Some(l) => format!(
                "reading age {:.1} ({}): {} words",
                l.reading_age,
                l.band.name(),
                e.words
            ),
            None => format!("{} words", e.words),
        };
        let list = |ranges: &[Range<usize>]| {
            let words: Vec<String> = ranges
                .iter()
                .map(|r| format!("`{}`", &text[r.clone()]))
                .collect();
            words.join(", ")
        };
        if !e.rare.is_empty() {
            out.push_str(&format!("; rare words: {}", list(&e.rare)));
        }
        let long: Vec<Range<usize>> = e
            .long
            .iter()
            .filter(|r| !e.rare.contains(r))
            .cloned()
            .collect();
        if !long.is_empty() {
            out.push_str(&format!("; long words: {}", list(&long)));
        }
        out
    }
}

/// One passage's results.
#[derive(Debug, Clone, PartialEq)]
pub struct PassageReport {
    /// Each sentence.
    pub sentences: Vec<SentenceReport>,
    /// Findings about the passage as a whole (too many sentences, italics).
    pub findings: Vec<Finding>,
}

/// Checks passages of one language.
pub struct Analyser {
    language: Arc<Language>,
    settings: Settings,
    glossary: Vec<Vec<String>>,
}

impl Analyser {
    /// An analyser for a language (primary subtag), with its plain-words list. Building a
    /// [`Language`] costs more than checking a page: to check many texts, build it once
    /// and use [`Analyser::with_language`].
    pub fn new(lang: &str, words: PlainWords, settings: Settings) -> Analyser {
        Analyser::with_language(Arc::new(Language::new(lang, words)), settings)
    }

    /// An analyser sharing a language's data (and its memo of words) with others.
    pub fn with_language(language: Arc<Language>, settings: Settings) -> Analyser {
        Analyser {
            language,
            settings,
            glossary: Vec::new(),
        }
    }

    /// Sets the glossary terms of the page being checked (words it explains).
    pub fn set_glossary<'a>(&mut self, terms: impl IntoIterator<Item = &'a str>) {
        let mut terms: Vec<Vec<String>> = terms
            .into_iter()
            .map(|t| t.split_whitespace().map(plain_words::normalise).collect())
            .filter(|t: &Vec<String>| !t.is_empty())
            .collect();
        terms.sort();
        terms.dedup();
        self.glossary = terms;
    }

    /// The language (primary subtag).
    pub fn lang(&self) -> &str {
        self.language.lang()
    }

    /// The language's data.
    pub fn language(&self) -> &Language {
        &self.language
    }

    /// The settings.
    pub fn settings(&self) -> &Settings {
        &self.settings
    }

    /// Counts and checks one passage. `state` carries what the page has explained so far.
    pub fn passage(&self, passage: &Passage, state: &mut State) -> PassageReport {
        let rules = Rules {
            lang: self.language.lang(),
            profile: &self.settings.profile,
            words: self.language.plain_words(),
            glossary: &self.glossary,
            known: self.known(),
        };
        let text = passage.text.as_str();
        let norms = self.language.norms(measures::script(text));
        let mut sentences = Vec::new();
        for sentence in segment::sentences(text, &passage.code) {
            let info: Vec<WordInfo> = sentence
                .words
                .iter()
                .map(|w| self.word(&text[w.range.clone()], w.kind))
                .collect();
            let view = SentenceView {
                text,
                range: sentence.range.clone(),
                words: &sentence.words,
                info: &info,
            };
            let explained = findings::explained_by_glossary(&view, &self.glossary);
            let mut found = Vec::new();
            findings::check_sentence(&view, &rules, &explained, state, &mut found);
            found.retain(|f| !self.settings.ignore.contains(f.code));
            let counts = self.counts(&view, &explained);
            let level = level::level(&counts, &norms, self.lang());
            sentences.push(SentenceReport {
                range: sentence.range,
                difficulty: level.map_or(counts.words as f64, |l| l.reading_age),
                level,
                explanation: self.explain(&view, &rules, &explained),
                counts,
                findings: found,
            });
        }
        let findings = self.passage_findings(passage, sentences.len());
        PassageReport {
            sentences,
            findings,
        }
    }

    fn known(&self) -> findings::Known<'_> {
        findings::Known {
            list: &self.language.plain_words().known,
            site: &self.settings.known,
        }
    }

    /// A word's analysis, with numbers and code counted as one short word.
    fn word(&self, word: &str, kind: WordKind) -> WordInfo {
        let mut info = self.language.word(word);
        if kind != WordKind::Prose {
            info.syllables = usize::from(self.language.counts_syllables());
        }
        info
    }

    /// How unfamiliar word `i` is, 0 to 1, or `None` when it is not judged: the language
    /// has no frequency list, or it is a name or an abbreviation that is not a common word.
    /// Words the glossary explains, and abbreviations readers know, are familiar.
    fn judge(&self, s: &SentenceView, i: usize, explained: bool) -> Option<f64> {
        self.language.frequency()?;
        let info = &s.info[i];
        // Abbreviations readers know are written with capitals ("NHS", "GP").
        if explained || (info.capitalised && self.known().contains(s.word(i))) {
            return Some(0.0);
        }
        if info.zipf.is_none() {
            let name = info.capitalised && i > 0 && !CAPITALISED_NOUNS.contains(&self.lang());
            if name || info.capitals || info.letters <= 2 {
                return None;
            }
        }
        Some(level::unfamiliarity(info.zipf))
    }

    fn counts(&self, s: &SentenceView, explained: &[bool]) -> Counts {
        let mut c = Counts {
            sentences: 1,
            words: s.words.len(),
            ..Counts::default()
        };
        for (i, (w, info)) in s.words.iter().zip(s.info).enumerate() {
            let n = info.syllables;
            c.characters += s.word(i).chars().filter(|c| c.is_alphanumeric()).count();
            c.syllables += n;
            if w.kind != WordKind::Prose {
                continue;
            }
            c.prose_words += 1;
            c.prose_syllables += n;
            c.letters += info.letters;
            c.long_words += usize::from(info.letters > 6);
            c.polysyllables += usize::from(n >= 3);
            c.four_syllables += usize::from(n >= 4);
            c.monosyllables += usize::from(n == 1);
            if let Some(u) = self.judge(s, i, explained[i]) {
                c.judged += 1;
                c.unfamiliar += u;
            }
        }
        c
    }

    fn explain(&self, s: &SentenceView, rules: &Rules, explained: &[bool]) -> Explanation {
        let mut e = Explanation {
            words: s.words.len(),
            ..Explanation::default()
        };
        for i in 0..s.words.len() {
            if s.words[i].kind != WordKind::Prose {
                continue;
            }
            let range = s.words[i].range.clone();
            let rare = s.info[i]
                .zipf
                .is_none_or(|z| f64::from(z) < level::RARE_ZIPF);
            if rare && self.judge(s, i, explained[i]).is_some_and(|u| u > 0.0) {
                e.rare.push(range.clone());
            }
            if findings::is_long(s, rules, explained, i) {
                e.long.push(range);
            }
        }
        e
    }

    fn passage_findings(&self, passage: &Passage, sentences: usize) -> Vec<Finding> {
        let mut out = Vec::new();
        let max = self.settings.profile.max_sentences_per_paragraph;
        if passage.paragraph && sentences > max {
            out.push(Finding {
                code: "long-paragraph",
                range: 0..passage.text.len(),
                message: format!("this paragraph has {sentences} sentences"),
                label: format!("{sentences} sentences; aim for {max} or fewer"),
                note: "short paragraphs with space around them are easier to read and to find your place in".into(),
                help: "split it into shorter paragraphs, or make a list".into(),
            });
        }
        for range in &passage.emphasis {
            out.push(Finding {
                code: "italics",
                range: range.clone(),
                message: "italic text is hard to read".into(),
                label: "written in italics (*...* or _..._)".into(),
                note: "slanted letters are harder to read for people with low vision or dyslexia"
                    .into(),
                help: "to make words stand out, use **bold** (two stars) instead".into(),
            });
        }
        out.retain(|f| !self.settings.ignore.contains(f.code));
        out
    }
}

/// A document's measures against its target.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Summary {
    /// The language (primary subtag).
    pub language: String,
    /// The script most of its letters are in.
    pub script: Script,
    /// The family of measures used.
    pub method: Method,
    /// Every measure, by name.
    pub measures: Measures,
    /// The measure the target is set on.
    pub headline: &'static str,
    /// Its value, when there are words to measure.
    pub value: Option<f64>,
    /// The target.
    pub target: f64,
    /// Whether the target is a ceiling or a floor.
    pub direction: Direction,
    /// The reading level, when the text has words of prose in a script with spaces.
    pub level: Option<Level>,
}

impl Summary {
    /// True when the headline measure meets the target (or there is nothing to measure).
    pub fn passes(&self) -> bool {
        match (self.value, self.direction) {
            (None, _) => true,
            (Some(v), Direction::AtMost) => v <= self.target + 1e-9,
            (Some(v), Direction::AtLeast) => v >= self.target - 1e-9,
        }
    }
}

/// The measures of a whole document: `sample` is its text (to find the script), `counts`
/// the sum of its sentences' counts.
pub fn summarise(language: &Language, sample: &str, counts: &Counts, profile: &Profile) -> Summary {
    let lang = language.lang();
    let script = measures::script(sample);
    let mut method = Method::choose(lang, script);
    // A method that needs syllables falls back to LIX when the language has no counter.
    if method.needs_syllables() && !language.counts_syllables() {
        method = Method::Lix;
    }
    let mut measures = measures::measure(method, counts);
    let level = match method {
        Method::Characters => None,
        _ => level::level(counts, &language.norms(script), lang),
    };
    if let Some(l) = &level {
        measures.0.push(("reading_age", l.reading_age));
        measures.0.push(("band", f64::from(l.band.number())));
        measures.0.push(("length_grade", l.length_grade));
        if let (Some(v), Some(u)) = (l.vocabulary_grade, l.unfamiliar) {
            measures.0.push(("vocabulary_grade", v));
            measures.0.push(("unfamiliar_percent", 100.0 * u));
        }
    }
    let (headline, direction) = method.headline();
    Summary {
        language: lang.to_owned(),
        script,
        method,
        value: measures.get(headline),
        measures,
        headline,
        target: profile.target(method, lang),
        direction,
        level,
    }
}

/// Everything about one text: its summary and every passage's report.
pub fn analyse<'a>(
    analyser: &Analyser,
    passages: impl IntoIterator<Item = &'a Passage>,
) -> (Summary, Vec<PassageReport>) {
    let mut state = State::default();
    let mut counts = Counts::default();
    let mut sample = String::new();
    let reports: Vec<PassageReport> = passages
        .into_iter()
        .map(|p| {
            let report = analyser.passage(p, &mut state);
            report.sentences.iter().for_each(|s| counts.add(&s.counts));
            if sample.len() < 4096 {
                sample.push_str(&p.text);
                sample.push(' ');
            }
            report
        })
        .collect();
    let summary = summarise(
        &analyser.language,
        &sample,
        &counts,
        &analyser.settings.profile,
    );
    (summary, reports)
}

#[cfg(test)]
mod tests;
