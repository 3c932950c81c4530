//! `easyguide i18n update` and `easyguide i18n status`: the translators' commands.

use std::io::Write;
use std::path::Path;
use std::process::ExitCode;

use serde::Serialize;

use super::print::{Printer, count};
use super::{Outcome, SiteArgs};
use crate::diag::render::Format;
use crate::diag::{Diagnostics, Severity};
use crate::error::Error;
use crate::lang::Lang;
use crate::translate::{self, Counts, Review, update};

/// The translation commands.
#[derive(Debug, clap::Subcommand)]
pub enum What {
    /// Write or bring up to date locales/<lang>/<guide>.ftl for every language and guide.
    Update(UpdateArgs),
    /// Show how much of each guide and of the interface each language has translated.
    Status(StatusArgs),
}

/// Arguments of `easyguide i18n update`.
#[derive(Debug, clap::Args)]
pub struct UpdateArgs {
    #[command(flatten)]
    site: SiteArgs,
}

/// Arguments of `easyguide i18n status`.
#[derive(Debug, clap::Args)]
pub struct StatusArgs {
    #[command(flatten)]
    site: SiteArgs,
    /// text (a table) or json.
    #[arg(long, value_enum, default_value_t = StatusFormat::Text, value_name = "FORMAT")]
    format: StatusFormat,
}

/// How `status` prints.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum StatusFormat {
    /// A table for people.
    Text,
    /// JSON for machines.
    Json,
}

/// Runs a translation command.
pub fn run(what: What, printer: &Printer) -> Outcome {
    match what {
        What::Update(args) => run_update(&args.site.root, printer),
        What::Status(args) => run_status(&args.site.root, args.format, printer),
    }
}

fn run_update(root: &Path, printer: &Printer) -> Outcome {
    let (sources, mut diagnostics) = crate::load::load(root)?;
    let (guides, found) = crate::parse::parse(&sources);
    diagnostics.extend(found);
    let (planned, found) = update::plan(&sources, &guides);
    diagnostics.extend(found);
    diagnostics.sort(&sources.map);
    printer.diagnostics(&sources.map, diagnostics.as_slice(), Format::Full);
    let mut written = 0;
    for file in &planned {
        if file.changed {
            write_atomically(&root.join(&file.path), &file.text)?;
            written += 1;
        }
        let what = match file.counts {
            None => format!("the {} words and message ids", file.lang.autonym()),
            Some(c) => format!(
                "{} translated, {} stale, {} missing, {} obsolete",
                c.translated, c.stale, c.missing, c.obsolete
            ),
        };
        let state = if file.changed { "updated" } else { "unchanged" };
        printer.info(&format!("{state:>9} {}: {what}", file.path));
    }
    let errors = diagnostics.count(Severity::Error);
    // The files left as they were because of a Fluent mistake, named in the last line.
    let refused: Vec<String> = diagnostics
        .as_slice()
        .iter()
        .filter(|d| d.code == "ftl-syntax" && d.severity == Severity::Error)
        .filter_map(|d| match &d.location {
            Some(crate::diag::Location::Span { file, .. }) => {
                Some(sources.map.get(*file).display_path().to_owned())
            }
            _ => None,
        })
        .collect();
    let not_updated = match refused.len() {
        0 => String::new(),
        n => format!(
            "; {} not updated because of a Fluent mistake (shown above): {}",
            count(n, "file", "files"),
            refused.join(", ")
        ),
    };
    printer.summary(
        errors == 0,
        &format!(
            "{} of {} brought up to date{not_updated}",
            count(written, "file", "files"),
            planned.len()
        ),
    );
    Ok(if errors == 0 {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    })
}

/// Writes beside the file, then renames, so a file is never left half-written.
fn write_atomically(path: &Path, text: &str) -> Result<(), Error> {
    let dir = path.parent().unwrap_or(Path::new("."));
    std::fs::create_dir_all(dir).map_err(Error::io("create the folder", dir))?;
    let name = path.file_name().unwrap_or_default().to_string_lossy();
    let temporary = dir.join(format!(".{name}.easyguide-new"));
    std::fs::write(&temporary, text).map_err(Error::io("write", &temporary))?;
    std::fs::rename(&temporary, path).map_err(Error::io("write", path))
}

/// One row of the status table.
#[derive(Debug, Serialize)]
struct Row {
    /// The guide's slug, or `interface`.
    part: String,
    /// `interface`, `messages`, `whole` or `none`.
    how: &'static str,
    #[serde(flatten)]
    counts: Counts,
    percent: usize,
    review: Review,
}

/// One language of the status report.
#[derive(Debug, Serialize)]
struct LanguageStatus {
    lang: Lang,
    name: String,
    parts: Vec<Row>,
}

fn run_status(root: &Path, format: StatusFormat, printer: &Printer) -> Outcome {
    let (sources, mut diagnostics) = crate::load::load(root)?;
    let (guides, found) = crate::parse::parse(&sources);
    diagnostics.extend(found);
    let (site, found) = translate::translate(&sources, guides);
    diagnostics.extend(found);
    diagnostics.sort(&sources.map);
    print_findings(printer, &sources.map, &diagnostics);
    let report: Vec<LanguageStatus> = site
        .languages
        .iter()
        .filter(|l| *l != site.source_language())
        .map(|lang| language_status(&site, lang))
        .collect();
    let text = match format {
        StatusFormat::Json => {
            let json = serde_json::json!({ "languages": report });
            serde_json::to_string_pretty(&json).unwrap_or_default() + "\n"
        }
        StatusFormat::Text => table(&report),
    };
    let _ = std::io::stdout().lock().write_all(text.as_bytes());
    Ok(ExitCode::SUCCESS)
}

fn print_findings(printer: &Printer, map: &crate::diag::SourceMap, found: &Diagnostics) {
    if !found.as_slice().is_empty() {
        printer.diagnostics(map, found.as_slice(), Format::Short);
    }
}

fn language_status(site: &translate::Site, lang: &Lang) -> LanguageStatus {
    let ui = site.ui.counts(lang);
    let mut parts = vec![Row {
        part: "interface".into(),
        how: "interface",
        counts: ui,
        percent: ui.percent(),
        review: site.ui.review(lang),
    }];
    for ((l, slug), t) in &site.translations {
        if l != lang {
            continue;
        }
        let percent = if t.how == "whole" {
            100
        } else {
            t.counts.percent()
        };
        parts.push(Row {
            part: slug.clone(),
            how: t.how,
            counts: t.counts,
            percent,
            review: t.review,
        });
    }
    LanguageStatus {
        lang: lang.clone(),
        name: lang.autonym().to_owned(),
        parts,
    }
}

fn table(report: &[LanguageStatus]) -> String {
    let mut out = format!(
        "{:<16} {:<24} {:>10} {:>6} {:>8} {:>9} {:>5}  {}\n",
        "language", "part", "translated", "stale", "missing", "obsolete", "done", "review"
    );
    for language in report {
        let name = format!("{} {}", language.lang, language.name);
        for row in &language.parts {
            let c = &row.counts;
            let part = match row.how {
                "whole" => format!("{} (whole guide)", row.part),
                _ => row.part.clone(),
            };
            let review = match row.review {
                Review::Reviewed => "reviewed",
                Review::Draft => "draft",
                Review::MachineDraft => "machine-assisted draft",
            };
            out.push_str(&format!(
                "{:<16} {:<24} {:>10} {:>6} {:>8} {:>9} {:>4}%  {}\n",
                name, part, c.translated, c.stale, c.missing, c.obsolete, row.percent, review
            ));
        }
    }
    out
}
