//! The built pages, read back with html5ever: links and pictures that resolve, ids that are
//! unique, and nothing that runs script or loads from another host.
//!
//! These findings are about templates (the site's or the theme's), since the Markdown is
//! checked before it is rendered; they point at the written page and its line.

use std::cell::RefCell;
use std::collections::{BTreeMap, BTreeSet};

use html5ever::tendril::StrTendril;
use html5ever::tokenizer::{
    BufferQueue, StartTag, Tag, TagToken, Token, TokenSink, TokenSinkResult, Tokenizer,
    TokenizerOpts,
};

use crate::diag::{Diagnostic, Diagnostics};

/// A reference from a page to another file.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Reference {
    element: String,
    url: String,
    loads: bool,
    line: u64,
}

/// What a page contains that other pages and files depend on.
#[derive(Debug, Default)]
struct Scan {
    ids: Vec<(String, u64)>,
    references: Vec<Reference>,
    problems: Vec<(u64, &'static str, String)>,
}

struct Sink(RefCell<Scan>);

impl TokenSink for Sink {
    type Handle = ();

    fn process_token(&self, token: Token, line: u64) -> TokenSinkResult<()> {
        if let TagToken(tag) = token
            && tag.kind == StartTag
        {
            self.0.borrow_mut().tag(&tag, line);
        }
        TokenSinkResult::Continue
    }
}

impl Scan {
    fn tag(&mut self, tag: &Tag, line: u64) {
        let name = tag.name.to_string();
        let attr = |n: &str| {
            tag.attrs
                .iter()
                .find(|a| &*a.name.local == n)
                .map(|a| a.value.to_string())
        };
        if name == "script" {
            self.problems.push((
                line,
                "script",
                "the page has a <script>; published pages run no JavaScript".into(),
            ));
        }
        for a in &tag.attrs {
            if a.name.local.starts_with("on") {
                self.problems.push((
                    line,
                    "script",
                    format!("the attribute {} runs JavaScript", a.name.local),
                ));
            }
        }
        if let Some(id) = attr("id") {
            self.ids.push((id, line));
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
                line,
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
            _ => {}
        }
    }
}

fn scan(html: &str) -> Scan {
    let tokenizer = Tokenizer::new(
        Sink(RefCell::new(Scan::default())),
        TokenizerOpts::default(),
    );
    let queue = BufferQueue::default();
    queue.push_back(StrTendril::from_slice(html));
    let _ = tokenizer.feed(&queue);
    tokenizer.end();
    tokenizer.sink.0.into_inner()
}

/// Checks every written page against every output file. `shown` turns an output path into
/// the path shown in messages (`public/en/index.html`).
pub fn check(
    pages: &[(String, &str)],
    files: &BTreeSet<String>,
    shown: &dyn Fn(&str) -> String,
) -> Diagnostics {
    let scans: BTreeMap<&str, Scan> = pages
        .iter()
        .map(|(path, html)| (path.as_str(), scan(html)))
        .collect();
    let ids: BTreeMap<&str, BTreeSet<&str>> = scans
        .iter()
        .map(|(p, s)| (*p, s.ids.iter().map(|(id, _)| id.as_str()).collect()))
        .collect();
    let mut diagnostics = Diagnostics::new();
    for (page, scan) in &scans {
        let at = |line: u64| format!("{}, line {line}", shown(page));
        let mut seen = BTreeSet::new();
        for (id, line) in &scan.ids {
            if !seen.insert(id) {
                diagnostics.push(
                    Diagnostic::error("duplicate-id", format!("the id `{id}` is used twice on this page"))
                        .at_path(at(*line))
                        .note("links to this part of the page and screen readers can go to the wrong place")
                        .help("a heading may have the same words as a part of the theme; give it its own id with {#id}"),
                );
            }
        }
        for (line, code, message) in &scan.problems {
            diagnostics.push(
                Diagnostic::error(code, message.clone())
                    .at_path(at(*line))
                    .help("remove it from the template: easyguide pages work without JavaScript"),
            );
        }
        for reference in &scan.references {
            if let Some(d) = check_reference(page, reference, files, &ids) {
                diagnostics.push(d.at_path(at(reference.line)));
            }
        }
    }
    diagnostics
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
    let target = resolve(page, path);
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
        let owned: Vec<(String, &str)> = pages.iter().map(|(p, h)| ((*p).to_owned(), *h)).collect();
        let mut files: BTreeSet<String> = pages.iter().map(|(p, _)| (*p).to_owned()).collect();
        files.extend(extra.iter().map(|e| (*e).to_owned()));
        check(&owned, &files, &|p| p.to_owned())
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
}
