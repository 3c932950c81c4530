//! `easyguide a11y PATH...`: the accessibility checker on any HTML files or folders (a GP
//! practice's page, a CMS export), with the CSS they link to read from disk. Findings are
//! printed like every other command's: full (with the HTML or CSS snippet), short, or JSON.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::{Arc, Mutex};

use rayon::prelude::*;
use serde::Serialize;

use super::Outcome;
use super::print::{Printer, count};
use crate::a11y::{self, ContrastLevel, Finding, Options, Position, Stylesheet};
use crate::diag::render::Format;
use crate::diag::{Diagnostic, Diagnostics, FileId, Severity, SourceMap};
use crate::error::Error;

/// Arguments of `easyguide a11y`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// HTML files, or folders to search for .html and .htm files.
    #[arg(value_name = "PATH", required = true)]
    paths: Vec<PathBuf>,
    /// How to print: full (with the HTML or CSS), short (one line each) or json.
    #[arg(long, value_enum, default_value_t = Format::Full, value_name = "FORMAT")]
    format: Format,
    /// Treat warnings as errors (exit code 1 when there are any).
    #[arg(long, value_name = "LEVEL", value_parser = ["warnings"])]
    deny: Option<String>,
    /// Text contrast to require: aa (4.5:1) or aaa (7:1, what easy read needs).
    #[arg(long, value_parser = ["aa", "aaa"], value_name = "LEVEL")]
    contrast: Option<String>,
    /// The smallest size of links and buttons whose size the CSS sets, in CSS px.
    #[arg(long, value_name = "PX")]
    target_size: Option<f32>,
    /// The language the pages are written in (a language tag); <html lang> must say it.
    #[arg(long, value_name = "LANG")]
    lang: Option<String>,
    /// Hold pages to easyguide's easy-read standard: AAA contrast, 44 px targets, no
    /// italics and no capitals made with CSS.
    #[arg(long)]
    easy_read: bool,
}

impl Args {
    fn options(&self) -> Result<Options, Error> {
        let mut options = if self.easy_read {
            Options::easy_read()
        } else {
            Options::default()
        };
        match self.contrast.as_deref() {
            Some("aaa") => options.contrast = ContrastLevel::Aaa,
            Some(_) => options.contrast = ContrastLevel::Aa,
            None => {}
        }
        if let Some(px) = self.target_size {
            if !(px.is_finite() && px > 0.0) {
                return Err(Error::Usage {
                    message: format!("--target-size {px} is not a size"),
                    help: "give a number of CSS px, such as 24 or 44".into(),
                });
            }
            options.target_size = px;
        }
        if let Some(l) = &self.lang {
            if !crate::lang::tag::valid(l) {
                return Err(Error::Usage {
                    message: format!("`{l}` is not a language tag"),
                    help: "use a tag such as en, cy, pl, ro, ar, ur or bn".into(),
                });
            }
            options.language = Some(l.clone());
        }
        Ok(options)
    }
}

/// A file read for checking: what messages call it, and its text.
struct Read {
    shown: String,
    text: String,
}

/// Checks the pages.
pub fn run(args: Args, printer: &Printer) -> Outcome {
    let options = args.options()?;
    let pages = pages(&args.paths)?;
    if pages.is_empty() {
        return Err(Error::Usage {
            message: format!(
                "no .html files in {}",
                args.paths
                    .iter()
                    .map(|p| p.display().to_string())
                    .collect::<Vec<_>>()
                    .join(", ")
            ),
            help: "give HTML files or folders that hold them".into(),
        });
    }
    let mut texts = Vec::new();
    let mut fragments = 0;
    for (root, path) in &pages {
        let bytes = std::fs::read(path).map_err(Error::io("read", path))?;
        // A fragment (easyguide's `embed/…/fragment.html`) is part of another site's page,
        // which has the title, language and landmarks; its words are checked in its embed page.
        if is_fragment(&bytes) {
            fragments += 1;
            continue;
        }
        texts.push((
            shown(path),
            String::from_utf8_lossy(&bytes).into_owned(),
            root,
            path,
        ));
    }
    if fragments > 0 {
        printer.info(&format!(
            "{fragments} HTML fragments (no <html> element) are parts of other pages, not checked on their own"
        ));
    }
    // Each page is parsed once, in parallel; stylesheets are read once, the first time a
    // page links to them.
    let cache: Mutex<BTreeMap<PathBuf, Option<Arc<Read>>>> = Mutex::new(BTreeMap::new());
    let checked: Vec<(a11y::PageReport, Vec<String>)> = texts
        .par_iter()
        .map(|(name, text, root, path)| {
            let parsed = a11y::Parsed::new(name, text);
            let mut sheets = Vec::new();
            let mut missing = Vec::new();
            for href in parsed.stylesheet_links() {
                let Some(file) = resolve(root, path, &href) else { continue };
                match stylesheet(&cache, &file) {
                    Some(read) => sheets.push(read),
                    None => missing.push(format!("{name}: the stylesheet {href} is not on disk, so its colours are not checked")),
                }
            }
            let linked: Vec<Stylesheet> = sheets.iter().map(|r| Stylesheet { path: &r.shown, text: &r.text }).collect();
            (parsed.check(&linked, &options), missing)
        })
        .collect();
    let css: BTreeMap<PathBuf, Option<Arc<Read>>> =
        cache.into_inner().unwrap_or_else(|e| e.into_inner());
    let mut reports = Vec::new();
    for (report, missing) in checked {
        for line in missing {
            printer.info(&line);
        }
        reports.push(report);
    }
    let facts: Vec<_> = reports.iter().map(|r| r.facts.clone()).collect();
    let mut findings: Vec<Finding> = reports.into_iter().flat_map(|r| r.findings).collect();
    findings.extend(a11y::check_site(&facts));
    findings
        .sort_by(|a, b| (&a.position, a.code, &a.message).cmp(&(&b.position, b.code, &b.message)));
    // A stylesheet shared by many pages has its findings once.
    findings
        .dedup_by(|a, b| a.position == b.position && a.code == b.code && a.message == b.message);
    if args.deny.is_some() {
        for f in &mut findings {
            if f.severity == a11y::Severity::Warning {
                f.severity = a11y::Severity::Error;
            }
        }
    }
    let errors = findings
        .iter()
        .filter(|f| f.severity == a11y::Severity::Error)
        .count();
    let warnings = findings
        .iter()
        .filter(|f| f.severity == a11y::Severity::Warning)
        .count();
    if args.format == Format::Json {
        printer.json(
            &serde_json::to_value(findings.iter().map(JsonFinding::new).collect::<Vec<_>>())
                .unwrap_or_default(),
        );
    } else {
        let (map, diagnostics) = diagnostics(&texts, &css, &findings);
        printer.diagnostics(&map, diagnostics.as_slice(), args.format);
        let line = format!(
            "{}: {}, {}",
            count(pages.len(), "page", "pages"),
            count(errors, "error", "errors"),
            count(warnings, "warning", "warnings")
        );
        printer.summary(errors == 0, &line);
    }
    Ok(if errors > 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}

/// A stylesheet's text, read the first time any page asks for it; `None` when it is not on disk.
fn stylesheet(
    cache: &Mutex<BTreeMap<PathBuf, Option<Arc<Read>>>>,
    file: &Path,
) -> Option<Arc<Read>> {
    if let Some(known) = cache.lock().ok()?.get(file) {
        return known.clone();
    }
    let read = std::fs::read(file).ok().map(|b| {
        Arc::new(Read {
            shown: shown(file),
            text: String::from_utf8_lossy(&b).into_owned(),
        })
    });
    cache
        .lock()
        .ok()?
        .entry(file.to_path_buf())
        .or_insert(read)
        .clone()
}

/// Every HTML file under the paths, sorted, each with the folder root-relative links
/// (`/css/site.css`) start from.
/// True for HTML that is not a document: it starts with neither a doctype nor `<html`.
fn is_fragment(bytes: &[u8]) -> bool {
    let text = String::from_utf8_lossy(&bytes[..bytes.len().min(64)]).to_ascii_lowercase();
    let start = text.trim_start_matches(['\u{feff}', ' ', '\n', '\r', '\t']);
    !(start.starts_with("<!doctype") || start.starts_with("<html") || start.starts_with("<!--"))
}

fn pages(paths: &[PathBuf]) -> Result<Vec<(PathBuf, PathBuf)>, Error> {
    let mut out = Vec::new();
    for path in paths {
        let meta = std::fs::metadata(path).map_err(Error::io("read", path))?;
        if meta.is_file() {
            let root = path.parent().map(Path::to_path_buf).unwrap_or_default();
            out.push((root, path.clone()));
            continue;
        }
        for entry in walkdir::WalkDir::new(path).sort_by_file_name() {
            let entry = entry.map_err(|e| {
                let p = e
                    .path()
                    .map(Path::to_path_buf)
                    .unwrap_or_else(|| path.clone());
                Error::Io {
                    action: "read",
                    path: p,
                    source: e.into(),
                }
            })?;
            let is_html = entry
                .path()
                .extension()
                .is_some_and(|x| x.eq_ignore_ascii_case("html") || x.eq_ignore_ascii_case("htm"));
            if entry.file_type().is_file() && is_html {
                out.push((path.clone(), entry.into_path()));
            }
        }
    }
    Ok(out)
}

/// The file a stylesheet address points to, if it is on this disk.
fn resolve(root: &Path, page: &Path, href: &str) -> Option<PathBuf> {
    let href = href.trim();
    let lower = href.to_ascii_lowercase();
    if href.starts_with("//")
        || lower.starts_with("http:")
        || lower.starts_with("https:")
        || lower.starts_with("data:")
    {
        return None;
    }
    let href = href.strip_prefix("file://").unwrap_or(href);
    let path = href.split(['?', '#']).next().unwrap_or_default();
    let path = percent_decode(path);
    if path.is_empty() {
        return None;
    }
    Some(match path.strip_prefix('/') {
        Some(rest) => root.join(rest),
        None => page.parent().unwrap_or(Path::new("")).join(path),
    })
}

fn percent_decode(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%'
            && let Some(v) = s
                .get(i + 1..i + 3)
                .and_then(|h| u8::from_str_radix(h, 16).ok())
        {
            out.push(v);
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

fn shown(path: &Path) -> String {
    path.to_string_lossy().replace('\\', "/")
}

/// The findings as diagnostics over a source map of the pages and stylesheets, for the
/// full and short printers.
fn diagnostics(
    pages: &[(String, String, &PathBuf, &PathBuf)],
    css: &BTreeMap<PathBuf, Option<Arc<Read>>>,
    findings: &[Finding],
) -> (SourceMap, Diagnostics) {
    let mut map = SourceMap::new();
    let mut ids: BTreeMap<String, FileId> = BTreeMap::new();
    for (name, text, _, _) in pages {
        ids.insert(
            name.clone(),
            map.add(PathBuf::from(name), name.clone(), text.clone()),
        );
    }
    for r in css.values().flatten() {
        ids.entry(r.shown.clone())
            .or_insert_with(|| map.add(PathBuf::from(&r.shown), r.shown.clone(), r.text.clone()));
    }
    let list = findings.iter().map(|f| {
        let severity = match f.severity {
            a11y::Severity::Error => Severity::Error,
            a11y::Severity::Warning => Severity::Warning,
            a11y::Severity::Note => Severity::Note,
        };
        let mut d = Diagnostic::error(f.code, &f.message)
            .with_severity(severity)
            .note(f.why);
        if let Some(sc) = f.wcag {
            let (name, level) = a11y::catalogue::criterion(sc).unwrap_or(("", ""));
            d = d.note(format!("WCAG 2.2 {sc} {name} (level {level})"));
        } else {
            d = d.note("easy-read convention");
        }
        for r in &f.related {
            d = d.note(format!(
                "see also {}:{}:{}",
                r.source.path(),
                r.line,
                r.column
            ));
        }
        d = d.help(f.help);
        match ids.get(f.position.source.path()) {
            Some(id) => d.at(
                *id,
                f.position.offset..f.position.end.max(f.position.offset),
            ),
            None => d.at_path(place(&f.position)),
        }
    });
    (map, Diagnostics::from_iter(list))
}

fn place(p: &Position) -> String {
    format!("{}:{}:{}", p.source.path(), p.line, p.column)
}

/// One finding as JSON (the README documents these fields).
#[derive(Debug, Serialize)]
struct JsonFinding<'a> {
    file: &'a str,
    line: usize,
    column: usize,
    code: &'static str,
    wcag: Option<&'static str>,
    level: Option<&'static str>,
    severity: a11y::Severity,
    message: &'a str,
    why: &'static str,
    help: &'static str,
    snippet: &'a str,
    related: Vec<String>,
}

impl<'a> JsonFinding<'a> {
    fn new(f: &'a Finding) -> Self {
        JsonFinding {
            file: f.position.source.path(),
            line: f.position.line,
            column: f.position.column,
            code: f.code,
            wcag: f.wcag,
            level: f.wcag.and_then(a11y::catalogue::criterion).map(|c| c.1),
            severity: f.severity,
            message: &f.message,
            why: f.why,
            help: f.help,
            snippet: &f.snippet,
            related: f.related.iter().map(place).collect(),
        }
    }
}
