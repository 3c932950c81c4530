//! The workspace: the sources of one site and, per stage, the last result of every unit of
//! work, so a build redoes only what its changed inputs reach.
//!
//! Takes [`BuildOptions`]; produces a [`BuildReport`] (and the written site). The stages are
//! the numbered ones of the crate, run per unit: a guide file is parsed, a guide is made in one
//! language, a guide version is scored for reading level, a page of one target is rendered
//! and read back. Each unit's result is remembered in a [`memo::Table`] under a [`key::Key`]
//! of the inputs it declares (see [`inputs`]). The CLI's `build` and `check` make a workspace
//! for one build; a watcher keeps one and builds it again on every change. The clean build
//! and the incremental one run the same functions, so their output is the same bytes.

pub mod inputs;
pub mod key;
pub mod memo;

use std::collections::BTreeSet;
use std::path::Path;
use std::sync::Arc;

use crate::assets::{self, Progress};
use crate::check::budgets::{AssetSizes, PageWeight};
use crate::check::page::PageFacts;
use crate::check::readability::GuideScore;
use crate::diag::{Diagnostic, Diagnostics, FileId, SourceMap};
use crate::document::Guide;
use crate::emit::{self, Content, Output};
use crate::error::Result;
use crate::lang::Lang;
use crate::load::{self, Sources};
use crate::render::targets::{TARGETS, Target};
use crate::render::{self, PageId, Rendered};
use crate::translate::messages::Pieces;
use crate::translate::{self, Localised, MessageFiles};
use crate::{BuildOptions, BuildReport, check, parse};

use inputs::Inputs;
use key::Key;
use memo::Table;

/// How much work each stage did in the last build: the measure of incremental builds.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, serde::Serialize)]
pub struct Work {
    /// Guide files parsed.
    pub parsed: usize,
    /// Guides whose message ids were worked out.
    pub pieces: usize,
    /// (language, guide) units made.
    pub localised: usize,
    /// Guide versions scored for reading level.
    pub scored: usize,
    /// Pages rendered and read back.
    pub rendered: usize,
}

/// A parsed guide file and what parsing found.
type Parsed = (Option<Arc<Guide>>, Vec<Diagnostic>);
/// A guide's message ids, and its message files' syntax errors.
type PiecesUnit = (Pieces, Vec<Diagnostic>);
/// A guide in one language, and what making it found.
type LocalUnit = (Arc<Localised>, Vec<Diagnostic>);
/// A guide version's reading-level findings and score.
type Score = (Vec<Diagnostic>, GuideScore);

/// A rendered page with what the checks found out about it in the same pass.
#[derive(Debug)]
pub struct Made {
    /// The page.
    pub page: Rendered,
    /// Its facts, for pages the checks read back (HTML).
    pub facts: Option<PageFacts>,
    /// Its weight and budget warnings, for pages with budgets.
    pub weight: Option<(PageWeight, Vec<Diagnostic>)>,
}

/// The sources of one site and the remembered results of every stage.
#[derive(Default)]
pub struct Workspace {
    map: SourceMap,
    parsed: Table<FileId, Parsed>,
    pieces: Table<String, PiecesUnit>,
    localised: Table<(Lang, String), LocalUnit>,
    scores: Table<(Lang, String), Score>,
    pages: Table<PageId, std::result::Result<Made, Diagnostic>>,
    pictures: assets::Memo,
}

impl Workspace {
    /// An empty workspace: its first build does all the work.
    pub fn new() -> Self {
        Self::default()
    }

    /// Every page the last build made (or could not make), in no particular order.
    pub fn pages(&self) -> impl Iterator<Item = &std::result::Result<Made, Diagnostic>> {
        self.pages.values()
    }

    /// Builds the site at `options.root`. Problems in the sources are diagnostics in the
    /// report; an `Err` means the tool itself could not work (unreadable disk, unsafe output).
    pub fn build(
        &mut self,
        options: &BuildOptions,
        progress: &dyn Progress,
    ) -> Result<BuildReport> {
        let mut work = Work::default();
        let (sources, mut diagnostics) =
            load::load_into(&options.root, std::mem::take(&mut self.map))?;
        self.map = sources.map.clone();
        let output_dir = options
            .output
            .clone()
            .unwrap_or_else(|| sources.config.output_dir());
        if options.write {
            emit::guard::check(&output_dir, &options.root)?;
        }
        let mut inputs = Inputs::new(&sources, &output_dir);
        let guides = self.parse(&sources, &mut inputs, &mut work, &mut diagnostics);
        let all: Vec<&Guide> = guides.iter().map(Arc::as_ref).collect();
        diagnostics.extend(check::links::check(&all, &sources.config.language));
        let (found, freshness) = check::freshness::run(&all, &sources, options.today);
        diagnostics.extend(found);
        let (help, found) = parse::help(&sources.config, &sources.map);
        diagnostics.extend(found);
        let source_count = guides
            .iter()
            .filter(|g| g.lang == sources.config.language)
            .count();
        let site = self.translate(&sources, &guides, &mut inputs, &mut work, &mut diagnostics);
        let readability = self.score(&sources, &site, &inputs, &mut work, &mut diagnostics);
        diagnostics.extend(assets::check_cache_location(&sources, &output_dir));
        let (mut assets, found) =
            assets::prepare_with(&sources, &site, progress, &mut self.pictures)?;
        diagnostics.extend(found);
        let shown = |p: &str| display_output(&options.root, &output_dir, p);
        let mut output = Output::default();
        let mut weights = Vec::new();
        let sizes = AssetSizes::measure(&assets.files);
        match render::Context::new(&sources, &site, &assets, &help) {
            Ok(cx) => {
                inputs.add_assets(&assets);
                let pages = self.render(&cx, &inputs, &sizes, &shown, &mut work);
                let mut files: BTreeSet<String> = assets.files.keys().cloned().collect();
                let mut facts = Vec::new();
                for page in &pages {
                    match page.as_ref() {
                        Ok(made) => {
                            files.insert(made.page.path.clone());
                            facts.extend(made.facts.as_ref());
                        }
                        Err(d) => diagnostics.push(d.clone()),
                    }
                }
                // The written pages are checked only when the sources are sound: a broken
                // link in a guide would otherwise be reported twice, once at its Markdown line
                // and once in the page. What is left to find here are template mistakes.
                if !diagnostics.has_errors() {
                    diagnostics.extend(check::output::check(&facts, &files, &shown));
                }
                for made in pages.iter().filter_map(|p| p.as_ref().as_ref().ok()) {
                    if let Some((weight, found)) = &made.weight {
                        weights.push(weight.clone());
                        diagnostics.extend(found.iter().cloned());
                    }
                    let bytes = made.page.text.clone().into_bytes();
                    output.insert(made.page.path.clone(), Content::Bytes(bytes));
                }
            }
            Err(found) => diagnostics.extend(found),
        }
        weights.sort_by(|a, b| a.page.cmp(&b.page));
        output.files.append(&mut assets.files);
        self.sweep();
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
            files: output.files.len(),
            languages: site.languages.len(),
            guides: source_count,
            readability,
            translations: site.translations.clone(),
            source_language: sources.config.language.clone(),
            pictures: assets.stats,
            weights,
            pruned,
            work,
            freshness,
        })
    }

    /// Stage 2: every guide file parsed, one file a unit.
    fn parse(
        &mut self,
        sources: &Sources,
        inputs: &mut Inputs,
        work: &mut Work,
        diagnostics: &mut Diagnostics,
    ) -> Vec<Arc<Guide>> {
        let units: Vec<_> = sources
            .guides
            .iter()
            .map(|g| (g.file, inputs.parse_key(g), g))
            .collect();
        let (results, made) = self.parsed.run(&units, |_, g| {
            let (guide, found) = parse::guide(g, sources);
            (guide.map(Arc::new), found)
        });
        work.parsed += made;
        let mut guides = Vec::new();
        for ((_, key, source), result) in units.iter().zip(results) {
            diagnostics.extend(result.1.iter().cloned());
            if let Some(guide) = &result.0 {
                let lang = source.lang.as_ref().unwrap_or(&sources.config.language);
                inputs.parsed(lang, &source.slug, *key);
                guides.push(guide.clone());
            }
        }
        guides
    }

    /// Stage 3: every guide in every language, one (language, guide) a unit.
    fn translate(
        &mut self,
        sources: &Sources,
        parsed: &[Arc<Guide>],
        inputs: &mut Inputs,
        work: &mut Work,
        diagnostics: &mut Diagnostics,
    ) -> translate::Site {
        let config = &sources.config;
        let (ui, found) = translate::interface(sources);
        diagnostics.extend(found);
        let files = MessageFiles::index(sources);
        let (originals, whole) = translate::split(sources, parsed, diagnostics);
        let units: Vec<_> = originals
            .iter()
            .map(|g| (g.slug.clone(), inputs.pieces_key(g, &files), *g))
            .collect();
        let (pieces, made) = self.pieces.run(&units, |_, g| {
            let files = files.guide(&g.slug);
            (files.pieces(g), files.syntax)
        });
        work.pieces += made;
        let mut local = Vec::new();
        for (original, pieces) in originals.iter().zip(&pieces) {
            diagnostics.extend(pieces.1.iter().cloned());
            for lang in &config.languages {
                let whole = whole.get(&(lang.clone(), original.slug.clone())).copied();
                let key = inputs.localise_key(original, &pieces.0, lang, whole, &files);
                let id = (lang.clone(), original.slug.clone());
                local.push((id, key, (*original, pieces.clone(), lang, whole)));
            }
        }
        let (results, made) = self
            .localised
            .run(&local, |_, (original, pieces, lang, whole)| {
                let files = files.guide_in(&original.slug, |l| l == *lang);
                let (unit, found) =
                    translate::localise(original, &pieces.0, &files, lang, whole.cloned());
                (Arc::new(unit), found)
            });
        work.localised += made;
        let mut units = Vec::new();
        for ((id, key, _), result) in local.iter().zip(results) {
            diagnostics.extend(result.1.iter().cloned());
            inputs.localised(id, *key);
            units.push(result.0.clone());
        }
        diagnostics.extend(files.orphans());
        translate::assemble(&config.languages, units, ui)
    }

    /// Stage 5, reading level: every guide version with words of its own, one a unit.
    fn score(
        &mut self,
        sources: &Sources,
        site: &translate::Site,
        inputs: &Inputs,
        work: &mut Work,
        diagnostics: &mut Diagnostics,
    ) -> Vec<GuideScore> {
        let (languages, found) = check::readability::Languages::new(sources);
        diagnostics.extend(found);
        let units: Vec<_> = site
            .with_own_words()
            .into_iter()
            .map(|g| {
                let id = (g.lang.clone(), g.slug().to_owned());
                let key = inputs.score_key(&id);
                (id, key, g)
            })
            .collect();
        let (results, made) = self.scores.run(&units, |_, g| {
            check::readability::check_guide(g, sources, &languages)
        });
        work.scored += made;
        let mut scores = Vec::new();
        for result in results {
            diagnostics.extend(result.0.iter().cloned());
            scores.push(result.1.clone());
        }
        scores.sort_by(|a, b| (&a.slug, &a.lang).cmp(&(&b.slug, &b.lang)));
        scores
    }

    /// Stage 4 and the page checks of stage 5: every page of every target, rendered and read
    /// back in the same parallel pass, one page a unit; sorted by path.
    fn render(
        &mut self,
        cx: &render::Context,
        inputs: &Inputs,
        sizes: &AssetSizes,
        shown: &(dyn Fn(&str) -> String + Sync),
        work: &mut Work,
    ) -> Vec<Arc<std::result::Result<Made, Diagnostic>>> {
        let units: Vec<(PageId, Key, &dyn Target)> = TARGETS
            .iter()
            .flat_map(|t| {
                t.pages(cx.site).into_iter().map(move |p| {
                    let key = inputs.page_key(*t, &p, cx.site);
                    (p, key, *t)
                })
            })
            .collect();
        let budgets = &cx.sources.config.budgets;
        let (results, made) = self.pages.run(&units, |id, target| {
            let page = target.render(id, cx)?;
            let profile = target.profile();
            let facts = profile
                .html
                .then(|| PageFacts::read(&page.path, &page.text, &page.markers, budgets));
            let weight = facts
                .as_ref()
                .filter(|_| profile.budgets)
                .map(|f| check::budgets::check(f, sizes, budgets, &shown(&page.path)));
            Ok(Made {
                page,
                facts,
                weight,
            })
        });
        work.rendered += made;
        let mut results = results;
        results.sort_by(|a, b| path_of(a).cmp(path_of(b)));
        results
    }
}

/// The workspace's final step of a build: forget units the sources no longer have.
impl Workspace {
    fn sweep(&mut self) {
        self.parsed.sweep();
        self.pieces.sweep();
        self.localised.sweep();
        self.scores.sweep();
        self.pages.sweep();
    }
}

fn path_of(page: &std::result::Result<Made, Diagnostic>) -> &str {
    page.as_ref().map_or("", |m| m.page.path.as_str())
}

/// How a written page is named in messages: the output folder as the user would write it.
pub fn display_output(root: &Path, output_dir: &Path, page: &str) -> String {
    let dir = output_dir.strip_prefix(root).unwrap_or(output_dir);
    format!("{}/{page}", load::display_path(Path::new(""), dir))
}
