//! Printing diagnostics: `full` like rustc (source snippet and caret), `short` as
//! `path:line:col: severity[code]: message`, and `json` for machines.

use std::io::{self, Write};
use std::ops::Range;

use codespan_reporting::diagnostic as cs;
use codespan_reporting::files::{self, Files};
use codespan_reporting::term::{self, termcolor::WriteColor};
use serde::Serialize;

use super::{Diagnostic, FileId, Label, Location, Severity, SourceMap};

/// How diagnostics are printed.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum, Default)]
pub enum Format {
    /// Like rustc: the message, a source snippet with a caret, notes and a hint.
    #[default]
    Full,
    /// One line each: `path:line:col: severity[code]: message`.
    Short,
    /// A JSON document, for machines (see the README for its fields).
    Json,
}

impl<'a> Files<'a> for SourceMap {
    type FileId = FileId;
    type Name = &'a str;
    type Source = &'a str;

    fn name(&'a self, id: FileId) -> Result<&'a str, files::Error> {
        Ok(self.get(id).display_path())
    }

    fn source(&'a self, id: FileId) -> Result<&'a str, files::Error> {
        Ok(self.get(id).text())
    }

    fn line_index(&'a self, id: FileId, byte_index: usize) -> Result<usize, files::Error> {
        Ok(self.get(id).line_index(byte_index))
    }

    fn line_range(&'a self, id: FileId, line_index: usize) -> Result<Range<usize>, files::Error> {
        let file = self.get(id);
        let start = line_start(file, line_index)?;
        let end = line_start(file, line_index + 1)?;
        Ok(start..end)
    }
}

fn line_start(file: &super::SourceFile, line: usize) -> Result<usize, files::Error> {
    use std::cmp::Ordering;
    match line.cmp(&file.line_count()) {
        Ordering::Less => Ok(file.line_range(line).map_or(0, |r| r.start)),
        Ordering::Equal => Ok(file.text().len()),
        Ordering::Greater => Err(files::Error::LineTooLarge {
            given: line,
            max: file.line_count() - 1,
        }),
    }
}

/// Writes diagnostics in the full, rustc-like format to a colour-aware writer.
pub fn write_full(
    out: &mut dyn WriteColor,
    sources: &SourceMap,
    diagnostics: &[Diagnostic],
) -> io::Result<()> {
    let config = term::Config::default();
    let styles = term::Styles::default();
    let mut writer = term::StylesWriter::new(out, &styles);
    for d in diagnostics {
        term::emit_to_write_style(&mut writer, &config, sources, &to_codespan(d))
            .map_err(io::Error::other)?;
    }
    Ok(())
}

/// Renders diagnostics in the full format without colour, as a string (for tests and pages).
pub fn to_string(sources: &SourceMap, diagnostics: &[Diagnostic]) -> String {
    let config = term::Config::default();
    let mut text = String::new();
    for d in diagnostics {
        // Writing into a String cannot fail; the only error is a bad span, shown as its own line.
        if let Err(e) = term::emit_to_string(&mut text, &config, sources, &to_codespan(d)) {
            text.push_str(&format!("{}: {}\n", d.message, e));
        }
    }
    text
}

fn to_codespan(d: &Diagnostic) -> cs::Diagnostic<FileId> {
    let severity = match d.severity {
        Severity::Error => cs::Severity::Error,
        Severity::Warning => cs::Severity::Warning,
        Severity::Note => cs::Severity::Note,
    };
    let mut notes = Vec::new();
    let mut labels = Vec::new();
    match &d.location {
        Some(Location::Span { file, range }) => {
            labels.push(cs::Label::primary(*file, range.clone()).with_message(&d.label));
        }
        Some(other) => notes.push(format!("in {}", place(other))),
        None => {}
    }
    // A secondary place in a source file gets its own snippet; a place in a written page
    // (which the source map does not hold) is named on a line of its own.
    for label in &d.secondary {
        match &label.location {
            Location::Span { file, range } => {
                labels.push(cs::Label::secondary(*file, range.clone()).with_message(&label.message))
            }
            other => notes.push(format!("{}: {}", label.message, place(other))),
        }
    }
    notes.extend(d.notes.iter().map(|n| format!("note: {n}")));
    notes.extend(d.help.iter().map(|h| format!("help: {h}")));
    cs::Diagnostic::new(severity)
        .with_code(d.code)
        .with_message(&d.message)
        .with_labels(labels)
        .with_notes(notes)
}

/// A location that has no source snippet, as `path` or `path:line:col`.
fn place(location: &Location) -> String {
    match location {
        Location::Path(path) => path.clone(),
        Location::Output { page, line, column } => format!("{page}:{line}:{column}"),
        Location::Span { .. } => String::new(),
    }
}

/// One line per diagnostic: `path:line:col: severity[code]: message`, then the secondary
/// places in brackets (`[built into public/en/a/index.html:12:5]`).
pub fn write_short(
    out: &mut dyn Write,
    sources: &SourceMap,
    diagnostics: &[Diagnostic],
) -> io::Result<()> {
    for d in diagnostics {
        let json = JsonDiagnostic::new(d, sources);
        let place = match (&json.file, json.line, json.column) {
            (Some(file), Some(line), Some(col)) => format!("{file}:{line}:{col}: "),
            (Some(file), _, _) => format!("{file}: "),
            _ => String::new(),
        };
        let also: String = json
            .secondary
            .iter()
            .map(|l| format!(" [{}: {}]", l.label, l.place()))
            .collect();
        writeln!(
            out,
            "{place}{}[{}]: {}{also}",
            severity_word(d.severity),
            d.code,
            d.message
        )?;
    }
    Ok(())
}

fn severity_word(severity: Severity) -> &'static str {
    match severity {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Note => "note",
    }
}

/// The JSON shape of one diagnostic (documented in the README; keep it stable).
#[derive(Debug, Serialize, PartialEq, Eq)]
pub struct JsonDiagnostic {
    /// `error`, `warning` or `note`.
    pub severity: Severity,
    /// The stable kebab-case code.
    pub code: &'static str,
    /// What is wrong.
    pub message: String,
    /// The file, relative to the site root, when there is one.
    pub file: Option<String>,
    /// 1-based line of the start of the span.
    pub line: Option<usize>,
    /// 1-based column (in characters) of the start of the span.
    pub column: Option<usize>,
    /// 1-based line of the end of the span.
    pub end_line: Option<usize>,
    /// 1-based column of the end of the span.
    pub end_column: Option<usize>,
    /// The short label under the caret.
    pub label: String,
    /// Other places the finding concerns (a built page after the Markdown line).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub secondary: Vec<JsonPlace>,
    /// Why it matters.
    pub notes: Vec<String>,
    /// How to fix it.
    pub help: Option<String>,
}

/// A place of a diagnostic, resolved to lines and columns.
#[derive(Debug, Serialize, PartialEq, Eq, Default)]
pub struct JsonPlace {
    /// The file, relative to the site root (a source, or a page in the output folder).
    pub file: Option<String>,
    /// 1-based line of the start.
    pub line: Option<usize>,
    /// 1-based column (in characters) of the start.
    pub column: Option<usize>,
    /// 1-based line of the end, for source spans.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub end_line: Option<usize>,
    /// 1-based column of the end, for source spans.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub end_column: Option<usize>,
    /// What is there.
    pub label: String,
}

impl JsonPlace {
    fn new(location: Option<&Location>, label: &str, sources: &SourceMap) -> Self {
        let mut p = JsonPlace {
            label: label.to_owned(),
            ..JsonPlace::default()
        };
        match location {
            Some(Location::Span { file, range }) => {
                let f = sources.get(*file);
                let (start, end) = (f.line_col(range.start), f.line_col(range.end));
                p.file = Some(f.display_path().to_owned());
                (p.line, p.column) = (Some(start.0), Some(start.1));
                (p.end_line, p.end_column) = (Some(end.0), Some(end.1));
            }
            Some(Location::Path(path)) => p.file = Some(path.clone()),
            Some(Location::Output { page, line, column }) => {
                p.file = Some(page.clone());
                (p.line, p.column) = (Some(*line), Some(*column));
            }
            None => {}
        }
        p
    }

    /// `path:line:col`, or as much of it as is known.
    fn place(&self) -> String {
        match (&self.file, self.line, self.column) {
            (Some(file), Some(line), Some(col)) => format!("{file}:{line}:{col}"),
            (Some(file), _, _) => file.clone(),
            _ => String::new(),
        }
    }
}

impl JsonDiagnostic {
    /// Resolves a diagnostic's places to lines and columns.
    pub fn new(d: &Diagnostic, sources: &SourceMap) -> Self {
        let primary = JsonPlace::new(d.location.as_ref(), &d.label, sources);
        let secondary = d
            .secondary
            .iter()
            .map(|l: &Label| JsonPlace::new(Some(&l.location), &l.message, sources))
            .collect();
        JsonDiagnostic {
            severity: d.severity,
            code: d.code,
            message: d.message.clone(),
            file: primary.file,
            line: primary.line,
            column: primary.column,
            end_line: primary.end_line,
            end_column: primary.end_column,
            label: d.label.clone(),
            secondary,
            notes: d.notes.clone(),
            help: d.help.clone(),
        }
    }
}

/// All diagnostics as JSON values, in order.
pub fn to_json(sources: &SourceMap, diagnostics: &[Diagnostic]) -> Vec<JsonDiagnostic> {
    diagnostics
        .iter()
        .map(|d| JsonDiagnostic::new(d, sources))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> (SourceMap, Vec<Diagnostic>) {
        let mut map = SourceMap::new();
        let id = map.add(
            "content/a/index.md".into(),
            "content/a/index.md".into(),
            "+++\ntitle = 1\n+++\n".into(),
        );
        let d = Diagnostic::error("bad-type", "`title` must be text")
            .at(id, 12..13)
            .label("this is a number")
            .help("put the title in quotes");
        (map, vec![d])
    }

    #[test]
    fn full_format_shows_snippet_and_hint() {
        let (map, ds) = sample();
        insta::assert_snapshot!(to_string(&map, &ds));
    }

    fn with_page() -> (SourceMap, Vec<Diagnostic>) {
        let (map, ds) = sample();
        let d = ds[0].clone().also(
            Location::Output {
                page: "public/en/a/index.html".into(),
                line: 12,
                column: 5,
            },
            "built into",
        );
        (map, vec![d])
    }

    #[test]
    fn a_secondary_place_shows_in_every_format() {
        let (map, ds) = with_page();
        insta::assert_snapshot!(to_string(&map, &ds));
        let mut out = Vec::new();
        write_short(&mut out, &map, &ds).unwrap();
        assert_eq!(
            String::from_utf8(out).unwrap(),
            "content/a/index.md:2:9: error[bad-type]: `title` must be text \
             [built into: public/en/a/index.html:12:5]\n"
        );
        let json = serde_json::to_value(to_json(&map, &ds)).unwrap();
        assert_eq!(json[0]["line"], 2);
        assert_eq!(
            json[0]["secondary"],
            serde_json::json!([{
                "file": "public/en/a/index.html", "line": 12, "column": 5, "label": "built into"
            }])
        );
    }

    #[test]
    fn a_secondary_source_span_gets_its_own_snippet() {
        let (map, ds) = sample();
        let file = map.iter().next().unwrap().0;
        let d = ds[0].clone().also(
            Location::Span { file, range: 0..3 },
            "front matter starts here",
        );
        let text = to_string(&map, &[d]);
        assert!(text.contains("front matter starts here"), "{text}");
        assert!(text.contains("this is a number"), "{text}");
    }

    #[test]
    fn short_format_is_one_line() {
        let (map, ds) = sample();
        let mut out = Vec::new();
        write_short(&mut out, &map, &ds).unwrap();
        assert_eq!(
            String::from_utf8(out).unwrap(),
            "content/a/index.md:2:9: error[bad-type]: `title` must be text\n"
        );
    }
}
