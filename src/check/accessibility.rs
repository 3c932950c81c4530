//! The accessibility checker ([`crate::a11y`]) run by every build: on each page in the
//! render pass, while its text is in memory, and once on the theme's stylesheets and on
//! the whole site (titles shared by pages).
//!
//! Takes the rendered page and its [`PageFacts`]; gives diagnostics pointed at the Markdown
//! or `.ftl` line that made the element (through the page's origins), with the place in the
//! built page as a second label, or at the built page alone for what a template wrote.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use crate::a11y::{self, Finding, Options, Position, Stylesheet, finding::Source};
use crate::assets::{Assets, hashed_name};
use crate::check::page::{PageFacts, Place};
use crate::diag::{Diagnostic, FileId, Location, Severity, SourceMap};
use crate::emit::Content;
use crate::lang::Lang;
use crate::load::{self, Sources, StaticSource};
use crate::render::Rendered;

/// One stylesheet of the output, with the file of the source map that holds its text.
#[derive(Debug)]
struct Sheet {
    text: Arc<str>,
    file: FileId,
}

/// What checking a page needs: the output's stylesheets, read once.
#[derive(Debug, Default)]
pub struct Accessibility {
    sheets: BTreeMap<String, Sheet>,
}

/// What checking one page gives: its findings and the facts the site-wide rules join.
#[derive(Debug, Clone)]
pub struct PageResult {
    /// Findings on the page, as diagnostics.
    pub diagnostics: Vec<Diagnostic>,
    /// Its title and where it is, for the rule on pages sharing a title.
    pub facts: a11y::PageFacts,
}

impl Accessibility {
    /// Reads every stylesheet of the output into `map`, under the name of the theme's (or
    /// the site's) file it was copied from, so a finding points at the line to change.
    pub fn new(root: &Path, sources: &Sources, assets: &Assets, map: &mut SourceMap) -> Self {
        let mut sheets = BTreeMap::new();
        // The assets stage holds every stylesheet's bytes under its hashed name; the static
        // file with the same name and bytes is the one to point at.
        for (output, content) in assets.files.iter().filter(|(p, _)| p.ends_with(".css")) {
            let Content::Bytes(bytes) = content else {
                continue;
            };
            let Some(file) = sources
                .theme
                .statics
                .iter()
                .find(|f| f.name.ends_with(".css") && hashed_name(&f.name, bytes) == *output)
            else {
                continue;
            };
            let name = match &file.source {
                StaticSource::Disk(path) => load::display_path(root, path),
                StaticSource::Builtin(_) => format!("(built-in theme)/static/{}", file.name),
            };
            let text: Arc<str> = String::from_utf8_lossy(bytes).into();
            if *output == assets.stylesheet {
                // Embedded guides use the same rules scoped under `.easyguide`; a finding in
                // them is one in the theme's stylesheet, so it is checked under its name.
                let scoped = crate::render::targets::embed_stylesheet(&text);
                let shown = format!("{name} (scoped for embeds)");
                let id = map.add(PathBuf::from(&shown), shown, scoped.clone());
                let sheet = Sheet {
                    text: scoped.into(),
                    file: id,
                };
                sheets.insert(crate::render::targets::EMBED_STYLESHEET.to_owned(), sheet);
            }
            let id = map.add(PathBuf::from(&name), name, text.to_string());
            sheets.insert(output.clone(), Sheet { text, file: id });
        }
        Accessibility { sheets }
    }

    /// Checks one built HTML page; `shown` is how messages name it.
    pub fn page(
        &self,
        page: &Rendered,
        facts: &PageFacts,
        shown: &str,
        map: &SourceMap,
    ) -> PageResult {
        let parsed = a11y::Parsed::new(shown, &page.text);
        let linked: Vec<(&String, &Sheet)> = parsed
            .stylesheet_links()
            .iter()
            .filter_map(|href| resolve(&page.path, href))
            .filter_map(|p| self.sheets.get_key_value(&p))
            .collect();
        let names: Vec<String> = linked.iter().map(|(_, s)| map_name(map, s.file)).collect();
        let stylesheets: Vec<Stylesheet> = linked
            .iter()
            .zip(&names)
            .map(|((_, s), name)| Stylesheet {
                path: name,
                text: &s.text,
            })
            .collect();
        let options = options_for(&page.id.lang);
        let report = parsed.check(&stylesheets, &options);
        let diagnostics = report
            .findings
            .iter()
            .map(|f| self.locate(diagnostic(f), &f.position, Some((facts, shown)), map))
            .collect();
        PageResult {
            diagnostics,
            facts: report.facts,
        }
    }

    /// The rules on the stylesheets alone and on the site as a whole (each stylesheet once,
    /// however many pages link to it).
    pub fn site(&self, pages: &[a11y::PageFacts], map: &SourceMap) -> Vec<Diagnostic> {
        let options = Options::easy_read();
        let mut findings: Vec<Finding> = Vec::new();
        for sheet in self.sheets.values() {
            findings.extend(a11y::check_stylesheet(
                &map_name(map, sheet.file),
                &sheet.text,
                &options,
            ));
        }
        findings.extend(a11y::check_site(pages));
        findings
            .iter()
            .map(|f| self.locate(diagnostic(f), &f.position, None, map))
            .collect()
    }

    /// Puts a diagnostic where its finding is: the source that made the element, or the
    /// stylesheet's line, or the built page.
    fn locate(
        &self,
        d: Diagnostic,
        at: &Position,
        page: Option<(&PageFacts, &str)>,
        map: &SourceMap,
    ) -> Diagnostic {
        match (&at.source, page) {
            (Source::Page(_), Some((facts, shown))) => {
                let place = Place {
                    line: at.line,
                    column: at.column,
                    offset: at.offset,
                };
                crate::check::output::at(d, facts, shown, &place)
            }
            (source, _) => match self.sheet_named(source.path(), map) {
                Some(file) => d.at(file, at.offset..at.end.max(at.offset)),
                None => Diagnostic {
                    location: Some(Location::Output {
                        page: source.path().to_owned(),
                        line: at.line,
                        column: at.column,
                    }),
                    ..d
                },
            },
        }
    }

    fn sheet_named(&self, name: &str, map: &SourceMap) -> Option<FileId> {
        self.sheets
            .values()
            .find(|s| map_name(map, s.file) == name)
            .map(|s| s.file)
    }
}

/// The checker's options for a page in `lang`: easy read, as the site promises.
fn options_for(lang: &Lang) -> Options {
    Options {
        language: Some(lang.as_str().to_owned()),
        ..Options::easy_read()
    }
}

fn map_name(map: &SourceMap, file: FileId) -> String {
    map.try_get(file)
        .map(|f| f.display_path().to_owned())
        .unwrap_or_default()
}

/// A finding as a diagnostic, without its place: what, why, the WCAG criterion and how to
/// fix it.
pub fn diagnostic(f: &Finding) -> Diagnostic {
    let severity = match f.severity {
        a11y::Severity::Error => Severity::Error,
        a11y::Severity::Warning => Severity::Warning,
        a11y::Severity::Note => Severity::Note,
    };
    let mut d = Diagnostic::error(f.code, &f.message)
        .with_severity(severity)
        .note(f.why);
    d = match f.wcag {
        Some(sc) => {
            let (name, level) = a11y::catalogue::criterion(sc).unwrap_or(("", ""));
            d.note(format!("WCAG 2.2 {sc} {name} (level {level})"))
        }
        None => d.note("easy-read convention"),
    };
    for r in &f.related {
        d = d.note(format!(
            "see also {}:{}:{}",
            r.source.path(),
            r.line,
            r.column
        ));
    }
    d.help(f.help)
}

/// The output path a link on the page at `from` points at, when it stays in the output.
fn resolve(from: &str, href: &str) -> Option<String> {
    let href = href.split(['?', '#']).next()?;
    if href.is_empty() || href.contains("://") || href.starts_with("//") {
        return None;
    }
    let mut parts: Vec<&str> = if href.starts_with('/') {
        Vec::new()
    } else {
        from.split('/').collect()
    };
    if !href.starts_with('/') {
        parts.pop();
    }
    for seg in href.split('/') {
        match seg {
            "" | "." => {}
            ".." => {
                parts.pop()?;
            }
            s => parts.push(s),
        }
    }
    Some(parts.join("/"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn links_resolve_inside_the_output() {
        assert_eq!(
            resolve("en/nhs-app/index.html", "../../style.1a2b.css").as_deref(),
            Some("style.1a2b.css")
        );
        assert_eq!(
            resolve("index.html", "style.css?v=1").as_deref(),
            Some("style.css")
        );
        assert_eq!(
            resolve("a/b.html", "/css/x.css").as_deref(),
            Some("css/x.css")
        );
        assert_eq!(resolve("index.html", "../x.css"), None);
        assert_eq!(resolve("index.html", "https://cdn.example/x.css"), None);
    }
}
