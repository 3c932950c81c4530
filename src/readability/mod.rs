//! Reading level of any text, in any language: the library under `easyguide check` and
//! `easyguide readability`.
//!
//! Takes [`Passage`]s (runs of prose with the ranges that are code or italics) and a
//! language; produces per-sentence counts and [`Finding`]s ([`Analyser::passage`]) and, for
//! a whole document, the measures that fit its language and script ([`summarise`]).
//!
//! - [`segment`]: sentences and words by Unicode rules;
//! - [`syllables`]: English rules, hyphenation patterns for other languages;
//! - [`measures`]: which formula fits which language, and the formulas;
//! - [`profile`]: easy-read and NHS thresholds;
//! - [`plain_words`]: plainer alternatives, number words, known abbreviations;
//! - [`findings`]: the sentence checks;
//! - [`markdown`]: passages of a Markdown or plain-text file, for `easyguide readability`.

mod everyday;
pub mod findings;
pub mod markdown;
pub mod measures;
pub mod plain_words;
pub mod profile;
pub mod segment;
pub mod syllables;

use std::collections::BTreeSet;
use std::ops::Range;

use serde::Serialize;
use unicode_segmentation::UnicodeSegmentation;

pub use findings::{CODES, Finding, State};
pub use measures::{Counts, Direction, Measures, Method, Script};
pub use plain_words::PlainWords;
pub use profile::Profile;

use findings::{Rules, SentenceView};
use segment::WordKind;
use syllables::Syllables;

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
    /// How hard it is (English: its Flesch-Kincaid grade; else words per sentence).
    pub difficulty: f64,
    /// What to improve.
    pub findings: Vec<Finding>,
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
    lang: String,
    syllables: Option<Syllables>,
    words: PlainWords,
    settings: Settings,
    known: BTreeSet<String>,
    glossary: BTreeSet<String>,
}

impl Analyser {
    /// An analyser for a language (primary subtag), with its plain-words list.
    pub fn new(lang: &str, words: PlainWords, settings: Settings) -> Analyser {
        let mut known = words.known.clone();
        known.extend(settings.known.iter().cloned());
        Analyser {
            lang: lang.to_owned(),
            syllables: Syllables::for_language(lang),
            words,
            settings,
            known,
            glossary: BTreeSet::new(),
        }
    }

    /// Sets the glossary terms of the page being checked (words it explains).
    pub fn set_glossary<'a>(&mut self, terms: impl IntoIterator<Item = &'a str>) {
        self.glossary = terms
            .into_iter()
            .map(|t| plain_words::normalise(t.trim()))
            .collect();
    }

    /// The language (primary subtag).
    pub fn lang(&self) -> &str {
        &self.lang
    }

    /// The settings.
    pub fn settings(&self) -> &Settings {
        &self.settings
    }

    /// Counts and checks one passage. `state` carries what the page has explained so far.
    pub fn passage(&self, passage: &Passage, state: &mut State) -> PassageReport {
        let rules = Rules {
            lang: &self.lang,
            profile: &self.settings.profile,
            words: &self.words,
            glossary: &self.glossary,
            known: &self.known,
        };
        let text = passage.text.as_str();
        let mut sentences = Vec::new();
        for sentence in segment::sentences(text, &passage.code) {
            let syllables: Vec<usize> = sentence
                .words
                .iter()
                .map(|w| self.word_syllables(&text[w.range.clone()], w.kind))
                .collect();
            let normal: Vec<String> = sentence
                .words
                .iter()
                .map(|w| plain_words::normalise(&text[w.range.clone()]))
                .collect();
            let view = SentenceView {
                text,
                range: sentence.range.clone(),
                words: &sentence.words,
                syllables: &syllables,
                normal: &normal,
            };
            let mut found = Vec::new();
            findings::check_sentence(&view, &rules, state, &mut found);
            found.retain(|f| !self.settings.ignore.contains(f.code));
            let counts = self.counts(text, &sentence.words, &syllables);
            sentences.push(SentenceReport {
                range: sentence.range,
                difficulty: self.difficulty(&counts),
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

    fn word_syllables(&self, word: &str, kind: WordKind) -> usize {
        // Syllables mean little in scripts whose measure counts letters (their hyphenation
        // patterns break inside syllables); 0 makes the long-word check count letters there too.
        if matches!(
            measures::script(word),
            measures::Script::Arabic | measures::Script::Brahmic | measures::Script::Hebrew
        ) {
            return 0;
        }
        match (&self.syllables, kind) {
            (None, _) => 0,
            (Some(_), WordKind::Number | WordKind::Code) => 1,
            (Some(s), WordKind::Prose) => s.count(word),
        }
    }

    fn counts(&self, text: &str, words: &[segment::Word], syllables: &[usize]) -> Counts {
        let mut c = Counts {
            sentences: 1,
            words: words.len(),
            ..Counts::default()
        };
        for (w, &n) in words.iter().zip(syllables) {
            let word = &text[w.range.clone()];
            c.characters += word.chars().filter(|c| c.is_alphanumeric()).count();
            c.syllables += n;
            if w.kind != WordKind::Prose {
                continue;
            }
            let letters = word
                .graphemes(true)
                .filter(|g| g.chars().any(char::is_alphabetic))
                .count();
            c.letters += letters;
            c.long_words += usize::from(letters > 6);
            c.polysyllables += usize::from(n >= 3);
            c.four_syllables += usize::from(n >= 4);
            c.monosyllables += usize::from(n == 1);
        }
        c
    }

    fn difficulty(&self, c: &Counts) -> f64 {
        if self.lang == "en" && c.words > 0 {
            let m = measures::measure(Method::English, c);
            m.get("flesch_kincaid_grade").unwrap_or(0.0)
        } else {
            c.words as f64
        }
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
pub fn summarise(lang: &str, sample: &str, counts: &Counts, profile: &Profile) -> Summary {
    let script = measures::script(sample);
    let mut method = Method::choose(lang, script);
    // A method that needs syllables falls back to LIX when the language has no counter.
    if method.needs_syllables() && Syllables::for_language(lang).is_none() {
        method = Method::Lix;
    }
    let measures = measures::measure(method, counts);
    let (headline, direction) = method.headline();
    Summary {
        language: lang.to_owned(),
        script,
        method,
        value: measures.get(headline),
        measures,
        headline,
        target: profile.target(method),
        direction,
    }
}

/// Everything about one text: its summary and every passage's report.
pub fn analyse(analyser: &Analyser, passages: &[Passage]) -> (Summary, Vec<PassageReport>) {
    let mut state = State::default();
    let mut counts = Counts::default();
    let mut sample = String::new();
    let reports: Vec<PassageReport> = passages
        .iter()
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
        analyser.lang(),
        &sample,
        &counts,
        &analyser.settings.profile,
    );
    (summary, reports)
}

#[cfg(test)]
mod tests;
