//! `easyguide check`: every check of a build, without writing the site.

use std::process::ExitCode;

use super::print::{Printer, count};
use super::{MessageArgs, Outcome, SiteArgs};
use crate::diag::Severity;
use crate::diag::render::Format;
use crate::{BuildOptions, build};

/// Arguments of `easyguide check`.
#[derive(Debug, clap::Args)]
pub struct Args {
    #[command(flatten)]
    site: SiteArgs,
    #[command(flatten)]
    messages: MessageArgs,
}

/// Runs the checks.
pub fn run(args: Args, printer: &Printer) -> Outcome {
    let options = BuildOptions {
        root: args.site.root.clone(),
        output: None,
        deny_warnings: args.messages.deny.is_some(),
        write: false,
    };
    let report = build(&options)?;
    printer.diagnostics(
        &report.map,
        report.diagnostics.as_slice(),
        args.messages.format,
    );
    let errors = report.diagnostics.count(Severity::Error);
    let warnings = report.diagnostics.count(Severity::Warning);
    if args.messages.format != Format::Json {
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
