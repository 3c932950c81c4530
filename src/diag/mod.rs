//! Diagnostics as data: every problem any stage finds, with where it is and how to fix it.
//!
//! A [`Diagnostic`] holds a severity, a stable code, a message and a byte span into a file of
//! the [`SourceMap`]; line and column are worked out only when the diagnostic is printed
//! (see [`render`]). Stages never print or stop: they return their diagnostics and the caller
//! decides, so one run reports every problem in every file.

pub mod origin;
pub mod render;
mod source;
pub mod toml;

use std::ops::Range;

use serde::Serialize;

pub use source::{FileId, SourceFile, SourceMap};

/// How serious a finding is. Errors stop the site from being written.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// The build cannot publish the site until this is fixed.
    Error,
    /// The site is published, but readers are worse off until this is fixed.
    Warning,
    /// Information that helps the author; never changes the exit code.
    Note,
}

/// Where a finding is: a span in a source file, or a file that has no useful span.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Location {
    /// A byte range in a file of the source map.
    Span {
        /// The file.
        file: FileId,
        /// Byte offsets into the file's text.
        range: Range<usize>,
    },
    /// A path with no text to point into (a picture, a folder).
    Path(String),
    /// A place in a page the build wrote, as the output folder names it
    /// (`public/en/nhs-app/index.html`), 1-based.
    Output {
        /// The page, as shown to people.
        page: String,
        /// The line.
        line: usize,
        /// The column, in characters.
        column: usize,
    },
}

/// A further place a finding concerns, with what it is (ruff's secondary annotations): a
/// finding on a built page points first at the Markdown line, then at the page.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Label {
    /// Where.
    pub location: Location,
    /// What is there.
    pub message: String,
}

/// One finding: what is wrong, where, why it matters and how to fix it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Diagnostic {
    /// How serious it is.
    pub severity: Severity,
    /// A stable, kebab-case name for the kind of finding (`missing-alt`, `unknown-key`).
    pub code: &'static str,
    /// What is wrong, in one sentence.
    pub message: String,
    /// Where it is, when it is anywhere.
    pub location: Option<Location>,
    /// A short label printed under the caret.
    pub label: String,
    /// Other places the finding concerns, after the primary one.
    pub secondary: Vec<Label>,
    /// Why it matters, or other context.
    pub notes: Vec<String>,
    /// How to fix it.
    pub help: Option<String>,
}

impl Diagnostic {
    /// A new error with the given code and message.
    pub fn error(code: &'static str, message: impl Into<String>) -> Self {
        Self::new(Severity::Error, code, message)
    }

    /// A new warning with the given code and message.
    pub fn warning(code: &'static str, message: impl Into<String>) -> Self {
        Self::new(Severity::Warning, code, message)
    }

    fn new(severity: Severity, code: &'static str, message: impl Into<String>) -> Self {
        Diagnostic {
            severity,
            code,
            message: message.into(),
            location: None,
            label: String::new(),
            secondary: Vec::new(),
            notes: Vec::new(),
            help: None,
        }
    }

    /// Points the diagnostic at a byte range of a source file.
    pub fn at(mut self, file: FileId, range: Range<usize>) -> Self {
        self.location = Some(Location::Span { file, range });
        self
    }

    /// Points the diagnostic at a path that has no text to show.
    pub fn at_path(mut self, path: impl Into<String>) -> Self {
        self.location = Some(Location::Path(path.into()));
        self
    }

    /// Points the diagnostic at a line and column of a page the build wrote.
    pub fn at_output(mut self, page: impl Into<String>, line: usize, column: usize) -> Self {
        self.location = Some(Location::Output {
            page: page.into(),
            line,
            column,
        });
        self
    }

    /// Adds a further place the finding concerns (shown after the primary one).
    pub fn also(mut self, location: Location, message: impl Into<String>) -> Self {
        self.secondary.push(Label {
            location,
            message: message.into(),
        });
        self
    }

    /// Sets the short label shown under the caret.
    pub fn label(mut self, label: impl Into<String>) -> Self {
        self.label = label.into();
        self
    }

    /// Adds a note saying why the finding matters.
    pub fn note(mut self, note: impl Into<String>) -> Self {
        self.notes.push(note.into());
        self
    }

    /// Says how to fix it.
    pub fn help(mut self, help: impl Into<String>) -> Self {
        self.help = Some(help.into());
        self
    }

    /// The diagnostic with a different severity (used by `--deny warnings`).
    pub fn with_severity(mut self, severity: Severity) -> Self {
        self.severity = severity;
        self
    }
}

/// A growing list of diagnostics, passed down a stage and handed back with its result.
#[derive(Debug, Default, Clone)]
pub struct Diagnostics(Vec<Diagnostic>);

impl Diagnostics {
    /// An empty list.
    pub fn new() -> Self {
        Self::default()
    }

    /// Adds one finding.
    pub fn push(&mut self, diagnostic: Diagnostic) {
        self.0.push(diagnostic);
    }

    /// Adds every finding of another list.
    pub fn extend(&mut self, other: impl IntoIterator<Item = Diagnostic>) {
        self.0.extend(other);
    }

    /// True when at least one finding is an error.
    pub fn has_errors(&self) -> bool {
        self.0.iter().any(|d| d.severity == Severity::Error)
    }

    /// How many findings have the given severity.
    pub fn count(&self, severity: Severity) -> usize {
        self.0.iter().filter(|d| d.severity == severity).count()
    }

    /// The findings, in the order they were added.
    pub fn as_slice(&self) -> &[Diagnostic] {
        &self.0
    }

    /// Turns every warning into an error (`--deny warnings`).
    pub fn deny_warnings(&mut self) {
        for d in &mut self.0 {
            if d.severity == Severity::Warning {
                d.severity = Severity::Error;
            }
        }
    }

    /// Sorts by file path, offset, severity and code, so output never depends on thread timing.
    pub fn sort(&mut self, sources: &SourceMap) {
        self.0.sort_by(|a, b| {
            sort_key(a, sources)
                .cmp(&sort_key(b, sources))
                .then_with(|| built_pages(a).next().cmp(&built_pages(b).next()))
        });
        // The same finding from many units is shown once. A template mistake comes from every
        // page made with the template: say how many, once, so it reads as one fix. A mistake
        // in a guide's line is in every page made from it (each language that shows it, the
        // embed, the print page): shown once, at the line, with the pages counted.
        let mut kept: Vec<Diagnostic> = Vec::with_capacity(self.0.len());
        let mut repeats = Vec::new();
        let mut pages: Vec<Vec<String>> = Vec::new();
        for d in std::mem::take(&mut self.0) {
            match kept.last() {
                Some(last) if *last == d => *repeats.last_mut().expect("one per kept") += 1,
                Some(last) if same_but_for_pages(last, &d) => pages
                    .last_mut()
                    .expect("one per kept")
                    .extend(built_pages(&d).map(str::to_owned)),
                _ => {
                    kept.push(d);
                    repeats.push(1usize);
                    pages.push(Vec::new());
                }
            }
        }
        for ((d, n), more) in kept.iter_mut().zip(repeats).zip(pages) {
            if n > 1 && d.code == "template" {
                d.notes.push(format!(
                    "{n} pages are made with this template; none of them could be made"
                ));
            }
            if !more.is_empty() {
                d.notes.push(also_in(&more));
            }
        }
        // The most serious finding each source check made at each span.
        let mut at_source = std::collections::HashMap::new();
        for d in kept.iter().filter(|d| built_pages(d).next().is_none()) {
            if let Some(span) = span_of(d) {
                let worst = at_source.entry((span, d.code)).or_insert(d.severity);
                *worst = (*worst).min(d.severity);
            }
        }
        kept.retain(|d| !said_at_its_source(d, &at_source));
        self.0 = kept;
    }

    /// The findings, consumed.
    pub fn into_vec(self) -> Vec<Diagnostic> {
        self.0
    }
}

impl IntoIterator for Diagnostics {
    type Item = Diagnostic;
    type IntoIter = std::vec::IntoIter<Diagnostic>;
    fn into_iter(self) -> Self::IntoIter {
        self.0.into_iter()
    }
}

impl FromIterator<Diagnostic> for Diagnostics {
    fn from_iter<I: IntoIterator<Item = Diagnostic>>(iter: I) -> Self {
        Diagnostics(iter.into_iter().collect())
    }
}

/// Findings made on built pages that are one mistake also found in the source, as (the
/// page's code, the source's code): where both point at one span, the source's finding says
/// it better and the page's is left out.
const SAME_MISTAKE: &[(&str, &str)] = &[("link-target-missing", "broken-link")];

/// The pages a finding was seen in, as its "in the built page" places name them.
fn built_pages(d: &Diagnostic) -> impl Iterator<Item = &str> {
    d.secondary.iter().filter_map(|l| match &l.location {
        Location::Output { page, .. } => Some(page.as_str()),
        _ => None,
    })
}

/// Whether two findings are one, seen in different built pages.
fn same_but_for_pages(a: &Diagnostic, b: &Diagnostic) -> bool {
    let without = |d: &Diagnostic| {
        let mut d = d.clone();
        d.secondary
            .retain(|l| !matches!(l.location, Location::Output { .. }));
        d
    };
    matches!(a.location, Some(Location::Span { .. }))
        && built_pages(a).next().is_some()
        && built_pages(b).next().is_some()
        && without(a) == without(b)
}

/// The note naming the other pages a finding is in: the first few, and how many more.
fn also_in(pages: &[String]) -> String {
    const NAMED: usize = 3;
    let named = pages[..pages.len().min(NAMED)].join(", ");
    match pages.len() {
        1 => format!("also in 1 other built page: {named}"),
        n if n <= NAMED => format!("also in {n} other built pages: {named}"),
        n => format!(
            "also in {n} other built pages: {named} and {} more",
            n - NAMED
        ),
    }
}

/// A finding's place in a source file, as (file, start, end).
fn span_of(d: &Diagnostic) -> Option<(FileId, usize, usize)> {
    match &d.location {
        Some(Location::Span { file, range }) => Some((*file, range.start, range.end)),
        _ => None,
    }
}

/// Whether a finding on a built page is a mistake the source's checks already report at
/// the same place, at least as seriously (see [`SAME_MISTAKE`]).
fn said_at_its_source(
    d: &Diagnostic,
    at_source: &std::collections::HashMap<((FileId, usize, usize), &str), Severity>,
) -> bool {
    let Some(span) = span_of(d) else {
        return false;
    };
    built_pages(d).next().is_some()
        && SAME_MISTAKE.iter().any(|(page, source)| {
            *page == d.code
                && at_source
                    .get(&(span, *source))
                    .is_some_and(|worst| *worst <= d.severity)
        })
}

fn sort_key<'a>(
    d: &'a Diagnostic,
    sources: &'a SourceMap,
) -> (&'a str, (usize, usize), Severity, &'static str, &'a str) {
    let (path, place) = match &d.location {
        Some(Location::Span { file, range }) => {
            (sources.get(*file).display_path(), (range.start, 0))
        }
        Some(Location::Path(path)) => (path.as_str(), (0, 0)),
        Some(Location::Output { page, line, column }) => (page.as_str(), (*line, *column)),
        None => ("", (0, 0)),
    };
    (path, place, d.severity, d.code, d.message.as_str())
}

/// The choice closest to a misspelt name, for a "did you mean" hint; `None` when no choice is
/// close enough to be the one meant.
///
/// Close means alike overall (Jaro-Winkler above 0.8) and a few edits away (Damerau-Levenshtein,
/// ignoring case, at most a third of the name's length): a shared `images/` and `.svg` alone
/// make `images/zzzz.svg` look like `images/phone.svg` to the first measure, not the second.
pub fn did_you_mean<'a>(
    wrong: &str,
    choices: impl IntoIterator<Item = &'a str>,
) -> Option<&'a str> {
    let lower = wrong.to_lowercase();
    let allowed = (name_part(wrong).chars().count() / 3).max(1);
    choices
        .into_iter()
        .filter(|c| strsim::damerau_levenshtein(&lower, &c.to_lowercase()) <= allowed)
        .map(|c| (strsim::jaro_winkler(wrong, c), c))
        .filter(|(score, _)| *score > 0.8)
        .max_by(|a, b| a.0.total_cmp(&b.0).then_with(|| b.1.cmp(a.1)))
        .map(|(_, c)| c)
}

/// The part of a name a person chose: a path's file name without its extension.
fn name_part(name: &str) -> &str {
    let file = name.rsplit('/').next().unwrap_or(name);
    match file.rsplit_once('.') {
        Some((stem, _)) if !stem.is_empty() => stem,
        _ => file,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A finding at `range` of `file`, seen in the built page `page`.
    fn on_page(code: &'static str, file: FileId, range: Range<usize>, page: &str) -> Diagnostic {
        Diagnostic::error(code, "this link goes to #x, which is not on the page")
            .at(file, range)
            .also(
                Location::Output {
                    page: page.into(),
                    line: 3,
                    column: 4,
                },
                "in the built page",
            )
    }

    #[test]
    fn a_finding_in_many_built_pages_is_shown_once_with_the_pages_counted() {
        let mut map = SourceMap::new();
        let file = map.add("a.md".into(), "a.md".into(), "See [x](#x).".into());
        let mut found: Diagnostics = [
            "public/print/en/a/index.html",
            "public/en/a/index.html",
            "public/cy/a/index.html",
            "public/ar/a/index.html",
            "public/embed/en/a/index.html",
        ]
        .into_iter()
        .map(|page| on_page("link-purpose", file, 4..11, page))
        .collect();
        found.push(on_page(
            "link-purpose",
            file,
            0..3,
            "public/en/a/index.html",
        ));
        found.sort(&map);
        let all = found.into_vec();
        assert_eq!(all.len(), 2, "{all:#?}");
        let merged = all
            .iter()
            .find(|d| d.location == Some(Location::Span { file, range: 4..11 }))
            .unwrap();
        assert_eq!(
            built_pages(merged).collect::<Vec<_>>(),
            ["public/ar/a/index.html"]
        );
        assert_eq!(
            merged.notes,
            [
                "also in 4 other built pages: public/cy/a/index.html, public/embed/en/a/index.html, public/en/a/index.html and 1 more"
            ]
        );
    }

    #[test]
    fn a_page_finding_the_source_check_already_made_is_left_out() {
        let mut map = SourceMap::new();
        let file = map.add("a.md".into(), "a.md".into(), "See [x](#x).".into());
        let mut found = Diagnostics::new();
        found.push(
            Diagnostic::error("broken-link", "the guide `a` has no part called `#x`")
                .at(file, 4..11),
        );
        found.push(on_page(
            "link-target-missing",
            file,
            4..11,
            "public/en/a/index.html",
        ));
        // Another kind of finding at the same place is a different mistake, and stays.
        found.push(on_page(
            "link-purpose",
            file,
            4..11,
            "public/en/a/index.html",
        ));
        found.sort(&map);
        let codes: Vec<&str> = found.as_slice().iter().map(|d| d.code).collect();
        assert_eq!(codes, ["broken-link", "link-purpose"]);
    }

    #[test]
    fn did_you_mean_finds_close_names() {
        assert_eq!(
            did_you_mean("sumary", ["title", "summary"]),
            Some("summary")
        );
        assert_eq!(did_you_mean("colour", ["title", "summary"]), None);
        assert_eq!(
            did_you_mean("images/A.svg", ["images/a.svg"]),
            Some("images/a.svg")
        );
        assert_eq!(
            did_you_mean("images/phnoe.svg", ["images/phone.svg"]),
            Some("images/phone.svg")
        );
    }

    #[test]
    fn did_you_mean_is_silent_for_names_that_only_share_a_folder_and_an_extension() {
        assert_eq!(
            did_you_mean(
                "images/zzzz.svg",
                ["images/phone.svg", "images/calendar.png"]
            ),
            None
        );
        assert_eq!(did_you_mean("../cats/", ["../nhs-app/"]), None);
    }

    #[test]
    fn deny_warnings_promotes_only_warnings() {
        let mut d = Diagnostics::new();
        d.push(Diagnostic::warning("w", "w"));
        assert!(!d.has_errors());
        d.deny_warnings();
        assert!(d.has_errors());
    }
}
