//! `sitemap.xml`: every page's public address, with its translations as `hreflang`
//! alternates, so search engines send each reader to the guide in their own language.

use std::fmt::Write;

use pulldown_cmark_escape::escape_html;

use super::urls::Urls;
use crate::lang::Lang;
use crate::translate::Site;

/// The sitemap of the whole site, in a stable order (home, then each language's list and
/// guides in list order).
pub fn write(site: &Site, urls: &Urls) -> String {
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
                .map(|l| (l, Urls::guide(l, &guide.slug)))
                .collect();
            entry(&mut out, urls, &Urls::guide(lang, &guide.slug), &pages);
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
    }
    out.push_str("</url>\n");
}
