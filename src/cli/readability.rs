//! `easyguide readability`: score any text (a plain-text or Markdown file, or standard
//! input) for reading level in a language, with its sentence findings.

use std::io::{Read, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use serde_json::json;

use super::Outcome;
use super::print::Printer;
use crate::diag::render::{self, Format};
use crate::diag::{Diagnostic, Severity, SourceMap};
use crate::error::Error;
use crate::lang::Lang;
use crate::readability::{self, Analyser, PlainWords, Profile, Settings, markdown};

/// Arguments of `easyguide readability`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// The file to score (plain text or Markdown); `-` or nothing reads standard input.
    #[arg(value_name = "FILE")]
    file: Option<PathBuf>,
    /// The language the text is written in (a language tag such as en, cy, pl, ar).
    #[arg(long, default_value = "en", value_name = "LANG")]
    lang: String,
    /// The thresholds: easy-read (15 words a sentence, reading age 9) or nhs (20, 9 to 11).
    #[arg(long, default_value = "easy-read", value_parser = ["easy-read", "nhs"], value_name = "PROFILE")]
    profile: String,
    /// How to print: full (findings with source lines), short (one line each) or json.
    #[arg(long, value_enum, default_value_t = Format::Full, value_name = "FORMAT")]
    format: Format,
    /// Treat warnings as errors (exit code 1 when there are any).
    #[arg(long, value_name = "LEVEL", value_parser = ["warnings"])]
    deny: Option<String>,
}

/// Scores the text.
pub fn run(args: Args, printer: &Printer) -> Outcome {
    let (name, text) = read(&args)?;
    let lang = Lang::parse(&args.lang).ok_or_else(|| Error::Usage {
        message: format!("`{}` is not a language tag", args.lang),
        help: "use a short language code such as en, cy, pl or ar".into(),
    })?;
    let mut map = SourceMap::new();
    let file = map.add(PathBuf::from(&name), name.clone(), text);
    let settings = Settings {
        profile: Profile::named(&args.profile).unwrap_or_else(Profile::easy_read),
        ..Settings::default()
    };
    let analyser = Analyser::new(
        lang.primary(),
        PlainWords::built_in(lang.primary()),
        settings,
    );
    let passages = markdown::passages(map.get(file).text());
    let plain: Vec<_> = passages.iter().map(|p| p.passage.clone()).collect();
    let (summary, reports) = readability::analyse(&analyser, &plain);
    let mut diagnostics: Vec<Diagnostic> = Vec::new();
    for (p, report) in passages.iter().zip(&reports) {
        let findings = report
            .findings
            .iter()
            .chain(report.sentences.iter().flat_map(|s| &s.findings));
        for f in findings {
            let d = Diagnostic::warning(f.code, &f.message)
                .at(file, p.source_range(&f.range))
                .label(&f.label)
                .note(&f.note)
                .help(&f.help);
            diagnostics.push(if args.deny.is_some() {
                d.with_severity(Severity::Error)
            } else {
                d
            });
        }
    }
    let mut sorted = crate::diag::Diagnostics::from_iter(diagnostics);
    sorted.sort(&map);
    let diagnostics = sorted.into_vec();
    if args.format == Format::Json {
        printer.json(&json!({
            "file": name,
            "language": lang,
            "profile": args.profile,
            "script": summary.script,
            "method": summary.method,
            "measures": summary.measures,
            "headline": summary.headline,
            "value": summary.value.map(|v| (v * 100.0).round() / 100.0),
            "target": summary.target,
            "direction": summary.direction,
            "passes": summary.passes(),
            "findings": render::to_json(&map, &diagnostics),
        }));
    } else {
        printer.diagnostics(&map, &diagnostics, args.format);
        let mut out = std::io::stdout().lock();
        let _ = writeln!(
            out,
            "{name}: {} ({}, {:?} script)",
            format!("{:?}", summary.method).to_lowercase(),
            lang,
            summary.script
        );
        for (measure, value) in &summary.measures.0 {
            let _ = writeln!(out, "  {measure:<26} {value:>8.2}");
        }
        let verdict = if summary.passes() {
            "on target"
        } else {
            "above the target"
        };
        let _ = writeln!(
            out,
            "  {} is {verdict} ({} {})",
            summary.headline,
            match summary.direction {
                readability::Direction::AtMost => "at most",
                readability::Direction::AtLeast => "at least",
            },
            summary.target
        );
    }
    let errors = diagnostics.iter().any(|d| d.severity == Severity::Error);
    Ok(if errors {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}

fn read(args: &Args) -> Result<(String, String), Error> {
    match args.file.as_deref() {
        None => stdin(),
        Some(p) if p.as_os_str() == "-" => stdin(),
        Some(path) => {
            let text = std::fs::read_to_string(path).map_err(Error::io("read", path))?;
            Ok((path.display().to_string(), text))
        }
    }
}

fn stdin() -> Result<(String, String), Error> {
    let mut text = String::new();
    std::io::stdin()
        .read_to_string(&mut text)
        .map_err(Error::io("read", "standard input"))?;
    Ok(("<stdin>".to_owned(), text))
}
