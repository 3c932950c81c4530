//! Reading level of every guide, in its own language: sentence findings as diagnostics and
//! a score per guide for the summary line and the check report.
//!
//! Takes the parsed guides (the source guides and whole-guide translations) and the
//! sources (settings, plain-words lists); produces warnings with file, line and column, and
//! a [`GuideScore`] per guide. Each language's data ([`Languages`]) is built once per check
//! and shared; guides are then checked in parallel and independently, one at a time
//! ([`check_guide`]) or all together ([`check`]).

pub mod extract;

use std::collections::BTreeMap;
use std::ops::Range;
use std::sync::{Arc, Mutex};

use rayon::prelude::*;

use crate::diag::{Diagnostic, Diagnostics, FileId};
use crate::lang::Lang;
use crate::load::Sources;
use crate::readability::markdown::SourcePassage;
use crate::readability::plain_words::RawList;
use crate::readability::{
    self, Analyser, Finding, Language, PassageKind, PassageReport, PlainWords, Settings, Summary,
};
use crate::translate::Localised;

/// How many of a guide's hardest sentences the report shows.
pub const WORST: usize = 5;

/// Each language's data (plain words, frequency list, memo of words), built once for a
/// check and shared by every guide in that language.
pub struct Languages {
    settings: Settings,
    site_lists: BTreeMap<String, PlainWords>,
    built: Mutex<BTreeMap<String, Arc<Language>>>,
}

impl Languages {
    /// The languages of a site: its readability settings and its plain-words lists (the
    /// built-in list of each language with the site's file on top), and diagnostics for
    /// lists that cannot be read.
    pub fn new(sources: &Sources) -> (Languages, Diagnostics) {
        let (site_lists, diagnostics) = plain_words(sources);
        let languages = Languages {
            settings: sources.config.readability.clone(),
            site_lists,
            built: Mutex::new(BTreeMap::new()),
        };
        (languages, diagnostics)
    }

    /// A language's data, built on first use.
    pub fn get(&self, primary: &str) -> Arc<Language> {
        let mut built = self.built.lock().unwrap_or_else(|e| e.into_inner());
        built
            .entry(primary.to_owned())
            .or_insert_with(|| {
                let words = self
                    .site_lists
                    .get(primary)
                    .cloned()
                    .unwrap_or_else(|| PlainWords::built_in(primary));
                Arc::new(Language::new(primary, words))
            })
            .clone()
    }

    /// The site's readability settings.
    pub fn settings(&self) -> &Settings {
        &self.settings
    }
}

/// One guide's reading level and its hardest sentences.
#[derive(Debug, Clone, PartialEq)]
pub struct GuideScore {
    /// The guide's folder name.
    pub slug: String,
    /// The guide's title, as written.
    pub title: String,
    /// The language it is written in.
    pub lang: Lang,
    /// Its Markdown file.
    pub file: FileId,
    /// Its measures against the target.
    pub summary: Summary,
    /// How many readability findings it has.
    pub findings: usize,
    /// Its hardest sentences, hardest first.
    pub worst: Vec<Spot>,
}

/// A sentence worth a look: where it is, its words, what to do.
#[derive(Debug, Clone, PartialEq)]
pub struct Spot {
    /// The file it is in (the guide's, or a translation's message file).
    pub file: FileId,
    /// Its source range.
    pub range: Range<usize>,
    /// What part of the page it is in.
    pub kind: PassageKind,
    /// The sentence.
    pub text: String,
    /// The ranges of `text` that are code (a button's words, say), shown as code.
    pub code: Vec<Range<usize>>,
    /// How hard it is: its reading age (or its words, where there is none).
    pub difficulty: f64,
    /// Why it is hard: its reading age, length, rare and long words.
    pub why: String,
    /// What to change: why it is hard, then each finding's message and help.
    pub advice: Vec<(String, String)>,
}

/// Checks every guide in every language it has words in: the source guides, whole-guide
/// translations and guides translated message by message (pieces still shown in the source
/// language are checked there, not again on each translated page).
pub fn check(guides: &[&Localised], sources: &Sources) -> (Diagnostics, Vec<GuideScore>) {
    let (languages, mut diagnostics) = Languages::new(sources);
    let results: Vec<(Vec<Diagnostic>, GuideScore)> = guides
        .par_iter()
        .map(|g| check_guide(g, sources, &languages))
        .collect();
    let mut scores = Vec::new();
    for (found, score) in results {
        diagnostics.extend(found);
        scores.push(score);
    }
    scores.sort_by(|a, b| (&a.slug, &a.lang).cmp(&(&b.slug, &b.lang)));
    (diagnostics, scores)
}

/// Each language's list: built in, then the site's file on top.
fn plain_words(sources: &Sources) -> (BTreeMap<String, PlainWords>, Diagnostics) {
    let mut diagnostics = Diagnostics::new();
    let mut lists: BTreeMap<String, PlainWords> = BTreeMap::new();
    for locale in &sources.plain_words {
        let primary = locale.lang.primary().to_owned();
        let file = sources.map.get(locale.file);
        let list = lists
            .entry(primary.clone())
            .or_insert_with(|| PlainWords::built_in(&primary));
        match toml::from_str::<RawList>(file.text()) {
            Ok(raw) => list.add(raw),
            Err(e) => diagnostics.push(
                Diagnostic::error("bad-value", "this plain-words list cannot be read")
                    .at(locale.file, e.span().unwrap_or(0..0))
                    .label(e.message().lines().next().unwrap_or("").to_owned())
                    .help("each entry is \"word\" = \"plainer words\" under [words] or [numbers]; known = [\"NHS\"] lists abbreviations readers know"),
            ),
        }
    }
    (lists, diagnostics)
}

/// Checks one guide in its language: its findings as diagnostics, and its score.
pub fn check_guide(
    guide: &Localised,
    sources: &Sources,
    languages: &Languages,
) -> (Vec<Diagnostic>, GuideScore) {
    let settings = languages.settings();
    let mut analyser =
        Analyser::with_language(languages.get(guide.lang.primary()), settings.clone());
    let terms: Vec<String> = guide
        .guide
        .meta
        .glossary
        .iter()
        .map(|e| guide.shown(&e.term).text.to_plain())
        .collect();
    analyser.set_glossary(terms.iter().map(String::as_str));
    let passages = extract::passages(guide, &sources.map);
    let (summary, reports) =
        readability::analyse(&analyser, passages.iter().map(|(_, p)| &p.passage));
    let mut diagnostics = Vec::new();
    let mut spots = Vec::new();
    for ((file, p), report) in passages.iter().zip(&reports) {
        collect(*file, p, report, &mut diagnostics, &mut spots);
    }
    // Ranked by the measure alone: a sentence with more findings is not always harder, and
    // the findings are listed with the build's anyway.
    spots.sort_by(|a, b| {
        b.difficulty
            .total_cmp(&a.difficulty)
            .then(a.range.start.cmp(&b.range.start))
    });
    spots.truncate(WORST);
    if !summary.passes() && !settings.ignore.contains("reading-level") {
        diagnostics.push(reading_level(guide, &summary, &spots));
    }
    let score = GuideScore {
        slug: guide.slug().to_owned(),
        title: guide.title(),
        lang: guide.lang.clone(),
        file: guide.guide.file,
        findings: diagnostics.len(),
        summary,
        worst: spots,
    };
    (diagnostics, score)
}

fn collect(
    file: FileId,
    p: &SourcePassage,
    report: &PassageReport,
    diagnostics: &mut Vec<Diagnostic>,
    spots: &mut Vec<Spot>,
) {
    let kind = p.passage.kind;
    for f in &report.findings {
        diagnostics.push(diagnostic(file, p, f));
    }
    for s in &report.sentences {
        let why = s.why(&p.passage.text);
        let sentence = &p.passage.text[s.range.clone()];
        for f in &s.findings {
            let d = diagnostic(file, p, f);
            diagnostics.push(if f.is_about_the_sentence() {
                d.note(format!("this sentence: {why}"))
            } else {
                d
            });
        }
        let mut advice = vec![(
            why.clone(),
            "shorten it, or swap rare words for everyday ones (or explain them in the glossary)"
                .to_owned(),
        )];
        advice.extend(
            s.findings
                .iter()
                .map(|f| (f.message.clone(), f.help.clone())),
        );
        // Findings are made on every piece; the list to look at first has sentences only,
        // not a table's headings or a day's name.
        if !is_sentence(kind, s.explanation.words, sentence) {
            continue;
        }
        spots.push(Spot {
            file,
            range: p.source_range(&s.range),
            kind,
            text: sentence.to_owned(),
            code: p
                .passage
                .code
                .iter()
                .filter(|c| c.start >= s.range.start && c.end <= s.range.end)
                .map(|c| c.start - s.range.start..c.end - s.range.start)
                .collect(),
            difficulty: s.difficulty,
            why,
            advice,
        });
    }
}

/// The fewest words a sentence worth rewriting has: fewer is a label ("Monday", "Opening
/// times"), which reads as hard only because its few words are long or rare.
const SENTENCE_WORDS: usize = 4;

/// Whether a piece of a page is a sentence to show an author: enough words, and, for the
/// kinds of piece that are usually labels (titles, headings, table cells, times), closed like
/// a sentence.
fn is_sentence(kind: PassageKind, words: usize, text: &str) -> bool {
    let labels = matches!(
        kind,
        PassageKind::Title | PassageKind::Heading | PassageKind::TableCell | PassageKind::Time
    );
    words >= SENTENCE_WORDS && (!labels || ends_like_a_sentence(text))
}

/// Whether text ends with a full stop, question or exclamation mark in any script we ship
/// (closing quotes and brackets after it allowed).
fn ends_like_a_sentence(text: &str) -> bool {
    text.trim_end()
        .trim_end_matches(['"', '\'', '’', '”', '»', ')', ']'])
        .ends_with(['.', '!', '?', '…', '؟', '۔', '।', '。', '！', '？'])
}

fn diagnostic(file: FileId, p: &SourcePassage, f: &Finding) -> Diagnostic {
    let kind = p.passage.kind;
    let label = if kind == PassageKind::Paragraph {
        f.label.clone()
    } else {
        format!("{} (in the {})", f.label, kind.label())
    };
    Diagnostic::warning(f.code, &f.message)
        .at(file, p.source_range(&f.range))
        .label(label)
        .note(&f.note)
        .help(&f.help)
}

/// One line for the end of a build: how many guide versions (a guide in one language) are on
/// target, how many findings there are, and which versions are not on target.
pub fn summary_line(scores: &[GuideScore]) -> String {
    let on_target = scores.iter().filter(|g| g.summary.passes()).count();
    let findings: usize = scores.iter().map(|g| g.findings).sum();
    let off: Vec<String> = scores
        .iter()
        .filter(|g| !g.summary.passes())
        .map(|g| {
            format!(
                "{} ({}) {} (target {})",
                g.slug,
                g.lang,
                describe(&g.summary),
                g.summary.target
            )
        })
        .collect();
    let mut line = format!(
        "reading level: {on_target} of {} guide versions on target, {} finding{}",
        scores.len(),
        findings,
        if findings == 1 { "" } else { "s" }
    );
    if !off.is_empty() {
        line.push_str(&format!("; off target: {}", off.join("; ")));
    }
    line
}

/// Every guide's reading level in every language as a plain-text table: a row per guide, a
/// column per language with the measure that language is held to; `!` marks a value off its
/// target and `-` a guide with no words of its own in that language.
pub fn table(scores: &[GuideScore]) -> String {
    let langs: std::collections::BTreeSet<&Lang> = scores.iter().map(|g| &g.lang).collect();
    let slugs: std::collections::BTreeSet<&str> = scores.iter().map(|g| g.slug.as_str()).collect();
    let width = slugs.iter().map(|s| s.len()).max().unwrap_or(5).max(5);
    let measure = |lang: &Lang| {
        scores
            .iter()
            .find(|g| &g.lang == lang)
            .map_or("", |g| g.summary.headline)
            .replace('_', " ")
    };
    let mut out = format!("{:width$}", "guide");
    langs
        .iter()
        .for_each(|l| out.push_str(&format!("  {:>16}", l.as_str())));
    out.push_str(&format!("\n{:width$}", ""));
    langs
        .iter()
        .for_each(|l| out.push_str(&format!("  {:>16}", measure(l))));
    out.push('\n');
    for slug in &slugs {
        out.push_str(&format!("{slug:width$}"));
        for lang in &langs {
            let cell = match scores.iter().find(|g| g.slug == *slug && g.lang == **lang) {
                Some(g) => match g.summary.value {
                    Some(v) if g.summary.passes() => format!("{v:.1}"),
                    Some(v) => format!("! {v:.1}"),
                    None => "-".into(),
                },
                None => "-".into(),
            };
            out.push_str(&format!("  {cell:>16}"));
        }
        out.push('\n');
    }
    out.push_str(
        "(each language's own measure; ! = off target, - = no words of its own in that language)",
    );
    out
}

/// How a headline value reads in a message ("reading age 10.3").
pub fn describe(summary: &Summary) -> String {
    let name = summary.headline.replace('_', " ");
    match summary.value {
        Some(v) => format!("{name} {v:.1}"),
        None => format!("{name}: no words to measure"),
    }
}

fn reading_level(guide: &Localised, summary: &Summary, spots: &[Spot]) -> Diagnostic {
    let title = guide.shown(&guide.guide.meta.title).text;
    let bound = match summary.direction {
        readability::Direction::AtMost => "or lower",
        readability::Direction::AtLeast => "or higher",
    };
    let mut d = Diagnostic::warning(
        "reading-level",
        format!(
            "this guide is harder to read than the target: {}, the target is {} {bound}",
            describe(summary),
            summary.target
        ),
    )
    .at(title.file.unwrap_or(guide.guide.file), title.span.clone())
    .label(format!("{} ({})", describe(summary), summary.language))
    .note("easy read aims at readers with a reading age of 9; most people find health information hard when they are unwell or worried")
    .note("the reading age comes from how common the words are in the language and how long the sentences and words are (see docs/readability.md)");
    if let Some(worst) = spots.first() {
        d = d.note(format!(
            "the hardest sentence: \"{}\" ({})",
            worst.text, worst.why
        ));
    }
    d.help("shorten the longest sentences and swap long words for everyday ones; `easyguide check --report DIR` shows the hardest sentences")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_are_not_sentences_unless_they_end_like_one() {
        assert!(!is_sentence(PassageKind::TableCell, 1, "Wednesday"));
        assert!(!is_sentence(
            PassageKind::Heading,
            5,
            "Opening times at the clinic"
        ));
        assert!(is_sentence(
            PassageKind::TableCell,
            6,
            "Call 111 if you need help."
        ));
        assert!(is_sentence(
            PassageKind::Heading,
            5,
            "What if the app says “no”?"
        ));
        assert!(is_sentence(
            PassageKind::Paragraph,
            4,
            "Tap the green button"
        ));
        assert!(!is_sentence(PassageKind::Paragraph, 2, "Read it."));
        assert!(ends_like_a_sentence("هل لديك هاتف؟"));
        assert!(ends_like_a_sentence("ایپ کھولیں۔"));
        assert!(ends_like_a_sentence("অ্যাপটি খুলুন।"));
    }
}
