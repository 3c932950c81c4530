//! `easyguide build`: build the site and print findings and a one-line summary.

use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Instant;

use super::print::{Printer, count, pictures_line};
use super::{Checked, MessageArgs, Outcome, Output, SiteArgs, run_pipeline};

/// Arguments of `easyguide build`.
#[derive(Debug, clap::Args)]
pub struct Args {
    #[command(flatten)]
    site: SiteArgs,
    /// Where to write the site (default: `output` in site.toml, which defaults to public/).
    #[arg(long, short, value_name = "DIR")]
    output: Option<PathBuf>,
    #[command(flatten)]
    messages: MessageArgs,
    /// Print how long each stage of the build took.
    #[arg(long)]
    timings: bool,
}

/// Runs the build.
pub fn run(args: Args, printer: &Printer) -> Outcome {
    let started = Instant::now();
    let Checked {
        report,
        errors,
        warnings,
    } = run_pipeline(
        &args.site,
        &args.messages,
        Output {
            dir: args.output,
            write: true,
            ..Output::default()
        },
        printer,
    )?;
    if args.timings {
        for (stage, took) in &report.timings {
            printer.info(&format!("{:>9.1} ms  {stage}", took.as_secs_f64() * 1000.0));
        }
    }
    let shown = report.output_dir.display();
    if report.written {
        let findings = if warnings > 0 {
            format!(", {}", count(warnings, "warning", "warnings"))
        } else {
            String::new()
        };
        printer.summary(
            true,
            &format!(
                "wrote {} ({}, {}) and {} to {shown} in {:.2} s{findings}",
                count(report.pages, "page", "pages"),
                count(report.guides, "guide", "guides"),
                count(report.languages, "language", "languages"),
                count(report.files - report.pages, "other file", "other files"),
                started.elapsed().as_secs_f64(),
            ),
        );
        printer.info(&pictures_line(&report.pictures));
        Ok(ExitCode::SUCCESS)
    } else {
        printer.summary(
            false,
            &format!(
                "{} and {}; {shown} was not changed",
                count(errors, "error", "errors"),
                count(warnings, "warning", "warnings")
            ),
        );
        Ok(ExitCode::from(1))
    }
}
