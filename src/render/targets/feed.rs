//! An Atom feed per language (`<lang>/feed.xml`): its guides, newest `updated` first, each
//! with its summary, its topics and a link to every language version, so a GP practice's
//! site or a feed reader hears when a guide changes.
//!
//! Dates are days (the front matter's `updated`), written as midnight UTC: no time of day
//! reaches the output, so the feed is the same bytes on every build.

use std::fmt::Write;

use jiff::civil::Date;
use pulldown_cmark_escape::escape_html;

use super::{Input, LinkStyle, Profile, Target};
use crate::diag::Diagnostic;
use crate::lang::Lang;
use crate::render::page::{PageId, PageKind, Rendered};
use crate::render::{Context, Urls};
use crate::translate::{Localised, Site};

/// `<lang>/feed.xml`.
pub struct FeedTarget;

const NAME: &str = "feed";

impl Target for FeedTarget {
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
        site.languages
            .iter()
            .map(|l| PageId::new(NAME, PageKind::Feed, l))
            .collect()
    }

    fn inputs(&self, page: &PageId, _site: &Site) -> Vec<Input> {
        vec![
            Input::Catalogue(page.lang.clone()),
            Input::Ui(page.lang.clone()),
            Input::Languages,
        ]
    }

    fn render(&self, page: &PageId, cx: &Context) -> Result<Rendered, Diagnostic> {
        let path = Urls::feed(&page.lang);
        let text = Feed {
            cx,
            urls: &self.urls(cx),
            lang: &page.lang,
        }
        .write(&path);
        Ok(Rendered::new(page, path, &text, &cx.sources.map))
    }
}

struct Feed<'a> {
    cx: &'a Context<'a>,
    urls: &'a Urls,
    lang: &'a Lang,
}

impl Feed<'_> {
    fn write(&self, path: &str) -> String {
        let (cx, lang) = (self.cx, self.lang);
        let mut guides: Vec<&Localised> = cx.site.guides_in(lang).iter().map(|g| &**g).collect();
        guides.sort_by(|a, b| {
            let key =
                |g: &Localised| (std::cmp::Reverse(g.guide.meta.updated), g.slug().to_owned());
            key(a).cmp(&key(b))
        });
        let newest = guides.iter().map(|g| g.guide.meta.updated).max();
        let mut out = String::new();
        let _ = writeln!(
            out,
            "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"{lang}\">"
        );
        let config = &cx.sources.config;
        let own = |id| cx.site.ui.own_message(lang, id);
        element(
            &mut out,
            "title",
            &own("site-title").unwrap_or_else(|| config.title.clone()),
        );
        if let Some(about) = own("site-description").or_else(|| config.description.clone()) {
            element(&mut out, "subtitle", &about);
        }
        element(&mut out, "id", &self.urls.absolute(path));
        link(
            &mut out,
            "self",
            "application/atom+xml",
            None,
            &self.urls.absolute(path),
        );
        let list = self.urls.absolute(&Urls::list(lang));
        link(&mut out, "alternate", "text/html", Some(lang), &list);
        element(&mut out, "updated", &timestamp(newest));
        out.push_str("<author><name>");
        let _ = escape_html(&mut out, &config.title);
        out.push_str("</name></author>\n<generator>easyguide</generator>\n");
        for guide in guides {
            self.entry(&mut out, guide);
        }
        out.push_str("</feed>\n");
        out
    }

    fn entry(&self, out: &mut String, guide: &Localised) {
        let meta = &guide.guide.meta;
        let url = self.urls.absolute(&Urls::guide(self.lang, guide.slug()));
        out.push_str("<entry>\n");
        element(out, "title", &guide.title());
        element(out, "id", &url);
        link(out, "alternate", "text/html", Some(self.lang), &url);
        for other in self.cx.site.languages.iter().filter(|l| *l != self.lang) {
            if self.cx.site.guide(other, guide.slug()).is_some() {
                let there = self.urls.absolute(&Urls::guide(other, guide.slug()));
                link(out, "alternate", "text/html", Some(other), &there);
            }
        }
        element(out, "updated", &timestamp(Some(meta.updated)));
        element(out, "summary", &guide.shown(&meta.summary).text.to_plain());
        for tag in &meta.tags {
            out.push_str("<category term=\"");
            let _ = escape_html(&mut *out, tag);
            out.push_str("\"/>\n");
        }
        out.push_str("</entry>\n");
    }
}

fn element(out: &mut String, name: &str, text: &str) {
    let _ = write!(out, "<{name}>");
    let _ = escape_html(&mut *out, text);
    let _ = writeln!(out, "</{name}>");
}

fn link(out: &mut String, rel: &str, kind: &str, lang: Option<&Lang>, href: &str) {
    let _ = write!(out, "<link rel=\"{rel}\" type=\"{kind}\"");
    if let Some(lang) = lang {
        let _ = write!(out, " hreflang=\"{lang}\"");
    }
    out.push_str(" href=\"");
    let _ = escape_html(&mut *out, href);
    out.push_str("\"/>\n");
}

/// A day as an Atom date: midnight UTC. A site with no guides says 1970-01-01.
fn timestamp(day: Option<Date>) -> String {
    let day = day.unwrap_or(jiff::civil::date(1970, 1, 1));
    format!("{day}T00:00:00Z")
}
