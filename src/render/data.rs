//! A guide in one language as data for other sites: the JSON API's values, from which the
//! schema.org structured data is made too.
//!
//! Takes the render [`Context`] and one [`Localised`] guide; produces [`GuideSummary`] and
//! [`GuideDetail`] values. Words are written by the same HTML writer as the site (so they are
//! escaped in one place), with every link absolute, since they are shown on other sites.

use super::api::{
    GuideDetail, GuideSummary, Image, LanguageVersion, Part, Rich, Step, Time, Translation,
};
use super::html::{self, Words};
use super::targets::LinkStyle;
use super::{Context, Urls, duration, renditions};
use crate::diag::origin;
use crate::document::{Block, Picture, Text, visit_reader_blocks};
use crate::lang::Lang;
use crate::parse::step_id;
use crate::translate::{Localised, Review};

/// Builds the data of one guide in one language.
pub struct GuideData<'a> {
    cx: &'a Context<'a>,
    local: &'a Localised,
    urls: Urls,
}

impl<'a> GuideData<'a> {
    /// The data of `local`.
    pub fn new(cx: &'a Context<'a>, local: &'a Localised) -> Self {
        let urls = Urls::new(LinkStyle::Absolute, &cx.sources.config.base_url);
        GuideData { cx, local, urls }
    }

    /// The guide as a list shows it.
    pub fn summary(&self) -> GuideSummary {
        let (local, urls) = (self.local, &self.urls);
        let (lang, slug, meta) = (&local.lang, local.slug(), &local.guide.meta);
        let first = local.guide.pictures().into_iter().next();
        GuideSummary {
            slug: slug.to_owned(),
            name: local.title(),
            description: self.plain(&meta.summary),
            url: urls.absolute(&Urls::guide(lang, slug)),
            embed_url: urls.absolute(&Urls::embed(lang, slug)),
            fragment_url: urls.absolute(&Urls::fragment(lang, slug)),
            api_url: urls.absolute(&Urls::api_guide(lang, slug)),
            date_modified: meta.updated.to_string(),
            review_due: meta.review_due.to_string(),
            keywords: meta.tags.clone(),
            translation: self.translation(),
            available_language: self.languages(),
            image: first.and_then(|p| self.image(p)),
        }
    }

    /// The guide's whole content.
    pub fn detail(&self) -> GuideDetail {
        let (local, meta) = (self.local, &self.local.guide.meta);
        let mut w = self.writer(Words::Guide(local), local.guide.file);
        let mut content = Content::default();
        self.parts(&mut w, &local.guide.body, &mut content);
        GuideDetail {
            schema: self.urls.absolute(&Urls::api_schema("guide")),
            summary: self.summary(),
            in_language: local.lang.to_string(),
            total_time: meta.time.as_ref().map(|t| Time {
                text: self.plain(t),
                iso8601: duration::iso8601(&self.source_time().unwrap_or_default()),
            }),
            supply: meta.you_need.iter().map(|t| self.rich(&mut w, t)).collect(),
            step: content.steps,
            has_part: content.parts,
            sources: meta.sources.iter().map(|t| self.rich(&mut w, t)).collect(),
            help: self.help(),
            help_points: self
                .cx
                .sources
                .config
                .help
                .as_ref()
                .map(|h| h.points.clone())
                .unwrap_or_default(),
            helper_notes: crate::document::helper_notes(&local.guide.body)
                .into_iter()
                .map(|note| self.rich_blocks(&mut w, Words::Guide(local), &note.body))
                .collect(),
        }
    }

    /// The time in the source language's words, which [`duration::iso8601`] reads.
    fn source_time(&self) -> Option<String> {
        let site = self.cx.site;
        let source = site.guide(site.source_language(), self.local.slug())?;
        source.guide.meta.time.as_ref().map(Text::to_plain)
    }

    fn plain(&self, text: &Text) -> String {
        self.local.shown(text).text.to_plain()
    }

    fn translation(&self) -> Translation {
        let local = self.local;
        let total = local.guide.texts().len().max(1);
        let review = match self.cx.site.review(&local.lang, Some(local.slug())) {
            Review::Reviewed => "reviewed",
            Review::Draft => "draft",
            Review::MachineDraft => "machine-draft",
        };
        Translation {
            method: local.how.as_ref().map_or("source", |h| h.how).to_owned(),
            completeness: 1.0 - local.untranslated() as f64 / total as f64,
            review: review.to_owned(),
        }
    }

    fn languages(&self) -> Vec<LanguageVersion> {
        let slug = self.local.slug();
        let site = self.cx.site;
        site.languages
            .iter()
            .filter(|l| site.guide(l, slug).is_some())
            .map(|l: &Lang| LanguageVersion {
                in_language: l.to_string(),
                name: l.autonym().to_owned(),
                url: self.urls.absolute(&Urls::guide(l, slug)),
                api_url: self.urls.absolute(&Urls::api_guide(l, slug)),
            })
            .collect()
    }

    /// A picture with its description and files; `None` when preparing it failed.
    pub fn image(&self, picture: &Picture) -> Option<Image> {
        let prepared = self
            .cx
            .assets
            .picture(&self.local.lang, self.local.slug(), &picture.src)?;
        let all = renditions::renditions(prepared, &self.urls);
        Some(Image {
            alt: self.plain(&picture.alt),
            url: renditions::main(&all)?.url.clone(),
            renditions: all,
        })
    }

    fn writer(&'a self, words: Words<'a>, file: crate::diag::FileId) -> html::Writer<'a> {
        let cx = self.cx;
        html::Writer::new(html::Page {
            lang: &self.local.lang,
            path: "",
            slug: self.local.slug(),
            words,
            file,
            ui: &cx.site.ui,
            urls: &self.urls,
            assets: cx.assets,
            pictures: &cx.sources.config.pictures,
            marks: false,
            helpers: false,
            site: cx.site,
        })
    }

    fn rich(&self, w: &mut html::Writer, text: &Text) -> Rich {
        Rich {
            html: unmarked(&w.text(text)),
            text: self.plain(text),
        }
    }

    fn rich_blocks(&self, w: &mut html::Writer, words: Words, blocks: &[Block]) -> Rich {
        let mut texts = Vec::new();
        visit_reader_blocks(blocks, &mut |t| texts.push(words.shown(t).text.to_plain()));
        Rich {
            html: unmarked(&w.body(blocks)),
            text: texts.join("\n"),
        }
    }

    fn help(&self) -> Option<Rich> {
        let help = self.cx.help;
        if help.is_empty() {
            return None;
        }
        let source = self.cx.site.source_language();
        if let Some(own) = self.cx.help_in.get(&self.local.lang) {
            let mut w = self.writer(Words::As(None), own.file);
            return Some(self.rich_blocks(&mut w, Words::As(None), &own.blocks));
        }
        let words = Words::As((&self.local.lang != source).then_some(source));
        let mut w = self.writer(words, self.cx.sources.config.file);
        Some(self.rich_blocks(&mut w, words, help))
    }

    fn parts(&self, w: &mut html::Writer, blocks: &[Block], out: &mut Content) {
        let words = Words::Guide(self.local);
        for block in blocks {
            let one = std::slice::from_ref(block);
            let part = match block {
                Block::Heading(h) => {
                    out.heading = Some(self.plain(&h.text));
                    Part::Heading {
                        level: h.level,
                        id: h.id.clone(),
                        text: self.plain(&h.text),
                    }
                }
                Block::Steps(steps) => {
                    for step in steps {
                        let id = step_id(step.number);
                        let page = self
                            .urls
                            .absolute(&Urls::guide(&self.local.lang, self.local.slug()));
                        out.steps.push(Step {
                            number: step.number,
                            url: format!("{page}#{id}"),
                            id,
                            heading: out.heading.clone(),
                            words: self.rich_blocks(w, words, &step.body),
                            image: self.image(&step.picture),
                        });
                    }
                    Part::Steps {
                        numbers: steps.iter().map(|s| s.number).collect(),
                    }
                }
                Block::Alert(a) => Part::Callout {
                    kind: a.kind.name().to_owned(),
                    words: self.rich_blocks(w, words, one),
                },
                Block::Advice(a) => Part::Advice {
                    kind: a.kind.name().to_owned(),
                    words: self.rich_blocks(w, words, one),
                },
                Block::Picture(p) => match self.image(p) {
                    Some(image) => Part::Picture { image },
                    None => continue,
                },
                Block::Rule(_) | Block::Helper(_) => continue,
                _ => Part::Block {
                    words: self.rich_blocks(w, words, one),
                },
            };
            out.parts.push(part);
        }
    }
}

/// What the body walk collects.
#[derive(Default)]
struct Content {
    parts: Vec<Part>,
    steps: Vec<Step>,
    heading: Option<String>,
}

/// HTML without the origin markers the writer puts in (they are for the site's checks).
fn unmarked(html: &str) -> String {
    origin::strip(html).0
}
