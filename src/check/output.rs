//! The built pages, from their facts: links and pictures that resolve, ids that are unique,
//! and nothing that runs script or loads from another host.
//!
//! Takes every page's [`PageFacts`] (one pass over each page, in `page`) and the list of
//! files the build writes; produces findings about templates (the site's or the theme's),
//! since the Markdown is checked before it is rendered. Each points at the written page,
//! its line and column. Links to parts of other pages are joined here, after every page has
//! been read.

use std::collections::{BTreeMap, BTreeSet};

use html5ever::tokenizer::Tag;

use super::loads::is_javascript;
use super::page::{PageFacts, Place};
use crate::diag::{Diagnostic, Diagnostics, Location};

/// A reference from a page to another file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reference {
    element: String,
    url: String,
    loads: bool,
    place: Place,
}

/// What a page contains that other pages and files depend on, found tag by tag.
#[derive(Debug, Default, Clone)]
pub struct Scan {
    /// Every `id`, with where it is.
    pub ids: Vec<(String, Place)>,
    references: Vec<Reference>,
    problems: Vec<(Place, &'static str, String)>,
    /// Scripts the page links (`<script src>`), judged with the page's path in [`check`].
    scripts: Vec<(Place, String)>,
}

/// The one script a page may link: the frame-sizing script, from a frame page, when the
/// site asks for it (`[embed] resize_script`; without it the file is not there, and the
/// link is a missing file).
fn allowed_script(page: &str, src: &str) -> bool {
    page.starts_with("embed/") && resolve(page, src) == crate::render::targets::RESIZE_SCRIPT
}

impl Scan {
    /// Reads one start tag.
    pub fn tag(&mut self, tag: &Tag, place: Place) {
        let name = tag.name.to_string();
        let attr = |n: &str| {
            tag.attrs
                .iter()
                .find(|a| &*a.name.local == n)
                .map(|a| a.value.to_string())
        };
        if name == "script" && is_javascript(attr("type").as_deref()) {
            match attr("src") {
                // Its address is checked with the page's other loads (below).
                Some(src) => self.scripts.push((place, src)),
                None => self.problems.push((
                    place,
                    "script",
                    "the page has a <script>; published pages run no JavaScript".into(),
                )),
            }
        }
        for a in &tag.attrs {
            if a.name.local.starts_with("on") {
                self.problems.push((
                    place,
                    "script",
                    format!("the attribute {} runs JavaScript", a.name.local),
                ));
            }
        }
        if let Some(id) = attr("id") {
            self.ids.push((id, place));
        }
        let rel = attr("rel").unwrap_or_default();
        let loads_link = ["stylesheet", "icon", "preload", "modulepreload", "manifest"]
            .iter()
            .any(|r| rel.split_whitespace().any(|x| x == *r));
        let mut add = |url: String, loads: bool| {
            self.references.push(Reference {
                element: name.clone(),
                url,
                loads,
                place,
            })
        };
        match name.as_str() {
            "a" | "area" => attr("href").into_iter().for_each(|u| add(u, false)),
            "link" => attr("href").into_iter().for_each(|u| add(u, loads_link)),
            "img" | "source" | "iframe" | "audio" | "video" | "embed" | "track" | "input" => {
                attr("src").into_iter().for_each(|u| add(u, true));
                for part in attr("srcset").unwrap_or_default().split(',') {
                    if let Some(url) = part.split_whitespace().next() {
                        add(url.to_owned(), true);
                    }
                }
            }
            "object" => attr("data").into_iter().for_each(|u| add(u, true)),
            "script" => attr("src").into_iter().for_each(|u| add(u, true)),
            _ => {}
        }
    }
}

/// Checks every written page against every output file. `shown` turns an output path into
/// the path shown in messages (`public/en/index.html`).
pub fn check(
    pages: &[&PageFacts],
    files: &BTreeSet<String>,
    shown: &dyn Fn(&str) -> String,
) -> Diagnostics {
    let ids: BTreeMap<&str, BTreeSet<&str>> = pages
        .iter()
        .map(|p| {
            let ids = p.scan.ids.iter().map(|(id, _)| id.as_str()).collect();
            (p.path.as_str(), ids)
        })
        .collect();
    let mut diagnostics = Diagnostics::new();
    for page in pages {
        let shown = shown(&page.path);
        let at = |d: Diagnostic, place: &Place| at(d, page, &shown, place);
        let scan = &page.scan;
        let mut seen = BTreeSet::new();
        for (id, place) in &scan.ids {
            if !seen.insert(id) {
                diagnostics.push(at(
                    Diagnostic::error("duplicate-id", format!("the id `{id}` is used twice on this page"))
                        .note("links to this part of the page and screen readers can go to the wrong place")
                        .help("a heading may have the same words as a part of the theme; give it its own id with {#id}"),
                    place,
                ));
            }
        }
        for (place, src) in &scan.scripts {
            if !allowed_script(&page.path, src) {
                diagnostics.push(at(
                    Diagnostic::error(
                        "script",
                        format!("the page loads the script {src}; published pages run no JavaScript"),
                    )
                    .help("remove it from the template: easyguide pages work without JavaScript (the one exception is the frame-sizing script, `[embed] resize_script = true`, on frame pages)"),
                    place,
                ));
            }
        }
        for (place, code, message) in &scan.problems {
            diagnostics.push(at(
                Diagnostic::error(code, message.clone())
                    .help("remove it from the template: easyguide pages work without JavaScript"),
                place,
            ));
        }
        for reference in &scan.references {
            if let Some(d) = check_reference(&page.path, reference, files, &ids) {
                diagnostics.push(at(d, &reference.place));
            }
        }
    }
    diagnostics
}

/// Points a finding about an element of a page at the source that made the element, when
/// the page knows it, and at the page itself.
pub fn at(d: Diagnostic, page: &PageFacts, shown: &str, place: &Place) -> Diagnostic {
    let output = Location::Output {
        page: shown.to_owned(),
        line: place.line,
        column: place.column,
    };
    match page.origin_at(place.offset) {
        Some(origin) => d
            .at(origin.file, origin.range())
            .also(output, "in the built page"),
        None => Diagnostic {
            location: Some(output),
            ..d
        },
    }
}

fn check_reference(
    page: &str,
    r: &Reference,
    files: &BTreeSet<String>,
    ids: &BTreeMap<&str, BTreeSet<&str>>,
) -> Option<Diagnostic> {
    let url = r.url.trim();
    let external = url.starts_with("//") || crate::parse::links::scheme(url).is_some();
    if external {
        return (r.loads && !url.starts_with("data:")).then(|| {
            Diagnostic::error(
                "third-party-request",
                format!("<{}> loads {url} from another host", r.element),
            )
            .note("readers pay for every byte, and requests to other hosts can track them")
            .help("put the file in the site's static/ folder and link to it there")
        });
    }
    let (path, fragment) = url
        .split_once('#')
        .map_or((url, None), |(p, f)| (p, Some(f)));
    let path = path.split('?').next().unwrap_or_default();
    // As a browser does: the address names the file its percent-escapes spell.
    let path = percent_encoding::percent_decode_str(path).decode_utf8_lossy();
    let target = resolve(page, &path);
    let exists = files.contains(&target);
    if !exists {
        return Some(
            Diagnostic::error("broken-link", format!("<{}> points to {url}, which the build did not write", r.element))
                .help("check the address in the template; links between pages should come from the variables the README lists"),
        );
    }
    let fragment = fragment.filter(|f| !f.is_empty())?;
    let target_ids = ids.get(target.as_str())?;
    (!target_ids.contains(fragment)).then(|| {
        Diagnostic::error(
            "broken-link",
            format!(
                "<{}> points to #{fragment}, which is not on {target}",
                r.element
            ),
        )
        .help("check the part's id on the target page")
    })
}

/// Resolves a relative address on page `page` to an output path.
pub(crate) fn resolve(page: &str, relative: &str) -> String {
    let mut parts: Vec<&str> = page.split('/').collect();
    parts.pop();
    if relative.is_empty() {
        return page.to_owned();
    }
    for segment in relative.split('/') {
        match segment {
            "." | "" => {}
            ".." => {
                parts.pop();
            }
            s => parts.push(s),
        }
    }
    let mut path = parts.join("/");
    if relative.ends_with('/')
        || relative == "."
        || relative == ".."
        || relative.ends_with("/.")
        || relative.ends_with("/..")
    {
        if !path.is_empty() {
            path.push('/');
        }
        path.push_str("index.html");
    }
    path
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(pages: &[(&str, &str)], extra: &[&str]) -> Vec<String> {
        let facts: Vec<PageFacts> = pages
            .iter()
            .map(|(p, h)| PageFacts::read(p, h, &[], &crate::config::Budgets::default()))
            .collect();
        let refs: Vec<&PageFacts> = facts.iter().collect();
        let mut files: BTreeSet<String> = pages.iter().map(|(p, _)| (*p).to_owned()).collect();
        files.extend(extra.iter().map(|e| (*e).to_owned()));
        check(&refs, &files, &|p| p.to_owned())
            .into_iter()
            .map(|d| d.message)
            .collect()
    }

    #[test]
    fn resolves_relative_links() {
        assert_eq!(resolve("en/a/index.html", "../b/"), "en/b/index.html");
        assert_eq!(resolve("en/a/index.html", "../../"), "index.html");
        assert_eq!(resolve("index.html", "en/"), "en/index.html");
        assert_eq!(resolve("en/index.html", "./"), "en/index.html");
        assert_eq!(resolve("en/a/index.html", "../../img/x.png"), "img/x.png");
    }

    #[test]
    fn finds_broken_links_and_anchors() {
        let found = run(
            &[
                (
                    "index.html",
                    "<a href=\"en/\">x</a><a href=\"fr/\">y</a><a href=\"en/#nope\">z</a>",
                ),
                ("en/index.html", "<h1 id=\"t\">t</h1>"),
            ],
            &[],
        );
        assert_eq!(found.len(), 2, "{found:?}");
        assert!(found[0].contains("fr/"));
        assert!(found[1].contains("#nope"));
    }

    #[test]
    fn structured_data_is_not_a_script() {
        let found = run(
            &[(
                "index.html",
                "<script type=\"application/ld+json\">{}</script><script type=module></script>",
            )],
            &[],
        );
        assert_eq!(found.len(), 1, "{found:?}");
    }

    #[test]
    fn finds_scripts_duplicate_ids_and_remote_loads() {
        let found = run(
            &[(
                "index.html",
                "<p id=a></p><p id=a></p><script></script><img src=\"https://x.org/a.png\" alt=\"\"><a href=\"https://nhs.uk\">ok</a>",
            )],
            &[],
        );
        assert_eq!(found.len(), 3, "{found:?}");
    }

    #[test]
    fn a_page_may_load_only_the_frame_sizing_script_and_only_from_a_frame_page() {
        let tag = "<script src=\"../../resize.js\" defer></script>";
        let other = "<script src=\"../../other.js\"></script>";
        let found = run(
            &[
                ("embed/en/a/index.html", tag),
                (
                    "en/a/index.html",
                    "<script src=\"../../embed/resize.js\"></script>",
                ),
                ("embed/cy/a/index.html", other),
            ],
            &["embed/resize.js", "embed/other.js"],
        );
        assert_eq!(
            found,
            [
                "the page loads the script ../../embed/resize.js; published pages run no JavaScript",
                "the page loads the script ../../other.js; published pages run no JavaScript",
            ],
        );
    }
}
