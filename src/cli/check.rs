//! `easyguide check`: every check of a build, without writing the site.

use std::path::PathBuf;
use std::process::ExitCode;

use super::print::{Printer, count, pictures_line};
use super::{Checked, MessageArgs, Outcome, Output, SiteArgs, run_pipeline};
use crate::diag::render::Format;

/// Arguments of `easyguide check`.
#[derive(Debug, clap::Args)]
pub struct Args {
    #[command(flatten)]
    site: SiteArgs,
    #[command(flatten)]
    messages: MessageArgs,
    /// Also write an HTML report for authors (charts and the sentences to look at first)
    /// to DIR/index.html.
    #[arg(long, value_name = "DIR")]
    report: Option<PathBuf>,
}

/// Runs the checks.
pub fn run(args: Args, printer: &Printer) -> Outcome {
    let Checked {
        report,
        errors,
        warnings,
    } = run_pipeline(&args.site, &args.messages, Output::default(), printer)?;
    if let Some(dir) = &args.report {
        crate::check::report::check_location(dir, &args.site.root, &report.output_dir)?;
        crate::check::report::write(&report, dir)?;
        if args.messages.format != Format::Json {
            printer.info(&format!(
                "wrote the check report to {}",
                dir.join("index.html").display()
            ));
        }
    }
    if args.messages.format != Format::Json {
        printer.weights(&report.weights);
        printer.readability_table(&report.readability);
        printer.info(&pictures_line(&report.pictures));
        printer.summary(
            errors == 0,
            &format!(
                "checked {} in {}: {} and {}",
                count(report.guides, "guide", "guides"),
                count(report.languages, "language", "languages"),
                count(errors, "error", "errors"),
                count(warnings, "warning", "warnings")
            ),
        );
    }
    Ok(if errors == 0 {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    })
}
