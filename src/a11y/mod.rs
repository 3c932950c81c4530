//! A static accessibility checker for any HTML page, independent of guides: the library
//! under `easyguide a11y` (and, through a thin stage adapter, every build).
//!
//! Takes one page's HTML (and its path), the CSS it uses (linked stylesheets the caller read
//! from disk; `<style>` elements and `style` attributes are found in the page) and
//! [`Options`]; gives [`Finding`]s: a stable rule code, the WCAG 2.2 success criterion,
//! severity, message, why and how to fix, the position (byte offset, line, column) in the page
//! or stylesheet, and a snippet. The page is parsed once, with html5ever, into a tree that
//! keeps each element's start-tag range, so a caller holding a map from output bytes to
//! source spans can point a finding at the Markdown or `.ftl` line behind it.
//!
//! - [`check_page`]: every rule on one page;
//! - [`check_stylesheet`]: a stylesheet on its own (a theme, a site's override);
//! - [`check_site`]: rules that compare pages (the same title on different pages);
//! - [`catalogue::RULES`]: every rule with its criterion, severity, why and how to fix.
//!
//! Inside: [`dom`] (the tree with positions), [`name`] (accessible names), [`aria`]
//! (WAI-ARIA data), [`lang`] (tags, directions, scripts), [`words`] (phrases in every shipped
//! language), `rules` (the HTML rules) and [`css`] (parsing, cascade, colour and focus).

pub mod aria;
pub mod catalogue;
pub mod css;
pub mod dom;
pub mod finding;
pub mod name;
mod rules;
pub mod words;

use std::collections::BTreeMap;

pub use catalogue::{RULES, Rule};
pub use finding::{Finding, Position, Severity, Source};

/// The contrast level text must meet.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ContrastLevel {
    /// WCAG AA: 4.5:1, 3:1 for large text.
    Aa,
    /// WCAG AAA: 7:1, 4.5:1 for large text (easy read).
    Aaa,
}

/// What to hold pages to.
#[derive(Debug, Clone, PartialEq)]
pub struct Options {
    /// Text contrast.
    pub contrast: ContrastLevel,
    /// The smallest width and height, in CSS px, of links and buttons whose size the CSS sets
    /// (24 for WCAG 2.2 AA, 44 for AAA and easy read).
    pub target_size: f32,
    /// The language the page is known to be in (a language tag), if the caller knows it.
    pub language: Option<String>,
    /// Hold the content to easy-read conventions (no italics, no block capitals).
    pub easy_read: bool,
}

impl Default for Options {
    /// WCAG 2.2 AA, for any site.
    fn default() -> Self {
        Options {
            contrast: ContrastLevel::Aa,
            target_size: 24.0,
            language: None,
            easy_read: false,
        }
    }
}

impl Options {
    /// What easyguide's own pages promise: AAA contrast, 44 px targets, easy-read text.
    pub fn easy_read() -> Self {
        Options {
            contrast: ContrastLevel::Aaa,
            target_size: 44.0,
            language: None,
            easy_read: true,
        }
    }
}

/// A stylesheet a page links to, read by the caller.
#[derive(Debug, Clone, Copy)]
pub struct Stylesheet<'a> {
    /// Its path, as findings should show it.
    pub path: &'a str,
    /// Its text.
    pub text: &'a str,
}

/// A page parsed once, ready to be checked.
pub struct Parsed {
    page: dom::Page,
}

impl Parsed {
    /// Parses `html`; `path` is how findings name the page.
    pub fn new(path: &str, html: &str) -> Parsed {
        Parsed {
            page: dom::Page::parse(path, html),
        }
    }

    /// The addresses of the stylesheets the page links to (`<link rel="stylesheet">`), in
    /// order, for the caller to read.
    pub fn stylesheet_links(&self) -> Vec<String> {
        self.page
            .elements()
            .filter(|e| dom::name(*e) == "link")
            .filter(|e| {
                dom::attr(*e, "rel").is_some_and(|r| {
                    r.split_ascii_whitespace()
                        .any(|w| w.eq_ignore_ascii_case("stylesheet"))
                })
            })
            .filter(|e| {
                !dom::attr(*e, "rel").is_some_and(|r| r.to_ascii_lowercase().contains("alternate"))
            })
            .filter(|e| {
                dom::attr(*e, "media")
                    .is_none_or(|m| css::Scenario::CHECKED.iter().any(|s| s.matches(m)))
            })
            .filter_map(|e| dom::attr(e, "href").map(str::to_owned))
            .collect()
    }

    /// Checks the page with the stylesheets it links to.
    pub fn check(&self, stylesheets: &[Stylesheet], options: &Options) -> PageReport {
        let page = &self.page;
        let mut findings = rules::run(page, options);
        let mut sheets = vec![css::Sheet::browser_shared()];
        for s in stylesheets {
            sheets.push(css::Sheet::shared(s.path, s.text));
        }
        for e in page.elements().filter(|e| dom::name(*e) == "style") {
            if dom::attr(e, "media")
                .is_some_and(|m| !css::Scenario::CHECKED.iter().any(|s| s.matches(m)))
            {
                continue;
            }
            let range = page.range(e);
            let start = range.end;
            let end = page.text[start..]
                .find("</style")
                .map_or(page.text.len(), |i| start + i);
            sheets.push(std::sync::Arc::new(css::Sheet::parse(
                page.source.clone(),
                &page.text,
                start..end,
            )));
        }
        for sheet in sheets.iter().skip(1) {
            findings.extend(css::sheet::declarations_only(sheet));
        }
        let cascade = css::cascade::Cascade::new(page, sheets);
        findings.extend(css::contrast::check(&cascade, options));
        finding::sort(&mut findings);
        let title =
            rules::title_text(page).map(|(text, e)| (text, page.position(e), page.snippet(e)));
        PageReport {
            findings,
            facts: PageFacts {
                path: page.source.path().to_owned(),
                title,
                lang: dom::attr(page.root(), "lang")
                    .unwrap_or_default()
                    .trim()
                    .to_ascii_lowercase(),
            },
        }
    }
}

/// What checking one page gives.
#[derive(Debug, Clone)]
pub struct PageReport {
    /// Its findings, sorted by position.
    pub findings: Vec<Finding>,
    /// What the cross-page rules need from it.
    pub facts: PageFacts,
}

/// What [`check_site`] needs from each page.
#[derive(Debug, Clone, PartialEq)]
pub struct PageFacts {
    /// The page's path.
    pub path: String,
    /// Its `<title>` text, where it is, and its snippet.
    pub title: Option<(String, Position, String)>,
    /// The page's language (`<html lang>`), lower-cased; empty when it has none.
    pub lang: String,
}

/// Checks one page: parses it, then runs every rule (see [`Parsed`] to read its linked
/// stylesheets first).
pub fn check_page(
    path: &str,
    html: &str,
    stylesheets: &[Stylesheet],
    options: &Options,
) -> PageReport {
    Parsed::new(path, html).check(stylesheets, options)
}

/// Checks a stylesheet on its own: absolute font sizes, orientation locks, and the contrast
/// of the colours its rules set over body text and a link, in light and dark mode and with
/// more contrast. A finding points at the declaration of the colour.
pub fn check_stylesheet(path: &str, css_text: &str, options: &Options) -> Vec<Finding> {
    let sheet = css::Sheet::parse(
        Source::Stylesheet(path.to_owned()),
        css_text,
        0..css_text.len(),
    );
    css::sheet::check(&sheet, options)
}

/// Rules that compare pages: the same title on different pages in one language. (A guide
/// not translated yet keeps its title in every language, and a reader of one language
/// never meets the pages of another.)
pub fn check_site(pages: &[PageFacts]) -> Vec<Finding> {
    let mut by_title: BTreeMap<(String, String), Vec<&PageFacts>> = BTreeMap::new();
    for p in pages {
        if let Some((title, _, _)) = &p.title
            && !title.trim().is_empty()
        {
            by_title
                .entry((p.lang.clone(), words::normalise(title)))
                .or_default()
                .push(p);
        }
    }
    let mut out = Vec::new();
    for group in by_title.values().filter(|g| g.len() > 1) {
        let Some((_, first, _)) = &group[0].title else {
            continue;
        };
        for p in group {
            let Some((title, at, snippet)) = &p.title else {
                continue;
            };
            let others = group.len() - 1;
            let message = format!(
                "{others} other page{} also {} the title \"{title}\"",
                if others == 1 { "" } else { "s" },
                if others == 1 { "has" } else { "have" }
            );
            let mut f = Finding::new("document-title-duplicate", message, at.clone())
                .with_snippet(snippet.clone());
            if at != first {
                f = f.also_at(first.clone());
            } else if let Some((_, second, _)) = &group[1].title {
                f = f.also_at(second.clone());
            }
            out.push(f);
        }
    }
    finding::sort(&mut out);
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lang::tag as lang;

    fn codes(findings: &[Finding]) -> Vec<(&'static str, usize)> {
        findings.iter().map(|f| (f.code, f.position.line)).collect()
    }

    #[test]
    fn a_theme_with_a_4_to_1_body_text_pair_fails_at_the_colour() {
        let theme = ":root {\n  --text: #7d7d7d;\n  --background: #fafafa;\n}\nbody { color: var(--text); background: var(--background); }\n";
        let findings =
            check_stylesheet("themes/grey/static/style.css", theme, &Options::easy_read());
        let body = findings
            .iter()
            .find(|f| f.message.starts_with("body text"))
            .expect("body text is checked");
        assert_eq!(body.code, "color-contrast");
        assert_eq!((body.position.line, body.position.column), (2, 3));
        assert!(
            body.message.contains("#7d7d7d on #fafafa"),
            "{}",
            body.message
        );
        assert_eq!(body.snippet, "--text: #7d7d7d");
    }

    #[test]
    fn dark_mode_and_callouts_are_checked_on_their_own() {
        let theme = ":root { --text: #111; --note: #eef; }\n@media (prefers-color-scheme: dark) {\n  :root { --text: #eee; --note: #bbc; }\n}\nbody { color: var(--text); background: #fff; }\n@media (prefers-color-scheme: dark) { body { background: #111; } }\n.callout-note { background: var(--note); }\n";
        let findings = check_stylesheet("style.css", theme, &Options::default());
        // Light text on the light note box in dark mode: at --note's dark value, line 3.
        assert!(
            codes(&findings).contains(&("color-contrast", 3)),
            "{findings:#?}"
        );
        assert!(
            findings.iter().all(|f| f.message.contains("dark mode")),
            "{findings:#?}"
        );
    }

    #[test]
    fn the_shipped_theme_passes_on_its_own() {
        let css = include_str!("../../themes/easy/static/style.css");
        let findings = check_stylesheet("themes/easy/static/style.css", css, &Options::easy_read());
        assert!(findings.is_empty(), "{findings:#?}");
    }

    #[test]
    fn pictures_described_as_pictures_in_every_shipped_language() {
        let cases = [
            ("en", "Photo of a phone"),
            ("cy", "Llun o ffôn"),
            ("pl", "Zdjęcie telefonu"),
            ("ro", "Imagine cu un telefon"),
            ("ar", "صورة هاتف"),
            ("ur", "فون کی تصویر"),
            ("bn", "ফোনের ছবি"),
        ];
        for (lang, alt) in cases {
            let html = format!(
                "<!doctype html><html lang={lang}{}><title>t</title><main><h1>t</h1><img src=p.png alt=\"{alt}\"></main>",
                if lang::rtl(lang) { " dir=rtl" } else { "" }
            );
            let report = check_page("p.html", &html, &[], &Options::default());
            assert_eq!(
                report.findings.iter().map(|f| f.code).collect::<Vec<_>>(),
                ["image-alt-redundant"],
                "{lang}: {alt}"
            );
        }
    }

    #[test]
    fn vague_links_in_every_shipped_language() {
        let cases = [
            ("en", "Read more"),
            ("cy", "Cliciwch yma"),
            ("pl", "Kliknij tutaj"),
            ("ro", "Citește mai mult"),
            ("ar", "انقر هنا"),
            ("ur", "یہاں کلک کریں"),
            ("bn", "আরও পড়ুন"),
        ];
        for (lang, text) in cases {
            let html = format!(
                "<!doctype html><html lang={lang}{}><title>t</title><main><h1>t</h1><p><a href=/x>{text}</a></p></main>",
                if lang::rtl(lang) { " dir=rtl" } else { "" }
            );
            let report = check_page("p.html", &html, &[], &Options::default());
            assert_eq!(
                report.findings.iter().map(|f| f.code).collect::<Vec<_>>(),
                ["link-text-vague"],
                "{lang}: {text}"
            );
        }
    }

    #[test]
    fn the_same_title_on_two_pages() {
        let page = |body: &str| {
            format!(
                "<!doctype html><html lang=en><title>Home</title><main><h1>Home</h1><p>{body}</p></main>"
            )
        };
        let a = check_page("a.html", &page("one"), &[], &Options::default());
        let b = check_page("b.html", &page("two"), &[], &Options::default());
        let findings = check_site(&[a.facts, b.facts]);
        assert_eq!(findings.len(), 2);
        assert!(
            findings
                .iter()
                .all(|f| f.code == "document-title-duplicate")
        );
        assert_eq!(findings[0].related[0].source.path(), "b.html");
    }

    #[test]
    fn odd_pages_never_panic() {
        let deep = format!(
            "<!doctype html><html lang=en><title>t</title><main><h1>t</h1>{}x",
            "<div><span>".repeat(400)
        );
        let odd = [
            deep.as_str(),
            "",
            "<template><a href=x><img src=y></a></template>",
            "\u{0}<<<>>>&&&;</p></p><table><td><td></tr><svg><title><foreignObject><p>",
            "<style>a{color:var(--x,var(--y,var(--x)))} :root{--x:var(--x)} @media (((</style><a href=#>z</a>",
            "<html lang=ar><body dir=rtl><p style=\"color: rgb(300 -1 2 / 9); background: url(\u{201c}\">x",
        ];
        for html in odd {
            let report = check_page("odd.html", html, &[], &Options::easy_read());
            for f in &report.findings {
                assert!(f.position.offset <= html.len());
            }
        }
    }
}
