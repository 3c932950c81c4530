//! easyguide: easy-read digital health guides from Markdown, for everyone.
//!
//! The build is a pipeline; each stage is a module that takes the previous stage's value
//! and returns its own, plus diagnostics. No stage prints, exits or stops at the first
//! problem: [`build`] collects every finding and writes the site only when none is an error.
//!
//! 1. [`load`]: the site folder → [`load::Sources`] (config, guide files, locales, theme)
//! 2. [`parse`]: each guide's Markdown → [`document::Guide`]
//! 3. [`translate`]: guides → one guide per published language ([`translate::Site`])
//! 4. [`assets`] and [`render`]: pictures, stylesheet and HTML pages
//! 5. [`check`]: links between guides, reading level, and the written pages read back
//! 6. [`emit`]: the output folder, replaced all at once
//!
//! [`cli`] puts commands on top; [`diag`] holds the diagnostics every stage returns;
//! [`readability`] measures any text in any language; [`glossary`] finds hard words' uses.

#![warn(missing_docs)]
// A `Diagnostic` is a few strings and a span; it is returned only on the cold path where the
// author has to fix something, so boxing it would add noise and save nothing that matters.
#![allow(clippy::result_large_err)]

pub mod a11y;
pub mod assets;
pub mod check;
pub mod cli;
pub mod config;
pub mod diag;
pub mod document;
pub mod emit;
pub mod error;
pub mod glossary;
pub mod lang;
pub mod load;
pub mod parse;
pub mod readability;
pub mod render;
pub mod serve;
pub mod slug;
pub mod translate;
pub mod workspace;

use std::path::PathBuf;

use diag::{Diagnostics, SourceMap};
use error::Result;
pub use workspace::Workspace;

/// What to build and how.
#[derive(Debug, Clone)]
pub struct BuildOptions {
    /// The site folder (the one with `site.toml`).
    pub root: PathBuf,
    /// Where to write the site, instead of `output` in `site.toml`.
    pub output: Option<PathBuf>,
    /// Treat warnings as errors.
    pub deny_warnings: bool,
    /// Write the site (false: check only).
    pub write: bool,
    /// Today, for review dates; `None` checks none. The CLI gives the system's date, or
    /// `EASYGUIDE_TODAY`; it never reaches the output.
    pub today: Option<jiff::civil::Date>,
    /// The web site, or an offline copy (`easyguide bundle`).
    pub edition: render::targets::Edition,
    /// How messages name the output folder, when not by its path (a bundle's zip file).
    pub shown_as: Option<String>,
}

/// What a build did.
#[derive(Debug)]
pub struct BuildReport {
    /// Every source file read, for printing diagnostics.
    pub map: SourceMap,
    /// Every finding, sorted.
    pub diagnostics: Diagnostics,
    /// The output folder.
    pub output_dir: PathBuf,
    /// True when the output folder was replaced.
    pub written: bool,
    /// HTML pages in the output.
    pub pages: usize,
    /// All files in the output.
    pub files: usize,
    /// Published languages.
    pub languages: usize,
    /// The language the guides are written in.
    pub source_language: lang::Lang,
    /// Guides in the source language.
    pub guides: usize,
    /// Each guide's reading level, for the summary line and the check report.
    pub readability: Vec<check::readability::GuideScore>,
    /// How much picture work the build did (encoded and reused files).
    pub pictures: assets::PictureStats,
    /// What each page weighs as a phone loads it, sorted by page.
    pub weights: Vec<check::budgets::PageWeight>,
    /// Per language other than the source, and guide: how much of it is translated.
    pub translations: std::collections::BTreeMap<(lang::Lang, String), translate::GuideTranslation>,
    /// Files removed from the picture cache because no page uses them any more.
    pub pruned: usize,
    /// How much work each stage did (less than everything when a workspace is built again).
    pub work: workspace::Work,
    /// How long each stage took, in order (for `build --timings`; never in the output).
    pub timings: Vec<(&'static str, std::time::Duration)>,
    /// Every source guide's review date, soonest first.
    pub freshness: Vec<check::freshness::Due>,
}

/// Builds the site at `options.root`. Problems in the sources are diagnostics in the report;
/// an `Err` means the tool itself could not work (unreadable disk, unsafe output folder).
pub fn build(options: &BuildOptions) -> Result<BuildReport> {
    build_with(options, &assets::Quiet)
}

/// [`build`], telling `progress` about picture work as it happens.
pub fn build_with(options: &BuildOptions, progress: &dyn assets::Progress) -> Result<BuildReport> {
    Workspace::streaming().build(options, progress)
}
