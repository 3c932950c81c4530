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
use std::sync::{Arc, Mutex};

use rayon::prelude::*;

use crate::assets::{self, Progress};
use crate::check::accessibility::{Accessibility, PageResult};
use crate::check::budgets::{AssetSizes, PageWeight};
use crate::check::page::PageFacts;
use crate::check::readability::GuideScore;
use crate::diag::{Diagnostic, Diagnostics, FileId, SourceMap};
use crate::document::Guide;
use crate::emit::{self, Content};
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
    /// The page. A workspace that streams pages to disk keeps its path and id only: its
    /// text and markers are dropped once written and checked.
    pub page: Rendered,
    /// Its facts, for pages the checks read back (HTML).
    pub facts: Option<PageFacts>,
    /// Its weight and budget warnings, for pages with budgets.
    pub weight: Option<(PageWeight, Vec<Diagnostic>)>,
    /// What the page checks ([`PAGE_CHECKS`]) found on it.
    pub findings: Vec<Diagnostic>,
    /// What the site-wide accessibility rules need of it.
    pub a11y: Option<crate::a11y::PageFacts>,
}

/// A check run on each built page in the render pass, while the page's text is in memory;
/// add one here to have every build run it on every page whose target asks for checks.
pub struct PageCheck {
    /// Its name, for timings and documentation.
    pub name: &'static str,
    /// Runs it: the page, its facts, how messages name it, and the build's shared data.
    pub run: fn(&Rendered, &PageFacts, &str, &Shared) -> PageResult,
}

/// What the page checks share, made once per build.
pub struct Shared<'a> {
    /// The source map, for pointing at files.
    pub map: &'a SourceMap,
    /// The accessibility checker with the output's stylesheets.
    pub accessibility: &'a Accessibility,
}

/// The checks run on every built HTML page whose target's profile asks for checks.
pub const PAGE_CHECKS: &[PageCheck] = &[PageCheck {
    name: "accessibility",
    run: |page, facts, shown, shared| shared.accessibility.page(page, facts, shown, shared.map),
}];

/// The sources of one site and the remembered results of every stage.
#[derive(Default)]
pub struct Workspace {
    /// Keep each page's text after writing it, so the next build can reuse it (a watcher);
    /// off for one build, whose memory then holds each page's facts, not its text.
    streaming: bool,
    map: SourceMap,
    parsed: Table<FileId, Parsed>,
    pieces: Table<String, PiecesUnit>,
    localised: Table<(Lang, String), LocalUnit>,
    scores: Table<(Lang, String), Score>,
    pages: Table<PageId, std::result::Result<Made, Diagnostic>>,
    pictures: assets::Memo,
}

impl Workspace {
    /// An empty workspace that keeps every page it makes: its first build does all the
    /// work, the next ones only what changed.
    pub fn new() -> Self {
        Self::default()
    }

    /// An empty workspace for one build: each page is written to the staging folder as soon
    /// as it is made and checked, and only its facts stay in memory. Built again, it renders
    /// every page again.
    pub fn streaming() -> Self {
        Workspace {
            streaming: true,
            ..Self::default()
        }
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
        let mut clock = Clock::start();
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
        clock.lap("load");
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
        clock.lap("parse and links");
        let site = self.translate(&sources, &guides, &mut inputs, &mut work, &mut diagnostics);
        let (help_in, found) =
            translate::help::translations(&sources.config, &site.ui, &site.languages);
        diagnostics.extend(found);
        clock.lap("translate");
        let readability = self.score(&sources, &site, &inputs, &mut work, &mut diagnostics);
        clock.lap("reading level");
        diagnostics.extend(assets::check_cache_location(&sources, &output_dir));
        let (assets, found) = assets::prepare_with(&sources, &site, progress, &mut self.pictures)?;
        diagnostics.extend(found);
        clock.lap("pictures and static files");
        let shown = |p: &str| match &options.shown_as {
            Some(name) => format!("{name}/{p}"),
            None => display_output(&options.root, &output_dir, p),
        };
        let mut map = sources.map.clone();
        let accessibility = Accessibility::new(&options.root, &sources, &assets, &mut map);
        // Kept, so a stylesheet keeps its file id in the next build like every source does.
        self.map = map.clone();
        // Pages go to the staging folder as they are made; the site is swapped in at the end
        // only when nothing is wrong. Sources with errors are still rendered and checked,
        // but nothing is written.
        let mut staging = match options.write && !diagnostics.has_errors() {
            true => Some(emit::Staging::begin(&output_dir, &options.root)?),
            false => None,
        };
        let mut weights = Vec::new();
        let mut files: BTreeSet<String> = assets.files.keys().cloned().collect();
        let sizes = AssetSizes::measure(&assets.files);
        match render::Context::new(&sources, &site, &assets, &help, &help_in, options.edition) {
            Ok(cx) => {
                inputs.add_assets(&assets);
                let shared = Shared {
                    map: &map,
                    accessibility: &accessibility,
                };
                let run = Run {
                    sizes: &sizes,
                    shown: &shown,
                    shared: &shared,
                    staging: staging.as_ref(),
                };
                if self.streaming {
                    // What a streaming build made has no text left to reuse.
                    self.pages = Table::default();
                }
                clock.lap("templates");
                let mut pages = self.render(&cx, &inputs, &run, false, &mut work)?;
                clock.lap("render, page checks and writing");
                let checked = checked(&pages);
                inputs.add_checks(&checked);
                let _ = cx.checked.set(checked);
                pages.extend(self.render(&cx, &inputs, &run, true, &mut work)?);
                clock.lap("pages made after the checks");
                pages.sort_by(|a, b| path_of(a).cmp(path_of(b)));
                let mut facts = Vec::new();
                let mut a11y = Vec::new();
                let mut found = Vec::new();
                for page in &pages {
                    match page.as_ref() {
                        Ok(made) => {
                            files.insert(made.page.path.clone());
                            facts.extend(made.facts.as_ref());
                            a11y.extend(made.a11y.clone());
                            found.extend(made.findings.iter().cloned());
                            if let Some((weight, warnings)) = &made.weight {
                                weights.push(weight.clone());
                                found.extend(warnings.iter().cloned());
                            }
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
                diagnostics.extend(found);
                diagnostics.extend(accessibility.site(&a11y, &map));
                clock.lap("checks across pages");
            }
            Err(found) => diagnostics.extend(found),
        }
        weights.sort_by(|a, b| a.page.cmp(&b.page));
        self.sweep();
        if options.deny_warnings {
            diagnostics.deny_warnings();
        }
        diagnostics.sort(&map);
        let write = options.write && !diagnostics.has_errors();
        let mut pruned = 0;
        if write && let Some(staging) = staging.take() {
            assets
                .files
                .par_iter()
                .try_for_each(|(path, content)| match content {
                    Content::Bytes(bytes) => staging.write(path, bytes),
                    Content::Copy(from) => staging.copy(path, from),
                })?;
            staging.commit()?;
            pruned = assets.prune_cache()?;
        }
        clock.lap("assets written and site swapped in");
        Ok(BuildReport {
            map,
            diagnostics,
            output_dir,
            written: write,
            pages: files.iter().filter(|p| p.ends_with(".html")).count(),
            files: files.len(),
            languages: site.languages.len(),
            guides: source_count,
            readability,
            translations: site.translations.clone(),
            source_language: sources.config.language.clone(),
            pictures: assets.stats,
            weights,
            pruned,
            work,
            timings: clock.laps,
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

    /// Stage 4 and the page checks of stage 5: every page of every target, rendered, read
    /// back and checked in the same parallel pass, one page a unit; sorted by path. A
    /// streaming workspace writes each page as it is made and keeps only its facts.
    /// `later` picks the pages made from what the checks found on the others.
    fn render(
        &mut self,
        cx: &render::Context,
        inputs: &Inputs,
        run: &Run,
        later: bool,
        work: &mut Work,
    ) -> Result<Vec<Arc<std::result::Result<Made, Diagnostic>>>> {
        let units: Vec<(PageId, Key, &dyn Target)> = TARGETS
            .iter()
            .filter(|t| cx.edition.carries(**t))
            .flat_map(|t| {
                cx.edition
                    .pages(*t, cx.site, &cx.sources.config)
                    .into_iter()
                    .filter(move |p| t.after_checks(p) == later)
                    .map(move |p| {
                        let key = inputs.page_key(*t, &p, cx.site);
                        (p, key, *t)
                    })
            })
            .collect();
        let failed: Mutex<Option<crate::error::Error>> = Mutex::new(None);
        let streaming = self.streaming;
        let (results, made) = self.pages.run(&units, |id, target| {
            let mut made = make(id, *target, cx, run)?;
            if streaming && let Some(staging) = run.staging {
                if let Err(e) = staging.write(&made.page.path, made.page.text.as_bytes()) {
                    failed.lock().expect("not poisoned").get_or_insert(e);
                }
                made.page.text = String::new();
                made.page.markers = Vec::new();
            }
            Ok(made)
        });
        if let Some(e) = failed.into_inner().expect("not poisoned") {
            return Err(e);
        }
        work.rendered += made;
        if !streaming && let Some(staging) = run.staging {
            results
                .par_iter()
                .filter_map(|r| r.as_ref().as_ref().ok())
                .try_for_each(|m| staging.write(&m.page.path, m.page.text.as_bytes()))?;
        }
        Ok(results)
    }
}

/// What the accessibility checks found on these pages, by WCAG success criterion.
fn checked(pages: &[Arc<std::result::Result<Made, Diagnostic>>]) -> render::view::Checked {
    use std::collections::BTreeMap;
    let mut by: BTreeMap<String, (BTreeSet<&str>, BTreeSet<&str>)> = BTreeMap::new();
    let mut count = 0;
    for made in pages.iter().filter_map(|p| p.as_ref().as_ref().ok()) {
        if made.facts.is_none() {
            continue;
        }
        count += 1;
        for d in &made.findings {
            let Some(rule) = crate::a11y::catalogue::RULES
                .iter()
                .find(|r| r.code == d.code)
            else {
                continue;
            };
            let entry = by
                .entry(rule.wcag.unwrap_or_default().to_owned())
                .or_default();
            entry.0.insert(rule.code);
            entry.1.insert(made.page.path.as_str());
        }
    }
    let problems = by
        .into_iter()
        .map(|(criterion, (rules, pages))| {
            let (name, level) = crate::a11y::catalogue::criterion(&criterion).unwrap_or(("", ""));
            render::view::Problem {
                name: name.to_owned(),
                level: level.to_owned(),
                criterion,
                rules: rules.into_iter().map(str::to_owned).collect(),
                pages: pages.len(),
            }
        })
        .collect();
    render::view::Checked {
        pages: count,
        problems,
    }
}

/// Wall time per stage, for `build --timings`.
struct Clock {
    last: std::time::Instant,
    laps: Vec<(&'static str, std::time::Duration)>,
}

impl Clock {
    fn start() -> Self {
        Clock {
            last: std::time::Instant::now(),
            laps: Vec::new(),
        }
    }

    fn lap(&mut self, stage: &'static str) {
        let now = std::time::Instant::now();
        self.laps.push((stage, now - self.last));
        self.last = now;
    }
}

/// What the render pass shares between pages.
struct Run<'a> {
    sizes: &'a AssetSizes,
    shown: &'a (dyn Fn(&str) -> String + Sync),
    shared: &'a Shared<'a>,
    staging: Option<&'a emit::Staging>,
}

/// What the frame-sizing script may weigh, compressed: the JavaScript budget of a page that
/// may load it is at least this.
const SCRIPT_BUDGET: u64 = 1024;

/// One page rendered, read back, weighed and checked.
fn make(
    id: &PageId,
    target: &dyn Target,
    cx: &render::Context,
    run: &Run,
) -> std::result::Result<Made, Diagnostic> {
    let page = target.render(id, cx)?;
    let profile = target.profile();
    let config = &cx.sources.config;
    let with_script;
    let budgets = if profile.scripts && config.embed.resize_script {
        with_script = crate::config::Budgets {
            javascript: config.budgets.javascript.max(SCRIPT_BUDGET),
            ..config.budgets.clone()
        };
        &with_script
    } else {
        &config.budgets
    };
    // A target's script or stylesheet is not a page to read as HTML.
    let facts = (profile.html && page.path.ends_with(".html"))
        .then(|| PageFacts::read(&page.path, &page.text, &page.markers, budgets));
    let shown = (run.shown)(&page.path);
    let weight = facts
        .as_ref()
        .filter(|_| profile.budgets)
        .map(|f| check::budgets::check(f, run.sizes, budgets, &shown));
    let mut findings = Vec::new();
    let mut a11y = None;
    if let Some(facts) = &facts {
        for check in PAGE_CHECKS {
            let result = (check.run)(&page, facts, &shown, run.shared);
            findings.extend(result.diagnostics);
            a11y = a11y.or(Some(result.facts));
        }
    }
    Ok(Made {
        page,
        facts,
        weight,
        findings,
        a11y,
    })
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
