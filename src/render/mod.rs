//! Stage 4: every page of the site as HTML, through the theme's Tera templates.
//!
//! Takes the per-language guides and the prepared assets; produces each page's output path
//! and HTML. The guide body is written by [`html`] (so every word is escaped in one place);
//! templates arrange the page around it and get interface words from `t()`.

pub mod html;
pub mod sitemap;
mod templates;
pub mod urls;
pub mod view;

use rayon::prelude::*;
use tera::Context;

use crate::assets::Assets;
use crate::diag::{Diagnostic, Diagnostics};
use crate::document::{Block, Guide, visit_blocks_mut};
use crate::lang::Lang;
use crate::load::Sources;
use crate::translate::{Review, Site};

pub use templates::Templates;
pub use urls::Urls;
use view::{Alternate, GuideCard, GuideView, LanguageLink, SiteView};

/// A rendered page: where it goes and its HTML.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RenderedPage {
    /// Output path, `/`-separated (`en/nhs-app/index.html`).
    pub path: String,
    /// The page's language.
    pub lang: Lang,
    /// The guide it shows, for guide pages.
    pub slug: Option<String>,
    /// The HTML.
    pub html: String,
}

/// Everything a page render needs, shared by all pages.
pub struct Renderer<'a> {
    sources: &'a Sources,
    site: &'a Site,
    assets: &'a Assets,
    urls: &'a Urls,
    templates: Templates,
    help: Vec<Block>,
}

enum PageKind<'g> {
    Home,
    List(&'g Lang),
    Guide(&'g Guide),
}

impl<'a> Renderer<'a> {
    /// Compiles the theme's templates.
    pub fn new(
        sources: &'a Sources,
        site: &'a Site,
        assets: &'a Assets,
        urls: &'a Urls,
    ) -> Result<Self, Vec<Diagnostic>> {
        let templates = Templates::new(&sources.theme, &sources.map, site.ui.clone())?;
        Ok(Renderer {
            sources,
            site,
            assets,
            urls,
            templates,
            help: Vec::new(),
        })
    }

    /// Adds the site's "Need help?" text (from `site.toml`), shown at the end of every guide.
    pub fn with_help(mut self, help: Vec<Block>) -> Self {
        self.help = help;
        self
    }

    /// Renders every page, in parallel; the result is sorted by path.
    pub fn render_all(&self) -> (Vec<RenderedPage>, Diagnostics) {
        let mut kinds = vec![PageKind::Home];
        for lang in &self.site.languages {
            kinds.push(PageKind::List(lang));
            kinds.extend(self.site.guides_in(lang).iter().map(PageKind::Guide));
        }
        let results: Vec<Result<RenderedPage, Diagnostic>> =
            kinds.par_iter().map(|k| self.page(k)).collect();
        let mut pages = Vec::new();
        let mut diagnostics = Diagnostics::new();
        for result in results {
            match result {
                Ok(page) => pages.push(page),
                Err(d) => diagnostics.push(d),
            }
        }
        pages.sort_by(|a, b| a.path.cmp(&b.path));
        (pages, diagnostics)
    }

    fn page(&self, kind: &PageKind) -> Result<RenderedPage, Diagnostic> {
        let source_lang = self.site.source_language();
        let (path, lang, template, slug) = match kind {
            PageKind::Home => (Urls::home(), source_lang, "home.html", None),
            PageKind::List(lang) => (Urls::list(lang), *lang, "list.html", None),
            PageKind::Guide(g) => (
                Urls::guide(&g.lang, &g.slug),
                &g.lang,
                "guide.html",
                Some(g.slug.clone()),
            ),
        };
        let mut context = self.common(&path, lang, kind);
        let slug_ref = slug.as_deref();
        let mut notes = self.review_notes(lang, slug_ref);
        match kind {
            PageKind::Home | PageKind::List(_) => {
                context.insert("guides", &self.cards(&path, lang));
            }
            PageKind::Guide(guide) => {
                notes.extend(self.untranslated_note(guide));
                context.insert("guide", &self.guide_view(&path, guide));
                context.insert("help_html", &self.help_html(&path, guide));
            }
        }
        context.insert("translation_notes", &notes);
        let html = self.templates.render(template, &context)?;
        Ok(RenderedPage {
            path,
            lang: lang.clone(),
            slug,
            html,
        })
    }

    fn common(&self, path: &str, lang: &Lang, kind: &PageKind) -> Context {
        let mut c = Context::new();
        c.insert("lang", lang.as_str());
        c.insert("dir", lang.dir());
        c.insert("site", &self.site_view(lang));
        c.insert(
            "css_url",
            &self.urls.relative(path, &self.assets.stylesheet),
        );
        c.insert("canonical", &self.urls.absolute(path));
        c.insert("home_url", &self.urls.relative(path, &Urls::home()));
        c.insert("list_url", &self.urls.relative(path, &Urls::list(lang)));
        let same_page = |l: &Lang| match kind {
            PageKind::Home => Urls::list(l),
            PageKind::List(_) => Urls::list(l),
            PageKind::Guide(g) => Urls::guide(l, &g.slug),
        };
        let languages: Vec<LanguageLink> = self
            .site
            .languages
            .iter()
            .map(|l| LanguageLink {
                lang: l.to_string(),
                dir: l.dir(),
                name: l.autonym().to_owned(),
                url: self.urls.relative(path, &same_page(l)),
                list_url: self.urls.relative(path, &Urls::list(l)),
                current: l == lang && !matches!(kind, PageKind::Home),
            })
            .collect();
        c.insert("languages", &languages);
        let alternates: Vec<Alternate> = match kind {
            PageKind::Home => Vec::new(),
            _ if self.site.languages.len() < 2 => Vec::new(),
            _ => self
                .site
                .languages
                .iter()
                .map(|l| Alternate {
                    lang: l.to_string(),
                    url: self.urls.absolute(&same_page(l)),
                })
                .collect(),
        };
        c.insert("alternates", &alternates);
        c
    }

    /// The site's name and description for a page in `lang`: the site's own translation
    /// (`site-title`, `site-description` in `locales/<lang>/ui.ftl`), else the words of
    /// `site.toml` marked with the site's language so screen readers read them right.
    fn site_view(&self, lang: &Lang) -> SiteView<'_> {
        let config = &self.sources.config;
        let source = self.site.source_language();
        let ui = &self.site.ui;
        let own = |id| (lang != source).then(|| ui.own_message(lang, id)).flatten();
        let title = own("site-title");
        let translated = title.is_some() || lang == source;
        SiteView {
            title: title.unwrap_or_else(|| config.title.clone()),
            description: own("site-description")
                .or_else(|| config.description.clone())
                .unwrap_or_default(),
            lang: if translated {
                String::new()
            } else {
                source.to_string()
            },
            dir: source.dir(),
            base_url: &config.base_url,
        }
    }

    fn cards(&self, path: &str, lang: &Lang) -> Vec<GuideCard> {
        self.site
            .guides_in(lang)
            .iter()
            .map(|g| {
                let mut w = self.writer_for(path, lang, &g.slug, false);
                GuideCard {
                    untranslated: untranslated_pieces(g) == g.texts().len(),
                    slug: g.slug.clone(),
                    url: self.urls.relative(path, &Urls::guide(lang, &g.slug)),
                    title: g.meta.title.to_plain(),
                    summary: g.meta.summary.to_plain(),
                    title_html: w.text(&g.meta.title),
                    summary_html: w.text(&g.meta.summary),
                }
            })
            .collect()
    }

    fn writer_for<'p>(
        &'p self,
        path: &'p str,
        lang: &'p Lang,
        slug: &'p str,
        marks: bool,
    ) -> html::Writer<'p> {
        html::Writer::new(html::Page {
            lang,
            path,
            slug,
            ui: &self.site.ui,
            urls: self.urls,
            assets: self.assets,
            marks,
        })
    }

    /// "A fluent speaker has not checked this translation yet", when that is so.
    fn review_notes(&self, lang: &Lang, slug: Option<&str>) -> Vec<String> {
        let id = match self.site.review(lang, slug) {
            Review::Reviewed => return Vec::new(),
            Review::Draft => "review-draft",
            Review::MachineDraft => "review-machine",
        };
        vec![self.site.ui.message(lang, id, None)]
    }

    /// Says once, at the top, how much of the guide is shown untranslated.
    fn untranslated_note(&self, guide: &Guide) -> Option<String> {
        let count = untranslated_pieces(guide);
        let source = self.site.source_language().as_str();
        let (id, args) = match count {
            0 => return None,
            n if n == guide.texts().len() => {
                ("untranslated-guide", vec![("source", source.into())])
            }
            n => (
                "untranslated-parts",
                vec![("count", n.into()), ("source", source.into())],
            ),
        };
        Some(self.site.ui.message_with(&guide.lang, id, &args))
    }

    /// The help text as HTML for a guide page, or empty. It is written in the site's language,
    /// so other languages' pages mark it with that language for screen readers.
    fn help_html(&self, path: &str, guide: &Guide) -> String {
        let mut help = self.help.clone();
        let source = self.site.source_language();
        if &guide.lang != source {
            visit_blocks_mut(&mut help, &mut |t| t.lang = Some(source.clone()));
        }
        self.writer_for(path, &guide.lang, &guide.slug, false)
            .body(&help)
    }

    fn guide_view(&self, path: &str, guide: &Guide) -> GuideView {
        let lang = &guide.lang;
        let meta = &guide.meta;
        // When nothing is translated, the note at the top says so once; marking every
        // piece as well would only repeat it.
        let partial = untranslated_pieces(guide) < guide.texts().len();
        let mut w = self
            .writer_for(path, lang, &guide.slug, partial)
            .with_glossary(&meta.glossary);
        let mut top: Vec<&crate::document::Text> = vec![&meta.title, &meta.summary];
        top.extend(meta.time.iter());
        top.extend(meta.you_need.iter());
        let glossary_html = w.explain(&top);
        GuideView {
            slug: guide.slug.clone(),
            title: meta.title.to_plain(),
            title_html: w.text(&meta.title),
            summary: meta.summary.to_plain(),
            summary_html: w.text(&meta.summary),
            time_html: meta.time.as_ref().map(|t| w.text(t)).unwrap_or_default(),
            you_need: meta.you_need.iter().map(|t| w.text(t)).collect(),
            sources: meta.sources.iter().map(|t| w.text(t)).collect(),
            updated_text: self.site.ui.date(lang, meta.updated),
            updated: meta.updated.to_string(),
            review_due_text: self.site.ui.date(lang, meta.review_due),
            review_due: meta.review_due.to_string(),
            tags: meta.tags.clone(),
            nations_html: w.nations_line(&meta.nations),
            step_count: guide.step_count(),
            body: w.body(&guide.body),
            glossary_html,
        }
    }
}

/// How many pieces of a guide are shown in another language than its page's.
fn untranslated_pieces(guide: &Guide) -> usize {
    guide
        .texts()
        .iter()
        .filter(|t| t.lang.as_ref().is_some_and(|l| *l != guide.lang))
        .count()
}
