//! `easyguide readability`: score any texts for reading level, with their sentence findings
//! and why each sentence is hard: plain-text or Markdown files, folders of them, standard
//! input, or JSON Lines (`{"id": …, "text": …, "lang": …}` a line, one result line each).
//!
//! Inputs are scored in parallel, in one process, each language's data built once; results
//! are printed in input order. A progress bar shows on a terminal when there are many.

use std::collections::BTreeMap;
use std::io::{IsTerminal, Read, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::Arc;

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use rayon::prelude::*;
use serde::Serialize;
use serde_json::{Value, json};

use super::Outcome;
use super::print::Printer;
use crate::diag::render::{self, Format};
use crate::diag::{Diagnostic, Diagnostics, FileId, Severity, SourceMap};
use crate::error::Error;
use crate::lang::Lang;
use crate::readability::{self, Analyser, Language, Profile, Settings, Summary, markdown};

/// Arguments of `easyguide readability`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Files or folders to score (plain text or Markdown; folders are searched for `.md` and
    /// `.txt` files); `-` or nothing reads standard input.
    #[arg(value_name = "PATH")]
    paths: Vec<PathBuf>,
    /// The language the text is written in (a language tag such as en, cy, pl, ar).
    #[arg(long, default_value = "en", value_name = "LANG")]
    lang: String,
    /// The thresholds: easy-read (15 words a sentence, reading age 9) or nhs (20, 11).
    #[arg(long, default_value = "easy-read", value_parser = ["easy-read", "nhs"], value_name = "PROFILE")]
    profile: String,
    /// How to print: full (findings with source lines), short (one line each) or json.
    #[arg(long, value_enum, default_value_t = Format::Full, value_name = "FORMAT")]
    format: Format,
    /// Treat warnings as errors (exit code 1 when there are any).
    #[arg(long, value_name = "LEVEL", value_parser = ["warnings"])]
    deny: Option<String>,
    /// Read JSON Lines: one `{"id": …, "text": …, "lang": …}` object a line ("lang" may be
    /// left out); print one JSON result line for each, in the same order.
    #[arg(long)]
    jsonl: bool,
}

/// One text to score.
struct Input {
    /// Its file in the source map.
    file: FileId,
    /// Its language.
    lang: Lang,
    /// The JSON Lines `id`, echoed back.
    id: Option<Value>,
}

/// A JSON Lines line that is not a text to score: its line number and what is wrong, so
/// the output keeps one line for each line of input.
struct BadLine {
    /// How many texts come before it.
    at: usize,
    line: usize,
    message: String,
}

/// One text's results.
struct Scored {
    summary: Summary,
    diagnostics: Vec<Diagnostic>,
    /// Its JSON result, made on the worker thread when JSON is printed.
    json: Option<String>,
}

/// How results are printed, for the workers that make them.
struct Output<'a> {
    profile: &'a str,
    json: bool,
    pretty: bool,
    deny: bool,
}

/// A text's result, as printed in JSON.
#[derive(Serialize)]
struct ResultJson<'a> {
    #[serde(skip_serializing_if = "Option::is_none")]
    id: Option<&'a Value>,
    #[serde(skip_serializing_if = "Option::is_none")]
    file: Option<&'a str>,
    language: &'a Lang,
    profile: &'a str,
    script: readability::Script,
    method: readability::Method,
    measures: &'a readability::Measures,
    headline: &'a str,
    value: Option<f64>,
    reading_age: Option<f64>,
    band: Option<readability::Band>,
    band_name: Option<&'static str>,
    basis: Option<readability::Basis>,
    target: f64,
    direction: readability::Direction,
    passes: bool,
    findings: Vec<render::JsonDiagnostic>,
    sentences: Vec<SentenceJson<'a>>,
}

/// A sentence, as printed in JSON: where it is, how hard, and why.
#[derive(Serialize)]
struct SentenceJson<'a> {
    line: usize,
    column: usize,
    text: &'a str,
    words: usize,
    reading_age: Option<f64>,
    band: Option<readability::Band>,
    rare_words: Vec<&'a str>,
    long_words: Vec<&'a str>,
    why: String,
    findings: Vec<&'static str>,
}

/// Scores the texts.
pub fn run(args: Args, printer: &Printer) -> Outcome {
    let default = Lang::parse_known(&args.lang).ok_or_else(|| Error::Usage {
        message: format!("`{}` is not a language code", args.lang),
        help: match crate::lang::tag::suggest(&args.lang) {
            Some(code) => format!("write the language's code: --lang {code}"),
            None => "use the language's ISO 639 code, such as en, cy, pl, ar or so".into(),
        },
    })?;
    let mut map = SourceMap::new();
    let mut bad = Diagnostics::new();
    let mut bad_lines = Vec::new();
    let inputs = if args.jsonl {
        json_lines(&args, &default, &mut map, &mut bad, &mut bad_lines)?
    } else {
        files(&args, &default, &mut map)?
    };
    let settings = Settings {
        profile: Profile::named(&args.profile).unwrap_or_else(Profile::easy_read),
        ..Settings::default()
    };
    let languages = languages(&inputs);
    let bar = progress(inputs.len());
    let output = Output {
        profile: &args.profile,
        json: args.format == Format::Json || args.jsonl,
        pretty: !args.jsonl && inputs.len() == 1,
        deny: args.deny.is_some(),
    };
    let scored: Vec<Scored> = inputs
        .par_iter()
        .map(|input| {
            let language = languages[input.lang.primary()].clone();
            let s = score(input, &map, language, &settings, &output);
            bar.inc(1);
            s
        })
        .collect();
    bar.finish_and_clear();
    let bad = bad.into_vec();
    let mut errors = !bad.is_empty();
    printer.diagnostics(&map, &bad, Format::Full);
    for s in &scored {
        errors |= s.diagnostics.iter().any(|d| d.severity == Severity::Error);
    }
    print(&args, printer, &map, &inputs, &scored, &bad_lines);
    Ok(if errors {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}

/// Each language's data, built once.
fn languages(inputs: &[Input]) -> BTreeMap<String, Arc<Language>> {
    let mut out = BTreeMap::new();
    for input in inputs {
        let primary = input.lang.primary();
        out.entry(primary.to_owned())
            .or_insert_with(|| Arc::new(Language::built_in(primary)));
    }
    out
}

/// A bar on standard error when it is a terminal and there is more than one text.
fn progress(total: usize) -> ProgressBar {
    if total < 2 || !std::io::stderr().is_terminal() {
        return ProgressBar::hidden();
    }
    let style = ProgressStyle::with_template("scoring {bar:30} {pos}/{len} {elapsed}")
        .unwrap_or_else(|_| ProgressStyle::default_bar());
    ProgressBar::with_draw_target(Some(total as u64), ProgressDrawTarget::stderr())
        .with_style(style)
}

/// One text: its summary, its findings as diagnostics, and its JSON with each sentence
/// explained.
fn score(
    input: &Input,
    map: &SourceMap,
    language: Arc<Language>,
    settings: &Settings,
    output: &Output,
) -> Scored {
    let analyser = Analyser::with_language(language, settings.clone());
    let source = map.get(input.file);
    let passages = markdown::passages(source.text());
    let (summary, reports) = readability::analyse(&analyser, passages.iter().map(|p| &p.passage));
    let mut diagnostics = Vec::new();
    for (p, report) in passages.iter().zip(&reports) {
        diagnose(input.file, p, report, output.deny, &mut diagnostics);
    }
    let mut sorted = Diagnostics::from_iter(diagnostics);
    sorted.sort(map);
    let diagnostics = sorted.into_vec();
    let json = output.json.then(|| {
        let sentences = passages
            .iter()
            .zip(&reports)
            .flat_map(|(p, r)| r.sentences.iter().map(move |s| sentence_json(source, p, s)))
            .collect();
        let result = result_json(input, map, &summary, &diagnostics, sentences, output);
        let text = if output.pretty {
            serde_json::to_string_pretty(&result)
        } else {
            serde_json::to_string(&result)
        };
        text.unwrap_or_default()
    });
    Scored {
        summary,
        diagnostics,
        json,
    }
}

/// A passage's findings as diagnostics; a finding about a whole sentence says why the
/// sentence is hard.
fn diagnose(
    file: FileId,
    p: &markdown::SourcePassage,
    report: &readability::PassageReport,
    deny: bool,
    out: &mut Vec<Diagnostic>,
) {
    let sentences = report.sentences.iter();
    let findings = report
        .findings
        .iter()
        .map(|f| (f, None))
        .chain(sentences.flat_map(|s| s.findings.iter().map(move |f| (f, Some(s)))));
    for (f, sentence) in findings {
        let mut d = Diagnostic::warning(f.code, &f.message)
            .at(file, p.source_range(&f.range))
            .label(&f.label)
            .note(&f.note)
            .help(&f.help);
        if let Some(s) = sentence.filter(|_| f.is_about_the_sentence()) {
            d = d.note(format!("this sentence: {}", s.why(&p.passage.text)));
        }
        out.push(if deny {
            d.with_severity(Severity::Error)
        } else {
            d
        });
    }
}

fn sentence_json<'a>(
    source: &crate::diag::SourceFile,
    p: &'a markdown::SourcePassage,
    s: &readability::SentenceReport,
) -> SentenceJson<'a> {
    let text = p.passage.text.as_str();
    let (line, column) = source.line_col(p.source_range(&s.range).start);
    let words = |ranges: &[std::ops::Range<usize>]| -> Vec<&'a str> {
        ranges.iter().map(|r| &text[r.clone()]).collect()
    };
    SentenceJson {
        line,
        column,
        text: &text[s.range.clone()],
        words: s.explanation.words,
        reading_age: s.level.map(|l| round(l.reading_age)),
        band: s.level.map(|l| l.band),
        rare_words: words(&s.explanation.rare),
        long_words: words(&s.explanation.long),
        why: s.why(text),
        findings: s.findings.iter().map(|f| f.code).collect(),
    }
}

fn round(v: f64) -> f64 {
    (v * 100.0).round() / 100.0
}

fn result_json<'a>(
    input: &'a Input,
    map: &'a SourceMap,
    summary: &'a Summary,
    diagnostics: &[Diagnostic],
    sentences: Vec<SentenceJson<'a>>,
    output: &Output<'a>,
) -> ResultJson<'a> {
    let level = summary.level;
    ResultJson {
        id: input.id.as_ref(),
        file: input
            .id
            .is_none()
            .then(|| map.get(input.file).display_path()),
        language: &input.lang,
        profile: output.profile,
        script: summary.script,
        method: summary.method,
        measures: &summary.measures,
        headline: summary.headline,
        value: summary.value.map(round),
        reading_age: level.map(|l| round(l.reading_age)),
        band: level.map(|l| l.band),
        band_name: level.map(|l| l.band.name()),
        basis: level.map(|l| l.basis),
        target: summary.target,
        direction: summary.direction,
        passes: summary.passes(),
        findings: render::to_json(map, diagnostics),
        sentences,
    }
}

fn print(
    args: &Args,
    printer: &Printer,
    map: &SourceMap,
    inputs: &[Input],
    scored: &[Scored],
    bad_lines: &[BadLine],
) {
    let many = args.jsonl || inputs.len() > 1;
    if args.format == Format::Json || args.jsonl {
        let mut out = std::io::BufWriter::new(std::io::stdout().lock());
        let mut bad = bad_lines.iter().peekable();
        for (i, s) in scored.iter().enumerate() {
            while let Some(b) = bad.next_if(|b| b.at == i) {
                let _ = writeln!(out, "{}", json!({"line": b.line, "error": b.message}));
            }
            let _ = writeln!(out, "{}", s.json.as_deref().unwrap_or("{}"));
        }
        for b in bad {
            let _ = writeln!(out, "{}", json!({"line": b.line, "error": b.message}));
        }
        let _ = out.flush();
        return;
    }
    let all: Vec<Diagnostic> = scored.iter().flat_map(|s| s.diagnostics.clone()).collect();
    printer.diagnostics(map, &all, args.format);
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    for (input, s) in inputs.iter().zip(scored) {
        let name = map.get(input.file).display_path();
        if many {
            let _ = writeln!(out, "{name}: {}", verdict(&s.summary));
        } else {
            measures_table(&mut out, name, &input.lang, &s.summary);
        }
    }
    let _ = out.flush();
}

/// "reading age 8.2 (easy), on target (at most 9)".
fn verdict(summary: &Summary) -> String {
    let value = match (summary.level, summary.value) {
        (Some(l), _) => format!("reading age {:.1} ({})", l.reading_age, l.band.name()),
        (None, Some(v)) => format!("{} {v:.1}", summary.headline.replace('_', " ")),
        (None, None) => "no words to measure".into(),
    };
    let bound = match summary.direction {
        readability::Direction::AtMost => "at most",
        readability::Direction::AtLeast => "at least",
    };
    let on = if summary.passes() {
        "on target"
    } else {
        "above the target"
    };
    format!("{value}, {on} ({bound} {})", summary.target)
}

fn measures_table(out: &mut impl Write, name: &str, lang: &Lang, summary: &Summary) {
    let basis = match summary.level.map(|l| l.basis) {
        Some(readability::Basis::Frequency) => "word frequency and length",
        Some(readability::Basis::Length) => "length only: no frequency list for this language",
        None => "no reading age for this script",
    };
    let _ = writeln!(
        out,
        "{name}: {} ({lang}, {:?} script; reading age from {basis})",
        format!("{:?}", summary.method).to_lowercase(),
        summary.script
    );
    for (measure, value) in &summary.measures.0 {
        let _ = writeln!(out, "  {measure:<26} {value:>8.2}");
    }
    let _ = writeln!(out, "  {}", verdict(summary));
}

/// The files named on the command line, folders searched for Markdown and text files;
/// standard input when there are none.
fn files(args: &Args, lang: &Lang, map: &mut SourceMap) -> Result<Vec<Input>, Error> {
    let mut paths = Vec::new();
    for path in &args.paths {
        if path.as_os_str() == "-" {
            paths.push(None);
        } else if path.is_dir() {
            paths.extend(folder(path)?.into_iter().map(Some));
        } else {
            paths.push(Some(path.clone()));
        }
    }
    if paths.is_empty() {
        paths.push(None);
    }
    let mut inputs = Vec::new();
    for path in paths {
        let (name, text) = match path {
            None => ("<stdin>".to_owned(), stdin()?),
            Some(p) => {
                let text = std::fs::read_to_string(&p).map_err(Error::io("read", &p))?;
                (p.display().to_string(), text)
            }
        };
        let file = map.add(PathBuf::from(&name), name, text);
        inputs.push(Input {
            file,
            lang: lang.clone(),
            id: None,
        });
    }
    Ok(inputs)
}

/// Markdown and text files under a folder, sorted.
fn folder(dir: &Path) -> Result<Vec<PathBuf>, Error> {
    let mut out = Vec::new();
    for entry in walkdir::WalkDir::new(dir).sort_by_file_name() {
        let entry = entry.map_err(|e| Error::Io {
            action: "read the folder",
            path: e.path().unwrap_or(dir).to_path_buf(),
            source: e
                .into_io_error()
                .unwrap_or_else(|| std::io::Error::other("loop")),
        })?;
        let ext = entry.path().extension().and_then(|e| e.to_str());
        if entry.file_type().is_file() && matches!(ext, Some("md" | "txt")) {
            out.push(entry.into_path());
        }
    }
    Ok(out)
}

fn stdin() -> Result<String, Error> {
    let mut text = String::new();
    std::io::stdin()
        .read_to_string(&mut text)
        .map_err(Error::io("read", "standard input"))?;
    Ok(text)
}

/// The texts of JSON Lines on standard input (or in the files named): each good line is a
/// text; each bad one an error diagnostic at its line and column.
fn json_lines(
    args: &Args,
    lang: &Lang,
    map: &mut SourceMap,
    bad: &mut Diagnostics,
    bad_lines: &mut Vec<BadLine>,
) -> Result<Vec<Input>, Error> {
    let mut sources = Vec::new();
    if args.paths.is_empty() || args.paths.iter().any(|p| p.as_os_str() == "-") {
        sources.push(("<stdin>".to_owned(), stdin()?));
    }
    for path in args.paths.iter().filter(|p| p.as_os_str() != "-") {
        let text = std::fs::read_to_string(path).map_err(Error::io("read", path))?;
        sources.push((path.display().to_string(), text));
    }
    let mut inputs = Vec::new();
    for (name, text) in sources {
        let lines: Vec<(usize, String)> = text
            .split_inclusive('\n')
            .scan(0, |at, l| {
                let start = *at;
                *at += l.len();
                Some((start, l.to_owned()))
            })
            .collect();
        let whole = map.add(PathBuf::from(&name), name.clone(), text);
        for (n, (start, line)) in lines.iter().enumerate() {
            if line.trim().is_empty() {
                continue;
            }
            match parse_line(line, lang) {
                Ok((id, text, lang)) => {
                    let label = format!("{name} line {}", n + 1);
                    let file = map.add(PathBuf::from(&label), label, text);
                    inputs.push(Input {
                        file,
                        lang,
                        id: Some(id),
                    });
                }
                Err((message, column)) => {
                    bad_lines.push(BadLine {
                        at: inputs.len(),
                        line: n + 1,
                        message: message.clone(),
                    });
                    bad.push(
                        Diagnostic::error("bad-input", message)
                            .at(whole, start + column..start + line.trim_end().len().max(column))
                            .help("each line is one JSON object: {\"id\": \"a1\", \"text\": \"Words to score.\", \"lang\": \"en\"} (\"lang\" may be left out)"),
                    )
                }
            }
        }
    }
    Ok(inputs)
}

/// One JSON Lines object: its id, text and language, or what is wrong and at which byte.
fn parse_line(line: &str, default: &Lang) -> Result<(Value, String, Lang), (String, usize)> {
    let value: Value = serde_json::from_str(line).map_err(|e| {
        let column = line
            .char_indices()
            .nth(e.column().saturating_sub(1))
            .map_or(0, |(i, _)| i);
        (format!("this line is not JSON: {e}"), column)
    })?;
    let Value::Object(object) = value else {
        return Err(("this line is not a JSON object".into(), 0));
    };
    let text = match object.get("text") {
        Some(Value::String(t)) => t.clone(),
        _ => return Err(("this line has no \"text\" string".into(), 0)),
    };
    let lang = match object.get("lang") {
        None | Some(Value::Null) => default.clone(),
        Some(Value::String(tag)) => {
            Lang::parse_known(tag).ok_or_else(|| (format!("`{tag}` is not a language code"), 0))?
        }
        Some(_) => return Err(("\"lang\" must be a string such as \"en\"".into(), 0)),
    };
    let id = object.get("id").cloned().unwrap_or(Value::Null);
    Ok((id, text, lang))
}
