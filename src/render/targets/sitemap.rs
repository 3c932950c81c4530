//! `sitemap.xml`: every page's public address, with its translations as `hreflang`
//! alternates (and `x-default`, the source language), so search engines send each reader to
//! the guide in their own language.

use std::fmt::Write;

use pulldown_cmark_escape::escape_html;

use super::{Input, LinkStyle, Profile, Target};
use crate::diag::Diagnostic;
use crate::lang::Lang;
use crate::render::Context;
use crate::render::Urls;
use crate::render::page::{PageId, PageKind, Rendered};
use crate::translate::Site;

/// `sitemap.xml`.
pub struct SitemapTarget;

const NAME: &str = "sitemap";

impl Target for SitemapTarget {
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
        vec![PageId::new(NAME, PageKind::Sitemap, site.source_language())]
    }

    fn inputs(&self, _page: &PageId, _site: &Site) -> Vec<Input> {
        vec![Input::Languages]
    }

    fn render(&self, page: &PageId, cx: &Context) -> Result<Rendered, Diagnostic> {
        let text = write(cx.site, &self.urls(cx));
        Ok(Rendered::new(
            page,
            "sitemap.xml".into(),
            &text,
            &cx.sources.map,
        ))
    }
}

/// The sitemap of the whole site, in a stable order (home, then each language's list and
/// guides in list order).
fn write(site: &Site, urls: &Urls) -> String {
    let mut out = String::from(concat!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n",
        "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" ",
        "xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n"
    ));
    entry(&mut out, urls, &Urls::home(), &[]);
    let languages = &site.languages;
    for lang in languages {
        let lists: Vec<(&Lang, String)> = languages.iter().map(|l| (l, Urls::list(l))).collect();
        entry(&mut out, urls, &Urls::list(lang), &lists);
        for guide in site.guides_in(lang) {
            let pages: Vec<(&Lang, String)> = languages
                .iter()
                .map(|l| (l, Urls::guide(l, guide.slug())))
                .collect();
            entry(&mut out, urls, &Urls::guide(lang, guide.slug()), &pages);
            let shares: Vec<(&Lang, String)> = languages
                .iter()
                .map(|l| (l, Urls::share(l, guide.slug())))
                .collect();
            entry(&mut out, urls, &Urls::share(lang, guide.slug()), &shares);
        }
    }
    out.push_str("</urlset>\n");
    out
}

fn entry(out: &mut String, urls: &Urls, page: &str, alternates: &[(&Lang, String)]) {
    out.push_str("<url><loc>");
    let _ = escape_html(&mut *out, &urls.absolute(page));
    out.push_str("</loc>");
    if alternates.len() > 1 {
        for (lang, path) in alternates {
            let _ = write!(
                out,
                "\n<xhtml:link rel=\"alternate\" hreflang=\"{lang}\" href=\""
            );
            let _ = escape_html(&mut *out, &urls.absolute(path));
            out.push_str("\"/>");
        }
        // Readers whose language is not published get the source language's page.
        if let Some((_, path)) = alternates.first() {
            out.push_str("\n<xhtml:link rel=\"alternate\" hreflang=\"x-default\" href=\"");
            let _ = escape_html(&mut *out, &urls.absolute(path));
            out.push_str("\"/>");
        }
    }
    out.push_str("</url>\n");
}
