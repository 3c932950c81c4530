//! Findings as plain data: which rule, where (a byte offset with its line and column, in a
//! page or a stylesheet), what is wrong, and a short snippet of the markup or CSS.

use serde::Serialize;

use super::catalogue::{self, Rule};

/// How serious a finding is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// Some readers cannot use the page until this is fixed.
    Error,
    /// Readers are worse off; fix it when you can.
    Warning,
    /// Worth a look; never fails a check.
    Note,
}

/// Which text a position is in.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(tag = "kind", content = "path", rename_all = "lowercase")]
pub enum Source {
    /// The page's HTML.
    Page(String),
    /// A stylesheet: its path as the caller named it, or `<style>` in a page.
    Stylesheet(String),
}

impl Source {
    /// The path of the page or stylesheet.
    pub fn path(&self) -> &str {
        match self {
            Source::Page(p) | Source::Stylesheet(p) => p,
        }
    }
}

/// A place in a page or a stylesheet.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
pub struct Position {
    /// The text the offsets are into.
    pub source: Source,
    /// Byte offset of the start.
    pub offset: usize,
    /// Byte offset of the end.
    pub end: usize,
    /// 1-based line.
    pub line: usize,
    /// 1-based column, in characters.
    pub column: usize,
}

/// One accessibility finding.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Finding {
    /// The rule's stable kebab-case code (`image-alt-missing`).
    pub code: &'static str,
    /// The WCAG 2.2 success criterion it serves (`1.1.1`), or `None` for easy-read rules.
    pub wcag: Option<&'static str>,
    /// How serious it is.
    pub severity: Severity,
    /// What is wrong here, in one sentence.
    pub message: String,
    /// Why it matters to readers.
    pub why: &'static str,
    /// How to fix it.
    pub help: &'static str,
    /// Where: the element in the page, or the declaration in a stylesheet.
    pub position: Position,
    /// Other places involved (the element a stylesheet finding was seen on, the first use of
    /// a duplicated id).
    pub related: Vec<Position>,
    /// A short piece of the HTML or CSS at `position`.
    pub snippet: String,
}

impl Finding {
    /// A finding of rule `code` at `position`; `wcag`, severity, why and help come from the
    /// rule catalogue.
    pub fn new(code: &'static str, message: impl Into<String>, position: Position) -> Self {
        let rule: &Rule = catalogue::rule(code);
        Finding {
            code: rule.code,
            wcag: rule.wcag,
            severity: rule.severity,
            message: message.into(),
            why: rule.why,
            help: rule.help,
            position,
            related: Vec::new(),
            snippet: String::new(),
        }
    }

    /// The same finding with a snippet.
    pub fn with_snippet(mut self, snippet: String) -> Self {
        self.snippet = snippet;
        self
    }

    /// The same finding with another place involved.
    pub fn also_at(mut self, position: Position) -> Self {
        self.related.push(position);
        self
    }

    /// The same finding with another severity (an option may make a rule stricter).
    pub fn with_severity(mut self, severity: Severity) -> Self {
        self.severity = severity;
        self
    }
}

/// Sorts findings by place, then severity and code, and drops exact repeats.
pub fn sort(findings: &mut Vec<Finding>) {
    findings.sort_by(|a, b| {
        (&a.position, a.severity, a.code, &a.message).cmp(&(
            &b.position,
            b.severity,
            b.code,
            &b.message,
        ))
    });
    findings
        .dedup_by(|a, b| a.position == b.position && a.code == b.code && a.message == b.message);
}

/// Line starts of a text, to turn byte offsets into lines and columns.
#[derive(Clone, Debug)]
pub struct Lines {
    starts: Vec<usize>,
}

impl Lines {
    /// Indexes `text`.
    pub fn new(text: &str) -> Self {
        let starts = std::iter::once(0)
            .chain(text.match_indices('\n').map(|(i, _)| i + 1))
            .collect();
        Lines { starts }
    }

    /// A position for a byte range of `text` (which must be the indexed text).
    pub fn position(&self, source: &Source, text: &str, range: std::ops::Range<usize>) -> Position {
        let offset = floor_boundary(text, range.start.min(text.len()));
        let line = match self.starts.binary_search(&offset) {
            Ok(l) => l,
            Err(next) => next - 1,
        };
        let column = text[self.starts[line]..offset].chars().count() + 1;
        Position {
            source: source.clone(),
            offset,
            end: floor_boundary(text, range.end.clamp(offset, text.len())),
            line: line + 1,
            column,
        }
    }
}

/// The largest char boundary at or before `offset`.
pub fn floor_boundary(text: &str, mut offset: usize) -> usize {
    while offset > 0 && !text.is_char_boundary(offset) {
        offset -= 1;
    }
    offset
}

/// At most `max` characters of `text` from `start`, on one line, with an ellipsis when cut.
pub fn snippet(text: &str, range: std::ops::Range<usize>, max: usize) -> String {
    let start = floor_boundary(text, range.start.min(text.len()));
    let end = floor_boundary(text, range.end.clamp(start, text.len()));
    let piece: String = text[start..end]
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    if piece.chars().count() > max {
        let cut: String = piece.chars().take(max).collect();
        format!("{cut}…")
    } else {
        piece
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn positions_count_characters() {
        let text = "ab\nçd <p>";
        let lines = Lines::new(text);
        let p = lines.position(&Source::Page("x".into()), text, 7..10);
        assert_eq!((p.line, p.column), (2, 4));
    }

    #[test]
    fn snippets_are_one_short_line() {
        assert_eq!(snippet("<p\n  class=x>", 0..13, 40), "<p class=x>");
        assert_eq!(snippet("abcdef", 0..6, 3), "abc…");
    }
}
