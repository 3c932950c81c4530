//! `easyguide bundle`: the offline copy for libraries and digital champions, as one zip.
//!
//! The copy is a full build in the offline edition (links naming `index.html`, a
//! `START-HERE.html` and a `README.txt`, no feeds, embeds or JSON), made in a folder of its
//! own and zipped only when the build found no errors; the site's own output folder is not
//! touched.

use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Instant;

use super::print::{Printer, count};
use super::{Checked, MessageArgs, Outcome, Output, SiteArgs, run_pipeline};
use crate::emit::bundle;
use crate::error::Error;
use crate::render::targets::Edition;

/// Arguments of `easyguide bundle`.
#[derive(Debug, clap::Args)]
pub struct Args {
    #[command(flatten)]
    site: SiteArgs,
    /// The zip file to write (replaced only when an earlier `easyguide bundle` wrote it).
    #[arg(long, short, value_name = "FILE.zip", default_value = "offline.zip")]
    output: PathBuf,
    #[command(flatten)]
    messages: MessageArgs,
}

/// Builds the offline copy and zips it.
pub fn run(args: Args, printer: &Printer) -> Outcome {
    let started = Instant::now();
    bundle::check_destination(&args.output, &args.site.root)?;
    let work = tempfile::Builder::new()
        .prefix("easyguide-bundle-")
        .tempdir()
        .map_err(Error::io("create the folder", std::env::temp_dir()))?;
    let folder = work.path().join("site");
    let Checked {
        report,
        errors,
        warnings,
    } = run_pipeline(
        &args.site,
        &args.messages,
        Output {
            dir: Some(folder.clone()),
            write: true,
            edition: Edition::Offline,
            shown_as: Some(args.output.display().to_string()),
        },
        printer,
    )?;
    let zip = args.output.display();
    if !report.written {
        printer.summary(
            false,
            &format!(
                "{} and {}; {zip} was not written",
                count(errors, "error", "errors"),
                count(warnings, "warning", "warnings")
            ),
        );
        return Ok(ExitCode::from(1));
    }
    let files = bundle::write(&folder, &args.output)?;
    let size = std::fs::metadata(&args.output)
        .map(|m| m.len())
        .map_err(Error::io("read", &args.output))?;
    printer.summary(
        true,
        &format!(
            "wrote {zip}: {} ({}, {}), {} in all, {:.1} MB, in {:.2} s; unzip it and open START-HERE.html",
            count(report.pages, "page", "pages"),
            count(report.guides, "guide", "guides"),
            count(report.languages, "language", "languages"),
            count(files, "file", "files"),
            size as f64 / 1_000_000.0,
            started.elapsed().as_secs_f64(),
        ),
    );
    Ok(ExitCode::SUCCESS)
}
