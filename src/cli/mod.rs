//! The command line: parses arguments with clap and runs one subcommand.
//!
//! Exit codes follow ripgrep: 0 all good, 1 findings at error level in the sources,
//! 2 easyguide itself could not do the job (bad arguments, unreadable disk, unsafe output).

mod a11y;
mod build;
mod bundle;
mod check;
mod i18n;
mod init;
mod new;
mod print;
mod progress;
mod readability;
mod serve;
mod watch;

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};

use crate::diag::render::Format;
use crate::error::Error;

/// Easy-read digital health guides from Markdown: multilingual, picture-led, light to load.
#[derive(Debug, Parser)]
#[command(name = "easyguide", version, about, long_about = None, propagate_version = true)]
pub struct Cli {
    /// When to colour messages: auto (when writing to a terminal and NO_COLOR is not set), always, never.
    #[arg(long, global = true, value_enum, default_value_t = ColorWhen::Auto)]
    pub color: ColorWhen,
    /// What to do.
    #[command(subcommand)]
    pub command: Command,
}

/// When to use colour.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum ColorWhen {
    /// Colour when writing to a terminal, unless NO_COLOR is set.
    Auto,
    /// Always colour.
    Always,
    /// Never colour.
    Never,
}

/// The subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Build the site into its output folder (public/ by default).
    Build(build::Args),
    /// Run every check of a build without writing the site.
    Check(check::Args),
    /// Create a new site in DIR, with one example guide, ready to build.
    Init(init::Args),
    /// Create something new in the current site.
    #[command(subcommand)]
    New(new::What),
    /// Translations: write the message files translators fill in, and show what is left.
    #[command(subcommand)]
    I18n(i18n::What),
    /// Score any text file (plain text or Markdown) or standard input for reading level.
    Readability(readability::Args),
    /// Check any HTML files or folders for accessibility (WCAG 2.2), with the CSS they link to.
    A11y(a11y::Args),
    /// Build, then build again on every change to the guides, translations, theme or settings.
    Watch(watch::Args),
    /// Watch, and preview the site on http://127.0.0.1:5050/ with live reload.
    Serve(serve::ServeArgs),
    /// Write an offline copy of the site (every language, with print pages) as one zip file,
    /// for library PCs and USB sticks.
    Bundle(bundle::Args),
}

/// Options shared by commands that read a site.
#[derive(Debug, clap::Args)]
pub struct SiteArgs {
    /// The site folder (the one with site.toml).
    #[arg(long, value_name = "DIR", default_value = ".")]
    pub root: PathBuf,
}

/// Options for how findings are shown.
#[derive(Debug, clap::Args)]
pub struct MessageArgs {
    /// How to print findings: full (with source lines), short (one line each) or json.
    #[arg(long, value_enum, default_value_t = Format::Full, value_name = "FORMAT")]
    pub format: Format,
    /// Treat warnings as errors (exit code 1 when there are any).
    #[arg(long, value_name = "LEVEL", value_parser = ["warnings"])]
    pub deny: Option<String>,
}

/// Runs the command line and returns the exit code.
pub fn main() -> ExitCode {
    let cli = Cli::parse();
    let printer = print::Printer::new(cli.color);
    let result = match cli.command {
        Command::Build(args) => build::run(args, &printer),
        Command::Check(args) => check::run(args, &printer),
        Command::Init(args) => init::run(args, &printer),
        Command::New(what) => new::run(what, &printer),
        Command::I18n(what) => i18n::run(what, &printer),
        Command::Readability(args) => readability::run(args, &printer),
        Command::A11y(args) => a11y::run(args, &printer),
        Command::Watch(args) => watch::run(args, &printer),
        Command::Serve(args) => serve::run(args, &printer),
        Command::Bundle(args) => bundle::run(args, &printer),
    };
    match result {
        Ok(code) => code,
        Err(e) => {
            printer.tool_error(&e);
            ExitCode::from(2)
        }
    }
}

/// The result of a subcommand: an exit code, or a failure of the tool (exit 2).
pub type Outcome = Result<ExitCode, Error>;

/// A finished pipeline run with its findings already printed.
pub struct Checked {
    /// What the build did.
    pub report: crate::BuildReport,
    /// How many findings are errors.
    pub errors: usize,
    /// How many findings are warnings.
    pub warnings: usize,
}

/// Today's date for review dates: `EASYGUIDE_TODAY` (`2027-01-31`) when set, so a check can
/// be repeated as of any day, else the system's.
fn today() -> Result<jiff::civil::Date, Error> {
    match std::env::var("EASYGUIDE_TODAY") {
        Ok(text) => text.trim().parse().map_err(|_| Error::BadToday(text)),
        Err(_) => Ok(jiff::Zoned::now().date()),
    }
}

/// Where a pipeline run writes and which copy of the site it makes; the default checks the
/// web site without writing it.
#[derive(Debug, Default)]
pub struct Output {
    /// The output folder, instead of `output` in `site.toml`.
    pub dir: Option<PathBuf>,
    /// Write the site (false: check only).
    pub write: bool,
    /// The web site, or an offline copy.
    pub edition: crate::render::targets::Edition,
    /// How messages name the output folder, when not by its path.
    pub shown_as: Option<String>,
}

/// Runs the pipeline (writing the site or not) and prints its findings.
pub fn run_pipeline(
    site: &SiteArgs,
    messages: &MessageArgs,
    output: Output,
    printer: &print::Printer,
) -> Result<Checked, Error> {
    let options = crate::BuildOptions {
        root: site.root.clone(),
        output: output.dir,
        deny_warnings: messages.deny.is_some(),
        write: output.write,
        today: Some(today()?),
        edition: output.edition,
        shown_as: output.shown_as,
    };
    let report = crate::build_with(&options, &progress::Bar::new())?;
    match messages.format {
        Format::Json => printer.json(&crate::check::report::json(&report)),
        format => {
            printer.diagnostics(&report.map, report.diagnostics.as_slice(), format);
            printer.readability(&report.readability);
        }
    }
    let errors = report.diagnostics.count(crate::diag::Severity::Error);
    let warnings = report.diagnostics.count(crate::diag::Severity::Warning);
    Ok(Checked {
        report,
        errors,
        warnings,
    })
}
