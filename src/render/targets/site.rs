//! The site: a home page, a guide list per language, and every guide in every language,
//! through the theme's Tera templates.

use tera::Context as Tera;

use super::{Input, LinkStyle, Profile, Target};
use crate::diag::{Diagnostic, FileId};
use crate::document::Text;
use crate::lang::Lang;
use crate::render::data::GuideData;
use crate::render::html::{Words, ui_html, ui_html_with};
use crate::render::page::{PageId, PageKind, Rendered};
use crate::render::view::{Alternate, GuideCard, GuideView, LanguageLink, SiteView, StatementView};
use crate::render::{Context, Urls, html, structured};
use crate::translate::{Localised, Review, Site};

/// The published site.
pub struct SiteTarget;

const NAME: &str = "site";

impl Target for SiteTarget {
    fn name(&self) -> &'static str {
        NAME
    }

    fn links(&self) -> LinkStyle {
        LinkStyle::Relative
    }

    fn profile(&self) -> Profile {
        Profile {
            html: true,
            scripts: false,
            budgets: true,
        }
    }

    fn pages(&self, site: &Site) -> Vec<PageId> {
        let mut pages = vec![PageId::new(NAME, PageKind::Home, site.source_language())];
        for lang in &site.languages {
            pages.push(PageId::new(NAME, PageKind::List, lang));
            pages.push(PageId::new(NAME, PageKind::Statement, lang));
            pages.extend(
                site.guides_in(lang)
                    .iter()
                    .map(|g| PageId::guide(NAME, lang, g.slug())),
            );
        }
        pages
    }

    fn offline_pages(&self, site: &Site) -> Vec<PageId> {
        vec![PageId::new(NAME, PageKind::Start, site.source_language())]
    }

    fn offline(&self) -> bool {
        true
    }

    fn inputs(&self, page: &PageId, site: &Site) -> Vec<Input> {
        let mut inputs = vec![Input::Ui(page.lang.clone()), Input::Languages];
        match (&page.kind, &page.slug) {
            (PageKind::Guide, Some(slug)) => {
                inputs.push(Input::Guide {
                    lang: page.lang.clone(),
                    slug: slug.clone(),
                });
                inputs.extend(super::linked_parts(site, &page.lang, slug));
                inputs.push(Input::Help);
            }
            (PageKind::Statement, _) => inputs.push(Input::Checks),
            _ => inputs.push(Input::Catalogue(page.lang.clone())),
        }
        inputs
    }

    fn after_checks(&self, page: &PageId) -> bool {
        page.kind == PageKind::Statement
    }

    fn render(&self, page: &PageId, cx: &Context) -> Result<Rendered, Diagnostic> {
        let urls = self.urls(cx);
        let guide = match &page.slug {
            Some(slug) => cx.site.guide(&page.lang, slug),
            None => None,
        };
        let (path, template) = match (page.kind, guide) {
            (PageKind::Guide, Some(g)) => (Urls::guide(&g.lang, g.slug()), "guide.html"),
            (PageKind::List, _) => (Urls::list(&page.lang), "list.html"),
            (PageKind::Statement, _) => (Urls::statement(&page.lang), "accessibility.html"),
            (PageKind::Start, _) => (Urls::start(), "home.html"),
            _ => (Urls::home(), "home.html"),
        };
        let p = SitePage {
            cx,
            urls: &urls,
            path: &path,
            lang: &page.lang,
            kind: page.kind,
            guide,
            same_as: Urls::guide,
            helpers: false,
        };
        let text = cx.templates.render(template, &p.context())?;
        Ok(Rendered::new(page, path, &text, &cx.sources.map))
    }
}

/// One page of the site being made; other targets that show a guide as the site does (the
/// embed and share pages) make their pages' contexts with it too.
pub(super) struct SitePage<'a> {
    pub(super) cx: &'a Context<'a>,
    pub(super) urls: &'a Urls,
    pub(super) path: &'a str,
    pub(super) lang: &'a Lang,
    pub(super) kind: PageKind,
    pub(super) guide: Option<&'a Localised>,
    /// The address of this page in another language, for a guide's pages.
    pub(super) same_as: fn(&Lang, &str) -> String,
    /// Show the notes for helpers (`> [!HELPER]`): only the print handouts do.
    pub(super) helpers: bool,
}

impl SitePage<'_> {
    /// What the templates see on this page.
    pub(super) fn context(&self) -> Tera {
        let mut context = self.common();
        let mut notes = self.review_notes();
        match self.guide {
            None if self.kind == PageKind::Statement => {
                context.insert("statement", &self.statement());
            }
            None => context.insert("guides", &self.cards()),
            Some(guide) => {
                notes.extend(self.untranslated_note(guide));
                context.insert("guide", &self.guide_view(guide));
                context.insert("help_html", &self.help_html(guide));
                let print = Urls::print(self.lang, guide.slug());
                context.insert("print_url", &self.urls.relative(self.path, &print));
                let share = Urls::share(self.lang, guide.slug());
                context.insert("share_url", &self.urls.relative(self.path, &share));
                let detail = GuideData::new(self.cx, guide).detail();
                context.insert("structured_data", &structured::howto(&detail));
            }
        }
        context.insert("translation_notes", &notes);
        context
    }

    /// This page in another language.
    fn same_page(&self, l: &Lang) -> String {
        match (self.guide, self.kind) {
            (Some(g), _) => (self.same_as)(l, g.slug()),
            (None, PageKind::Statement) => Urls::statement(l),
            (None, _) => Urls::list(l),
        }
    }

    /// What the accessibility statement says: the site's owner and contacts from
    /// `site.toml`, and what the checks of this build found.
    fn statement(&self) -> StatementView {
        let config = &self.cx.sources.config;
        let prepared = config.statement.prepared.or_else(|| {
            self.cx
                .site
                .guides_in(self.cx.site.source_language())
                .iter()
                .map(|g| g.guide.meta.updated)
                .max()
        });
        StatementView {
            organisation: config
                .statement
                .organisation
                .clone()
                .unwrap_or_else(|| config.title.clone()),
            email: config.statement.email.clone(),
            phone: config.statement.phone.clone(),
            prepared: prepared
                .map(|d| self.cx.site.ui.date(self.lang, d))
                .unwrap_or_default(),
            northern_ireland: config
                .nations
                .contains(&crate::document::Nation::NorthernIreland),
            checked: self.cx.checked.get().cloned().unwrap_or_default(),
        }
    }

    fn common(&self) -> Tera {
        let (cx, urls, path, lang) = (self.cx, self.urls, self.path, self.lang);
        let mut c = Tera::new();
        c.insert("lang", lang.as_str());
        c.insert("dir", lang.dir());
        c.insert("site", &self.site_view());
        c.insert("css_url", &urls.relative(path, &cx.assets.stylesheet));
        c.insert("canonical", &urls.absolute(path));
        c.insert("home_url", &urls.relative(path, &Urls::home()));
        c.insert("list_url", &urls.relative(path, &Urls::list(lang)));
        c.insert(
            "statement_url",
            &urls.relative(path, &Urls::statement(lang)),
        );
        c.insert("feed_url", &urls.relative(path, &Urls::feed(lang)));
        // An offline copy leaves out the feeds, embeds and JSON, and is opened where the
        // published addresses may not be: its pages link to none of them.
        c.insert("offline", &(cx.edition == super::Edition::Offline));
        c.insert("start", &(self.kind == PageKind::Start));
        let home = matches!(self.kind, PageKind::Home | PageKind::Start);
        let languages: Vec<LanguageLink> = cx
            .site
            .languages
            .iter()
            .map(|l| LanguageLink {
                lang: l.to_string(),
                dir: l.dir(),
                name: l.autonym().to_owned(),
                url: urls.relative(path, &self.same_page(l)),
                list_url: urls.relative(path, &Urls::list(l)),
                current: l == lang && !home,
            })
            .collect();
        c.insert("languages", &languages);
        let alternates: Vec<Alternate> = if home || cx.site.languages.len() < 2 {
            Vec::new()
        } else {
            cx.site
                .languages
                .iter()
                .map(|l| Alternate {
                    lang: l.to_string(),
                    url: urls.absolute(&self.same_page(l)),
                })
                .collect()
        };
        c.insert("alternates", &alternates);
        c
    }

    /// The site's name and description for a page in `lang`: the site's own translation
    /// (`site-title`, `site-description` in `locales/<lang>/ui.ftl`), else the words of
    /// `site.toml` marked with the site's language so screen readers read them right.
    fn site_view(&self) -> SiteView<'_> {
        let config = &self.cx.sources.config;
        let (site, lang) = (self.cx.site, self.lang);
        let source = site.source_language();
        let own = |id| {
            (lang != source)
                .then(|| site.ui.own_message(lang, id))
                .flatten()
        };
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

    fn cards(&self) -> Vec<GuideCard> {
        self.cx
            .site
            .guides_in(self.lang)
            .iter()
            .map(|g| {
                let mut w = self.writer((g.slug(), g.guide.file), Words::Guide(g), false);
                let meta = &g.guide.meta;
                GuideCard {
                    untranslated: g.untranslated() == g.guide.texts().len(),
                    slug: g.slug().to_owned(),
                    url: self
                        .urls
                        .relative(self.path, &Urls::guide(self.lang, g.slug())),
                    title: g.title(),
                    summary: g.shown(&meta.summary).text.to_plain(),
                    title_html: w.text(&meta.title),
                    summary_html: w.text(&meta.summary),
                }
            })
            .collect()
    }

    fn writer<'p>(
        &'p self,
        (slug, file): (&'p str, FileId),
        words: Words<'p>,
        marks: bool,
    ) -> html::Writer<'p> {
        html::Writer::new(html::Page {
            lang: self.lang,
            path: self.path,
            slug,
            words,
            file,
            ui: &self.cx.site.ui,
            urls: self.urls,
            assets: self.cx.assets,
            pictures: &self.cx.sources.config.pictures,
            marks,
            helpers: self.helpers,
            site: self.cx.site,
        })
    }

    /// "A fluent speaker has not checked this translation yet", when that is so.
    fn review_notes(&self) -> Vec<String> {
        let slug = self.guide.map(|g| g.slug());
        let id = match self.cx.site.review(self.lang, slug) {
            Review::Reviewed => return Vec::new(),
            Review::Draft => "review-draft",
            Review::MachineDraft => "review-machine",
        };
        vec![ui_html(&self.cx.site.ui, self.lang, id, None)]
    }

    /// Says once, at the top, how much of the guide is shown untranslated.
    fn untranslated_note(&self, guide: &Localised) -> Option<String> {
        let count = guide.untranslated();
        let source = self.cx.site.source_language().as_str();
        let (id, args) = match count {
            0 => return None,
            n if n == guide.guide.texts().len() => {
                ("untranslated-guide", vec![("source", source.into())])
            }
            n => (
                "untranslated-parts",
                vec![("count", n.into()), ("source", source.into())],
            ),
        };
        Some(ui_html_with(&self.cx.site.ui, &guide.lang, id, &args))
    }

    /// The help text as HTML for a guide page, or empty. It is written in the site's language,
    /// so other languages' pages mark it with that language for screen readers.
    fn help_html(&self, guide: &Localised) -> String {
        let source = self.cx.site.source_language();
        let (blocks, words, file) = match self.cx.help_in.get(&guide.lang) {
            Some(own) => (own.blocks.as_slice(), Words::As(None), own.file),
            None => (
                self.cx.help,
                Words::As((&guide.lang != source).then_some(source)),
                self.cx.sources.config.file,
            ),
        };
        let mut html = self.writer((guide.slug(), file), words, false).body(blocks);
        if let Some(help) = &self.cx.sources.config.help {
            let ui = &self.cx.site.ui;
            html.push_str(&crate::render::help::points(
                &help.points,
                ui,
                &guide.lang,
                source,
            ));
        }
        html
    }

    fn guide_view(&self, local: &Localised) -> GuideView {
        let lang = &local.lang;
        let guide = &local.guide;
        let meta = &guide.meta;
        let ui = &self.cx.site.ui;
        let plain = |t: &Text| local.shown(t).text.to_plain();
        // When nothing is translated, the note at the top says so once; marking every
        // piece as well would only repeat it.
        let partial = local.untranslated() < guide.texts().len();
        let mut w = self
            .writer((local.slug(), guide.file), Words::Guide(local), partial)
            .with_glossary(&meta.glossary);
        let mut top: Vec<&Text> = vec![&meta.title, &meta.summary];
        top.extend(meta.time.iter());
        top.extend(meta.you_need.iter());
        let glossary_html = w.explain(&top);
        GuideView {
            slug: guide.slug.clone(),
            title: plain(&meta.title),
            title_html: w.text(&meta.title),
            summary: plain(&meta.summary),
            summary_html: w.text(&meta.summary),
            time_html: meta.time.as_ref().map(|t| w.text(t)).unwrap_or_default(),
            you_need: meta.you_need.iter().map(|t| w.text(t)).collect(),
            sources: meta.sources.iter().map(|t| w.text(t)).collect(),
            updated_text: ui.date(lang, meta.updated),
            updated: meta.updated.to_string(),
            review_due_text: ui.date(lang, meta.review_due),
            review_due: meta.review_due.to_string(),
            tags: meta.tags.clone(),
            nations_html: w.nations_line(&meta.nations),
            step_count: guide.step_count(),
            body: w.body(&guide.body),
            glossary_html,
        }
    }
}
