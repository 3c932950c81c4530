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
pub mod translate;

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use diag::{Diagnostics, SourceMap};
use emit::{Content, Output};
use error::Result;
use render::{Renderer, Urls};

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
}

/// Builds the site at `options.root`. Problems in the sources are diagnostics in the report;
/// an `Err` means the tool itself could not work (unreadable disk, unsafe output folder).
pub fn build(options: &BuildOptions) -> Result<BuildReport> {
    build_with(options, &assets::Quiet)
}

/// [`build`], telling `progress` about picture work as it happens.
pub fn build_with(options: &BuildOptions, progress: &dyn assets::Progress) -> Result<BuildReport> {
    let (sources, mut diagnostics) = load::load(&options.root)?;
    let output_dir = options
        .output
        .clone()
        .unwrap_or_else(|| sources.config.output_dir());
    if options.write {
        emit::guard::check(&output_dir, &options.root)?;
    }
    let (guides, found) = parse::parse(&sources);
    diagnostics.extend(found);
    diagnostics.extend(check::links::check(&guides, &sources.config.language));
    let (help, found) = parse::help(&sources.config, &sources.map);
    diagnostics.extend(found);
    let guide_count = guides
        .iter()
        .filter(|g| g.lang == sources.config.language)
        .count();
    let (site, found) = translate::translate(&sources, guides);
    diagnostics.extend(found);
    let (found, readability) = check::readability::check(&site.with_own_words(), &sources);
    diagnostics.extend(found);
    let urls = Urls {
        explicit_index: false,
        base_url: sources.config.base_url.clone(),
    };
    diagnostics.extend(assets::check_cache_location(&sources, &output_dir));
    let (mut assets, found) = assets::prepare(&sources, &site, &urls, progress)?;
    let shown = |p: &str| display_output(&options.root, &output_dir, p);
    diagnostics.extend(found);
    let mut output = Output::default();
    match Renderer::new(&sources, &site, &assets, &urls) {
        Ok(renderer) => {
            let renderer = renderer.with_help(help);
            let (pages, found) = renderer.render_all();
            diagnostics.extend(found);
            let written: Vec<(String, &str)> = pages
                .iter()
                .map(|p| (p.path.clone(), p.html.as_str()))
                .collect();
            let mut files: BTreeSet<String> = pages.iter().map(|p| p.path.clone()).collect();
            files.extend(assets.files.keys().cloned());
            // The written pages are checked only when the sources are sound: a broken link
            // in a guide would otherwise be reported twice, once at its Markdown line and
            // once in the page. What is left to find here are template mistakes.
            if !diagnostics.has_errors() {
                diagnostics.extend(check::output::check(&written, &files, &shown));
            }
            for page in pages {
                output.insert(page.path, Content::Bytes(page.html.into_bytes()));
            }
        }
        Err(found) => diagnostics.extend(found),
    }
    output.files.append(&mut assets.files);
    output.insert(
        "sitemap.xml",
        Content::Bytes(render::sitemap::write(&site, &urls).into_bytes()),
    );
    let (weights, found) =
        check::budgets::check_output(&output.files, &sources.config.budgets, &shown);
    diagnostics.extend(found);
    if options.deny_warnings {
        diagnostics.deny_warnings();
    }
    diagnostics.sort(&sources.map);
    let write = options.write && !diagnostics.has_errors();
    let mut pruned = 0;
    if write {
        emit::write(&output, &output_dir, &options.root)?;
        pruned = assets.prune_cache()?;
    }
    Ok(BuildReport {
        map: sources.map,
        diagnostics,
        output_dir,
        written: write,
        pages: output.page_count(),
        files: output.files.len() + 1,
        languages: site.languages.len(),
        guides: guide_count,
        readability,
        translations: site.translations,
        source_language: sources.config.language.clone(),
        pictures: assets.stats,
        weights,
        pruned,
    })
}

/// How a written page is named in messages: the output folder as the user would write it.
fn display_output(root: &Path, output_dir: &Path, page: &str) -> String {
    let dir = output_dir.strip_prefix(root).unwrap_or(output_dir);
    format!("{}/{page}", load::display_path(Path::new(""), dir))
}
