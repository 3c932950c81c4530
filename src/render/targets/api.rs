//! The JSON API: `api/v1/<lang>/guides.json` (every guide of a language),
//! `api/v1/<lang>/<slug>.json` (one guide's content) and their JSON Schemas
//! (`api/v1/schema/guides.json`, `api/v1/schema/guide.json`), for sites that pull guides into
//! their own pages. The values are made by [`GuideData`]; the types are in [`api`].

use serde::Serialize;

use super::{Input, LinkStyle, Profile, Target};
use crate::diag::Diagnostic;
use crate::render::api::{self, GuideIndex};
use crate::render::data::GuideData;
use crate::render::page::{PageId, PageKind, Rendered};
use crate::render::{Context, Urls};
use crate::translate::Site;

/// The JSON files.
pub struct ApiTarget;

const NAME: &str = "api";

impl Target for ApiTarget {
    fn name(&self) -> &'static str {
        NAME
    }

    fn links(&self) -> LinkStyle {
        LinkStyle::Absolute
    }

    fn profile(&self) -> Profile {
        Profile {
            html: false,
            scripts: false,
            budgets: false,
        }
    }

    fn pages(&self, site: &Site) -> Vec<PageId> {
        let source = site.source_language();
        let mut pages: Vec<PageId> = api::SCHEMAS
            .iter()
            .map(|name| PageId {
                slug: Some((*name).to_owned()),
                ..PageId::new(NAME, PageKind::Schema, source)
            })
            .collect();
        for lang in &site.languages {
            pages.push(PageId::new(NAME, PageKind::List, lang));
            pages.extend(
                site.guides_in(lang)
                    .iter()
                    .map(|g| PageId::guide(NAME, lang, g.slug())),
            );
        }
        pages
    }

    fn inputs(&self, page: &PageId, _site: &Site) -> Vec<Input> {
        let lang = page.lang.clone();
        match (page.kind, &page.slug) {
            (PageKind::Guide, Some(slug)) => vec![
                Input::Guide {
                    lang,
                    slug: slug.clone(),
                },
                Input::Ui(page.lang.clone()),
                Input::Languages,
                Input::Help,
            ],
            (PageKind::List, _) => vec![Input::Catalogue(lang), Input::Languages],
            _ => Vec::new(),
        }
    }

    fn render(&self, page: &PageId, cx: &Context) -> Result<Rendered, Diagnostic> {
        let urls = self.urls(cx);
        let lang = &page.lang;
        let (path, text) = match (page.kind, page.slug.as_deref()) {
            (PageKind::Schema, Some(name)) => {
                let path = Urls::api_schema(name);
                let schema = api::schema(name, &urls.absolute(&path));
                (path, json(&schema))
            }
            (PageKind::Guide, Some(slug)) => {
                let guide = cx.site.guide(lang, slug).ok_or_else(|| missing(page))?;
                (
                    Urls::api_guide(lang, slug),
                    json(&GuideData::new(cx, guide).detail()),
                )
            }
            _ => {
                let index = GuideIndex {
                    schema: urls.absolute(&Urls::api_schema("guides")),
                    in_language: lang.to_string(),
                    name: cx
                        .site
                        .ui
                        .own_message(lang, "site-title")
                        .unwrap_or_else(|| cx.sources.config.title.clone()),
                    url: urls.absolute(&Urls::list(lang)),
                    has_part: cx
                        .site
                        .guides_in(lang)
                        .iter()
                        .map(|g| GuideData::new(cx, g).summary())
                        .collect(),
                };
                (Urls::api_index(lang), json(&index))
            }
        };
        Ok(Rendered::new(page, path, &text, &cx.sources.map))
    }
}

/// Pretty JSON with a final newline: web teams read these files too.
fn json(value: &impl Serialize) -> String {
    let mut text = serde_json::to_string_pretty(value).unwrap_or_default();
    text.push('\n');
    text
}

fn missing(page: &PageId) -> Diagnostic {
    Diagnostic::error(
        "internal",
        format!("no guide {:?} in {}", page.slug, page.lang),
    )
}
