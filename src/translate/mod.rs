//! Stage 3: one guide per published language.
//!
//! Takes the parsed guides (source language and whole-guide translations), the message files
//! under `locales/` and the site's languages; produces a [`Site`] with, for every language,
//! every guide, by this precedence: its whole-guide translation (`index.<lang>.md`), else the
//! source guide with each piece replaced by its message from `locales/<lang>/<slug>.ftl`,
//! else the source piece marked as being in the source language (so the page says
//! `lang="en"` around words it shows untranslated).
//!
//! `catalog` reads and writes message files, `ids` keeps message ids attached to their
//! pieces, `pattern` turns a piece into a message value and back, `messages` applies a
//! message file to a guide, `update` writes the files, and `ui` holds interface words.

pub mod catalog;
pub mod help;
pub mod ids;
pub mod messages;
pub mod pattern;
pub mod ui;
pub mod ui_update;
pub mod update;

use std::collections::{BTreeMap, BTreeSet};
use std::sync::Arc;

use crate::diag::{Diagnostic, Diagnostics, FileId};
use crate::document::{Guide, Shown, Text};
use crate::lang::Lang;
use crate::load::{LocaleFile, Sources};

use catalog::Catalog;
pub use messages::Counts;
use messages::{Pieces, Translation};
pub use ui::Ui;

/// How far a translation has been checked, from the `# status:` line of its file.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Review {
    /// A fluent speaker checked it (`# status: reviewed …`).
    Reviewed,
    /// Written by a person, not checked yet (any other status, or none).
    Draft,
    /// Made with machine help, not checked yet (a status that says "machine").
    MachineDraft,
}

impl Review {
    /// Reads a `status:` line's words.
    pub fn from_status(status: Option<&str>) -> Review {
        let status = status.unwrap_or("").to_lowercase();
        if status.starts_with("reviewed") {
            Review::Reviewed
        } else if status.contains("machine") {
            Review::MachineDraft
        } else {
            Review::Draft
        }
    }
}

/// How one guide is shown in one language other than the source.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct GuideTranslation {
    /// `whole` (`index.<lang>.md`), `messages` (`locales/<lang>/<slug>.ftl`) or `none`.
    pub how: &'static str,
    /// Pieces translated, stale, missing and obsolete.
    pub counts: Counts,
    /// How far it has been checked.
    pub review: Review,
}

/// The guides of every language, ready to render.
#[derive(Debug)]
pub struct Site {
    /// The published languages, source language first.
    pub languages: Vec<Lang>,
    /// Per language, its guides, sorted for lists (order, then title, then slug). Shared:
    /// a workspace keeps each guide from one build to the next while its sources are unchanged.
    pub guides: BTreeMap<Lang, Vec<Arc<Localised>>>,
    /// Interface words.
    pub ui: Arc<Ui>,
    /// Per language other than the source, and guide slug: how the guide is translated.
    pub translations: BTreeMap<(Lang, String), GuideTranslation>,
    /// Per language and slug, where the guide is in `guides`.
    positions: BTreeMap<(Lang, String), usize>,
}

impl Site {
    /// The guides of one language.
    pub fn guides_in(&self, lang: &Lang) -> &[Arc<Localised>] {
        self.guides.get(lang).map_or(&[], Vec::as_slice)
    }

    /// One guide in one language.
    pub fn guide(&self, lang: &Lang, slug: &str) -> Option<&Localised> {
        let at = *self.positions.get(&(lang.clone(), slug.to_owned()))?;
        self.guides.get(lang)?.get(at).map(Arc::as_ref)
    }

    /// Whether the guide's page in `lang` has the part `#anchor`. A guide with no page in
    /// `lang` is taken to have it (its link is not the translation's to change); a
    /// whole-guide translation has the parts it has (see `check::links`).
    pub fn has_part(&self, lang: &Lang, slug: &str, anchor: &str) -> bool {
        self.guide(lang, slug)
            .is_none_or(|g| crate::document::anchors(&g.guide).contains(anchor))
    }

    /// Every guide of every language that has words of its own: its source, a whole-guide
    /// translation, or at least one translated piece (the rest show the source's words).
    pub fn with_own_words(&self) -> Vec<&Localised> {
        self.guides
            .values()
            .flatten()
            .filter(|g| g.fallback.is_none() || !g.words.is_empty())
            .map(Arc::as_ref)
            .collect()
    }

    /// The site's source language.
    pub fn source_language(&self) -> &Lang {
        &self.languages[0]
    }

    /// How far the words of a page in `lang` have been checked: the interface words, and
    /// the guide's translation on a guide page. The least checked wins.
    pub fn review(&self, lang: &Lang, slug: Option<&str>) -> Review {
        if lang == self.source_language() {
            return Review::Reviewed;
        }
        let guide = slug
            .and_then(|s| self.translations.get(&(lang.clone(), s.to_owned())))
            .filter(|t| t.how == "messages" || t.how == "whole")
            .map_or(Review::Reviewed, |t| t.review);
        guide.max(self.ui.review(lang))
    }
}

/// Builds the per-language guides of the whole site, one (language, guide) unit at a time.
pub fn translate(sources: &Sources, parsed: Vec<Guide>) -> (Site, Diagnostics) {
    let config = &sources.config;
    let (ui, mut diagnostics) = interface(sources);
    let parsed: Vec<Arc<Guide>> = parsed.into_iter().map(Arc::new).collect();
    let (originals, whole) = split(sources, &parsed, &mut diagnostics);
    let files = MessageFiles::index(sources);
    let mut units = Vec::new();
    for original in &originals {
        let guide_files = files.guide(&original.slug);
        diagnostics.extend(guide_files.syntax.iter().cloned());
        let pieces = guide_files.pieces(original);
        for lang in &config.languages {
            let whole = whole.get(&(lang.clone(), original.slug.clone())).copied();
            let (unit, found) = localise(original, &pieces, &guide_files, lang, whole.cloned());
            diagnostics.extend(found);
            units.push(Arc::new(unit));
        }
    }
    diagnostics.extend(files.orphans());
    (assemble(&config.languages, units, ui), diagnostics)
}

/// The interface words of every language: the theme's `ui.ftl` files, then the site's.
pub fn interface(sources: &Sources) -> (Ui, Diagnostics) {
    Ui::new(
        &sources.theme.locales,
        &sources.locales,
        &sources.map,
        &sources.config.language,
    )
}

/// The source guides, and the published whole-guide translations by (language, slug).
pub type Split<'g> = (
    Vec<&'g Arc<Guide>>,
    BTreeMap<(Lang, String), &'g Arc<Guide>>,
);

/// The parsed guides split into the source guides and the published whole-guide
/// translations; an unpublished translation is a warning.
pub fn split<'g>(
    sources: &Sources,
    parsed: &'g [Arc<Guide>],
    diagnostics: &mut Diagnostics,
) -> Split<'g> {
    let config = &sources.config;
    let mut originals = Vec::new();
    let mut whole = BTreeMap::new();
    for guide in parsed {
        if guide.lang == config.language {
            originals.push(guide);
        } else if !config.languages.contains(&guide.lang) {
            diagnostics.push(unpublished(sources, guide));
        } else {
            whole.insert((guide.lang.clone(), guide.slug.clone()), guide);
        }
    }
    (originals, whole)
}

/// One guide in one language, the unit of work of this stage: the guide the page is made
/// from, shared and never copied (the source guide, or its whole-guide translation), and
/// the pieces translated into the page's language. The other pieces are shown in the source
/// language, marked as such.
#[derive(Debug, Clone)]
pub struct Localised {
    /// The guide whose structure, settings and untranslated words the page shows.
    pub guide: Arc<Guide>,
    /// The page's language.
    pub lang: Lang,
    /// Translated pieces by piece number ([`crate::document::Text::piece`]); empty when none.
    pub words: Vec<Option<Text>>,
    /// The language of the pieces not translated, when it is not the page's.
    pub fallback: Option<Lang>,
    /// How it is translated; `None` in the source language.
    pub how: Option<GuideTranslation>,
}

impl Localised {
    /// The guide as written, in its own language.
    pub fn as_written(guide: Arc<Guide>) -> Localised {
        Localised {
            lang: guide.lang.clone(),
            guide,
            words: Vec::new(),
            fallback: None,
            how: None,
        }
    }

    /// The guide's folder name.
    pub fn slug(&self) -> &str {
        &self.guide.slug
    }

    /// A piece as this page shows it: translated, or in the source language.
    pub fn shown<'a>(&'a self, text: &'a Text) -> Shown<'a> {
        match self.words.get(text.piece as usize) {
            Some(Some(words)) => Shown {
                text: words,
                lang: None,
            },
            _ if text.piece == 0 => Shown { text, lang: None },
            _ => Shown {
                text,
                lang: self.fallback.as_ref(),
            },
        }
    }

    /// Every piece as shown, in reading order ([`Guide::texts`]).
    pub fn texts(&self) -> Vec<Shown<'_>> {
        self.guide
            .texts()
            .into_iter()
            .map(|t| self.shown(t))
            .collect()
    }

    /// How many pieces are shown in another language than the page's.
    pub fn untranslated(&self) -> usize {
        self.texts().iter().filter(|t| t.lang.is_some()).count()
    }

    /// The title's words as shown, without markup.
    pub fn title(&self) -> String {
        self.shown(&self.guide.meta.title).text.to_plain()
    }
}

/// Makes one guide in one language: its whole-guide translation when there is one, else the
/// source guide with each piece from the language's message file (or in the source language).
pub fn localise(
    original: &Arc<Guide>,
    pieces: &Pieces,
    files: &GuideFiles,
    lang: &Lang,
    whole: Option<Arc<Guide>>,
) -> (Localised, Vec<Diagnostic>) {
    let mut found = Vec::new();
    let unit = match whole {
        Some(guide) => Localised {
            how: whole_translation(&guide),
            ..Localised::as_written(guide)
        },
        None if lang == &original.lang => Localised::as_written(original.clone()),
        None => {
            let (words, how) = files.apply(original, pieces, lang, &mut found);
            Localised {
                guide: original.clone(),
                lang: lang.clone(),
                words,
                fallback: Some(original.lang.clone()),
                how: Some(how),
            }
        }
    };
    (unit, found)
}

/// The site from its units: every language's guides, sorted for lists.
pub fn assemble(languages: &[Lang], units: Vec<Arc<Localised>>, ui: Ui) -> Site {
    let mut guides: BTreeMap<Lang, Vec<Arc<Localised>>> = BTreeMap::new();
    let mut translations = BTreeMap::new();
    for unit in units {
        let key = (unit.lang.clone(), unit.slug().to_owned());
        if let Some(how) = &unit.how {
            translations.insert(key, how.clone());
        }
        guides.entry(unit.lang.clone()).or_default().push(unit);
    }
    for list in guides.values_mut() {
        sort_for_lists(list);
    }
    let positions = guides
        .iter()
        .flat_map(|(lang, list)| {
            list.iter()
                .enumerate()
                .map(|(i, g)| ((lang.clone(), g.slug().to_owned()), i))
        })
        .collect();
    Site {
        languages: languages.to_vec(),
        guides,
        ui: Arc::new(ui),
        translations,
        positions,
    }
}

/// A whole-guide translation is checked as far as its front matter's `# status:` comment
/// says: like a message file, none means nobody has said it was reviewed.
fn whole_translation(guide: &Guide) -> Option<GuideTranslation> {
    Some(GuideTranslation {
        how: "whole",
        counts: Counts::default(),
        review: Review::from_status(guide.meta.status.as_deref()),
    })
}

/// Every guide message file under `locales/` (except `ui.ftl`), by guide and language; read
/// one guide at a time, when that guide's translations have to be made.
pub struct MessageFiles<'s> {
    files: BTreeMap<&'s str, BTreeMap<&'s Lang, &'s LocaleFile>>,
    sources: &'s Sources,
    slugs: BTreeSet<&'s str>,
}

impl<'s> MessageFiles<'s> {
    /// Indexes the message files; nothing is parsed yet.
    pub fn index(sources: &'s Sources) -> MessageFiles<'s> {
        let mut files: BTreeMap<&str, BTreeMap<&Lang, &LocaleFile>> = BTreeMap::new();
        for l in sources.locales.iter().filter(|l| l.name != ui::UI_FILE) {
            files.entry(l.name.as_str()).or_default().insert(&l.lang, l);
        }
        let slugs = sources.guides.iter().map(|g| g.slug.as_str()).collect();
        MessageFiles {
            files,
            sources,
            slugs,
        }
    }

    /// The message files of one guide, every language, parsed; syntax errors become warnings.
    pub fn guide(&self, slug: &str) -> GuideFiles<'s> {
        self.guide_in(slug, |_| true)
    }

    /// The message files of one guide in the languages `wanted` accepts.
    pub fn guide_in(&self, slug: &str, wanted: impl Fn(&Lang) -> bool) -> GuideFiles<'s> {
        let mut syntax = Vec::new();
        let mut catalogs = BTreeMap::new();
        let files = self.files.get(slug).into_iter().flatten();
        for (lang, locale) in files.filter(|(l, _)| wanted(l)) {
            let text = self.sources.map.get(locale.file).text();
            let catalog = Catalog::read(text);
            for error in &catalog.errors {
                syntax.push(ui::syntax_warning(locale.file, text, error));
            }
            catalogs.insert((*lang).clone(), (catalog, locale.file));
        }
        GuideFiles {
            catalogs,
            source: self.sources.config.language.clone(),
            syntax,
        }
    }

    /// The message files of one guide, by language.
    pub fn of(&self, slug: &str) -> impl Iterator<Item = &'s LocaleFile> + '_ {
        self.files.get(slug).into_iter().flatten().map(|(_, l)| *l)
    }

    /// Warnings for message files that belong to no guide (a guide renamed or removed), so
    /// a translator's work is not silently ignored, and for their Fluent mistakes.
    pub fn orphans(&self) -> Vec<Diagnostic> {
        let mut out = Vec::new();
        let orphans = self.files.iter().filter(|(s, _)| !self.slugs.contains(*s));
        for (slug, locale) in orphans.flat_map(|(s, files)| files.values().map(move |l| (s, l))) {
            let text = self.sources.map.get(locale.file).text();
            for error in &Catalog::read(text).errors {
                out.push(ui::syntax_warning(locale.file, text, error));
            }
            out.push(unused_file(slug, locale.file));
        }
        out
    }
}

fn unused_file(slug: &str, file: FileId) -> Diagnostic {
    Diagnostic::warning(
        "unused-translation",
        format!("there is no guide `{slug}` for these messages"),
    )
    .at(file, 0..0)
    .note("a guide's messages are in locales/<language>/<guide folder name>.ftl")
    .help(format!(
        "rename the file after the guide's folder, or delete it if content/{slug}/ is gone for good"
    ))
}

/// The message files of one guide, read.
pub struct GuideFiles<'s> {
    catalogs: BTreeMap<Lang, (Catalog<'s>, FileId)>,
    source: Lang,
    /// The Fluent mistakes found in them.
    pub syntax: Vec<Diagnostic>,
}

impl<'s> GuideFiles<'s> {
    /// The message file of a language, with its file id.
    pub fn get(&self, lang: &Lang) -> Option<&(Catalog<'s>, FileId)> {
        self.catalogs.get(lang)
    }

    /// The guide's pieces with their ids, kept from the source language's message file.
    pub fn pieces(&self, guide: &Guide) -> Pieces {
        let reference = self.get(&self.source).map(|(c, _)| c);
        // Without a source file there are no ids to keep; the ids then come from the words,
        // which finds the translations of unchanged pieces again.
        let taken: BTreeSet<String> = match reference {
            None => BTreeSet::new(),
            Some(_) => self
                .catalogs
                .iter()
                .filter(|(lang, _)| **lang != self.source)
                .flat_map(|(_, (c, _))| c.messages().into_keys().map(str::to_owned))
                .collect(),
        };
        Pieces::of(guide, reference, &taken)
    }

    /// The guide's translated pieces in `lang`, from its message file (none without one).
    pub fn apply(
        &self,
        original: &Guide,
        pieces: &Pieces,
        lang: &Lang,
        diagnostics: &mut Vec<Diagnostic>,
    ) -> (Vec<Option<Text>>, GuideTranslation) {
        let file = self.get(lang);
        let translation = file.map(|(catalog, file)| Translation {
            catalog,
            file: *file,
        });
        let (words, counts) = messages::apply(original, pieces, translation.as_ref(), diagnostics);
        let how = GuideTranslation {
            how: if file.is_some() { "messages" } else { "none" },
            counts,
            review: Review::from_status(file.and_then(|(c, _)| c.status())),
        };
        (words, how)
    }
}

fn sort_for_lists(guides: &mut [Arc<Localised>]) {
    guides.sort_by_cached_key(|g| {
        (
            g.guide.meta.order.is_none(),
            g.guide.meta.order,
            g.title().to_lowercase(),
            g.slug().to_owned(),
        )
    });
}

/// The warning for a whole-guide translation in a language the site does not publish.
pub fn unpublished(sources: &Sources, guide: &Guide) -> Diagnostic {
    let path = sources.map.get(guide.file).display_path().to_owned();
    Diagnostic::warning(
        "unpublished-translation",
        format!("this {} translation is not published", guide.lang.autonym()),
    )
    .at_path(path)
    .note(format!(
        "`{}` is not one of the site's languages",
        guide.lang
    ))
    .help(format!(
        "add \"{}\" to `languages` in site.toml to publish it",
        guide.lang
    ))
}
