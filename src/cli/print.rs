//! Everything the commands print: findings, the summary line and tool errors, all on
//! standard error (standard output carries only machine-readable output such as JSON).

use std::io::{IsTerminal, Write};

use codespan_reporting::term::termcolor::{
    Color, ColorChoice, ColorSpec, StandardStream, WriteColor,
};

use super::ColorWhen;
use crate::check::budgets::{PageWeight, table};
use crate::diag::render::{self, Format};
use crate::diag::{Diagnostic, SourceMap};
use crate::error::Error;

/// Prints to standard error, in colour when allowed.
#[derive(Clone, Copy)]
pub struct Printer {
    color: ColorChoice,
}

impl Printer {
    /// Decides on colour: `--color`, then `NO_COLOR`, then whether standard error is a terminal.
    pub fn new(when: ColorWhen) -> Self {
        let no_color = std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty());
        let color = match when {
            ColorWhen::Always => ColorChoice::Always,
            ColorWhen::Never => ColorChoice::Never,
            ColorWhen::Auto if no_color || !std::io::stderr().is_terminal() => ColorChoice::Never,
            ColorWhen::Auto => ColorChoice::Auto,
        };
        Printer { color }
    }

    /// Prints findings in the chosen format (JSON goes to standard output).
    pub fn diagnostics(&self, map: &SourceMap, diagnostics: &[Diagnostic], format: Format) {
        let result = match format {
            Format::Full => {
                let mut err = StandardStream::stderr(self.color);
                render::write_full(&mut err, map, diagnostics)
            }
            Format::Short => render::write_short(&mut std::io::stderr().lock(), map, diagnostics),
            Format::Json => {
                let json = serde_json::json!({ "diagnostics": render::to_json(map, diagnostics) });
                writeln!(
                    std::io::stdout().lock(),
                    "{}",
                    serde_json::to_string_pretty(&json).unwrap_or_default()
                )
            }
        };
        // Nowhere left to report a failure to write to the terminal.
        let _ = result;
    }

    /// Prints a JSON document on standard output.
    pub fn json(&self, value: &serde_json::Value) {
        let _ = writeln!(
            std::io::stdout().lock(),
            "{}",
            serde_json::to_string_pretty(value).unwrap_or_default()
        );
    }

    /// Prints the reading-level summary line: guides on target and the furthest off.
    pub fn readability(&self, scores: &[crate::check::readability::GuideScore]) {
        if !scores.is_empty() {
            self.info(&crate::check::readability::summary_line(scores));
        }
    }

    /// Prints every guide's reading level per language as a table on standard output.
    pub fn readability_table(&self, scores: &[crate::check::readability::GuideScore]) {
        if !scores.is_empty() {
            let _ = writeln!(
                std::io::stdout().lock(),
                "{}",
                crate::check::readability::table(scores)
            );
        }
    }

    /// Prints the page weights as a table on standard output: it is what `check` reports.
    pub fn weights(&self, weights: &[PageWeight]) {
        let mut out = std::io::stdout().lock();
        let _ = writeln!(out, "{}", table(weights));
    }

    /// Prints one summary line, green for success and red for failure.
    pub fn summary(&self, ok: bool, line: &str) {
        let mut err = StandardStream::stderr(self.color);
        let mut spec = ColorSpec::new();
        spec.set_fg(Some(if ok { Color::Green } else { Color::Red }))
            .set_bold(true);
        let _ = err.set_color(&spec);
        let _ = write!(err, "{}", if ok { "done" } else { "failed" });
        let _ = err.reset();
        let _ = writeln!(err, ": {line}");
    }

    /// Prints a plain line of information.
    pub fn info(&self, line: &str) {
        let _ = writeln!(std::io::stderr().lock(), "{line}");
    }

    /// Prints a failure of the tool with its causes.
    pub fn tool_error(&self, e: &Error) {
        let mut err = StandardStream::stderr(self.color);
        let mut spec = ColorSpec::new();
        spec.set_fg(Some(Color::Red)).set_bold(true);
        let _ = err.set_color(&spec);
        let _ = write!(err, "error");
        let _ = err.reset();
        let _ = writeln!(err, ": {e}");
        let mut source = std::error::Error::source(e);
        while let Some(cause) = source {
            let _ = writeln!(err, "  caused by: {cause}");
            source = cause.source();
        }
    }
}

/// "pictures: 0 encoded, 42 reused (3 SVG)": how much picture work a build did.
pub fn pictures_line(stats: &crate::assets::PictureStats) -> String {
    let mut line = format!(
        "pictures: {} encoded, {} reused",
        stats.encoded, stats.reused
    );
    if stats.svg > 0 {
        line.push_str(&format!(" ({} SVG checked)", stats.svg));
    }
    line
}

/// "1 error", "2 warnings".
pub fn count(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}
